"""The result record, declared once: each field with its plain JSON type, its column header in Indonesian
and English and the kind of value it holds (which says how CSV, xlsx and JSON write it and read it back).

`Record` is what batches, the store, results files and reports carry; the validated `Result` model of
`scoring.result` and the flat columns of `results.columns` are derived from these declarations, so a
field added here appears in every results format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Annotated, Any, TypedDict


class Match(str, Enum):
    """Job-person match band of the JPM percentage."""

    MEETS = "meets"
    NEARLY_MEETS = "nearly-meets"
    BELOW = "below"


class Priority(str, Enum):
    """How urgent training is: high or medium for a person who needs it; confirm when that hinges on a cut
    within the uncertainty of a score (the supervisor confirms); low is a development suggestion for
    someone not flagged but short somewhere; none means no gap."""

    HIGH = "high"
    MEDIUM = "medium"
    CONFIRM = "confirm"
    LOW = "low"
    NONE = "none"


PRIORITY_ORDER = {priority.value: rank for rank, priority in enumerate(Priority)}
"""Priorities from the most urgent: high, medium, confirm, low, none (for sorting records)."""


class Kind(Enum):
    """What a field holds, which decides how each format writes it and reads it back."""

    TEXT = "text"
    """Free text (a name, a unit): guarded against formula injection and quoted where needed in a CSV."""
    IDENTIFIER = "identifier"
    """Free text that is often all digits (the NIP): as TEXT, and kept as text in a workbook."""
    CODE = "code"
    """An id, code or version: never holds a comma, quote or line break."""
    TIME = "time"
    """ISO 8601 text; a date-time cell in a workbook."""
    SCORE = "score"
    """A 0-100 float rounded to 2 decimals (also JPM %)."""
    NUMBER = "number"
    """A whole number: a level or a gap."""
    FLAG = "flag"
    """true / false."""
    CODES = "codes"
    """A list of ids joined by `;` in a flat file."""
    TEXTS = "texts"
    """A list of free texts joined by `;` in a flat file, guarded like TEXT."""


NOT_GIVEN: Any = object()
"""`Column.default` of a field every record has always carried."""


@dataclass(frozen=True)
class Column:
    """How one field of the record appears in results files."""

    kind: Kind
    id: str
    """Column header in Indonesian (`{domain}` stands for the area in a per-area field)."""
    en: str
    """Column header in English."""
    model: Any = None
    """The field's type in the validated `Result` where it is richer than the plain one (an enum, a datetime)."""
    default: Any = NOT_GIVEN
    """The value of a field that older records and files lack (added since results were first written)."""

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


class DomainRecord(TypedDict):
    """One area of a result."""

    score: Annotated[float | None, Column(Kind.SCORE, "Skor {domain}", "Score {domain}")]
    """0-100; None when too few self-rating items were answered."""
    se: Annotated[float | None, Column(Kind.SCORE, "Galat baku {domain}", "Standard error {domain}", default=None)]
    """Standard error of the score in score points: the area's declared `sem`, else Lord's binomial error."""
    level: Annotated[int | None, Column(Kind.NUMBER, "Level {domain}", "Level {domain}")]
    level_low: Annotated[
        int | None, Column(Kind.NUMBER, "Level terendah {domain}", "Lowest level {domain}", default=None)
    ]
    """The level at the score and knowledge sub-score less `confirm_margin` standard errors."""
    level_high: Annotated[
        int | None, Column(Kind.NUMBER, "Level tertinggi {domain}", "Highest level {domain}", default=None)
    ]
    """The level at the score and knowledge sub-score plus `confirm_margin` standard errors."""
    self: Annotated[float | None, Column(Kind.SCORE, "Swanilai {domain}", "Self-rating {domain}", default=None)]
    """Sub-score of the self-rating items, None where the area has none answered."""
    knowledge: Annotated[float | None, Column(Kind.SCORE, "Pengetahuan {domain}", "Knowledge {domain}", default=None)]
    """Sub-score of the knowledge (choice/multi) items, a blank one scoring 0; None where the area has none."""
    knowledge_se: Annotated[
        float | None,
        Column(Kind.SCORE, "Galat baku pengetahuan {domain}", "Knowledge standard error {domain}", default=None),
    ]
    required: Annotated[
        int | None, Column(Kind.NUMBER, "Level dibutuhkan {domain}", "Required level {domain}", default=None)
    ]
    """Level the role requires, None where it sets no requirement."""
    gap: Annotated[int | None, Column(Kind.NUMBER, "Kesenjangan {domain}", "Gap {domain}", default=None)]
    """Required minus achieved level, None where the area is unscored or not required."""


