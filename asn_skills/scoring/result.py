"""The scored result of one assessment: the validated `Result` model and its plain `Record` form.

`Result` is what `score_answers` returns for one person; `Record` is the same content as plain JSON
values (what batches, the store, results files and reports carry), with timestamps written as
`Result.model_dump(mode="json")` writes them.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from typing import TypedDict, cast

from pydantic import BaseModel, ConfigDict


class Match(str, Enum):
    """Job-person match band of the JPM percentage."""

    MEETS = "meets"
    NEARLY_MEETS = "nearly-meets"
    BELOW = "below"


class Priority(str, Enum):
    """How urgent training is: high or medium for a flagged person; low is a development suggestion for
    someone not flagged but short somewhere; none means no gap."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


PRIORITY_ORDER = {priority.value: rank for rank, priority in enumerate(Priority)}
"""Priorities from the most urgent: high, medium, low, none (for sorting records)."""


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


class DomainRecord(TypedDict):
    """A `DomainResult` as plain values."""

    score: float | None
    level: int | None
    self: float | None
    knowledge: float | None
    overestimates: bool
    required: int | None
    gap: int | None


class Record(TypedDict):
    """A `Result` as plain JSON values: one line of the results JSON Lines, one row of the results CSV."""

    nip: str | None
    name: str | None
    unit: str | None
    role: str
    submitted_at: str | None
    """ISO 8601 as `iso_timestamp` writes it."""
    domains: dict[str, DomainRecord]
    overall: float | None
    level: int | None
    jpm: float | None
    match: str | None
    needs_training: bool
    priority: str
    trainings: list[str]
    deferred: list[str]
    incomplete: bool
    warnings: list[str]


def as_record(result: Result) -> Record:
    """The result as plain JSON values."""
    return cast(Record, result.model_dump(mode="json"))


def iso_timestamp(moment: datetime | None) -> str | None:
    """A timestamp written the way the result record (Pydantic's JSON mode) writes it."""
    if moment is None:
        return None
    text = moment.isoformat()
    return text[:-6] + "Z" if moment.tzinfo is not None and moment.utcoffset() == timezone.utc.utcoffset(None) else text
