"""`questionnaires import` takes time in proportion to the structure: a LimeSurvey .txt of many questions,
groups or array rows (well within the 16 MiB input limit) is drafted in seconds, not hours."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from asn_skills.deploy.draft import render
from asn_skills.deploy.structure_import import read_draft

QUESTIONS = 10_000
SECONDS = 20.0
"""Far above what the linear work takes (one to four seconds on a busy machine); the quadratic one took over a
minute for this size."""
COLUMNS = ["id", "related_id", "class", "type/scale", "name", "relevance", "text", "help", "language"]


def row(kind: str, scale: str, name: str, text: str) -> str:
    return "\t".join(["", "", kind, scale, name, "1", text, "", "id"])


def structure(shape: str) -> str:
    lines = ["\t".join(COLUMNS), row("S", "", "language", "id")]
    answers = [row("A", "0", f"AO{number}", f"Pilihan {number}") for number in range(1, 5)]
    if shape == "array":
        lines += [row("G", "G1", "Ranah", ""), row("Q", "F", "ARR", "Nilai setiap baris")]
        lines += [row("SQ", "0", f"R{number}", f"Baris {number}") for number in range(QUESTIONS)]
        return "\n".join([*lines, *answers]) + "\n"
    for number in range(QUESTIONS):
        if shape == "groups" or number == 0:
            lines.append(row("G", f"G{number}", "Ranah yang sama", ""))
        lines.append(row("Q", "L", f"Q{number}", f"Pertanyaan {number}"))
        lines += answers
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("shape", ["questions", "groups", "array"])
def test_limesurvey_txt_with_ten_thousand_questions_imports_in_seconds(tmp_path: Path, shape: str):
    source = tmp_path / "besar.txt"
    source.write_text(structure(shape), encoding="utf-8")
    started = time.perf_counter()
    draft = read_draft(source)
    text = render(draft, "id")
    elapsed = time.perf_counter() - started
    assert len(draft.questions) == QUESTIONS
    assert text.count("[[questions]]") == QUESTIONS
    assert elapsed < SECONDS, f"{elapsed:.1f} s"
