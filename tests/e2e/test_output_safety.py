"""`-o` never destroys: not the input, not the store, not a device, FIFO, folder or link; `-o -` is stdout."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
ROW = "198609262015051001,Sari,Dinas A,staf,2,3,a,a,4,2,1"
BAD_ROW = "198609262015051002,Budi,Dinas A,staf,9,3,a,a,4,2,1"


def export(tmp_path, *rows: str):
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER, *(rows or (ROW,))]) + "\n", encoding="utf-8")
    return path


def cli(tmp_path, *args: str):
    db = str(tmp_path / "store.db")
    return runner.invoke(app, ["--lang", "en", "--db", db, *args])


def score(tmp_path, source, *extra: str):
    return cli(tmp_path, "score", str(source), "-q", str(MINIMAL), *extra)


def assert_refused(result, fragment: str) -> None:
    assert result.exit_code == ExitCode.ERROR, result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr
    assert "rows:" not in result.stderr, "refused only after scoring"


def test_score_output_onto_its_input_is_refused_and_the_input_kept(tmp_path):
    source = export(tmp_path)
    before = source.read_bytes()
    assert_refused(score(tmp_path, source, "-o", str(source)), "is the input file")
    assert source.read_bytes() == before


def test_rejects_onto_the_input_is_refused(tmp_path):
    source = export(tmp_path, ROW, BAD_ROW)
    before = source.read_bytes()
    assert_refused(score(tmp_path, source, "-o", str(tmp_path / "r.csv"), "--rejects", str(source)), "input file")
    assert source.read_bytes() == before


def test_rejects_onto_the_results_file_is_refused(tmp_path):
    source = export(tmp_path, ROW, BAD_ROW)
    result = score(tmp_path, source, "-o", str(tmp_path / "r.csv"), "--rejects", str(tmp_path / "r.csv"))
    assert_refused(result, "-o results file")


def test_score_store_output_onto_the_store_is_refused(tmp_path):
    source = export(tmp_path)
    assert score(tmp_path, source, "--store", "-o", str(tmp_path / "r.csv")).exit_code == ExitCode.OK
    before = (tmp_path / "store.db").read_bytes()
    assert_refused(score(tmp_path, source, "--store", "-o", str(tmp_path / "store.db")), "results store (--db)")
    assert (tmp_path / "store.db").read_bytes() == before


def test_report_output_onto_the_store_is_refused(tmp_path):
    source = export(tmp_path)
    assert score(tmp_path, source, "--store", "-o", str(tmp_path / "r.csv")).exit_code == ExitCode.OK
    before = (tmp_path / "store.db").read_bytes()
    result = cli(tmp_path, "report", "-q", str(MINIMAL), "-o", str(tmp_path / "store.db"))
    assert_refused(result, "results store (--db)")
    assert (tmp_path / "store.db").read_bytes() == before


def test_report_output_onto_its_from_file_is_refused(tmp_path):
    source = export(tmp_path)
    results = tmp_path / "r.jsonl"
    assert score(tmp_path, source, "--format", "jsonl", "-o", str(results)).exit_code == ExitCode.OK
    before = results.read_bytes()
    result = cli(tmp_path, "plan", "-q", str(MINIMAL), "--from", str(results), "-o", str(results))
    assert_refused(result, "is the input file")
    assert results.read_bytes() == before


def a_character_device() -> str:
    for path in (os.devnull, "/dev/zero", "/dev/full"):
        if os.path.exists(path) and stat.S_ISCHR(os.stat(path).st_mode):
            return path
    pytest.skip("no character device here")


def test_output_onto_a_character_device_is_refused(tmp_path):
    device = a_character_device()
    assert_refused(score(tmp_path, export(tmp_path), "-o", device), "not a regular file")
    assert stat.S_ISCHR(os.stat(device).st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_onto_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_refused(score(tmp_path, export(tmp_path), "-o", str(fifo)), "not a regular file")


def test_output_onto_a_folder_is_refused(tmp_path):
    (tmp_path / "folder").mkdir()
    assert_refused(score(tmp_path, export(tmp_path), "-o", str(tmp_path / "folder")), "not a regular file")


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_output_onto_a_link_to_a_device_is_refused_and_the_link_kept(tmp_path):
    link = tmp_path / "stdout"
    device = a_character_device()
    link.symlink_to(device)
    assert_refused(score(tmp_path, export(tmp_path), "-o", str(link)), "not a regular file")
    assert link.is_symlink() and os.readlink(link) == device


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_output_through_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert score(tmp_path, export(tmp_path), "-o", str(link)).exit_code == ExitCode.OK
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8-sig").startswith("nip,name")


def test_output_dash_is_stdout_and_creates_no_file_named_dash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = score(tmp_path, export(tmp_path), "--format", "jsonl", "-o", "-")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert '"nip": "198609262015051001"' in result.stdout
    assert not (tmp_path / "-").exists()


def test_report_output_dash_is_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    results = tmp_path / "r.jsonl"
    assert score(tmp_path, export(tmp_path), "--format", "jsonl", "-o", str(results)).exit_code == ExitCode.OK
    result = cli(tmp_path, "report", "-q", str(MINIMAL), "--from", str(results), "--format", "json", "-o", "-")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout.lstrip().startswith("{")
    assert not (tmp_path / "-").exists()


def test_score_store_checks_a_broken_store_before_writing_any_output(tmp_path):
    (tmp_path / "store.db").write_bytes(b"not a database at all, but HR's notes" * 100)
    output = tmp_path / "r.csv"
    result = score(tmp_path, export(tmp_path), "--store", "-o", str(output))
    assert result.exit_code == ExitCode.ERROR
    assert "rows:" not in result.stderr
    assert not output.exists()
