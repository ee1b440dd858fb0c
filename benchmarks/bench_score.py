"""Benchmark `asn-skills score` against a bare `csv.reader` loop over the same file, in one run.

    python benchmarks/bench_score.py                  # 100k and 1M rows of the main instrument
    python benchmarks/bench_score.py --rows 200000    # a quicker look

For each size it writes a Google Forms-style export (kept in --workdir for reruns), then measures:
the bare `csv.reader` loop, `score` in one process, `score --jobs 2`, and, when pandas is installed, a
straightforward pandas script that computes the same domain and overall scores. Wall time, rows per
second, the ratio to `csv.reader`, and the peak memory (largest process) are printed as a table.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from asn_skills import load_questionnaire
from asn_skills.sample import Style, write_sample

MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys, time
    start = time.perf_counter()
    code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - start
    print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
    """
)

PANDAS_SCRIPT = textwrap.dedent(
    """
    import sys
    import pandas as pd
    from asn_skills import load_questionnaire
    from asn_skills.cells import QuestionCells
    q = load_questionnaire("kompetensi-digital-asn")
    frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    texts = {q.text(question.text, "id"): question for question in q.questions}
    scores = {}
    for column in frame.columns:
        question = texts.get(column)
        if question is None:
            continue
        cells = QuestionCells(question)
        lookup = {text: (None if cells.read(text) is None else cells.read(text).score)
                  for text in frame[column].unique()}
        scores[question.id] = frame[column].map(lookup).astype(float) * question.weight
    result = pd.DataFrame(index=frame.index)
    for domain in q.domains:
        members = [question for question in q.questions if question.domain == domain.id]
        items = pd.DataFrame({question.id: scores[question.id] for question in members})
        weights = pd.DataFrame({question.id: items[question.id].notna() * question.weight for question in members})
        result[domain.id] = (100 * items.sum(axis=1) / weights.sum(axis=1)).round(2)
    result["overall"] = result[[domain.id for domain in q.domains]].mean(axis=1).round(2)
    result.to_csv(sys.argv[2])
    """
)


def generate(path: Path, rows: int) -> None:
    if path.exists():
        return
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, questionnaire, Style.GOOGLE, rows, seed=1)
    partial.rename(path)


def bare_reader(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for _row in csv.reader(handle):
            pass
    return time.perf_counter() - start


def measured(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of the largest process the command ran."""
    output = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, peak_kib, code = output.stdout.split()
    if int(code) not in (0, 3):
        raise SystemExit(f"{command} failed with exit code {code}")
    return float(seconds), int(peak_kib) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "asn-skills-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    try:
        import pandas  # noqa: F401

        have_pandas = True
    except ImportError:
        have_pandas = False
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    print(f"{'rows':>9}  {'run':<22} {'seconds':>8} {'rows/s':>9} {'x csv.reader':>12} {'peak MiB':>9}")
    for rows in args.rows:
        export = args.workdir / f"google-{rows}.csv"
        generate(export, rows)
        output = args.workdir / "results.csv"
        baseline = bare_reader(export)
        runs: list[tuple[str, float, float | None]] = [("csv.reader loop", baseline, None)]
        base = [sys.executable, "-m", "asn_skills", "--quiet", "score", str(export), "-o", str(output)]
        runs.append(("score", *measured(base)))
        runs.append(("score --jobs 2", *measured([*base, "--jobs", "2"])))
        if have_pandas:
            runs.append(("pandas script", *measured([sys.executable, "-c", PANDAS_SCRIPT, str(export), str(output)])))
        for name, seconds, peak in runs:
            shown = "-" if peak is None else f"{peak:.0f}"
            print(
                f"{rows:>9}  {name:<22} {seconds:>8.2f} {rows / seconds:>9.0f} {seconds / baseline:>12.2f} {shown:>9}"
            )


if __name__ == "__main__":
    main()
