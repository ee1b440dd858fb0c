"""Result records for reports and plans: from the store (a round) or from a results file written by `score`."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from python_calamine import CalamineError

from asn_skills.errors import AsnSkillsError
from asn_skills.files import RESULTS_FILE, check_input
from asn_skills.i18n import LANGUAGES, Phrase
from asn_skills.identity import normalise_nip
from asn_skills.parser_reasons import json_reason, workbook_reason
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.results.columns import FlatColumn, Scope, completed, flat_columns, record_keys, unguarded
from asn_skills.results.display import machine_text
from asn_skills.results.schema import Kind
from asn_skills.scoring import rules
from asn_skills.scoring.result import Match, Priority, Record
from asn_skills.store.store import Store
from asn_skills.suggest import did_you_mean
from asn_skills.workbooks.reader import cell_text, open_workbook

Note = tuple[str, dict[str, str]]
"""A message key and its parameters."""


@dataclass(frozen=True)
class Selection:
    """Which records a report is about."""

    units: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    nips: tuple[str, ...] = ()

    def keeps(self, record: Record, questionnaire: Questionnaire) -> bool:
        if self.units and (record.get("unit") or "").casefold() not in {unit.casefold() for unit in self.units}:
            return False
        if self.roles:
            wanted = {found.id for found in map(questionnaire.find_role, self.roles) if found is not None}
            if record.get("role") not in wanted:
                return False
        return not self.nips or record.get("nip") in {normalise_nip(nip) for nip in self.nips}


@dataclass
class RoundData:
    """The records of one round, and where the raw answers are when they come from the store."""

    name: str
    records: list[Record]
    assessment_ids: list[int] = field(default_factory=list)
    """Store ids aligned with `records` (empty for a results file)."""
    notes: list[Note] = field(default_factory=list)
    """What the reader should know about these results (message key, params): scored with another version
    of the questionnaire, or not saying which."""


def from_store(store: Store, questionnaire: Questionnaire, round_name: str | None) -> RoundData:
    """The latest assessment per person of `round_name` (default: the latest round)."""
    rounds = store.rounds(questionnaire.id)
    if not rounds:
        raise AsnSkillsError("store_no_results", questionnaire=questionnaire.id, path=str(store.path))
    chosen = round_name or rounds[-1]
    if chosen not in rounds:
        raise AsnSkillsError("round_unknown", round=chosen, known=", ".join(rounds))
    pairs = store.round_results(questionnaire.id, chosen)
    versions = store.versions(questionnaire.id, chosen)
    notes: list[Note] = []
    other = sorted(
        {version for content_hash, version in versions.items() if content_hash != questionnaire.content_hash}
    )
    if other:
        notes.append(
            (
                "round_other_version",
                {
                    "round": chosen,
                    "id": questionnaire.id,
                    "versions": ", ".join(other),
                    "version": questionnaire.version,
                },
            )
        )
    return RoundData(chosen, [record for _, record in pairs], [assessment for assessment, _ in pairs], notes)


def from_file(path: Path, questionnaire: Questionnaire) -> RoundData:
    """Records from a results file written by `score` (.jsonl, .json, .csv or .xlsx)."""
    records = _read_results(path, questionnaire)
    if not isinstance(records, list) or not all(isinstance(record, dict) and "domains" in record for record in records):
        raise AsnSkillsError("results_not_records", file=str(path))
    _same_instrument(path, questionnaire, _record_domains(records))
    for number, record in enumerate(records, 1):
        _check_record(record, questionnaire, str(path), number)
        completed(record)
    gaps = path.suffix.lower() in (".csv", ".xlsx") and not _has_requirements(path)
    return RoundData(path.stem, records, notes=instrument_notes(records, questionnaire, str(path), gaps=gaps))


def instrument_notes(records: Iterable[Record], questionnaire: Questionnaire, file: str, *, gaps: bool) -> list[Note]:
    """Notes on the questionnaire versions results were scored with, against the one in use: a different
    content hash names both versions and what was recomputed; results that do not say are read as today.

    `gaps`: the gaps were recomputed from the requirements of the questionnaire in use (older flat files)."""
    scored: dict[str, str] = {}
    unsaid = False
    for record in records:
        instrument = record.get("instrument")
        if instrument is None:
            unsaid = True
        elif instrument["hash"] != questionnaire.content_hash:
            scored[instrument["hash"]] = f"{instrument['id']} {instrument['version']}"
    notes: list[Note] = []
    if scored:
        notes.append(
            (
                "results_other_version_gaps" if gaps else "results_other_version",
                {
                    "file": file,
                    "scored": ", ".join(
                        f"{name} ({content_hash[:12]})" for content_hash, name in sorted(scored.items())
                    ),
                    "using": f"{questionnaire.id} {questionnaire.version} ({questionnaire.content_hash[:12]})",
                },
            )
        )
    if unsaid:
        notes.append(("results_no_instrument", {"file": file, "using": f"{questionnaire.id} {questionnaire.version}"}))
    return notes


def _has_requirements(path: Path) -> bool:
    """Whether a results CSV or workbook holds each area's required level (older ones hold only scores and
    levels, so their gaps are recomputed from today's requirements)."""
    header = _csv_header(path) if path.suffix.lower() == ".csv" else _workbook_table(path)[0]
    return any(column.startswith("required_") for column in header)


