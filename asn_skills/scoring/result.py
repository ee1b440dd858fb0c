"""The scored result of one assessment: the validated `Result` model and its plain `Record` form.

`Record` (declared once, in `results.schema`) is the result as plain JSON values: what batches, the
store, results files and reports carry. `Result` is what `score_answers` returns for one person: the same
fields as a frozen Pydantic model, built from that declaration (with `Match`, `Priority` and a datetime
where the record holds their text), so the two never drift apart.
"""

from __future__ import annotations

import types
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Union, cast, get_args, get_origin

from pydantic import BaseModel, ConfigDict

from asn_skills.results.columns import column_of, declared, plain_type
from asn_skills.results.schema import (
    NOT_GIVEN,
    PRIORITY_ORDER,
    DomainRecord,
    InstrumentRecord,
    Match,
    Priority,
    Record,
)

__all__ = [
    "PRIORITY_ORDER",
    "DomainRecord",
    "DomainResult",
    "InstrumentRecord",
    "InstrumentResult",
    "Match",
    "Priority",
    "Record",
    "Result",
    "as_record",
    "instrument_of",
    "iso_timestamp",
]


class _Frozen(BaseModel):
    # "ignore": results stored by an older version hold fields since dropped (each area's over-estimation).
    model_config = ConfigDict(frozen=True, extra="ignore")


def _model_of(typed: type, name: str, nested: dict[type, type[BaseModel]]) -> type[BaseModel]:
    """A frozen model with the fields of the TypedDict `typed`: each field's `Column.model` type where it
    declares one, the models in `nested` in place of their TypedDicts, and `Column.default` as default."""
    annotations: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    for key, annotation in declared(typed):
        column = column_of(annotation)
        kind = _swapped(plain_type(annotation), nested)
        if column is not None and column.model is not None:
            kind = column.model | None if type(None) in get_args(kind) else column.model
        annotations[key] = kind
        if column is not None and column.default is not NOT_GIVEN:
            defaults[key] = column.default
        elif column is None and type(None) in get_args(kind):
            defaults[key] = None  # a group of fields that results written before it lack
    return cast(
        "type[BaseModel]",
        type(name, (_Frozen,), {"__annotations__": annotations, "__module__": __name__, **defaults}),
    )


def _swapped(kind: Any, nested: dict[type, type[BaseModel]]) -> Any:
    """`kind` with each TypedDict of `nested` replaced by its model (inside `dict[...]` and `X | None` too)."""
    if kind in nested:
        return nested[kind]
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        found = [_swapped(arg, nested) for arg in get_args(kind)]
        return Union[tuple(found)]  # noqa: UP007 - built at run time
    if origin is dict:
        key, value = get_args(kind)
        return dict.__class_getitem__((key, _swapped(value, nested)))
    return kind


if TYPE_CHECKING:
    from asn_skills.questionnaire.model import Questionnaire

    class DomainResult(BaseModel):
        """One area of a `Result` (fields as `DomainRecord` declares them)."""

        def __getattr__(self, name: str) -> Any: ...

    class InstrumentResult(BaseModel):
        """The questionnaire of a `Result` (fields as `InstrumentRecord` declares them)."""

        def __getattr__(self, name: str) -> Any: ...

    class Result(BaseModel):
        """A validated result (fields as `Record` declares them)."""

        def __getattr__(self, name: str) -> Any: ...

else:
    DomainResult = _model_of(DomainRecord, "DomainResult", {})
    InstrumentResult = _model_of(InstrumentRecord, "InstrumentResult", {})
    Result = _model_of(Record, "Result", {DomainRecord: DomainResult, InstrumentRecord: InstrumentResult})


def as_record(result: Result) -> Record:
    """The result as plain JSON values."""
    return cast(Record, result.model_dump(mode="json"))


def instrument_of(questionnaire: Questionnaire) -> InstrumentRecord:
    """The questionnaire as a result names it: id, version and content hash."""
    return {"id": questionnaire.id, "version": questionnaire.version, "hash": questionnaire.content_hash}


def iso_timestamp(moment: datetime | None) -> str | None:
    """A timestamp written the way the result record (Pydantic's JSON mode) writes it."""
    if moment is None:
        return None
    text = moment.isoformat()
    return text[:-6] + "Z" if moment.tzinfo is not None and moment.utcoffset() == timezone.utc.utcoffset(None) else text
