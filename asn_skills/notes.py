"""Notes the core hands to a front end as they arise (which round or questionnaire was taken, what was
written, what went wrong in part): the front end decides how to show them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from asn_skills.i18n import translate


@dataclass(frozen=True)
class Note:
    """Something a user should know about what the core did."""

    key: str
    """Message key in the catalogue of `asn_skills.i18n`."""
    params: Mapping[str, object] = field(default_factory=dict)
    warning: bool = False
    """A warning (shown even when quiet): something the user must act on or at least know."""

    def text(self, lang: str) -> str:
        return translate(self.key, lang, **self.params)


Notify = Callable[[Note], None]
"""Called with each note as it arises; a front end shows it (the command line on stderr)."""


def ignore(note: Note) -> None:
    """A `Notify` for callers that show no notes."""
