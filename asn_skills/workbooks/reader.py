"""Read an .xlsx workbook sheet into the CSV form the batch reader takes, one sheet row per line.

Cells keep the text a person sees: text stays text (a NIP typed as text keeps its 18 digits), whole
numbers lose Excel's `.0`, a number too long for Excel keeps the 15 digits Excel stored (so a NIP saved
as a number ends in zeros and is rejected with advice), and dates become ISO timestamps. Line breaks
inside a cell become spaces so that line N of the CSV is row N of the sheet, and the rejects file names
sheet rows. The whole sheet is held by the reader while it is converted (python-calamine reads a sheet at
once), about 5 KB per row of 60 cells.

A workbook is a zip of XML parts, and a few kilobytes of it can ask for far more: a cell at XFD1048576
makes the reader lay out a grid of 17 billion cells, a zip bomb unpacks to gigabytes. So before the
reader sees it (`open_workbook`), every part is unpacked once as a stream and counted: the workbook may
unpack to at most `workbook_limit()` bytes (its sizes as the zip declares them and as they really are),
and each sheet may span at most one cell per `BYTES_PER_CELL` bytes of that limit. The reader's memory
then stays within a few times the limit.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
import zipfile
import zlib
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from asn_skills.errors import AsnSkillsError
from asn_skills.parser_reasons import workbook_reason

WORKBOOK_LIMIT_MIB = 512
"""How much a workbook may unpack to, in MiB, unless `LIMIT_VARIABLE` says otherwise: a sheet of 100,000
rows of 60 answers unpacks to about 210 MiB, and the reader then holds about 440 MiB."""
LIMIT_VARIABLE = "ASN_SKILLS_WORKBOOK_LIMIT"
BYTES_PER_CELL = 32
"""Cells a sheet may span per byte of the limit: the reader lays a sheet out as a grid of about 32 bytes a
cell, so a 512 MiB limit lets a sheet span 16 million cells (250,000 rows of 64 columns)."""
CELL_LIMIT = 16 << 20
"""Longest cell, in characters: the CSV reader takes up to 64 MiB, and no survey answer comes near."""
_CHUNK = 1 << 20
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


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_DIRECTORY_BYTES = 64 << 10
"""Bytes of the OLE directory looked through for the encrypted package's entry."""


def is_encrypted_workbook(path: Path, sample: bytes) -> bool:
    """Whether the file is an Excel workbook saved with a password: Excel then wraps the .xlsx, encrypted, in
    an OLE compound file whose directory names an `EncryptedPackage` stream."""
    if not sample.startswith(_OLE) or len(sample) < 0x34:
        return False
    if _ENCRYPTED_PACKAGE in sample:
        return True
    shift = int.from_bytes(sample[0x1E:0x20], "little")
    first = int.from_bytes(sample[0x30:0x34], "little")
    if not 7 <= shift <= 16 or first >= 0xFFFFFFFA:
        return False
    try:
        with path.open("rb") as handle:
            handle.seek((first + 1) << shift)
            return _ENCRYPTED_PACKAGE in handle.read(_DIRECTORY_BYTES)
    except OSError:
        return False


def workbook_limit() -> int:
    """The most bytes a workbook may unpack to: `ASN_SKILLS_WORKBOOK_LIMIT` MiB, else 512 MiB."""
    written = os.environ.get(LIMIT_VARIABLE, "").strip()
    if not written:
        return WORKBOOK_LIMIT_MIB << 20
    if not written.isdecimal() or int(written) == 0:  # isdigit() also takes "²", which int() refuses
        raise AsnSkillsError("workbook_limit_invalid", variable=LIMIT_VARIABLE, value=written)
    return int(written) << 20


def open_workbook(path: Path, shown: str) -> CalamineWorkbook:
    """The workbook at `path` for reading, once `check_workbook` has found it within the limits."""
    check_workbook(path, shown)
    try:
        return CalamineWorkbook.from_path(str(path))
    except CalamineError as error:
        raise AsnSkillsError("workbook_unreadable", file=shown, reason=workbook_reason(error)) from None


