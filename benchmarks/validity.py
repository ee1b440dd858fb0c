"""How far the training decision can be trusted: simulated staff of known ability answer twice.

    python benchmarks/validity.py                                   # the main instrument, 2,000 people
    python benchmarks/validity.py --people 5000 --seed 7
    python benchmarks/validity.py -q questionnaires/keamanan-siber-kilat.toml

Every simulated person has a true ability per area and a self-view; they answer the questionnaire twice,
independently, and each sitting is scored by the library (`score_answers`). The script prints:

- retest: the share of people, among those marked "confirm" in neither sitting, whose training flag
  differs between the two sittings;
- confirm: the share of sittings whose decision is "confirm" (the supervisor confirms);
- truth: among sittings not marked confirm, the share whose flag equals the flag of the person's true
  scores;
- over-estimation: the share of people with an accurate self-view who are called over-estimators, and
  the share of everyone;
- for reference, the retest disagreement of the priority and of the course list, and the flagged share.

The response model, kept simple on purpose:

- Ability. Person p has a true ability per area a, in logits: theta = shift(role) + 0.8 * g_p + 0.6 * s_pa,
  with g and s standard normal (a general digital ability and an area-specific one, so areas correlate
  about 0.64). The role shifts are those of the synthetic workforce (`asn_skills.synthetic.people`), the
  roles drawn in its shares.
- Knowledge items. Item i of area a has a difficulty d_i (a fixed spread of +-1 logit from its id, centred
  in the area). A single-choice item is right with probability c + (1 - c) * L(1.7 * (theta - d_i)), c = 1
  over the number of options (a blind guess), L the logistic function. In a multi-select item each right
  option is ticked with probability L(1.7 * (theta - d_i)), each wrong one with 0.35 times the rest; it
  scores by the questionnaire's rule. 3 % of knowledge items are left blank at random.
- Self-ratings. A person rates each skill at the knowledge share they would be expected to reach, T_a(theta
  + b_p) (the mean expected score of the area's knowledge items, or L(1.7 theta) where the area has none),
  plus noise N(0, 0.18) on the 0-1 scale, rounded to the nearest point of the scale; 2 % left blank. b_p is
  the self-view: 0 for half the people (an accurate self-view), U(0.5, 1.5) logits for 35 % (over-
  estimators) and -U(0.3, 1.0) for 15 % (under-estimators).
- Truth. A person's true area score is the score their answers would have on average: the weighted mean of
  the expected item scores, with self-ratings at T_a(theta) (an accurate self-view). The true level and the
  true flag follow from the true scores by the questionnaire's own rules (bands, `min_knowledge`, role
  requirements, flag rule).

The numbers describe this model, not a real workforce: they show how the rules behave when answers are
noisy, and how much the instrument's length and the `confirm_margin` matter.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path

from asn_skills import load_questionnaire, score_answers
from asn_skills.questionnaire.model import Kind, Question, Questionnaire
from asn_skills.scoring import rules
from asn_skills.synthetic.people import POSITIONS

SELF_NOISE = 0.18
KNOWLEDGE_BLANK = 0.03
SELF_BLANK = 0.02
WRONG_TICK = 0.35


def logistic(value: float) -> float:
    return 1 / (1 + math.exp(-value))


def difficulty(question: Question, centre: float) -> float:
    """A fixed difficulty from the item id, spread +-1 logit around the area's centre."""
    return 2 * (zlib.crc32(question.id.encode()) / 2**32 - 0.5) - centre


def centred_difficulties(questionnaire: Questionnaire) -> dict[str, float]:
    raw: dict[str, float] = {}
    for domain in questionnaire.domains:
        items = [q for q in questionnaire.questions if q.domain == domain.id and not q.is_self_rated]
        if not items:
            continue
        centre = sum(difficulty(q, 0.0) for q in items) / len(items)
        raw.update({q.id: difficulty(q, centre) for q in items})
    return raw


def binomial(n: int, p: float) -> list[float]:
    return [math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]


def expected_item(question: Question, theta: float, hardness: float) -> float:
    """The expected item score of a knowledge item at ability `theta` (a blank scores 0)."""
    known = logistic(1.7 * (theta - hardness))
    options = question.choices
    if question.kind is Kind.CHOICE:
        chance = 1 / len(options)
        return (1 - KNOWLEDGE_BLANK) * (chance + (1 - chance) * known)
    right = sum(1 for option in options if option.correct)
    wrong = len(options) - right
    total = 0.0
    for (hits, p_hits), (misses, p_misses) in product(
        enumerate(binomial(right, known)), enumerate(binomial(wrong, WRONG_TICK * (1 - known)))
    ):
        total += p_hits * p_misses * max(0.0, (hits - misses) / right)
    return (1 - KNOWLEDGE_BLANK) * total


