"""The AKPK plan's budget year, cost estimate and quarters, and the agency file's [plan] table."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support import variant

from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.render.agency import read_agency
from asn_skills.reports.plan_settings import CourseCost, PlanSettings, read_plan_settings
from asn_skills.reports.planning import PlannedCourse, PlanTotals, TrainingPlan
from asn_skills.reports.schedule import budget_year, quarters, schedule_order, scheduled


def course(training: str, domain: str, participants: int, suggestions: int = 0, classes: int = 1) -> PlannedCourse:
    return PlannedCourse(training=training, title={"id": training}, domain=domain, participants=participants,
                         suggestions=suggestions, pending=0, firm=participants - suggestions, by_unit={},
                         classes=classes, hours=8, hours_total=8 * classes, participant_hours=8 * participants,
                         mode="e-learning", provider="BPSDM", deferred=0)  # fmt: skip


def plan_of(*courses: PlannedCourse) -> TrainingPlan:
    totals = PlanTotals(employees=0, pending=0, classes=sum(c.classes for c in courses), hours_total=0,
                        participant_hours=0, jp_budget=20, class_size=30)  # fmt: skip
    return TrainingPlan(courses, (), totals)


@pytest.fixture
def costed(tmp_path):
    """The minimal questionnaire with domain b critical and a cost on a-1 (per participant) and b-1 (per class)."""
    path, _ = variant(
        tmp_path,
        [
            (
                'name = { id = "Ranah B", en = "Domain B" }',
                'name = { id = "Ranah B", en = "Domain B" }\ncritical = true',
            ),
            ('provider = "BPSDM"', 'provider = "BPSDM"\ncost_per_participant = 500000'),
            ('provider = "BSSN"', 'provider = "BSSN"\ncost_per_class = 10000000'),
        ],
    )
    return load_questionnaire(path)


def test_the_budget_year_is_the_year_after_the_latest_answer():
    records: Any = [{"submitted_at": "2026-03-01T08:00:00+07:00"}, {"submitted_at": "2025-12-30T08:00:00"}]
    assert budget_year(records) == 2027
    assert budget_year(records, given=2030) == 2030
    assert budget_year([{"submitted_at": None}], today=date(2026, 5, 1)) == 2027  # type: ignore[list-item]


def test_cost_is_participants_and_classes_times_their_costs_and_unknown_costs_stay_out(costed):
    plan = plan_of(course("a-1", "a", 40, classes=2), course("b-1", "b", 30), course("a-2", "a", 10))
    result = scheduled(costed, plan, PlanSettings(), 2027)
    costs = {c.training: c.cost for c in result.courses}
    assert costs == {"a-1": 40 * 500000, "b-1": 10000000, "a-2": None}
    assert result.totals.cost == 40 * 500000 + 10000000
    assert result.totals.uncosted == 1
    assert result.totals.year == 2027


def test_the_agency_cost_table_overrides_the_catalogue(costed):
    settings = PlanSettings(costs={"a-1": CourseCost(per_class=3000000), "a-2": CourseCost(per_participant=100)})
    plan = plan_of(course("a-1", "a", 40, classes=2), course("a-2", "a", 10))
    result = scheduled(costed, plan, settings, 2027)
    assert [c.cost for c in result.courses] == [6000000, 1000]
    assert result.totals.uncosted == 0


def test_no_cost_anywhere_leaves_the_total_unknown_not_zero(costed):
    result = scheduled(costed, plan_of(course("a-2", "a", 10)), PlanSettings(), 2027)
    assert result.totals.cost is None and result.totals.uncosted == 1


def test_critical_areas_then_the_most_people_in_need_are_scheduled_first(costed):
    courses = [course("a-1", "a", 50, suggestions=45), course("a-2", "a", 30), course("b-2", "b", 5)]
    assert schedule_order(costed, courses) == [2, 1, 0]


def test_classes_fill_the_quarters_in_order_within_the_capacity():
    placed, capacity = quarters([3, 2, 4], order=[1, 0, 2], capacity=2)
    assert capacity == 2
    assert placed == [[0, 2, 1, 0], [2, 0, 0, 0], [0, 0, 1, 2]]
    overflow, _ = quarters([10], order=[0], capacity=2)
    assert overflow == [[2, 2, 2, 2]]


def test_without_a_capacity_the_classes_are_spread_over_the_year():
    placed, capacity = quarters([5, 3], order=[0, 1], capacity=None)
    assert capacity == 2
    assert [sum(q[i] for q in placed) for i in range(4)] == [2, 2, 2, 2]


def test_classes_that_do_not_fit_the_year_are_counted(costed):
    plan = plan_of(course("a-1", "a", 300, classes=10))
    result = scheduled(costed, plan, PlanSettings(quarter_capacity=2), 2027)
    assert result.courses[0].unscheduled == 2 and result.totals.unscheduled == 2
    assert result.totals.classes_by_quarter == (2, 2, 2, 2)


def test_the_agency_file_plan_table_is_read(tmp_path):
    path = tmp_path / "instansi.toml"
    path.write_text(
        '[agency]\nname = "BKPSDM Kabupaten Sleman"\n\n[plan]\ndecree = "Keputusan Kepala BKPSDM"\n'
        'number = "800/12/2027"\ndate = "2 Januari 2027"\nquarter_capacity = 6\n\n'
        "[plan.costs]\na-1 = { per_participant = 750000 }\nb-1 = { per_class = 12500000.5, per_participant = 0 }\n",
        encoding="utf-8",
    )
    assert read_agency(path).name == "BKPSDM Kabupaten Sleman"
    found = read_plan_settings(path)
    assert (found.decree, found.number, found.date) == ("Keputusan Kepala BKPSDM", "800/12/2027",
                                                                      "2 Januari 2027")  # fmt: skip
    assert found.quarter_capacity == 6
    assert found.costs == {"a-1": CourseCost(750000), "b-1": CourseCost(0, 12500000.5)}


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        ("quarter_capacity = 0", "quarter_capacity"),
        ('quarter_capacity = "6"', "quarter_capacity"),
        ("budget = 5", "plan.budget"),
        ("[plan.costs]\na-1 = 5", "a-1 = { per_participant"),
        ("[plan.costs]\na-1 = { per_person = 5 }", "plan.costs.a-1.per_person"),
        ("[plan.costs]\na-1 = { per_class = -1 }", "plan.costs.a-1.per_class"),
        ("number = 12", "plan.number"),
    ],
)
def test_a_bad_plan_table_names_the_key_and_the_fix(tmp_path, plan, expected):
    path = tmp_path / "instansi.toml"
    path.write_text(f'[agency]\nname = "X"\n\n[plan]\n{plan}\n', encoding="utf-8")
    with pytest.raises(AsnSkillsError) as caught:
        read_plan_settings(path)
    assert expected in str(caught.value) and str(path) in str(caught.value)


def test_an_unknown_table_in_the_agency_file_is_an_error(tmp_path):
    path = tmp_path / "instansi.toml"
    path.write_text('[agency]\nname = "X"\n\n[biaya]\na = 1\n', encoding="utf-8")
    with pytest.raises(AsnSkillsError, match="biaya"):
        read_agency(path)
