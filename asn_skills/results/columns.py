"""The flat columns of a results file (CSV, xlsx), derived from the record's declaration.

Person fields are columns of their own name; each area field becomes one column per area (`score_informasi`),
grouped by field; the questionnaire's fields are `instrument_id`, `instrument_version`, `instrument_hash`.
Each column writes its value as CSV text or a workbook cell and reads it back from the text.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from asn_skills.csv_text import safe_cell, unguarded_cell
from asn_skills.results.schema import NOT_GIVEN, Column, DomainRecord, InstrumentRecord, Kind, Record


class Scope(Enum):
    """Where in the record a column's value is."""

    PERSON = "person"
    DOMAIN = "domain"
    INSTRUMENT = "instrument"


@dataclass(frozen=True)
class FlatColumn:
    """One column of a results file."""

    name: str
    """Machine name, the CSV header (stable, English)."""
    key: str
    """The field's key in the record, its area's record or its instrument."""
    scope: Scope
    domain: str | None
    column: Column
    optional: bool
    """Whether the field may be null."""

    @property
    def kind(self) -> Kind:
        return self.column.kind

    def header(self, lang: str, domain_text: str | None = None) -> str:
        """The header for people in `lang`; `domain_text` names the area (its id when not given)."""
        return self.column.header(lang).format(domain=domain_text or self.domain or "")

    def value(self, record: Record) -> Any:
        """This column's value in `record` (None where an older record lacks it)."""
        if self.scope is Scope.PERSON:
            return record[self.key]  # type: ignore[literal-required]
        if self.scope is Scope.DOMAIN:
            return record["domains"][self.domain][self.key]  # type: ignore[index,literal-required]
        instrument = record.get("instrument")
        return None if instrument is None else instrument[self.key]  # type: ignore[literal-required]

    def csv_text(self, value: Any) -> str:
        """The value as written in a line of the results CSV: guarded, and quoted where needed."""
        return CSV_TEXT[self.kind](value)

    def csv_cell(self, value: Any) -> str:
        """The value as a results CSV cell before quoting (guarded against formula injection)."""
        return CSV_CELL.get(self.kind, CSV_TEXT[self.kind])(value)

    def cell(self, value: Any) -> Any:
        """The value as a workbook cell: numbers, TRUE/FALSE, a date-time, text."""
        return WORKBOOK_CELL[self.kind](value)

    def read(self, text: str | None, unguard: Callable[[str], str]) -> Any:
        """The value from a results CSV cell (or a workbook cell as text); `unguard` undoes the CSV's
        formula guard. A column the file lacks (`text` None) reads as the field's default."""
        if text is None:
            return _default(self.column)
        value = READ[self.kind](text, unguard)
        return False if value is None and self.kind is Kind.FLAG and not self.optional else value


@cache
def declared(typed: type) -> tuple[tuple[str, Any], ...]:
    """(key, annotation with its Annotated extras) of a TypedDict, in declaration order. Read once per type:
    evaluating the hints is slow, and every record read from the store or a file is completed by them."""
    return tuple(get_type_hints(typed, include_extras=True).items())


def column_of(annotation: Any) -> Column | None:
    """The `Column` of a field's annotation, None for a field that is not a column itself."""
    return next((extra for extra in getattr(annotation, "__metadata__", ()) if isinstance(extra, Column)), None)


def plain_type(annotation: Any) -> Any:
    """The annotation without its Annotated extras."""
    return get_args(annotation)[0] if hasattr(annotation, "__metadata__") else annotation


@cache
def flat_columns(domain_ids: tuple[str, ...]) -> tuple[FlatColumn, ...]:
    """The columns of a results file for these areas, in order."""
    found: list[FlatColumn] = []
    for key, annotation in declared(Record):
        column = column_of(annotation)
        if column is not None:
            found.append(FlatColumn(key, key, Scope.PERSON, None, column, _optional(annotation)))
        elif key == "domains":
            for field, inner in declared(DomainRecord):
                found += [
                    FlatColumn(f"{field}_{domain}", field, Scope.DOMAIN, domain, _column(inner), _optional(inner))
                    for domain in domain_ids
                ]
        elif key == "instrument":
            found += [
                FlatColumn(f"instrument_{field}", field, Scope.INSTRUMENT, None, _column(inner), _optional(inner))
                for field, inner in declared(InstrumentRecord)
            ]
        else:  # pragma: no cover - a new nested field needs a scope here
            raise TypeError(f"the record field {key} is neither a column nor a known group of columns")
    return tuple(found)


def _optional(annotation: Any) -> bool:
    plain = plain_type(annotation)
    return get_origin(plain) in (Union, types.UnionType) and type(None) in get_args(plain)


def _column(annotation: Any) -> Column:
    column = column_of(annotation)
    if column is None:  # pragma: no cover - a declaration error, caught by the schema tests
        raise TypeError(f"{annotation} has no Column")
    return column


def completed(record: dict[str, Any]) -> Record:
    """A record read from JSON or the store with every field its version lacks set to the field's default
    (fields declared since it was written); `record` is completed in place."""
    for key, annotation in declared(Record):
        column = column_of(annotation)
        if key not in record:
            record[key] = _default(column)
    for domain in (record.get("domains") or {}).values():
        if isinstance(domain, dict):
            for key, annotation in declared(DomainRecord):
                if key not in domain:
                    domain[key] = _default(column_of(annotation))
    return record  # type: ignore[return-value]


