"""Clean messages instead of "internal error": a full disk, a closed pipe, deeply nested files, broken
results files, a course gone from the catalogue, a read-only current folder."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import MINIMAL, variant
from typer.testing import CliRunner

from asn_skills import ExitCode, files
from asn_skills.cli.app import app

runner = CliRunner()
NIP = "198609262015051001"
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
ROW = f"{NIP},Sari,Dinas A,staf,0,0,b,c,1,5,1"


def export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    return path


def cli(*args: str):
    return runner.invoke(app, ["--lang", "en", *args])


def assert_clean(result, fragment: str, code: ExitCode = ExitCode.ERROR) -> None:
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert fragment in result.stderr, result.stderr


def test_a_full_disk_on_output_is_a_message_and_keeps_the_old_file(tmp_path, monkeypatch):
    output = tmp_path / "r.csv"
    output.write_text("old results\n", encoding="utf-8")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    result = cli("score", str(export(tmp_path)), "-q", str(MINIMAL), "-o", str(output))
    assert_clean(result, "the disk is full")
    assert output.read_text(encoding="utf-8") == "old results\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_on_stdout_is_a_message(tmp_path):
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "asn_skills", "--lang", "en", "score", str(export(tmp_path)), "-q", str(MINIMAL)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
    assert done.returncode == ExitCode.ERROR, done.stderr
    assert "the disk is full" in done.stderr and "Traceback" not in done.stderr


@pytest.fixture(scope="module")
def many_results(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    source = folder / "export.csv"
    made = runner.invoke(app, ["-Q", "sample", "-o", str(source), "--rows", "3000"])
    assert made.exit_code == ExitCode.OK, made.stderr
    results = folder / "r.jsonl"
    runner.invoke(app, ["-Q", "score", str(source), "--format", "jsonl", "-o", str(results)])
    return results


@pytest.mark.parametrize(
    "command",
    [
        ["score", "{export}"],
        ["report", "--from", "{results}", "--flagged"],
        ["report", "--from", "{results}", "--flagged", "--format", "csv"],
        ["plan", "--from", "{results}", "--employees"],
        ["sample", "-o", "-", "--rows", "5000"],
    ],
    ids=lambda command: " ".join(command[:3]),
)
def test_a_closed_pipe_ends_quietly(many_results, command):
    args = [part.format(results=many_results, export=many_results.with_name("export.csv")) for part in command]
    process = subprocess.Popen(
        [sys.executable, "-m", "asn_skills", "-Q", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=many_results.parent,
        env={**os.environ, "COLUMNS": "120"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert stderr == "" and process.returncode == ExitCode.OK, stderr


@pytest.mark.parametrize(
    ("suffix", "text"), [(".json", "[" * 100_000 + "]" * 100_000), (".toml", "a = " + "[" * 100_000)]
)
def test_deeply_nested_answers_file_is_a_message(tmp_path, suffix, text):
    path = tmp_path / f"answers{suffix}"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app,
        ["--lang", "en", "--db", str(tmp_path / "s.db"), "assess", "-q", str(MINIMAL), "--answers", str(path),
         "--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "staf"],
    )  # fmt: skip
    assert_clean(result, str(path))


def test_deeply_nested_column_map_is_a_message(tmp_path):
    path = tmp_path / "map.toml"
    path.write_text("a = " + "[" * 100_000, encoding="utf-8")
    assert_clean(cli("score", str(export(tmp_path)), "-q", str(MINIMAL), "--columns", str(path)), str(path))


def results_file(tmp_path, change) -> Path:
    source = tmp_path / "r.jsonl"
    assert (
        cli("score", str(export(tmp_path)), "-q", str(MINIMAL), "--format", "jsonl", "-o", str(source)).exit_code == 0
    )
    record = json.loads(source.read_text(encoding="utf-8"))
    change(record)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return broken


@pytest.mark.parametrize(
    ("attack", "change", "fragment"),
    [
        ("missing domain", lambda r: r["domains"].pop("b"), "result 1 has no domain b"),
        ("string score", lambda r: r["domains"]["a"].update(score="tinggi"), "`domains.a.score` = tinggi"),
        ("1e308 score", lambda r: r.update(overall=1e308), "`overall` = 1e+308"),
        ("course list a string", lambda r: r.update(trainings="a-1"), "`trainings` = a-1"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_broken_from_file_is_a_message(tmp_path, attack, change, fragment):
    broken = results_file(tmp_path, change)
    for command in (["report"], ["plan"], ["report", "--flagged"]):
        assert_clean(cli(*command, "-q", str(MINIMAL), "--from", str(broken)), fragment)


def test_a_from_file_with_an_unknown_course_shows_its_id(tmp_path):
    broken = results_file(tmp_path, lambda r: r.update(trainings=["kursus-lama"]))
    result = cli("report", "-q", str(MINIMAL), "--from", str(broken), "--nip", NIP)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "kursus-lama (no longer in the catalogue)" in result.stdout
    assert cli("plan", "-q", str(MINIMAL), "--from", str(broken)).exit_code == ExitCode.OK


def test_report_nip_after_a_course_left_the_catalogue_shows_the_course_id(tmp_path):
    db = str(tmp_path / "s.db")
    stored = cli(
        "--db", db, "score", str(export(tmp_path)), "-q", str(MINIMAL), "--store", "-o", str(tmp_path / "r.csv")
    )
    assert stored.exit_code == ExitCode.OK, stored.stderr
    renamed, _ = variant(tmp_path, [('id = "a-1"', 'id = "a-1-baru"')])
    result = runner.invoke(app, ["--lang", "en", "--db", db, "report", "-q", str(renamed), "--nip", NIP])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "a-1 (no longer in the catalogue)" in result.stdout


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs a folder nobody can write, root included")
def test_score_to_stdout_in_a_read_only_current_folder(tmp_path, monkeypatch):
    source = export(tmp_path)
    monkeypatch.chdir("/proc/self")
    result = cli("score", str(source), "-q", str(MINIMAL), "--format", "jsonl")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["nip"] == NIP


@pytest.mark.parametrize("args", [["--help"], ["score", "--help"], ["questionnaires", "--help"]], ids=" ".join)
def test_help_into_a_closed_pipe_ends_quietly(tmp_path, args):
    """`asn-skills --help | head -1`: the reader is gone before the help is written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "asn_skills", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "120"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert stderr == "" and process.returncode == ExitCode.OK, (process.returncode, stderr)
