"""Exports built byte for byte the way each tool's source writes them, scored like `score_answers`.

Each test writes a small export of the test questionnaire as its tool does (the docstring names the
source), and requires the scores, NIP, name, unit, role and submission time that `score_answers` gives
for the same answers. The files are written here by hand, not by `asn_skills.synthetic`, so a mistake in
the sample writer cannot hide one in the reader.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest
from support import MINIMAL, variant
from typer.testing import CliRunner

from asn_skills import ExitCode, score_answers
from asn_skills.cli.app import app
from asn_skills.questionnaire.load import load_file
from asn_skills.synthetic.workbook import write_workbook

runner = CliRunner()
Q = load_file(MINIMAL)
WIB = timezone(timedelta(hours=7))


@dataclass
class Person:
    nip: str
    name: str
    unit: str
    role: str
    """The role as the expected record names it (an id)."""
    answers: dict[str, object]
    when: datetime | None
    """The submission time the record should carry."""
    texts: dict[str, str] = field(default_factory=dict)


SARI = Person(
    "198609262015051001",
    "Sari Dewi",
    "BKPSDM",
    "ahli",
    {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 2},
    datetime(2026, 11, 20, 9, 14, 37),
)
ANI = Person(
    "199002142019032002",
    "Ani Lestari",
    "Dinas Kesehatan",
    "staf",
    {"A1": 0, "A2": 1, "A3": "b", "A4": ["b"], "B1": 5, "B2": 1, "B3": 1},
    datetime(2026, 11, 21, 10, 5, 0),
)
SKALA = {
    0: ("Belum", "Not yet"),
    1: ("Dibantu", "With help"),
    2: ("Mandiri", "On my own"),
    3: ("Membimbing", "Can guide"),
}
SETUJU = {
    1: ("Sangat tidak setuju", "Strongly disagree"),
    2: ("Tidak setuju", "Disagree"),
    3: ("Ragu", "Unsure"),
    4: ("Setuju", "Agree"),
    5: ("Sangat setuju", "Strongly agree"),
}
A3 = {"a": ("Benar", "Right"), "b": ("Salah", "Wrong"), "c": ("Keliru", "Mistaken")}
A4 = {"a": ("Satu", "One"), "b": ("Dua", "Two"), "c": ("Tiga", "Three"), "d": ("Empat", "Four")}
B3 = {1: ("Salah", "Wrong"), 2: ("Benar", "Right")}
LABELS = {"A1": SKALA, "A2": SKALA, "A3": A3, "B1": SETUJU, "B2": SETUJU, "B3": B3}
ROLE_NAMES = {"ahli": ("Ahli TI", "IT expert"), "staf": ("Staf", "Staff")}


def label(question: str, value: object, lang: str) -> str:
    return LABELS[question][value][0 if lang == "id" else 1]  # type: ignore[index]


def scored(path, *extra, questionnaire=MINIMAL):
    result = runner.invoke(
        app, ["--lang", "en", "score", str(path), "-q", str(questionnaire), "--format", "jsonl", *extra]
    )
    return result, {record["nip"]: record for record in map(json.loads, result.stdout.splitlines())}


def assert_like_the_library(records, people, questionnaire=Q):
    assert len(records) == len(people)
    for person in people:
        expected = score_answers(
            questionnaire,
            person.answers,
            role=person.role,
            nip=person.nip,
            name=person.name,
            unit=person.unit,
            submitted_at=person.when,
            lang="en",
        ).model_dump(mode="json")
        assert records[person.nip] == expected, person.nip


# ---------------------------------------------------------------- LimeSurvey


def limesurvey_csv(rows, separator=","):
    """`CsvWriter.php`: a UTF-8 byte order mark, every value in double quotes with `"` doubled, SQL NULL
    written empty and unquoted, records ending in CRLF."""
    lines = [
        separator.join("" if cell is None else '"' + str(cell).replace('"', '""') + '"' for cell in row) + "\r\n"
        for row in rows
    ]
    return b"\xef\xbb\xbf" + "".join(lines).encode()


RESPONSE_EN = [
    "Response ID",
    "Date submitted",
    "Last page",
    "Start language",
    "Seed",
    "Date started",
    "Date last action",
]
RESPONSE_ID = [
    "ID tanggapan",
    "Tanggal pengiriman",
    "Nama belakang",
    "Bahasa utama",
    "Seed",
    "Tanggal mulai",
    "Tanggal tindakan terakhir",
]
CODES = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp"]


def limesurvey_full(person, number, lang, last_page=2, submitted=True):
    """One response with "Full answers": option texts, and Yes/No (N/A where never shown) per option."""
    yes, no = ("Ya", "Tidak") if lang == "id" else ("Yes", "No")
    when = person.when or datetime(2026, 11, 22, 8, 0)
    stamp = f"{when:%Y-%m-%d %H:%M:%S}"
    meta = [str(number), stamp if submitted else "", str(last_page), lang, "1837462", stamp, stamp]
    role = ROLE_NAMES[person.role][0 if lang == "id" else 1]
    cells = [*meta, person.nip, person.name, person.unit, role]
    for question in ("A1", "A2", "A3"):
        value = person.answers.get(question)
        cells.append(None if value is None else label(question, value, lang))
    chosen = person.answers.get("A4")
    cells += ["N/A"] * 4 if chosen is None else [yes if value in chosen else no for value in "abcd"]
    for question in ("B1", "B2", "B3"):
        value = person.answers.get(question)
        cells.append(None if value is None else label(question, value, lang))
    return cells


def limesurvey_texts(lang):
    texts = ["Butir", "Item"][lang == "en"]
    options = [A4[value][lang == "en"] for value in "abcd"]
    return [
        *(f"{texts} {question}" for question in ("A1", "A2", "A3")),
        *(f"{texts} A4 [{option}]" for option in options),
        *(f"{texts} {question}" for question in ("B1", "B2", "B3")),
    ]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_limesurvey_default_full_texts_and_full_answers(tmp_path, lang):
    """LimeSurvey "Export results" with the dialog's defaults (application/controllers/admin/Export.php:
    headstyle "full", answers "long", comma): response columns from createFieldMap
    (application/helpers/common_helper.php) translated into the export language (gT; Indonesian from
    locale/id/LC_MESSAGES/id.po), headings `Question [Subquestion]` (Writer.php getFullHeading), option
    cells gT('Yes') / gT('No') / gT('N/A') and list answers as their text (SurveyObj.php getFullAnswer).

    An incomplete response (submitdate NULL, later page never reached: N/A and NULL) is scored with what
    it has, not rejected."""
    budi = Person(
        "198511302010121003",
        "Budi Santoso",
        "Inspektorat",
        "staf",
        {"A1": 1, "A2": 2, "A3": "c", "A4": ["a", "b"]},
        None,
    )
    header = [*(RESPONSE_EN if lang == "en" else RESPONSE_ID), "NIP (18 digit)", "Nama lengkap", "Unit kerja"]
    header += ["Jabatan", *limesurvey_texts(lang)]
    incomplete = limesurvey_full(budi, 3, lang, last_page=1, submitted=False)
    incomplete[-7:-3] = ["Ya" if lang == "id" else "Yes"] * 2 + ["Tidak" if lang == "id" else "No"] * 2
    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(
        limesurvey_csv([header, limesurvey_full(SARI, 1, lang), limesurvey_full(ANI, 2, lang), incomplete])
    )
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_like_the_library(records, [SARI, ANI, budi])
    assert records[budi.nip]["incomplete"] and records[budi.nip]["domains"]["a"]["score"] is not None


def test_limesurvey_4_question_codes_and_answer_codes(tmp_path):
    """ "Question code" headings and "Answer codes" (SurveyObj.php getShortAnswer: the stored code; NULL
    unquoted): LimeSurvey 4 and later name answer options AO01, AO02 ... (Question.php
    getEmptyAnswerOption: prefix 'AO' . '01'), multiple-choice options SQ001 ... with Y or an empty string."""

    def row(person, number):
        when = f"{person.when:%Y-%m-%d %H:%M:%S}"
        cells = [str(number), when, "2", "id", "99", when, when, person.nip, person.name, person.unit, person.role]
        for question in ("A1", "A2", "A3"):
            position = [*LABELS[question]].index(person.answers[question]) + 1
            cells.append(f"AO{position:02d}")
        cells += ["Y" if value in person.answers["A4"] else "" for value in "abcd"]
        for question in ("B1", "B2", "B3"):
            cells.append(f"AO{[*LABELS[question]].index(person.answers[question]) + 1:02d}")
        return cells

    header = [*CODES, "NIP", "NAMA", "UNITKERJA", "JABATAN", "A1", "A2", "A3"]
    header += [f"A4[SQ00{number}]" for number in range(1, 5)] + ["B1", "B2", "B3"]
    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(limesurvey_csv([header, row(SARI, 1), row(ANI, 2)]))
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_like_the_library(records, [SARI, ANI])


def test_limesurvey_question_code_and_question_text(tmp_path):
    """ "Question code & question text" headings: code, the separator ". " (_headings.php
    codetextseparator), then the full heading (Writer.php: getHeadingCode . headCodeTextSeparator .
    getHeadingText); response columns fall back to their field names (`submitdate. Date submitted`)."""
    codes = [*CODES, "NIP", "NAMA", "UNITKERJA", "JABATAN", "A1", "A2", "A3"]
    codes += [f"A4[SQ00{number}]" for number in range(1, 5)] + ["B1", "B2", "B3"]
    texts = [*RESPONSE_EN, "NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan", *limesurvey_texts("en")]
    header = [f"{code}. {text}" for code, text in zip(codes, texts, strict=True)]
    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(limesurvey_csv([header, limesurvey_full(SARI, 1, "en"), limesurvey_full(ANI, 2, "en")]))
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_like_the_library(records, [SARI, ANI])


def test_limesurvey_excel_export_turns_a_nip_into_a_number(tmp_path):
    """LimeSurvey's Excel export (ExcelWriter.php) writes through PHP_XLSXWriter, whose writeCell stores a
    string of digits as a number cell: an 18-digit NIP keeps 15 digits and cannot be scored under it."""
    header = [*RESPONSE_EN, "NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan", *limesurvey_texts("en")]

    def typed(cells):
        return [float(cell) if cell and cell.isdigit() else cell for cell in cells]

    rows = [header, typed(limesurvey_full(SARI, 1, "en")), limesurvey_full(ANI, 2, "en")]
    rows[2][7] = "'" + ANI.nip  # typed with an apostrophe, so PHP_XLSXWriter leaves it text
    path = tmp_path / "results-survey123456.xlsx"
    with path.open("wb") as handle:
        write_workbook(handle, [("Survey results", rows)])
    result, records = scored(path, "--rejects", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED
    assert_like_the_library(records, [ANI])
    reject = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))[1]
    assert reject[:3] == ["2", "NIP (18 digit)", "198609262015051000"] and "format the NIP column as Text" in reject[3]


# ---------------------------------------------------------------- KoboToolbox

KOBO_VARIANT = [
    ('{ value = "a", correct = true, label = { id = "Satu", en = "One" } }',
     '{ value = "a", correct = true, label = { id = "Satu saja", en = "Just one" } }'),
    ('{ value = "c", label = { id = "Tiga", en = "Three" } }',
     '{ value = "c", label = { id = "Tiga pilihan", en = "Three of them" } }'),
]  # fmt: skip
"""Choice labels with spaces, as Kobo forms have them."""
KOBO_A4 = {"a": "Just one", "b": "Two", "c": "Three of them", "d": "Four"}
COPY_FIELDS = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by"]
COPY_FIELDS += ["__version__", "_tags", "meta/rootUuid", "_index"]


def kobo_csv(rows):
    """formpack `Export.to_csv(sep=';', quote='"')`: every cell quoted, `"` doubled; kpi writes each line
    with '\\r\\n', UTF-8 without a byte order mark."""
    return "".join('"' + '";"'.join(str(cell).replace('"', '""') for cell in row) + '"\r\n' for row in rows).encode()


def kobo_row(person, number, *, xml=False, summary=True):
    """start/end (device time with its offset), the answers, then Kobo's own columns; `_submission_time`
    in UTC without a zone."""
    local = person.when.replace(tzinfo=WIB)
    utc = local.astimezone(timezone.utc).replace(tzinfo=None)
    start = (local - timedelta(minutes=9)).isoformat(timespec="milliseconds")
    role = person.texts.get("role") or (person.role if xml else ROLE_NAMES[person.role][1])
    cells = [start, local.isoformat(timespec="milliseconds"), person.nip, person.name, person.unit, role]
    for question in ("A1", "A2", "A3"):
        value = person.answers[question]
        cells.append(str(value) if xml else label(question, value, "en"))
    chosen = person.answers["A4"]
    if summary:
        cells.append(" ".join(value if xml else KOBO_A4[value] for value in "abcd" if value in chosen))
    cells += ["1" if value in chosen else "0" for value in "abcd"]
    for question in ("B1", "B2", "B3"):
        value = person.answers[question]
        cells.append(str(value) if xml else label(question, value, "en"))
    uuid = f"48583952-1892-4931-8d9c-869e7b49baf{number}"
    return [*cells, str(271000 + number), uuid, f"{utc:%Y-%m-%dT%H:%M:%S}", "", "", "submitted_via_web", ""]


def kobo_header(*, xml=False, summary=True):
    identity = ["nip", "nama", "unit_kerja", "jabatan"] if xml else ["NIP", "Nama lengkap", "Unit kerja", "Jabatan"]
    title = "A4" if xml else "Item A4"
    choices = [f"{title}/{value if xml else KOBO_A4[value]}" for value in "abcd"]
    questions = ["A1", "A2", "A3"] if xml else ["Item A1", "Item A2", "Item A3"]
    after = ["B1", "B2", "B3"] if xml else ["Item B1", "Item B2", "Item B3"]
    return ["start", "end", *identity, *questions, *([title] if summary else []), *choices, *after, *COPY_FIELDS]


def kobo_copy_tail(number):
    return ["vQZ8a6s4jhnwSgtDF4Zk2b", "", f"uuid:48583952-1892-4931-8d9c-869e7b49baf{number}", str(number)]


@pytest.mark.parametrize(
    ("xml", "summary"), [(False, True), (False, False), (True, True)], ids=["labels", "separate", "xml"]
)
def test_kobo_downloads(tmp_path, xml, summary):
    """KoboToolbox downloads (formpack src/formpack/reporting/export.py Export.to_csv; kpi
    kpi/tests/test_mock_data_exports.py test_csv_export_default_options): labels in the form's language
    without groups, a select_multiple as its labels joined by single spaces (`' '.join`) followed by one
    `Label/Choice label` 1/0 column per choice (multiple_select 'both'), or the 1/0 columns alone
    ("separate columns"), or "XML values and headers" (names, choice names such as `pelaksana_umum`);
    an HXL tag row under the header when a field has a tag; start/end first and kpi's COPY_FIELDS then
    formpack's `_index` last; `_submission_time` in UTC."""
    questionnaire, _ = variant(tmp_path, KOBO_VARIANT)
    ani = Person(**{**ANI.__dict__, "texts": {"role": "pelaksana_umum"} if xml else {}})
    ani.when = ANI.when
    header = kobo_header(xml=xml, summary=summary)
    tags = ["", "", "#nip", *[""] * (len(header) - 3)]
    rows = [header, tags]
    rows += [[*kobo_row(p, n, xml=xml, summary=summary), *kobo_copy_tail(n)] for n, p in ((1, SARI), (2, ani))]
    path = tmp_path / "Survei kompetensi - all versions - labels - 2026-11-22-08-00-00.csv"
    path.write_bytes(kobo_csv(rows))
    result, records = scored(path, questionnaire=questionnaire)
    assert result.exit_code == ExitCode.OK, result.stderr
    utc = [Person(**{**p.__dict__, "when": p.when.replace(tzinfo=WIB).astimezone(timezone.utc)}) for p in (SARI, ANI)]
    assert_like_the_library(records, utc, load_file(questionnaire))


