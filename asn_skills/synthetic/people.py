"""A seeded synthetic workforce that resembles a regional agency, for the demo, samples and benchmarks.

The workforce is a fixed property of the agency, not of the seed: every block of 100 people holds the same
mix of positions (mostly pelaksana and jabatan fungsional, some front-desk staff, a few managers and a few
pranata komputer), and each area of an instrument sits where surveys of civil servants find it. The seed
only draws the individuals, so reports differ from seed to seed by sampling noise alone.

Each person has a general digital ability (higher for IT officers and younger staff) plus a deviation per
area, so answers are correlated within a person. Self-ratings run a little above what the knowledge items
show, as surveys find; knowledge items follow the same ability through a logistic curve. A later round
(`drift`) is the same people a year on: the same identities and traits, new answers, ability moved by
`drift` standard deviations on average, with the staff furthest behind gaining most.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from statistics import NormalDist

from asn_skills.questionnaire.model import Kind, Questionnaire


@dataclass(frozen=True)
class Unit:
    """A unit of the agency (an OPD)."""

    name: str
    size: float
    """Relative headcount."""
    ability: float = 0.0
    """Shift of its staff's general digital ability."""


@dataclass(frozen=True)
class Position:
    """A kind of job in the workforce."""

    id: str
    """The main instrument's role id; another instrument takes the role it knows by that name, else its default."""
    share: float
    """Share of the workforce."""
    ability: float
    """Shift of general digital ability (before the age effect)."""
    born: tuple[int, int]
    """Earliest and latest year of birth."""
    units: Mapping[str, float] = field(default_factory=dict)
    """Units where this job is more (or less) common than their size says, as a factor."""


UNITS = (
    Unit("Dinas Komunikasi dan Informatika", 0.8, 0.25),
    Unit("Badan Kepegawaian dan Pengembangan SDM", 1.0),
    Unit("Dinas Kesehatan", 1.6),
    Unit("Dinas Pendidikan", 1.8, -0.1),
    Unit("Badan Perencanaan Pembangunan Daerah", 0.8, 0.1),
    Unit("Dinas Kependudukan dan Pencatatan Sipil", 1.0),
    Unit("Sekretariat Daerah", 1.2),
    Unit("Badan Pendapatan Daerah", 0.9),
    Unit("Dinas Penanaman Modal dan PTSP", 0.7),
    Unit("Inspektorat", 0.4),
)
POSITIONS = (
    Position("pelaksana", 0.44, -0.15, (1967, 2000)),
    Position(
        "fungsional",
        0.33,
        0.15,
        (1967, 1998),
        {"Inspektorat": 3.0, "Badan Perencanaan Pembangunan Daerah": 2.0, "Dinas Kesehatan": 1.5},
    ),
    Position(
        "layanan-publik",
        0.12,
        0.0,
        (1972, 2000),
        {
            "Dinas Kependudukan dan Pencatatan Sipil": 5.0,
            "Dinas Penanaman Modal dan PTSP": 5.0,
            "Badan Pendapatan Daerah": 2.0,
            "Dinas Kesehatan": 1.5,
            "Badan Perencanaan Pembangunan Daerah": 0.0,
            "Inspektorat": 0.0,
        },
    ),
    Position("pimpinan", 0.08, 0.3, (1966, 1988)),
    Position("pranata-komputer", 0.03, 1.1, (1975, 2000), {"Dinas Komunikasi dan Informatika": 12.0}),
)
"""A regional agency after the 2021 simplification of its structure: pelaksana and jabatan fungsional make
up most of it, front-desk officers work in the service units, managers are one in twelve, and pranata
komputer are a few, about half of them in the communication and informatics office."""

AREAS = {
    "DigComp 2.2 area 1": 0.22,
    "DigComp 2.2 area 2": 0.33,
    "DigComp 2.2 area 3": 0.02,
    "DigComp 2.2 area 4": -0.12,
    "DigComp 2.2 area 5": 0.19,
    "Pilar Literasi Digital: Kecakapan Digital": 0.33,
    "Pilar Literasi Digital: Etika Digital": 0.18,
    "Pilar Literasi Digital: Keamanan Digital": -0.03,
    "Pilar Literasi Digital: Budaya Digital": 0.39,
}
"""Where each area sits on the ability scale, by the domain's `reference`; other areas sit at 0.
Regional ASN measurements with DigComp's five areas find safety (area 4) and content creation (area 3)
weakest. The literacy pillars are placed so that the index (1 + 4 * score / 100) lands on the national
survey's government/TNI/Polri segment, 2022: 3.74 overall; skills 3.86, ethics 3.71, safety 3.46,
culture 3.94."""