@dataclass
class Person:
    role: str
    theta: dict[str, float]
    bias: float

    @property
    def accurate(self) -> bool:
        return self.bias == 0.0


class Simulation:
    """Draws people and their answers for one questionnaire."""

    def __init__(self, questionnaire: Questionnaire, seed: int) -> None:
        self.q = questionnaire
        self.rng = random.Random(seed)
        self.hardness = centred_difficulties(questionnaire)
        self.knowledge = {
            d.id: [q for q in questionnaire.questions if q.domain == d.id and not q.is_self_rated]
            for d in questionnaire.domains
        }
        roles = [(questionnaire.find_role(p.id), p) for p in POSITIONS]
        self.roles = [(role.id, p.share, p.ability) for role, p in roles if role is not None]

    def person(self) -> Person:
        rng = self.rng
        role, _, shift = rng.choices(self.roles, [share for _, share, _ in self.roles])[0]
        general = rng.gauss(0, 1)
        theta = {d.id: shift + 0.8 * general + 0.6 * rng.gauss(0, 1) for d in self.q.domains}
        draw = rng.random()
        bias = 0.0 if draw < 0.5 else rng.uniform(0.5, 1.5) if draw < 0.85 else -rng.uniform(0.3, 1.0)
        return Person(role, theta, bias)

    def target(self, domain: str, theta: float) -> float:
        """T_a(theta): the share of the area's knowledge a person of ability `theta` shows on average."""
        items = self.knowledge[domain]
        if not items:
            return logistic(1.7 * theta)
        return sum(expected_item(q, theta, self.hardness[q.id]) for q in items) / len(items)

    def answers(self, person: Person) -> dict[str, object]:
        rng = self.rng
        targets = {key: self.target(key, theta + person.bias) for key, theta in person.theta.items()}
        answers: dict[str, object] = {}
        for question in self.q.questions:
            theta = person.theta[question.domain]
            if question.is_self_rated:
                if rng.random() < SELF_BLANK:
                    continue
                share = min(1.0, max(0.0, targets[question.domain] + rng.gauss(0, SELF_NOISE)))
                values = sorted(option.value for option in question.choices)  # type: ignore[type-var]
                position = round((1 - share if question.reverse else share) * (len(values) - 1))
                answers[question.id] = values[position]
                continue
            if rng.random() < KNOWLEDGE_BLANK:
                continue
            known = logistic(1.7 * (theta - self.hardness[question.id]))
            options = question.choices
            if question.kind is Kind.CHOICE:
                chance = 1 / len(options)
                right = [o.value for o in options if o.correct]
                wrong = [o.value for o in options if not o.correct]
                correct = rng.random() < chance + (1 - chance) * known or not wrong
                answers[question.id] = rng.choice(right if correct else wrong)
            else:
                ticked = [o.value for o in options if rng.random() < (known if o.correct else WRONG_TICK * (1 - known))]
                if ticked:
                    answers[question.id] = ticked
        return answers

    def true_flag(self, person: Person) -> bool:
        """The flag of the person's true scores, by the questionnaire's own rules."""
        levels: dict[str, int | None] = {}
        for domain in self.q.domains:
            items = [q for q in self.q.questions if q.domain == domain.id]
            self_share = self.target(domain.id, person.theta[domain.id])
            weighted = 0.0
            knowledge_weighted = 0.0
            knowledge_weight = 0.0
            for q in items:
                value = (
                    self_share if q.is_self_rated else expected_item(q, person.theta[domain.id], self.hardness[q.id])
                )
                weighted += q.weight * value
                if not q.is_self_rated:
                    knowledge_weighted += q.weight * value
                    knowledge_weight += q.weight
            score = round(100 * weighted / sum(q.weight for q in items), 2)
            knowledge = round(100 * knowledge_weighted / knowledge_weight, 2) if knowledge_weight else None
            levels[domain.id] = true_level(self.q, score, knowledge)
        role = self.q.find_role(person.role) or self.q.default_role
        return rules.judge(self.q, role, levels).needs_training


def true_level(questionnaire: Questionnaire, score: float, knowledge: float | None) -> int:
    """The highest band whose `min` and, where the area has knowledge items, `min_knowledge` are reached."""
    found = questionnaire.levels[0].level
    for band in questionnaire.levels:
        needs = getattr(band, "min_knowledge", None) or 0
        if band.min <= score and (knowledge is None or needs <= knowledge):
            found = band.level
    return found


