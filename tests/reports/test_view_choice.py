"""Which report view the switches ask for, without a front end."""

from __future__ import annotations

import pytest

from asn_skills.errors import UsageProblem
from asn_skills.reports.views.choice import choose_view

OFF = {"units": False, "flagged": False, "items": False, "compare": False, "persons": False, "nip": None}


@pytest.mark.parametrize(
    ("given", "name", "nips"),
    [
        ({}, "organisation", ()),
        ({"nip": "1987"}, "person", ()),
        ({"units": True, "nip": "1987"}, "units", ("1987",)),
        ({"items": True, "compare": True}, "items", ()),
        ({"compare": True}, "compare", ()),
        ({"persons": True}, "persons", ()),
    ],
)
def test_one_switch_chooses_its_view_and_a_nip_narrows_the_others(given, name, nips):
    choice = choose_view(**{**OFF, **given})
    assert (choice.name, choice.nips) == (name, nips)
    assert choice.person_nip("1987", None) == ("1987" if name == "person" else None)


def test_two_views_at_once_is_a_usage_problem_naming_the_switches():
    with pytest.raises(UsageProblem) as raised:
        choose_view(**{**OFF, "units": True, "flagged": True})
    assert raised.value.hint == "--units/--flagged/--items/--compare/--persons"
    assert raised.value.message("en") == "choose one of --units, --flagged, --items, --compare or --persons"
