"""HTML reports show control characters in names escaped, as the terminal and Markdown do: a right-to-left
override (U+202E) cannot reverse a line and no C0 control reaches the page."""

from __future__ import annotations

import re

from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
NIP = "198609262015051001"
RAW_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def test_html_report_escapes_a_right_to_left_override_and_c0_controls_in_names(tmp_path):
    export = tmp_path / "export.csv"
    name = "Sari\u202eilegaS\x1b[31m\x07"
    export.write_text(
        f"NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3\n{NIP},{name},Dinas\x0bA,staf,1,1,b,b,1,1,1\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    stored = runner.invoke(
        app,
        [
            "--db",
            db,
            "score",
            str(export),
            "-q",
            str(MINIMAL),
            "-o",
            str(tmp_path / "r.csv"),
            "--store",
            "--round",
            "2026",
        ],
    )
    assert stored.exit_code in (ExitCode.OK, ExitCode.FLAGGED), stored.stderr
    for view in (["--nip", NIP], ["--flagged"], ["--units"]):
        page = runner.invoke(app, ["--db", db, "report", *view, "--format", "html", "-q", str(MINIMAL)])
        assert page.exit_code == ExitCode.OK, page.stderr
        assert "Sari" in page.stdout or "Dinas" in page.stdout
        assert not RAW_CONTROLS.search(page.stdout), repr(RAW_CONTROLS.search(page.stdout))
    person = runner.invoke(app, ["--db", db, "report", "--nip", NIP, "--format", "html", "-q", str(MINIMAL)]).stdout
    assert "\\u202e" in person
