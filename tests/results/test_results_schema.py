"""The result record declared once (`results.schema`): every results format follows the declaration, and
results files say which questionnaire scored them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Annotated

import pytest
from support import MINIMAL, variant
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.ingest.batch import BatchSettings, score_file
from asn_skills.ingest.outputs import RecordFormat, record_csv_line, result_columns
from asn_skills.ingest.rows import RowOptions, RowScorer
from asn_skills.questionnaire.load import load_file
from asn_skills.reports.records import from_file
from asn_skills.results import columns
from asn_skills.results.schema import Column, DomainRecord, Kind, Record
from asn_skills.scoring.compiled import CompiledScorer
from asn_skills.scoring.result import instrument_of
from asn_skills.synthetic.exports import Style, write_people
from asn_skills.synthetic.people import generate_people

runner = CliRunner()
QUESTIONNAIRE = load_file(MINIMAL)
DOMAINS = [domain.id for domain in QUESTIONNAIRE.domains]


class WithTier(Record):
    tier: Annotated[str | None, Column(Kind.CODE, "Tingkat", "Tier", default=None)]


class WithSpread(DomainRecord):
    spread: Annotated[float | None, Column(Kind.SCORE, "Sebaran {domain}", "Spread {domain}", default=None)]


@pytest.fixture
def extended(monkeypatch):
    """The record with one more person field and one more area field, declared once each, and the batch
    scorer computing them (as a rule with a new output field would)."""
    monkeypatch.setattr(columns, "Record", WithTier)
    monkeypatch.setattr(columns, "DomainRecord", WithSpread)
    verdict_fields = CompiledScorer.verdict_fields
    domain_record = CompiledScorer.domain_record

    def with_tier(verdict, overestimates):
        return {**verdict_fields(verdict, overestimates), "tier": "gold" if verdict.needs_training else None}

    def with_spread(self, index, part, required, gap):
        found = domain_record(self, index, part, required, gap)
        return {**found, "spread": None if part.score is None else round(part.score / 2, 2)}

    monkeypatch.setattr(CompiledScorer, "verdict_fields", staticmethod(with_tier))
    monkeypatch.setattr(CompiledScorer, "domain_record", with_spread)
    columns.flat_columns.cache_clear()
    yield
    columns.flat_columns.cache_clear()


def export(tmp_path: Path, count: int = 12) -> Path:
    path = tmp_path / "export.csv"
    with path.open("wb") as handle:
        write_people(handle, QUESTIONNAIRE, Style.GOOGLE, list(generate_people(QUESTIONNAIRE, count, seed=3)))
    return path


def written(tmp_path: Path, source: Path, record_format: RecordFormat) -> Path:
    path = tmp_path / f"results.{record_format.value}"
    settings = BatchSettings(record_format=record_format, row_options=RowOptions(lang="en"))
    with score_file(QUESTIONNAIRE, str(source), folder=tmp_path, settings=settings) as run, path.open("wb") as out:
        run.write_results(out)
    return path


def test_a_field_declared_once_appears_in_every_results_format_and_reads_back(tmp_path, extended):
    source = export(tmp_path)
    header = result_columns(DOMAINS)
    assert header[-1] == "tier" and {"spread_a", "spread_b"} <= set(header)
    jsonl = [json.loads(line) for line in written(tmp_path, source, RecordFormat.JSONL).read_text().splitlines()]
    assert {record["tier"] for record in jsonl} == {"gold", None}
    assert all("spread" in domain for record in jsonl for domain in record["domains"].values())
    assert json.loads(written(tmp_path, source, RecordFormat.JSON).read_text()) == jsonl
    csv_path = written(tmp_path, source, RecordFormat.CSV)
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(text))) == header
    # the column-wise lines hold the new columns exactly as the record writer does
    assert text.split("\r\n")[1:-1] == [record_csv_line(record, DOMAINS).removesuffix("\r\n") for record in jsonl]
    xlsx_path = written(tmp_path, source, RecordFormat.XLSX)
    for path in (csv_path, xlsx_path, tmp_path / "results.jsonl", tmp_path / "results.json"):
        read = from_file(path, QUESTIONNAIRE).records
        assert [record["tier"] for record in read] == [record["tier"] for record in jsonl], path.suffix
        assert [[domain["spread"] for domain in record["domains"].values()] for record in read] == [
            [domain["spread"] for domain in record["domains"].values()] for record in jsonl
        ], path.suffix


def test_a_warning_the_row_predicate_adds_reaches_the_column_wise_lines_too(tmp_path, monkeypatch):
    """One predicate decides which rows need a warning of their own: the fast path cannot miss one."""
    own = RowScorer.row_warnings

    def with_note(self, line, role_warning, time_warning, name, parts):
        return [*own(self, line, role_warning, time_warning, name, parts), f"note {line}"]

    monkeypatch.setattr(RowScorer, "row_warnings", with_note)
    rows = list(
        csv.DictReader(io.StringIO(written(tmp_path, export(tmp_path), RecordFormat.CSV).read_text("utf-8-sig")))
    )
    assert rows and all(row["warnings"].endswith(f"note {number}") for number, row in enumerate(rows, 2))


@pytest.mark.parametrize("record_format", list(RecordFormat), ids=lambda found: found.value)
def test_every_results_file_names_the_questionnaire_that_scored_it(tmp_path, record_format):
    path = written(tmp_path, export(tmp_path, 3), record_format)
    data = from_file(path, QUESTIONNAIRE)
    assert [record["instrument"] for record in data.records] == [instrument_of(QUESTIONNAIRE)] * 3
    assert data.notes == []


def test_the_results_csv_keeps_the_instrument_in_columns_excel_reads_as_text(tmp_path):
    text = written(tmp_path, export(tmp_path, 1), RecordFormat.CSV).read_text(encoding="utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["instrument_id"], row["instrument_version"]) == (QUESTIONNAIRE.id, QUESTIONNAIRE.version)
    assert re.fullmatch(r"[0-9a-f]{64}", row["instrument_hash"])


def cli(*args: str, db: Path):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), *args])


@pytest.fixture
def newer(tmp_path):
    """The minimal questionnaire in a later version: one course is longer."""
    path, _ = variant(tmp_path, [('version = "1"', 'version = "2"'), ("hours = 8", "hours = 9")], "newer.toml")
    return path


def test_report_from_a_file_of_another_version_warns_naming_both_and_what_was_recomputed(tmp_path, newer):
    results = written(tmp_path, export(tmp_path), RecordFormat.CSV)
    db = tmp_path / "none.db"
    same = cli("report", "--from", str(results), "-q", str(MINIMAL), db=db)
    assert same.exit_code == ExitCode.OK and "scored with" not in same.stderr
    result = cli("report", "--from", str(results), "-q", str(newer), db=db)
    assert result.exit_code == ExitCode.OK
    message = " ".join(result.stderr.split())
    assert f"was scored with uji 1 ({QUESTIONNAIRE.content_hash[:12]})" in message
    assert "the questionnaire in use is uji 2" in message
    assert "course titles, JP and classes come from the questionnaire in use" in message
    assert "gaps per area are recomputed" not in message
    planned = cli("plan", "--from", str(results), "-q", str(newer), db=db)
    assert planned.exit_code == ExitCode.OK and "was scored with uji 1" in " ".join(planned.stderr.split())


def older_csv(tmp_path: Path) -> Path:
    """A results CSV as written before results files held the instrument and each area's parts."""
    rows = list(csv.reader(io.StringIO(written(tmp_path, export(tmp_path), RecordFormat.CSV).read_text("utf-8-sig"))))
    kept = [index for index, name in enumerate(rows[0]) if not name.startswith(("instrument_", "required_", "gap_"))]
    path = tmp_path / "older.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([[row[index] for index in kept] for row in rows])
    return path


