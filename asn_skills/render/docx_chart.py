"""A native chart placed in a Word document: a chart part with its workbook embedded, shown inline.

python-docx has no chart API, so the parts are added through its packaging layer: the chart part
(`/word/charts/chartN.xml`) is related from the document, its workbook (`/word/embeddings/`) from the chart,
and a paragraph holds the inline drawing that shows it, with the chart's title as its alternative text.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from asn_skills.render.charts import BarChart
from asn_skills.render.native_chart import word_chart

_INLINE = (
    '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width}" cy="{height}"/>'
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{number}" name="Chart {number}" descr=""/>'
    "<wp:cNvGraphicFramePr/><a:graphic>"
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart r:id="{relation}"/></a:graphicData></a:graphic></wp:inline></w:drawing>'
)
ROW_HEIGHT = 230_000
"""EMU per bar row (about 0.65 cm): the chart grows with its rows."""
FRAME_HEIGHT = 450_000
"""EMU for the axis and the margins (the title is the heading above)."""
MOST_HEIGHT = 5_400_000
"""About 15 cm: a chart with many rows still leaves room on the page for its table."""


def add_chart(
    word: WordDocument, chart: BarChart, width: int, label: str = "", *, into: Paragraph | None = None
) -> Paragraph:
    """Shows `chart` as a Word chart `width` EMU wide in the paragraph `into` (default: a new paragraph at
    the end of the document); returns that paragraph."""
    xml, workbook = word_chart(chart, label)
    package = word.part.package
    part = Part(package.next_partname("/word/charts/chart%d.xml"), CONTENT_TYPE.DML_CHART, xml, package)
    embedded = Part(
        package.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"),
        CONTENT_TYPE.SML_SHEET,
        workbook,
        package,
    )
    if part.relate_to(embedded, RELATIONSHIP_TYPE.PACKAGE) != "rId1":
        raise AssertionError("the chart's data must be its relationship rId1")
    relation = word.part.relate_to(part, RELATIONSHIP_TYPE.CHART)
    number = 1 + len(word.element.body.findall(".//" + qn("wp:docPr")))
    height = min(MOST_HEIGHT, FRAME_HEIGHT + ROW_HEIGHT * len(chart.rows) * max(1, len(chart.series)))
    drawing = parse_xml(_INLINE.format(width=width, height=height, number=number, relation=relation))
    drawing.find(".//" + qn("wp:docPr")).set("descr", chart.title)
    paragraph = into if into is not None else word.add_paragraph()
    paragraph.add_run()._r.append(drawing)
    return paragraph
