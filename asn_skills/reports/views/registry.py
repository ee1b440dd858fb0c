"""Every report view by name: how it is built from the rounds read, and what it needs read.

A new view is a module with its document and a `build(inputs) -> View` function, and one line in `VIEWS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from asn_skills.identity import normalise_nip, pseudonym
from asn_skills.render.view import View
from asn_skills.reports.views import compare, flagged, items, organisation, person, plan, units
from asn_skills.reports.views.inputs import Inputs

__all__ = ["VIEWS", "Build", "Inputs", "ReportView", "plan_view", "pseudonymous_nip"]

Build = Callable[[Inputs], View]


@dataclass(frozen=True)
class ReportView:
    """A view of `report` and what it needs read."""

    build: Build
    rounds: int = 1
    """How many rounds it compares."""
    answers: bool = False
    """It needs each person's raw answers (only the store has them)."""


VIEWS: dict[str, ReportView] = {
    "organisation": ReportView(organisation.build),
    "units": ReportView(units.build),
    "flagged": ReportView(flagged.build),
    "items": ReportView(items.build, answers=True),
    "compare": ReportView(compare.build, rounds=2),
    "person": ReportView(person.build),
}
"""The views of `report`, by the name its option gives (the organisation view is the default)."""


def plan_view(inputs: Inputs, *, employees: bool) -> View:
    """The yearly training plan: courses with participants per unit, or with `employees` per employee."""
    return plan.build(inputs, employees=employees)


def pseudonymous_nip(nip: str, key: str | None) -> str:
    """The NIP as the records hold it: normalised, and a pseudonym when they are pseudonymised."""
    wanted = normalise_nip(nip)
    return pseudonym(key, wanted) if key else wanted