def test_an_older_file_without_the_instrument_is_read_as_before_with_a_note(tmp_path, newer):
    path = older_csv(tmp_path)
    data = from_file(path, QUESTIONNAIRE)
    assert {record["instrument"] for record in data.records} == {None}
    assert [key for key, _ in data.notes] == ["results_no_instrument"]
    with_gaps = from_file(tmp_path / "results.csv", QUESTIONNAIRE).records
    assert [record["domains"] for record in data.records] == [record["domains"] for record in with_gaps]
    result = cli("report", "--from", str(path), "-q", str(newer), db=tmp_path / "none.db")
    assert result.exit_code == ExitCode.OK
    assert "does not say which questionnaire version scored it" in " ".join(result.stderr.split())


def test_a_round_scored_with_another_version_is_named_when_reporting_from_the_store(tmp_path, newer):
    db = tmp_path / "store.db"
    stored = cli("score", str(export(tmp_path)), "-q", str(MINIMAL), "--store", "--round", "r1", "-o",
                 str(tmp_path / "r.csv"), db=db)  # fmt: skip
    assert stored.exit_code == ExitCode.OK, stored.stderr
    assert "scored with" not in cli("report", "-q", str(MINIMAL), db=db).stderr
    result = cli("report", "-q", str(newer), db=db)
    assert result.exit_code == ExitCode.OK
    assert "round r1 was scored with uji version 1, the questionnaire in use is version 2" in " ".join(
        result.stderr.split()
    )


def test_completing_a_record_reads_the_declaration_once_not_per_record(monkeypatch):
    """Reading the declaration (typing's get_type_hints) costs about 0.4 ms; done six times for each record it
    took 25 of the 27 seconds of any report on a round of 10,000 people."""
    columns.completed({"domains": {"a": {}}})
    calls = []
    hints = columns.get_type_hints

    def counted(*args, **kwargs):
        calls.append(args)
        return hints(*args, **kwargs)

    monkeypatch.setattr(columns, "get_type_hints", counted)
    for _ in range(100):
        record = columns.completed({"domains": {"a": {}, "b": {}}})
    assert calls == []
    assert record["to_confirm"] == [] and record["domains"]["b"]["se"] is None
