"""The yearly plan as an agency budgets it (AKPK): the budget year, a cost estimate per course and the
quarter each class is planned in.

Costs are estimates from the catalogue or the agency file; a course with no known cost is left out of the
total and counted, never priced at zero. Classes are placed quarter by quarter, the courses of critical
areas and those with the most people who need training first, within the classes a quarter can hold.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date

from asn_skills.questionnaire.model import Questionnaire, Training
from asn_skills.reports.plan_settings import CourseCost, PlanSettings
from asn_skills.reports.planning import PlannedCourse, PlannedEmployee, PlanTotals, TrainingPlan
from asn_skills.scoring.result import Record

QUARTERS = 4


@dataclass(frozen=True)
class ScheduledCourse(PlannedCourse):
    """A course of the plan with its cost estimate and the quarters its classes are planned in."""

    cost_per_participant: float | None
    """Rupiah per participant (the agency's figure, else the catalogue's); None when neither has one."""
    cost_per_class: float | None
    """Rupiah per class, likewise."""
    cost: float | None
    """The estimate for all its participants and classes; None when no cost is known."""
    quarters: tuple[int, ...]
    """Classes planned in each of the four quarters."""
    unscheduled: int
    """Classes that do not fit the year's quarters."""


@dataclass(frozen=True)
class ScheduledTotals(PlanTotals):
    """The plan's totals with its year, cost and quarters."""

    year: int
    """The budget year."""
    cost: float | None
    """The estimated cost of the courses with a known cost; None when none has one."""
    uncosted: int
    """Courses with classes but no known cost (left out of `cost`)."""
    quarter_capacity: int
    """The classes a quarter holds."""
    classes_by_quarter: tuple[int, ...]
    """Classes planned in each quarter."""
    unscheduled: int
    """Classes that do not fit the year."""
    participants: int
    """Places over all courses (an employee with two courses counts twice)."""


@dataclass(frozen=True)
class ScheduledPlan:
    """The plan as an agency budgets it: each course costed and placed in quarters."""

    courses: tuple[ScheduledCourse, ...]
    employees: tuple[PlannedEmployee, ...]
    totals: ScheduledTotals


def budget_year(records: Sequence[Record], given: int | None = None, today: date | None = None) -> int:
    """The year the plan is for: `given`, else the year after the latest answer in the round, else next year."""
    if given is not None:
        return given
    years = [int(stamp[:4]) for stamp in (r.get("submitted_at") for r in records) if stamp and stamp[:4].isdigit()]
    return (max(years) if years else (today or date.today()).year) + 1


def course_cost(training: Training, override: CourseCost | None) -> CourseCost | None:
    """The agency's figures for a course when it has any, else the catalogue's; None when neither has one."""
    if override is not None:
        return override
    if training.cost_per_participant is None and training.cost_per_class is None:
        return None
    return CourseCost(training.cost_per_participant, training.cost_per_class)


def estimated_cost(cost: CourseCost | None, participants: int, classes: int) -> float | None:
    """Participants x the per-participant cost plus classes x the per-class cost; None when no cost is known."""
    if cost is None:
        return None
    return (cost.per_participant or 0.0) * participants + (cost.per_class or 0.0) * classes


def schedule_order(questionnaire: Questionnaire, courses: Sequence[PlannedCourse]) -> list[int]:
    """Indexes of `courses` in the order their classes are placed: critical areas first, then the courses most
    people need (firm participants), then the most participants, then catalogue order."""
    critical = {domain.id for domain in questionnaire.domains if domain.critical}
    return sorted(
        range(len(courses)),
        key=lambda i: (
            courses[i].domain not in critical,
            -courses[i].firm,
            -courses[i].participants,
            i,
        ),
    )


def quarters(classes: Sequence[int], order: Sequence[int], capacity: int | None) -> tuple[list[list[int]], int]:
    """Classes per quarter for each course (in `classes` order) and the capacity used; classes that do not fit
    four quarters of `capacity` are left unplaced (the plan says so).

    Without a capacity the year is shared evenly: a quarter holds a quarter of all classes, rounded up.
    """
    per_quarter = capacity if capacity is not None else max(1, math.ceil(sum(classes) / QUARTERS))
    free = [per_quarter] * QUARTERS
    placed = [[0] * QUARTERS for _ in classes]
    quarter = 0
    for index in order:
        for _ in range(classes[index]):
            while quarter < QUARTERS and free[quarter] == 0:
                quarter += 1
            if quarter == QUARTERS:
                break
            placed[index][quarter] += 1
            free[quarter] -= 1
    return placed, per_quarter


def scheduled(questionnaire: Questionnaire, plan: TrainingPlan, settings: PlanSettings, year: int) -> ScheduledPlan:
    """The plan with, per course, its cost estimate and classes per quarter, and in the totals the year, the
    estimated cost and how many courses and classes it leaves out."""
    catalogue = {training.id: training for training in questionnaire.trainings}
    order = schedule_order(questionnaire, plan.courses)
    placed, per_quarter = quarters([course.classes for course in plan.courses], order, settings.quarter_capacity)
    courses: list[ScheduledCourse] = []
    for course, by_quarter in zip(plan.courses, placed, strict=True):
        cost = course_cost(catalogue[course.training], settings.costs.get(course.training))
        courses.append(
            ScheduledCourse(
                **{spec.name: getattr(course, spec.name) for spec in fields(PlannedCourse)},
                cost_per_participant=cost.per_participant if cost else None,
                cost_per_class=cost.per_class if cost else None,
                cost=estimated_cost(cost, course.participants, course.classes),
                quarters=tuple(by_quarter),
                unscheduled=course.classes - sum(by_quarter),
            )
        )
    planned = [course for course in courses if course.classes]
    costs = [course.cost for course in planned if course.cost is not None]
    totals = ScheduledTotals(
        **{spec.name: getattr(plan.totals, spec.name) for spec in fields(PlanTotals)},
        year=year,
        cost=sum(costs) if costs else None,
        uncosted=len(planned) - len(costs),
        quarter_capacity=per_quarter,
        classes_by_quarter=tuple(sum(course.quarters[q] for course in courses) for q in range(QUARTERS)),
        unscheduled=sum(course.unscheduled for course in courses),
        participants=sum(course.participants for course in courses),
    )
    return ScheduledPlan(tuple(courses), plan.employees, totals)
