"""The store's rounds as a document: who was assessed with which questionnaire, and when."""

from __future__ import annotations

from pathlib import Path

from asn_skills.render.document import Document, Section
from asn_skills.render.view import View
from asn_skills.reports.views.texts import t
from asn_skills.store.store import RoundSummary


def rounds_view(summaries: list[RoundSummary], path: Path, lang: str) -> View:
    """A row per round of the store at `path`; the data is one object per round."""
    heading = t("store.heading", lang, path=path)
    return View(Document(heading, [_rounds_section(summaries, lang)]), [_summary(s) for s in summaries])


def _summary(summary: RoundSummary) -> dict[str, object]:
    return {
        "round": summary.round,
        "questionnaire": summary.questionnaire_id,
        "people": summary.people,
        "assessments": summary.finished,
        "unfinished": summary.unfinished,
        "first": summary.first.isoformat(),
        "last": summary.last.isoformat(),
    }


def _period(summary: RoundSummary) -> str:
    first, last = f"{summary.first.astimezone():%d/%m/%Y}", f"{summary.last.astimezone():%d/%m/%Y}"
    return first if first == last else f"{first}-{last}"


def _rounds_section(summaries: list[RoundSummary], lang: str) -> Section:
    rows = [
        [
            summary.round or "-",
            summary.questionnaire_id,
            str(summary.people),
            str(summary.finished),
            str(summary.unfinished),
            _period(summary),
        ]
        for summary in summaries
    ]
    columns = [
        t("col.round", lang),
        t("col.questionnaire", lang),
        t("col.people", lang),
        t("col.assessments", lang),
        t("col.unfinished", lang),
        t("col.period", lang),
    ]
    notes = [] if rows else [t("store.no_rounds", lang)]
    return Section(
        t("store.rounds_title", lang),
        columns,
        rows,
        numeric=frozenset({2, 3, 4}),
        nowrap=frozenset({0, 1}),
        notes=notes,
    )
