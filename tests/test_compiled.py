"""The compiled batch scorer gives exactly the records of `score_answers`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import MINIMAL

from asn_skills import load_questionnaire, score_answers
from asn_skills.i18n import translate
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import load_file
from asn_skills.scoring.compiled import CompiledScorer
from asn_skills.scoring.rules import item_score

QUESTIONNAIRES = [load_file(MINIMAL), *(load_questionnaire(name) for name in bundled.ids())]


def answers_for(questionnaire):
    entries = {}
    for question in questionnaire.questions:
        values = [option.value for option in question.choices]
        if question.kind.value == "multi":
            entries[question.id] = st.one_of(st.none(), st.lists(st.sampled_from(values), unique=True, min_size=1))
        else:
            entries[question.id] = st.one_of(st.none(), st.sampled_from(values))
    return st.fixed_dictionaries(entries)


def compiled_record(questionnaire, answers, role_name, when, lang):
    scorer = CompiledScorer(questionnaire, lang)
    items = [None if answers.get(q.id) is None else item_score(q, answers[q.id]) for q in questionnaire.questions]
    role = questionnaire.find_role(role_name) or questionnaire.default_role
    unknown = role_name and not questionnaire.find_role(role_name)
    warnings = [translate("role_unknown", lang, role=role_name, default=role.id)] if unknown else []
    return scorer.score(items, role, nip="1", name="N", unit="U", submitted_at=when, warnings=warnings)


@pytest.mark.parametrize("questionnaire", QUESTIONNAIRES, ids=lambda q: q.id)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_compiled_scorer_equals_score_answers(questionnaire, data):
    answers = data.draw(answers_for(questionnaire))
    role = data.draw(st.sampled_from([None, "nobody", *(role.id for role in questionnaire.roles)]))
    when = data.draw(
        st.sampled_from(
            [
                None,
                datetime(2026, 3, 2, 8, 15),
                datetime(2026, 3, 2, 1, 15, tzinfo=timezone.utc),
                datetime(2026, 3, 2, 8, 15, tzinfo=timezone(timedelta(hours=7))),
            ]
        )
    )
    lang = data.draw(st.sampled_from(["id", "en"]))
    expected = score_answers(
        questionnaire, answers, role=role, nip="1", name="N", unit="U", submitted_at=when, lang=lang
    ).model_dump(mode="json")
    assert compiled_record(questionnaire, answers, role, when, lang) == expected
