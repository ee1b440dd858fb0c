"""Every registered report view builds from what `rounds.read` gives and is written by every writer: a new
view added to the registry is held to the same contract without a test of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asn_skills import load_questionnaire, score_answers
from asn_skills.json_data import json_text
from asn_skills.render.document import Document, Section, document_html, document_markdown, section_csv
from asn_skills.render.screen import visible_document
from asn_skills.render.xlsx import document_workbook
from asn_skills.reports.plan_settings import CourseCost, PlanSettings
from asn_skills.reports.rounds import Request, read
from asn_skills.reports.views.registry import VIEWS, Inputs, plan_view
from asn_skills.store.store import Source, Store
from asn_skills.synthetic.people import generate_people

MAIN = load_questionnaire("kompetensi-digital-asn")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views") / "store.db"
    with Store.open(path) as store:
        for round_name, seed in (("2025", 1), ("2026", 2)):
            for person in generate_people(MAIN, 12, seed):
                result = score_answers(MAIN, person.answers, role=person.role, nip=person.nip, unit=person.unit)
                store.add_finished(MAIN, result, person.answers, round_name=round_name, source=Source.BATCH)
    return path


def inputs_for(db: Path, name: str) -> Inputs:
    view = VIEWS[name]
    rounds = ("2025", "2026") if view.rounds == 2 else ("2026",)
    reading = read(Request(rounds=rounds, answers=view.answers), db)
    nip = reading.rounds[0].data.records[0]["nip"]
    return Inputs(reading.questionnaire, reading.rounds, "en", nip=nip)


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_every_view_builds_and_is_written_in_every_format(db, name):
    view = VIEWS[name].build(inputs_for(db, name))
    document = view.document
    assert document.title and document.blocks and document.lang == "en"
    assert json.loads(json_text(view.data))
    assert document.title in document_markdown(document) and "<table>" in document_html(document)
    if view.table is not None:
        assert section_csv(view.table).count("\r\n") == len(view.table.rows) + 1
    workbook = view.sheets() if view.sheets else document
    assert document_workbook(workbook).startswith(b"PK")


def test_the_plan_view_is_signed_when_written_and_not_on_screen(db):
    inputs = inputs_for(db, "organisation")
    assert plan_view(inputs, employees=False).document.signature
    on_screen = Inputs(inputs.questionnaire, inputs.rounds, "en", on_screen=True)
    assert not plan_view(on_screen, employees=True).document.signature


@pytest.mark.parametrize("name", ["organisation", "person"])
def test_the_yellow_range_is_named_in_html_and_not_on_the_screen(db, name):
    """The terminal draws the bars without the required band, and Markdown shows the numbers only: a note
    about a yellow range belongs where the chart is drawn."""
    document = VIEWS[name].build(inputs_for(db, name)).document
    assert "Yellow range" in document_html(document)
    assert "Yellow range" not in document_markdown(document)
    screen = visible_document(document)
    assert not any("Yellow range" in note for block in screen.blocks for note in block.notes)


@pytest.mark.parametrize(("lang", "cost"), [("id", "| 48.650 |"), ("en", "| 48,650 |")])
def test_a_cost_below_a_million_is_grouped_once_as_the_reader_writes_it(db, lang, cost):
    """A cost written 48.650 before the writers saw it was read back as the decimal 48,65 in Indonesian."""
    inputs = inputs_for(db, "organisation")
    costs = PlanSettings(costs={course.id: CourseCost(per_class=48650) for course in MAIN.trainings})
    priced = Inputs(inputs.questionnaire, inputs.rounds, lang, plan_settings=costs)
    document = plan_view(priced, employees=False).document
    courses = next(block for block in document.blocks if getattr(block, "name", "") == "courses")
    assert isinstance(courses, Section)
    shown = document_markdown(Document(document.title, [courses], lang=lang))
    assert cost in shown
    assert ("48,650" if lang == "id" else "48.650") not in shown


def test_a_personal_report_carries_no_warning_about_the_others_results(db):
    """Every personal report said "1 of 300 results are incomplete ..." about other people; writing 10,000
    of them also counted the whole round once per report."""
    inputs = inputs_for(db, "person")
    others = inputs.rounds[0].data.records
    others[1] = {**others[1], "incomplete": True}
    organisation = VIEWS["organisation"].build(inputs).document
    assert organisation.warning and "1 of" in organisation.warning
    person = VIEWS["person"].build(inputs).document
    assert person.warning == ""
