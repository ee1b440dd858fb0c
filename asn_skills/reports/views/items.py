"""The items report: reliability per area, statistics per item with its Rasch columns and flags, option use
by thirds, DIF by sex and role, and items whose answers may be circulating."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from asn_skills.questionnaire.lint.knowledge import letter
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Cell, Document, Number, Section, number
from asn_skills.render.view import View
from asn_skills.reports.items import ItemAnalysis, analyse_items, round_answers
from asn_skills.reports.items.dif import LEAST_GROUP, EtsClass, GroupComparison
from asn_skills.reports.items.distractors import OptionFlag
from asn_skills.reports.items.drift import CLEAR
from asn_skills.reports.items.rasch import INFIT_WINDOW, LEAST_PEOPLE, OUTFIT_WINDOW
from asn_skills.reports.reliability import ItemStatistics, item_statistics
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.parts import code, count_cell, decimal_cell, footer, report_title
from asn_skills.reports.views.texts import t
from asn_skills.reports.views.workbooks import named_sheets

LABEL_WIDTH = 60
"""Option labels are cut to this many characters: the table is about who chose them, not their wording."""


def rasch_columns(lang: str) -> list[str]:
    return [t("col.logit", lang), t("col.logit_se", lang), "Infit", "Outfit"]


def rasch_cells(analysis: ItemAnalysis, item: str) -> list[Cell]:
    """The Rasch difficulty, its standard error, infit and outfit of an item ("-" where there are none)."""
    fit = next((found for found in analysis.rasch.items if found.item == item), None)
    if fit is None:
        return [number(None)] * 4
    return [number(fit.difficulty, 2), number(fit.se, 2), number(fit.infit, 2), number(fit.outfit, 2)]


def item_flags(questionnaire: Questionnaire, analysis: ItemAnalysis, item: str, lang: str) -> list[str]:
    """What the analysis says is wrong with an item, in words."""
    flags = []
    options = next((found for found in analysis.distractors if found.item == item), None)
    if options is not None and options.flag is not None:
        flags.append(t(_OPTION_FLAGS[options.flag], lang))
    if any(fit.item == item and fit.misfit for fit in analysis.rasch.items):
        flags.append(t("items.misfit", lang))
    for group in analysis.dif:
        found = next((dif for dif in group.items if dif.item == item), None)
        if found is not None and found.result.ets is EtsClass.C:
            flags.append(t("items.dif_flag", lang, groups=_comparison(questionnaire, group, lang)))
    if analysis.drift is not None and any(drift.item == item and drift.circulating for drift in analysis.drift.items):
        flags.append(t("items.circulating", lang))
    return flags


def item_alarm(analysis: ItemAnalysis, item: str) -> bool:
    """A possible mis-key, large DIF or circulating answers: the item needs a look before its scores are used."""
    options = next((found for found in analysis.distractors if found.item == item), None)
    return (
        (options is not None and options.flag is OptionFlag.MIS_KEY)
        or any(dif.item == item and dif.result.ets is EtsClass.C for group in analysis.dif for dif in group.items)
        or (analysis.drift is not None and any(d.item == item and d.circulating for d in analysis.drift.items))
    )


def rasch_note(analysis: ItemAnalysis, lang: str) -> str:
    if not analysis.rasch.enough:
        return t("items.rasch_too_few", lang, people=analysis.rasch.people, least=LEAST_PEOPLE)
    return t(
        "items.rasch_note",
        lang,
        people=analysis.rasch.people,
        infit=_window(INFIT_WINDOW, lang),
        outfit=_window(OUTFIT_WINDOW, lang),
    )


def _window(window: tuple[float, float], lang: str) -> str:
    return _local(f"{window[0]}-{window[1]}", lang)


ANALYSIS_SHEETS = {"options": "sheet.options", "dif": "sheet.dif", "drift": "sheet.drift"}
"""Workbook sheet (text key) of each part `analysis_sections` makes."""


def analysis_sections(questionnaire: Questionnaire, analysis: ItemAnalysis, lang: str) -> list[Section]:
    """The parts after the item table: options, DIF and (with a compared round) circulating answers."""
    sections = [_options(questionnaire, analysis, lang), _dif(questionnaire, analysis, lang)]
    if analysis.drift is not None:
        sections.append(_drift(analysis, lang))
    return sections


def _options(questionnaire: Questionnaire, analysis: ItemAnalysis, lang: str) -> Section:
    rows: list[list[Cell]] = []
    styles: list[str | None] = []
    for item in analysis.distractors:
        question = questionnaire.questions_by_id[item.item]
        for use in item.options:
            label = questionnaire.text(question.choices[use.position].label, lang)
            rows.append(
                [
                    item.item,
                    letter(use.position),
                    label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…",
                    t("items.key", lang) if use.correct else "",
                    _percent(use.top),
                    _percent(use.bottom),
                    _percent(use.everyone),
                    t(_OPTION_FLAGS[use.flag], lang) if use.flag else "",
                ]
            )
            styles.append("red" if use.flag is OptionFlag.MIS_KEY else "yellow" if use.flag else None)
    note = t("items.options_note", lang) if rows else t("items.options_too_few", lang, people=analysis.people)
    return Section(
        t("items.options", lang),
        [
            t("col.item", lang),
            t("col.option", lang),
            t("col.label", lang),
            t("col.key", lang),
            t("col.top_third", lang),
            t("col.bottom_third", lang),
            t("col.everyone", lang),
            t("col.item_flag", lang),
        ],
        rows,
        numeric=frozenset({4, 5, 6}),
        nowrap=frozenset({0, 1}),
        notes=[note],
        styles=styles,
        name="options",
    )


def _dif(questionnaire: Questionnaire, analysis: ItemAnalysis, lang: str) -> Section:
    rows: list[list[Cell]] = []
    styles: list[str | None] = []
    for group in analysis.dif:
        for dif in group.items:
            result = dif.result
            if result.ets in (None, EtsClass.A):
                continue
            rows.append(
                [
                    _comparison(questionnaire, group, lang),
                    dif.item,
                    Number(group.reference_size, str(group.reference_size)),
                    Number(group.focal_size, str(group.focal_size)),
                    number(result.delta, 2),
                    number(result.se, 2),
                    number(result.p, 3),
                    result.ets.value if result.ets else "-",
                ]
            )
            styles.append("red" if result.ets is EtsClass.C else "yellow")
    compared = ", ".join(_comparison(questionnaire, group, lang) for group in analysis.dif)
    notes = [t("items.dif_note", lang, least=LEAST_GROUP)]
    notes.append(t("items.dif_all_a", lang, groups=compared) if compared else t("items.dif_none", lang))
    return Section(
        t("items.dif", lang),
        [
            t("col.groups", lang),
            t("col.item", lang),
            t("col.reference_n", lang),
            t("col.focal_n", lang),
            "MH delta",
            t("col.logit_se", lang),
            "p",
            t("col.ets", lang),
        ],
        rows,
        numeric=frozenset({2, 3, 4, 5, 6}),
        nowrap=frozenset({1, 7}),
        notes=notes,
        styles=styles,
        name="dif",
    )


def _drift(analysis: ItemAnalysis, lang: str) -> Section:
    drift = analysis.drift
    assert drift is not None
    rows: list[list[Cell]] = []
    styles: list[str | None] = []
    for item in drift.items:
        rows.append(
            [
                item.item,
                _percent(item.before),
                _percent(item.after),
                number(item.change, 2),
                number(item.beyond, 2),
                number(item.z, 1),
                t("items.circulating", lang) if item.circulating else "",
            ]
        )
        styles.append("red" if item.circulating else None)
    return Section(
        t("items.drift", lang, before=drift.before, after=drift.after),
        [
            t("col.item", lang),
            drift.before,
            drift.after,
            t("col.logit_change", lang),
            t("col.beyond_median", lang),
            "z",
            t("col.item_flag", lang),
        ],
        rows,
        numeric=frozenset({1, 2, 3, 4, 5}),
        nowrap=frozenset({0}),
        notes=[
            t(
                "items.drift_note",
                lang,
                median=_local(f"{drift.median_change:+.2f}", lang),
                z=_local(f"{CLEAR:g}", lang),
            )
        ],
        styles=styles,
        name="drift",
    )


def _comparison(questionnaire: Questionnaire, group: GroupComparison, lang: str) -> str:
    if group.name == "sex":
        return t("items.sex_groups", lang)
    names = {role.id: questionnaire.text(role.name, lang) for role in questionnaire.roles}
    return f"{names.get(group.focal, group.focal)} / {names.get(group.reference, group.reference)}"


def _local(number_text: str, lang: str) -> str:
    """A formatted number with the decimal comma in Indonesian."""
    return number_text.replace(".", ",") if lang == "id" else number_text


def _percent(share: float) -> Number:
    return Number(round(100 * share, 1), f"{100 * share:.0f}%")


_OPTION_FLAGS = {OptionFlag.MIS_KEY: "items.mis_key", OptionFlag.ATTRACTIVE: "items.attractive"}


def items_document(
    questionnaire: Questionnaire, stats: ItemStatistics, analysis: ItemAnalysis, round_name: str, lang: str
) -> Document:
    """Alpha per area, then a row per item (difficulty, discrimination, Rasch columns, flags), then the
    analysis tables."""
    q = questionnaire
    domains = Section(
        t("report.reliability", lang),
        [t("col.domain", lang), t("col.alpha", lang), t("col.complete", lang), t("col.items", lang)],
        [
            [
                q.text(d.name, lang),
                decimal_cell(stats.domains[d.id].alpha, 2),
                count_cell(stats.domains[d.id].n),
                count_cell(stats.domains[d.id].items),
            ]
            for d in q.domains
        ],
        numeric=frozenset({1, 2, 3}),
        notes=[t("report.alpha_note", lang)],
    )
    rows: list[list[Cell]] = []
    styles = []
    for question in q.questions:
        item = stats.items[question.id]
        flags = ([t("report.weak_item", lang)] if item.weak else []) + item_flags(q, analysis, question.id, lang)
        rows.append(
            [
                question.id,
                code(question.domain),
                t(f"kind.{question.kind.value}", lang),
                number(item.difficulty, 2),
                number(item.discrimination, 2),
                number(item.alpha_if_dropped, 2),
                *rasch_cells(analysis, question.id),
                tuple(flags),
                count_cell(item.n),
            ]
        )
        styles.append("red" if item_alarm(analysis, question.id) else "yellow" if flags else None)
    items = Section(
        t("report.items", lang),
        [
            t("col.item", lang),
            t("col.domain", lang),
            t("col.kind", lang),
            t("col.difficulty", lang),
            t("col.discrimination", lang),
            t("col.alpha_dropped", lang),
            *rasch_columns(lang),
            t("col.item_flag", lang),
            "n",
        ],
        rows,
        numeric=frozenset({3, 4, 5, 6, 7, 8, 9, 11}),
        styles=styles,
        notes=[t("report.items_note", lang), rasch_note(analysis, lang)],
    )
    blocks = [replace(domains, name="reliability"), replace(items, name="items"), *analysis_sections(q, analysis, lang)]
    return Document(report_title(q, "report.items_title", lang, round_name), blocks, footer=footer(lang), lang=lang)


def build(inputs: Inputs) -> View:
    """Item statistics and analysis of the last round read, and how its items changed since the one before."""
    q, lang, current = inputs.questionnaire, inputs.lang, inputs.rounds[-1]
    stats = item_statistics(q, current.answer_sets)
    earlier = round_answers(inputs.rounds[-2]) if len(inputs.rounds) > 1 else None
    analysis = analyse_items(q, round_answers(current), earlier)
    document = inputs.dated(items_document(q, stats, analysis, current.name, lang))
    parts = {"reliability": "sheet.reliability", "items": "sheet.items", **ANALYSIS_SHEETS}
    # a workbook sheet per table that has rows (a DIF table with no group large enough says so in its note)
    shown = {
        name: key
        for name, key in parts.items()
        if any(isinstance(block, Section) and block.name == name and block.rows for block in document.blocks)
    }
    sheets = partial(named_sheets, document, shown, lang)
    data = {"domains": stats.domains, "items": stats.items, "analysis": analysis}
    return View(document, data, document.table("items"), sheets)
