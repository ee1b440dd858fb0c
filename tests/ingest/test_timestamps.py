from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from asn_skills.ingest import timestamps
from asn_skills.ingest.timestamps import TimestampReader, month_first_column, order_note, parse_timestamp, sort_key

WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/03/02 8:15:33 AM GMT+7", datetime(2026, 3, 2, 8, 15, 33, tzinfo=WIB)),
        ("2026/03/02 12:05:00 AM GMT+7", datetime(2026, 3, 2, 0, 5, tzinfo=WIB)),
        ("2026/03/02 1:15:33 PM", datetime(2026, 3, 2, 13, 15, 33)),
        ("2026-03-02 08:15:33", datetime(2026, 3, 2, 8, 15, 33)),
        ("2026-03-02T01:15:33.000Z", datetime(2026, 3, 2, 1, 15, 33, tzinfo=timezone.utc)),
        ("2026-03-02T08:15:33.123+07:00", datetime(2026, 3, 2, 8, 15, 33, 123000, tzinfo=WIB)),
        ("02/03/2026 08.15.33", datetime(2026, 3, 2, 8, 15, 33)),
        ("02/03/2026", datetime(2026, 3, 2)),
        ("02/03/2026 08:15 GMT+7", datetime(2026, 3, 2, 8, 15, tzinfo=WIB)),
        ("kemarin", None),
        ("  ", None),
        ("2026/02/30 8:15:33 AM", None),
    ],
)
def test_forms_survey_tools_write(text, expected):
    assert parse_timestamp(text) == expected


def test_mixed_forms_in_one_file_all_read():
    texts = ["2026-03-02 08:15:33", "02/03/2026", "2026/03/02 8:15:33 AM GMT+7", "2026-03-02 08:15:33"]
    assert all(parse_timestamp(text) is not None for text in texts)


def test_sort_key_orders_zones_and_puts_unknown_first():
    earlier = parse_timestamp("2026-03-02T01:00:00Z")
    later = parse_timestamp("2026/03/02 8:30:00 AM GMT+7")  # 01:30 UTC
    assert sort_key(None) < sort_key(earlier) < sort_key(later)


def test_us_locale_google_dates_are_read_where_day_first_is_impossible():
    reader = TimestampReader()
    assert reader.read("3/14/2026 8:15:33") == datetime(2026, 3, 14, 8, 15, 33)
    assert TimestampReader().read("14/03/2026 08:15:33") == datetime(2026, 3, 14, 8, 15, 33)
    assert TimestampReader().read("03/04/2026 08:15:33") == datetime(2026, 4, 3, 8, 15, 33)  # day first


def test_a_column_remembers_the_exact_form_that_parsed(monkeypatch):
    reader = TimestampReader()
    assert reader.read("20/11/2026 09.14.37") == datetime(2026, 11, 20, 9, 14, 37)
    tried: list[str] = []
    real = datetime.strptime

    class Counting(datetime):
        @classmethod
        def strptime(cls, text, pattern):  # type: ignore[override]
            tried.append(pattern)
            return real(text, pattern)

    monkeypatch.setattr(timestamps, "datetime", Counting)
    for minute in range(100):
        assert reader.read(f"21/11/2026 {10 + minute // 60}.{minute % 60:02d}.00") is not None
    assert tried == ["%d/%m/%Y %H.%M.%S"] * 100  # one strptime a row, the form that worked
    tried.clear()
    for _ in range(100):
        assert reader.read("22/11/2026 10.00.00") is not None
    assert tried == ["%d/%m/%Y %H.%M.%S"]  # a time already read costs a dictionary lookup


def _orders(*texts, month_first=False):
    reader = TimestampReader(month_first=month_first)
    for text in texts:
        assert reader.read(text) is not None
    return order_note(reader.orders)


def test_dates_that_read_both_ways_say_day_month_was_assumed():
    key, params = _orders("03/04/2026", "05/06/2026 10:00")
    assert key == "dates_assumed_day_first"
    assert params == {"example": "03/04/2026", "read": "2026-04-03"}


def test_one_date_that_only_reads_day_first_settles_the_order():
    assert _orders("03/04/2026", "25/12/2026") is None
    assert _orders("2026-03-04", "2026/03/04 8:15:33 AM GMT+7", "04/04/2026") is None


def test_month_first_dates_among_day_first_ones_are_reported():
    key, params = _orders("03/04/2026", "3/14/2026 8:15:33")
    assert key == "dates_mixed_order"
    assert params == {"month_first": "3/14/2026 8:15:33", "day_first": "03/04/2026"}


def test_a_us_export_read_month_first_throughout_is_not_reported():
    texts = ("3/14/2026 8:15:33", "3/4/2026 9:00:00", "12/25/2026 9:00:00")
    assert month_first_column(texts)
    assert _orders(*texts, month_first=True) is None
    assert TimestampReader(month_first=True).read("3/4/2026 9:00:00") == datetime(2026, 3, 4, 9, 0)


def test_a_date_that_reads_both_ways_reads_the_same_before_and_after_a_us_date():
    """The form that parsed last is tried first, but must not decide the order of an ambiguous date."""
    for month_first, expected in ((False, datetime(2026, 4, 5, 10)), (True, datetime(2026, 5, 4, 10))):
        reader = TimestampReader(month_first=month_first)
        assert reader.read("05/04/2026 10:00:00") == expected
        assert reader.read("3/14/2026 8:15:33") == datetime(2026, 3, 14, 8, 15, 33)
        assert reader.read("05/04/2026 10:00:01") == expected.replace(second=1)
        assert reader.read("25/12/2026 10:00:00") == datetime(2026, 12, 25, 10)
        assert reader.read("05/04/2026 10:00:02") == expected.replace(second=2)


def test_the_first_date_that_reads_one_way_only_decides_the_column_order():
    assert month_first_column(["", "kemarin", "03/04/2026", "3/14/2026 8:15:33", "25/12/2026 9:00:00"])
    assert not month_first_column(["03/04/2026", "25/12/2026 9:00:00", "3/14/2026 8:15:33"])
    assert not month_first_column(["03/04/2026", "05/06/2026"])
    assert not month_first_column(["2026-03-14 08:15:33", "3/14/2026 8:15:33"])


@pytest.mark.parametrize(
    "text", ["2026/03/02 8:15:33 AM GMT+25", "02/03/2026 08:15:33 GMT+99", "02/03/2026 08:15:33 GMT-24:00"]
)
def test_a_time_zone_beyond_a_day_is_a_time_not_understood_not_a_crash(text):
    assert TimestampReader().read(text) is None
