"""An Excel data-entry template for offline collection, whose saved .xlsx or CSV `score` reads as it is.

The first sheet holds one row per employee: NIP (formatted as text, so Excel keeps all 18 digits), name,
unit, role and one column per question, each answer picked from a dropdown of the option labels in the
questionnaire's first language. A question with several answers has one column per option, `ID[value]`,
picked as "Ya"/"Tidak" (the checkbox columns `score` reads). A read-me sheet says how to fill and score it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from asn_skills.deploy.privacy import privacy_notice
from asn_skills.deploy.wording import FALLBACK, IDENTITY_FIELDS, wording
from asn_skills.errors import AsnSkillsError
from asn_skills.i18n import LANGUAGES
from asn_skills.ingest.headers import HeaderReader, Target
from asn_skills.questionnaire.model import Kind, Question, Questionnaire
from asn_skills.render.agency import Agency

ENTRY_ROWS = 10_000
"""Rows given dropdowns and checks (more rows can be typed; they are scored all the same)."""
LISTS_SHEET = "_pilihan"
IDENTITY_TARGETS = {"nip": "nip", "nama": "name", "unit_kerja": "unit", "jabatan": "role"}
INPUT_TITLE_LIMIT = 32
INPUT_MESSAGE_LIMIT = 255
"""Excel's limits on the prompt shown when a cell is selected."""


@dataclass
class Column:
    """One column of the answers sheet."""

    header: str
    expected: Target
    """What `score` must read the header as."""
    width: float
    choices: list[str] = field(default_factory=list)
    """The dropdown, empty for free text."""
    prompt: tuple[str, str] | None = None
    """(title, message) shown when a cell of the column is selected."""
    note: str = ""
    """The comment on the header cell."""


def workbook(questionnaire: Questionnaire, named: str | None = None, agency: Agency | None = None) -> bytes:
    """The template as .xlsx bytes. `named` is how `score -q` is to name the questionnaire (its id, or the path
    of a file that is not bundled); the questionnaire's id when not given."""
    lang = questionnaire.languages[0]
    columns = _columns(questionnaire, lang)
    _check_headers(questionnaire, columns)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    answers_name = wording("template_answers_sheet", lang)
    answers = book.add_worksheet(answers_name)
    readme = book.add_worksheet(wording("template_readme_sheet", lang))
    lists = book.add_worksheet(LISTS_SHEET)
    _answers_sheet(book, answers, lists, columns, lang)
    _readme_sheet(book, readme, questionnaire, columns, answers_name, _argument(named or questionnaire.id), agency)
    lists.hide()
    answers.activate()
    book.close()
    return buffer.getvalue()


def _columns(q: Questionnaire, lang: str) -> list[Column]:
    roles = [q.text(role.name, lang) for role in q.roles]
    columns = []
    for name, key in IDENTITY_FIELDS:
        header = wording(key, lang)
        column = Column(header, ("identity", IDENTITY_TARGETS[name]), 24 if name != "nip" else 21)
        if name == "jabatan":
            column.choices = roles
        columns.append(column)
    ticked = [wording("deploy_ticked", lang), wording("deploy_not_ticked", lang)]
    for position, question in enumerate(q.questions):
        text = q.text(question.text, lang)
        note = "\n".join(dict.fromkeys(q.text(question.text, other) for other in q.languages))
        if question.kind is Kind.MULTI:
            for option_position, option in enumerate(question.choices):
                label = q.text(option.label, lang)
                columns.append(
                    Column(
                        option_header(question, option_position),
                        ("option", (position, option_position)),
                        14,
                        ticked,
                        (question.id, _cut(f"{text} → {label}")),
                        f"{note}\n\n→ {label}",
                    )
                )
        else:
            labels = [q.text(option.label, lang) for option in question.choices]
            columns.append(Column(question.id, ("question", position), 16, labels, (question.id, _cut(text)), note))
    return columns


def option_header(question: Question, position: int) -> str:
    """`KAM11[a]`: the question id and the option's value (or code, or LimeSurvey's position code)."""
    option = question.choices[position]
    for name in (str(option.value), option.code):
        if name and "]" not in name and name.strip() == name:
            return f"{question.id}[{name}]"
    return f"{question.id}[SQ{position + 1:03d}]"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= INPUT_MESSAGE_LIMIT else text[: INPUT_MESSAGE_LIMIT - 1] + "…"


def _check_headers(questionnaire: Questionnaire, columns: list[Column]) -> None:
    """Every heading must be read back as the column it is (a question id `NIP` would take the NIP column)."""
    reader = HeaderReader(questionnaire)
    for column in columns:
        if reader.read(column.header) != column.expected:
            raise AsnSkillsError("template_heading_ambiguous", heading=column.header)


