"""The yearly plan as an agency budgets it (AKPK): the budget year, a cost estimate per course and the
quarter each class is planned in.

Costs are estimates from the catalogue or the agency file; a course with no known cost is left out of the
total and counted, never priced at zero. Classes are placed quarter by quarter, the courses of critical
areas and those with the most people who need training first, within the classes a quarter can hold.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from asn_skills.questionnaire.model import Questionnaire, Training
from asn_skills.reports.plan_settings import CourseCost, PlanSettings
from asn_skills.scoring.result import Record

QUARTERS = 4


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


def firm_participants(course: Mapping[str, Any]) -> int:
    """Participants who need the course (not suggestions, not awaiting confirmation)."""
    return max(0, int(course["participants"]) - int(course["suggestions"]) - int(course.get("pending", 0)))


def schedule_order(questionnaire: Questionnaire, courses: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of `courses` in the order their classes are placed: critical areas first, then the courses most
    people need (firm participants), then the most participants, then catalogue order."""
    critical = {domain.id for domain in questionnaire.domains if domain.critical}
    return sorted(
        range(len(courses)),
        key=lambda i: (
            courses[i]["domain"] not in critical,
            -firm_participants(courses[i]),
            -courses[i]["participants"],
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


def scheduled(questionnaire: Questionnaire, plan: dict[str, Any], settings: PlanSettings, year: int) -> dict[str, Any]:
    """The plan with, per course, its cost estimate and classes per quarter, and in the totals the year, the
    estimated cost and how many courses and classes it leaves out."""
    catalogue = {training.id: training for training in questionnaire.trainings}
    courses = [dict(course) for course in plan["courses"]]
    order = schedule_order(questionnaire, courses)
    placed, per_quarter = quarters([course["classes"] for course in courses], order, settings.quarter_capacity)
    for course, by_quarter in zip(courses, placed, strict=True):
        cost = course_cost(catalogue[course["training"]], settings.costs.get(course["training"]))
        course["cost_per_participant"] = cost.per_participant if cost else None
        course["cost_per_class"] = cost.per_class if cost else None
        course["cost"] = estimated_cost(cost, course["participants"], course["classes"])
        course["quarters"] = by_quarter
        course["unscheduled"] = course["classes"] - sum(by_quarter)
    planned = [course for course in courses if course["classes"]]
    costs = [course["cost"] for course in planned if course["cost"] is not None]
    totals = {
        **plan["totals"],
        "year": year,
        "cost": sum(costs) if costs else None,
        "uncosted": len(planned) - len(costs),
        "quarter_capacity": per_quarter,
        "classes_by_quarter": [sum(course["quarters"][q] for course in courses) for q in range(QUARTERS)],
        "unscheduled": sum(course["unscheduled"] for course in courses),
        "participants": sum(course["participants"] for course in courses),
    }
    return {**plan, "courses": courses, "totals": totals}