def area_location(reference: str | None) -> float:
    """Where an area with this `reference` sits: its AREAS entry, also when the reference goes on to name
    the competences it covers ("DigComp 2.2 area 4: 4.1, 4.2"); 0 for an area not in AREAS."""
    text = reference or ""
    for key, where in AREAS.items():
        if text == key or (text.startswith(key) and not text[len(key)].isdigit()):
            return where
    return 0.0


GENERAL = 0.4
"""Loading of an area's ability on general digital ability; the rest is the person's own strength per area."""
SPECIFIC = 0.3
SPREAD = math.hypot(GENERAL, SPECIFIC)
"""About one standard deviation of an area's ability, the unit of `drift`."""
AGE_EFFECT = 0.02
"""Ability per year younger than someone born in 1983."""
SELF_BIAS = 0.4
"""How far self-ratings run above what the knowledge items show."""
CONFIDENCE = 0.25
"""Spread of a person's own over- or under-confidence."""
ITEM_NOISE = 0.7
"""Spread of one answer around what the person's ability and confidence say."""
SKIPPED = 0.02
"""Share of items left unanswered."""
MIX_BLOCK = 100
"""Every block of this many people holds the position mix exactly."""
FIRST_ROUND = datetime(2026, 3, 2, 8, 0)
"""When the first round opens; a later round (`drift`) opens 52 weeks on, on the same weekday."""

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


def generate_people(
    questionnaire: Questionnaire, count: int, seed: int = 2026, drift: float | None = None
) -> Iterator[Person]:
    """`count` people answering `questionnaire`, the same people for the same seed.

    With `drift`, the same people answer again a year later, their ability moved by `drift` standard
    deviations on average (negative for a decline).
    """
    # Three streams, so that the same seed gives the same staff whatever the instrument (identities and
    # general traits), the same strengths per area in every round, and new answers in each round.
    people = random.Random(f"people {seed}")
    strengths = random.Random(f"strengths {seed}")
    rounds = random.Random(f"answers {seed}" if drift is None else f"answers {seed} drift {drift!r}")
    roles = {position.id: questionnaire.find_role(position.id) or questionnaire.default_role for position in POSITIONS}
    unit_weights = {position.id: _unit_weights(position) for position in POSITIONS}
    locations = {domain.id: area_location(domain.reference) for domain in questionnaire.domains}
    items = _items(questionnaire)
    start = FIRST_ROUND if drift is None else FIRST_ROUND + timedelta(weeks=52)
    used: set[str] = set()
    staff = _staff(people)
    for _ in range(count):
        position, talent = next(staff)
        gender = people.choice((1, 2))
        nip = _nip(people, gender, position.born, used)
        name = f"{people.choice(FIRST_NAMES[gender])} {people.choice(LAST_NAMES)}"
        unit = people.choices(UNITS, unit_weights[position.id])[0]
        general = talent + position.ability + unit.ability + AGE_EFFECT * (int(nip[:4]) - 1983)
        confidence = people.gauss(0, CONFIDENCE)
        ability = {
            key: where + GENERAL * general + SPECIFIC * strengths.gauss(0, 1) for key, where in locations.items()
        }
        own_change = people.gauss(0, 0.2)
        minute = people.randrange(0, 14 * 24 * 60)
        if drift is not None:
            # Those furthest behind gain most: training goes to them, and a second measurement regresses.
            gain = drift * SPREAD * (1 - 0.3 * talent) + own_change
            ability = {key: value + gain for key, value in ability.items()}
        answers: dict[str, object] = {}
        for item in items:
            if rounds.random() < SKIPPED:
                continue
            answer = _answer(rounds, item, ability[item.domain] - item.offset, confidence)
            if answer is not None:
                answers[item.id] = answer
        submitted = start + timedelta(minutes=minute)
        yield Person(nip, name, unit.name, roles[position.id].id, submitted, answers)