def _default(column: Column | None) -> Any:
    if column is None or column.default is NOT_GIVEN:
        return None
    return list(column.default) if isinstance(column.default, list) else column.default


def record_keys() -> list[str]:
    """The record's keys in declaration order (the order JSON writes them)."""
    return [key for key, _ in declared(Record)]


def column_names(domain_ids: Sequence[str]) -> list[str]:
    """The machine names of the results file columns (the CSV header)."""
    return [column.name for column in flat_columns(tuple(domain_ids))]


def record_cells(record: Record, domain_ids: Sequence[str]) -> list[str]:
    """A record flattened to results CSV cells (guarded, not yet quoted: `csv_line` quotes them)."""
    return [column.csv_cell(column.value(record)) for column in flat_columns(tuple(domain_ids))]


def record_csv_line(record: Record, domain_ids: Sequence[str]) -> str:
    """`csv_line(record_cells(...))`, faster: only the free-text cells can need quoting (ids, numbers,
    flags and times never hold a comma, quote or line break), so only they are checked."""
    return ",".join([column.csv_text(column.value(record)) for column in flat_columns(tuple(domain_ids))]) + "\r\n"


def quoted_text(value: str | None) -> str:
    """Free text as a CSV cell: guarded against formula injection, quoted when it holds `,` `"` or a line end."""
    if value is None:
        return ""
    text = safe_cell(value)
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _plain_text(value: Any) -> str:
    return "" if value is None else str(value)


def _flag_text(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


CSV_TEXT: dict[Kind, Callable[[Any], str]] = {
    Kind.TEXT: quoted_text,
    Kind.IDENTIFIER: quoted_text,
    Kind.CODE: _plain_text,
    Kind.TIME: _plain_text,
    Kind.SCORE: _plain_text,
    Kind.NUMBER: _plain_text,
    Kind.FLAG: _flag_text,
    Kind.CODES: lambda value: ";".join(value or ()),
    Kind.TEXTS: lambda value: quoted_text(";".join(value or ())),
}
"""How each kind of value is written in the results CSV (ids, numbers, flags and times never need quoting)."""


def _guarded(value: str | None) -> str:
    return "" if value is None else safe_cell(value)


CSV_CELL: dict[Kind, Callable[[Any], str]] = {
    Kind.TEXT: _guarded,
    Kind.IDENTIFIER: _guarded,
    Kind.TEXTS: lambda value: safe_cell(";".join(value or ())),
}
"""Free-text kinds as cells before quoting; the other kinds are written as `CSV_TEXT` writes them."""


def submission_time(text: str | None) -> datetime | str | None:
    """The submission time as Excel shows it: the clock time as the export wrote it (Excel keeps no time
    zone); text it does not read as a time stays text."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return moment.replace(tzinfo=None)


def _same(value: Any) -> Any:
    return value


WORKBOOK_CELL: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _same,
    Kind.IDENTIFIER: _same,
    Kind.CODE: _same,
    Kind.TIME: submission_time,
    Kind.SCORE: _same,
    Kind.NUMBER: _same,
    Kind.FLAG: _same,
    Kind.CODES: lambda value: ";".join(value or ()),
    Kind.TEXTS: lambda value: ";".join(value or ()),
}
"""How each kind of value is written in a results workbook (the workbook guards text cells itself)."""


def _text_or_none(text: str, unguard: Callable[[str], str]) -> str | None:
    return unguard(text) or None


def _code_or_none(text: str, _unguard: Callable[[str], str]) -> str | None:
    return text or None


def _float(text: str, _unguard: Callable[[str], str]) -> float | None:
    return float(text) if text else None


def _int(text: str, _unguard: Callable[[str], str]) -> int | None:
    return int(text) if text else None


FLAG_TEXTS = {"true": True, "false": False, "benar": True, "salah": False, "1": True, "0": False}
"""How a yes/no cell may read once a spreadsheet saved the file again: Excel writes TRUE and FALSE (BENAR and
SALAH in Indonesian), other tools 1 and 0."""


def _flag(text: str, _unguard: Callable[[str], str]) -> bool | str | None:
    """True or False; None for an empty cell; any other text as it is, which the record's check refuses
    (read as false, a file saved again by Excel as TRUE/FALSE showed no one needing training)."""
    if text == "":
        return None
    return FLAG_TEXTS.get(text.strip().casefold(), text)


def _codes(text: str, _unguard: Callable[[str], str]) -> list[str]:
    return [item for item in text.split(";") if item]


def _texts(text: str, unguard: Callable[[str], str]) -> list[str]:
    return [item for item in unguard(text).split(";") if item]


READ: dict[Kind, Callable[[str, Callable[[str], str]], Any]] = {
    Kind.TEXT: _text_or_none,
    Kind.IDENTIFIER: _text_or_none,
    Kind.CODE: _code_or_none,
    Kind.TIME: _code_or_none,
    Kind.SCORE: _float,
    Kind.NUMBER: _int,
    Kind.FLAG: _flag,
    Kind.CODES: _codes,
    Kind.TEXTS: _texts,
}
"""How each kind of value is read back from a results CSV cell."""


def unguarded(text: str) -> str:
    """Undo the formula-injection guard of our own CSV (an apostrophe before = + - @)."""
    return unguarded_cell(text)
