"""`asn-skills questionnaires export`: the CLI adds only reading, writing and messages to the deploy writers."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
import zipfile

import pytest
from python_calamine import CalamineWorkbook
from support import MINIMAL, variant
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.deploy import paper, xlsform
from asn_skills.deploy.targets import TARGETS

runner = CliRunner()


def content(data: bytes) -> object:
    """What a file holds: its bytes, or for a workbook every sheet's cells (XlsxWriter stamps the time)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return data
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def flat(message: str) -> str:
    """A usage error as one line, without Rich's box and wrapping."""
    return " ".join(re.sub("[│╭╮╰╯─]", " ", message).split())


def export(*args: str):
    return runner.invoke(app, ["--lang", "en", "questionnaires", "export", *args])


@pytest.mark.parametrize("name", list(TARGETS))
def test_every_registered_format_is_offered_and_written_atomically_with_a_message(tmp_path, name):
    target = TARGETS[name]
    output = tmp_path / f"out{target.suffix}"
    result = export(str(MINIMAL), "--to", name, "-o", str(output))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"Wrote {output}: ")
    assert content(output.read_bytes()) == content(target.write(load_questionnaire(str(MINIMAL)), str(MINIMAL)))
    assert oct(output.stat().st_mode & 0o777) == "0o600"
    assert [path.name for path in tmp_path.iterdir()] == [output.name]  # no temporary file left
    if target.binary:
        assert zipfile.is_zipfile(output)


def test_text_formats_go_to_stdout_with_dash():
    result = export("keamanan-siber-kilat", "--to", "markdown", "-o", "-")
    assert result.exit_code == ExitCode.OK
    assert result.stdout_bytes == paper.markdown(load_questionnaire("keamanan-siber-kilat"))
    assert result.stderr == ""


def test_xlsx_goes_into_a_pipe_with_dash():
    result = export("keamanan-siber-kilat", "--to", "xlsform", "-o", "-")
    assert result.exit_code == ExitCode.OK
    assert content(result.stdout_bytes) == content(xlsform.workbook(load_questionnaire("keamanan-siber-kilat")))


def test_xlsx_is_never_written_to_a_terminal():
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "asn_skills", "--lang", "en", "questionnaires", "export", "keamanan-siber-kilat",
             "--to", "excel", "-o", "-"],
            stdout=terminal, stderr=subprocess.PIPE, timeout=60, check=False,
        )  # fmt: skip
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert done.returncode == ExitCode.USAGE
    assert shown == b""
    assert "excel writes an .xlsx file, which a terminal cannot show; give -o FILE.xlsx" in flat(done.stderr.decode())


def test_the_questionnaire_file_itself_is_never_overwritten(tmp_path):
    path, text = variant(tmp_path, [])
    result = export(str(path), "--to", "markdown", "-o", str(path))
    assert result.exit_code == ExitCode.ERROR
    assert path.read_text(encoding="utf-8") == text
    assert "Error:" in result.stderr and result.stderr.count("\n") == 1


def test_a_questionnaire_xlsform_cannot_take_leaves_the_old_file_and_says_why(tmp_path):
    path, _ = variant(tmp_path, [('en = "Item B2"', 'en = "Item ${A1}"')])
    output = tmp_path / "form.xlsx"
    output.write_bytes(b"old")
    result = export(str(path), "--to", "xlsform", "-o", str(output))
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr == (
        'Error: the text of B2 holds "${", which XLSForm reads as a reference to another question; remove or '
        "change it\n"
    )
    assert output.read_bytes() == b"old"


def test_unknown_format_is_a_usage_error_naming_the_choices(tmp_path):
    result = export(str(MINIMAL), "--to", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == ExitCode.USAGE
    assert ", ".join(repr(name) for name in TARGETS) in flat(result.stderr)
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_as_output_is_a_usage_error(tmp_path):
    result = export(str(MINIMAL), "--to", "html", "-o", str(tmp_path))
    assert result.exit_code == ExitCode.USAGE


def test_the_excel_template_of_a_questionnaire_file_tells_score_that_file(tmp_path):
    output = tmp_path / "jawaban.xlsx"
    assert export(str(MINIMAL), "--to", "excel", "-o", str(output)).exit_code == ExitCode.OK
    readme = content(output.read_bytes())["Petunjuk"]  # type: ignore[index]
    text = "\n".join(str(cell) for row in readme for cell in row)
    assert f"-q {MINIMAL} -o results.csv" in text


@pytest.mark.parametrize("name", ["jawaban.csv", "kuesioner.xls", "kuesioner"])
def test_a_workbook_under_another_name_is_written_with_a_warning_to_name_it_xlsx(tmp_path, name):
    """Excel and KoboToolbox go by the file's name: an .xlsx saved as jawaban.csv opens as garbage."""
    output = tmp_path / name
    result = export(str(MINIMAL), "--to", "excel", "-o", str(output))
    assert result.exit_code == ExitCode.OK and zipfile.is_zipfile(output)
    assert f"Warning: {output} is an Excel workbook; Excel and KoboToolbox open it only as a file ending in .xlsx" in (
        flat(result.stderr)
    )


def test_a_workbook_named_xlsx_or_a_text_format_gets_no_warning(tmp_path):
    for to, name in (("xlsform", "Kuesioner.XLSX"), ("markdown", "kuesioner.txt")):
        result = export(str(MINIMAL), "--to", to, "-o", str(tmp_path / name))
        assert result.exit_code == ExitCode.OK and "Warning" not in result.stderr
