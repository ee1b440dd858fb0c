"""No control character from data reaches a terminal: names, units, roles, headers, cells and
questionnaire texts are shown escaped in every command; Markdown escapes HTML and link syntax."""

from __future__ import annotations

import io
import os
import re
import sys

import pytest
from rich.console import Console
from support import MINIMAL, variant
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.cli.interview import Prompts
from asn_skills.questionnaire.load import load_file
from asn_skills.render.document import Document, Section, document_markdown
from asn_skills.render.visible import visible

runner = CliRunner()
NIP = "198609262015051001"
HOSTILE_NAME = "\x1b]0;owned\x07Sari\x1b[2J\x9b31m"
HOSTILE_UNIT = "Unit\x1b[5m\u202eX"
HEADER = "NIP,Nama,Unit Kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3,Catatan\x1b[8m"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def assert_escaped(text: str) -> None:
    assert not RAW_CONTROL.search(text), repr(text)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("escapes")
    path = folder / "export.csv"
    rows = [HEADER, f"{NIP},{HOSTILE_NAME},{HOSTILE_UNIT},boss\x1b[5m,0,0,b,c,1,5,1,x\x07"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = folder / "s.db"
    result = runner.invoke(
        app, ["--db", str(db), "score", str(path), "-q", str(MINIMAL), "-o", str(folder / "r.csv"), "--store"]
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    return folder, db, path


@pytest.mark.parametrize(
    "command",
    [
        ["report", "--flagged"],
        ["report", "--nip", NIP],
        ["report", "--units"],
        ["plan", "--employees"],
        ["report", "--flagged", "--format", "markdown"],
        ["plan", "--format", "markdown"],
    ],
    ids=" ".join,
)
def test_hostile_names_and_units_are_escaped_in_reports(store, command):
    _, db, _ = store
    result = runner.invoke(app, ["--db", str(db), *command, "-q", str(MINIMAL)], env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_escaped(result.stdout)
    assert "\\x1b" in result.stdout


def test_hostile_name_is_escaped_in_history(store):
    _, db, _ = store
    result = runner.invoke(app, ["--db", str(db), "history", NIP], env={"COLUMNS": "200"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_escaped(result.stdout)
    assert "\\x1b]0;owned\\x07Sari" in result.stdout


def test_hostile_headers_roles_and_cells_are_escaped_in_score_check(store):
    _, _, path = store
    result = runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--check"])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_escaped(result.stdout + result.stderr)
    assert "Catatan\\x1b[8m" in result.stdout and "boss\\x1b[5m" in result.stdout


def test_hostile_role_in_a_warning_is_escaped_on_stderr(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f"NIP,Nama,Jabatan,A1\n{NIP},Sari,boss\x1b]0;x\x07,2\n", encoding="utf-8")
    result = runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--allow-missing"])
    assert_escaped(result.stderr)


def test_hostile_questionnaire_texts_are_escaped_in_show_and_list(tmp_path):
    path, _ = variant(tmp_path, [('en = "Domain A"', 'en = "Domain \\u001b]0;owned\\u0007A\\u009b2J"')])
    shown = runner.invoke(app, ["--lang", "en", "questionnaires", "show", str(path)], env={"COLUMNS": "200"})
    assert shown.exit_code == ExitCode.OK, shown.stderr
    assert_escaped(shown.stdout)
    assert "Domain \\x1b]0;owned\\x07A\\x9b2J" in shown.stdout
    listed = runner.invoke(app, ["--lang", "en", "questionnaires", "list"], env={"COLUMNS": "200"})
    assert_escaped(listed.stdout)


def test_hostile_questionnaire_texts_are_escaped_in_the_interview(tmp_path):
    hostile = [('id = "Butir A1"', 'id = "Butir \\u001b[2JA1"'), ('id = "Belum"', 'id = "\\u009b5mB"')]
    path, _ = variant(tmp_path, hostile)
    questionnaire = load_file(path)
    buffer = io.StringIO()
    prompts = Prompts(questionnaire, "id", Console(file=buffer, color_system=None, width=100), lambda _: "")
    prompts.show(questionnaire.questions[0], 0, None)
    assert_escaped(buffer.getvalue())
    assert "Butir \\x1b[2JA1" in buffer.getvalue() and "\\x9b5mB" in buffer.getvalue()


def test_visible_keeps_tabs_line_feeds_and_ordinary_text():
    assert visible("Sari\tUnit\nBaris é ✓") == "Sari\tUnit\nBaris é ✓"
    assert visible("\x1b[31m\r\x9b\x00") == "\\x1b[31m\\x0d\\x9b\\x00"


def test_every_bidirectional_control_is_shown_escaped():
    """Unicode's Bidi_Control characters each reorder what follows; the Arabic letter mark (U+061C) is one."""
    controls = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert visible(f"a{controls}b") == "a" + "".join(f"\\u{ord(char):04x}" for char in controls) + "b"


def test_markdown_escapes_html_links_and_table_breaks():
    hostile = "<img src=x onerror=alert(1)> [klik](http://jahat.example) a|b & c"
    page = document_markdown(Document("Judul", [Section("T", ["Nama"], [[hostile]])]))
    row = page.splitlines()[-1]
    assert "<img" not in row and "&lt;img src=x onerror=alert(1)&gt;" in row
    assert "\\[klik\\](http://jahat.example)" in row
    assert "a\\|b &amp; c" in row


@pytest.mark.parametrize("record_format", ["csv", "json"])
def test_results_printed_to_a_terminal_show_control_characters_escaped(store, record_format):
    pexpect = pytest.importorskip("pexpect")
    _, _, path = store
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "ASN_SKILLS_LANG": "en"}
    args = ["-m", "asn_skills", "-Q", "score", str(path), "-q", str(MINIMAL), "--format", record_format]
    child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=30)
    child.expect(pexpect.EOF)
    shown = child.before
    escaped_by = {"csv": "\\x1b]0;owned\\x07Sari", "json": "\\u001b]0;owned\\u0007Sari"}
    assert escaped_by[record_format] in shown and "\\x9b31m" in shown
    assert "\x1b]0;owned" not in shown and "\x9b" not in shown and "\x07" not in shown


def test_a_line_separator_in_a_name_keeps_a_markdown_table_row_on_one_line():
    from asn_skills.render.document import Document, Section, document_markdown

    page = document_markdown(Document("T", [Section("U", ["Nama", "Unit"], [["Sri\u2028Wahyuni", "A\u2029B"]])]))
    row = next(line for line in page.splitlines() if "Sri" in line)
    assert "\\u2028" in row and "\\u2029" in row and row.count("|") == 3
