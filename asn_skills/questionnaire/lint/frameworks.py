"""Competence frameworks an instrument can declare on its areas (`reference = "DigComp 2.2 area 4"`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Framework:
    """A framework's competences per area, and how an area names it in its `reference`."""

    name: str
    pattern: re.Pattern[str]
    """Matches a domain's `reference`; group 1 is the area number."""
    competences: dict[str, tuple[str, ...]]
    """Competence tags (as written in `competence = ...`) per area number."""

    def area_of(self, reference: str | None) -> str | None:
        found = self.pattern.search(reference or "")
        area = found.group(1) if found else None
        return area if area in self.competences else None

    def declared(self, reference: str | None) -> tuple[str, ...]:
        """The competences an area's reference claims: those it names ("DigComp 2.2 area 4: 4.1, 4.2"),
        else every competence of its area; none when it does not refer to this framework."""
        area = self.area_of(reference)
        if area is None:
            return ()
        rest = self.pattern.sub(" ", reference or "")
        named = tuple(tag for tag in self.competences[area] if re.search(rf"(?<![\d.]){re.escape(tag)}(?![\d.])", rest))
        return named or self.competences[area]

    @property
    def all_competences(self) -> frozenset[str]:
        return frozenset(tag for tags in self.competences.values() for tag in tags)


DIGCOMP_2_2 = Framework(
    "DigComp 2.2",
    re.compile(r"digcomp\s*2\.2\b.*?\b(?:area|ranah)\s*(\d)", re.IGNORECASE),
    {
        "1": ("1.1", "1.2", "1.3"),
        "2": ("2.1", "2.2", "2.3", "2.4", "2.5", "2.6"),
        "3": ("3.1", "3.2", "3.3", "3.4"),
        "4": ("4.1", "4.2", "4.3", "4.4"),
        "5": ("5.1", "5.2", "5.3", "5.4"),
    },
)
"""The EU's Digital Competence Framework 2.2: 5 areas, 21 competences."""

FRAMEWORKS = (DIGCOMP_2_2,)