def instrument_of_file(path: Path) -> Questionnaire:
    """The bundled questionnaire whose areas are the areas of a results file."""
    found = file_domains(path)
    like = bundled_with_domains(found)
    if like is None:
        raise AsnSkillsError("results_file_instrument_unknown", file=str(path), domains=", ".join(found) or "-")
    return like


def file_domains(path: Path) -> list[str]:
    """The area ids a results file holds: its `score_` columns, or the keys of its records' `domains`."""
    if path.suffix.lower() == ".csv":
        return _csv_domains(_csv_header(path))
    if path.suffix.lower() == ".xlsx":
        return _csv_domains(_workbook_table(path)[0])
    records = _read_results(path, None)
    if not isinstance(records, list):
        raise AsnSkillsError("results_not_records", file=str(path))
    return _record_domains(record for record in records if isinstance(record, dict))


def bundled_with_domains(domain_ids: Iterable[str]) -> Questionnaire | None:
    """The first bundled questionnaire with exactly these areas, or None."""
    wanted = set(domain_ids)
    for questionnaire_id in bundled.ids():
        candidate = load_questionnaire(questionnaire_id)
        if set(candidate.domains_by_id) == wanted:
            return candidate
    return None


def _same_instrument(path: Path, questionnaire: Questionnaire, found: list[str]) -> None:
    """A results file of another questionnaire is named as such, not read into wrong or missing areas."""
    if not found or set(found) <= set(questionnaire.domains_by_id):
        return  # the same instrument; a record that lacks an area is reported by _check_record
    like = bundled_with_domains(found)
    if like is not None:
        raise AsnSkillsError("results_file_other_instrument", file=str(path), expected=questionnaire.id, like=like.id)
    raise AsnSkillsError(
        "results_file_instrument_unknown", file=str(path), domains=", ".join(found), expected=questionnaire.id
    )


def _read_results(path: Path, questionnaire: Questionnaire | None) -> Any:
    suffix = path.suffix.lower()
    check_input(path, RESULTS_FILE)
    try:
        if suffix == ".jsonl":
            with path.open(encoding="utf-8-sig") as handle:
                return [json.loads(line) for line in handle if line.strip()]
        if suffix == ".json":
            return json.loads(path.read_text(encoding="utf-8-sig"))
        if suffix == ".csv" and questionnaire is not None:
            _same_instrument(path, questionnaire, _csv_domains(_csv_header(path)))
            with path.open(encoding="utf-8-sig", newline="") as handle:
                return list(_records_from_csv(csv.DictReader(handle), questionnaire))
        if suffix == ".xlsx" and questionnaire is not None:
            header, rows = _workbook_table(path)
            _same_instrument(path, questionnaire, _csv_domains(header))
            by_name = {column.name: column for column in flat_columns(tuple(questionnaire.domains_by_id))}
            table = (
                {
                    name: machine_text(by_name.get(name), text, questionnaire)
                    for name, text in zip(header, row, strict=False)
                }
                for row in rows
            )
            return list(_records_from_csv(table, questionnaire, text=str))
    except FileNotFoundError:
        raise AsnSkillsError("input_missing", file=str(path)) from None
    except UnicodeDecodeError:
        raise AsnSkillsError("results_not_utf8", file=str(path)) from None
    except ValueError as error:
        raise AsnSkillsError("results_file_invalid", file=str(path), reason=json_reason(error)) from None
    except KeyError as error:
        raise AsnSkillsError("results_file_invalid", file=str(path), reason=str(error)) from None
    except RecursionError:
        raise AsnSkillsError("results_too_deep", file=str(path)) from None
    raise AsnSkillsError("results_file_kind", file=str(path))


