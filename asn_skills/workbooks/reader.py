"""Read an .xlsx workbook sheet into the CSV form the batch reader takes, one sheet row per line.

Cells keep the text a person sees: text stays text (a NIP typed as text keeps its 18 digits), whole
numbers lose Excel's `.0`, a number too long for Excel keeps the 15 digits Excel stored (so a NIP saved
as a number ends in zeros and is rejected with advice), and dates become ISO timestamps. Line breaks
inside a cell become spaces so that line N of the CSV is row N of the sheet, and the rejects file names
sheet rows. The whole sheet is held by the reader while it is converted (python-calamine reads a sheet at
once), about 5 KB per row of 60 cells.
"""

from __future__ import annotations

import csv
import os
import tempfile
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from asn_skills.errors import AsnSkillsError

EXCEL_DIGITS = 15
"""Significant digits Excel keeps of a number."""
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_LINE_BREAKS = str.maketrans({"\r": " ", "\n": " "})


def is_workbook(path: Path, sample: bytes) -> bool:
    """Whether the file is an .xlsx workbook, whatever its name: a zip holding `xl/workbook.xml`. A damaged
    zip named .xlsx counts too, so that it is reported as a workbook that cannot be read."""
    if not sample.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return path.suffix.lower() in WORKBOOK_SUFFIXES


def workbook_to_csv(path: Path, sheet: str | None, work_dir: Path, shown: str) -> tuple[Path, str]:
    """Write `sheet` (default: the first visible one) as a UTF-8 CSV in `work_dir`; returns it and the sheet name."""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        name = sheet if sheet is not None else _first_visible(workbook)
        if name not in workbook.sheet_names:
            listed = ", ".join(f'"{known}"' for known in workbook.sheet_names)
            raise AsnSkillsError("sheet_unknown", file=shown, sheet=name, known=listed)
        rows = workbook.get_sheet_by_name(name).iter_rows()
        handle, target = tempfile.mkstemp(prefix=".asn-skills-xlsx-", suffix=".csv", dir=work_dir)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\n")
                for row in rows:
                    writer.writerow([cell_text(value) for value in row])
        except BaseException:
            Path(target).unlink(missing_ok=True)
            raise
    except CalamineError as error:
        raise AsnSkillsError("workbook_unreadable", file=shown, reason=str(error) or type(error).__name__) from None
    return Path(target), name


def _first_visible(workbook: CalamineWorkbook) -> str:
    for sheet in workbook.sheets_metadata:
        if sheet.visible == SheetVisibleEnum.Visible:
            return sheet.name
    return workbook.sheet_names[0]


def cell_text(value: Any) -> str:
    """A cell as the text a CSV saved by Excel would hold."""
    if isinstance(value, str):
        return value.translate(_LINE_BREAKS) if "\n" in value or "\r" in value else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, int):
        return _number_text(float(value)) if abs(value) >= 10**EXCEL_DIGITS else str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return "" if value is None else str(value)


def _number_text(value: float) -> str:
    """3.0 -> "3", 3.5 -> "3.5", and an 18-digit number -> the 15 digits Excel kept followed by zeros."""
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    kept = Decimal(f"{value:.{EXCEL_DIGITS}g}")
    if kept == kept.to_integral_value():
        return str(int(kept))
    return format(kept.normalize(), "f")
