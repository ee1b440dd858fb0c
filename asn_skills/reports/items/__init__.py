"""Item analysis of a round's knowledge items: distractors, a Rasch fit, DIF by sex and role, and items
whose answers may have spread since an earlier round.

Each part is a pure computation over the response matrix (`responses`); `analyse_items` runs them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.items.dif import GroupComparison, compare_groups
from asn_skills.reports.items.distractors import ItemOptions, distractor_analysis
from asn_skills.reports.items.drift import RoundDrift, round_drift
from asn_skills.reports.items.rasch import RaschFit, fit_rasch
from asn_skills.reports.items.responses import Person, Responses, knowledge_responses, sex_of
from asn_skills.reports.rounds import Round
from asn_skills.scoring.rules import Answer


@dataclass(frozen=True)
class RoundAnswers:
    """The raw answers of one round and who gave them."""

    name: str
    answers: Sequence[Mapping[str, Answer]]
    people: Sequence[Person]


@dataclass(frozen=True)
class ItemAnalysis:
    """Everything `report --items` says about the knowledge items beyond difficulty and discrimination."""

    round: str
    people: int
    distractors: tuple[ItemOptions, ...]
    rasch: RaschFit
    dif: tuple[GroupComparison, ...]
    """Sex (men as reference), then each other role against the largest; only where both groups are large
    enough."""
    drift: RoundDrift | None
    """Against the earlier round, when one was given."""


def analyse_items(
    questionnaire: Questionnaire, current: RoundAnswers, earlier: RoundAnswers | None = None
) -> ItemAnalysis:
    """The item analysis of `current` (and of its change since `earlier`)."""
    responses = knowledge_responses(questionnaire, current.answers, current.people)
    ids = [question.id for question in responses.items]
    drift = None
    if earlier is not None:
        before = knowledge_responses(questionnaire, earlier.answers, earlier.people)
        drift = round_drift((earlier.name, current.name), ids, before.right, responses.right)
    return ItemAnalysis(
        current.name,
        len(responses.right),
        distractor_analysis(responses),
        fit_rasch(ids, responses.right),
        _dif(responses, ids),
        drift,
    )


def round_answers(read: Round) -> RoundAnswers:
    """The answers of a round read for a report, with each person's sex (from the NIP: none when the records
    are pseudonymised) and role."""
    people = [Person(sex_of(record.get("nip")), record.get("role")) for record in read.data.records]
    return RoundAnswers(read.name, read.answer_sets, people)


def _dif(responses: Responses, ids: list[str]) -> tuple[GroupComparison, ...]:
    found = []
    sexes = [person.sex for person in responses.people]
    by_sex = compare_groups("sex", "men", "women", ids, responses.right, sexes)
    if by_sex is not None:
        found.append(by_sex)
    roles = Counter(person.role for person in responses.people if person.role is not None)
    ranked = sorted(roles, key=lambda role: (-roles[role], role))
    groups = [person.role for person in responses.people]
    for focal in ranked[1:]:
        by_role = compare_groups("role", ranked[0], focal, ids, responses.right, groups)
        if by_role is not None:
            found.append(by_role)
    return tuple(found)
