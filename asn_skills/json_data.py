"""The data behind a view as plain JSON values: typed report objects (frozen dataclasses) become objects with
their fields in order; a field marked `shown_unless_suppressed` is left out of a suppressed group's object,
one marked `omitted_when_none` is left out while it is None."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

SHOWN_UNLESS_SUPPRESSED: Mapping[str, bool] = {"shown_unless_suppressed": True}
"""Field metadata: a statistic a group too small for statistics does not have at all."""
OMITTED_WHEN_NONE: Mapping[str, bool] = {"omitted_when_none": True}
"""Field metadata: a part only some reports have (the national comparison)."""


def plain(value: Any) -> Any:
    """`value` with every dataclass, tuple and mapping turned into JSON objects and arrays."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        suppressed = getattr(value, "suppressed", False) is True
        found: dict[str, Any] = {}
        for spec in dataclasses.fields(value):
            item = getattr(value, spec.name)
            if spec.metadata.get("shown_unless_suppressed") and suppressed:
                continue
            if spec.metadata.get("omitted_when_none") and item is None:
                continue
            found[spec.name] = plain(item)
        return found
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def json_text(value: Any) -> str:
    """The data as indented JSON (non-ASCII kept, NaN refused)."""
    return json.dumps(plain(value), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
