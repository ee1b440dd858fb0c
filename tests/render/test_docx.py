"""Word files read back: real tables with a repeated header row, Indonesian numbers, editable letterhead
and signature, the page across when the document asks."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

from asn_skills.render.agency import Agency
from asn_skills.render.charts import BarChart, BarRow, HeatCell, HeatMap
from asn_skills.render.document import Bars, Document, Number, Section
from asn_skills.render.docx import STYLE_IDS, document_docx

AGENCY = Agency("BKPSDM Kabupaten Sleman", unit="Bidang PKA", city="Sleman", signatory="Dra. Sri", nip="1970")


def plan_like(rows: int = 40, **changes) -> Document:
    table = Section(
        "Pelatihan",
        ["No.", "Pelatihan", "Peserta", "Biaya (Rp)"],
        [[Number(i, str(i)), f"Kursus {i}", Number(i * 3, str(i * 3)), Number(1250000.5, "1250000.5")]
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


def test_a_heat_map_becomes_a_table_shaded_and_signed():
    heat = HeatMap("Unit", ["Dinas A"], ["INF", "KEA"], [[HeatCell("44.0", 44.0, 50), HeatCell("90.0", 90.0, 50)]])
    document = Document("Laporan", [Section("t", ["a"], [["1"]], name="first")])
    heat_table = read(document, charts=[("first", heat)]).tables[0]
    assert [cell.text for cell in heat_table.rows[1].cells] == ["Dinas A", "▼ 44,0", "▲ 90,0"]
    fills = [cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for cell in heat_table.rows[1].cells[1:]]
    assert len(set(fills)) == 2


PERSON_CHART = BarChart(
    "Skor per ranah",
    [BarRow("Keamanan", [40.0], (50, 80), 9.0, "40.0 ± 9.0"), BarRow("Konten", [72.5], (30, 60), 6.5, "72.5")],
    band_label="jenjang yang disyaratkan",
    columns=("Ranah", "Skor"),
)
CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def chart_parts(word):
    return [rel.target_part for rel in word.part.rels.values() if rel.reltype == CHART]


def test_a_bar_chart_is_a_native_word_chart_with_its_data_embedded_and_its_numbers_beside_it():
    document = Document("Laporan", [Section("t", ["a"], [["1"]], name="first")])
    word = read(document, charts=[("first", PERSON_CHART)])
    (part,) = chart_parts(word)
    chart = etree.fromstring(part.blob)
    categories = [v.text for v in chart.iter(f"{C}v") if v.getparent().getparent().tag == f"{C}strCache"]
    assert categories[-2:] == ["Keamanan", "Konten"]
    scores = [ser for ser in chart.iter(f"{C}ser") if ser.find(f"{C}errBars") is not None]
    assert [float(v.text) for v in scores[0].find(f"{C}val").iter(f"{C}v")] == [40.0, 72.5]
    plus = scores[0].find(f"{C}errBars").find(f"{C}plus")
    assert [float(v.text) for v in plus.iter(f"{C}v")] == [9.0, 6.5]
    # The band: an undrawn stretch up to its low end, then its width.
    stacked = chart.find(f".//{C}grouping").get("val") == "stacked"
    widths = [[float(v.text) for v in ser.find(f"{C}val").iter(f"{C}v")] for ser in chart.iter(f"{C}ser")][:2]
    assert stacked and widths == [[50.0, 30.0], [30.0, 30.0]]
    band = [ser for ser in chart.iter(f"{C}ser")][1]
    assert b"FFF3C4" in etree.tostring(band)  # the yellow the notes under the chart name, as in HTML
    (embedded,) = [rel.target_part for rel in part.rels.values()]
    assert chart.find(f"{C}externalData").get(qn("r:id")) == "rId1" == next(iter(part.rels))
    with zipfile.ZipFile(io.BytesIO(embedded.blob)) as workbook:
        assert "Keamanan" in workbook.read("xl/sharedStrings.xml").decode()
    drawing = word.element.body.find(".//" + qn("wp:docPr"))
    assert drawing.get("descr") == "Skor per ranah"
    numbers = word.tables[0].rows[0].cells[1].tables[0]
    assert [cell.text for cell in numbers.rows[1].cells] == ["Keamanan", "40,0", "9,0", "50-80"]
    assert "▨ jenjang yang disyaratkan" in [p.text for p in word.tables[0].rows[0].cells[0].paragraphs]


def test_every_chart_gets_its_own_part_and_drawing_number():
    two = BarChart("Sebelum dan sesudah", [BarRow("Keamanan", [40.0, 44.0])], series=("2026-1", "2026-2"))
    document = Document("Laporan", [PERSON_CHART, two, Bars("b", [("x", 50.0, "50")])])
    word = read(document)
    parts = chart_parts(word)
    assert len({part.partname for part in parts}) == 3
    numbers = [int(d.get("id")) for d in word.element.body.iter(qn("wp:docPr"))]
    assert sorted(numbers) == [1, 2, 3]
    earlier = etree.fromstring(parts[1].blob).find(f".//{C}ser")
    assert (
        earlier.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}pattFill") is not None
    )  # the earlier round is hatched, not told by colour alone


def test_only_number_cells_are_written_as_the_reader_writes_numbers_as_in_html():
    """Word changed every text of a numeric column, and read a cost already grouped (2.688) as a decimal."""
    section = Section("T", ["Biaya", "Tahun"], [[Number(12500000, "12500000"), "2026"]], numeric=frozenset({0, 1}))
    table = read(Document("Judul", [section], lang="en")).tables[0]
    assert [cell.text for cell in table.rows[1].cells] == ["12,500,000", "2026"]


def test_a_heat_map_legend_is_written_once():
    heat = HeatMap(
        "Unit", ["Dinas A"], ["INF"], [[HeatCell("44.0", 44.0, 50)]], legend=("di bawah", "sesuai", "di atas")
    )
    word = read(Document("Laporan", [Section("t", ["a"], [["1"]], name="first")]), charts=[("first", heat)])
    assert sum("di bawah" in paragraph.text for paragraph in word.paragraphs) == 1


@pytest.mark.parametrize(("lang", "shown"), [("id", ["2.688", "63,8", "80%"]), ("en", ["2,688", "63.8", "80%"])])
def test_word_groups_a_number_as_html_does(lang, shown):
    section = Section("T", ["Peserta", "Skor", "Ikut"], [[Number(2688, "2688"), Number(63.8, "63.8"), "80%"]])
    table = read(Document("Judul", [section], lang=lang)).tables[0]
    assert [cell.text for cell in table.rows[1].cells] == shown


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


def test_control_characters_in_data_are_shown_not_written_into_the_file():
    hostile = "Dinas \x1b[31mMerah\x07 \ufffe"
    chart = BarChart(hostile, [BarRow(hostile, [40.0], text="\x0840")], series=(hostile,))
    heat = HeatMap("Unit", [hostile], ["INF"], [[HeatCell("44.0\x01", 44.0, 50)]])
    document = Document(
        hostile,
        [Section(hostile, [hostile], [[hostile], [Number(1, "1\x02")]], notes=[hostile], name="first"), chart],
        agency=Agency(hostile, signatory=hostile),
        dated=hostile,
        signature=(hostile, hostile, "NIP \x00"),
    )
    word = read(document, charts=[("first", heat)])
    texts = "\n".join(p.text for p in word.paragraphs) + "".join(
        c.text for t in word.tables for r in t.rows for c in r.cells
    )
    assert "\\x1b[31mMerah\\x07 \\ufffe" in texts and "\x1b" not in texts and "\x07" not in texts
    (part,) = chart_parts(word)
    assert b"\\x1b[31mMerah\\x07" in part.blob


def test_a_list_of_courses_gets_room_and_a_name_is_never_cut_inside_a_word():
    courses = ("Kebersihan siber untuk ASN", "Mencari, menilai, dan mengelola informasi digital", "Surel dinas")
    rows = [[str(i), "Rizki Hasibuan", "1978031920021012" + f"{i:02d}", "Dinas Kesehatan", "Jabatan fungsional",
             "tinggi", "54", "INF+1 KOM+2 KON+1 KEA+1", courses, "20"] for i in range(30)]  # fmt: skip
    columns = ["No.", "Nama", "NIP", "Unit kerja", "Jabatan", "Prio.", "JPM", "Kesenjangan", "Pelatihan", "JP"]
    section = Section("Perlu pelatihan", columns, rows, numeric=frozenset({0, 6, 9}), nowrap=frozenset({2, 5, 7}))
    table = read(Document("Daftar", [section], landscape=True)).tables[0]
    widths = [cell.width for cell in table.rows[0].cells]
    assert widths[8] == max(widths) and widths[8] > 2 * widths[1]
    assert widths[1] >= Cm(0.16) * len("Hasibuan")
    assert all(run.font.size == Pt(8) for run in table.rows[1].cells[1].paragraphs[0].runs)


def test_a_lone_surrogate_in_data_is_shown_escaped_not_a_crash():
    """No file can hold a lone surrogate in UTF-8: the Word writer failed with UnicodeEncodeError."""
    section = Section("T", ["Nama"], [["Sari\ud800"]])
    table = read(Document("Judul", [section])).tables[0]
    assert table.rows[1].cells[0].text == "Sari\\ud800"


def test_the_styles_set_by_id_are_the_documents_named_styles():
    word = read(plan_like())
    for name, style_id in STYLE_IDS.items():
        assert word.styles[name].style_id == style_id
    letterhead = [paragraph for paragraph in word.paragraphs if paragraph.style.name == "ASN Kop"]
    assert letterhead, "the letterhead is set in the ASN Kop style a clerk can change"
