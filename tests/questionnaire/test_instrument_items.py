"""The items of every bundled instrument are fair to answer, and the main instrument's profiles are sane.

These tests read content, not code: they fail when a questionnaire file gives answers away (every key in
one position, the key always the longest option), uses a functional-position grade as a level name,
or asks a role for a level its job does not need.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pytest

from asn_skills import load_questionnaire, score_answers

FOLDER = Path(__file__).resolve().parents[2] / "questionnaires"
BUNDLED = sorted(path.stem for path in FOLDER.glob("*.toml") if not path.name.startswith("_"))
MAIN = "kompetensi-digital-asn"

MAX_KEY_SHARE = 0.40
"""No option position may hold more than this share of the single-choice keys."""

FUNCTIONAL_GRADES = {"terampil", "mahir", "penyelia", "ahli"}
"""Grades of functional positions (Terampil, Mahir, Penyelia, Ahli Pertama/Muda/Madya/Utama)."""

DIGCOMP = {
    1: {"1.1", "1.2", "1.3"},
    2: {"2.1", "2.2", "2.3", "2.4", "2.5", "2.6"},
    3: {"3.1", "3.2", "3.3", "3.4"},
    4: {"4.1", "4.2", "4.3", "4.4"},
    5: {"5.1", "5.2", "5.3", "5.4"},
}


def single_choice(questionnaire):
    return [question for question in questionnaire.questions if question.kind.value == "choice"]


def key_position(question) -> int:
    (position,) = [index for index, option in enumerate(question.choices) if option.correct]
    return position


def test_every_bundled_file_is_covered():
    assert MAIN in BUNDLED and len(BUNDLED) >= 3


@pytest.mark.parametrize("name", BUNDLED)
def test_single_choice_items_have_exactly_one_key(name):
    for question in single_choice(load_questionnaire(name)):
        assert sum(option.correct for option in question.choices) == 1, question.id


@pytest.mark.parametrize("name", BUNDLED)
def test_no_option_position_holds_more_than_40_percent_of_the_keys(name):
    questions = single_choice(load_questionnaire(name))
    if not questions:
        pytest.skip("no single-choice items, so there are no keys to spread")
    positions = max(len(question.choices) for question in questions)
    # The best possible spread puts ceil(n / positions) keys in the fullest position. Only when even that
    # is above 40 % (one or two items) can the rule not apply; a longer instrument must meet it.
    if math.ceil(len(questions) / positions) / len(questions) > MAX_KEY_SHARE:
        pytest.skip(f"{len(questions)} single-choice items cannot spread their keys below 40 % a position")
    keys = Counter(key_position(question) for question in questions)
    share = {position: count / len(questions) for position, count in keys.items()}
    assert max(share.values()) <= MAX_KEY_SHARE, sorted(keys.items())


@pytest.mark.parametrize("name", BUNDLED)
def test_the_fourth_position_holds_keys_too(name):
    questions = [question for question in single_choice(load_questionnaire(name)) if len(question.choices) >= 4]
    # With fewer than four such items a fair spread need not reach the fourth position.
    if len(questions) < 4:
        pytest.skip(f"{len(questions)} single-choice items with four or more options")
    assert any(key_position(question) == 3 for question in questions)


@pytest.mark.parametrize("name", BUNDLED)
def test_the_key_is_the_longest_option_in_at_most_half_the_items(name):
    questionnaire = load_questionnaire(name)
    questions = single_choice(questionnaire)
    if not questions:
        pytest.skip("no single-choice items")
    longest = []
    for question in questions:
        lengths = [len(questionnaire.text(option.label)) for option in question.choices]
        if lengths[key_position(question)] == max(lengths):  # a tie for longest counts as longest
            longest.append(question.id)
    assert len(longest) <= len(questions) / 2, longest


@pytest.mark.parametrize("name", BUNDLED)
def test_multi_select_items_have_right_and_wrong_options(name):
    for question in load_questionnaire(name).questions:
        if question.kind.value == "multi":
            marks = {option.correct for option in question.choices}
            assert marks == {True, False}, question.id


@pytest.mark.parametrize("name", BUNDLED)
def test_no_level_is_named_after_a_functional_grade(name):
    questionnaire = load_questionnaire(name)
    for level in questionnaire.levels:
        for text in level.name.values():
            words = set(re.findall(r"\w+", text.casefold()))
            assert not words & FUNCTIONAL_GRADES, text


@pytest.mark.parametrize("name", BUNDLED)
def test_courses_are_only_for_levels_from_which_a_gap_can_exist(name):
    questionnaire = load_questionnaire(name)
    for training in questionnaire.trainings:
        top = max(role.required[training.domain] for role in questionnaire.roles)
        assert all(level < top for level in training.for_levels), (training.id, training.for_levels, top)


@pytest.mark.parametrize("name", BUNDLED)
def test_no_course_is_attributed_to_the_digital_leadership_academy(name):
    # DLA is for top officials only; a course has no role filter, so it would be offered to anyone.
    for training in load_questionnaire(name).trainings:
        assert "leadership academy" not in training.provider.casefold(), training.id


@pytest.mark.parametrize("name", BUNDLED)
def test_description_leaves_the_time_to_the_consent_screen(name):
    # `assess` states the time once, computed from the items, so a description cannot disagree with it.
    questionnaire = load_questionnaire(name)
    assert not re.search(r"\bmenit\b", questionnaire.description["id"], re.IGNORECASE)
    assert not re.search(r"\bminutes?\b", questionnaire.description["en"], re.IGNORECASE)


def on_ability_scale(question) -> bool:
    """A self-rating answered "Saya belum bisa ... / bisa dengan bantuan / ..." (DigCompSAT's skill scale)."""
    return question.kind.value == "self" and "belum bisa" in question.choices[0].label["id"].casefold()


@pytest.mark.parametrize("name", BUNDLED)
def test_description_counts_match_the_items(name):
    questionnaire = load_questionnaire(name)
    rated = sum(question.is_self_rated for question in questionnaire.questions)
    knowledge = len(questionnaire.questions) - rated
    text = questionnaire.description["id"]
    for count in re.findall(r"\b(\d+) pernyataan\b", text):
        assert int(count) == rated, text
    for count in re.findall(r"\b(\d+) soal\b", text):
        assert int(count) == knowledge, text


@pytest.mark.parametrize("name", BUNDLED)
def test_ability_scale_items_state_something_one_can_or_cannot_do(name):
    # "Saya menjaga ..." or "Saya memahami ..." cannot be answered "Saya bisa dengan bantuan".
    questionnaire = load_questionnaire(name)
    for question in filter(on_ability_scale, questionnaire.questions):
        assert question.text["id"].startswith("Saya dapat "), question.id
        assert question.text["en"].startswith("I can "), question.id
    if name == MAIN:
        assert sum(map(on_ability_scale, questionnaire.questions)) >= 21


def test_main_instrument_has_seven_knowledge_items_in_every_area():
    questionnaire = load_questionnaire(MAIN)
    knowledge = Counter(q.domain for q in questionnaire.questions if q.kind.value in ("choice", "multi"))
    assert {domain.id: knowledge[domain.id] >= 7 for domain in questionnaire.domains} == {
        domain.id: True for domain in questionnaire.domains
    }, knowledge


def test_main_instrument_takes_at_most_40_minutes():
    assert 30 <= load_questionnaire(MAIN).estimated_minutes() <= 40


def test_main_instrument_tags_competences_of_their_own_area():
    questionnaire = load_questionnaire(MAIN)
    area = {domain.id: int(domain.reference.rsplit(" ", 1)[1]) for domain in questionnaire.domains}
    for question in questionnaire.questions:
        assert question.competence in DIGCOMP[area[question.domain]], question.id


def test_main_instrument_levels_are_digcompsat_groups():
    # DigCompSAT covers DigComp levels 1-6 (foundation, intermediate, advanced); a self-assessment cannot
    # certify levels 7-8, so there is no "Spesialis".
    questionnaire = load_questionnaire(MAIN)
    assert [questionnaire.text(level.name, "id") for level in questionnaire.levels] == ["Dasar", "Menengah", "Lanjut"]


def test_main_instrument_levels_above_the_first_need_knowledge():
    levels = load_questionnaire(MAIN).levels
    assert levels[0].min_knowledge is None
    knowledge = [level.min_knowledge for level in levels[1:]]
    assert all(value is not None and value > 25 for value in knowledge), knowledge
    assert knowledge == sorted(knowledge)


def test_only_it_officers_need_the_top_level_in_safety():
    # Lanjut means guiding others; in the critical safety area that is the IT officers' job alone.
    questionnaire = load_questionnaire(MAIN)
    top = max(level.level for level in questionnaire.levels)
    needing = [role.id for role in questionnaire.roles if role.required["keamanan"] == top]
    assert needing == ["pranata-komputer"]


def test_role_profiles_fit_the_jobs():
    roles = {role.id: role.required for role in load_questionnaire(MAIN).roles}
    assert max(roles["pranata-komputer"].values()) <= 3
    assert roles["fungsional"]["informasi"] == 2
    for hands_on in ("informasi", "konten", "pemecahan"):
        assert roles["pimpinan"][hands_on] <= 2, hands_on
    assert roles["layanan-publik"]["komunikasi"] >= roles["pelaksana"]["komunikasi"]
    assert roles["pimpinan"]["keamanan"] == 2


@pytest.mark.parametrize("written", ["fungsional umum", "Jabatan Fungsional Umum", "JFU", "pelaksana"])
def test_fungsional_umum_is_the_old_name_of_pelaksana(written):
    assert score_answers(load_questionnaire(MAIN), {}, role=written).role == "pelaksana"


@pytest.mark.parametrize("written", ["jft", "jabatan fungsional tertentu", "analis"])
def test_functional_specialists_are_fungsional(written):
    assert score_answers(load_questionnaire(MAIN), {}, role=written).role == "fungsional"


ABSOLUTE = {
    "id": ("semua", "hanya", "seluruh", "siapa saja", "mana pun", "selalu", "tidak pernah", "tidak satu pun"),
    "en": ("all", "only", "always", "never", "anyone", "none of the above", "all of the above"),
}
"""Words test-wise people read as "this option is wrong"."""


@pytest.mark.parametrize("name", BUNDLED)
def test_no_option_of_a_knowledge_item_uses_an_absolute_word(name):
    questionnaire = load_questionnaire(name)
    found = []
    for question in questionnaire.questions:
        if question.is_self_rated:
            continue
        for option in question.choices:
            for lang, words in ABSOLUTE.items():
                text = option.label[lang].casefold()
                found += [(question.id, word) for word in words if re.search(rf"\b{word}\b", text)]
    assert found == []


@pytest.mark.parametrize("name", BUNDLED)
def test_the_key_is_the_uniquely_shortest_option_in_at_most_a_third_of_the_items(name):
    questionnaire = load_questionnaire(name)
    questions = single_choice(questionnaire)
    for lang in questionnaire.languages:
        shortest = []
        for question in questions:
            lengths = [len(option.label[lang]) for option in question.choices]
            if lengths[key_position(question)] == min(lengths) and lengths.count(min(lengths)) == 1:
                shortest.append(question.id)
        assert len(shortest) <= len(questions) / 3, (lang, shortest)


@pytest.mark.parametrize("name", BUNDLED)
def test_no_option_position_is_right_in_every_multi_select_item(name):
    multi = [question for question in load_questionnaire(name).questions if question.kind.value == "multi"]
    if len(multi) < 2:
        pytest.skip("fewer than two multi-select items")
    always = set.intersection(*({i for i, o in enumerate(q.choices) if o.correct} for q in multi))
    assert always == set()


def test_a_careful_civil_servant_is_not_flagged_by_the_quick_quiz():
    # Right on the everyday rules (phishing domain, account, OTP, USB stick, lending an account, a
    # clicked link, updates), wrong on the three more technical items: 7 of 10.
    quiz = load_questionnaire("keamanan-siber-kilat")
    keys = {}
    for question in quiz.questions:
        right = [option.value for option in question.choices if option.correct]
        keys[question.id] = right if question.kind.value == "multi" else right[0]
    wrong = {
        question.id: next(option.value for option in question.choices if not option.correct)
        for question in quiz.questions
    }
    answers = {**keys, "S04": wrong["S04"], "S05": [wrong["S05"]], "S10": wrong["S10"]}
    result = score_answers(quiz, answers, role="pns")
    assert result.overall == 70
    assert not result.needs_training
