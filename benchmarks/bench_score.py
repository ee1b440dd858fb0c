"""Benchmark `asn-skills score` on every export style against the bare reader of the same file, in one run.

    python benchmarks/bench_score.py                          # every style at 100k rows, Google at 1M
    python benchmarks/bench_score.py --rows 20000             # a quicker look
    python benchmarks/bench_score.py --styles google excel-id --rows 100000 1000000

For each style and size it writes a sample export (kept in --workdir for reruns), then measures the floor
(a bare `csv.reader` loop over the file, or python-calamine reading every row of an .xlsx), `score` in one
process and with `--jobs 2`, and, for the Google style when installed (`pip install -r
benchmarks/requirements.txt`), a pandas script that computes the same records (domain scores and levels,
overall, role gaps, JPM and its band, priority and courses, the latest submission per NIP) and a short
polars script that does the same item lookups and domain scores, as the distance to a native columnar
engine. Wall time, rows per second, the ratios to the floor and to the pandas script, and the peak
memory of the largest process are printed as a table.
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
from asn_skills.synthetic.exports import SUFFIXES, Style, write_sample_file

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
    import numpy as np
    import pandas as pd
    from asn_skills import load_questionnaire
    from asn_skills.ingest.cells import QuestionCells
    from asn_skills.scoring.rules import judge

    q = load_questionnaire("kompetensi-digital-asn")
    frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    frame["nip"] = frame["NIP"].str.replace(" ", "", regex=False)
    frame = frame[frame["nip"].str.fullmatch(r"\\d{18}")]
    frame["time"] = pd.to_datetime(frame["Stempel waktu"].str.replace(" GMT+7", "", regex=False),
                                   format="%Y/%m/%d %I:%M:%S %p")
    frame = frame.sort_values("time", kind="stable").drop_duplicates("nip", keep="last").sort_index()
    texts = {q.text(question.text, "id"): question for question in q.questions}
    items = {}
    for column in frame.columns:
        question = texts.get(column)
        if question is not None:
            cells = QuestionCells(question)
            lookup = {text: cells.read(text) for text in frame[column].unique()}
            items[question.id] = frame[column].map({k: (np.nan if v is None else v.score) for k, v in lookup.items()})
    out = pd.DataFrame({"nip": frame["nip"], "name": frame["Nama Lengkap"], "unit": frame["Unit Kerja"]})
    roles = {name.casefold(): role for name, role in q.role_names.items()}
    out["role"] = frame["Jabatan"].str.casefold().map(lambda text: roles.get(text, q.default_role).id)
    mins = np.array([level.min for level in q.levels])
    numbers = np.array([level.level for level in q.levels])
    for domain in q.domains:
        members = [question for question in q.questions if question.domain == domain.id]
        scores = pd.DataFrame({question.id: items[question.id] * question.weight for question in members})
        weights = pd.DataFrame({question.id: items[question.id].notna() * question.weight for question in members})
        answered = scores.notna().sum(axis=1)
        score = (100 * scores.sum(axis=1) / weights.sum(axis=1)).round(2)
        score[answered < q.policy.min_answered * len(members)] = np.nan
        out["score_" + domain.id] = score
        level = pd.Series(numbers[np.searchsorted(mins, score.fillna(0), side="right") - 1], index=out.index)
        out["level_" + domain.id] = level.where(score.notna())
        required = out["role"].map({role.id: role.required.get(domain.id) for role in q.roles})
        out["gap_" + domain.id] = required - out["level_" + domain.id]
        out["req_" + domain.id] = required
    ids = [domain.id for domain in q.domains]
    weights = pd.Series({domain.id: domain.weight for domain in q.domains})
    scores = out[["score_" + i for i in ids]].set_axis(ids, axis=1)
    out["overall"] = ((scores * weights).sum(axis=1) / scores.notna().mul(weights).sum(axis=1)).round(2)
    # The role part (gaps, JPM, band, flag, priority, courses) depends only on the role and the levels
    # reached: judge each distinct combination once with the rules module, as the scorer does.
    keys = out["role"]
    for i in ids:
        keys = keys + "|" + out["level_" + i].fillna(-1).astype(int).astype(str)
    roles = {role.id: role for role in q.roles}
    verdicts = {}
    for key, row in out.assign(key=keys).drop_duplicates("key").set_index("key").iterrows():
        levels = {i: None if pd.isna(row["level_" + i]) else int(row["level_" + i]) for i in ids}
        verdict = judge(q, roles[row["role"]], levels)
        verdicts[key] = (verdict.jpm, None if verdict.match is None else verdict.match.value,
                         verdict.needs_training, verdict.priority.value,
                         ";".join(verdict.trainings), ";".join(verdict.deferred))
    for position, column in enumerate(["jpm", "match", "needs_training", "priority", "trainings", "deferred"]):
        out[column] = keys.map(lambda key, position=position: verdicts[key][position])
    out.drop(columns=[c for c in out.columns if c.startswith(("req_", "gap_"))]).to_csv(sys.argv[2], index=False)
    """
)