def test_kobo_xls_download_has_typed_cells(tmp_path):
    """Kobo's default download type is XLS (an .xlsx written by xlsxwriter), with types (xls_types_as_text
    False): numeric labels become numbers, 1/0 choice columns integers, `_submission_time` a naive UTC
    datetime and start/end datetimes with the offset removed (formpack export.py to_xlsx)."""
    questionnaire, _ = variant(tmp_path, KOBO_VARIANT)
    header = kobo_header(xml=True)
    rows: list[list[object]] = [header]
    for number, person in ((1, SARI), (2, ANI)):
        cells: list[object] = kobo_row(person, number, xml=True)
        cells[0] = person.when - timedelta(minutes=9)
        cells[1] = person.when
        cells = [int(cell) if isinstance(cell, str) and cell.isdigit() and len(cell) < 10 else cell for cell in cells]
        cells[-5] = datetime.fromisoformat(cells[-5])  # _submission_time
        rows.append([*cells, *kobo_copy_tail(number)[:3], number])
    path = tmp_path / "Survei kompetensi - all versions - labels - 2026-11-22-08-00-00.xlsx"
    with path.open("wb") as handle:
        write_workbook(handle, [("Survei kompetensi", rows)])
    result, records = scored(path, questionnaire=questionnaire)
    assert result.exit_code == ExitCode.OK, result.stderr
    utc = [Person(**{**p.__dict__, "when": p.when.replace(tzinfo=WIB).astimezone(timezone.utc)}) for p in (SARI, ANI)]
    assert_like_the_library(records, utc, load_file(questionnaire))


