"""The command line: help everywhere, exit codes by name, data on stdout and messages on stderr."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from support import MINIMAL, variant
from typer.main import get_command
from typer.testing import CliRunner

from asn_skills import ExitCode, __version__, load_questionnaire, score_answers
from asn_skills.cli.app import app
from asn_skills.questionnaire import bundled
from asn_skills.synthetic.people import generate_people

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env={"ASN_SKILLS_LANG": "id", **(env or {})})


def command_paths(command=None, prefix=()):
    """Every command path, the lazily loaded commands included (`commands` holds only those already loaded)."""
    command = command or get_command(app)
    yield prefix
    if hasattr(command, "list_commands"):
        for name in command.list_commands(None):
            yield from command_paths(command.get_command(None, name), prefix + (name,))


@pytest.mark.parametrize("path", list(command_paths()), ids=lambda path: " ".join(path) or "asn-skills")
def test_every_command_has_help_with_an_example(path):
    result = run(*path, "--help")
    assert result.exit_code == ExitCode.OK
    assert "Contoh: asn-skills" in result.stdout


def test_help_follows_lang_option():
    result = subprocess.run(
        [sys.executable, "-m", "asn_skills", "--lang", "en", "questionnaires", "show", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "ASN_SKILLS_LANG": "id", "COLUMNS": "100"},
    )
    assert result.returncode == ExitCode.OK
    assert "Example: asn-skills questionnaires show" in result.stdout


def test_version():
    result = run("--version")
    assert result.exit_code == ExitCode.OK
    assert result.stdout.strip() == f"asn-skills {__version__}"


def test_list_shows_every_bundled_instrument_as_json():
    result = run("questionnaires", "list", "--format", "json")
    assert result.exit_code == ExitCode.OK
    listed = {entry["id"]: entry["items"] for entry in json.loads(result.stdout)}
    assert listed == {name: len(load_questionnaire(name).questions) for name in bundled.ids()}


def test_list_includes_given_files_and_marks_invalid_ones(tmp_path):
    broken, _ = variant(tmp_path, [("hours = 8", "hours = 0")], name="broken.toml")
    result = run("questionnaires", "list", str(MINIMAL), str(broken), "--format", "json")
    entries = {entry["id"]: entry for entry in json.loads(result.stdout)}
    assert entries["uji"]["items"] == 7
    assert entries["broken"]["problems"] == 1
    # a file that loads says what it holds; one that does not, only how many problems it has
    assert list(entries["uji"]) == ["id", "version", "title", "items", "languages", "source"]
    assert list(entries["broken"]) == ["id", "source", "problems"]


def test_list_terminal_output_has_no_colour_codes_when_not_a_terminal():
    result = run("questionnaires", "list")
    assert "kompetensi-digital-asn" in result.stdout
    assert "\x1b[" not in result.stdout


def test_show_json_equals_the_library():
    result = run("questionnaires", "show", "kompetensi-digital-asn", "--format", "json")
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout) == load_questionnaire("kompetensi-digital-asn").model_dump(mode="json")
    assert result.stderr == ""


def test_show_markdown_lists_roles_and_catalogue():
    result = run("--lang", "en", "questionnaires", "show", str(MINIMAL), "--format", "markdown")
    assert result.exit_code == ExitCode.OK
    assert "## Roles and required levels" in result.stdout
    assert "| IT expert (ahli) | 3 Advanced | 3 Advanced |" in result.stdout
    assert "| b-2 | Course B2 - BSSN | b | 1, 2 | 6 | e-learning |" in result.stdout


def test_show_terminal_in_indonesian():
    result = run("questionnaires", "show", "literasi-digital")
    assert result.exit_code == ExitCode.OK
    assert "Katalog pelatihan" in result.stdout and "lit-aman-digital" in result.stdout


def test_show_lists_each_option_with_the_number_assess_shows_and_the_value_exports_hold():
    result = run("questionnaires", "show", "kompetensi-digital-asn", "--format", "markdown")
    assert result.exit_code == ExitCode.OK
    row = next(line for line in result.stdout.splitlines() if line.startswith("| INF01 "))
    assert "1 (0, A1) Saya belum bisa" in row and "4 (3, A4)" in row
    page = run("questionnaires", "show", "kompetensi-digital-asn", "--format", "html").stdout
    assert "<li>1 (0, A1) Saya belum bisa melakukannya</li>" in page


def test_unknown_questionnaire_is_one_line_on_stderr_with_exit_error():
    result = run("questionnaires", "show", "tidak-ada")
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Kesalahan: kuesioner `tidak-ada` tidak ditemukan")
    assert "Traceback" not in result.stderr


def test_debug_lets_the_exception_through():
    result = run("--debug", "questionnaires", "show", "tidak-ada")
    assert result.exit_code != ExitCode.OK
    assert type(result.exception).__name__ == "AsnSkillsError"


def test_unexpected_failure_is_a_message_not_a_traceback(monkeypatch):
    from asn_skills.cli import questionnaires

    def explode(_):
        raise RuntimeError("boom")

    monkeypatch.setattr(questionnaires, "load_questionnaire", explode)
    result = run("questionnaires", "show", "x")
    assert result.exit_code == ExitCode.ERROR
    assert "Kesalahan internal (RuntimeError)" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_with_usage():
    assert run("demo", "--people", "0").exit_code == ExitCode.USAGE
    assert run("questionnaires", "show", "x", "--format", "pdf").exit_code == ExitCode.USAGE


def test_validate_valid_files():
    result = run("--lang", "en", "questionnaires", "validate", str(MINIMAL), "literasi-digital")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert "2 file(s) checked: 2 valid" in result.stderr


def test_validate_prints_every_problem_on_stdout_and_exits_error(tmp_path):
    path, _ = variant(tmp_path, [("hours = 8", "hours = 0"), ("weight = 3.0", "wieght = 3.0")])
    result = run("--lang", "en", "questionnaires", "validate", str(path), str(MINIMAL))
    assert result.exit_code == ExitCode.ERROR
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{path}:") for line in lines)
    assert "2 file(s) checked: 1 valid, 1 with problems (2 problem(s))" in result.stderr


def test_validate_json(tmp_path):
    path, text = variant(tmp_path, [("hours = 8", "hours = 0")])
    result = run("questionnaires", "validate", str(path), "--format", "json")
    report = json.loads(result.stdout)
    assert report[0]["valid"] is False
    problem = report[0]["problems"][0]
    assert (problem["path"], problem["line"]) == ("trainings[0].hours", text.splitlines().index("hours = 0") + 1)


def test_quiet_silences_information_but_not_errors(tmp_path):
    assert run("--quiet", "questionnaires", "validate", str(MINIMAL)).stderr == ""
    path, _ = variant(tmp_path, [("hours = 8", "hours = 0")])
    assert "bermasalah" in run("--quiet", "questionnaires", "validate", str(path)).stderr


def test_demo_headline_equals_the_library():
    result = run("--lang", "en", "demo", "--people", "40", "--seed", "7", env={"COLUMNS": "120"})
    assert result.exit_code == ExitCode.OK, result.stderr
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    results = [score_answers(questionnaire, p.answers, role=p.role) for p in generate_people(questionnaire, 40, 7)]
    flagged = sum(r.needs_training for r in results)
    high = sum(r.priority.value == "high" for r in results)
    assert f"40 employees assessed · {flagged} need training ({high} high priority" in result.stdout
    assert "40 rows: 40 scored, 0 rejected" in result.stderr
    assert flagged > 10 and f"{flagged} employees need training" in result.stdout  # --top 10 lists only ten
    for part in ("Mean score per area", "Units x areas", "employees need training", "DEVELOPMENT PLAN"):
        assert part in result.stdout, part
    assert "recommendation for a person to review" in result.stdout


def test_demo_lists_staff_by_priority_then_lowest_match():
    result = run("--lang", "en", "demo", "--people", "60", "--top", "0", env={"COLUMNS": "120"})
    found = [re.search(r" (high|medium) +(\d+) ", line) for line in result.stdout.splitlines()]
    order = [({"high": 0, "medium": 1}[m.group(1)], int(m.group(2))) for m in found if m]
    assert len(order) > 10
    assert order == sorted(order)


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "asn_skills", "questionnaires", "show", "tidak-ada"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == ExitCode.ERROR
    assert "Traceback" not in result.stderr


# -- global options where people type them


def test_global_options_work_after_the_command(tmp_path):
    missing = tmp_path / "none.db"
    before = run("--lang", "en", "--db", str(missing), "report")
    after = run("report", "--db", str(missing), "--lang", "en")
    assert after.exit_code == before.exit_code == ExitCode.ERROR
    assert after.stderr == before.stderr and str(missing) in after.stderr and after.stderr.startswith("Error:")


def test_debug_after_the_command_lets_the_exception_through():
    result = run("questionnaires", "show", "tidak-ada", "--debug")
    assert type(result.exception).__name__ == "AsnSkillsError"


def test_quiet_after_the_command_silences_information(tmp_path):
    assert run("questionnaires", "validate", str(MINIMAL), "--quiet").stderr == ""
    export = tmp_path / "x.csv"
    assert run("sample", "-o", str(export), "--rows", "5", "--quiet").stderr == ""
    scored = run("score", str(export), "-o", str(tmp_path / "r.csv"), "--quiet")
    assert scored.exit_code == ExitCode.OK and scored.stderr == ""


def test_demo_quiet_prints_no_progress():
    result = run("demo", "--people", "20", "--quiet")
    assert result.exit_code == ExitCode.OK and result.stderr == "" and result.stdout


# -- Typer's own words in Indonesian


def test_unknown_option_is_an_indonesian_usage_error():
    result = run("report", "--bogus")
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert "Opsi tidak dikenal: --bogus" in result.stderr and "report [OPSI]" in result.stderr
    assert result.stderr.startswith("Penggunaan: ")
    assert "No such option" not in result.stderr and "Usage" not in result.stderr and "Error" not in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["history"], "Argumen 'NIP' belum diberikan."),
        (["report", "--format", "pdf"], "Nilai tidak sah untuk '--format': 'pdf' bukan salah satu dari 'terminal'"),
        (["report", "--db"], "Opsi '--db' memerlukan nilai."),
        (["nothing"], "Perintah 'nothing' tidak dikenal."),
        (["report", "--top", "-1"], "harus lebih besar dari atau sama dengan 0"),
        (["report", "--top", "x"], "harus bilangan bulat"),
        (["report", "--compare", "2025"], "Opsi '--compare' memerlukan 2 nilai."),
        (["demo", "x"], "Argumen berlebih: x"),
    ],
)
def test_usage_errors_are_in_indonesian(args, expected):
    result = run(*args, env={"COLUMNS": "250"})
    assert result.exit_code == ExitCode.USAGE
    assert expected in result.stderr and "Kesalahan" in result.stderr


@pytest.mark.parametrize("path", list(command_paths()), ids=lambda path: " ".join(path) or "asn-skills")
def test_help_has_indonesian_boilerplate_and_no_type_placeholders(path):
    text = run(*path, "--help", env={"COLUMNS": "250"}).stdout
    assert "Penggunaan:" in text and "Tampilkan bantuan ini lalu keluar." in text
    for english in ("Usage:", "Show this message and exit.", "[default:", "[required]"):
        assert english not in text
    assert not re.search(r"<[a-z\[\]|]+>|\bTEXT\b|\bINTEGER\b", text), text


def test_help_and_usage_errors_stay_english_with_lang_en():
    env = {**os.environ, "ASN_SKILLS_LANG": "id", "COLUMNS": "100"}
    help_text = subprocess.run(
        [sys.executable, "-m", "asn_skills", "report", "--help", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert "Usage:" in help_text and "Show this message and exit." in help_text
    error = subprocess.run(
        [sys.executable, "-m", "asn_skills", "--lang", "en", "report", "--bogus"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert error.returncode == ExitCode.USAGE and "No such option: --bogus" in error.stderr


@pytest.mark.parametrize("path", list(command_paths()), ids=lambda path: " ".join(path) or "asn-skills")
def test_usage_line_names_arguments_as_people_type_them_without_braces(path):
    lines = run(*path, "--help", env={"COLUMNS": "250"}).stdout.splitlines()
    usage = next(line for line in lines if "Penggunaan:" in line)
    assert "{" not in usage and "}" not in usage, usage


@pytest.mark.parametrize("command", ["show", "export"])
def test_usage_of_a_questionnaire_argument_says_it_takes_an_id_or_a_path(command):
    text = run("questionnaires", command, "--help", env={"COLUMNS": "250"}).stdout
    assert f"questionnaires {command} [OPSI] ID|PATH" in text


ENGLISH_PLACEHOLDERS = ("FILE", "NAME", "[KEY]", "ROUND", "OLD", "NEW", "SHEET", "INPUT", "ROUND_A")


@pytest.mark.parametrize("path", list(command_paths()), ids=lambda path: " ".join(path) or "asn-skills")
def test_indonesian_help_has_indonesian_placeholders(path):
    text = run(*path, "--help", env={"COLUMNS": "250"}).stdout
    placeholders = set(re.findall(r"(?<![\w-])\[?[A-Z][A-Z_]+\]?(?![\w-])", text))
    assert not placeholders & set(ENGLISH_PLACEHOLDERS), placeholders


def test_output_and_sheet_placeholders_say_what_they_take():
    score = run("score", "--help", env={"COLUMNS": "250"}).stdout
    assert re.search(r"--output\s+-o\s+BERKAS", score) and re.search(r"--sheet\s+NAMA", score)
    english = subprocess.run(
        [sys.executable, "-m", "asn_skills", "--lang", "en", "score", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "ASN_SKILLS_LANG": "id", "COLUMNS": "250"},
    ).stdout
    assert re.search(r"--output\s+-o\s+FILE", english) and re.search(r"--sheet\s+NAME", english)
    assert re.search(r"--pseudonymize\s+\[KEY\]", english)


def test_score_help_says_the_input_may_be_a_workbook():
    text = " ".join(run("score", "--help", env={"COLUMNS": "250"}).stdout.split())
    assert "MASUKAN Ekspor survei: berkas CSV atau .xlsx, atau - untuk membaca dari pipa." in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_value_outside_a_choice_names_the_choices_without_pydantic_words(lang):
    """The help language is chosen from the command line when the program starts: run it as a user does."""
    env = {**os.environ, "ASN_SKILLS_LANG": "id", "COLUMNS": "250"}
    result = subprocess.run(
        [sys.executable, "-m", "asn_skills", "--lang", lang, "report", "--format", "pdf"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == ExitCode.USAGE and result.stdout == ""
    assert "'pdf'" in result.stderr and "'terminal'" in result.stderr
    assert "Value error" not in result.stderr
