"""SIGTERM and SIGHUP end a run like Ctrl-C: old outputs kept, work folder removed, exit 128 + signal;
with --jobs the workers end too; an interrupted store phase stores the whole round or nothing, and says so."""

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

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"), pytest.mark.alone]


def start(folder: Path, *args: str) -> subprocess.Popen:
    return start_cli(folder, "--lang", "en", *args)


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        found += [int(child) for child in text.split()]
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


@pytest.mark.parametrize(("name", "code"), [("SIGTERM", 143), ("SIGHUP", 129)])
def test_sigterm_and_sighup_during_score_keep_the_old_output_and_leave_nothing(tmp_path, big_export, name, code):
    output = tmp_path / "results.csv"
    output.write_text("old results\n", encoding="utf-8")
    process = start(tmp_path, "score", str(big_export), "-o", str(output))
    wait_for_work(tmp_path, process)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(getattr(signal, name))
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr and "Interrupted." in stderr
    assert output.read_text(encoding="utf-8") == "old results\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the workers")
def test_sigterm_with_two_jobs_ends_the_workers_too(tmp_path, big_export):
    output = tmp_path / "results.csv"
    process = start(tmp_path, "score", str(big_export), "-o", str(output), "--jobs", "2")
    wait_for_work(tmp_path, process)
    deadline = time.monotonic() + 20
    workers: list[int] = []
    while not workers and time.monotonic() < deadline and process.poll() is None:
        workers = children(process.pid)
        time.sleep(0.05)
    assert workers, "no worker processes seen"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert "Traceback" not in stderr
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers), "orphaned workers left running"
    assert not output.exists()


def test_sigterm_during_the_store_phase_stores_the_whole_round_or_nothing_and_says_which(tmp_path, big_export):
    db = tmp_path / "store.db"
    process = start(
        tmp_path, "--db", str(db), "score", str(big_export), "-o", str(tmp_path / "r.csv"), "--store", "--round", "r1"
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and not (tmp_path / "r.csv").exists():
        time.sleep(0.01)
    time.sleep(0.2)
    assert process.poll() is None, "the run ended before the store phase"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    stored = sqlite3.connect(db).execute("SELECT COUNT(*) FROM assessments WHERE round = 'r1'").fetchone()[0]
    if process.returncode == 143:
        if stored == 0:
            assert "nothing was stored into round r1" in stderr, stderr
        else:
            assert stored == 25_000 and "all of round r1 is stored" in stderr, stderr
    else:  # the signal came after the run had finished storing
        assert process.returncode == 0 and stored == 25_000, stderr
    assert stored in (0, 25_000)
