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
        moment = _google(text) or _with_known_formats(text)
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


_GOOGLE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) ([AP])M$")


def _google(text: str) -> datetime | None:
    """Google Forms' `2026/03/02 8:15:33 AM`, read without strptime (it is on every row of big exports)."""
    found = _GOOGLE.match(text)
    if found is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in found.groups()[:6])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if found.group(7) == "P" else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


_last_format = [0]
"""Index of the format that worked last: rows of one export share a format, so it is tried first."""


def _with_known_formats(text: str) -> datetime | None:
    first = _last_format[0]
    for index in (first, *range(len(_FORMATS))):
        try:
            moment = datetime.strptime(text, _FORMATS[index])
        except ValueError:
            continue
        _last_format[0] = index
        return moment
    return None
