"""Control characters made visible, so data shown to people cannot drive their terminal or reorder a line."""

from __future__ import annotations

import re

_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
"""C0 and C1 controls, the bidirectional marks (the Arabic letter mark too), overrides and isolates, and the
line and paragraph separators (U+2028, U+2029), at which many viewers and editors break a line: a Markdown
table row would split in two; U+FFFE, U+FFFF, which XML (so Word and Excel files) does not allow; and a lone
surrogate (U+D800 to U+DFFF), which no file or terminal can be written in UTF-8."""


def visible(text: str) -> str:
    """`text` with every control character made visible (`\\x1b`, `\\u202e`), so data cannot move the
    cursor, retitle the window, ring the bell or reverse the line on a terminal; tab and line feed stay."""
    return _CONTROL.sub(_escaped, text)


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
