"""The XLSForm converts without error or warning in pyxform (what KoboToolbox and ODK run on an upload), has
the fields the issue lists, and KoboToolbox's downloads of a form built from it score like `score_answers`."""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import xlsxwriter
from deployed import assert_scores_like_the_library, people
from python_calamine import CalamineWorkbook
from pyxform.xls2xform import convert
from support import MINIMAL, variant

from asn_skills import load_questionnaire
from asn_skills.deploy.xlsform import choice_name, workbook
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Kind, Questionnaire

WIB = timezone(timedelta(hours=7))


def instruments() -> list[str]:
    return [path.stem for path in bundled.paths()] + [str(MINIMAL)]


def converted(questionnaire: Questionnaire) -> Any:
    """pyxform's conversion of the workbook, as KoboToolbox runs it on an uploaded XLSForm."""
    return convert(xlsform=io.BytesIO(workbook(questionnaire)), file_type=".xlsx")


Node = dict[str, Any]


def leaves(node: Node, groups: tuple[Node, ...] = ()) -> Iterator[tuple[tuple[Node, ...], Node]]:
    """The questions of the form in order, with their groups; not the `meta/instanceID` pyxform adds (Kobo's
    export has its own `_uuid` and `meta/rootUuid` for it)."""
    for child in node.get("children", []):
        if child["type"] == "group" and child["name"] == "meta":
            continue
        if child["type"] == "group":
            yield from leaves(child, (*groups, child))
        else:
            yield groups, child


@pytest.mark.parametrize("name", instruments())
def test_every_instrument_converts_without_error_or_warning(name):
    questionnaire = load_questionnaire(name)
    result = converted(questionnaire)
    assert result.warnings == []
    form = result._pyxform
    assert form["id_string"] == questionnaire.id
    assert form["default_language"] == "Indonesian (id)"
    fields = {field["name"]: (groups, field) for groups, field in leaves(form)}
    assert list(fields)[:2] == ["start", "end"]
    for question in questionnaire.questions:
        groups, field = fields[question.id]
        assert [group["name"] for group in groups] == [question.domain]
        assert field["type"] == ("select all that apply" if question.kind is Kind.MULTI else "select one")
        assert field["label"] == {"Indonesian (id)": question.text["id"], "English (en)": question.text["en"]}
        names = [choice["name"] for choice in field["choices"]]
        extra = ["none"] if question.kind is Kind.MULTI else []
        assert names == [choice_name(question, position) for position in range(len(question.choices))] + extra
        assert [choice["label"]["English (en)"] for choice in field["choices"]] == [
            option.label["en"] for option in question.choices
        ] + (["None of these"] if extra else [])
        assert field["bind"]["required"] == "yes"
        if extra:
            assert field["bind"]["constraint"] == "not(selected(., 'none')) or count-selected(.) = 1"
    assert [name for name in fields if name not in questionnaire.questions_by_id] == [
        "start", "end", "pemberitahuan_privasi", "nip", "nama", "unit_kerja", "jabatan"
    ]  # fmt: skip
    notice = fields["pemberitahuan_privasi"][1]
    assert notice["type"] == "note" and "UU 27/2022" in notice["label"]["Indonesian (id)"]
    assert "Privacy notice" in notice["label"]["English (en)"]
    nip = fields["nip"][1]
    assert nip["type"] == "text" and nip["bind"]["constraint"] == "regex(., '^[0-9]{18}$')"
    assert nip["bind"]["required"] == "yes"
    roles = fields["jabatan"][1]
    assert roles["type"] == "select one"
    assert [choice["name"] for choice in roles["choices"]] == [role.id for role in questionnaire.roles]


def test_nip_constraint_is_in_the_xform():
    xform = converted(load_file(MINIMAL)).xform
    assert "regex(., '^[0-9]{18}$')" in xform


