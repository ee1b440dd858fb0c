"""The compiled batch scorer, and the batch reader on every export style, give exactly the records of
`score_answers`."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from support import MINIMAL

from asn_skills import load_questionnaire, score_answers
from asn_skills.i18n import translate
from asn_skills.ingest.batch import BatchSettings, score_file
from asn_skills.ingest.outputs import RecordFormat, record_csv_line
from asn_skills.ingest.rows import RowOptions
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import load_file
from asn_skills.scoring.compiled import CompiledScorer
from asn_skills.scoring.rules import item_score
from asn_skills.synthetic.exports import SUFFIXES, Style, write_people
from asn_skills.synthetic.people import generate_people

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
    parts = scorer.domain_parts([tuple(items)])[0]
    warnings += scorer.part_warnings(parts)
    return scorer.record(parts, role, nip="1", name="N", unit="U", submitted_at=when, warnings=warnings)


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


@pytest.mark.parametrize("style", list(Style), ids=lambda style: style.value)
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_every_export_style_scores_like_score_answers(tmp_path_factory, style, data):
    """Answers drawn at random, written the way each tool lays them out and read back by the batch reader,
    give exactly the records of `score_answers`, submission time included."""
    questionnaire = data.draw(st.sampled_from(QUESTIONNAIRES), label="questionnaire")
    people = []
    for person in generate_people(questionnaire, data.draw(st.integers(1, 4), label="people"), seed=5):
        answers = {key: value for key, value in data.draw(answers_for(questionnaire)).items() if value is not None}
        if answers:
            people.append(replace(person, answers=answers))
    assume(people)
    folder = tmp_path_factory.mktemp("styles")
    path = folder / f"export{SUFFIXES[style]}"
    with path.open("wb") as handle:
        write_people(handle, questionnaire, style, people)
    settings_ = BatchSettings(record_format=RecordFormat.JSONL, row_options=RowOptions(lang="en"))
    with score_file(questionnaire, str(path), folder=folder, settings=settings_) as run:
        assert (run.plan.missing, run.plan.missing_identity, run.rejected) == ((), (), 0)
        buffer = io.BytesIO()
        run.write_results(buffer)
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    # The results CSV is built column-wise, not from records: it must hold the same lines.
    csv_settings = BatchSettings(row_options=RowOptions(lang="en"))
    with score_file(questionnaire, str(path), folder=folder, settings=csv_settings) as run:
        csv_buffer = io.BytesIO()
        run.write_results(csv_buffer)
    lines = csv_buffer.getvalue().decode("utf-8-sig").split("\r\n")[1:-1]
    domain_ids = [domain.id for domain in questionnaire.domains]
    assert lines == [record_csv_line(record, domain_ids).removesuffix("\r\n") for record in records]
    for person, record in zip(people, records, strict=True):
        expected = score_answers(
            questionnaire,
            person.answers,
            role=person.role,
            nip=person.nip,
            name=person.name,
            unit=person.unit,
            submitted_at=written_time(style, person.submitted_at),
            lang="en",
        ).model_dump(mode="json")
        assert record == expected


def written_time(style, moment):
    """The submission time as each style gives it: Google's download, Kobo's and ODK Central's UTC and
    Qualtrics' named zone carry a zone, a day-first Excel date has no time, the rest are wall times without a
    zone."""
    if style in (Style.GOOGLE, Style.GOOGLE_QUIZ):
        return moment.replace(tzinfo=timezone(timedelta(hours=7)))
    if style is Style.QUALTRICS:
        return moment.replace(tzinfo=ZoneInfo("Asia/Jakarta"))
    if style in (Style.KOBO, Style.KOBO_DEFAULT, Style.KOBO_SEPARATE, Style.KOBO_XML, Style.ODK_CENTRAL):
        return (moment - timedelta(hours=7)).replace(tzinfo=timezone.utc)
    if style is Style.EXCEL_ID:
        return moment.replace(hour=0, minute=0)
    return moment
