"""The terminal format written to a file: the document laid out as on a screen, without colour."""

from __future__ import annotations

from asn_skills.cli.formats import FILE_WIDTH, renderer
from asn_skills.render.document import Document, Section
from asn_skills.render.formats import Format
from asn_skills.render.view import View

VIEW = View(
    Document("Judul <b>", [Section("Bagian", ["Nama", "Skor"], [["=Ani", "80.0"]], name="only")]),
    {"nama": "Ani", "skor": 80.0},
)


def test_the_terminal_format_renders_the_view_as_plain_text():
    text = renderer(Format.TERMINAL)(VIEW)
    assert isinstance(text, str) and text.endswith("\n")
    assert "Ani" in text and "80.0" in text and "Judul <b>" in text
    assert "\x1b[" not in text and max(len(line) for line in text.splitlines()) <= FILE_WIDTH