def test_the_workbook_has_the_three_sheets_and_both_label_languages():
    book = CalamineWorkbook.from_filelike(io.BytesIO(workbook(load_file(MINIMAL))))
    assert book.sheet_names == ["survey", "choices", "settings"]
    survey = book.get_sheet_by_name("survey").to_python()
    assert {"label::Indonesian (id)", "label::English (en)"} <= set(survey[0])
    choices = book.get_sheet_by_name("choices").to_python()
    assert choices[0] == ["list_name", "name", "label::Indonesian (id)", "label::English (en)"]
    assert ["jabatan", "ahli", "Ahli TI", "IT expert"] in choices
    assert ["pilihan_A1", "0", "Belum", "Not yet"] in choices  # option values are the choice names
    assert not any(row[0] == "pilihan_A2" for row in choices)  # A2 shares A1's scale, so its list
    settings = dict(zip(*book.get_sheet_by_name("settings").to_python(), strict=True))
    assert settings["default_language"] == "Indonesian (id)" and settings["version"] == "1"


def test_an_option_value_with_a_space_is_written_by_its_code(tmp_path):
    path, _ = variant(
        tmp_path, [('{ value = "c", label = { id = "Tiga"', '{ value = "c c", code = "C3", label = { id = "Tiga"')]
    )
    result = converted(load_file(path))
    assert result.warnings == []
    a4 = next(field for _, field in leaves(result._pyxform) if field["name"] == "A4")
    assert [choice["name"] for choice in a4["choices"]] == ["a", "b", "C3", "d", "none"]


def test_an_option_value_with_a_space_and_no_code_is_refused_with_the_fix(tmp_path):
    path, _ = variant(tmp_path, [('{ value = "c", label = { id = "Tiga"', '{ value = "c c", label = { id = "Tiga"')])
    with pytest.raises(AsnSkillsError) as raised:
        workbook(load_file(path))
    assert raised.value.message("en") == (
        'option 3 of question A4 cannot be an XLSForm choice name: its value "c c" holds a space and it has no '
        "`code` without one; give the option a `code` without spaces"
    )


def test_question_named_meta_is_refused(tmp_path):
    path, _ = variant(tmp_path, [('id = "A1"', 'id = "meta"')])
    with pytest.raises(AsnSkillsError, match="reserved by XLSForm"):
        workbook(load_file(path))


def test_ids_differing_only_in_case_are_refused(tmp_path):
    path, _ = variant(tmp_path, [('id = "A2"', 'id = "a1"')])
    with pytest.raises(AsnSkillsError) as raised:
        workbook(load_file(path))
    assert "`A1` and `a1` differ only in upper/lower case" in raised.value.message("en")


def test_a_text_with_an_xlsform_reference_is_refused(tmp_path):
    path, _ = variant(tmp_path, [('en = "Item B2"', 'en = "Item ${A1}"')])
    with pytest.raises(AsnSkillsError, match='the text of B2 holds "\\$\\{"'):
        workbook(load_file(path))


def test_a_text_with_a_control_character_is_refused(tmp_path):
    path, _ = variant(tmp_path, [('en = "Item B2"', 'en = "Item \\u001b]0;owned\\u0007"')])
    with pytest.raises(AsnSkillsError) as raised:
        workbook(load_file(path))
    assert raised.value.message("en") == (
        "the text of B2 holds the control character U+001B, which an XLSForm cannot hold; remove it"
    )


