"""Which report view a request asks for: at most one of units, flagged, items, compare or persons; else one
person's report when a NIP is given, else the organisation's."""

from __future__ import annotations

from dataclasses import dataclass

from asn_skills.errors import UsageProblem
from asn_skills.reports.views.registry import VIEWS, ReportView, pseudonymous_nip

ONE_VIEW = "--units/--flagged/--items/--compare/--persons"


@dataclass(frozen=True)
class Choice:
    """The view chosen, and the NIPs the round is narrowed to."""

    name: str
    view: ReportView
    nips: tuple[str, ...]
    """One NIP for a view of many people given --nip (the person view finds its NIP itself)."""

    def person_nip(self, nip: str | None, key: str | None) -> str | None:
        """The NIP the person view looks for (its pseudonym when the report is pseudonymised)."""
        return pseudonymous_nip(nip, key) if self.name == "person" and nip is not None else None


def choose_view(*, units: bool, flagged: bool, items: bool, compare: bool, persons: bool, nip: str | None) -> Choice:
    """The view of the switches given (items compare rounds themselves); two views at once is a usage problem."""
    chosen = [name for name, on in (("units", units), ("flagged", flagged), ("items", items)) if on]
    chosen += ["compare"] if compare and not items else []
    chosen += ["persons"] if persons else []
    if len(chosen) > 1:
        raise UsageProblem("report_one_view", ONE_VIEW)
    name = chosen[0] if chosen else "person" if nip is not None else "organisation"
    nips = (nip,) if nip and name != "person" else ()
    return Choice(name, VIEWS["organisation" if persons else name], nips)
