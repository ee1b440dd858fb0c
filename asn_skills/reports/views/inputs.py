"""What a report view is built from: the questionnaire, the rounds read and how the view is shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.agency import Agency
from asn_skills.render.document import Document
from asn_skills.reports import aggregate
from asn_skills.reports.plan_settings import PlanSettings
from asn_skills.reports.rounds import Round
from asn_skills.reports.views.letterhead import with_letterhead
from asn_skills.reports.views.texts import t
from asn_skills.scoring.result import Record


@dataclass(frozen=True)
class Inputs:
    """What a view is built from: the questionnaire, the rounds read and how the view is shown."""

    questionnaire: Questionnaire
    rounds: tuple[Round, ...]
    lang: str
    top: int = 0
    """Show the first N rows of long lists (0: all)."""
    compact: bool = False
    """A narrow terminal: fewer columns."""
    on_screen: bool = False
    """Printed on the terminal (not written to a file): no letterhead, bars where they help."""
    nip: str | None = None
    """The person of the person view, as it appears in the records (a pseudonym when they are)."""
    agency: Agency | None = None
    """The issuing agency for the letterhead."""
    width: int = 80
    """The terminal's width, for what is printed on it."""
    plan_settings: PlanSettings = field(default_factory=PlanSettings)
    """How the agency plans: the decree, quarter capacity and its own course costs."""
    year: int | None = None
    """The plan's budget year; None: the year after the round's latest answer."""

    @property
    def records(self) -> list[Record]:
        """The records of the first round."""
        return self.rounds[0].data.records

    def dated(self, document: Document, *, sign: bool = False, personal: bool = False) -> Document:
        """The document under the agency's letterhead, dated, warning first of any incomplete results; `sign`
        adds the signature block. A `personal` document (one employee's report) carries no warning about
        the others' results: it says itself when its own result is incomplete."""
        if not personal:
            records = [record for read in self.rounds for record in read.data.records]
            document = replace(document, warning=incomplete_warning(self.questionnaire, records, self.lang))
        return with_letterhead(document, self.agency, self.lang, sign=sign)


def incomplete_warning(questionnaire: Questionnaire, records: Sequence[Record], lang: str) -> str:
    """A line saying how many results are incomplete and which areas lack scores in how many; "" when every
    result is complete."""
    found = aggregate.completeness(questionnaire, records)
    if not found.incomplete and not found.missing:
        return ""
    areas = ", ".join(
        f"{questionnaire.text(questionnaire.domains_by_id[domain].name, lang)} ({count})"
        for domain, count in found.missing.items()
    )
    text = t("report.incomplete", lang, incomplete=found.incomplete, total=found.total, areas=areas or "-")
    if found.critical_missing:
        text += " " + t("report.critical_missing", lang, n=found.critical_missing)
    return text
