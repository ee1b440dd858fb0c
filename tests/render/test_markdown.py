"""Markdown shows data as written: nothing in a name becomes markup."""

from __future__ import annotations

from asn_skills.render.document import Document, Section, document_markdown


def test_markdown_shows_names_as_written_not_as_emphasis_or_code():
    name = "**Ani** `Budi` _Citra_"
    table = document_markdown(Document("Daftar", [Section("", ["Nama"], [[name]])], lang="id"))
    row = next(line for line in table.splitlines() if "Ani" in line)
    assert row == "| \\*\\*Ani\\*\\* \\`Budi\\` \\_Citra\\_ |"
