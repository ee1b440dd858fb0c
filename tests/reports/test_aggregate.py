"""Organisation and unit figures, comparison and the training plan on a small hand-computed data set."""

from __future__ import annotations

import pytest

from asn_skills import score_answers
from asn_skills.identity import pseudonym, pseudonymise
from asn_skills.json_data import plain
from asn_skills.reports import aggregate
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.planning import training_plan
from asn_skills.reports.schedule import scheduled

STRONG = {"A1": 3, "A2": 3, "A3": "a", "A4": ["a", "b"], "B1": 5, "B2": 1, "B3": 2}  # a = b = 100, level 3
MIDDLE = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}  # a 77.78, b 50: level 2
WEAK = {"A1": 0, "A2": 0, "A3": "b", "A4": ["c"], "B1": 1, "B2": 5, "B3": 1}  # a = b = 0: level 1


@pytest.fixture
def minimal(minimal):
    """Decisions read at the levels reached (confirm_margin 0): these figures are hand-computed from levels."""
    return minimal.model_copy(update={"policy": minimal.policy.model_copy(update={"confirm_margin": 0})})


@pytest.fixture
def records(minimal):
    people = [
        ("198609262015051001", "Unit A", STRONG, "staf"),
        ("198609262015051002", "Unit A", MIDDLE, "staf"),
        ("198609262015051003", "Unit A", WEAK, "staf"),
        ("198609262015051004", "Unit A", WEAK, "ahli"),
        ("198609262015051005", "Unit A", MIDDLE, "ahli"),
        ("198609262015051006", "Unit B", WEAK, "staf"),
        ("198609262015051007", "Unit B", STRONG, "staf"),
    ]
    return [
        score_answers(minimal, answers, role=role, nip=nip, name=f"Nama {nip[-1]}", unit=unit).model_dump(mode="json")
        for nip, unit, answers, role in people
    ]


def test_organisation_figures(minimal, records):
    report = aggregate.organisation(minimal, records, "r1")
    assert (report.n, report.flagged) == (7, 4)  # the three WEAK, and MIDDLE against the ahli role
    a = report.domains["a"]
    assert a.mean == round((100 + 77.78 + 0 + 0 + 77.78 + 0 + 100) / 7, 2)
    assert a.levels == {"1": 3, "2": 2, "3": 2}
    assert a.below == round(4 / 7, 4)  # WEAK x3 below 2 (staf) or 3 (ahli), MIDDLE as ahli below 3
    assert report.priority == {"none": 3, "high": 4}  # every flagged JPM is below 68
    assert report.weakest == ["b", "a"]


def test_small_units_are_suppressed(minimal, records):
    units = {entry.unit: entry for entry in aggregate.organisation(minimal, records, "r1").units}
    assert plain(units["Unit B"]) == {"unit": "Unit B", "n": 2, "flagged": None, "suppressed": True}
    assert units["Unit A"].suppressed is False and units["Unit A"].flagged == 3
    assert units["Unit A"].domains["a"].mean == round((100 + 77.78 + 0 + 0 + 77.78) / 5, 2)


def test_a_small_organisation_shows_no_statistics(minimal, records):
    report = aggregate.organisation(minimal, records[:3], "r1")
    assert report.suppressed is True and report.flagged is None and report.domains == {}
    assert list(plain(report)) == ["round", "n", "flagged", "suppressed", "domains", "units"]


def test_flagged_order(records):
    staff = aggregate.flagged(records)
    assert [record["jpm"] for record in staff] == [33.33, 50.0, 50.0, 66.67]
    assert all(record["priority"] == "high" for record in staff)


def test_compare_rounds(minimal, records):
    later = [dict(record) for record in records]
    improved = score_answers(minimal, STRONG, role="staf", nip="198609262015051003", unit="Unit A")
    later[2] = improved.model_dump(mode="json")
    comparison = aggregate.compare(minimal, records, later, ("r1", "r2"))
    assert comparison.out_of_need == ["198609262015051003"] and comparison.into_need == []
    unit_a = next(entry for entry in comparison.units if entry.unit == "Unit A")
    assert unit_a.domains["a"].change == round(100 / 5, 2)
    assert next(entry for entry in comparison.units if entry.unit == "Unit B").suppressed is True


