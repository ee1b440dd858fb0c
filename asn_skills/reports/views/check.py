"""What `score --check` shows: how each column of an export was read, and the first rejected values."""

from __future__ import annotations

from asn_skills.i18n import translate
from asn_skills.ingest.batch import BatchRun
from asn_skills.ingest.cells import NONE_OF_THESE
from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Cell, Document, Section
from asn_skills.reports.views.parts import count_cell
from asn_skills.reports.views.texts import t


def _role_section(questionnaire: Questionnaire, run: BatchRun, lang: str) -> Section:
    """How each role text in the export was read: HR sees at once which need an alias or a [roles] entry."""
    default = t("check.role_default", lang, role=questionnaire.default_role.id)
    rows: list[list[Cell]] = [
        [text or "-", count_cell(count), role.id if role else default] for text, count, role in run.roles_read()
    ]
    columns = [t("col.role_written", lang), t("col.rows", lang), t("col.role", lang)]
    return Section(t("check.roles", lang), columns, rows, numeric=frozenset({1}))


def check_document(questionnaire: Questionnaire, run: BatchRun, lang: str) -> Document:
    """Each column of the export and what it was read as, the counts, and how role texts were read."""
    plan = run.plan
    header = plan.header
    matched: dict[int, str] = {}
    for entry in plan.questions:
        question = questionnaire.questions[entry.question]
        if entry.column is not None:
            matched[entry.column] = question.id
        for column, position in entry.option_columns:
            value = none_of_these.NAME if position == NONE_OF_THESE else question.choices[position].value
            matched[column] = f"{question.id} = {value}"
    for name, column in plan.identity.items():
        matched[column] = t(f"identity.{name}", lang)
    for column in plan.derived:
        matched[column] = t("check.derived", lang)
    for column in plan.tool:
        matched[column] = translate("column_tool", lang)
    for column in plan.duplicates:
        matched[column] = t("check.duplicate", lang)
    for column in plan.partial:
        matched[column] = t("check.partial", lang)
    unused = t("check.unused", lang)
    rows = [[str(column + 1), header[column], matched.get(column, unused)] for column in range(len(header))]
    notes = [t("check.missing", lang, questions=", ".join(plan.missing))] if plan.missing else []
    counts = {
        "questions": len(plan.questions),
        "total": len(questionnaire.questions),
        "unused": len(plan.unused),
        "rows": run.rows,
        "rejected": run.rejected - len(run.superseded),
        "superseded": len(run.superseded),
    }
    notes.append(t("check.counts", lang, **counts))
    prepared = run.prepared
    if prepared.headings is not None:
        used = prepared.headings
        notes.append(t("check.header_row", lang, row=used.line, rows=len(used.rows), data=prepared.data_line))
    heading = t(
        "check.title", lang, file=prepared.shown, delimiter=repr(prepared.delimiter), encoding=prepared.encoding
    )
    columns = [t("col.number", lang), t("col.header", lang), t("col.matched", lang)]
    sections = [Section("", columns, rows, numeric=frozenset({0}), notes=notes)]
    if "role" in plan.identity:
        sections.append(_role_section(questionnaire, run, lang))
    return Document(heading, sections, lang=lang)


def check_problems(run: BatchRun, lang: str, limit: int) -> list[str]:
    """One line per rejected value, the first `limit` of them."""
    return [
        t("check.problem", lang, line=line_number, column=header_name or "-", value=value, reason=reason)
        for line_number, header_name, value, reason in run.problems(limit)
    ]