class InstrumentRecord(TypedDict):
    """The questionnaire a result was scored with."""

    id: Annotated[str, Column(Kind.CODE, "Kuesioner", "Questionnaire")]
    version: Annotated[str, Column(Kind.CODE, "Versi kuesioner", "Questionnaire version")]
    hash: Annotated[str, Column(Kind.CODE, "Sidik kuesioner", "Questionnaire hash")]
    """The questionnaire's content hash: a different hash is a different questionnaire, whatever its version."""


class Record(TypedDict):
    """A result as plain JSON values: one line of the results JSON Lines, one row of the results CSV."""

    nip: Annotated[str | None, Column(Kind.IDENTIFIER, "NIP", "NIP")]
    name: Annotated[str | None, Column(Kind.TEXT, "Nama", "Name")]
    unit: Annotated[str | None, Column(Kind.TEXT, "Unit kerja", "Unit")]
    role: Annotated[str, Column(Kind.CODE, "Jabatan", "Role")]
    """The role id used (the default role when the given one is unknown)."""
    submitted_at: Annotated[str | None, Column(Kind.TIME, "Waktu pengisian", "Submitted at", model=datetime)]
    """ISO 8601 as `iso_timestamp` writes it."""
    instrument: InstrumentRecord | None
    """None in results written before files said which questionnaire scored them."""
    domains: dict[str, DomainRecord]
    overall: Annotated[float | None, Column(Kind.SCORE, "Skor keseluruhan", "Overall score")]
    level: Annotated[int | None, Column(Kind.NUMBER, "Level keseluruhan", "Overall level")]
    jpm: Annotated[float | None, Column(Kind.SCORE, "JPM %", "JPM %")]
    """Job-person match: 100 * sum(min(achieved, required)) / sum(required) over scored areas."""
    match: Annotated[str | None, Column(Kind.CODE, "Kesesuaian jabatan", "Job match", model=Match)]
    needs_training: Annotated[bool, Column(Kind.FLAG, "Perlu pelatihan", "Needs training")]
    priority: Annotated[str, Column(Kind.CODE, "Prioritas", "Priority", model=Priority)]
    to_confirm: Annotated[list[str], Column(Kind.CODES, "Perlu konfirmasi", "To confirm", default=[])]
    """With priority "confirm": the areas whose low level is below the requirement and differs from the high."""
    overestimates: Annotated[
        bool | None, Column(Kind.FLAG, "Menilai diri terlalu tinggi", "Overestimates", default=None)
    ]
    """Pooled self-rating well above the knowledge sub-score (beyond its error); None when either is absent.
    Indicative: never a reason for a flag."""
    trainings: Annotated[list[str], Column(Kind.CODES, "Pelatihan", "Trainings")]
    """Recommended course ids within the yearly JP budget."""
    deferred: Annotated[list[str], Column(Kind.CODES, "Ditunda", "Deferred")]
    """Course ids that fit the gaps but not this year's budget."""
    incomplete: Annotated[bool, Column(Kind.FLAG, "Tidak lengkap", "Incomplete")]
    warnings: Annotated[list[str], Column(Kind.TEXTS, "Peringatan", "Warnings")]
