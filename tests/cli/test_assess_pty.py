"""`assess` in a real pseudo-terminal: answer part, press Ctrl-C, start again, resume and finish."""

from __future__ import annotations

import os
import sys

import pytest
from support import MINIMAL

from asn_skills import ExitCode

pexpect = pytest.importorskip("pexpect")

NIP = "198609262015051001"
TYPED = ["3", "4", "1", "1,3", "4", "2", "1"]


def spawn(db, *extra):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "LINES": "40", "ASN_SKILLS_LANG": "en"}
    args = ["-m", "asn_skills", "--db", str(db), "assess", "-q", str(MINIMAL), "--nip", NIP, *extra]
    return pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=30, dimensions=(40, 80))


def answer(child, position, typed):
    child.expect(f"{position}/7")
    child.expect(r"Answer \[1-\d")
    child.sendline(typed)


def test_ctrl_c_keeps_answers_and_the_next_run_resumes(tmp_path):
    db = tmp_path / "store.db"
    child = spawn(db, "--name", "Sari", "--unit", "BKPSDM", "--role", "ahli")
    child.expect("Do you agree to continue")
    child.sendline("y")
    for position, typed in enumerate(TYPED[:3], 1):
        answer(child, position, typed)
    child.expect("4/7")
    child.expect(r"Answer \[1-4")
    child.sendintr()
    child.expect("Answers saved \\(3/7\\)")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    child = spawn(db)
    child.expect("Do you agree to continue")
    child.sendline("y")
    child.expect("unfinished assessment")
    child.expect("3/7 answered")
    child.sendline("y")
    for position, typed in enumerate(TYPED[3:], 4):
        answer(child, position, typed)
    child.expect("Overall 63.8")
    # The summary first, on one screen; the rest on request.
    child.expect("Show what to discuss and the recommended courses")
    child.sendline("n")
    child.expect("report --nip")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == ExitCode.OK


def test_the_summary_fits_a_24_row_screen_and_the_rest_comes_on_request(tmp_path):
    child = spawn(tmp_path / "store.db", "--name", "Sari", "--unit", "BKPSDM", "--role", "ahli")
    child.expect("Do you agree to continue")
    child.sendline("y")
    for position, typed in enumerate(TYPED, 1):
        answer(child, position, typed)
    child.expect("personal report")
    child.expect("Show what to discuss and the recommended courses")
    summary = [line for line in child.before.splitlines() if line.strip()]
    assert 5 <= len(summary) <= 22 and "Overall 63.8" in child.before
    child.sendline("y")
    child.expect("To discuss with your supervisor|Courses recommended|Development suggestions")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == ExitCode.OK
