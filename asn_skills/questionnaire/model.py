"""The questionnaire format (version 1) as frozen Pydantic models."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from enum import Enum
from functools import cached_property
from typing import Annotated, Any

from pydantic import AllowInfNan, BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

Text = dict[str, str]
"""A text in every language the questionnaire declares, keyed by language code."""

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
QuestionId = Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z0-9_.-]*$")]
FiniteFloat = Annotated[StrictFloat, AllowInfNan(False)]
MAX_WEIGHT = 1000.0
"""Largest weight of a domain or question. Weights are relative (1 to 5 in practice); two finite weights
near 1e308 would overflow their sum and score every overall as NaN."""
"""A number that is not inf or nan (TOML reads `1e309` as inf): scores built on it would not be numbers."""
OptionValue = StrictInt | FiniteFloat | StrictStr


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(str, Enum):
    """How a question is answered and scored."""

    SELF = "self"
    LIKERT = "likert"
    CHOICE = "choice"
    MULTI = "multi"


class Mode(str, Enum):
    """How a course is delivered."""

    E_LEARNING = "e-learning"
    KLASIKAL = "klasikal"
    BLENDED = "blended"


SECONDS_PER_ITEM = {Kind.SELF: 15, Kind.LIKERT: 15, Kind.CHOICE: 45, Kind.MULTI: 60}
"""Time to answer one item. A rating is one short statement on a fixed scale. A single-choice item is a
situation of two sentences and four options, about 60 words: some 20 seconds of reading at the 180-200
words a minute of adult silent reading, the rest deciding. A multi-select item's five options are each
decided on their own."""


class Level(Frozen):
    level: StrictInt = Field(ge=0, le=100)
    """The number role requirements and course `for_levels` refer to."""
    name: Text
    min: FiniteFloat = Field(ge=0, le=100)
    """Lowest 0-100 domain score in this band."""
    min_knowledge: FiniteFloat | None = Field(default=None, ge=0, le=100)
    """Knowledge sub-score this band needs in a domain that has knowledge items (levels above the first)."""
    description: Text | None = None


class Domain(Frozen):
    id: Slug
    name: Text
    weight: FiniteFloat = Field(default=1.0, gt=0, le=MAX_WEIGHT)
    """Weight of the domain in the overall score."""
    reference: str | None = None
    """Framework reference, e.g. "DigComp 2.2 area 4"."""
    critical: StrictBool = False
    """Any gap here flags the person for training (e.g. digital safety)."""
    sem: FiniteFloat | None = Field(default=None, gt=0, le=100)
    """Standard error of this domain's score from a pilot study; replaces the per-person estimate."""
    description: Text | None = None


class Role(Frozen):
    id: Slug
    name: Text
    aliases: tuple[str, ...] = ()
    """How the role appears in exports, matched case-insensitively."""
    required: dict[str, StrictInt]
    """Required level per domain id."""
    default: StrictBool = False


class Option(Frozen):
    value: OptionValue
    label: Text
    correct: StrictBool = False
    code: str | None = None
    """How an export tool writes this answer, e.g. LimeSurvey's "AO01"."""


class OptionSet(Frozen):
    options: tuple[Option, ...] = Field(min_length=2)


class Question(Frozen):
    id: QuestionId
    domain: str
    kind: Kind
    text: Text
    options: str | tuple[Option, ...]
    """An option set name in the file; always the resolved options once loaded."""
    competence: str | None = None
    weight: FiniteFloat = Field(default=1.0, gt=0, le=MAX_WEIGHT)
    reverse: StrictBool = False

    @property
    def choices(self) -> tuple[Option, ...]:
        assert not isinstance(self.options, str), "questions are resolved when loaded"
        return self.options

    @property
    def is_self_rated(self) -> bool:
        return self.kind in (Kind.SELF, Kind.LIKERT)


