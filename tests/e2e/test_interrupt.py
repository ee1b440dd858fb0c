"""Interruptions: Ctrl-C and kill -9 in the middle of `score` and `assess` lose nothing and leave nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import start_cli, wait_for_work

from asn_skills import ExitCode, load_questionnaire

MAIN = load_questionnaire("kompetensi-digital-asn")


def start(folder: Path, *args: str) -> subprocess.Popen:
    return start_cli(folder, "--quiet", *args)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.mark.alone
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_score_keeps_the_old_output_and_leaves_nothing(tmp_path, big_export, jobs):
    output = tmp_path / "results.csv"
    output.write_text("old results\n", encoding="utf-8")
    process = start(tmp_path, "score", str(big_export), "-o", str(output), "--jobs", jobs)
    wait_for_work(tmp_path, process)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert output.read_text(encoding="utf-8") == "old results\n"
    assert leftovers(tmp_path) == []


@pytest.mark.alone
def test_kill_9_during_score_keeps_the_old_output_and_a_rerun_cleans_up(tmp_path, big_export):
    output = tmp_path / "results.csv"
    output.write_text("old results\n", encoding="utf-8")
    process = start(tmp_path, "score", str(big_export), "-o", str(output))
    wait_for_work(tmp_path, process)
    process.kill()
    process.wait(timeout=30)
    assert output.read_text(encoding="utf-8") == "old results\n"
    rerun = start(tmp_path, "score", str(big_export), "-o", str(output))
    _, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == ExitCode.OK, stderr
    assert output.read_text(encoding="utf-8-sig").startswith("nip,name,unit")
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_kill_9_during_score_store_leaves_a_sound_store_and_no_duplicates(tmp_path, big_export):
    db = tmp_path / "store.db"
    for delay in (0.5, 1.5, 3.0):
        process = start(
            tmp_path,
            "--db",
            str(db),
            "score",
            str(big_export),
            "-o",
            str(tmp_path / "r.csv"),
            "--store",
            "--round",
            "r1",
        )
        time.sleep(delay)
        process.kill()
        process.wait(timeout=30)
        if db.exists():
            assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = start(
        tmp_path, "--db", str(db), "score", str(big_export), "-o", str(tmp_path / "r.csv"), "--store", "--round", "r1"
    )
    _, stderr = rerun.communicate(timeout=180)
    assert rerun.returncode == ExitCode.OK, stderr
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT COUNT(*) FROM assessments").fetchone()[0] == 25_000
    assert connection.execute("SELECT COUNT(DISTINCT nip) FROM assessments").fetchone()[0] == 25_000


def test_kill_9_during_assess_keeps_the_answers(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    db = tmp_path / "store.db"
    env = {**os.environ, "NO_COLOR": "1", "ASN_SKILLS_LANG": "en", "COLUMNS": "80"}
    args = [
        "-m",
        "asn_skills",
        "--db",
        str(db),
        "assess",
        "--nip",
        "198609262015051001",
        "--name",
        "Sari",
        "--unit",
        "U",
        "--role",
        "staf",
    ]
    total = len(MAIN.questions)
    child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=30)
    child.expect("agree to continue")
    child.sendline("y")
    for position in (1, 2, 3):
        child.expect(f"{position}/{total}")
        child.expect(r"Answer \[")
        child.sendline("2")
    child.expect(f"4/{total}")
    child.kill(signal.SIGKILL)
    child.close()
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    child = pexpect.spawn(sys.executable, [*args, "--resume"], env=env, encoding="utf-8", timeout=30)
    child.expect("agree to continue")
    child.sendline("y")
    child.expect(f"4/{total}")
    child.sendline("q")
    child.expect(rf"Answers saved \(3/{total}\)")
    child.expect(pexpect.EOF)
