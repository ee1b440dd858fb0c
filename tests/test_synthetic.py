from __future__ import annotations

from datetime import date

from asn_skills import load_questionnaire, score_answers
from asn_skills.synthetic.people import generate_people


def test_same_seed_same_people_other_seed_other_people():
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    first = list(generate_people(questionnaire, 20, seed=5))
    assert first == list(generate_people(questionnaire, 20, seed=5))
    assert first != list(generate_people(questionnaire, 20, seed=6))


def test_answers_are_valid_options_and_nips_are_well_formed():
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    people = list(generate_people(questionnaire, 200, seed=3))
    assert len({person.nip for person in people}) == 200
    for person in people:
        score_answers(questionnaire, person.answers, role=person.role)  # raises on an invalid answer
        nip = person.nip
        assert len(nip) == 18 and nip.isdigit() and nip[14] in "12"
        born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        assert int(nip[8:12]) - born.year >= 21 and 1 <= int(nip[12:14]) <= 12


def test_answers_are_correlated_within_a_person():
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    results = [score_answers(questionnaire, p.answers) for p in generate_people(questionnaire, 300, seed=11)]
    pairs = [
        (r.domains["informasi"].score, r.domains["keamanan"].score)
        for r in results
        if r.domains["informasi"].score is not None and r.domains["keamanan"].score is not None
    ]
    xs, ys = zip(*pairs, strict=False)
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    assert cov / (var_x * var_y) ** 0.5 > 0.3
