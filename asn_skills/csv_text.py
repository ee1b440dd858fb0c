"""The CSV text we write: cells a spreadsheet will not run as formulas (and how to read them back), lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
INNER_FORMULA_STARTS = ("=", "+", "-", "@")
UTF8_BOM = "\ufeff"
"""Written first, so Excel opens our UTF-8 CSV as UTF-8."""


_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_PARTS = re.compile(r"([,;\t])")
"""Where a spreadsheet may split a cell when the file is re-opened with another delimiter: our `,`, the `;`
of Excel with Indonesian (and most European) settings, and tab."""


def safe_cell(text: str) -> str:
    """A text cell that a spreadsheet will not run as a formula (OWASP CSV injection), however it splits
    the cell: neither the cell nor any part after a `,` `;` or tab starts with = + - @ (nor tab, CR, LF)."""
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    if "," in text or ";" in text or "\t" in text:
        text = _guard_parts(text)
    return text


def _guard_parts(text: str) -> str:
    pieces = _PARTS.split(text)
    for index in range(2, len(pieces), 2):
        part = pieces[index]
        stripped = part.lstrip(" ")
        if stripped.startswith(INNER_FORMULA_STARTS):
            pieces[index] = part[: len(part) - len(stripped)] + "'" + stripped
    return "".join(pieces)


def number_cell(text: str) -> bool:
    """Whether a cell we wrote is a plain number (-0.7, +1.5): a value, never given the apostrophe."""
    return _NUMBER.fullmatch(text) is not None


_GUARDED_PART = re.compile(r"([,;\t] *)'(?=[=+\-@])")


def unguarded_cell(text: str) -> str:
    """A cell of our own CSV as it was before `safe_cell`."""
    if text.startswith("'") and text[1:2] in FORMULA_STARTS:
        text = text[1:]
    return _GUARDED_PART.sub(r"\1", text) if "'" in text else text


def csv_line(cells: Sequence[str], delimiter: str = ",") -> str:
    """One CSV line (CRLF, quoted where needed); cells must already be strings."""
    out = []
    for cell in cells:
        if delimiter in cell or '"' in cell or "\n" in cell or "\r" in cell:
            out.append('"' + cell.replace('"', '""') + '"')
        else:
            out.append(cell)
    return delimiter.join(out) + "\r\n"
