"""Numbers and dates in the reader's language (Babel's CLDR data)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from asn_skills.locale_format import day, days, decimal, integer


def test_indonesian_numbers_use_a_decimal_comma_and_dots_between_thousands():
    assert decimal(63.84, "id") == "63,8"
    assert integer(2688, "id") == "2.688"
    assert decimal(1234567.891, "id", 2) == "1.234.567,89"


def test_english_numbers():
    assert decimal(63.84, "en") == "63.8" and integer(2688, "en") == "2,688"


def test_dates_name_the_month():
    assert day(date(2026, 12, 7), "id") == "7 Desember 2026"
    assert day(date(2026, 12, 7), "en") == "7 December 2026"
    assert day(date(2026, 12, 7), "id", "medium") == "7 Des 2026"


def test_a_span_of_one_day_is_one_day():
    moment = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    assert days(moment, moment + timedelta(minutes=5), "id") == day(moment, "id", "medium")
    assert days(date(2026, 3, 2), date(2026, 3, 9), "id") == "2–9 Mar 2026"
    assert days(date(2025, 12, 2), date(2026, 1, 15), "id") == "2 Des 2025–15 Jan 2026"


def test_numbers_in_a_text_keep_their_decimals_and_leave_words_alone():
    from asn_skills.locale_format import numbers_in

    assert numbers_in("68.9 · 20% di bawah syarat", "id") == "68,9 · 20% di bawah syarat"
    assert numbers_in("+1.5", "id") == "+1,5" and numbers_in("2688", "id") == "2.688"
    assert numbers_in("63.8", "en") == "63.8"


def test_documents_show_numbers_as_the_reader_writes_them_and_csv_keeps_them_as_numbers():
    from asn_skills.render.document import Document, Number, Section, document_html, document_markdown, section_csv

    section = Section("T", ["Ranah", "Skor", "Peserta"], [["Keamanan", Number(63.8, "63.8"), Number(2688, "2688")]])
    document = Document("Judul", [section], lang="id")
    assert "| Keamanan | 63,8 | 2.688 |" in document_markdown(document)
    assert ">63,8<" in document_html(document)
    assert section_csv(section).endswith("Keamanan,63.8,2688\r\n")
    english = Document("Title", [section], lang="en")
    assert "| Keamanan | 63.8 | 2,688 |" in document_markdown(english)
