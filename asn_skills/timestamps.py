"""Submission times as survey tools write them, read into datetimes for ordering duplicates."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

_GMT = re.compile(r"\s*GMT([+-]\d{1,2})(?::?(\d{2}))?$")
_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %I:%M:%S %p",
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H.%M.%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H.%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y",
)


def parse_timestamp(text: str) -> datetime | None:
    """ISO 8601 (Kobo), LimeSurvey, Google Forms (`2026/03/02 8:15:33 AM GMT+7`) or Indonesian
    day-first dates (`02/03/2026 08.15.33`); None when the text is empty or not understood."""
    text = text.strip()
    if not text:
        return None
    zone = None
    gmt = _GMT.search(text)
    if gmt:
        hours = int(gmt.group(1))
        minutes = int(gmt.group(2) or 0) * (1 if hours >= 0 else -1)
        zone = timezone(timedelta(hours=hours, minutes=minutes))
        text = text[: gmt.start()]
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
        for pattern in _FORMATS:
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if moment is None:
        return None
    return moment.replace(tzinfo=zone) if zone is not None and moment.tzinfo is None else moment


def sort_key(moment: datetime | None) -> float:
    """Comparable number for ordering submissions; times without a zone count as UTC, none as earliest."""
    if moment is None:
        return float("-inf")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()
