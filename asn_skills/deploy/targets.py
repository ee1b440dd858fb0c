"""Every deployment `questionnaires export --to` offers: its name, writer, file suffix and description."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from asn_skills.deploy import apps_script, excel_template, limesurvey, paper, xlsform
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.agency import Agency
from asn_skills.units import UnitList

BINARY_SUFFIXES = frozenset({".xlsx"})
"""Files that are not text: never written to a terminal."""


class Writer(Protocol):
    def __call__(self, questionnaire: Questionnaire, named: str, agency: Agency | None = None, /) -> bytes: ...


@dataclass(frozen=True)
class Target:
    write: Writer
    """The file's bytes for a questionnaire named (id or path) as the user named it, its privacy notice naming
    the agency (None: in general words); raises AsnSkillsError when the questionnaire cannot be written."""
    suffix: str
    """The usual file name ending, e.g. `.xlsx`."""
    description: str
    """Message key (asn_skills.i18n) saying what the file is for and what to do with it."""
    with_units: Callable[[Questionnaire, Agency | None, UnitList], bytes] | None = None
    """The file with the unit question as a dropdown of the agency's units, where the tool has dropdowns."""

    @property
    def binary(self) -> bool:
        return self.suffix in BINARY_SUFFIXES


def _unnamed(write: Callable[[Questionnaire, Agency | None], bytes]) -> Writer:
    """A writer whose file does not mention how the questionnaire was named."""

    def written(questionnaire: Questionnaire, _named: str, agency: Agency | None = None, /) -> bytes:
        return write(questionnaire, agency)

    return written


TARGETS: dict[str, Target] = {
    "xlsform": Target(_unnamed(xlsform.workbook), ".xlsx", "target_xlsform", xlsform.workbook),
    "limesurvey": Target(_unnamed(limesurvey.structure), ".lss", "target_limesurvey", limesurvey.structure),
    "google-apps-script": Target(_unnamed(apps_script.script), ".gs", "target_apps_script", apps_script.script),
    "excel": Target(excel_template.workbook, ".xlsx", "target_excel"),
    "markdown": Target(_unnamed(paper.markdown), ".md", "target_markdown"),
    "html": Target(_unnamed(paper.html), ".html", "target_html"),
}


def with_unit_list(target: Target, units: UnitList | None) -> Target:
    """`target` writing the unit question as a dropdown of `units` where it can (else as it is)."""
    write_units = target.with_units
    if units is None or write_units is None:
        return target
    return replace(target, write=lambda questionnaire, _named, agency=None: write_units(questionnaire, agency, units))