def check_workbook(path: Path, shown: str, limit: int | None = None) -> None:
    """Refuse a workbook that unpacks to more than `limit` bytes (as declared or in fact), whose parts do not
    unpack as the zip says, or with a sheet spanning more than `limit // BYTES_PER_CELL` cells.

    Each part is unpacked as a stream, a megabyte at a time, and nothing of it is kept: memory stays flat.
    """
    limit = workbook_limit() if limit is None else limit
    mib = str(limit >> 20)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if sum(part.file_size for part in parts) > limit:
                raise AsnSkillsError("workbook_too_large", file=shown, limit=mib, variable=LIMIT_VARIABLE)
            unpacked = 0
            for part in parts:
                extent = _Extent() if _is_sheet(part.filename) else None
                # zipfile stops at the declared size and checks the CRC: a part that unpacks to more than it
                # declares is a BadZipFile here, never more bytes.
                with archive.open(part) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > limit:
                            raise AsnSkillsError("workbook_too_large", file=shown, limit=mib, variable=LIMIT_VARIABLE)
                        if extent is not None:
                            extent.feed(chunk)
                if extent is not None:
                    rows, columns = extent.size()
                    if rows * columns > limit // BYTES_PER_CELL:
                        raise AsnSkillsError(
                            "workbook_sheet_too_large",
                            file=shown,
                            rows=str(rows),
                            columns=str(columns),
                            cells=str(limit // BYTES_PER_CELL),
                            limit=mib,
                            variable=LIMIT_VARIABLE,
                        )
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        raise AsnSkillsError("workbook_unreadable", file=shown, reason=workbook_reason(error)) from None


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
_BODY = rb"""(?:[^>"']|"[^"]*"|'[^']*')*"""
"""A tag's attributes, quoted values whole: a value may hold `>` (XML allows it) and must not end the tag."""
_REF = rb"""\sr\s*=\s*["']\$?([A-Za-z]{0,3})\$?([0-9]{1,7})["']"""
_ELEMENT = re.compile(_PREFIX + rb"(row|c)(?=[\s/>])(" + _BODY + rb")>")
_REFS = re.compile(_REF)
_PREFIXED_TAG = re.compile(rb"<[^\s/>!?:]+:(?:c|row)[\s/>]")
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_PLAIN_ROW = re.compile(rb'<row r="([0-9]{1,7})"')


class _Extent:
    """How many rows and columns a sheet's XML spans, from A1, as the reader will lay it out: a row or cell
    with an `r` reference sits there, one without sits after the one before it."""

    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self._row = 0
        self._column = 0
        self._rest = b""

    def feed(self, chunk: bytes) -> None:
        # Cut before the last `<`: what comes before it is whole tags (`<` never stands inside a tag).
        data = self._rest + chunk
        end = max(data.rfind(b"<"), 0)
        self._rest = data[end:]
        data = data[:end]
        if data and not self._plain(data):
            self._walk(data)

    def _plain(self, data: bytes) -> bool:
        """Measure XML written as Excel and every tool we know write it, at the speed of C: each row and cell
        tag starts `<row r="N"` or `<c r="A1"`, and no other `r=` is anywhere. False (nothing measured) for
        any other XML."""
        cells = _PLAIN_CELL.findall(data)
        rows = _PLAIN_ROW.findall(data)
        # Counting bytes is several times faster than any pattern: every `<c` and `<row` must be a plain
        # tag (`<cols>` and the like send their chunk the slow way), and every `r=` one of theirs.
        if len(cells) != data.count(b"<c") or len(rows) != data.count(b"<row"):
            return False
        if len(cells) + len(rows) != data.count(b"r=") or b"r =" in data or _PREFIXED_TAG.search(data):
            return False
        numbers = set(rows)
        if cells:
            letters, cell_rows = zip(*set(cells), strict=True)
            numbers.update(cell_rows)
            self.columns = max(self.columns, max(map(_column_number, set(letters))))
            self._column = _column_number(cells[-1][0])
        if numbers:
            self.rows = max(self.rows, max(map(int, numbers)))
        if rows:
            self._row = int(rows[-1])
        return True

    def _walk(self, data: bytes) -> None:
        """Place each row and cell in turn; a tag with two references counts at both."""
        for found in _ELEMENT.finditer(data):
            references = _REFS.findall(found.group(2))
            if found.group(1) == b"row":
                self._row = max((int(number) for _, number in references), default=self._row + 1)
                self._column = 0
            elif references:
                self._row = max(self._row, *(int(number) for _, number in references))
                self._column = max(_column_number(letters) for letters, _ in references) or self._column + 1
            else:
                self._column += 1
            self.columns = max(self.columns, self._column)
            self.rows = max(self.rows, self._row)

    def size(self) -> tuple[int, int]:
        rest, self._rest = self._rest, b""
        self.feed(rest + b"<")
        return self.rows, self.columns


def _column_number(letters: bytes) -> int:
    """A1's column letters as a number: A is 1, Z 26, AA 27, XFD 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def workbook_to_csv(path: Path, sheet: str | None, work_dir: Path, shown: str) -> tuple[Path, str]:
    """Write `sheet` (default: the first visible one) as a UTF-8 CSV in `work_dir`; returns it and the sheet name."""
    workbook = open_workbook(path, shown)
    try:
        name = sheet if sheet is not None else _first_visible(workbook)
        if name not in workbook.sheet_names:
            listed = ", ".join(f'"{known}"' for known in workbook.sheet_names)
            raise AsnSkillsError("sheet_unknown", file=shown, sheet=name, known=listed)
        rows = workbook.get_sheet_by_name(name).iter_rows()
        handle, target = tempfile.mkstemp(prefix=".asn-skills-xlsx-", suffix=".csv", dir=work_dir)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\n")
                for number, row in enumerate(rows, 1):
                    texts = [cell_text(value) for value in row]
                    _check_lengths(texts, shown, name, number)
                    writer.writerow(texts)
        except BaseException:
            Path(target).unlink(missing_ok=True)
            raise
    except CalamineError as error:
        raise AsnSkillsError("workbook_unreadable", file=shown, reason=workbook_reason(error)) from None
    return Path(target), name


def _check_lengths(texts: list[str], shown: str, sheet: str, row: int) -> None:
    """Refuse a cell longer than `CELL_LIMIT`, named by its sheet, row and column (a picture pasted as text)."""
    for column, text in enumerate(texts, 1):
        if len(text) > CELL_LIMIT:
            raise AsnSkillsError(
                "workbook_cell_too_long",
                file=shown,
                sheet=sheet,
                row=str(row),
                column=_column_letters(column),
                length=str(len(text)),
                limit=str(CELL_LIMIT),
            )


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


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
