"""No personal data leaks into messages; user text is never run as markup or HTML."""

from __future__ import annotations

import json

from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
HEADER = "NIP,Nama,Unit Kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
NIP = "198609262015051001"


def export(tmp_path, *rows):
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_messages_name_row_and_column_but_hold_no_personal_data(tmp_path):
    path = export(
        tmp_path,
        f"{NIP},Sari Rahasia,Unit,staf,2,3,a,a,4,2,1",
        "199002142019032099,Budi Rahasia,Unit,staf,9,3,a,a,4,2,1",
        "1,98609E+17,Ani Rahasia,Unit,staf,2,3,a,a,4,2,1",
    )
    for extra in ([], ["--check"]):
        result = runner.invoke(
            app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), *extra]
        )
        assert result.exit_code == ExitCode.REJECTED
        shown = result.stderr + (result.stdout if extra else "")
        assert "Rahasia" not in shown and "199002142019032099" not in shown and NIP not in shown
        if extra:
            assert "line 3, column A1" in result.stdout


def test_debug_tracebacks_show_no_locals(tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"A1": 2}), encoding="utf-8")
    result = runner.invoke(
        app, ["--debug", "assess", "-q", str(MINIMAL), "--nip", "123456789RAHASIA", "--answers", str(answers)]
    )
    assert result.exit_code != ExitCode.OK and result.exception is not None
    import traceback

    text = "".join(traceback.format_exception(result.exception))
    assert "Traceback" in text and "123456789RAHASIA" not in text


def test_html_escapes_user_text(tmp_path):
    path = export(tmp_path, f'{NIP},<script>alert(1)</script>,"<b>Unit</b> & co",staf,0,0,b,c,1,5,1')
    db = tmp_path / "s.db"
    runner.invoke(
        app, ["--db", str(db), "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store"]
    )
    for command in (["report", "--flagged"], ["plan", "--employees"], ["report", "--nip", NIP]):
        page = runner.invoke(app, ["--db", str(db), *command, "-q", str(MINIMAL), "--format", "html"]).stdout
        assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "<b>Unit" not in page


def test_rich_markup_in_names_is_printed_literally(tmp_path):
    path = export(tmp_path, f"{NIP},[bold red]Sari[/bold red],[link=x]Unit[/link],staf,0,0,b,c,1,5,1")
    db = tmp_path / "s.db"
    runner.invoke(
        app, ["--db", str(db), "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store"]
    )
    for command in (["report", "--flagged"], ["report", "--nip", NIP], ["report", "--units"]):
        text = runner.invoke(app, ["--db", str(db), *command, "-q", str(MINIMAL)], env={"COLUMNS": "200"}).stdout
        assert "[bold red]Sari[/bold red]" in text or "[link=x]Unit[/link]" in text, command
