"""Result records as CSV rows and JSON text, cells safe for spreadsheets, and files written atomically."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import IO, Any

from asn_skills import files
from asn_skills.errors import AsnSkillsError
from asn_skills.files import DISK_FULL
from asn_skills.scoring.result import Record

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
INNER_FORMULA_STARTS = ("=", "+", "-", "@")
UTF8_BOM = "\ufeff"


class RecordFormat(str, Enum):
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
    XLSX = "xlsx"


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


def result_columns(domain_ids: Sequence[str]) -> list[str]:
    return [
        "nip", "name", "unit", "role", "submitted_at",
        *(f"score_{domain}" for domain in domain_ids),
        *(f"level_{domain}" for domain in domain_ids),
        "overall", "level", "jpm", "match", "needs_training", "priority", "trainings", "deferred", "incomplete",
        "warnings",
    ]  # fmt: skip


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _text(value: str | None) -> str:
    return "" if value is None else safe_cell(value)


def record_cells(record: Record, domain_ids: Sequence[str]) -> list[str]:
    """A result record flattened to the results CSV columns."""
    domains = record["domains"]
    cells = [_text(record["nip"]), _text(record["name"]), _text(record["unit"]), _text(record["role"]),
             _plain(record["submitted_at"])]  # fmt: skip
    scores = [domains[domain] for domain in domain_ids]
    cells += ["" if value["score"] is None else str(value["score"]) for value in scores]
    cells += ["" if value["level"] is None else str(value["level"]) for value in scores]
    cells += [
        _plain(record["overall"]), _plain(record["level"]), _plain(record["jpm"]), _plain(record["match"]),
        "true" if record["needs_training"] else "false", record["priority"],
        ";".join(record["trainings"]), ";".join(record["deferred"]), "true" if record["incomplete"] else "false",
        _text(";".join(record["warnings"])),
    ]  # fmt: skip
    return cells


def record_text(record: Record, record_format: RecordFormat, domain_ids: Sequence[str]) -> str:
    """One record as written in a results file of the given format (without list punctuation); a JSON line
    for a workbook, which is assembled from them at the end."""
    if record_format is RecordFormat.CSV:
        return record_csv_line(record, domain_ids)
    return json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"


def quoted_text(value: str | None) -> str:
    if value is None:
        return ""
    text = safe_cell(value)
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def record_csv_line(record: Record, domain_ids: Sequence[str]) -> str:
    """`csv_line(record_cells(...))`, faster: only the free-text cells can need quoting (ids, numbers,
    flags and times never hold a comma, quote or line break), so only they are checked."""
    domains = record["domains"]
    values = [domains[domain] for domain in domain_ids]
    overall, level, jpm, match = record["overall"], record["level"], record["jpm"], record["match"]
    return ",".join([
        quoted_text(record["nip"]), quoted_text(record["name"]), quoted_text(record["unit"]), record["role"],
        record["submitted_at"] or "",
        *("" if value["score"] is None else str(value["score"]) for value in values),
        *("" if value["level"] is None else str(value["level"]) for value in values),
        "" if overall is None else str(overall), "" if level is None else str(level),
        "" if jpm is None else str(jpm), match or "",
        "true" if record["needs_training"] else "false", record["priority"],
        ";".join(record["trainings"]), ";".join(record["deferred"]), "true" if record["incomplete"] else "false",
        quoted_text(";".join(record["warnings"])),
    ]) + "\r\n"  # fmt: skip


REJECT_COLUMNS = ["line", "column", "value", "reason"]


def reject_lines(line: int, problems: Sequence[tuple[str, str, str]], cells: Sequence[str]) -> str:
    """Rejects CSV lines: one per problem, each followed by the row's original cells."""
    original = [safe_cell(cell) for cell in cells]
    return "".join(
        csv_line([str(line), safe_cell(column), safe_cell(value), safe_cell(reason), *original])
        for column, value, reason in problems
    )


@contextmanager
def atomic_file(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path` and rename it over `path` only when all went well.

    A link is followed, so the file it points to is replaced and the link stays. A full disk is a
    message naming the file; the old file is kept.
    """
    shown = str(path)  # messages name the file as the user gave it, not the target of a link
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    if path.exists() and not path.is_file():  # never replace a device, FIFO or folder, whoever asks
        raise AsnSkillsError("output_not_regular", file=shown)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise AsnSkillsError("output_unwritable", file=shown, reason=error.strerror or str(error)) from None
    temporary = Path(name)
    try:
        os.chmod(temporary, _mode_for(path))
        opened = os.fdopen(handle, mode) if "b" in mode else os.fdopen(handle, mode, encoding="utf-8", newline="")
        with opened as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temporary, path, shown)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if error.errno in DISK_FULL:
            raise AsnSkillsError("output_disk_full", file=shown) from None
        raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _replace(temporary: Path, path: Path, shown: str) -> None:
    """Put the finished file in place. On Windows a file open in Excel cannot be replaced: the new output
    is removed (a stray copy of personal data would outlive the run) and the user is asked to close the
    file and run again, which writes the same output."""
    try:
        os.replace(temporary, path)
    except PermissionError:
        if not files.ON_WINDOWS:
            raise
        temporary.unlink(missing_ok=True)
        raise AsnSkillsError("output_locked", file=shown) from None


def _mode_for(path: Path) -> int:
    """Keep the permissions of the file being replaced; a new file is the owner's only (0600), as results,
    rejects and reports hold personal data."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o600
