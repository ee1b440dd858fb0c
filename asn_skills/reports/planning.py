"""The yearly training plan: per course its participants and classes, per employee their courses and JP."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.result import PRIORITY_ORDER, Record


def training_plan(questionnaire: Questionnaire, records: Sequence[Record]) -> dict[str, Any]:
    """`{"courses": [...], "employees": [...], "totals": {...}}` from the recommendations in the records."""
    catalogue = {training.id: training for training in questionnaire.trainings}
    class_size = questionnaire.policy.class_size
    participants: dict[str, Counter[str]] = {training.id: Counter() for training in questionnaire.trainings}
    deferred: Counter[str] = Counter()
    suggestions: Counter[str] = Counter()
    pending: Counter[str] = Counter()
    employees: list[dict[str, Any]] = []
    for record in records:
        courses = [course for course in record["trainings"] if course in catalogue]
        for course in courses:
            participants[course][record.get("unit") or "-"] += 1
            # firm (needs training), pending the supervisor's confirmation, or a development suggestion
            confirming = record["priority"] == "confirm"
            pending[course] += confirming
            suggestions[course] += not record["needs_training"] and not confirming
        deferred.update(course for course in record["deferred"] if course in catalogue)
        if courses or record["deferred"]:
            employees.append(
                {
                    "nip": record.get("nip"),
                    "name": record.get("name"),
                    "unit": record.get("unit"),
                    "role": record.get("role"),
                    "priority": record["priority"],
                    "trainings": courses,
                    "hours": sum(catalogue[course].hours for course in courses),
                    "deferred": list(record["deferred"]),
                    "deferred_hours": sum(catalogue[c].hours for c in record["deferred"] if c in catalogue),
                }
            )
    rows: list[dict[str, Any]] = []
    for training in questionnaire.trainings:
        count = sum(participants[training.id].values())
        if not count and not deferred[training.id]:
            continue
        classes = math.ceil(count / class_size) if count else 0
        rows.append(
            {
                "training": training.id,
                "title": training.title,
                "domain": training.domain,
                "participants": count,
                "suggestions": suggestions[training.id],
                "pending": pending[training.id],
                "firm": count - suggestions[training.id] - pending[training.id],
                "by_unit": dict(sorted(participants[training.id].items())),
                "classes": classes,
                "hours": training.hours,
                "hours_total": classes * training.hours,
                "participant_hours": count * training.hours,
                "mode": training.mode.value,
                "provider": training.provider,
                "deferred": deferred[training.id],
            }
        )
    employees.sort(
        key=lambda entry: (PRIORITY_ORDER.get(entry["priority"], 3), entry.get("unit") or "", entry.get("name") or "")
    )
    return {
        "courses": rows,
        "employees": employees,
        "totals": {
            "employees": len(employees),
            "pending": sum(1 for entry in employees if entry["priority"] == "confirm"),
            "classes": sum(row["classes"] for row in rows),
            "hours_total": sum(row["hours_total"] for row in rows),
            "participant_hours": sum(row["participant_hours"] for row in rows),
            "jp_budget": questionnaire.policy.jp_budget,
            "class_size": class_size,
        },
    }