def test_training_plan_by_hand(minimal, records):
    plan = training_plan(minimal, records)
    courses = {course.training: course for course in plan.courses}
    # WEAK (staf x2, ahli x1): equal gaps at level 1, breadth first -> round 1 a-1 (8) + b-1 (10) = 18 JP;
    # round 2 a-2 (12) and b-2 (6) no longer fit and are deferred. MIDDLE as ahli: level 2 in both ->
    # a-2 (12) + b-2 (6).
    assert courses["a-1"].participants == 3 and courses["a-1"].by_unit == {"Unit A": 2, "Unit B": 1}
    assert courses["b-1"].participants == 3
    assert courses["a-2"].participants == 1 and courses["a-2"].deferred == 3
    assert courses["b-2"].participants == 1 and courses["b-2"].deferred == 3
    assert all(course.suggestions == 0 for course in courses.values())
    assert courses["a-1"].classes == 1 and courses["a-1"].hours_total == 8
    assert courses["a-1"].participant_hours == 24
    employees = {entry.nip: entry for entry in plan.employees}
    assert employees["198609262015051005"].trainings == ("a-2", "b-2")
    assert employees["198609262015051005"].hours == 18
    assert employees["198609262015051003"].trainings == ("a-1", "b-1")
    assert employees["198609262015051003"].deferred == ("a-2", "b-2")
    assert plan.totals.employees == 4


def test_the_plan_json_keeps_its_field_names_and_order(minimal, records):
    """`plan --format json` is read by other tools: a field renamed or moved in the plan's types shows here."""
    planned = training_plan(minimal, records)
    found = plain(scheduled(minimal, planned, PlanSettings(), 2027))
    assert list(found) == ["courses", "employees", "totals"]
    assert list(found["courses"][0]) == [
        "training", "title", "domain", "participants", "suggestions", "pending", "firm", "by_unit", "classes",
        "hours", "hours_total", "participant_hours", "mode", "provider", "deferred",
        "cost_per_participant", "cost_per_class", "cost", "quarters", "unscheduled",
    ]  # fmt: skip
    assert list(found["employees"][0]) == [
        "nip", "name", "unit", "role", "priority", "trainings", "hours", "deferred", "deferred_hours",
    ]  # fmt: skip
    assert list(found["totals"]) == [
        "employees", "pending", "classes", "hours_total", "participant_hours", "jp_budget", "class_size",
        "year", "cost", "uncosted", "quarter_capacity", "classes_by_quarter", "unscheduled", "participants",
    ]  # fmt: skip
    # scheduling adds cost and quarters and changes none of the planned figures
    for before, after in zip(plain(planned)["courses"], found["courses"], strict=True):
        assert {key: after[key] for key in before} == before
    assert found["employees"] == plain(planned)["employees"]
    assert found["courses"][0]["quarters"] == [1, 0, 0, 0]


def test_classes_round_up(minimal, records):
    many = [dict(records[2], nip=f"1986092620150510{i:02d}") for i in range(31)]
    course = next(c for c in training_plan(minimal, many).courses if c.training == "a-1")
    assert (course.participants, course.classes, course.hours_total) == (31, 2, 16)


def test_pseudonyms_are_keyed_stable_and_replace_name_and_nip(records):
    hidden = pseudonymise(records, "rahasia")
    assert hidden[0]["nip"] == hidden[0]["name"] == pseudonym("rahasia", "198609262015051001")
    assert pseudonym("rahasia", "x") == pseudonym("rahasia", "x") != pseudonym("lain", "x")
    assert records[0]["nip"] == "198609262015051001", "the originals are not changed"
    text = str(hidden)
    assert "19860926" not in text and "Nama" not in text


def test_literacy_report_reads_on_the_national_index_scale():
    from asn_skills import load_questionnaire
    from asn_skills.synthetic.people import generate_people

    literacy = load_questionnaire("literasi-digital")
    records = [
        score_answers(literacy, p.answers, role=p.role, nip=p.nip).model_dump(mode="json")
        for p in generate_people(literacy, 40, 2)
    ]
    report = aggregate.organisation(literacy, records, "r")
    national = report.national
    assert national is not None
    assert national.domains["keamanan"].national == 3.46  # the government/TNI/Polri segment, 2022
    assert national.overall.national == 3.74
    mean = report.domains["keamanan"].mean
    assert mean is not None and national.domains["keamanan"].here == round(1 + 4 * mean / 100, 2)
    assert "national" not in plain(aggregate.organisation(load_questionnaire("kompetensi-digital-asn"), [], "r"))
