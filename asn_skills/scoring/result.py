"""The scored result of one assessment: the result record of the product contract."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict


class Match(str, Enum):
    """Job-person match band of the JPM percentage."""

    MEETS = "meets"
    NEARLY_MEETS = "nearly-meets"
    BELOW = "below"


class Priority(str, Enum):
    HIGH = "high"
    MEDIUM = "medium"
    NONE = "none"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DomainResult(_Record):
    score: float | None
    """0-100, rounded to 2 decimals; None when too few items were answered."""
    level: int | None
    self: float | None
    """Sub-score of the self-rating items, None where the domain has none answered."""
    knowledge: float | None
    """Sub-score of the knowledge (choice/multi) items, None where the domain has none answered."""
    overestimates: bool
    """Self-rating more than 25 points above the knowledge sub-score."""
    required: int | None
    """Level the role requires, None where it sets no requirement."""
    gap: int | None
    """Required minus achieved level, None where the domain is unscored or not required."""


class Result(_Record):
    nip: str | None
    name: str | None
    unit: str | None
    role: str
    """The role id used (the default role when the given one is unknown)."""
    submitted_at: datetime | None
    domains: dict[str, DomainResult]
    overall: float | None
    level: int | None
    jpm: float | None
    """Job-person match: 100 * sum(min(achieved, required)) / sum(required) over scored domains."""
    match: Match | None
    needs_training: bool
    priority: Priority
    trainings: list[str]
    """Recommended course ids within the yearly JP budget."""
    deferred: list[str]
    """Course ids that fit the gaps but not this year's budget."""
    incomplete: bool
    warnings: list[str]
