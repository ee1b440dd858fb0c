"""Submission times as survey tools write them, read into datetimes for ordering duplicates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from functools import cache

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


@cache
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


MONTH_FIRST = (
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
)
"""US-locale exports (Google Forms in an English-US account: `3/14/2026 8:15:33`), tried after every
day-first form unless the column is known to write month/day (see `month_first_column`)."""

Parser = Callable[[str], datetime | None]
SEEN_LIMIT = 4096


def _strptime(pattern: str) -> Parser:
    """A parser for one strptime pattern, with an optional `GMT+7` after it."""

    def parse(text: str) -> datetime | None:
        zone = None
        gmt = _GMT.search(text)
        if gmt:
            try:
                zone = _zone(gmt.group(1), gmt.group(2))
            except ValueError:  # GMT+25: a zone is less than a day from UTC
                return None
            text = text[: gmt.start()]
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            return None
        return moment.replace(tzinfo=zone) if zone is not None else moment

    return parse


US_CLOCK = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p")
"""SurveyMonkey's `11/20/2026 09:14:37 AM`: a 12-hour clock is written month/day, so these are never swapped."""

_DAY_FIRST_PARSERS = tuple(_strptime(pattern) for pattern in _FORMATS if pattern.startswith("%d"))
_MONTH_FIRST_PARSERS = tuple(map(_strptime, MONTH_FIRST))
_OTHER_PARSERS = (
    _iso,
    _google,
    *(_strptime(pattern) for pattern in _FORMATS if not pattern.startswith("%d")),
    *map(_strptime, US_CLOCK),
)
PARSERS: tuple[Parser, ...] = (*_OTHER_PARSERS, *_DAY_FIRST_PARSERS, *_MONTH_FIRST_PARSERS)
PARSERS_MONTH_FIRST: tuple[Parser, ...] = (*_OTHER_PARSERS, *_MONTH_FIRST_PARSERS, *_DAY_FIRST_PARSERS)
AMBIGUOUS_DAY_FIRST = "ambiguous_day_first"
AMBIGUOUS_MONTH_FIRST = "ambiguous_month_first"
DAY_FIRST_ONLY = "day_first_only"
MONTH_FIRST_ONLY = "month_first_only"


class TimestampReader:
    """Reads the submission times of one column: the exact form that parsed last is tried first, so a
    row costs one parse however far down the list its export's form is.

    A date that reads both ways (03/04/2026) is always read in the column's order, day/month unless
    `month_first`, wherever it stands: the form that parsed last must not decide it, or one text would
    read differently before and after a 3/14/2026, and a file differently when cut into chunks.
    """

    def __init__(self, *, month_first: bool = False) -> None:
        self.month_first = month_first
        self._parsers = PARSERS_MONTH_FIRST if month_first else PARSERS
        self._last: Parser | None = None
        self._seen: dict[str, datetime | None] = {}
        """Times already read, as written: date-only exports repeat a handful of days."""
        self.orders: dict[str, str] = {}
        """How day/month dates were read: for each kind (AMBIGUOUS_DAY_FIRST ...), the first text of that kind."""

    def read(self, text: str) -> datetime | None:
        """A submission time, or None when empty or not understood."""
        try:
            return self._seen[text]
        except KeyError:
            pass
        moment = self._read(text)
        if len(self._seen) < SEEN_LIMIT:
            self._seen[text] = moment
        return moment

    def _read(self, text: str) -> datetime | None:
        text = text.strip()
        if not text:
            return None
        if self._last is not None:
            moment = self._last(text)
            if moment is not None:
                return self._in_order(self._last, moment, text)
        for parser in self._parsers:
            moment = parser(text)
            if moment is not None:
                self._last = parser
                return self._in_order(parser, moment, text)
        return None

    def _in_order(self, parser: Parser, moment: datetime, text: str) -> datetime:
        """The moment with a date that reads both ways put in the column's order, which is noted."""
        if parser in _DAY_FIRST_PARSERS:
            day_first = True
        elif parser in _MONTH_FIRST_PARSERS:
            day_first = False
        else:
            return moment
        either = moment.day <= 12 and moment.day != moment.month
        if either:
            if day_first == self.month_first:
                moment = moment.replace(day=moment.month, month=moment.day)
            kind = AMBIGUOUS_MONTH_FIRST if self.month_first else AMBIGUOUS_DAY_FIRST
        else:
            kind = DAY_FIRST_ONLY if day_first else MONTH_FIRST_ONLY
        self.orders.setdefault(kind, text)
        return moment


def month_first_column(texts: Iterable[str]) -> bool:
    """Whether a time column writes month/day: its first date that reads only one way (3/14/2026) reads
    only month/day. A column whose first time is not a day/month date at all (ISO, Google's year-first) is
    not. Decided once per file from its first rows, so every chunk reads the file alike."""
    reader = TimestampReader()
    for text in texts:
        if reader.read(text) is None:
            continue
        if not reader.orders:
            return False
        if DAY_FIRST_ONLY in reader.orders or MONTH_FIRST_ONLY in reader.orders:
            return MONTH_FIRST_ONLY in reader.orders
    return False


_SHARED = TimestampReader()


def parse_timestamp(text: str) -> datetime | None:
    """A submission time in any of the forms above; None when empty or not understood."""
    return _SHARED.read(text)


def order_note(orders: dict[str, str]) -> tuple[str, dict[str, str]] | None:
    """A warning (message key, params) when day/month dates were read in an order the file does not prove:
    every date reads both ways (so day/month was assumed), or the file holds dates of both orders."""
    if MONTH_FIRST_ONLY in orders and (DAY_FIRST_ONLY in orders or AMBIGUOUS_DAY_FIRST in orders):
        other = orders.get(DAY_FIRST_ONLY) or orders[AMBIGUOUS_DAY_FIRST]
        return "dates_mixed_order", {"month_first": orders[MONTH_FIRST_ONLY], "day_first": other}
    if AMBIGUOUS_DAY_FIRST in orders and DAY_FIRST_ONLY not in orders and MONTH_FIRST_ONLY not in orders:
        example = orders[AMBIGUOUS_DAY_FIRST]
        moment = TimestampReader().read(example)
        assert moment is not None
        return "dates_assumed_day_first", {"example": example, "read": moment.strftime("%Y-%m-%d")}
    return None


def sort_key(moment: datetime | None) -> float:
    """Comparable number for ordering submissions; times without a zone count as UTC, none as earliest."""
    if moment is None:
        return float("-inf")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()
