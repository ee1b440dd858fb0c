"""Bounded work: includes are read once per file, inputs are regular files of bounded size, no hang."""

from __future__ import annotations

import os
import time

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.files import SMALL_FILE
from asn_skills.questionnaire.load import check_file

runner = CliRunner()
NIP = "198609262015051001"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
needs_dev_zero = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")


def cli(*args: str):
    return runner.invoke(app, ["--lang", "en", *args])


def assert_clean(result, fragment: str) -> None:
    assert result.exit_code == ExitCode.ERROR, result.stdout
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert fragment in result.stderr + result.stdout, result.stderr


def export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f"NIP,Nama,Jabatan,A1,A2,A3,A4,B1,B2,B3\n{NIP},Sari,staf,2,3,a,a,4,2,1\n", encoding="utf-8")
    return path


def test_an_include_fan_out_is_read_once_per_file(tmp_path):
    depth = 30
    for level in range(depth):
        name = f"level{level + 1}.toml"
        text = f'include = ["{name}", "./{name}"]\n' if level + 1 < depth else ""
        (tmp_path / f"level{level}.toml").write_text(text, encoding="utf-8")
    (tmp_path / f"level{depth - 1}.toml").write_text(
        '[[trainings]]\nid = "extra"\ntitle = { id = "Ekstra", en = "Extra" }\ndomain = "a"\nfor_levels = [1]\n'
        'hours = 2\nmode = "e-learning"\nprovider = "P"\n',
        encoding="utf-8",
    )
    main = tmp_path / "main.toml"
    main.write_text('include = ["level0.toml"]\n' + MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    started = time.perf_counter()
    questionnaire, problems = check_file(main)
    assert time.perf_counter() - started < 5
    assert problems == [] and questionnaire is not None
    assert [training.id for training in questionnaire.trainings].count("extra") == 1


@needs_dev_zero
def test_dev_zero_as_the_questionnaire_is_refused(tmp_path):
    assert_clean(cli("questionnaires", "validate", "/dev/zero"), "not a regular file")
    assert_clean(cli("score", str(export(tmp_path)), "-q", "/dev/zero"), "not a regular file")


@needs_fifo
def test_a_fifo_as_the_questionnaire_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "q.toml"
    os.mkfifo(fifo)
    assert_clean(cli("score", str(export(tmp_path)), "-q", str(fifo)), "not a regular file")


def test_a_huge_questionnaire_is_refused_by_size(tmp_path):
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(SMALL_FILE + 1)
    assert_clean(cli("questionnaires", "validate", str(huge)), "larger than 16 MiB")


@needs_dev_zero
def test_dev_zero_as_the_column_map_is_refused(tmp_path):
    assert_clean(cli("score", str(export(tmp_path)), "-q", str(MINIMAL), "--columns", "/dev/zero"), "regular file")


@needs_fifo
def test_a_fifo_as_the_answers_file_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    result = runner.invoke(
        app,
        ["--lang", "en", "--db", str(tmp_path / "s.db"), "assess", "-q", str(MINIMAL), "--answers", str(fifo),
         "--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "staf"],
    )  # fmt: skip
    assert_clean(result, "not a regular file")


@needs_dev_zero
def test_dev_zero_as_the_from_file_is_refused():
    assert_clean(cli("report", "-q", str(MINIMAL), "--from", "/dev/zero"), "not a regular file")
    assert_clean(cli("plan", "-q", str(MINIMAL), "--from", "/dev/zero"), "not a regular file")


@needs_dev_zero
def test_dev_zero_as_the_key_file_is_refused(tmp_path):
    result = cli("score", str(export(tmp_path)), "-q", str(MINIMAL), "--pseudonymize-key-file", "/dev/zero")
    assert_clean(result, "not a regular file")


@needs_dev_zero
def test_dev_zero_as_the_export_is_refused(tmp_path):
    assert_clean(cli("score", "/dev/zero", "-q", str(MINIMAL)), "not a regular file")
