"""Benchmark the Word writer on a long list of staff against python-docx's own table API and the CSV writer,
on the same table, in one run.

    python benchmarks/bench_word.py                 # 10,000 rows of 9 columns (a flagged list)
    python benchmarks/bench_word.py --rows 2000     # a quicker look

The table is a list of staff as `report --flagged` prints it (No., name, NIP, unit, role, priority, JPM,
gaps, courses). Three writers get the same table: `document_docx` (our Word writer: rows written as
WordprocessingML), a plain python-docx table filled cell by cell through its API (`add_row`, `cell.text`,
`cell.width`: how a Word table is usually written), and `section_csv` (the floor: the same text with no
layout). Wall time and the ratios between them are printed.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from collections.abc import Callable

from docx import Document as new_docx
from docx.shared import Cm, Pt

from asn_skills.render.document import Document, Number, Section, section_csv
from asn_skills.render.docx import document_docx

COLUMNS = ["No.", "Nama", "NIP", "Unit kerja", "Jabatan", "Prioritas", "JPM", "Kesenjangan", "Pelatihan"]
UNITS = ["Dinas Kesehatan", "Dinas Pendidikan", "Badan Kepegawaian dan Pengembangan SDM", "Inspektorat"]
COURSES = ["Kebersihan siber untuk ASN", "Pengolahan data dengan spreadsheet", "Surel dinas dan SRIKANDI"]


def staff_table(rows: int, seed: int = 2026) -> Section:
    """A flagged list of `rows` synthetic staff."""
    chance = random.Random(seed)
    body = [
        [
            Number(number, str(number)),
            f"Pegawai {number:05d} {chance.choice(['Sari', 'Budi', 'Made', 'Ayu'])}",
            f"19800101200{number:011d}"[:18],
            chance.choice(UNITS),
            chance.choice(["Pelaksana", "Ahli Pertama", "Kepala Bidang"]),
            chance.choice(["tinggi", "sedang"]),
            Number(jpm := round(chance.uniform(40, 90), 1), f"{jpm:.1f}"),
            "KEA -12, INF -4",
            "\n".join(chance.sample(COURSES, 2)),
        ]
        for number in range(1, rows + 1)
    ]
    return Section("Perlu pelatihan", COLUMNS, body, numeric=frozenset({0, 6}))


def python_docx_api(section: Section) -> bytes:
    """The same table through python-docx's API, cell by cell, as Word tables are usually written."""
    word = new_docx()
    table = word.add_table(rows=1, cols=len(section.columns))
    table.style = word.styles["Table Grid"]
    for index, column in enumerate(section.columns):
        table.rows[0].cells[index].text = column
    width = Cm(27.0 / len(section.columns))
    for cells in section.rows:
        row = table.add_row()
        for index, cell in enumerate(cells):
            target = row.cells[index]
            target.text = cell.text if isinstance(cell, Number) else str(cell)
            target.width = width
            for run in target.paragraphs[0].runs:
                run.font.size = Pt(8)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def timed(write: Callable[[], object]) -> float:
    start = time.perf_counter()
    write()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000, help="staff in the list (default 10000)")
    rows = parser.parse_args().rows
    section = staff_table(rows)
    document = Document("Daftar pegawai yang perlu pelatihan", [section], lang="id", landscape=True)
    ours = timed(lambda: document_docx(document))
    api = timed(lambda: python_docx_api(section))
    floor = timed(lambda: section_csv(section))
    print(f"{rows:,} rows x {len(COLUMNS)} columns")
    print(f"{'writer':<34}{'seconds':>9}{'x CSV':>8}")
    for name, seconds in (
        ("asn-skills Word (document_docx)", ours),
        ("python-docx table API", api),
        ("CSV (section_csv, the floor)", floor),
    ):
        print(f"{name:<34}{seconds:>9.2f}{seconds / floor:>8.1f}")
    print(f"python-docx API / asn-skills Word: {api / ours:.1f}x")


if __name__ == "__main__":
    main()
