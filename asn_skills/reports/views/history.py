"""One person's assessments over time as a document: a row per assessment, each area's score with its change."""

from __future__ import annotations

from typing import Any

from asn_skills.render.document import Document, Section, number
from asn_skills.render.view import View
from asn_skills.reports.views.texts import t
from asn_skills.store.store import Stored


def history_view(nip: str, assessments: list[Stored], lang: str) -> View:
    """The history of `nip` (its assessments oldest first), headed by the person's latest name."""
    name = next((stored.result.name for stored in reversed(assessments) if stored.result.name), None)
    heading = t("history.heading", lang, who=f"{name} ({nip})" if name else nip)
    section = _section(assessments, lang)
    return View(Document(heading, [section]), [_record(stored) for stored in assessments], section)


def _record(stored: Stored) -> dict[str, Any]:
    return {
        **stored.result.model_dump(mode="json"),
        "assessed_at": stored.finished_at.isoformat(),
        "round": stored.round,
        "questionnaire": stored.questionnaire_id,
    }


def _section(assessments: list[Stored], lang: str) -> Section:
    """One row per assessment; each area shows its score and the change since the previous one."""
    domain_ids = list(dict.fromkeys(key for stored in assessments for key in stored.result.domains))
    rows = []
    previous: dict[str, Stored] = {}
    for stored in assessments:
        before = previous.get(stored.questionnaire_id)
        cells = [f"{stored.finished_at.astimezone():%d/%m/%Y}", stored.round or "", stored.questionnaire_id]
        for key in domain_ids:
            value = stored.result.domains.get(key)
            old = before.result.domains.get(key) if before else None
            cells.append(_with_change(value.score if value else None, old.score if old else None))
        cells.append(_with_change(stored.result.overall, before.result.overall if before else None))
        rows.append(cells)
        previous[stored.questionnaire_id] = stored
    columns = [
        t("col.date", lang),
        t("col.round", lang),
        t("col.questionnaire", lang),
        *(key[:3].upper() for key in domain_ids),
        t("col.overall", lang),
    ]
    return Section(
        t("history.title", lang),
        columns,
        rows,
        numeric=frozenset(range(3, len(columns))),
        nowrap=frozenset({0, 1, 2}),
        notes=[t("history.legend", lang, codes=", ".join(f"{k[:3].upper()} = {k}" for k in domain_ids))],
    )


def _with_change(score: float | None, before: float | None) -> str:
    if score is None:
        return "-"
    if before is None:
        return number(score).text
    return f"{number(score).text} ({score - before:+.1f})"
