"""Staff whose decision awaits their supervisor's confirmation, and why: a section of the flagged list and
a note of the personal report."""

from __future__ import annotations

from collections.abc import Sequence

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Cell, Section
from asn_skills.reports.views.parts import (
    role_name,
    score_cell,
)
from asn_skills.reports.views.texts import t
from asn_skills.scoring.result import Record


def confirm_reason(q: Questionnaire, record: Record, domain_id: str, lang: str) -> str:
    """Why one area awaits confirmation: "Keamanan digital: skor 47 ± 9, batas Menengah 48"."""
    value = record["domains"][domain_id]
    name = q.text(q.domains_by_id[domain_id].name, lang) if domain_id in q.domains_by_id else domain_id
    band = next((level for level in q.levels if level.level == value["required"]), None)
    if band is None or value["score"] is None:
        return name
    parts = [
        t(
            "decision.reason",
            lang,
            score=score_cell(value["score"], value.get("se")).text,
            level=q.text(band.name, lang),
            cut=f"{band.min:g}",
        )
    ]
    knowledge = value.get("knowledge")
    if band.min_knowledge is not None and knowledge is not None:
        parts.append(
            t(
                "decision.reason_knowledge",
                lang,
                knowledge=score_cell(knowledge, value.get("knowledge_se")).text,
                cut=f"{band.min_knowledge:g}",
            )
        )
    return f"{name} ({'; '.join(parts)})"


def confirm_section(questionnaire: Questionnaire, records: Sequence[Record], lang: str) -> Section:
    """Staff whose decision awaits their supervisor: which areas, and why (score and its error beside the cut)."""
    q = questionnaire
    rows: list[list[Cell]] = [
        [
            record.get("name") or "-",
            record.get("nip") or "-",
            record.get("unit") or "-",
            role_name(q, record["role"], lang),
            tuple(confirm_reason(q, record, key, lang) for key in record.get("to_confirm", [])),
        ]
        for record in records
    ]
    columns = [
        t("col.name", lang),
        t("col.nip", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.confirm", lang),
    ]
    return Section(
        t("report.confirm_title", lang, n=len(records)),
        columns,
        rows,
        nowrap=frozenset({1}),
        notes=[t("report.confirm_note", lang)],
        name="confirm",
    )
