"""Open an export as it really comes: find its encoding and delimiter, and cut it into chunks.

Every input ends up as a UTF-8 CSV file on disk (stdin, UTF-16 and cp1252 files are copied over once,
an .xlsx sheet is converted once), so chunks can be read by byte range in parallel. Chunks end at a line
break outside quotes (an even number of quote characters before it), so quoted fields with line breaks
stay whole.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.ingest.header_rows import SEARCH_ROWS, Headings, Rate, Row, find_headings
from asn_skills.parser_reasons import decoding_reason
from asn_skills.workbooks.reader import is_encrypted_workbook, is_workbook, workbook_to_csv

DELIMITERS = (",", ";", "\t", "|")
SEARCH_BYTES = 1 << 20
"""Text after the first row searched for the headings (title rows, a second or third heading row)."""
SAMPLE_BYTES = 1 << 16
BLOCK_BYTES = 1 << 22
ROW_LIMIT = 16 << 20
"""Longest row (header or data) the reader takes, 16 MiB, far beyond any export's. A longer row is refused
with its line before it is parsed: parsed, a row of short cells takes about 45 times its size in memory."""
FIELD_LIMIT = ROW_LIMIT
"""Longest cell the reader takes; longer cells end the run with a clear error."""
csv.field_size_limit(FIELD_LIMIT)
BINARY_SIGNATURES = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/XLSX",
    b"\xd0\xcf\x11\xe0": "XLS",
    b"GIF8": "GIF",
}


@dataclass(frozen=True)
class Prepared:
    """An input ready to read: a UTF-8 file, its delimiter, and where its data starts."""

    path: Path
    shown: str
    """The input as the user named it, for messages."""
    delimiter: str
    encoding: str
    """The encoding the input was read in."""
    header: tuple[str, ...]
    data_start: int
    """Byte offset of the first data row."""
    data_line: int
    """Physical line number of the first data row."""
    size: int
    temporary: bool
    """Whether `path` is a copy to delete when done."""
    headings: Headings | None = None
    """Where the headings were found (their row, the rows above them, every heading row as written)."""

    def cleanup(self) -> None:
        if self.temporary:
            self.path.unlink(missing_ok=True)


def prepare(
    source: str,
    *,
    encoding: str | None,
    delimiter: str | None,
    work_dir: Path,
    sheet: str | None = None,
    rate: Rate | None = None,
    header_row: int | None = None,
) -> tuple[Prepared, list[tuple[str, dict[str, str]]]]:
    """Open `source` (a path or `-`), returning the prepared input and warnings (message key, params).

    An .xlsx workbook (known by its content, whatever its name) is read from `sheet`, else its first
    visible sheet; `encoding` and `delimiter` apply to text files only. The headings are the row `rate`
    finds most of among the first rows, or the physical line (sheet row) `header_row`
    (`header_rows.find_headings`)."""
    found = (rate, header_row)
    warnings: list[tuple[str, dict[str, str]]] = []
    shown = "stdin" if source == "-" else source
    if source == "-":
        path, temporary = _copy_stdin(work_dir), True
    else:
        path, temporary = Path(source), False
        if path.is_dir():
            raise AsnSkillsError("input_is_folder", file=shown)
        if not path.exists():
            raise AsnSkillsError("input_missing", file=shown)
        if not path.is_file():
            raise AsnSkillsError("input_not_regular", file=shown)
    try:
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
        if is_workbook(path, sample):
            converted, sheet_name = workbook_to_csv(path, sheet, work_dir, shown)
            if temporary:
                path.unlink(missing_ok=True)
            path, temporary = converted, True
            return _read_header(path, shown, f'xlsx "{sheet_name}"', ",", temporary, *found), warnings
        if sheet is not None:
            raise AsnSkillsError("sheet_needs_workbook", file=shown)
        used = encoding or _detect_encoding(path, sample, shown)
        if encoding is None and used == "cp1252":
            warnings.append(("encoding_guessed", {"file": shown, "encoding": used}))
        if used not in ("utf-8", "utf-8-sig"):
            converted = _transcode(path, used, work_dir, shown)
            if temporary:
                path.unlink(missing_ok=True)
            path, temporary = converted, True
    except BaseException:
        if temporary:
            path.unlink(missing_ok=True)
        raise
    try:
        return _read_header(path, shown, used, delimiter, temporary, *found), warnings
    except BaseException:
        if temporary:
            path.unlink(missing_ok=True)
        raise


def _copy_stdin(work_dir: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=".asn-skills-stdin-", suffix=".csv", dir=work_dir)
    with os.fdopen(handle, "wb") as target:
        shutil.copyfileobj(sys.stdin.buffer, target, BLOCK_BYTES)
    return Path(name)


def _detect_encoding(path: Path, sample: bytes, shown: str) -> str:
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if is_encrypted_workbook(path, sample):
        raise AsnSkillsError("workbook_encrypted", file=shown)
    for signature, kind in BINARY_SIGNATURES.items():
        if sample.startswith(signature):
            raise AsnSkillsError("input_binary_kind", file=shown, kind=kind)
    head = sample[:4096]
    if len(head) >= 4 and head.count(b"\x00") >= len(head) // 3:
        # Text in UTF-16 without a byte order mark: every other byte is zero.
        if head[1::2].count(0) > len(head) // 3:
            return "utf-16-le"
        if head[0::2].count(0) > len(head) // 3:
            return "utf-16-be"
        raise AsnSkillsError("input_binary", file=shown)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while block := handle.read(BLOCK_BYTES):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _transcode(path: Path, encoding: str, work_dir: Path, shown: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=".asn-skills-utf8-", suffix=".csv", dir=work_dir)
    try:
        with (
            path.open("r", encoding=encoding, errors="strict", newline="") as source,
            os.fdopen(handle, "w", encoding="utf-8", newline="") as target,
        ):
            shutil.copyfileobj(source, target, BLOCK_BYTES)
    except (UnicodeDecodeError, UnicodeError) as error:
        Path(name).unlink(missing_ok=True)
        raise AsnSkillsError("input_encoding", file=shown, encoding=encoding, reason=decoding_reason(error)) from None
    except LookupError:
        Path(name).unlink(missing_ok=True)
        raise AsnSkillsError("unknown_encoding", encoding=encoding) from None
    return Path(name)


def _read_header(
    path: Path,
    shown: str,
    encoding: str,
    delimiter: str | None,
    temporary: bool,
    rate: Rate | None = None,
    header_row: int | None = None,
) -> Prepared:
    with path.open("rb") as handle:
        start = 3 if handle.read(3) == codecs.BOM_UTF8 else 0
        handle.seek(start)
        sample = handle.read(SAMPLE_BYTES).decode("utf-8", errors="replace")
    if not sample.strip():
        raise AsnSkillsError("input_empty", file=shown)
    chosen = delimiter or _sniff_delimiter(sample, shown)
    rows: list[Row] = []
    with path.open("rb") as handle:
        handle.seek(start)
        # The header is read from its first ROW_LIMIT bytes only: a file of one endless line stops here.
        top = handle.read(ROW_LIMIT + 1)
        if len(top) > ROW_LIMIT and not _LINE_END_BYTES.search(top):
            raise AsnSkillsError("row_too_long", file=shown, line=1, limit=f"{ROW_LIMIT >> 20} MiB")
        text = io.TextIOWrapper(io.BytesIO(top), encoding="utf-8", newline="")

        def search_lines() -> Iterator[str]:
            """The lines searched for the headings: after the first row, no further than SEARCH_BYTES (a
            row of data longer than any heading row is not parsed here, whatever its length)."""
            seen = 0
            for line in text:
                seen += len(line)
                if rows and seen > SEARCH_BYTES:
                    return
                yield line

        reader = csv.reader(search_lines(), delimiter=chosen)
        try:
            before = 0
            for cells in reader:
                if any(cell.strip() for cell in cells):  # blank rows (a sheet's top, under a letterhead) are skipped
                    rows.append(Row(before + 1, reader.line_num, cells))
                    if len(rows) >= max(SEARCH_ROWS, header_row or 0):
                        break
                before = reader.line_num
        except csv.Error as error:
            raise AsnSkillsError("csv_broken", file=shown, line=reader.line_num, reason=str(error)) from None
    headings = find_headings(rows, rate, header_row, shown)
    lines = headings.consumed
    header_bytes = _bytes_of_lines(path, start, lines)
    return Prepared(
        path,
        shown,
        chosen,
        encoding,
        headings.header,
        start + header_bytes,
        lines + 1,
        path.stat().st_size,
        temporary,
        headings,
    )


def _bytes_of_lines(path: Path, start: int, lines: int) -> int:
    """The bytes of the first `lines` lines from `start`, lines ended as the CSV reader ends them: by LF,
    CRLF or a lone CR (Excel for Mac's "CSV (Macintosh)", a CR typed into a cell)."""
    with path.open("rb") as handle:
        handle.seek(start)
        text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
        return sum(len(text.readline().encode("utf-8", "surrogateescape")) for _ in range(lines))


_LINE_END_BYTES = re.compile(rb"[\r\n]")
_LINE_ENDS = re.compile(r"\r\n|\r|\n")
"""Line ends as the CSV reader knows them (`str.splitlines` also cuts at U+2028, U+0085, U+001C ...)."""


def _sniff_delimiter(sample: str, shown: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields."""
    lines = [line for line in _LINE_ENDS.split(sample)[:20] if line.strip()]
    if len(lines) > 1 and len(sample) >= SAMPLE_BYTES:
        lines = lines[:-1]  # the last line of a cut sample may be incomplete
    scores = {}
    for candidate in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        except csv.Error:
            continue
        if counts and counts[0] > 1:
            consistent = sum(1 for count in counts if count == counts[0]) / len(counts)
            scores[candidate] = (consistent, counts[0])
    if not scores:
        if len(lines) >= 1 and "," not in lines[0]:
            raise AsnSkillsError("delimiter_unknown", file=shown)
        return ","
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        raise AsnSkillsError("delimiter_ambiguous", file=shown, candidates=f"'{ranked[0][0]}' '{ranked[1][0]}'")
    best = ranked[0]
    if best[1][0] < 0.5:
        raise AsnSkillsError("delimiter_ambiguous", file=shown, candidates=" ".join(repr(c) for c, _ in ranked[:2]))
    return best[0]


@dataclass(frozen=True)
class Chunk:
    """A byte range of data rows, starting at a row boundary."""

    start: int
    end: int
    first_line: int


def chunks(prepared: Prepared, target_bytes: int) -> list[Chunk]:
    """Cut the data rows into ranges of about `target_bytes`, each ending at a line break outside quotes."""
    cuts = [prepared.data_start]
    lines_before = [prepared.data_line]
    quotes = 0
    newlines = 0
    offset = prepared.data_start
    next_cut = prepared.data_start + target_bytes
    ended_in_cr = False
    with prepared.path.open("rb") as handle:
        handle.seek(offset)
        while block := handle.read(BLOCK_BYTES):
            position = 0
            if ended_in_cr and block.startswith(b"\n"):
                newlines -= 1  # a CRLF split between two blocks ends one line, not two
            ended_in_cr = block.endswith(b"\r")
            while offset + len(block) > next_cut:
                search_from = max(position, next_cut - offset)
                found = None
                scan = search_from
                while (newline := block.find(b"\n", scan)) >= 0:
                    if (quotes + block.count(b'"', position, newline)) % 2 == 0:
                        found = newline
                        break
                    scan = newline + 1
                if found is None:
                    break
                quotes += block.count(b'"', position, found + 1)
                newlines += _line_ends(block, position, found + 1)
                position = found + 1
                cuts.append(offset + position)
                lines_before.append(prepared.data_line + newlines)
                next_cut = offset + position + target_bytes
            quotes += block.count(b'"', position)
            newlines += _line_ends(block, position, len(block))
            offset += len(block)
    cuts.append(prepared.size)
    for start, end, line in zip(cuts, cuts[1:], lines_before, strict=False):
        if end - start > target_bytes + ROW_LIMIT:
            # A chunk ends at the first row end after `target_bytes`: this one holds a row longer than the
            # limit (or a quote never closed). Its line is found by streaming, never by parsing it.
            raise AsnSkillsError(
                "row_too_long",
                file=prepared.shown,
                line=_long_row_line(prepared, start, end, line),
                limit=f"{ROW_LIMIT >> 20} MiB",
            )
    return [
        Chunk(start, end, line) for start, end, line in zip(cuts, cuts[1:], lines_before, strict=False) if end > start
    ]


def _long_row_line(prepared: Prepared, start: int, end: int, line: int) -> int:
    """The line where the first row longer than ROW_LIMIT starts in bytes `start`..`end` (beginning at
    `line`), read in blocks: rows end at line breaks outside quotes."""
    row_start, row_line, lines, quotes, offset = start, line, line, 0, start
    with prepared.path.open("rb") as handle:
        handle.seek(start)
        while offset < end and (block := handle.read(min(BLOCK_BYTES, end - offset))):
            position = 0
            while (newline := block.find(b"\n", position)) >= 0:
                quotes += block.count(b'"', position, newline)
                lines += _line_ends(block, position, newline + 1)
                position = newline + 1
                if quotes % 2 == 0:
                    if offset + position - row_start > ROW_LIMIT:
                        return row_line
                    row_start, row_line = offset + position, lines
            quotes += block.count(b'"', position)
            lines += _line_ends(block, position, len(block))
            offset += len(block)
    return row_line


def _line_ends(block: bytes, start: int, end: int) -> int:
    """Line ends in `block[start:end]` as the CSV reader counts them: LF, CRLF and a lone CR are one each."""
    return block.count(b"\n", start, end) + block.count(b"\r", start, end) - block.count(b"\r\n", start, end)


DAMAGED = "\ufffd"
"""What a NUL byte in the input becomes: an answer holding it is rejected, a name loses it with a warning."""


def read_rows(prepared: Prepared, chunk: Chunk) -> Iterator[tuple[int, list[str]]]:
    """(physical line, cells) for each record in the chunk; blank lines are skipped."""
    with prepared.path.open("rb") as handle:
        handle.seek(chunk.start)
        data = handle.read(chunk.end - chunk.start)
    if b"\x00" in data:
        # A NUL byte is damage, not data: the cell keeps a visible mark so its row is rejected, not read wrongly.
        data = data.replace(b"\x00", DAMAGED.encode())
    # csv.reader reads a TextIOWrapper as fast as a file; over a StringIO it is a third slower.
    reader = csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=""), delimiter=prepared.delimiter)
    first = chunk.first_line
    consumed = 0
    try:
        for row in reader:
            if row and (row[0].strip() or any(map(str.strip, row))):
                yield first + consumed, row
            consumed = reader.line_num
    except csv.Error as error:
        raise AsnSkillsError("csv_broken", file=prepared.shown, line=first + consumed, reason=str(error)) from None
    except UnicodeDecodeError:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = first + data[: error.start].count(b"\n")
            raise AsnSkillsError("input_not_utf8_at", file=prepared.shown, line=line) from None
        raise
