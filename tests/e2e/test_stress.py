"""Stress: concurrent writers to one store lose nothing; memory stays flat as files grow."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import textwrap
from itertools import islice
from pathlib import Path

import pytest
from support import MINIMAL

from asn_skills import ExitCode, load_questionnaire
from asn_skills.synthetic.exports import Style, write_sample

MAIN = load_questionnaire("kompetensi-digital-asn")
ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}


def export(path: Path, rows: int, seed: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, MAIN, Style.LIMESURVEY, rows, seed)
    return path


@pytest.mark.slow
def test_two_score_runs_and_assessments_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "store.db"
    first, second = export(tmp_path / "a.csv", 3000, 1), export(tmp_path / "b.csv", 3000, 2)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    base = [sys.executable, "-m", "asn_skills", "--quiet", "--db", str(db)]
    assessments = textwrap.dedent(f"""
        import subprocess, sys
        for i in range(12):
            subprocess.run({base!r} + ["assess", "-q", {str(MINIMAL)!r}, "--nip", f"19860926201505{{1000 + i}}",
                           "--no-nip-check", "--answers", {str(answers)!r}], check=True, stdout=subprocess.DEVNULL)
    """)
    processes = [
        subprocess.Popen(
            [*base, "score", str(first), "-o", str(tmp_path / "a-results.csv"), "--store", "--round", "a"]
        ),
        subprocess.Popen(
            [*base, "score", str(second), "-o", str(tmp_path / "b-results.csv"), "--store", "--round", "b"]
        ),
        subprocess.Popen([sys.executable, "-c", assessments]),
    ]
    assert [process.wait(timeout=300) for process in processes] == [ExitCode.OK, ExitCode.OK, 0]
    connection = sqlite3.connect(db)
    counts = dict(connection.execute("SELECT round, COUNT(*) FROM assessments GROUP BY round"))
    year_rounds = {key: value for key, value in counts.items() if key not in ("a", "b")}
    assert counts["a"] == 3000 and counts["b"] == 3000 and sum(year_rounds.values()) == 12
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


PEAK = textwrap.dedent("""
    import resource, subprocess, sys
    subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
""")


def peak_kib(*command: str) -> int:
    return int(
        subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True, check=True).stdout
    )


def first_rows(source: Path, path: Path, rows: int) -> Path:
    """The header and the first `rows` respondents of a one-line-per-respondent export: the same file, smaller."""
    with source.open(encoding="utf-8", newline="") as reading, path.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(islice(reading, rows + 1))
    with path.open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.reader(handle)) == rows + 1, "a respondent spans lines: cut by records instead"
    return path


@pytest.mark.slow
def test_memory_stays_flat_as_the_file_grows(tmp_path):
    large = export(tmp_path / "large.csv", 60_000, 4)
    small = first_rows(large, tmp_path / "small.csv", 12_000)
    for jobs in ("1", "2"):
        peaks = [
            peak_kib(
                sys.executable,
                "-m",
                "asn_skills",
                "--quiet",
                "score",
                str(path),
                "-o",
                str(tmp_path / "o.csv"),
                "--jobs",
                jobs,
            )
            for path in (small, large)
        ]
        assert peaks[1] - peaks[0] < 20 * 1024, (jobs, peaks)
        assert peaks[1] < 150 * 1024, (jobs, peaks)