def _csv_header(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
            # Excel in an Indonesian locale saves a CSV again with semicolons (and decimal commas): its header
            # is one cell, and it would be taken for a file of another questionnaire.
            other = next((mark for mark in ";\t|" if len(header) == 1 and mark in header[0]), None)
            if other is not None:
                shown = "tab" if other == "\t" else other
                raise AsnSkillsError("results_csv_delimiter", file=str(path), delimiter=shown)
            return header
    except FileNotFoundError:
        raise AsnSkillsError("input_missing", file=str(path)) from None
    except UnicodeDecodeError:
        raise AsnSkillsError("results_not_utf8", file=str(path)) from None
    except ValueError as error:
        raise AsnSkillsError("results_file_invalid", file=str(path), reason=str(error)) from None


NAME_HEADERS = frozenset(
    column.header(lang) for column in flat_columns(()) if column.name == "name" for lang in LANGUAGES
)
"""The people's header of the name column, in every language: how their header row is told from data."""
HEADER_ROWS = 5
"""The column names of a results sheet are within its first rows."""


def _workbook_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """The results sheet of a workbook written by `score --format xlsx`, as the results CSV's text: the
    column names (the row starting with `nip`, under the review note) and the rows under them."""
    try:
        workbook = open_workbook(path, str(path))
        rows = workbook.get_sheet_by_name(workbook.sheet_names[0]).to_python()
    except FileNotFoundError:
        raise AsnSkillsError("input_missing", file=str(path)) from None
    except (CalamineError, OSError) as error:
        raise AsnSkillsError("results_file_invalid", file=str(path), reason=workbook_reason(error)) from None
    start = next((index for index, row in enumerate(rows[:HEADER_ROWS]) if row and row[0] == "nip"), None)
    if start is None:
        raise AsnSkillsError("results_no_header", file=str(path), rows=HEADER_ROWS)
    cells = [[_result_text(value) for value in row] for row in rows[start:]]
    # Under the (hidden) machine names, a workbook for people has its headers in the reader's language.
    people = len(cells) > 1 and len(cells[1]) > 1 and cells[1][1] in NAME_HEADERS
    return cells[0], [row for row in cells[2 if people else 1 :] if any(row)]


def _result_text(value: Any) -> str:
    """A workbook cell as the results CSV writes it (true/false in lower case; a time as ISO 8601, without
    the zone a workbook does not keep)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    return cell_text(value)


def _csv_domains(header: list[str]) -> list[str]:
    return [column.removeprefix("score_") for column in header if column.startswith("score_")]


def _record_domains(records: Iterable[dict[str, Any]]) -> list[str]:
    found: dict[str, None] = {}
    for record in records:
        domains = record.get("domains")
        if isinstance(domains, dict):
            found.update(dict.fromkeys(domains))
    return list(found)


SCORE_FIELDS = ("overall", "jpm")
DOMAIN_SCORES = ("score", "self", "knowledge")
DOMAIN_ERRORS = ("se", "knowledge_se")
"""Standard errors are finite and non-negative, not bounded by 100: Lord's error over barely more than one
item's worth of weight may exceed it."""
DOMAIN_LEVELS = ("level", "level_low", "level_high")
CODES = {"priority": {item.value for item in Priority}, "match": {item.value for item in Match}}


def _check_record(record: dict[str, Any], questionnaire: Questionnaire, file: str, number: int) -> None:
    """Refuse a record that would break reports: a domain missing, a score that is not a number in 0-100,
    a level the questionnaire does not declare, a priority or band no scorer writes, an area to confirm
    that is not one of the questionnaire's, course lists that are not lists of ids. (A course the catalogue
    no longer holds is shown by its id.)"""

    def refuse(field: str, value: Any) -> None:
        raise AsnSkillsError("results_record_field", file=file, number=number, field=field, value=_shown(value))

    for column in flat_columns(()):
        if column.scope is Scope.PERSON and column.key in record and not _holds(column, record[column.key]):
            refuse(column.key, record[column.key])
    levels = {level.level for level in questionnaire.levels}
    domains = record["domains"]
    if not isinstance(domains, dict):
        refuse("domains", domains)
    for domain in questionnaire.domains:
        value = domains.get(domain.id)
        if not isinstance(value, dict):
            raise AsnSkillsError("results_record_domain", file=file, number=number, domain=domain.id)
        for key in DOMAIN_SCORES:
            _check_number(value.get(key), file, number, f"domains.{domain.id}.{key}", 100.0)
        for key in DOMAIN_ERRORS:
            _check_number(value.get(key), file, number, f"domains.{domain.id}.{key}", math.inf)
        for key in DOMAIN_LEVELS:
            if value.get(key) is not None and (isinstance(value[key], bool) or value[key] not in levels):
                refuse(f"domains.{domain.id}.{key}", value[key])
    for name in SCORE_FIELDS:
        _check_number(record.get(name), file, number, name, 100.0)
    if record.get("level") is not None and (isinstance(record["level"], bool) or record["level"] not in levels):
        refuse("level", record["level"])
    for name, allowed in CODES.items():
        if record.get(name) is not None and record[name] not in allowed:
            refuse(name, record[name])
    instrument = record.get("instrument")
    if instrument is not None and (
        not isinstance(instrument, dict) or not all(_is_text(instrument.get(key)) for key in ("id", "version", "hash"))
    ):
        refuse("instrument", instrument)
    for name in ("trainings", "deferred"):
        courses = record.get(name, [])
        if not isinstance(courses, list) or not all(isinstance(course, str) for course in courses):
            refuse(name, courses)
    confirm = record.get("to_confirm", [])
    if not isinstance(confirm, list) or not all(key in questionnaire.domains_by_id for key in confirm):
        refuse("to_confirm", ";".join(map(str, confirm)) if isinstance(confirm, list) else confirm)


def _is_text(value: Any) -> bool:
    """A string of characters: not a lone surrogate (JSON may write `\\ud800`, which is no character and which
    no file, terminal or document can hold)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


KIND_TYPES: dict[Kind, Callable[[Any], bool]] = {
    Kind.TEXT: _is_text,
    Kind.IDENTIFIER: _is_text,
    Kind.CODE: _is_text,
    Kind.TIME: _is_text,
    Kind.FLAG: lambda value: isinstance(value, bool),
    Kind.CODES: lambda value: isinstance(value, list) and all(map(_is_text, value)),
    Kind.TEXTS: lambda value: isinstance(value, list) and all(map(_is_text, value)),
}
"""The JSON type of a person field of each kind (scores, levels and codes have checks of their own): a name
that is a number or a flag that is the text "no" (true to Python) would break a report or be misread."""


def _holds(column: FlatColumn, value: Any) -> bool:
    """Whether `value` is of the type `column` declares (None where it is optional)."""
    if value is None:
        return column.optional
    fits = KIND_TYPES.get(column.kind)
    return fits is None or fits(value)


def _shown(value: Any) -> str | Phrase:
    """A refused value as a message can print it: a lone surrogate written as its escape, at most 40 characters;
    nothing (an empty cell, JSON's null) and true or false as the reader wrote them, not as Python does."""
    if value is None:
        return Phrase("results_value_empty")
    if isinstance(value, bool):
        return json.dumps(value)
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8")[:40]


def _check_number(value: Any, file: str, number: int, name: str, highest: float) -> None:
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not 0 <= value <= highest
    ):
        raise AsnSkillsError("results_record_field", file=file, number=number, field=name, value=_shown(value))


def _records_from_csv(
    rows: Iterable[dict[str, str]], questionnaire: Questionnaire, text: Callable[[str], str] | None = None
) -> Iterator[Record]:
    """Rebuild records from the flattened results CSV (or its workbook, whose `text` needs no unguarding).

    Every column is read as `results.columns` declares it; a column an older file lacks reads as its
    default, and an area's requirement and gap it lacks come from the role's requirement."""
    plain = text or unguarded
    roles = {role.id: role for role in questionnaire.roles}
    columns = flat_columns(tuple(domain.id for domain in questionnaire.domains))
    keys = record_keys()
    for row in rows:
        person: dict[str, Any] = {}
        domains: dict[str, dict[str, Any]] = {domain.id: {} for domain in questionnaire.domains}
        instrument: dict[str, Any] = {}
        for column in columns:
            value = column.read(row.get(column.name), plain)
            if column.scope is Scope.PERSON:
                person[column.key] = value
            elif column.scope is Scope.DOMAIN:
                domains[column.domain or ""][column.key] = value
            else:
                instrument[column.key] = value
        role = roles.get(person["role"] or "", questionnaire.default_role)
        person["role"] = role.id
        for domain_id, domain in domains.items():
            if row.get(f"required_{domain_id}") is None:
                domain["required"] = role.required.get(domain_id)
                domain["gap"] = rules.gap(domain["level"], domain["required"])
        person["domains"] = domains
        person["instrument"] = None if all(value is None for value in instrument.values()) else instrument
        yield cast(Record, {key: person[key] for key in keys})


def check_selection(data: RoundData, questionnaire: Questionnaire, selection: Selection) -> None:
    """Refuse a --unit no result has or a --role the questionnaire lacks, naming the closest ones (a typo
    would otherwise read as "nothing matches")."""
    units = {record.get("unit") or "" for record in data.records} - {""}
    for unit in selection.units:
        if unit.casefold() not in {known.casefold() for known in units}:
            raise AsnSkillsError("unit_not_in_results", unit=unit, **did_you_mean(unit, sorted(units)))
    for role in selection.roles:
        if questionnaire.find_role(role) is None:
            names = [found.id for found in questionnaire.roles]
            raise AsnSkillsError("role_not_in_questionnaire", role=role, **did_you_mean(role, names))


def select(data: RoundData, questionnaire: Questionnaire, selection: Selection) -> RoundData:
    kept = [(i, record) for i, record in enumerate(data.records) if selection.keeps(record, questionnaire)]
    ids = [data.assessment_ids[i] for i, _ in kept] if data.assessment_ids else []
    return RoundData(data.name, [record for _, record in kept], ids)