def _staff(rng: random.Random) -> Iterator[tuple[Position, float]]:
    """Positions and talents (general ability, standard normal) in blocks of MIX_BLOCK people.

    Each block holds the position mix exactly (largest remainders) and one talent from each hundredth of
    the normal distribution, both shuffled: the seed picks the individuals, not the agency's make-up."""
    exact = [position.share * MIX_BLOCK for position in POSITIONS]
    counts = [math.floor(value) for value in exact]
    by_remainder = sorted(range(len(POSITIONS)), key=lambda index: counts[index] - exact[index])
    for index in by_remainder[: MIX_BLOCK - sum(counts)]:
        counts[index] += 1
    block = [position for position, number in zip(POSITIONS, counts, strict=True) for _ in range(number)]
    normal = NormalDist()
    while True:
        rng.shuffle(block)
        talents = [normal.inv_cdf((index + rng.random()) / MIX_BLOCK) for index in range(MIX_BLOCK)]
        rng.shuffle(talents)
        yield from zip(block, talents, strict=True)


def _unit_weights(position: Position) -> list[float]:
    return [unit.size * position.units.get(unit.name, 1.0) for unit in UNITS]


@dataclass(frozen=True)
class _Item:
    """A question as the generator needs it, worked out once rather than per person."""

    id: str
    domain: str
    offset: float
    """How much harder than the others of its area and kind, on the ability scale."""
    rated: bool
    """A self-rating or Likert item; otherwise a knowledge item."""
    values: tuple[object, ...] = ()
    """A rated item's option values from the lowest up."""
    reverse: bool = False
    multi: bool = False
    right: tuple[object, ...] = ()
    wrong: tuple[object, ...] = ()
    options: tuple[tuple[object, bool], ...] = ()
    """A multi item's (value, correct) pairs in file order."""


def _items(questionnaire: Questionnaire) -> list[_Item]:
    offsets = _item_offsets(questionnaire)
    items = []
    for question in questionnaire.questions:
        options = question.choices
        item = _Item(question.id, question.domain, offsets[question.id], question.is_self_rated)
        if item.rated:
            ordered = tuple(option.value for option in sorted(options, key=lambda option: option.value))
            item = replace(item, values=ordered, reverse=question.reverse)
        else:
            item = replace(
                item,
                multi=question.kind is Kind.MULTI,
                right=tuple(option.value for option in options if option.correct),
                wrong=tuple(option.value for option in options if not option.correct),
                options=tuple((option.value, option.correct) for option in options),
            )
        items.append(item)
    return items


def _answer(rng: random.Random, item: _Item, ability: float, confidence: float) -> object:
    if item.rated:
        latent = ability + SELF_BIAS + confidence + rng.gauss(0, ITEM_NOISE)
        steps = len(item.values) - 1
        position = min(steps, max(0, round((latent + 1.5) / 3.0 * steps)))
        return item.values[steps - position if item.reverse else position]
    known = 1 / (1 + math.exp(-2.5 * ability))
    if not item.multi:
        lucky = 0.5 / len(item.options)
        return rng.choice(item.right if not item.wrong or rng.random() < known + (1 - known) * lucky else item.wrong)
    chosen = [value for value, correct in item.options if rng.random() < (known if correct else (1 - known) * 0.35)]
    return chosen or None


def _item_offsets(questionnaire: Questionnaire) -> dict[str, float]:
    """How hard each item is compared with the others of its area and kind (self-rating or knowledge).

    Taken from the item id, not the seed, so an item is equally hard in every sample; centred within
    each area and kind, so the spread moves no area's mean and self-ratings stay above knowledge."""
    raw = {question.id: zlib.crc32(question.id.encode()) / 2**32 - 0.5 for question in questionnaire.questions}
    groups: dict[tuple[str, bool], list[str]] = {}
    for question in questionnaire.questions:
        groups.setdefault((question.domain, question.is_self_rated), []).append(question.id)
    offsets = {}
    for (_, self_rated), members in groups.items():
        centre = sum(raw[key] for key in members) / len(members)
        width = 0.6 if self_rated else 1.2
        offsets.update({key: (raw[key] - centre) * width for key in members})
    return offsets


def _nip(rng: random.Random, gender: int, born_in: tuple[int, int], used: set[str]) -> str:
    """A well-formed NIP: birth date, start of service (after age 21), gender digit and sequence."""
    first, last = born_in
    while True:
        born = date(first, 1, 1) + timedelta(days=rng.randrange(0, (last - first + 1) * 365))
        start_year = min(2025, born.year + rng.randrange(21, 34))
        nip = f"{born:%Y%m%d}{start_year}{rng.randrange(1, 13):02d}{gender}{rng.randrange(1, 1000):03d}"
        if nip not in used:
            used.add(nip)
            return nip
