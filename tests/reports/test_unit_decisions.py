"""The unit table counts each decision group: training, confirmation by the supervisor, over-estimation."""

from __future__ import annotations

from asn_skills import load_questionnaire, score_answers
from asn_skills.reports import aggregate
from asn_skills.synthetic.people import generate_people

MAIN = load_questionnaire("kompetensi-digital-asn")


def test_each_unit_counts_who_awaits_confirmation_and_who_rates_self_too_high():
    records = [
        score_answers(MAIN, person.answers, role=person.role, nip=person.nip, unit="Satu").model_dump(mode="json")
        for person in generate_people(MAIN, 80, seed=4)
    ]
    (unit,) = aggregate.units(MAIN, records)
    assert unit.confirm == sum(1 for record in records if record["priority"] == "confirm") > 0
    assert unit.overestimates == sum(1 for record in records if record["overestimates"])
    assert unit.flagged == sum(1 for record in records if record["needs_training"])
