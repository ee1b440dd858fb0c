"""Word files read back: real tables with a repeated header row, Indonesian numbers, editable letterhead
and signature, the page across when the document asks."""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from asn_skills.render.agency import Agency
from asn_skills.render.charts import BarChart, BarRow, HeatCell, HeatMap
from asn_skills.render.document import Bars, Document, Number, Section
from asn_skills.render.docx import document_docx, localised_number

AGENCY = Agency("BKPSDM Kabupaten Sleman", unit="Bidang PKA", city="Sleman", signatory="Dra. Sri", nip="1970")


def plan_like(rows: int = 40, **changes) -> Document:
    table = Section(
        "Pelatihan",
        ["No.", "Pelatihan", "Peserta", "Biaya (Rp)"],
        [[Number(i, str(i)), f"Kursus {i}", Number(i * 3, str(i * 3)), Number(1250000.5, "1,250,000.5")]
         for i in range(1, rows + 1)],
        numeric=frozenset({0, 2, 3}),
        name="courses",
    )  # fmt: skip
    return Document(
        "RENCANA PENGEMBANGAN KOMPETENSI TAHUN 2027",
        [table],
        agency=AGENCY,
        dated="Sleman, 2 Januari 2027",
        signature=("Kepala BKPSDM", "Dra. Sri", "NIP 1970"),
        attachment=(("Lampiran", "Keputusan Kepala BKPSDM"), ("Nomor", "800/1/2027"), ("Tanggal", "2 Januari 2027")),
        landscape=True,
        **changes,
    )


def read(document: Document, **options) -> docx.document.Document:
    return docx.Document(io.BytesIO(document_docx(document, **options)))


def test_the_plan_is_a_landscape_a4_page_with_a_real_table():
    word = read(plan_like())
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    assert round(section.page_width.cm, 1) == 29.7
    table = word.tables[-1]
    assert [cell.text for cell in table.rows[0].cells] == ["No.", "Pelatihan", "Peserta", "Biaya (Rp)"]
    assert len(table.rows) == 41 and table.rows[5].cells[1].text == "Kursus 5"


def test_the_header_row_repeats_on_every_page_and_rows_do_not_split():
    table = read(plan_like()).tables[-1]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def test_numbers_are_written_the_indonesian_way_in_indonesian_only():
    word = read(plan_like())
    assert word.tables[-1].rows[1].cells[3].text == "1.250.000,5"
    assert localised_number("62.3", "id") == "62,3" and localised_number("+1.5", "id") == "+1,5"
    assert localised_number("62.3", "en") == "62.3" and localised_number("Kursus 2.0 A", "id") == "Kursus 2,0 A"
    english = read(plan_like(lang="en"))
    assert english.tables[-1].rows[1].cells[3].text == "1,250,000.5"


def test_letterhead_attachment_and_signature_are_editable_paragraphs_in_named_styles():
    word = read(plan_like())
    by_style = {}
    for paragraph in word.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert by_style["ASN Kop"] == ["BKPSDM KABUPATEN SLEMAN", "Bidang PKA"]
    assert by_style["Title"] == ["RENCANA PENGEMBANGAN KOMPETENSI TAHUN 2027"]
    signature = [text for text in by_style["ASN Tanda tangan"] if text]
    assert signature == ["Sleman, 2 Januari 2027", "Kepala BKPSDM", "Dra. Sri", "NIP 1970"]
    attachment = word.tables[0]
    assert [[cell.text for cell in row.cells] for row in attachment.rows][1] == ["Nomor", ":", "800/1/2027"]


def test_the_last_rows_are_kept_with_the_signature():
    table = read(plan_like()).tables[-1]
    kept = [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows]
    assert kept[-3:] == [True, True, True] and not any(kept[1:-3])


def test_a_portrait_document_without_signature_keeps_nothing_together():
    word = read(Document("Laporan", [Section("", ["a"], [["1"], ["2"]])]))
    assert word.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert not any(p.style.name == "ASN Tanda tangan" for p in word.paragraphs)


def test_charts_become_tables_with_bars_and_signs():
    bars = BarChart("Skor", [BarRow("Keamanan", [40.0], (50, 80), 9.0, "40.0 ± 9.0")], band_label="jenjang")
    heat = HeatMap("Unit", ["Dinas A"], ["INF", "KEA"], [[HeatCell("44.0", 44.0, 50), HeatCell("90.0", 90.0, 50)]])
    document = Document("Laporan", [Section("t", ["a"], [["1"]], name="first"), Bars("b", [("x", 50.0, "50")])])
    word = read(document, charts=[("first", heat)])
    heat_table = word.tables[0]
    assert [cell.text for cell in heat_table.rows[1].cells] == ["Dinas A", "▼ 44,0", "▲ 90,0"]
    fills = [cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for cell in heat_table.rows[1].cells[1:]]
    assert len(set(fills)) == 2
    word = read(document, charts=[("first", bars)])
    row = word.tables[0].rows[1]
    assert row.cells[0].text == "Keamanan" and "█" in row.cells[1].text and row.cells[2].text == "40,0 ± 9,0"
    assert row.cells[3].text == "50–80"


def test_a_number_already_written_the_indonesian_way_is_left_alone():
    assert localised_number("12.500.000", "id") == "12.500.000"
    assert localised_number("1,250,000", "id") == "1.250.000"


def test_columns_are_as_wide_as_their_content_needs():
    table = read(plan_like()).tables[-1]
    widths = [cell.width for cell in table.rows[0].cells]
    assert widths[1] > widths[0] and widths[1] > widths[2]


def test_notes_and_footer_after_the_last_table_keep_with_the_signature():
    document = plan_like()
    document = Document(
        document.title,
        [Section("t", ["a"], [[str(i)] for i in range(50)], notes=["catatan"])],
        footer=["UU 27/2022"],
        dated=document.dated,
        signature=document.signature,
    )
    paragraphs = read(document).paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "catatan")
    kept = [p.paragraph_format.keep_with_next for p in paragraphs[start:]]
    assert all(kept[:-1]) and not kept[-1] and paragraphs[-1].text == "NIP 1970"
