"""A seeded synthetic workforce with believable answers, for the demo, samples and benchmarks.

Each person has a general digital ability plus a per-domain deviation, so answers are correlated
within a person and scores spread the way real rounds do: self-ratings run a little high, and
knowledge items follow the same ability through a logistic curve.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from asn_skills.questionnaire.model import Kind, Question, Questionnaire

UNITS = (
    ("Dinas Komunikasi dan Informatika", 0.8),
    ("Badan Kepegawaian dan Pengembangan SDM", 1.0),
    ("Dinas Kesehatan", 1.6),
    ("Dinas Pendidikan", 1.8),
    ("Badan Perencanaan Pembangunan Daerah", 0.8),
    ("Dinas Kependudukan dan Pencatatan Sipil", 1.0),
    ("Sekretariat Daerah", 1.2),
    ("Badan Pendapatan Daerah", 0.9),
    ("Dinas Penanaman Modal dan PTSP", 0.7),
    ("Inspektorat", 0.4),
)
FIRST_NAMES = {
    1: (
        "Agus",
        "Budi",
        "Dedi",
        "Eko",
        "Fajar",
        "Hendra",
        "Irfan",
        "Joko",
        "Made",
        "Muhammad",
        "Rizki",
        "Slamet",
        "Teguh",
        "Wahyu",
        "Yusuf",
        "Andi",
        "Bayu",
        "Dimas",
        "Gede",
        "Rahmat",
    ),
    2: (
        "Ani",
        "Dewi",
        "Fitri",
        "Indah",
        "Kartika",
        "Lestari",
        "Maria",
        "Nurul",
        "Putri",
        "Ratna",
        "Sari",
        "Siti",
        "Tri",
        "Wulan",
        "Yuliana",
        "Ayu",
        "Desi",
        "Eka",
        "Ketut",
        "Rina",
    ),
}
LAST_NAMES = (
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Nasution",
    "Siregar",
    "Lubis",
    "Kusuma",
    "Pratama",
    "Setiawan",
    "Hasibuan",
    "Simanjuntak",
    "Wibowo",
    "Rahman",
    "Harahap",
    "Gunawan",
    "Purnomo",
    "Sitompul",
    "Utami",
    "Rahayu",
    "Putra",
    "Halim",
    "Marpaung",
    "Tanjung",
)


@dataclass(frozen=True)
class Person:
    """One synthetic respondent."""

    nip: str
    name: str
    unit: str
    role: str
    """The role id."""
    submitted_at: datetime
    answers: dict[str, object]
    """Question id to option value (a list of values for multi); unanswered items are absent."""


def generate_people(questionnaire: Questionnaire, count: int, seed: int = 2026) -> Iterator[Person]:
    """`count` people answering `questionnaire`, the same people for the same seed."""
    rng = random.Random(seed)
    units = [name for name, _ in UNITS]
    unit_weights = [weight for _, weight in UNITS]
    roles = list(questionnaire.roles)
    role_weights = [4.0 if role.default else 1.0 for role in roles]
    mean_required = _mean_required(questionnaire)
    domain_shift = {domain.id: rng.gauss(0, 0.35) for domain in questionnaire.domains}
    difficulty = {question.id: rng.gauss(0, 0.5) for question in questionnaire.questions}
    start = datetime(2026, 3, 2, 8, 0)
    used: set[str] = set()
    for _ in range(count):
        role = rng.choices(roles, role_weights)[0]
        gender = rng.choice((1, 2))
        nip = _nip(rng, gender, used)
        name = f"{rng.choice(FIRST_NAMES[gender])} {rng.choice(LAST_NAMES)}"
        general = rng.gauss(0, 1) + 0.45 * (_role_mean(role.required) - mean_required)
        confidence = rng.gauss(0.15, 0.3)
        ability = {key: 0.75 * general + 0.55 * rng.gauss(0, 1) + shift for key, shift in domain_shift.items()}
        answers: dict[str, object] = {}
        for question in questionnaire.questions:
            if rng.random() < 0.02:
                continue
            answer = _answer(rng, question, ability[question.domain], confidence, difficulty[question.id])
            if answer is not None:
                answers[question.id] = answer
        submitted = start + timedelta(minutes=rng.randrange(0, 14 * 24 * 60))
        yield Person(nip, name, rng.choices(units, unit_weights)[0], role.id, submitted, answers)


def _answer(rng: random.Random, question: Question, ability: float, confidence: float, hardness: float) -> object:
    options = question.choices
    if question.is_self_rated:
        ordered = sorted(options, key=lambda option: option.value)
        latent = 0.8 * ability + confidence + rng.gauss(0, 0.6)
        if question.reverse:
            latent = -latent
        steps = len(ordered) - 1
        position = round((latent + 1.5) / 3.0 * steps)
        return ordered[min(steps, max(0, position))].value
    chance = 1 / (1 + math.exp(-(1.3 * ability + 0.4 - hardness)))
    if question.kind is Kind.CHOICE:
        right = [option for option in options if option.correct]
        wrong = [option for option in options if not option.correct]
        return (right if rng.random() < chance or not wrong else wrong)[0 if rng.random() < 0.5 else -1].value
    chosen = [option.value for option in options if rng.random() < (chance if option.correct else (1 - chance) * 0.4)]
    return chosen or None


def _role_mean(required: dict[str, int]) -> float:
    return sum(required.values()) / len(required) if required else 0.0


def _mean_required(questionnaire: Questionnaire) -> float:
    means = [_role_mean(role.required) for role in questionnaire.roles]
    return sum(means) / len(means)


def _nip(rng: random.Random, gender: int, used: set[str]) -> str:
    """A well-formed NIP: birth date, start of service (after age 21), gender digit and sequence."""
    while True:
        born = date(1966, 1, 1) + timedelta(days=rng.randrange(0, 34 * 365))
        start_year = min(2025, born.year + rng.randrange(21, 34))
        nip = f"{born:%Y%m%d}{start_year}{rng.randrange(1, 13):02d}{gender}{rng.randrange(1, 1000):03d}"
        if nip not in used:
            used.add(nip)
            return nip
