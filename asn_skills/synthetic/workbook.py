"""A minimal .xlsx writer for synthetic samples: typed cells (text, numbers, dates), streamed row by row.

An .xlsx file is a zip of XML parts; a sample needs only one or a few sheets of plain cells, so the
parts are written here directly (text as inline strings, dates as serial numbers with a date format)
and a million-row sample never sits in memory.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import IO
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float | bool | datetime | date | time | None
"""A cell as written: text, a number, a boolean, a date, a date and time, a time, or empty."""

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_EPOCH = datetime(1899, 12, 30)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE_STYLE, _DATETIME_STYLE, _TIME_STYLE = 1, 2, 3
_HIDDEN = ' state="hidden"'
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{_MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>\
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4">\
<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22" applyNumberFormat="1"/>\
<xf numFmtId="21" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def write_workbook(
    stream: IO[bytes], sheets: Sequence[tuple[str, Iterable[Sequence[Cell]]]], hidden: frozenset[str] = frozenset()
) -> None:
    """Write `sheets` ((name, rows) pairs, in tab order) as an .xlsx file; sheets named in `hidden` are hidden."""
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types(len(sheets)))
        archive.writestr(
            "_rels/.rels",
            _relations([("rId1", "officeDocument", "xl/workbook.xml")], _PACKAGE),
        )
        listed = "".join(
            f'<sheet name={quoteattr(name)} sheetId="{number}"{_HIDDEN if name in hidden else ""} r:id="rId{number}"/>'
            for number, (name, _) in enumerate(sheets, 1)
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONS}"><sheets>{listed}</sheets></workbook>',
        )
        parts = [(f"rId{number}", "worksheet", f"worksheets/sheet{number}.xml") for number in range(1, len(sheets) + 1)]
        parts.append((f"rId{len(sheets) + 1}", "styles", "styles.xml"))
        archive.writestr("xl/_rels/workbook.xml.rels", _relations(parts, _PACKAGE))
        archive.writestr("xl/styles.xml", _STYLES)
        for number, (_, rows) in enumerate(sheets, 1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                part.write(
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'.encode()
                )
                part.write(b"<sheetData>")
                for row_number, row in enumerate(rows, 1):
                    part.write(_row(row_number, row).encode())
                part.write(b"</sheetData></worksheet>")


def _content_types(sheets: int) -> str:
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{number}.xml" ContentType="{kind}.worksheet+xml"/>'
        for number in range(1, sheets + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{kind}.styles+xml"/>{overrides}</Types>'
    )


def _relations(parts: list[tuple[str, str, str]], namespace: str) -> str:
    listed = "".join(
        f'<Relationship Id="{ident}" Type="{_RELATIONS}/{kind}" Target="{target}"/>' for ident, kind, target in parts
    )
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return f'{declaration}<Relationships xmlns="{namespace}">{listed}</Relationships>'


def column_letters(index: int) -> str:
    """Excel's name of the 0-based column `index`: A, B, ... Z, AA, AB ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _row(number: int, cells: Sequence[Cell]) -> str:
    out = [f'<row r="{number}">']
    for index, value in enumerate(cells):
        if value is None or value == "":
            continue
        ref = f"{column_letters(index)}{number}"
        if isinstance(value, bool):
            out.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, (int, float)):
            out.append(f'<c r="{ref}"><v>{value!r}</v></c>')
        elif isinstance(value, datetime):
            out.append(f'<c r="{ref}" s="{_DATETIME_STYLE}"><v>{_serial(value)!r}</v></c>')
        elif isinstance(value, date):
            out.append(f'<c r="{ref}" s="{_DATE_STYLE}"><v>{_serial(datetime.combine(value, time()))!r}</v></c>')
        elif isinstance(value, time):
            seconds = value.hour * 3600 + value.minute * 60 + value.second
            out.append(f'<c r="{ref}" s="{_TIME_STYLE}"><v>{seconds / 86400!r}</v></c>')
        else:
            text = escape(_NOT_XML.sub("", value))
            out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
    out.append("</row>")
    return "".join(out)


def _serial(moment: datetime) -> float:
    """Excel's serial day number (days since 1899-12-30, the fraction being the time of day)."""
    delta = moment.replace(tzinfo=None) - _EPOCH
    return delta.days + delta.seconds / 86400
