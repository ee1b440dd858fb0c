"""Hostile and odd files: each gives a clean one-line error with a named exit code, or a correct result."""

from __future__ import annotations

import json
import os
import time

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.questionnaire.load import check_file

runner = CliRunner()
HEADER = "NIP,Nama,Jabatan,A1,A2,A3,A4,B1,B2,B3,Unit Kerja"
ROW = "198609262015051001,Sari,staf,2,3,a,a,4,2,1,BKPSDM"


def score(path, *extra, stdin=None):
    return runner.invoke(
        app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--format", "jsonl", *extra], input=stdin
    )


def assert_clean_error(result, fragment):
    assert result.exit_code == ExitCode.ERROR, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr


def test_random_bytes(tmp_path):
    path = tmp_path / "random.csv"
    path.write_bytes(os.urandom(20_000))
    result = score(path)
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("magic", "kind"), [(b"\x89PNG\r\n\x1a\n", "PNG"), (b"PK\x03\x04", "ZIP/XLSX"), (b"%PDF-1.7", "PDF")]
)
def test_other_file_kinds_renamed_csv(tmp_path, magic, kind):
    path = tmp_path / "export.csv"
    path.write_bytes(magic + os.urandom(3000))
    assert_clean_error(score(path), f"is not a CSV file but {kind}")


def test_nul_bytes_reject_only_their_row(tmp_path):
    path = tmp_path / "nul.csv"
    damaged = ROW.replace(",2,3,", ",2\x00,3,").replace("1001", "1002")
    path.write_bytes(f"{HEADER}\n{ROW}\n{damaged}\n".encode())
    result = score(path, "--rejects", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED
    assert len(result.stdout.splitlines()) == 1
    assert "2 rows: 1 scored, 1 rejected" in result.stderr


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "u16.csv"
    path.write_bytes(f"{HEADER}\n{ROW}\n".encode("utf-16-le"))
    result = score(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["nip"] == "198609262015051001"


def test_a_12_mb_field(tmp_path):
    path = tmp_path / "big.csv"
    big_row = f"198609262015051002,{'x' * 12_000_000},staf,2,3,a,a,4,2,{'9' * 100},BKPSDM"
    path.write_text(f"{HEADER}\n{ROW}\n{big_row}\n", encoding="utf-8")
    started = time.perf_counter()
    result = score(path, "--rejects", str(tmp_path / "r.csv"))
    assert time.perf_counter() - started < 30
    assert result.exit_code == ExitCode.REJECTED
    assert len(result.stderr) < 500, "messages never echo the huge cell"


def test_unclosed_quote_keeps_the_rows_before_it(tmp_path):
    path = tmp_path / "quote.csv"
    rows = [ROW, '198609262015051002,"Ani,staf,2,3,a,a,4,2,1', ROW.replace("1001", "1003"), ROW.replace("1001", "1004")]
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = score(path, "--rejects", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED
    assert [json.loads(line)["nip"] for line in result.stdout.splitlines()] == ["198609262015051001"]
    assert "never closed" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_header_only_and_empty(tmp_path):
    header_only = tmp_path / "h.csv"
    header_only.write_text(HEADER + "\n", encoding="utf-8")
    assert_clean_error(score(header_only), "only a header")
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    assert_clean_error(score(empty), "is empty")


def test_cp1252_names_with_a_warning(tmp_path):
    path = tmp_path / "win.csv"
    path.write_bytes(f"{HEADER}\n{ROW.replace('Sari', 'Müller Sâlim')}\n".encode("cp1252"))
    result = score(path)
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["name"] == "Müller Sâlim"
    assert "read as cp1252" in result.stderr


def test_stdin(tmp_path):
    result = runner.invoke(
        app, ["score", "-", "-q", str(MINIMAL), "--format", "jsonl"], input=f"{HEADER}\n{ROW}\n".encode()
    )
    assert result.exit_code == ExitCode.OK and json.loads(result.stdout)["overall"] is not None


def test_output_path_that_cannot_be_written(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert_clean_error(score(path, "-o", str(blocker / "out.csv")), "cannot write")


def test_deeply_nested_toml_is_a_clean_problem(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text(
        MINIMAL.read_text(encoding="utf-8") + "\nextra = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8"
    )
    questionnaire, problems = check_file(path)
    assert questionnaire is None and len(problems) >= 1
    result = runner.invoke(app, ["--lang", "en", "questionnaires", "validate", str(path)])
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.stderr


def test_five_thousand_questions_validate_within_seconds(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    extra = "".join(
        f'\n[[questions]]\nid = "X{i}"\ndomain = "a"\nkind = "self"\noptions = "skala"\n'
        f'text = {{ id = "Butir {i}", en = "Item {i}" }}\n'
        for i in range(5000)
    )
    path = tmp_path / "huge.toml"
    path.write_text(text + extra, encoding="utf-8")
    started = time.perf_counter()
    result = runner.invoke(app, ["questionnaires", "validate", str(path)])
    assert result.exit_code == ExitCode.OK, result.stdout
    assert time.perf_counter() - started < 10


def test_a_folder_given_as_input(tmp_path):
    assert_clean_error(score(tmp_path), "is a folder")
