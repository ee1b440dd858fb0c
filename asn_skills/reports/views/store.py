"""The store's rounds as a document: who was assessed with which questionnaire, and when."""

from __future__ import annotations

from pathlib import Path

from asn_skills.locale_format import days, decimal
from asn_skills.render.document import Cell, Document, Section
from asn_skills.render.view import View
from asn_skills.render.visible import visible
from asn_skills.reports.views.parts import count_cell
from asn_skills.reports.views.texts import t
from asn_skills.store.store import RoundSummary, Unnamed


def rounds_view(summaries: list[RoundSummary], path: Path, lang: str) -> View:
    """A row per round of the store at `path`; the data is one object per round."""
    heading = t("store.heading", lang, path=path)
    return View(Document(heading, [_rounds_section(summaries, lang)], lang=lang), [_summary(s) for s in summaries])


def _summary(summary: RoundSummary) -> dict[str, object]:
    return {
        "round": summary.round,
        "questionnaire": summary.questionnaire_id,
        "people": summary.people,
        "assessments": summary.finished,
        "unfinished": summary.unfinished,
        "answered_first": summary.answered_first.isoformat(),
        "answered_last": summary.answered_last.isoformat(),
        "stored_first": summary.first.isoformat(),
        "stored_last": summary.last.isoformat(),
        "first": summary.first.isoformat(),
        "last": summary.last.isoformat(),
    }


def _rounds_section(summaries: list[RoundSummary], lang: str) -> Section:
    """One row per round: its answered period and its storage date apart. The questionnaire has a column only
    when the store holds more than one (so the table fits 80 columns), else the title names it."""
    instruments = list(dict.fromkeys(summary.questionnaire_id for summary in summaries))
    several = len(instruments) > 1
    rows: list[list[Cell]] = [
        [
            summary.round or "-",
            *([summary.questionnaire_id] if several else []),
            count_cell(summary.people),
            count_cell(summary.finished),
            count_cell(summary.unfinished),
            days(summary.answered_first, summary.answered_last, lang),
            days(summary.first, summary.last, lang),
        ]
        for summary in summaries
    ]
    columns = [
        t("col.round", lang),
        *([t("col.questionnaire", lang)] if several else []),
        t("col.people", lang),
        t("col.assessments", lang),
        t("col.unfinished", lang),
        t("col.answered", lang),
        t("col.stored", lang),
    ]
    notes = [t("store.dates_note", lang)] if rows else [t("store.no_rounds", lang)]
    title = t("store.rounds_title", lang)
    first_count = 2 if several else 1
    return Section(
        title if several or not instruments else f"{title} ({instruments[0]})",
        columns,
        rows,
        numeric=frozenset(range(first_count, first_count + 3)),
        nowrap=frozenset({0, 1, first_count + 3, first_count + 4}),
        notes=notes,
    )


def unnamed_line(match: Unnamed, lang: str) -> str:
    """One assessment stored without a NIP, on one line (`store forget --name`)."""
    state = t("store.finished" if match.finished else "store.unfinished", lang)
    fields = [match.name or "-", match.unit or "-", match.role or "-", match.round or "-", match.when, state]
    return "  ".join(visible(field) for field in fields)  # names come from exports: shown, never obeyed


def size_text(count: int, lang: str) -> str:
    """A file size for people, as `lang` writes numbers: KiB below a mebibyte, else MiB (`117,9 MiB`)."""
    if count < 1024 * 1024:
        return f"{decimal(count / 1024, lang, 0)} KiB"
    return f"{decimal(count / 1024 / 1024, lang, 1)} MiB"
