"""The demo without a terminal: a synthetic round scored and stored in a temporary store, and its documents."""

from __future__ import annotations

from asn_skills.demo import ROUND, demo_round
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports import aggregate
from asn_skills.reports.views.demo import demo_documents

MAIN = load_questionnaire("kompetensi-digital-asn")


def test_the_demo_round_is_every_synthetic_employee_read_back_from_the_store():
    tally, data = demo_round(MAIN, 30, 7, "en")
    assert (tally.rows, tally.scored, tally.rejected) == (30, 30, 0)
    assert data.name == ROUND and len(data.records) == 30


def test_the_staff_list_stops_at_top_and_says_how_many_more():
    _, data = demo_round(MAIN, 30, 7, "en")
    flagged = len(aggregate.flagged(data.records))
    assert flagged > 2
    shown = demo_documents(MAIN, data, "en", top=2, compact=True)
    staff = shown.staff.blocks[1]
    assert len(staff.rows) == 2 and f"... and {flagged - 2} more" in staff.notes[-1]
    assert not shown.organisation.footer and [block.name for block in shown.courses.blocks] == ["courses"]
    everyone = demo_documents(MAIN, data, "en", top=0, compact=False).staff.blocks[1]
    assert len(everyone.rows) == flagged and not any("more" in note for note in everyone.notes)
