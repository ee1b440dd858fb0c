"""Checks of what an instrument covers: knowledge items per area and per competence of the framework its
areas declare, and the answering time its description states."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from asn_skills.questionnaire.lint.frameworks import FRAMEWORKS, Framework
from asn_skills.questionnaire.lint.knowledge import Finding, KnowledgeItem
from asn_skills.questionnaire.model import Questionnaire

AREA_KNOWLEDGE_ITEMS = 7
"""Knowledge items an area needs: with fewer, the standard error of its knowledge sub-score (Lord's
binomial error, 50 / sqrt(n - 1) points at half right) stays above 20 points, too wide to place a level."""
SELF_SECONDS = 15
KNOWLEDGE_SECONDS = 60
MINUTES_TOLERANCE = 0.2
"""A stated time may differ from the estimate by this share (and at least 2 minutes)."""

_MINUTES = re.compile(
    # Every part before the number starts with a word or the number itself, and the number is a whole run
    # of at most four digits: a leading \s* or an open \d+ backtracked over every run of spaces or digits
    # (minutes for a title of 50,000 spaces), and int() refuses more than 4,300 digits.
    r"(?:(?P<bound>paling lama|maksimal|maks\.?|hingga|sampai|at most|up to|under|within|kurang dari)\s*)?"
    r"(?:(?:sekitar|kira-kira|about|around|approximately)\s+)?"
    r"(?<!\d)(?P<number>\d{1,4})(?!\d)\s*(?:menit|minutes?|mins?)\b"
    r"(?!\s*(?:per|tiap|setiap|each|a piece|untuk setiap|for each)\b)",  # "1 menit per soal" is a rate
    re.IGNORECASE,
)


def check_coverage(questionnaire: Questionnaire, items: Sequence[KnowledgeItem]) -> Iterator[Finding]:
    """Areas declared in a known framework with too few knowledge items or competences left without one."""
    for framework in FRAMEWORKS:
        yield from _framework_coverage(questionnaire, items, framework)


def _framework_coverage(
    questionnaire: Questionnaire, items: Sequence[KnowledgeItem], framework: Framework
) -> Iterator[Finding]:
    areas = {
        index: area
        for index, domain in enumerate(questionnaire.domains)
        if (area := framework.area_of(domain.reference)) is not None
    }
    if not areas:
        return
    tagged = {item.question.competence for item in items}
    for index, area in areas.items():
        domain = questionnaire.domains[index]
        count = sum(1 for item in items if item.question.domain == domain.id)
        if count < AREA_KNOWLEDGE_ITEMS:
            se = "-" if count < 2 else f"{50 / (count - 1) ** 0.5:.0f}"
            params = {"domain": domain.id, "count": count, "least": AREA_KNOWLEDGE_ITEMS, "se": se}
            yield ("domains", index, "reference"), "lint_area_few_knowledge", params
        competences = framework.declared(domain.reference)
        missing = [tag for tag in competences if tag not in tagged]
        if missing:
            params = {
                "framework": framework.name,
                "area": area,
                "missing": ", ".join(missing),
                "covered": len(competences) - len(missing),
                "total": len(competences),
            }
            yield ("domains", index, "reference"), "lint_competences_uncovered", params
    known = framework.all_competences
    for index, question in enumerate(questionnaire.questions):
        if question.competence is not None and question.competence not in known:
            params = {"tag": question.competence, "framework": framework.name}
            yield ("questions", index, "competence"), "lint_unknown_competence", params


def check_minutes(questionnaire: Questionnaire, items: Sequence[KnowledgeItem]) -> Iterator[Finding]:
    """A time stated in the title or description that the item count does not bear out."""
    knowledge = len(items)
    rated = len(questionnaire.questions) - knowledge
    estimate = (rated * SELF_SECONDS + knowledge * KNOWLEDGE_SECONDS) / 60
    for name in ("title", "description"):
        text = getattr(questionnaire, name) or {}
        for lang, value in text.items():
            for found in _MINUTES.finditer(value):
                stated = int(found.group("number"))
                if found.group("bound"):
                    wrong = estimate > stated + 0.5
                else:
                    wrong = abs(stated - estimate) > max(2, MINUTES_TOLERANCE * estimate)
                if wrong:
                    params = {
                        "stated": stated,
                        "estimate": round(estimate),
                        "rated": rated,
                        "knowledge": knowledge,
                        "self_seconds": SELF_SECONDS,
                        "knowledge_seconds": KNOWLEDGE_SECONDS,
                    }
                    yield (name, lang), "lint_minutes", params
