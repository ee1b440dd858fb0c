"""Pieces every report document shares: number cells, role and course names, area codes, the title and footer."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from asn_skills.i18n import translate
from asn_skills.locale_format import machine_figure
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Number, number
from asn_skills.reports.views.texts import t


def decimal_cell(value: float | None, digits: int = 1) -> Number:
    """A number rounded to `digits` ("-" for none)."""
    return number(None if value is None else float(value), digits)


def count_cell(value: int) -> Number:
    """A whole count."""
    return Number(value, str(value))


def hours_cell(value: float) -> Number:
    """Lesson hours (JP), whole where they are: 12, 4.5."""
    return Number(int(value) if float(value).is_integer() else value, machine_figure(value))


def percent_cell(share: float | None) -> Number:
    """A share as a whole percentage: 0.237 -> 24% ("-" for none)."""
    return Number(None, "-") if share is None else Number(round(100 * share), f"{100 * share:.0f}%")


def role_name(questionnaire: Questionnaire, role_id: str | None, lang: str) -> str:
    """The role's display name; the id as given when the questionnaire does not know it."""
    role = next((role for role in questionnaire.roles if role.id == role_id), None)
    return questionnaire.text(role.name, lang) if role is not None else role_id or "-"


def course_titles(questionnaire: Questionnaire, courses: Sequence[str], lang: str) -> tuple[str, ...]:
    """The titles of the courses the catalogue knows, in order."""
    catalogue = {training.id: training for training in questionnaire.trainings}
    return tuple(questionnaire.text(catalogue[c].title, lang) for c in courses if c in catalogue)


def code(domain_id: str) -> str:
    """A three-letter code for narrow tables: `keamanan` -> `KEA`."""
    return domain_id[:3].upper()


def shade(questionnaire: Questionnaire, level: int | None) -> int | None:
    """0 (weakest) to 3 (strongest): the level's place among the questionnaire's levels."""
    if level is None:
        return None
    numbers = [band.level for band in questionnaire.levels]
    if level not in numbers or len(numbers) == 1:
        return None
    return round(numbers.index(level) / (len(numbers) - 1) * 3)


def footer(lang: str) -> list[str]:
    """The review note every report ends with."""
    return [translate("review_note", lang)]


def report_title(questionnaire: Questionnaire, key: str, lang: str, round_name: str) -> str:
    """ "Kompetensi Digital ASN - laporan organisasi, putaran 2026": the instrument, then the report and round."""
    return f"{questionnaire.text(questionnaire.title, lang)} - {t(key, lang, round=round_name)}"


def showing(total: int, shown: int, lang: str) -> str:
    """ "showing the first 10 of 240; --top 0 for all" when rows were left out, else nothing."""
    return t("report.showing", lang, shown=shown, total=total) if shown < total else ""


def score_cell(score: float | None, se: float | None) -> Number:
    """A score with its standard error, "47.5 ± 9", where it has one (the number alone in a CSV). The score is
    cut as everywhere; the error, which is compared with no cut, is rounded (cutting 5.9 to 5 would understate
    the uncertainty)."""
    shown = number(score)
    if score is None or se is None:
        return shown
    error = Decimal(str(se)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Number(shown.value, f"{shown.text} ± {error}")