def test_domain_ids_that_are_not_xml_names_or_clash_get_other_group_names(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    text = text.replace('id = "a"\nname', 'id = "1a"\nname').replace('id = "b"\nname', 'id = "identitas"\nname')
    text = text.replace('domain = "a"', 'domain = "1a"').replace('domain = "b"', 'domain = "identitas"')
    text = text.replace("{ a = 2, b = 2 }", "{ 1a = 2, identitas = 2 }").replace(
        "{ a = 3, b = 3 }", "{ 1a = 3, identitas = 3 }"
    )
    path = tmp_path / "domains.toml"
    path.write_text(text, encoding="utf-8")
    result = converted(load_file(path))
    assert result.warnings == []
    groups = [
        child["name"] for child in result._pyxform["children"] if child["type"] == "group" and child["name"] != "meta"
    ]
    assert groups == ["identitas_2", "ranah_1", "identitas"]


# ---------------------------------------------------------------- KoboToolbox downloads


COPY_FIELDS = (
    "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__",
    "_tags", "meta/rootUuid",
)  # fmt: skip
"""kpi kpi/models/import_export_task.py COPY_FIELDS, appended in this order; formpack then adds `_index`."""


def try_get_number(value: str) -> Any:
    """formpack FormField.try_get_number: int, else a finite float, else the text."""
    try:
        return int(value)
    except ValueError:
        pass
    try:
        number = float(value)
    except ValueError:
        return value
    return number if math.isfinite(number) else value


class FormpackExport:
    """KoboToolbox's download of submissions to a form, as formpack writes it (kobotoolbox/formpack
    src/formpack/reporting/export.py and src/formpack/schema/fields.py at 176f619a) with kpi's defaults
    (kpi/models/import_export_task.py `_build_export_options`, jsapp exportsConstants.ts
    DEFAULT_EXPORT_SETTINGS at 2e5efb01): labels in the form's default language, no group names in
    headers, select_multiple as `both` (the choice labels joined by one space, then one `label/choice label`
    column per choice holding 1/0, all empty when unanswered), start/end first, COPY_FIELDS and `_index`
    last. `typed` is the XLS download's default `xls_types_as_text=False`: numeric labels become numbers,
    1/0 integers, dates datetimes."""

    def __init__(self, form: Node, lang: str | None, typed: bool, groups: bool = False) -> None:
        """`lang` None is "XML values and headers" (names); `groups` is "Include groups in headers"."""
        self.fields = list(leaves(form))
        self.lang = lang
        self.typed = typed
        self.groups = groups

    def _text(self, node: Node) -> str:
        return (node.get("label", {}).get(self.lang) if self.lang else None) or node["name"]

    def label(self, groups: tuple[Node, ...], field: Node) -> str:
        """FormField._get_label: the label (or name), after its groups' labels with hierarchy_in_labels."""
        return "/".join(self._text(node) for node in (*(groups if self.groups else ()), field))

    def header(self) -> list[str]:
        labels: list[str] = []
        for groups, field in self.fields:
            label = self.label(groups, field)
            labels.append(label)
            if field["type"] == "select all that apply":
                labels += [f"{label}/{self._text(choice)}" for choice in field["choices"]]
        return [*labels, *COPY_FIELDS, "_index"]

    def row(self, submission: dict[str, str], number: int, submitted: datetime) -> list[Any]:
        cells: list[Any] = []
        for _, field in self.fields:
            value = submission.get(field["name"])
            kind = field["type"]
            if kind == "select all that apply":
                cells += self._multiple(field, value)
            elif kind == "select one":
                label = "" if value is None else self._choice_label(field, value)
                cells.append(try_get_number(label) if self.typed and label else label)
            elif kind in ("start", "end") and self.typed and value:
                cells.append(datetime.fromisoformat(value))
            else:
                cells.append(value or "")
        submission_id = uuid.UUID(int=number, version=4)
        tail: list[Any] = [
            3_000_000 + number if self.typed else str(3_000_000 + number),
            str(submission_id),
            submitted if self.typed else f"{submitted:%Y-%m-%dT%H:%M:%S}",
            "", "", "submitted_via_web", "", "vDk8mZsXrQ2pTyW4uN6bJa", "", f"uuid:{submission_id}",
            number if self.typed else str(number),
        ]  # fmt: skip
        return cells + tail

    def _choice_label(self, field: dict[str, Any], name: str) -> str:
        choice = next((choice for choice in field["choices"] if choice["name"] == name), None)
        return self._text(choice) if choice else name

    def _multiple(self, field: dict[str, Any], value: str | None) -> list[Any]:
        choices = field["choices"]
        if value is None:
            return [""] * (1 + len(choices))
        chosen = value.split()
        labels = [self._choice_label(field, name) for name in chosen]
        summary: Any = " ".join(labels)
        if len(labels) == 1 and self.typed:
            summary = try_get_number(labels[0])
        one, zero = (1, 0) if self.typed else ("1", "0")
        return [summary, *(one if choice["name"] in chosen else zero for choice in choices)]

    def csv(self, rows: list[list[Any]]) -> bytes:
        """Export.to_csv: `;`, every cell in double quotes with `"` doubled; kpi writes CRLF lines in UTF-8."""
        lines = ['"' + '";"'.join(str(cell).replace('"', '""') for cell in row) + '"\r\n' for row in rows]
        return "".join(lines).encode("utf-8")

    def xlsx(self, rows: list[list[Any]], sheet: str) -> bytes:
        """Export.to_xlsx: xlsxwriter with remove_timezone and yyyy-mm-dd dates, each cell by `write`."""
        buffer = io.BytesIO()
        book = xlsxwriter.Workbook(
            buffer, {"in_memory": True, "default_date_format": "yyyy-mm-dd", "remove_timezone": True}
        )
        worksheet = book.add_worksheet(sheet)
        for row_index, row in enumerate(rows):
            for column, cell in enumerate(row):
                worksheet.write(row_index, column, cell)
        book.close()
        return buffer.getvalue()


def submission(questionnaire: Questionnaire, person: Any) -> dict[str, str]:
    """What Enketo or KoboCollect submits: XML values, i.e. choice names (several joined by spaces)."""
    values = {"nip": person.nip, "nama": person.name, "unit_kerja": person.unit, "jabatan": person.role}
    opened = person.submitted_at - timedelta(minutes=12)
    values["start"] = f"{opened:%Y-%m-%dT%H:%M:%S}.000+07:00"
    values["end"] = f"{person.submitted_at:%Y-%m-%dT%H:%M:%S}.000+07:00"
    for question in questionnaire.questions:
        answer = person.answers.get(question.id)
        if answer is None:
            continue
        chosen = answer if question.kind is Kind.MULTI else [answer]
        positions = [position for position, option in enumerate(question.choices) if option.value in chosen]
        values[question.id] = " ".join(choice_name(question, position) for position in positions)
    return values


DOWNLOADS = {
    "default": ("Indonesian (id)", True, False, "xlsx"),
    "csv": ("Indonesian (id)", False, False, "csv"),
    "xml-values-and-headers": (None, False, False, "csv"),
    "groups-in-headers": ("English (en)", False, True, "csv"),
}
"""The download dialog's defaults (XLS, typed), CSV, and two other settings: (lang, typed, groups, file)."""


@pytest.mark.parametrize("download", list(DOWNLOADS))
@pytest.mark.parametrize("name", ["kompetensi-digital-asn", str(MINIMAL)])
def test_kobo_downloads_score_like_the_library(tmp_path, name, download):
    """KoboToolbox's downloads of submissions to a form built from the exported XLSForm."""
    questionnaire = load_questionnaire(name)
    lang, typed, groups, suffix = DOWNLOADS[download]
    export = FormpackExport(converted(questionnaire)._pyxform, lang, typed, groups)
    staff = people(questionnaire)
    rows: list[list[Any]] = [export.header()]
    submitted = {}
    for number, person in enumerate(staff, 1):
        utc = person.submitted_at.replace(tzinfo=WIB).astimezone(timezone.utc)
        submitted[person.nip] = utc
        rows.append(export.row(submission(questionnaire, person), number, utc.replace(tzinfo=None)))
    path = tmp_path / f"{questionnaire.text(questionnaire.title)} - all versions - {lang or 'xml'}.{suffix}"
    path.write_bytes(export.xlsx(rows, questionnaire.id[:31]) if suffix == "xlsx" else export.csv(rows))
    assert_scores_like_the_library(path, name, questionnaire, staff, submitted)
