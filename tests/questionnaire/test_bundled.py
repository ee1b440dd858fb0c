"""The bundled instruments validate, score, and hold what their descriptions promise."""

from __future__ import annotations

from collections import Counter

import pytest

from asn_skills import load_questionnaire, score_answers
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import check_file
from asn_skills.synthetic.people import generate_people

DIGCOMP_COMPETENCES = {
    "1.1",
    "1.2",
    "1.3",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "2.6",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
    "4.1",
    "4.2",
    "4.3",
    "4.4",
    "5.1",
    "5.2",
    "5.3",
    "5.4",
}


def test_three_instruments_are_bundled():
    assert bundled.ids() == ["keamanan-siber-kilat", "kompetensi-digital-asn", "literasi-digital"]


@pytest.mark.parametrize("path", bundled.paths(), ids=lambda path: path.stem)
def test_bundled_instrument_validates_and_its_id_is_its_file_name(path):
    questionnaire, problems = check_file(path)
    assert [problem.message("en") for problem in problems] == []
    assert questionnaire.id == path.stem
    assert questionnaire.languages == ("id", "en")


@pytest.mark.parametrize("name", bundled.ids())
def test_bundled_instrument_scores_a_synthetic_workforce(name):
    questionnaire = load_questionnaire(name)
    results = [score_answers(questionnaire, p.answers, role=p.role) for p in generate_people(questionnaire, 60, seed=1)]
    assert all(result.overall is not None for result in results)
    assert len({result.level for result in results}) >= 2, "scores should spread over levels"
    assert 0 < sum(result.needs_training for result in results) < len(results)


def test_main_instrument_covers_digcomp():
    q = load_questionnaire("kompetensi-digital-asn")
    assert 50 <= len(q.questions) <= 70
    assert [domain.reference for domain in q.domains] == [f"DigComp 2.2 area {n}" for n in range(1, 6)]
    rated = {question.competence for question in q.questions if question.kind.value == "self"}
    assert rated >= DIGCOMP_COMPETENCES
    knowledge = [question for question in q.questions if question.kind.value in ("choice", "multi")]
    # every competence rests on knowledge evidence, not on one self-rating
    assert {question.competence for question in knowledge} >= DIGCOMP_COMPETENCES
    per_area = Counter(question.domain for question in knowledge)
    assert all(per_area[domain.id] >= 7 for domain in q.domains), per_area
    assert [q.text(level.name, "id") for level in q.levels] == ["Dasar", "Menengah", "Lanjut"]
    assert [q.text(level.name, "en") for level in q.levels] == ["Foundation", "Intermediate", "Advanced"]


def test_main_instrument_roles_and_catalogue():
    q = load_questionnaire("kompetensi-digital-asn")
    assert len(q.roles) >= 5
    assert all(set(role.required) == set(q.domains_by_id) for role in q.roles)
    assert len(q.trainings) >= 12
    for domain in q.domains:
        # every level from which a gap can exist has a course in the area, and no course is for a level
        # from which no gap can exist
        top = max(role.required[domain.id] for role in q.roles)
        offered = {level for t in q.trainings if t.domain == domain.id for level in t.for_levels}
        assert offered == set(range(1, top)), (domain.id, offered, top)


def test_literacy_instrument_uses_the_national_index_scale():
    q = load_questionnaire("literasi-digital")
    assert 16 <= len(q.questions) <= 20
    assert {question.kind.value for question in q.questions} == {"likert"}
    assert {option.value for question in q.questions for option in question.choices} == {1, 2, 3, 4, 5}
    assert [domain.id for domain in q.domains] == ["kecakapan", "etika", "keamanan", "budaya"]


def test_quick_quiz_has_ten_knowledge_questions():
    q = load_questionnaire("keamanan-siber-kilat")
    assert len(q.questions) == 10
    assert {question.kind.value for question in q.questions} == {"choice", "multi"}


def test_bundled_folder_is_found_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_questionnaire("literasi-digital").id == "literasi-digital"
