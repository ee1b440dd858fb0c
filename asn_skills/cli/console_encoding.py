"""Consoles that cannot show every character: a Windows console or redirection in cp1252 or cp437.

Text they cannot encode (bars, arrows, check marks, emoji, letters outside the code page) is written in
ASCII instead of stopping the command with `UnicodeEncodeError`: `█` becomes `#`, `→` `->`, `ṣ` `s`.
Files written with `-o` are UTF-8 whatever the console.
"""

from __future__ import annotations

import codecs
import io
import sys
import unicodedata

HANDLER = "asn-skills-ascii"
_ASCII = {
    "█": "#", "▓": "#", "▒": ":", "░": ".", "▌": "|", "▐": "|", "■": "#", "□": ".",
    "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "↔": "<->",
    "✓": "v", "✔": "v", "✗": "x", "✘": "x", "•": "*", "·": ".", "×": "x",
    "≥": ">=", "≤": "<=", "≠": "!=", "±": "+/-", "…": "...",
    "—": "-", "–": "-", "‒": "-", "‘": "'", "’": "'", "‚": ",", "“": '"', "”": '"', "„": '"',
    "\u00a0": " ", "\u202f": " ",
}  # fmt: skip
_HORIZONTAL = set("─━┄┅┈┉╌╍═╴╶╸╺")
_VERTICAL = set("│┃┆┇┊┋╎╏║╵╷╹╻")


def ascii_for(char: str) -> str:
    """An ASCII stand-in for one character: a table entry, a line of a box drawing, nothing for an invisible
    one, the letter without its accent, else `?`."""
    if char in _ASCII:
        return _ASCII[char]
    if "\u2500" <= char <= "\u257f":
        return "=" if char == "═" else "-" if char in _HORIZONTAL else "|" if char in _VERTICAL else "+"
    if unicodedata.category(char) == "Cf":
        return ""  # invisible: a byte-order mark, a zero-width space
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return plain or "?"


def _ascii_instead(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(ascii_for(char) for char in error.object[error.start : error.end]), error.end


codecs.register_error(HANDLER, _ascii_instead)


def degrade_to_ascii() -> None:
    """Make stdout and stderr write what their encoding lacks in ASCII rather than fail (an error handler
    chosen by the user, as `PYTHONIOENCODING=cp1252:replace`, is kept)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors in ("strict", "backslashreplace"):
            stream.reconfigure(errors=HANDLER)
