"""A name or unit with no place to break (a pasted string, a joke entry) does not push the other columns of a
printed HTML report off the page: every column of every row still prints."""

from __future__ import annotations

import subprocess

import pytest
from support import CHROMIUM, PDFTOTEXT, print_to_pdf

from asn_skills.render.document import Document, Section, document_html

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium to print with (apt-get install chromium)"),
    pytest.mark.skipif(PDFTOTEXT is None, reason="no pdftotext to read pages (apt-get install poppler-utils)"),
]


def test_an_unbreakable_name_still_leaves_every_column_on_the_printed_page(tmp_path):
    rows = [["1", "A" * 3000, "198507062008122139", "Dinas Kesehatan", "Kebersihan siber"]]
    rows.append(["2", "Budi Santoso", "199001012015031002", "U" * 400, "Rapat video daring"])
    columns = ["No.", "Nama", "NIP", "Unit kerja", "Pelatihan"]
    section = Section("Perlu pelatihan", columns, rows, numeric=frozenset({0}), nowrap=frozenset({2}))
    page, pdf = tmp_path / "list.html", tmp_path / "list.pdf"
    page.write_text(document_html(Document("Perlu pelatihan", [section], landscape=True)), encoding="utf-8")
    print_to_pdf(page, pdf)
    words = subprocess.run([str(PDFTOTEXT), str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    for shown in ("198507062008122139", "Kebersihan siber", "199001012015031002", "Rapat video daring"):
        assert set(shown.split()) <= set(words), shown