# ---------------------------------------------------------------- Google Forms


def google_time(moment):
    return f"{moment:%Y/%m/%d} {moment:%I:%M:%S %p} GMT+7".replace(" 0", " ", 1)


def google_answers(person, lang="id"):
    cells = [label(question, person.answers[question], lang) for question in ("A1", "A2", "A3")]
    cells.append(", ".join(A4[value][0] for value in "abcd" if value in person.answers["A4"]))
    return cells + [label(question, person.answers[question], lang) for question in ("B1", "B2", "B3")]


GRID = "Seberapa sesuai pernyataan berikut dengan Anda?"
QUESTIONS_ID = [f"{GRID} [Butir A1]", f"{GRID} [Butir A2]", "Butir A3", "Butir A4", f"{GRID} [B1]", "Butir B2"]
QUESTIONS_ID.append("Butir B3")


def test_google_forms_quiz_download_in_indonesian(tmp_path):
    """Google Forms' own CSV download of a quiz in Indonesian (closed source; header and timestamp as in
    real exports embedded in public repositories, see the research notes: `"Cap waktu","Total skor",
    "Nama","Nama [Skor]","Nama [Masukan]"` and `"2025/10/24 6:46:43 PM GMT+7"`): every cell quoted,
    checkbox labels joined by ", ", grid rows as `Title [Row]` (row text or question id)."""
    header = ["Cap waktu", "Alamat email", "Total skor"]
    for title in ["NIP", "Nama", "Unit Kerja", "Jabatan", *QUESTIONS_ID]:
        header += [title, f"{title} [Skor]", f"{title} [Masukan]"]

    def row(person):
        cells = [google_time(person.when), f"{person.name.split()[0].lower()}@bkpsdm.go.id", "2.00 / 3"]
        for value in [person.nip, person.name, person.unit, ROLE_NAMES[person.role][0], *google_answers(person)]:
            cells += [value, "", ""]
        return cells

    path = tmp_path / "Survei Kompetensi Digital (Jawaban).csv"
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([header, row(SARI), row(ANI)])
    path.write_bytes(buffer.getvalue().encode())
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    wib = [Person(**{**p.__dict__, "when": p.when.replace(tzinfo=WIB)}) for p in (SARI, ANI)]
    assert_like_the_library(records, wib)


def test_google_sheet_of_the_responses(tmp_path):
    """The responses' linked Google Sheet downloaded as CSV in an Indonesian locale: `Stempel waktu` with a
    day-first time using dots (`20/11/2026 09.14.37`), quoted only where needed."""
    header = ["Stempel waktu", "Alamat email", "NIP", "Nama", "Unit Kerja", "Jabatan", *QUESTIONS_ID]

    def row(person):
        identity = [person.nip, person.name, person.unit, ROLE_NAMES[person.role][0]]
        return [f"{person.when:%d/%m/%Y %H.%M.%S}", "", *identity, *google_answers(person)]

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, row(SARI), row(ANI)])
    path = tmp_path / "Survei Kompetensi Digital (Jawaban) - Jawaban formulir 1.csv"
    path.write_bytes(buffer.getvalue().encode())
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_like_the_library(records, [SARI, ANI])
