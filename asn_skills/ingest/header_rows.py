"""Which of an export's first rows hold its headings, and where its data starts.

Exports do not all start with one row of headings:
- an HR officer's recap workbook has a letterhead (title rows, an empty row) above its headings and a row
  of column numbers `(1) (2) ...` under them;
- SurveyMonkey writes two heading rows: the question texts, then `Response`, `Open-Ended Response` or,
  under a checkbox question, one option label per column (the question's later columns have an empty first
  row); the headings are the two read together (`Question [Option]`);
- Qualtrics writes three: export tags (`Q1`), question texts, and `{"ImportId":"QID1"}`; each column is
  read from whichever of the first two names something, and the third is not data;
- KoboToolbox may put a row of HXL tags (`#nip`) under its headings.

The heading row is the one among the first rows whose cells name the most questions and identity fields
(the first such row on a tie); `header_row` overrides it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from asn_skills.errors import AsnSkillsError

SEARCH_ROWS = 30
"""Rows (not blank) from the top searched for the headings."""
SUBHEADINGS = frozenset({"response", "open-ended response", "tanggapan", "tanggapan terbuka"})
"""SurveyMonkey's second heading row under a question that has one column (English and Indonesian)."""
_COLUMN_NUMBER = re.compile(r"^[(\[]?\s*(\d{1,3})\s*[)\].]?$")
_IMPORT_ID = '{"importid"'

Rate = Callable[[Sequence[str]], int]
"""How many cells of a row name a question, an option or an identity field."""


@dataclass(frozen=True)
class Row:
    """One row read from the top of an export."""

    line: int
    """Its first physical line (sheet row)."""
    end: int
    """Physical lines read up to its end (a quoted cell may span lines)."""
    cells: list[str]


@dataclass(frozen=True)
class Headings:
    """The headings found, where they are, and how many rows above the data they take."""

    header: tuple[str, ...]
    line: int
    """Physical line (sheet row) of the heading row; for two or three heading rows, the first."""
    consumed: int
    """Physical lines from the top up to the end of the last heading row (the data starts after them)."""
    rows: tuple[tuple[str, ...], ...] = ()
    """Every heading row read, as written (Qualtrics' ImportId row included)."""
    skipped_above: int = 0
    """Rows that are not blank above the heading row (a letterhead)."""


def find_headings(rows: Sequence[Row], rate: Rate | None, header_row: int | None, shown: str) -> Headings:
    """The headings among `rows` (the first rows of the file that are not blank)."""
    if not rows:
        raise AsnSkillsError("input_empty", file=shown)
    if header_row is not None:
        chosen = next((index for index, row in enumerate(rows) if row.line == header_row), None)
        if chosen is None:
            lines = ", ".join(str(row.line) for row in rows[:12])
            raise AsnSkillsError("header_row_missing", file=shown, row=header_row, rows=lines)
    else:
        chosen = _best_row(rows, rate)
    imported = _import_id_row(rows)
    if header_row is None and imported is not None and imported >= 2 and imported - 2 <= chosen <= imported - 1:
        return _qualtrics(rows, imported, rate)
    first = rows[chosen]
    header = list(first.cells)
    used = [tuple(first.cells)]
    last = chosen
    following = rows[chosen + 1] if chosen + 1 < len(rows) else None
    if following is not None and _is_subheading_row(following.cells):
        header = _with_subheadings(header, following.cells)
        used.append(tuple(following.cells))
        last += 1
    while last + 1 < len(rows) and _not_data(rows[last + 1].cells, len(header)):
        last += 1
        used.append(tuple(rows[last].cells))
    return Headings(tuple(header), first.line, rows[last].end, tuple(used), chosen)


def _best_row(rows: Sequence[Row], rate: Rate | None) -> int:
    if rate is None:
        return 0
    ratings = [rate(row.cells) for row in rows]
    best = max(ratings)
    return ratings.index(best) if best > 0 else 0


def _import_id_row(rows: Sequence[Row]) -> int | None:
    """Qualtrics' third heading row: most filled cells are `{"ImportId":...}`."""
    for index, row in enumerate(rows[:SEARCH_ROWS]):
        filled = [cell.strip().casefold() for cell in row.cells if cell.strip()]
        if filled and sum(cell.startswith(_IMPORT_ID) for cell in filled) * 2 > len(filled):
            return index
    return None


def _qualtrics(rows: Sequence[Row], imported: int, rate: Rate | None) -> Headings:
    """Each column named by its export tag where the tag names something, else by its question text."""
    tags, texts = rows[imported - 2].cells, rows[imported - 1].cells
    header = []
    for column in range(max(len(tags), len(texts))):
        tag = tags[column] if column < len(tags) else ""
        text = texts[column] if column < len(texts) else ""
        names_more = rate is None or (rate([tag]) > 0 and rate([tag]) >= rate([text]))
        header.append(tag if names_more or not text.strip() else text)
    used = tuple(tuple(rows[index].cells) for index in range(imported - 2, imported + 1))
    return Headings(tuple(header), rows[imported - 2].line, rows[imported].end, used, imported - 2)


def _is_subheading_row(cells: Sequence[str]) -> bool:
    """SurveyMonkey's second heading row: `Response` or `Open-Ended Response` under several questions, a
    third or more of its filled cells (a response that happens to hold the word is not taken for it)."""
    filled = [cell.strip().casefold() for cell in cells if cell.strip()]
    named = sum(cell in SUBHEADINGS for cell in filled)
    return named >= 2 and named * 3 >= len(filled)


def _with_subheadings(header: list[str], below: Sequence[str]) -> list[str]:
    """Two heading rows as one: an empty first-row cell continues the question on its left (a checkbox
    question's later options), and an option label under a question becomes `Question [Option]`."""
    merged = []
    current = ""
    for column, top in enumerate(header):
        under = below[column].strip() if column < len(below) else ""
        if top.strip():
            current = top
        elif not under:
            merged.append(top)
            continue
        if not under or under.casefold() in SUBHEADINGS:
            merged.append(current)
        else:
            merged.append(f"{current} [{under}]")
    return merged


def _not_data(cells: Sequence[str], width: int) -> bool:
    """A row under the headings that is not a response: KoboToolbox's HXL tags (`#nip`), or the column
    numbers a recap sheet puts under its headings (`(1) (2) (3) ...` or `1 2 3 ...`)."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if not filled:
        return False
    if all(cell.startswith("#") for cell in filled):
        return True
    numbers = [_COLUMN_NUMBER.match(cell) for cell in filled]
    if len(filled) < max(3, width // 2) or not all(numbers):
        return False
    values = [int(found.group(1)) for found in numbers if found]
    return all(later == earlier + 1 for earlier, later in pairwise(values))
