"""Numbers and dates as readers of each display language write them, from the CLDR data of Babel: in
Indonesian `63,8`, `2.688` and `7 Desember 2026`, in English `63.8`, `2,688` and `7 December 2026`."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal

LOCALES = {"id": "id_ID", "en": "en_GB"}
"""The CLDR locale of each display language (British English keeps the day-month-year order)."""


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["id"])


def decimal(value: float, lang: str, digits: int = 1) -> str:
    """`value` rounded to `digits` decimals, with the language's decimal mark and digit grouping."""
    from babel.numbers import format_decimal  # imported when used: commands that print no number skip it

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return str(format_decimal(value, pattern, locale=_locale(lang)))


def integer(value: int, lang: str) -> str:
    """A whole number with the language's digit grouping (`2.688`)."""
    return decimal(value, lang, 0)


def machine_figure(value: float) -> str:
    """`value` written out in full the machine way, with every decimal it has and no exponent, and without a
    trailing `.0`: `1234567`, `123456.5`, `0.25` (`:g` would give `1.23457e+06` and `123456`)."""
    if not math.isfinite(value):
        return str(value)
    text = format(Decimal(repr(float(value))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_NUMBER = re.compile(r"(?<![\w.,])([-+]?)(\d+)(?:\.(\d+))?(?![\w]|\.\d)")


def numbers_in(text: str, lang: str) -> str:
    """Every number written in `text` the machine way (`2688`, `63.8`, `+1.5`, `80%`) as `lang` writes it,
    with its decimals kept (`2.688`, `63,8`, `+1,5`, `80%` in Indonesian). Only for texts that hold numbers
    and words, never an identifier (a NIP would be grouped). English keeps its decimal point and gains its
    grouping (`2,688`)."""
    return _NUMBER.sub(
        lambda found: found[1] + decimal(float(f"{found[2]}.{found[3] or 0}"), lang, len(found[3] or "")), text
    )


def day(value: date | datetime, lang: str, width: str = "long") -> str:
    """A calendar day: `long` (7 Desember 2026) or `medium` (7 Des 2026). A datetime is shown in local time."""
    from babel.dates import format_date

    return str(format_date(_local_day(value), width, locale=_locale(lang)))


def days(first: date | datetime, last: date | datetime, lang: str) -> str:
    """A span of days as short as the language writes it: `2–15 Mar 2025`, `2 Des 2025–15 Jan 2026`, or one
    day (`7 Des 2026`)."""
    from babel.dates import format_interval

    start, end = _local_day(first), _local_day(last)
    return str(format_interval(start, end, "yMMMd", locale=_locale(lang)))


def _local_day(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return (value.astimezone() if value.tzinfo else value).date()
    return value