POLARS_SCRIPT = textwrap.dedent(
    """
    import sys
    import polars as pl
    from asn_skills import load_questionnaire
    from asn_skills.ingest.cells import QuestionCells

    q = load_questionnaire("kompetensi-digital-asn")
    frame = pl.read_csv(sys.argv[1], infer_schema=False)
    texts = {q.text(question.text, "id"): question for question in q.questions}
    items = {}
    for column in frame.columns:
        question = texts.get(column)
        if question is not None:
            cells = QuestionCells(question)
            lookup = {}
            for text in frame[column].unique().to_list():
                reading = None if text is None else cells.read(text)
                lookup[text] = None if reading is None else reading.score
            items[question.id] = pl.col(column).replace_strict(lookup, default=None, return_dtype=pl.Float64)
    frame = frame.select([expression.alias(name) for name, expression in items.items()])
    scores = []
    for domain in q.domains:
        members = [question for question in q.questions if question.domain == domain.id and question.id in items]
        total = pl.sum_horizontal([pl.col(m.id) * m.weight for m in members])
        weight = pl.sum_horizontal([pl.col(m.id).is_not_null() * m.weight for m in members])
        answered = pl.sum_horizontal([pl.col(m.id).is_not_null().cast(pl.Int32) for m in members])
        score = pl.when(answered >= q.policy.min_answered * len(members)).then((100 * total / weight).round(2))
        scores.append(score.alias("score_" + domain.id))
    frame.select(scores).write_csv(sys.argv[2])
    """
)


def generate(path: Path, style: Style, rows: int) -> None:
    if path.exists():
        return
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    partial = path.with_suffix(".partial")
    with partial.open("wb") as handle:
        write_sample_file(handle, questionnaire, style, rows, seed=1)
    partial.rename(path)


def bare_reader(path: Path) -> float:
    """Seconds to read every row of the file with the fastest reader Python has for it."""
    start = time.perf_counter()
    if path.suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        for _row in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows():
            pass
        return time.perf_counter() - start
    head = path.read_bytes()[:65536]
    encoding = "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        encoding = "utf-8-sig" if error.start > 65000 else "cp1252"
    first = head.split(b"\n", 1)[0]
    delimiter = ";" if first.count(b";") > first.count(b",") else ("\t" if b"\t" in first else ",")
    with path.open(encoding=encoding, newline="") as handle:
        for _row in csv.reader(handle, delimiter=delimiter):
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
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000])
    parser.add_argument(
        "--styles", nargs="*", default=[style.value for style in Style], choices=[s.value for s in Style]
    )
    parser.add_argument("--large", type=int, default=1_000_000, help="also run the Google style at this size (0: no)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "asn-skills-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    engines = {name: _installed(name) for name in ("pandas", "polars")}
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    startup()
    print(
        f"\n{'style':<21} {'rows':>9}  {'run':<16} {'seconds':>8} {'rows/s':>9} {'x floor':>8} {'x pandas':>8} "
        f"{'peak MiB':>9}"
    )
    plan = [(Style(style), rows) for rows in args.rows for style in args.styles]
    if args.large:
        plan.append((Style.GOOGLE, args.large))
    for style, rows in plan:
        export = args.workdir / f"{style.value}-{rows}{SUFFIXES[style]}"
        generate(export, style, rows)
        output = args.workdir / "results.csv"
        floor = bare_reader(export)
        runs: list[tuple[str, float, float | None]] = [("floor", floor, None)]
        base = [sys.executable, "-m", "asn_skills", "--quiet", "score", str(export), "-o", str(output)]
        runs.append(("score", *measured(base)))
        runs.append(("score --jobs 2", *measured([*base, "--jobs", "2"])))
        if style is Style.GOOGLE:
            for name, script in (("pandas", PANDAS_SCRIPT), ("polars", POLARS_SCRIPT)):
                if engines[name]:
                    runs.append((f"{name} script", *measured([sys.executable, "-c", script, str(export), str(output)])))
        pandas_seconds = next((seconds for name, seconds, _ in runs if name == "pandas script"), None)
        for name, seconds, peak in runs:
            shown = "-" if peak is None else f"{peak:.0f}"
            versus = "-" if pandas_seconds is None or name == "floor" else f"{seconds / pandas_seconds:.2f}"
            print(
                f"{style.value:<21} {rows:>9}  {name:<16} {seconds:>8.2f} {rows / seconds:>9.0f} "
                f"{seconds / floor:>8.2f} {versus:>8} {shown:>9}",
                flush=True,
            )


def startup(repeats: int = 15) -> None:
    """Median wall time of `asn-skills --version` and `--help` against importing the libraries they stand on."""
    commands = {
        "import typer, rich.console, pydantic": [sys.executable, "-c", "import typer, rich.console, pydantic"],
        "asn-skills --version": [sys.executable, "-m", "asn_skills", "--version"],
        "asn-skills --help": [sys.executable, "-m", "asn_skills", "--help"],
    }
    medians = {}
    for name, command in commands.items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
        medians[name] = sorted(times)[len(times) // 2]
    base = medians["import typer, rich.console, pydantic"]
    print(f"\nstart-up (median of {repeats})")
    for name, seconds in medians.items():
        print(f"{name:<40} {seconds:>6.3f} s {seconds / base:>6.2f}x")


def _installed(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
