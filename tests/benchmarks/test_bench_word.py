"""The Word benchmark (benchmarks/bench_word.py) compares like with like: our writer and python-docx's table
API put the same text in the same cells of the same table."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import docx

from asn_skills.render.document import Document
from asn_skills.render.docx import document_docx

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_word.py"
spec = importlib.util.spec_from_file_location("bench_word", SCRIPT)
assert spec and spec.loader
bench_word = importlib.util.module_from_spec(spec)
sys.modules["bench_word"] = bench_word
spec.loader.exec_module(bench_word)


def cells(data: bytes) -> list[list[str]]:
    table = docx.Document(io.BytesIO(data)).tables[0]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_both_word_writers_hold_the_same_table():
    section = bench_word.staff_table(30)
    ours = cells(document_docx(Document("Daftar", [section], lang="en")))
    theirs = cells(bench_word.python_docx_api(section))
    assert len(ours) == 31 and ours == theirs
    assert "\n" in ours[1][-1]  # two courses, one per line, in both
