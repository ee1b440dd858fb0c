"""`report` and `plan` on a store filled by `score --store` and on results files."""

from __future__ import annotations

import csv
import json
import re

import pytest
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.json_data import plain
from asn_skills.reports import aggregate
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.records import from_store
from asn_skills.reports.schedule import budget_year, scheduled
from asn_skills.store.store import Store
from asn_skills.synthetic.exports import Style, write_sample

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
VIEWS = [[], ["--units"], ["--flagged"], ["--items"], ["--compare", "2025", "2026"]]
FORMATS = ["terminal", "markdown", "html", "json", "csv"]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A store with rounds 2025 and 2026 of the same 150 people, and the 2026 results as files."""
    folder = tmp_path_factory.mktemp("reports")
    db = folder / "store.db"
    for round_name, seed in (("2025", 5), ("2026", 5)):
        export = folder / f"export-{round_name}.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            # 2026 is answered a year after 2025 (drift 0: the same abilities, a year later)
            drift = None if round_name == "2025" else 0.0
            write_sample(handle, MAIN, Style.KOBO, 150, seed if round_name == "2025" else 6, drift=drift)
        for suffix, extra in (
            (".jsonl", ["--format", "jsonl"]),
            (".csv", []),
            (".json", ["--format", "json"]),
            (".xlsx", ["--format", "xlsx"]),
        ):
            result = runner.invoke(
                app,
                [
                    "--db",
                    str(db),
                    "score",
                    str(export),
                    "-o",
                    str(folder / f"{round_name}{suffix}"),
                    *extra,
                    *(["--store", "--round", round_name] if suffix == ".csv" else []),
                ],
            )
            assert result.exit_code == ExitCode.OK, result.stderr
    with Store.open(db) as store:
        people = [(record["nip"], record["name"]) for record in from_store(store, MAIN, "2026").records]
    return folder, db, people


def run(db, *args):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), *args], env={"COLUMNS": "100"})


@pytest.mark.parametrize("view", VIEWS, ids=lambda view: " ".join(view) or "organisation")
@pytest.mark.parametrize("output_format", FORMATS)
def test_every_view_renders_in_every_format(filled, view, output_format):
    _, db, _ = filled
    result = run(db, "report", *view, "--format", output_format)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout.strip()
    if output_format == "json":
        json.loads(result.stdout)
    if output_format in ("terminal", "markdown", "html"):
        assert "recommendation for a person to review" in result.stdout


@pytest.mark.parametrize("output_format", FORMATS)
def test_personal_report_and_plan_render_in_every_format(filled, output_format):
    _, db, people = filled
    person = run(db, "report", "--nip", people[0][0], "--format", output_format)
    assert person.exit_code == ExitCode.OK, person.stderr
    plan = run(db, "plan", "--format", output_format)
    assert plan.exit_code == ExitCode.OK and plan.stdout.strip()


@pytest.mark.parametrize("command", [["report"], ["report", "--units"], ["report", "--flagged"], ["plan"]])
def test_html_is_self_contained(filled, command):
    _, db, _ = filled
    page = run(db, *command, "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>")
    if command == ["report"]:
        assert "<svg" in page
    assert not re.search(
        r"(?i)(https?:|//[a-z]|<script|@import|url\((?!#)|<link|src=)",
        page.replace('xmlns="http://www.w3.org/2000/svg"', ""),
    )


@pytest.mark.parametrize(
    "command",
    [["report"], ["report", "--units"], ["report", "--flagged"], ["plan"], ["report", "--compare", "2025", "2026"]],
)
@pytest.mark.parametrize("output_format", ["terminal", "markdown", "html", "json", "csv"])
def test_pseudonymised_outputs_hold_no_nip_or_name(filled, command, output_format):
    _, db, people = filled
    text = run(db, *command, "--format", output_format, "--pseudonymize", "kunci-rahasia-dinas").stdout
    for nip, name in people[:60]:
        assert nip not in text and (name is None or name not in text), (nip, name)


def test_pseudonymised_person_report_is_found_by_the_real_nip(filled):
    _, db, people = filled
    result = run(db, "report", "--nip", people[0][0], "--format", "json", "--pseudonymize", "kunci-uji-enam-belas")
    record = json.loads(result.stdout)
    assert record["nip"].startswith("P-") and record["name"] == record["nip"]


def test_score_pseudonymises_results_and_rejects(tmp_path):
    export = tmp_path / "bad.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        injected = write_sample(handle, MAIN, Style.GOOGLE, 80, 3, 0.2)
    assert injected
    result = runner.invoke(
        app, ["score", str(export), "-o", str(tmp_path / "r.csv"), "--pseudonymize", "kunci-uji-enam-belas"]
    )
    assert result.exit_code == ExitCode.REJECTED
    raw = export.read_text(encoding="utf-8")
    nips = set(re.findall(r"\b(?:19|20)\d{16}\b", raw))
    written = (tmp_path / "r.csv").read_text(encoding="utf-8") + (tmp_path / "r.rejects.csv").read_text(
        encoding="utf-8"
    )
    assert nips and not any(nip in written for nip in nips)
    assert "Nama Lengkap" in written  # the original header is kept, the cells are not


def test_report_json_equals_the_library(filled):
    _, db, _ = filled
    with Store.open(db) as store:
        data = from_store(store, MAIN, None)
    assert data.name == "2026"
    organisation = json.loads(run(db, "report", "--format", "json").stdout)
    assert organisation == plain(aggregate.organisation(MAIN, data.records, "2026"))
    plan = json.loads(run(db, "plan", "--format", "json").stdout)
    expected = scheduled(MAIN, training_plan(MAIN, data.records), PlanSettings(), budget_year(data.records))
    assert plan == plain(expected)
    units = json.loads(run(db, "report", "--units", "--format", "json").stdout)
    assert units["units"] == plain(aggregate.units(MAIN, data.records))


def test_results_files_give_the_same_figures(filled):
    folder, db, _ = filled
    from_store_json = json.loads(run(db, "report", "--format", "json").stdout)
    for suffix in (".jsonl", ".json", ".csv", ".xlsx"):
        result = run(db, "report", "--from", str(folder / f"2026{suffix}"), "--format", "json")
        assert result.exit_code == ExitCode.OK, result.stderr
        figures = json.loads(result.stdout)
        assert (figures["n"], figures["flagged"]) == (from_store_json["n"], from_store_json["flagged"])
        for key, value in figures["domains"].items():
            assert (value["mean"], value["levels"]) == (
                from_store_json["domains"][key]["mean"],
                from_store_json["domains"][key]["levels"],
            )


def test_a_results_workbook_gives_the_same_plan_and_people_as_the_csv(filled):
    folder, db, _ = filled
    for command in (["plan"], ["report", "--flagged"]):
        from_csv = run(db, *command, "--from", str(folder / "2026.csv"), "--format", "json")
        from_workbook = run(db, *command, "--from", str(folder / "2026.xlsx"), "--format", "json")
        assert from_workbook.exit_code == ExitCode.OK, from_workbook.stderr
        assert json.loads(from_workbook.stdout) == json.loads(without_zone(from_csv.stdout))


def without_zone(text: str) -> str:
    """A workbook keeps the clock time of a submission, not its zone."""
    return re.sub(r'("submitted_at": "[^"]+?)(Z|[+-]\d\d:\d\d)"', r'\1"', text)


def test_a_workbook_that_is_not_a_results_file_is_named(filled, tmp_path):
    folder, db, _ = filled
    export = tmp_path / "jawaban.xlsx"
    export.write_bytes(runner.invoke(app, ["sample", "--style", "xlsx", "--rows", "5", "-o", "-"]).stdout_bytes)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes((folder / "2026.xlsx").read_bytes()[:500])
    for path in (export, broken):
        result = run(db, "report", "--from", str(path), "-q", "kompetensi-digital-asn")
        assert result.exit_code == ExitCode.ERROR
        assert f"{path}" in result.stderr and "Traceback" not in result.stderr


def test_filters_and_round_selection(filled):
    _, db, _ = filled
    unit = "Dinas Kesehatan"
    figures = json.loads(run(db, "report", "--unit", unit, "--round", "2025", "--format", "json").stdout)
    assert figures["round"] == "2025" and [entry["unit"] for entry in figures["units"]] == [unit]
    staff = json.loads(run(db, "report", "--flagged", "--role", "pranata komputer", "--format", "json").stdout)
    assert staff and {record["role"] for record in staff} == {"pranata-komputer"}
    assert run(db, "report", "--round", "1999").exit_code == ExitCode.ERROR
    assert "no results for the unit `Nowhere`" in run(db, "report", "--unit", "Nowhere").stderr
    typo = run(db, "report", "--unit", "Dinas Kesehatn").stderr
    assert "did you mean: `Dinas Kesehatan`?" in typo.splitlines()[-1]
    assert "did you mean: `pranata-komputer`?" in run(db, "report", "--role", "pranata-komputr").stderr


def test_compare_json_shape(filled):
    _, db, _ = filled
    comparison = json.loads(run(db, "report", "--compare", "2025", "2026", "--format", "json").stdout)
    assert comparison["rounds"] == ["2025", "2026"]
    assert comparison["in_both"] == 0  # different people in the two samples


def test_items_need_the_store(filled):
    folder, db, _ = filled
    stats = json.loads(run(db, "report", "--items", "--format", "json").stdout)
    assert set(stats) == {"domains", "items", "analysis"} and len(stats["items"]) == len(MAIN.questions)
    assert all(0.0 <= (value["alpha"] or 0.0) <= 1.0 for value in stats["domains"].values())
    result = run(db, "report", "--items", "--from", str(folder / "2026.jsonl"))
    assert result.exit_code == ExitCode.ERROR and "--items needs" in result.stderr


def test_one_view_at_a_time_and_unknown_nip(filled):
    _, db, _ = filled
    assert run(db, "report", "--units", "--flagged").exit_code == ExitCode.USAGE
    result = run(db, "report", "--nip", "199001012020011001")
    assert result.exit_code == ExitCode.ERROR and "not in round 2026" in result.stderr


def test_empty_store_is_a_clear_error(tmp_path):
    result = run(tmp_path / "empty.db", "report")
    assert result.exit_code == ExitCode.ERROR and "score --store" in result.stderr


def test_report_to_a_file_is_written_atomically(filled, tmp_path):
    _, db, _ = filled
    target = tmp_path / "report.html"
    assert run(db, "report", "--format", "html", "-o", str(target)).exit_code == ExitCode.OK
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [path.name for path in tmp_path.iterdir()] == ["report.html"]


def test_a_low_priority_person_sees_suggestions_not_a_flag(minimal):
    from asn_skills import score_answers
    from asn_skills.render.document import document_markdown
    from asn_skills.reports.views.person import person_document
    from asn_skills.scoring.result import as_record

    # a = 100 (level 3), b = 50 (level 2) for "ahli" (3, 3): JPM 83.3 meets, one level short -> low
    answers = {"A1": 3, "A2": 3, "A3": "a", "A4": ["a", "b"], "B1": 3, "B2": 5, "B3": 2}
    point = minimal.model_copy(update={"policy": minimal.policy.model_copy(update={"confirm_margin": 0})})
    record = as_record(score_answers(point, answers, role="ahli"))
    assert (record["needs_training"], record["priority"]) == (False, "low")
    text = document_markdown(person_document(point, record, "en"))
    assert "Development suggestions for this year" in text and "not a training flag" in text
    assert "Courses recommended" not in text


def test_csv_of_a_group_too_small_for_statistics_is_an_error_not_an_empty_file(filled, tmp_path):
    folder, _, _ = filled
    three = tmp_path / "three.jsonl"
    lines = (folder / "2026.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    three.write_text("".join(lines[:3]), encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, ["--lang", "en", "report", "--from", str(three), "--format", "csv", "-o", str(output)])
    assert result.exit_code == ExitCode.ERROR
    assert "no table for CSV" in result.stderr
    assert not output.exists()


def test_every_column_of_the_item_table_has_a_heading(filled):
    """A spreadsheet column without a heading has a filter button over nothing and sorts as no one expects."""
    _, db, _ = filled
    header = run(db, "report", "--items", "--format", "csv").stdout.lstrip("\ufeff").splitlines()[0].split(",")
    assert "" not in header and "Flag" in header, header


def test_every_results_file_carries_the_over_estimation_judgement_so_its_count_matches_the_store(filled):
    folder, db, _ = filled
    from_store = json.loads(run(db, "report", "--format", "json").stdout)["overestimates"]
    assert from_store
    for suffix in (".jsonl", ".csv", ".xlsx"):
        figures = json.loads(run(db, "report", "--from", str(folder / f"2026{suffix}"), "--format", "json").stdout)
        assert figures["overestimates"] == from_store, suffix


def test_an_older_results_csv_without_the_judgement_reports_overestimates_as_unknown_not_zero(filled):
    """A CSV written before results files held it: "0 rate themselves too high" would be false."""
    folder, db, _ = filled
    older = folder / "older.csv"
    with (folder / "2026.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    kept = ("nip", "name", "unit", "role", "submitted", "score", "level", "overall", "jpm", "match", "needs",
            "priority", "trainings", "deferred", "incomplete", "warnings")  # fmt: skip
    keep = [i for i, name in enumerate(rows[0]) if name.split("_")[0] in kept]
    with older.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[row[i] for i in keep] for row in rows])
    figures = json.loads(run(db, "report", "--from", str(older), "--format", "json").stdout)
    assert figures["overestimates"] is None
    terminal = run(db, "report", "--from", str(older)).stdout
    assert "unknown, as these results were written by an older version" in " ".join(terminal.split())
    assert "unknown, as these results" not in run(db, "report").stdout


@pytest.mark.parametrize(
    ("name", "content", "indonesian"),
    [
        ("hasil.json", b'{"nip": "1"}', "isinya bukan daftar hasil penilaian"),
        ("hasil.json", b"[" * 100_000 + b"]" * 100_000, "datanya bersarang terlalu dalam"),
        (
            "hasil.csv",
            "nip,name,unit\n1,Andi Pratama,Dinas Perhubungan dan Pariwisata\u00e9\n".encode("cp1252"),
            "bukan UTF-8",
        ),
    ],
)
def test_a_file_that_is_not_a_results_file_is_told_in_indonesian(filled, tmp_path, name, content, indonesian):
    """Before, the reason was English inside the Indonesian message: "(not a list of result records)"."""
    _, db, _ = filled
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["--lang", "id", "--db", str(db), "report", "--from", str(path)])
    assert result.exit_code == ExitCode.ERROR
    assert indonesian in result.stderr and str(path) in result.stderr and "Traceback" not in result.stderr
    assert not re.search(r"\b(not|list|nested|records)\b", result.stderr)


def test_a_workbook_without_a_nip_header_row_is_told_in_indonesian(filled, tmp_path):
    _, db, _ = filled
    export = tmp_path / "jawaban.xlsx"
    export.write_bytes(runner.invoke(app, ["sample", "--style", "xlsx", "--rows", "5", "-o", "-"]).stdout_bytes)
    result = runner.invoke(app, ["--lang", "id", "--db", str(db), "report", "--from", str(export)])
    assert result.exit_code == ExitCode.ERROR
    assert "tidak ada baris judul kolom yang diawali `nip` di 5 baris pertama" in result.stderr
