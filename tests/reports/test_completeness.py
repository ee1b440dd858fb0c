"""Incomplete results are said first in every report and plan, and an unscored critical area never reads as
meeting the role's requirements."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports.aggregate import completeness
from asn_skills.reports.records import from_file
from asn_skills.synthetic.exports import Style, write_sample

MAIN = load_questionnaire("kompetensi-digital-asn")
CRITICAL = next(domain for domain in MAIN.domains if domain.critical)
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["--lang", "id", *args], env={"COLUMNS": "120"})


@pytest.fixture(scope="module")
def without_critical(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Results of 30 people from an export that lost every question of the critical area."""
    folder = tmp_path_factory.mktemp("incomplete")
    buffer = io.StringIO(newline="")
    write_sample(buffer, MAIN, Style.EXCEL_ID, 30, 3)
    rows = list(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";"))
    dropped = {question.id for question in MAIN.questions if question.domain == CRITICAL.id}
    keep = [index for index, header in enumerate(rows[0]) if header not in dropped]
    export = folder / "jawaban.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([[row[i] for i in keep] for row in rows])
    results = folder / "hasil.jsonl"
    scored = run("score", str(export), "--format", "jsonl", "-o", str(results), "--allow-missing", "-Q")
    assert scored.exit_code == ExitCode.OK, scored.stderr
    return results


def test_completeness_counts_incomplete_results_and_the_areas_they_miss(without_critical):
    records = from_file(without_critical, MAIN).records
    found = completeness(MAIN, records)
    assert (found.total, found.incomplete, found.critical_missing) == (30, 30, 30)
    assert found.missing == {CRITICAL.id: 30}


@pytest.mark.parametrize("command", [["report"], ["plan"], ["report", "--units"], ["report", "--flagged"]])
def test_reports_and_the_plan_say_it_first(without_critical, command):
    shown = run(*command, "--from", str(without_critical)).stdout
    lines = [line for line in shown.splitlines() if line.strip()]
    heading = next(index for index, line in enumerate(lines) if not line.startswith(("Lampiran", "Nomor", "Tanggal")))
    assert lines[heading + 1].startswith("Perhatian: 30 dari 30 hasil tidak lengkap"), lines[: heading + 3]
    assert f"{MAIN.text(CRITICAL.name, 'id')} (30)" in " ".join(shown.split())


@pytest.mark.parametrize(("suffix", "marker"), [(".html", 'class="warning"'), (".md", "> **Perhatian: 30 dari 30")])
def test_files_carry_the_warning_too(without_critical, tmp_path, suffix, marker):
    out = tmp_path / f"laporan{suffix}"
    assert run("report", "--from", str(without_critical), "-o", str(out)).exit_code == ExitCode.OK
    assert marker in out.read_text(encoding="utf-8")


def test_a_person_without_the_critical_area_never_reads_as_meeting_the_role(without_critical):
    nip = json.loads(without_critical.read_text(encoding="utf-8").splitlines()[0])["nip"]
    shown = " ".join(run("report", "--from", str(without_critical), "--nip", nip).stdout.split())
    assert "Memenuhi Syarat" not in shown and "sudah memenuhi syarat jabatan" not in shown
    assert f"ranah wajib {MAIN.text(CRITICAL.name, 'id')} tidak dinilai" in shown
    assert "Hasil tidak lengkap" in shown


def test_complete_results_carry_no_warning(tmp_path):
    export = tmp_path / "jawaban.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, MAIN, Style.GOOGLE, 20, 4)
    results = tmp_path / "hasil.jsonl"
    assert run("score", str(export), "--format", "jsonl", "-o", str(results), "-Q").exit_code == ExitCode.OK
    assert "Perhatian" not in run("report", "--from", str(results)).stdout
