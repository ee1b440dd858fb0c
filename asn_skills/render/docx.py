"""Documents as Word files (.docx) an agency finishes and signs: real tables, styles a clerk can change.

Written with python-docx: tables are Word tables whose header row repeats on every page and whose rows do
not split across pages; the letterhead, the attachment block and the signature block are ordinary
paragraphs in named styles ("ASN Kop", "ASN Lampiran", "ASN Tanda tangan", "ASN Catatan"), so an agency
can restyle them or put its own kop surat in their place. Numbers are shown as the reader writes them
(62,3 and 1.250.000 in Indonesian, 62.3 and 1,250,000 in English). A bar chart is a native Word chart (its data
embedded, editable in Word) over a table of its numbers; a heat map is a table whose cells are shaded by
standing and signed, so neither rests on colour alone.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from docx import Document as new_docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from asn_skills.render.charts import FILLS, SIGNS, BarChart, BarRow, HeatMap, cell_standing, depth
from asn_skills.render.document import (
    Bars,
    Block,
    Cell,
    Document,
    Link,
    Section,
    cell_text,
    chart_section,
    visible_everywhere,
    with_local_numbers,
)
from asn_skills.render.docx_chart import add_chart
from asn_skills.render.docx_rows import RowCell, table_row
from asn_skills.render.native_chart import caption

A4 = (Cm(21.0), Cm(29.7))
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
NOWRAP_MOST = 15
"""Characters a column of codes (area gaps, an NIP) is sized for; its longer lines wrap between words."""
WIDE_TABLE = 9
"""Columns from which a table is set in 8-point type (a list of staff: number, name, NIP, unit, role ...)."""
CHART_SHARE = 0.55
"""Of the text width, what a bar chart takes; its table of numbers has the rest, beside it."""
MARGIN = Cm(1.8)
SHADES = ("FDE2E1", "FFF3C4", "D6F5E3", "D3ECFB")
"""Fills for level shades 0 (weakest) to 3, as in the HTML reports."""
ROW_FILLS = {"red": "FDE2E1", "yellow": "FFF3C4"}

Chart = BarChart | HeatMap


def document_docx(document: Document, charts: Sequence[tuple[str, Chart]] = ()) -> bytes:
    """The document as .docx bytes; `charts` are (block name, chart) placed before the named block."""
    # Numbers as the reader writes them (as HTML shows them), then every text made visible.
    shown = with_local_numbers(replace(document, blocks=[chart for _, chart in charts])).blocks
    charts = [(name, chart) for (name, _), chart in zip(charts, shown, strict=True) if isinstance(chart, Chart)]
    document, charts = visible_everywhere(with_local_numbers(document)), visible_everywhere(charts)
    word = new_docx(io.BytesIO(_template()))
    _page(word, document.landscape)
    word.core_properties.title = document.title
    word.core_properties.language = "id-ID" if document.lang == "id" else "en-GB"
    before: dict[str, list[Chart]] = {}
    for name, chart in charts:
        before.setdefault(name, []).append(chart)
    if document.agency:
        lines = [line for line in (document.agency.name, document.agency.unit) if line]
        for index, line in enumerate(lines):
            paragraph = _paragraph(word, line.upper() if index == 0 else line, "ASN Kop")
            if index == len(lines) - 1:
                _bottom_border(paragraph)
    if document.attachment:
        _attachment(word, document.attachment)
    _paragraph(word, document.title, "Title")
    if document.subtitle:
        _paragraph(word, document.subtitle, "Subtitle")
    if document.dated and not document.signature:
        _paragraph(word, document.dated, "ASN Catatan")
    last = len(document.blocks) - 1
    for index, block in enumerate(document.blocks):
        for chart in before.get(block.name, []):
            _chart(word, chart, document.lang)
        _block(word, block, document.lang, keep_last=bool(document.signature) and index == last)
    for line in document.footer:
        _paragraph(word, line, "ASN Catatan")
    if document.signature:
        _signature(word, [document.dated, *document.signature])
        _keep_closing_together(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _page(word: WordDocument, landscape: bool) -> None:
    section = word.sections[0]
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


@cache
def _template() -> bytes:
    """python-docx's blank document with our styles, made once: a run that writes 10,000 personal reports
    would otherwise build the same styles 10,000 times."""
    word = new_docx()
    _styles(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


STYLE_IDS = {
    "Title": "Title",
    "Subtitle": "Subtitle",
    "Heading 2": "Heading2",
    "ASN Kop": "ASNKop",
    "ASN Lampiran": "ASNLampiran",
    "ASN Catatan": "ASNCatatan",
    "ASN Tanda tangan": "ASNTandatangan",
    "Table Grid": "TableGrid",
}
"""The id Word files know each style we use by."""


def _paragraph(container: WordDocument | _Cell, text: str, style: str) -> Paragraph:
    """A paragraph of `text` in the named style, its style set by id: python-docx looks a style given by name
    up among all of the document's styles, and the default style among them too, for every paragraph."""
    paragraph = container.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = STYLE_IDS[style]
    return paragraph