def _answers_sheet(
    book: xlsxwriter.Workbook,
    sheet: xlsxwriter.worksheet.Worksheet,
    lists: xlsxwriter.worksheet.Worksheet,
    columns: list[Column],
    lang: str,
) -> None:
    heading = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1})
    as_text = book.add_format({"num_format": 49})  # Excel's built-in Text ("@")
    sheet.set_row(0, 45)
    ranges: dict[tuple[str, ...], str] = {}
    """Each distinct dropdown once, in its own column of the hidden lists sheet."""
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column.header, heading)
        if column.note:
            sheet.write_comment(0, index, column.note, {"x_scale": 2.5, "y_scale": 2})
        sheet.set_column(index, index, column.width, as_text if column.expected == ("identity", "nip") else None)
        if column.expected == ("identity", "nip"):
            sheet.data_validation(
                1,
                index,
                ENTRY_ROWS,
                index,
                {
                    "validate": "length",
                    "criteria": "==",
                    "value": 18,
                    "input_title": column.header,
                    "input_message": wording("deploy_nip_hint", lang),
                    "error_message": wording("deploy_nip_invalid", lang),
                },
            )
        if not column.choices:
            continue
        key = tuple(column.choices)
        if key not in ranges:
            letter = xl_col_to_name(len(ranges))
            for row, choice in enumerate(column.choices):
                lists.write_string(row, len(ranges), choice)
            ranges[key] = f"='{LISTS_SHEET}'!${letter}$1:${letter}${len(column.choices)}"
        rule: dict[str, object] = {
            "validate": "list",
            "source": ranges[key],
            "error_message": wording("template_pick_from_list", lang),
        }
        if column.prompt:
            rule |= {"input_title": column.prompt[0][:INPUT_TITLE_LIMIT], "input_message": column.prompt[1]}
        sheet.data_validation(1, index, ENTRY_ROWS, index, rule)
    sheet.freeze_panes(1, 2)


def _argument(text: str) -> str:
    """`text` as one command-line argument: in double quotes when it holds a space (Command Prompt, PowerShell
    and POSIX shells alike)."""
    return f'"{text}"' if any(character.isspace() for character in text) else text


def _readme_sheet(
    book: xlsxwriter.Workbook,
    sheet: xlsxwriter.worksheet.Worksheet,
    q: Questionnaire,
    columns: list[Column],
    answers_name: str,
    named: str,
    agency: Agency | None = None,
) -> None:
    title = book.add_format({"bold": True, "font_size": 14})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "valign": "top"})
    wrapped = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, 1, 70)
    sheet.set_column(2, 2, 60)
    row = 0
    sheet.write_string(row, 0, q.text(q.title), title)
    row += 2
    languages = list(dict.fromkeys(lang if lang in LANGUAGES else FALLBACK for lang in q.languages))
    lang = languages[0]
    for shown in languages:
        sheet.write_string(row, 0, wording("template_readme_title", shown), book.add_format({"bold": True}))
        row += 1
        steps = [
            wording("template_step_rows", shown, sheet=answers_name),
            wording("template_step_nip", shown),
            wording("template_step_answers", shown),
        ]
        if any(question.kind is Kind.MULTI for question in q.questions):
            steps.append(wording("template_step_multi", shown, ticked=wording("deploy_ticked", q.languages[0])))
        steps.append(wording("template_step_save", shown, sheet=answers_name, questionnaire=named))
        for step in steps:
            sheet.write_string(row, 0, step)
            row += 1
        row += 1
        # The paper forms typed in here carry the same notice; it is kept beside the data it covers.
        notice = privacy_notice(q, agency, shown)
        sheet.write_string(row, 0, notice[0], book.add_format({"bold": True}))
        row += 1
        for paragraph in notice[1:]:
            sheet.write_string(row, 0, paragraph)
            row += 1
        row += 1
    headings = ["template_column", "template_question", "template_options"]
    for index, key in enumerate(headings):
        sheet.write_string(row, index, " / ".join(wording(key, shown) for shown in languages), bold)
    row += 1
    for column in columns[len(IDENTITY_FIELDS) :]:
        kind, what = column.expected
        question = q.questions[what if kind == "question" else what[0]]
        text = "\n".join(dict.fromkeys(q.text(question.text, other) for other in q.languages))
        if kind == "option":
            option = question.choices[what[1]]
            text += f"\n→ {q.text(option.label, lang)}"
            options = " / ".join(column.choices)
        else:
            options = "\n".join(f"{number}. {label}" for number, label in enumerate(column.choices, 1))
        sheet.write_string(row, 0, column.header, wrapped)
        sheet.write_string(row, 1, text, wrapped)
        sheet.write_string(row, 2, options, wrapped)
        row += 1
