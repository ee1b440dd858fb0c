"""Simulated rounds of the item-analysis fixture: people of known ability answer under the Rasch model,
with a mis-keyed, a biased or a leaked item planted on request."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from support import FIXTURES

from asn_skills import load_questionnaire, score_answers
from asn_skills.questionnaire.model import Kind, Question, Questionnaire
from asn_skills.reports.items import RoundAnswers
from asn_skills.reports.items.responses import Person, sex_of
from asn_skills.scoring.result import as_record
from asn_skills.store.store import Source, Store

ITEM_ROUND = load_questionnaire(FIXTURES / "item_round.toml")
DIFFICULTY = {
    "K1": -1.5,
    "K2": -1.0,
    "K3": -0.5,
    "K4": 0.0,
    "K5": 0.3,
    "K6": 0.6,
    "K7": 1.0,
    "K8": 1.4,
    "M1": -0.3,
    "M2": 0.5,
}


@dataclass(frozen=True)
class Plants:
    """What is wrong with a simulated round."""

    true_keys: dict[str, int] = field(default_factory=dict)
    """Items whose real answer is another option than the one marked correct: position of the real one."""
    harder_for_women: dict[str, float] = field(default_factory=dict)
    """Logits an item is harder for women of the same ability."""
    leaked: dict[str, float] = field(default_factory=dict)
    """Share of people who know an item's answer whatever their ability."""
    growth: float = 0.0
    """Mean ability (logits)."""


@dataclass(frozen=True)
class Answered:
    nip: str
    role: str
    answers: dict[str, object]


def simulate(
    size: int, seed: int, plants: Plants = Plants(), questionnaire: Questionnaire = ITEM_ROUND
) -> list[Answered]:
    """`size` people, half women, a third of them managers; NIPs unique and valid."""
    rng = random.Random(seed)
    people = []
    for index in range(size):
        sex = "1" if index % 2 == 0 else "2"
        born = f"{1966 + index // 336:04d}{index // 28 % 12 + 1:02d}{index % 28 + 1:02d}"
        nip = f"{born}199003{sex}{seed % 900 + 1:03d}"
        theta = rng.gauss(plants.growth, 1.0)
        answers = {
            question.id: _answer(question, theta, sex, plants, rng)
            for question in questionnaire.questions
            if question.kind in (Kind.CHOICE, Kind.MULTI)
        }
        people.append(Answered(nip, "pimpinan" if index % 3 == 0 else "staf", answers))
    return people


def _answer(question: Question, theta: float, sex: str, plants: Plants, rng: random.Random) -> object:
    logit = theta - DIFFICULTY[question.id] - (plants.harder_for_women.get(question.id, 0.0) if sex == "2" else 0.0)
    knows = rng.random() < 1 / (1 + math.exp(-logit)) or rng.random() < plants.leaked.get(question.id, 0.0)
    options = question.choices
    keys = [index for index, option in enumerate(options) if option.correct]
    if question.id in plants.true_keys:
        keys = [plants.true_keys[question.id]]
    wrong = [index for index in range(len(options)) if index not in keys]
    if question.kind is Kind.CHOICE:
        return options[keys[0] if knows else rng.choice(wrong)].value
    chosen = set(keys) if knows else {*rng.sample(keys, len(keys) - 1), rng.choice(wrong)}
    return [options[index].value for index in sorted(chosen)]


def as_round(name: str, people: list[Answered]) -> RoundAnswers:
    return RoundAnswers(name, [person.answers for person in people], [Person(sex_of(p.nip), p.role) for p in people])


def store_round(db: Path, name: str, people: list[Answered], questionnaire: Questionnaire = ITEM_ROUND) -> None:
    """Score each person and store the round, as `score --store` would."""
    entries = [
        {
            "record": as_record(score_answers(questionnaire, person.answers, role=person.role, nip=person.nip)),
            "answers": person.answers,
        }
        for person in people
    ]
    with Store.open(db) as store:
        store.add_records(questionnaire, entries, round_name=name, source=Source.BATCH)
