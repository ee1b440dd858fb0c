"""Why Python's TOML and JSON parsers or the system refused a file, as a `Phrase` in the reader's language.

Their own reasons are English ("Invalid value", "Expecting ',' delimiter", "Too many levels of symbolic
links"); a reason not known here is kept as it is, inside the parentheses the messages put it in.
"""

from __future__ import annotations

import ast
import errno
import json
import re
import zipfile
import zlib

from asn_skills.i18n import Phrase

_TOML_FIXED = {
    "Cannot overwrite a value": "reason.toml_overwrite",
    "Escaped character is not a Unicode scalar value": "reason.toml_escape",
    "Expected '=' after a key in a key/value pair": "reason.toml_no_equals",
    "Expected ']' at the end of a table declaration": "reason.toml_table_unclosed",
    "Expected ']]' at the end of an array declaration": "reason.toml_array_table_unclosed",
    "Expected newline or end of document after a statement": "reason.toml_after_value",
    "Invalid date or datetime": "reason.toml_date",
    "Invalid hex value": "reason.toml_escape",
    "Invalid initial character for a key part": "reason.toml_key_start",
    "Invalid statement": "reason.toml_statement",
    "Invalid value": "reason.toml_value",
    "Unclosed array": "reason.toml_array_unclosed",
    "Unclosed inline table": "reason.toml_inline_unclosed",
    "Unescaped '\\' in a string": "reason.toml_escape",
    "Unterminated string": "reason.toml_text_unclosed",
}
"""tomllib's reasons without a part of the document in them (Python 3.11 to 3.14, tomli 2)."""
_TOML_NAMED = (
    (re.compile(r"Cannot declare (.+) twice"), "reason.toml_table_twice"),
    (re.compile(r"Cannot (?:mutate immutable|redefine) namespace (.+)"), "reason.toml_namespace"),
    (re.compile(r"Duplicate inline table key (.+)"), "reason.toml_inline_twice"),
)
_TOML_CHARACTER = re.compile(r"(?:Illegal|Found invalid) character (.+)")
_TOML_POSITION = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)$")

_JSON = {
    "Expecting value": "reason.json_value",
    "Expecting property name enclosed in double quotes": "reason.json_name",
    "Expecting ',' delimiter": "reason.json_comma",
    "Expecting ':' delimiter": "reason.json_colon",
    "Extra data": "reason.json_extra",
    "Unterminated string starting at": "reason.json_text_unclosed",
    "Invalid control character at": "reason.json_control",
    "Invalid control character": "reason.json_control",
    "Invalid \\escape": "reason.json_escape",
    "Invalid \\uXXXX escape": "reason.json_escape",
    "Illegal trailing comma before end of object": "reason.json_trailing_comma",
    "Illegal trailing comma before end of array": "reason.json_trailing_comma",
}
"""The `msg` of json.JSONDecodeError (Python 3.10 to 3.14)."""

_OS = {
    errno.ELOOP: "reason.os_loop",
    errno.EACCES: "reason.os_denied",
    errno.EPERM: "reason.os_denied",
    errno.EISDIR: "reason.os_folder",
    errno.ENOTDIR: "reason.os_not_folder",
    errno.ENAMETOOLONG: "reason.os_name_too_long",
    errno.EROFS: "reason.os_read_only",
    errno.EIO: "reason.os_io",
    errno.EBUSY: "reason.os_busy",
    errno.ENOENT: "reason.os_missing",
}


def toml_position(message: str) -> tuple[int, int] | None:
    """The line and column a tomllib message names, when it names one."""
    found = _TOML_POSITION.search(message)
    return (int(found[1]), int(found[2])) if found and found[1] else None


def toml_reason(message: str) -> Phrase | str:
    """The reason of a tomllib error message (its position left out)."""
    reason = _TOML_POSITION.sub("", message)
    if reason in _TOML_FIXED:
        return Phrase(_TOML_FIXED[reason])
    for pattern, key in _TOML_NAMED:
        if found := pattern.fullmatch(reason):
            return Phrase(key, {"name": _dotted(found[1])})
    if found := _TOML_CHARACTER.fullmatch(reason):
        if found[1] in ("'\\n'", "'\\r'"):  # a line break inside a one-line text: its closing quote is missing
            return Phrase("reason.toml_text_unclosed")
        return Phrase("reason.toml_character", {"character": found[1]})
    return reason


def _dotted(written: str) -> str:
    """A key as tomllib writes it (`('plan', 'costs')`, `'name'`) as it is written in TOML (`plan.costs`)."""
    try:
        value = ast.literal_eval(written)
    except (ValueError, SyntaxError):
        return written
    if isinstance(value, tuple):
        return ".".join(str(part) for part in value)
    return str(value)


def json_reason(error: ValueError) -> Phrase | str:
    """Why json.loads refused a text, with the line and column where it can say."""
    if isinstance(error, json.JSONDecodeError):
        key = _JSON.get(error.msg)
        reason: Phrase | str = Phrase(key) if key else error.msg
        return Phrase("reason.at", {"line": error.lineno, "column": error.colno, "reason": reason})
    if "integer string conversion" in str(error):  # an integer beyond Python's limit (4300 digits)
        return Phrase("reason.number_too_long")
    return str(error)


_WORKBOOK_PART = re.compile(r"File not found '([^']+)'")
"""calamine's reason for a zip that lacks a part every workbook has (a .docx renamed .xlsx)."""


def workbook_reason(error: Exception) -> Phrase | str:
    """Why a file could not be read as an .xlsx workbook (zipfile's and calamine's reasons)."""
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in str(error):
        return Phrase("reason.not_zip")
    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError)):
        return Phrase("reason.zip_broken")
    if found := _WORKBOOK_PART.search(str(error)):
        return Phrase("reason.workbook_part_missing", {"part": found[1]})
    return str(error) or Phrase("reason.not_workbook")


_XML = {
    "no element found": "reason.xml_cut",
    "unclosed token": "reason.xml_cut",
    "mismatched tag": "reason.xml_mismatched",
    "not well-formed (invalid token)": "reason.xml_character",
    "junk after document element": "reason.xml_after_end",
}
"""expat's reasons (the text before `: line L, column C`)."""


def xml_reason(error: SyntaxError) -> Phrase | str:
    """Why an XML document could not be parsed (xml.etree's ParseError), with its line and column."""
    reason = str(error).split(":", 1)[0]
    key = _XML.get(reason)
    shown: Phrase | str = Phrase(key) if key else reason
    position = getattr(error, "position", None)
    if position is None:
        return shown
    return Phrase("reason.at", {"line": position[0], "column": position[1] + 1, "reason": shown})


def decoding_reason(error: UnicodeError) -> Phrase | str:
    """Why a text could not be read in the encoding asked for: the first byte that does not fit it."""
    if isinstance(error, UnicodeDecodeError):
        return Phrase("reason.byte", {"byte": f"0x{error.object[error.start]:02X}", "position": error.start})
    if "BOM" in str(error):  # UTF-16 without its byte-order mark: the order of its bytes is unknown
        return Phrase("reason.no_bom")
    return str(error)


def os_reason(error: OSError) -> Phrase | str:
    """Why the system refused to open or write a file."""
    key = _OS.get(error.errno or 0)
    return Phrase(key) if key else error.strerror or str(error)
