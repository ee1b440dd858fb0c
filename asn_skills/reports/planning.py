"""The yearly training plan: per course its participants and classes, per employee their courses and JP."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from asn_skills.questionnaire.model import Questionnaire, Text
from asn_skills.scoring.result import PRIORITY_ORDER, Record


@dataclass(frozen=True)
class PlannedCourse:
    """One course of the plan: who takes it, from which units, and the classes that makes."""

    training: str
    """The course's id in the catalogue."""
    title: Text
    """The course's title in each language."""
    domain: str
    """The area it trains."""
    participants: int
    """Everyone it is recommended to: firm, pending and suggestions."""
    suggestions: int
    """Participants to whom it is a development suggestion (they need no training)."""
    pending: int
    """Participants whose need awaits their supervisor's confirmation."""
    firm: int
    """Participants who need it (neither a suggestion nor pending)."""
    by_unit: Mapping[str, int]
    """Participants per unit, units in order of their names."""
    classes: int
    """Classes of at most the questionnaire's class size that hold the participants."""
    hours: float
    """Lesson hours (JP) of one class."""
    hours_total: float
    """JP of all its classes."""
    participant_hours: float
    """JP of all its participants (participants x hours)."""
    mode: str
    """How it is delivered: e-learning, klasikal, blended."""
    provider: str
    """Who gives it."""
    deferred: int
    """Employees for whom it would exceed the yearly JP budget: left to a later year."""


@dataclass(frozen=True)
class PlannedEmployee:
    """One employee with courses this year or deferred to a later one."""

    nip: str | None
    name: str | None
    unit: str | None
    role: str | None
    priority: str
    """Their priority: high, medium, confirm, low or none."""
    trainings: tuple[str, ...]
    """The catalogue's courses for them this year, within the JP budget."""
    hours: float
    """JP of those courses."""
    deferred: tuple[str, ...]
    """Courses left to a later year because they would exceed the JP budget."""
    deferred_hours: float
    """JP of the deferred courses the catalogue knows."""


@dataclass(frozen=True)
class PlanTotals:
    """The plan over all courses and employees."""

    employees: int
    """Employees with a course this year or a deferred one."""
    pending: int
    """Of those, the ones whose need awaits their supervisor's confirmation."""
    classes: int
    hours_total: float
    """JP of all classes."""
    participant_hours: float
    """JP of all participants."""
    jp_budget: float
    """An employee's yearly JP budget."""
    class_size: int
    """The most participants a class holds."""


@dataclass(frozen=True)
class TrainingPlan:
    """The courses with participants (or deferrals), in catalogue order; the employees, highest priority
    first; the totals."""

    courses: tuple[PlannedCourse, ...]
    employees: tuple[PlannedEmployee, ...]
    totals: PlanTotals


def training_plan(questionnaire: Questionnaire, records: Sequence[Record]) -> TrainingPlan:
    """The plan of the recommendations in the records."""
    catalogue = {training.id: training for training in questionnaire.trainings}
    class_size = questionnaire.policy.class_size
    participants: dict[str, Counter[str]] = {training.id: Counter() for training in questionnaire.trainings}
    deferred: Counter[str] = Counter()
    suggestions: Counter[str] = Counter()
    pending: Counter[str] = Counter()
    employees: list[PlannedEmployee] = []
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
                PlannedEmployee(
                    nip=record.get("nip"),
                    name=record.get("name"),
                    unit=record.get("unit"),
                    role=record.get("role"),
                    priority=record["priority"],
                    trainings=tuple(courses),
                    hours=sum(catalogue[course].hours for course in courses),
                    deferred=tuple(record["deferred"]),
                    deferred_hours=sum(catalogue[c].hours for c in record["deferred"] if c in catalogue),
                )
            )
    rows: list[PlannedCourse] = []
    for training in questionnaire.trainings:
        count = sum(participants[training.id].values())
        if not count and not deferred[training.id]:
            continue
        classes = math.ceil(count / class_size) if count else 0
        rows.append(
            PlannedCourse(
                training=training.id,
                title=training.title,
                domain=training.domain,
                participants=count,
                suggestions=suggestions[training.id],
                pending=pending[training.id],
                firm=count - suggestions[training.id] - pending[training.id],
                by_unit=dict(sorted(participants[training.id].items())),
                classes=classes,
                hours=training.hours,
                hours_total=classes * training.hours,
                participant_hours=count * training.hours,
                mode=training.mode.value,
                provider=training.provider,
                deferred=deferred[training.id],
            )
        )
    employees.sort(key=lambda entry: (PRIORITY_ORDER.get(entry.priority, 3), entry.unit or "", entry.name or ""))
    totals = PlanTotals(
        employees=len(employees),
        pending=sum(1 for entry in employees if entry.priority == "confirm"),
        classes=sum(row.classes for row in rows),
        hours_total=sum(row.hours_total for row in rows),
        participant_hours=sum(row.participant_hours for row in rows),
        jp_budget=questionnaire.policy.jp_budget,
        class_size=class_size,
    )
    return TrainingPlan(tuple(rows), tuple(employees), totals)
