"""One person's assessments over time as a document: a row per assessment, each area's score with its change."""

from __future__ import annotations

from typing import Any

from asn_skills.locale_format import day, decimal
from asn_skills.render.document import Document, Section, number
from asn_skills.render.view import View
from asn_skills.reports.views.texts import t
from asn_skills.store.store import Stored


def history_view(nip: str, assessments: list[Stored], lang: str) -> View:
    """The history of `nip` (its assessments oldest answered first), headed by the person's latest name and
    the questionnaire."""
    name = next((stored.result.name for stored in reversed(assessments) if stored.result.name), None)
    who = f"{name} ({nip})" if name else nip
    heading = t("history.heading", lang, who=f"{who} · {assessments[-1].questionnaire_id}" if assessments else who)
    section = _section(assessments, lang)
    return View(Document(heading, [section], lang=lang), [_record(stored) for stored in assessments], section)


def _record(stored: Stored) -> dict[str, Any]:
    return {
        **stored.result.model_dump(mode="json"),
        "assessed_at": stored.finished_at.isoformat(),
        "stored_at": stored.finished_at.isoformat(),
        "round": stored.round,
        "questionnaire": stored.questionnaire_id,
    }


def _section(assessments: list[Stored], lang: str) -> Section:
    """One row per assessment: when it was answered and when stored, then each area's score with the change
    since the previous assessment below it (so a row fits 80 columns)."""
    domain_ids = list(dict.fromkeys(key for stored in assessments for key in stored.result.domains))
    rows = []
    previous: dict[str, Stored] = {}
    for stored in assessments:
        before = previous.get(stored.questionnaire_id)
        answered = stored.result.submitted_at or stored.finished_at
        cells = [day(answered, lang, "medium"), day(stored.finished_at, lang, "medium"), stored.round or ""]
        for key in domain_ids:
            value = stored.result.domains.get(key)
            old = before.result.domains.get(key) if before else None
            cells.append(_with_change(value.score if value else None, old.score if old else None, lang))
        cells.append(_with_change(stored.result.overall, before.result.overall if before else None, lang))
        rows.append(cells)
        previous[stored.questionnaire_id] = stored
    columns = [
        t("col.answered", lang),
        t("col.stored", lang),
        t("col.round", lang),
        *(key[:3].upper() for key in domain_ids),
        t("col.overall", lang),
    ]
    return Section(
        t("history.title", lang),
        columns,
        rows,
        numeric=frozenset(range(3, len(columns))),
        nowrap=frozenset(range(len(columns))),
        notes=[
            t("history.legend", lang, codes=", ".join(f"{k[:3].upper()} = {k}" for k in domain_ids)),
            t("history.dates", lang),
        ],
    )


def _with_change(score: float | None, before: float | None, lang: str) -> str:
    """The score, and below it the change since the previous assessment (none for the first)."""
    if score is None:
        return "-"
    shown = decimal(number(score).value or 0.0, lang)
    if before is None:
        return shown
    change = decimal(abs(score - before), lang)
    return f"{shown}\n{'+' if score >= before else '-'}{change}"
