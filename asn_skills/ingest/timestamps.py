"""Submission times as survey tools write them, read into datetimes for ordering duplicates."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

_GMT = re.compile(r"\s*GMT([+-]\d{1,2})(?::?(\d{2}))?$")
_GOOGLE = re.compile(
    r"^(\d{4})/(\d{1,2})/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) ([AP])M(?: GMT([+-]\d{1,2})(?::?(\d{2}))?)?$"
)
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


def _zone(hours: str | None, minutes: str | None) -> timezone | None:
    if hours is None:
        return None
    offset = int(hours)
    extra = int(minutes or 0) * (1 if offset >= 0 else -1)
    return timezone(timedelta(hours=offset, minutes=extra))


def _iso(text: str) -> datetime | None:
    """Kobo and LimeSurvey: ISO 8601, with or without `T`, fractions and zone (`Z` included)."""
    if len(text) < 10 or text[4] != "-":
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _google(text: str) -> datetime | None:
    """Google Forms: `2026/03/02 8:15:33 AM GMT+7`, read without strptime (it is on every row)."""
    found = _GOOGLE.match(text)
    if found is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in found.groups()[:6])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if found.group(7) == "P" else 0)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=_zone(found.group(8), found.group(9)))
    except ValueError:
        return None


def _other(text: str) -> datetime | None:
    """Day-first Indonesian dates (`02/03/2026 08.15.33`) and the rest, with an optional `GMT+7`."""
    zone = None
    gmt = _GMT.search(text)
    if gmt:
        zone = _zone(gmt.group(1), gmt.group(2))
        text = text[: gmt.start()]
    for pattern in _FORMATS:
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return moment.replace(tzinfo=zone) if zone is not None else moment
    return None


_READERS: list[Callable[[str], datetime | None]] = [_iso, _google, _other]


def parse_timestamp(text: str) -> datetime | None:
    """A submission time in any of the forms above; None when empty or not understood.

    Rows of one export share a form, so the reader that worked last is tried first."""
    text = text.strip()
    if not text:
        return None
    for reader in _READERS:
        moment = reader(text)
        if moment is not None:
            if reader is not _READERS[0]:
                _READERS.remove(reader)
                _READERS.insert(0, reader)
            return moment
    return None


def sort_key(moment: datetime | None) -> float:
    """Comparable number for ordering submissions; times without a zone count as UTC, none as earliest."""
    if moment is None:
        return float("-inf")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()