class Training(Frozen):
    id: Slug
    title: Text
    domain: str
    for_levels: tuple[StrictInt, ...] = Field(min_length=1)
    hours: FiniteFloat = Field(gt=0, le=1000)
    """Length in JP (jam pelajaran, 45 minutes)."""
    mode: Mode
    provider: str
    description: Text | None = None
    url: str | None = None
    cost_per_participant: FiniteFloat | None = Field(default=None, ge=0)
    """Estimated cost of one participant in rupiah (fees, materials); an agency file may override it."""
    cost_per_class: FiniteFloat | None = Field(default=None, ge=0)
    """Estimated cost of running one class in rupiah (trainer, room); added to the per-participant cost."""


class Policy(Frozen):
    jp_budget: FiniteFloat = Field(default=20, gt=0, le=1000)
    class_size: StrictInt = Field(default=30, ge=1, le=10000)
    min_answered: FiniteFloat = Field(default=0.5, gt=0, le=1)
    match_thresholds: tuple[FiniteFloat, FiniteFloat] = (80, 68)
    min_group_size: StrictInt = Field(default=5, ge=1, le=1000)
    confirm_margin: FiniteFloat = Field(default=0.5, ge=0, le=5)
    """Standard errors around a cut within which a decision is "confirm" (the supervisor confirms)."""
    overestimate_points: FiniteFloat = Field(default=25, ge=0, le=100)
    """Least pooled self-minus-knowledge gap reported as over-estimation."""


class Header(Frozen):
    """The identity of a questionnaire: what a file states about itself before its parts."""

    format: StrictInt
    id: Slug
    version: str
    languages: tuple[str, ...] = Field(min_length=1)
    """Language codes; the first is the default."""
    title: Text
    description: Text | None = None


class Questionnaire(Header):
    """A validated instrument: use `asn_skills.load_questionnaire` to get one."""

    levels: tuple[Level, ...]
    domains: tuple[Domain, ...]
    roles: tuple[Role, ...]
    questions: tuple[Question, ...]
    trainings: tuple[Training, ...] = ()
    policy: Policy = Policy()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Questionnaire:
        """A copy whose cached indexes are rebuilt from its own (possibly updated) content."""
        copy = super().model_copy(update=update, deep=deep)
        for name in _CACHED:
            copy.__dict__.pop(name, None)
        return copy

    def text(self, value: Text | None, lang: str | None = None) -> str:
        """The text in `lang`, else in the questionnaire's first language."""
        if not value:
            return ""
        return value.get(lang or "") or value.get(self.languages[0]) or next(iter(value.values()))

    @cached_property
    def questions_by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.questions}

    @cached_property
    def domains_by_id(self) -> dict[str, Domain]:
        return {domain.id: domain for domain in self.domains}

    @cached_property
    def default_role(self) -> Role:
        return next(role for role in self.roles if role.default)

    @cached_property
    def role_names(self) -> dict[str, Role]:
        """Every way of writing a role (id, names, aliases), folded to lower case."""
        names: dict[str, Role] = {}
        for role in self.roles:
            for name in (role.id, *role.name.values(), *role.aliases):
                names.setdefault(" ".join(name.casefold().split()), role)
        return names

    def find_role(self, name: str | None) -> Role | None:
        """The role written as `name` (id, name in any language or alias), or None."""
        if name is None:
            return None
        return self.role_names.get(" ".join(name.casefold().split()))

    def estimated_minutes(self) -> int:
        """About how long answering takes: SECONDS_PER_ITEM for each question, by its kind."""
        seconds = sum(SECONDS_PER_ITEM[question.kind] for question in self.questions)
        return max(1, round(seconds / 60))

    def level_name(self, level: int | None, lang: str | None = None) -> str:
        """The localised name of a level number, or "-"."""
        found = next((band for band in self.levels if band.level == level), None)
        return self.text(found.name, lang) if found else "-"

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the canonical content: results from different content never mix silently. Values left at
        their defaults and course costs (which change no result) are left out, so a questionnaire keeps its
        hash when a new optional setting is added to the format or an agency updates its cost estimates."""
        content = self.model_dump(mode="json", exclude_defaults=True, exclude=_NOT_CONTENT)
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()


_NOT_CONTENT: Any = {"trainings": {"__all__": {"cost_per_participant", "cost_per_class"}}}
"""Fields that change no score, level, flag or recommendation."""
_CACHED = tuple(name for name, value in vars(Questionnaire).items() if isinstance(value, cached_property))