def _styles(word: WordDocument) -> None:
    """Named styles a clerk can change in Word's style pane."""
    styles = word.styles
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    title = styles["Title"]
    title.font.size = Pt(15)
    title.font.bold = True
    title.font.color.rgb = RGBColor(0x1F, 0x29, 0x33)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = styles["Subtitle"]
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.font.italic = False
    subtitle.font.size = Pt(9)
    subtitle.font.color.rgb = RGBColor(0x61, 0x6E, 0x7C)
    for name, size, bold, align in (
        ("ASN Kop", 12, True, WD_ALIGN_PARAGRAPH.CENTER),
        ("ASN Lampiran", 9, False, WD_ALIGN_PARAGRAPH.LEFT),
        ("ASN Catatan", 8, False, WD_ALIGN_PARAGRAPH.LEFT),
        ("ASN Tanda tangan", 10, False, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.alignment = align
        style.paragraph_format.space_after = Pt(0 if name != "ASN Catatan" else 2)
    styles["ASN Tanda tangan"].paragraph_format.keep_with_next = True
    styles["ASN Tanda tangan"].paragraph_format.keep_together = True


def _bottom_border(paragraph: Paragraph) -> None:
    """The double rule under a letterhead (kop surat)."""
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "double"), ("w:sz", "6"), ("w:space", "4"), ("w:color", "1F2933")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    properties.append(borders)


def _attachment(word: WordDocument, lines: Sequence[tuple[str, str]]) -> None:
    """The "Lampiran / Nomor / Tanggal" block at the top right, as a borderless two-column table."""
    table = word.add_table(rows=0, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for label, value in lines:
        cells = table.add_row().cells
        for cell, text in zip(cells, (label, ":" if label and value else "", value), strict=True):
            cell.paragraphs[0]._p.get_or_add_pPr().style = STYLE_IDS["ASN Lampiran"]
            cell.paragraphs[0].text = text
    _set_widths(table, [int(Cm(2.2)), int(Cm(0.5)), int(Cm(8.5))])
    word.add_paragraph()


def _block(word: WordDocument, block: Block, lang: str, *, keep_last: bool) -> None:
    if isinstance(block, Bars):
        block = BarChart(block.title, [BarRow(label, [value], text=text) for label, value, text in block.items])
    if isinstance(block, (BarChart, HeatMap)):
        _chart(word, block, lang)
        return
    if block.title:
        _paragraph(word, block.title, "Heading 2").paragraph_format.keep_with_next = True
    _table(word, block, keep_last=keep_last)
    for note in block.notes:
        _paragraph(word, note, "ASN Catatan")


def _table(
    word: WordDocument,
    section: Section,
    *,
    keep_last: bool,
    inside: _Cell | None = None,
    width: int = 0,
    size: Pt | None = None,
) -> None:
    """The section as a Word table at the end of the document, or `inside` a cell `width` EMU wide; `size`
    sets a smaller type for a table that stands beside a chart. With `keep_last`, the last rows stay on the
    page with what follows (the signature): never a page holding only the signature block."""
    if not section.columns and not section.rows:
        return
    columns = len(section.columns) or max(len(row) for row in section.rows)
    if size is None and columns >= WIDE_TABLE:
        size = Pt(8)
    table = (inside or word).add_table(rows=1, cols=columns)
    table._tbl.tblPr.style = STYLE_IDS["Table Grid"]
    widths = _column_widths(section, columns, width or _text_width(word), small=size is not None)
    _set_widths(table, widths)
    header = table.rows[0]
    _repeat_header(header)
    for index, column in enumerate(section.columns):
        paragraph = header.cells[index].paragraphs[0]
        run = paragraph.add_run(column)
        run.bold = True
        if size is not None:
            run.font.size = size
        if index in section.numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if keep_last and len(section.rows) < KEPT_ROWS:
            paragraph.paragraph_format.keep_with_next = True
        _shade(header.cells[index], "F0F4F8")
    half_points = round(size.pt * 2) if size is not None else None
    kept_from = len(section.rows) - KEPT_ROWS if keep_last else len(section.rows)
    for position, cells in enumerate(section.rows):
        shown = [_row_cell(section, position, cells, index) for index in range(columns)]
        row = table_row(shown, widths, half_points=half_points, keep_with_next=position >= kept_from)
        table._tbl.append(row)
        for index, cell in enumerate(cells[:columns]):
            if isinstance(cell, Link):
                element = row.findall(qn("w:tc"))[index].find(qn("w:p"))
                for empty in element.findall(qn("w:r")):
                    element.remove(empty)
                _link(Paragraph(element, table), cell, size)


KEPT_ROWS = 3
"""Rows of a table kept on the page with the signature that follows it."""


def _row_cell(section: Section, position: int, cells: Sequence[Cell], index: int) -> RowCell:
    """How cell `index` of row `position` is written: its text, alignment, weight and shade."""
    if index >= len(cells):
        return RowCell("")
    style = section.styles[position] if position < len(section.styles) else None
    shades = section.shades[position] if position < len(section.shades) else ()
    shade = shades[index] if index < len(shades) else None
    fill = None
    if shade is not None and 0 <= shade < len(SHADES):
        fill = SHADES[shade]
    elif index == 0 and style in ROW_FILLS:
        fill = ROW_FILLS[style]
    cell = cells[index]
    text = "" if isinstance(cell, Link) else cell_text(cell)  # a link is added to the cell afterwards
    return RowCell(text, right=index in section.numeric, bold=style == "bold", fill=fill)


def _text_width(word: WordDocument) -> int:
    section = word.sections[0]
    return int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)


def _column_widths(section: Section, columns: int, width: int, *, small: bool = False) -> list[int]:
    """Column widths (EMU) by content: a number column as wide as its longest number (numbers never wrap), a
    column of short codes (nowrap) as wide as its longest line up to NOWRAP_MOST characters (longer lines
    wrap between words), the text columns sharing the rest by what their cells hold (capped) and never
    narrower than their longest word, so neither a list of courses nor a name is squeezed."""
    per_character = int(Cm(0.16 if small else 0.19))
    fixed: dict[int, int] = {}
    least: dict[int, int] = {}
    shares: dict[int, int] = {}
    for index in range(columns):
        cells = [cell_text(row[index]) for row in section.rows if index < len(row)]
        lines = [line for text in cells for line in text.split("\n")]
        longest = max((len(line) for line in lines), default=1)
        heading = section.columns[index] if index < len(section.columns) else ""
        word = max((len(part) for text in [heading, *lines] for part in text.split()), default=1)
        if index in section.numeric:
            fixed[index] = per_character * (max(longest, word, 2) + 1) + int(Cm(0.5))
        elif index in section.nowrap:
            fixed[index] = per_character * max(min(longest, NOWRAP_MOST), word, 2) + int(Cm(0.5))
        else:
            least[index] = per_character * max(word, 4) + int(Cm(0.4))
            # Shared by how much a cell holds on average: a list of courses gets the room to keep each on
            # one line, rather than the width of one of them.
            mean = sum(len(text) for text in cells) / max(len(cells), 1)
            shares[index] = int(max(4, min(max(mean, min(longest, 40)), 60)))
    spare = width - sum(fixed.values()) - sum(least.values())
    if spare < 0:  # too narrow for every word: share what there is by the words' lengths
        spare, least = max(width - sum(fixed.values()), 0), {index: 0 for index in least}
        shares = {index: max(4, shares[index]) for index in shares}
    total = sum(shares.values()) or 1
    return [
        fixed[index] if index in fixed else least[index] + int(spare * shares[index] / total)
        for index in range(columns)
    ]


def _set_widths(table: Table, widths: Sequence[int]) -> None:
    """Fixed column widths Word and LibreOffice both honour (the grid and every cell)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width / 635)))  # EMU to twentieths of a point
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Emu(width)


def _link(paragraph: Paragraph, link: Link, size: Pt | None = None) -> None:
    """A hyperlink to the file beside the document, blue and underlined as Word shows links."""
    relation = paragraph.part.relate_to(link.target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relation)
    run = paragraph.add_run(link.text)
    run.font.color.rgb = LINK_COLOUR
    run.font.underline = True
    if size is not None:
        run.font.size = size
    hyperlink.append(run._r)
    paragraph._p.append(hyperlink)


def _repeat_header(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
    _keep_row(row)


def _keep_row(row: _Row) -> None:
    properties = row._tr.get_or_add_trPr()
    keep = OxmlElement("w:cantSplit")
    keep.set(qn("w:val"), "true")
    properties.append(keep)


def _shade(cell: object, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shading.set(qn(key), value)
    properties.append(shading)


def _chart(word: WordDocument, chart: Chart, lang: str) -> None:
    """A bar chart as a native Word chart over its table of numbers; a heat map as a table whose cells are
    shaded by standing and signed."""
    _paragraph(word, chart.title, "Heading 2").paragraph_format.keep_with_next = True
    if isinstance(chart, BarChart):
        label = chart.columns[0] if chart.columns else ""
        # The chart on the left and its numbers beside it, in a borderless layout table of one row.
        layout = word.add_table(rows=1, cols=2)
        _keep_row(layout.rows[0])
        whole = _text_width(word)
        widths = [int(whole * CHART_SHARE), whole - int(whole * CHART_SHARE)]
        _set_widths(layout, widths)
        picture, numbers = layout.rows[0].cells
        add_chart(word, chart, widths[0] - int(Cm(0.4)), label, into=picture.paragraphs[0])
        if caption(chart):
            _paragraph(picture, caption(chart), "ASN Catatan")
        section = replace(chart_section(chart, lang), notes=())
        _table(word, section, keep_last=False, inside=numbers, width=widths[1] - int(Cm(0.4)), size=Pt(8))
    else:
        table = word.add_table(rows=1, cols=len(chart.column_labels) + 1)
        table._tbl.tblPr.style = STYLE_IDS["Table Grid"]
        _repeat_header(table.rows[0])
        for index, label in enumerate([chart.corner, *chart.column_labels]):
            table.rows[0].cells[index].paragraphs[0].add_run(label).bold = True
        for label, cells in zip(chart.row_labels, chart.cells, strict=True):
            row = table.add_row()
            _keep_row(row)
            row.cells[0].paragraphs[0].text = label
            for index, cell in enumerate(cells, 1):
                found = cell_standing(cell)
                text = f"{SIGNS[found[0]]} {cell.text}" if found else cell.text
                row.cells[index].paragraphs[0].text = text
                row.cells[index].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if found:
                    _shade(row.cells[index], FILLS[found[0]][depth(*found)].lstrip("#").upper())
        legend = "   ".join(f"{SIGNS[kind]} {name}" for kind, name in zip(SIGNS, chart.legend, strict=True))
        _paragraph(word, legend, "ASN Catatan")
    # The heat map's legend is written above; a bar chart's notes about its band come with the picture.
    for note in [*chart.picture_notes, *chart.notes] if isinstance(chart, BarChart) else chart.notes:
        _paragraph(word, note, "ASN Catatan")


def _keep_closing_together(word: WordDocument) -> None:
    """Every paragraph between the last table and the signature keeps with the next one, so the chain from
    the table's last rows to the signer's NIP never breaks across a page."""
    body = word.element.body
    last_table = body.findall(qn("w:tbl"))[-1:] or [None]
    after = False
    for child in body.iterchildren():
        if child is last_table[0]:
            after = True
        elif after and child.tag == qn("w:p"):
            Paragraph(child, word._body).paragraph_format.keep_with_next = True
    word.paragraphs[-1].paragraph_format.keep_with_next = False


def _signature(word: WordDocument, lines: Sequence[str]) -> None:
    """Dated line, position, room to sign, name and NIP: editable paragraphs kept together on one page."""
    dated, *position, signer, nip = lines
    indent = word.sections[0].page_width - word.sections[0].left_margin - word.sections[0].right_margin  # type: ignore[operator]
    for text in (dated, *position, "", "", "", signer, nip):
        paragraph = _paragraph(word, text, "ASN Tanda tangan")
        paragraph.paragraph_format.left_indent = int(indent * 0.58)
        if text == signer:
            for run in paragraph.runs:
                run.bold = True
    last = word.paragraphs[-1]
    last.paragraph_format.keep_with_next = False