@dataclass
class Sitting:
    decision: str
    """train, confirm or none."""
    priority: str
    courses: tuple[str, ...]
    overestimates: bool


def sit(questionnaire: Questionnaire, person: Person, answers: dict[str, object]) -> Sitting:
    result = score_answers(questionnaire, answers, role=person.role)  # type: ignore[arg-type]
    priority = str(getattr(result.priority, "value", result.priority))
    decision = "confirm" if priority == "confirm" else "train" if result.needs_training else "none"
    if "overestimates" in type(result).model_fields:
        over = bool(result.overestimates)  # one pooled judgement per person
    else:
        over = any(bool(getattr(part, "overestimates", False)) for part in result.domains.values())
    return Sitting(decision, priority, tuple(result.trainings), over)


@dataclass
class Summary:
    people: int
    retest: float
    confirm: float
    truth: float
    over_accurate: float
    over_all: float
    priority_retest: float
    courses_retest: float
    flagged: float
    true_flagged: float


def share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def simulate(questionnaire: Questionnaire, people: int, seed: int) -> Summary:
    """Run the simulation: `people` people, each answering twice."""
    simulation = Simulation(questionnaire, seed)
    firm_pairs = firm_disagree = confirm = firm = agree = 0
    accurate = over_accurate = over_all = priority_differs = courses_differ = flagged = truly = 0
    for _ in range(people):
        person = simulation.person()
        first = sit(questionnaire, person, simulation.answers(person))
        second = sit(questionnaire, person, simulation.answers(person))
        truth = simulation.true_flag(person)
        truly += truth
        for sitting in (first, second):
            flagged += sitting.decision == "train"
            if sitting.decision == "confirm":
                confirm += 1
                continue
            firm += 1
            agree += (sitting.decision == "train") == truth
        if "confirm" not in (first.decision, second.decision):
            firm_pairs += 1
            firm_disagree += first.decision != second.decision
        priority_differs += first.priority != second.priority
        courses_differ += first.courses != second.courses
        over_all += first.overestimates
        if person.accurate:
            accurate += 1
            over_accurate += first.overestimates
    return Summary(
        people=people,
        retest=share(firm_disagree, firm_pairs),
        confirm=share(confirm, 2 * people),
        truth=share(agree, firm),
        over_accurate=share(over_accurate, accurate),
        over_all=share(over_all, people),
        priority_retest=share(priority_differs, people),
        courses_retest=share(courses_differ, people),
        flagged=share(flagged, 2 * people),
        true_flagged=share(truly, people),
    )


GOALS = (
    ("retest", "flag differs between two sittings (not confirm)", "<=", 0.08),
    ("confirm", "sittings marked confirm", "<=", 0.30),
    ("truth", "flag agrees with the true flag (not confirm)", ">=", 0.92),
    ("over_accurate", "accurate self-viewers called over-estimators", "<=", 0.05),
)


def report(questionnaire: Questionnaire, summary: Summary, seconds: float) -> list[str]:
    lines = [
        f"{questionnaire.id} {questionnaire.version}: {summary.people} simulated people, two sittings each "
        f"({seconds:.1f} s)",
    ]
    for key, label, sense, goal in GOALS:
        value = getattr(summary, key)
        met = value <= goal if sense == "<=" else value >= goal
        lines.append(
            f"  {label:<48} {100 * value:5.1f} %   goal {sense} {100 * goal:.0f} %   {'ok' if met else 'MISSED'}"
        )
    lines += [
        f"  {'everyone called an over-estimator':<48} {100 * summary.over_all:5.1f} %",
        f"  {'priority differs between sittings':<48} {100 * summary.priority_retest:5.1f} %",
        f"  {'course list differs between sittings':<48} {100 * summary.courses_retest:5.1f} %",
        f"  {'sittings flagged (train)':<48} {100 * summary.flagged:5.1f} %",
        f"  {'people whose true scores are flagged':<48} {100 * summary.true_flagged:5.1f} %",
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-q", "--questionnaire", default="kompetensi-digital-asn", help="bundled id or TOML path")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    source: str | Path = Path(args.questionnaire) if args.questionnaire.endswith(".toml") else args.questionnaire
    questionnaire = load_questionnaire(source)
    start = time.perf_counter()
    summary = simulate(questionnaire, args.people, args.seed)
    print("\n".join(report(questionnaire, summary, time.perf_counter() - start)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
