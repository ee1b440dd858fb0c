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
from zoneinfo import ZoneInfo

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


# ---------------------------------------------------------------- Microsoft Forms

SARI_AGAIN = Person(
    SARI.nip,
    SARI.name,
    SARI.unit,
    SARI.role,
    {"A1": 3, "A2": 3, "A3": "a", "A4": ["a", "b"], "B1": 5, "B2": 1, "B3": 2},
    datetime(2026, 11, 23, 14, 2, 11),
)
"""Sari submits again three days later: her newer answers must win in every layout with a time column."""
TITLES = ["Butir A1", "Butir A2", "Butir A3", "Butir A4", "Butir B1", "Butir B2", "Butir B3"]
IDENTITY_TITLES = ["NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan"]


def identity_cells(person, lang="id"):
    return [person.nip, person.name, person.unit, ROLE_NAMES[person.role][0 if lang == "id" else 1]]


@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous", "organisation"])
def test_microsoft_forms_download(tmp_path, anonymous):
    """Microsoft Forms' "Open in Excel" download (an .xlsx; closed source, layout as the Forms support page
    "Check your form results" and real downloads show it): `ID, Start time, Completion time, Email, Name,
    Last modified time`, then one column per question titled as the question; a multi-answer cell is its
    labels each followed by `;`; times are Excel date cells in the owner's time. An anonymous form writes
    `anonymous` and an empty `Name`; an organisation-only form the account's address and display name,
    which is not the name the respondent typed in `Nama lengkap`."""
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", *IDENTITY_TITLES, *TITLES]

    def row(number, person):
        email, name = ("anonymous", None) if anonymous else (f"user{number}@slemankab.go.id", person.name.upper())
        answers = [label(q, person.answers[q], "id") for q in ("A1", "A2", "A3")]
        answers.append("".join(f"{A4[value][0]};" for value in "abcd" if value in person.answers["A4"]))
        answers += [label(q, person.answers[q], "id") for q in ("B1", "B2", "B3")]
        started = person.when - timedelta(minutes=7, seconds=12)
        return [number, started, person.when, email, name, None, *identity_cells(person), *answers]

    rows = [header, row(1, SARI), row(2, ANI), row(3, SARI_AGAIN)]
    path = tmp_path / "Survei Kompetensi Digital(1-3).xlsx"
    with path.open("wb") as handle:
        write_workbook(handle, [("Sheet1", rows)])
    result, records = scored(path)
    assert result.exit_code == ExitCode.REJECTED, result.stderr  # Sari's first submission is superseded
    assert_like_the_library(records, [SARI_AGAIN, ANI])
    assert "(unused)" not in check_names(path) and " 0 columns unused" in check_names(path)


def check_names(path, *extra):
    """What `score --check` says of each column (the third column of its table), in order."""
    result = runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--check", *extra])
    return result.stdout


def test_an_explicit_name_column_wins_and_an_empty_one_is_named(tmp_path):
    """`[identity] name = "..."` of --columns wins over a `Name` column recognised by itself; without it, a
    name column empty in every row gives way to one that holds names, with a warning naming both."""
    header = ["NIP", "Name", "Nama pegawai", "Unit kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"]

    def row(person, name):
        answers = [str(person.answers[q]) for q in ("A1", "A2", "A3")]
        answers += [", ".join(person.answers["A4"]), *(str(person.answers[q]) for q in ("B1", "B2", "B3"))]
        return [person.nip, name, person.name, person.unit, person.role, *answers]

    path = tmp_path / "export.csv"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, row(SARI, "SW"), row(ANI, "AL")])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    mapping = tmp_path / "map.toml"
    mapping.write_text('[identity]\nname = "Nama pegawai"\n', encoding="utf-8")
    result, records = scored(path, "--columns", str(mapping))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_like_the_library(records, [Person(**{**p.__dict__, "when": None}) for p in (SARI, ANI)])

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, row(SARI, ""), row(ANI, "anonymous")])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert [records[p.nip]["name"] for p in (SARI, ANI)] == [SARI.name, ANI.name]
    assert '"Name"' in result.stderr and '"Nama pegawai"' in result.stderr


# ---------------------------------------------------------------- ODK Central


ODK_META = ["KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status"]
ODK_META += ["ReviewState", "DeviceID", "Edits", "FormVersion"]


def test_odk_central_download_of_our_xlsform(tmp_path):
    """ODK Central "Download submissions" > .csv of the form built from `questionnaires export --to
    xlsform` (getodk/central-backend lib/data/briefcase.js streamBriefcaseCsvs: `SubmissionDate` first as
    `toISOString()` (UTC, `Z`), field paths with groups joined by `-` (groupPaths true: "Remove group names"
    is off by default in central-frontend src/components/submission/download.vue), a select_multiple as its
    choice names joined by spaces (splitSelectMultiples off), then `KEY, SubmitterID, SubmitterName,
    AttachmentsPresent, AttachmentsExpected, Status, ReviewState, DeviceID, Edits, FormVersion`; csv-stringify
    quotes only where needed and ends records with `\\n`; lib/model/query/submissions.js DEFAULT_ORDER_BY
    `createdAt DESC`: newest first)."""
    fields = ["identitas-nip", "identitas-nama", "identitas-unit_kerja", "identitas-jabatan"]
    fields += ["a-A1", "a-A2", "a-A3", "a-A4", "b-B1", "b-B2", "b-B3"]
    header = ["SubmissionDate", "start", "end", *fields, "meta-instanceID", *ODK_META]

    def row(number, person):
        local = person.when.replace(tzinfo=WIB)
        received = (local + timedelta(seconds=41)).astimezone(timezone.utc)
        instance = f"uuid:6c1b3f0e-5d2a-4c7e-9b1f-2a8d4e6f00{number:02d}"
        answers = [str(person.answers[q]) for q in ("A1", "A2", "A3")]
        answers += [" ".join(person.answers["A4"]), *(str(person.answers[q]) for q in ("B1", "B2", "B3"))]
        return [
            received.strftime("%Y-%m-%dT%H:%M:%S.") + f"{received.microsecond // 1000:03d}Z",
            (local - timedelta(minutes=9)).isoformat(timespec="milliseconds"),
            local.isoformat(timespec="milliseconds"),
            person.nip, person.name, person.unit, person.role, *answers,
            instance, instance, "5", "enumerator-bkpsdm", "0", "0", "", "", "collect:X1Y2Z3", "0", "2026.1",
        ]  # fmt: skip

    rows = [header, row(3, SARI_AGAIN), row(2, ANI), row(1, SARI)]  # newest first
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path = tmp_path / "kompetensi-digital-asn.csv"
    path.write_bytes(buffer.getvalue().encode())
    result, records = scored(path)
    assert result.exit_code == ExitCode.REJECTED, result.stderr  # the older submission is superseded
    utc = [
        Person(**{**p.__dict__, "when": (p.when.replace(tzinfo=WIB) + timedelta(seconds=41)).astimezone(timezone.utc)})
        for p in (SARI_AGAIN, ANI)
    ]
    assert_like_the_library(records, utc)
    assert "(unused)" not in check_names(path) and " 0 columns unused" in check_names(path)


# ---------------------------------------------------------------- SurveyMonkey

MONKEY_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address"]
MONKEY_META += ["First Name", "Last Name", "Custom Data 1"]


def monkey_time(moment):
    return moment.strftime("%m/%d/%Y %I:%M:%S %p")


def test_surveymonkey_all_responses_expanded(tmp_path):
    """SurveyMonkey "All responses data" as CSV, expanded (closed source; the layout of its help page
    "Understanding exports" and real exports): two heading rows, the respondent columns `Respondent ID,
    Collector ID, Start Date, End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1`
    then the question texts; the second row says `Response` under a single-choice question,
    `Open-Ended Response` under a text box, and under a checkbox question one option label per column,
    whose later columns have an empty first-row cell; a ticked option's cell holds its label. Times
    `MM/DD/YYYY hh:mm:ss AM`, UTF-8 with a byte order mark, quoted where needed."""
    top = [*MONKEY_META, *IDENTITY_TITLES, "Butir A1", "Butir A2", "Butir A3", "Butir A4", "", "", ""]
    top += ["Butir B1", "Butir B2", "Butir B3"]
    below = [""] * len(MONKEY_META) + ["Open-Ended Response"] * 4 + ["Response"] * 3
    below += [A4[value][0] for value in "abcd"] + ["Response"] * 3

    def row(number, person):
        started = person.when - timedelta(minutes=6)
        meta = [str(114_482_900_000 + number), "431207958", monkey_time(started), monkey_time(person.when)]
        meta += ["103.47.132.18", "", "", "", ""]
        answers = [label(q, person.answers[q], "id") for q in ("A1", "A2", "A3")]
        answers += [A4[value][0] if value in person.answers["A4"] else "" for value in "abcd"]
        answers += [label(q, person.answers[q], "id") for q in ("B1", "B2", "B3")]
        return [*meta, *identity_cells(person), *answers]

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([top, below, row(3, SARI_AGAIN), row(2, ANI), row(1, SARI)])
    path = tmp_path / "Survei Kompetensi Digital.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode())
    result, records = scored(path)
    assert result.exit_code == ExitCode.REJECTED, result.stderr  # the older submission is superseded
    assert_like_the_library(records, [SARI_AGAIN, ANI])
    assert "(unused)" not in check_names(path) and " 0 columns unused" in check_names(path)


# ---------------------------------------------------------------- Qualtrics

QUALTRICS_TAGS = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished"]
QUALTRICS_TAGS += ["RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail"]
QUALTRICS_TAGS += ["ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"]
QUALTRICS_TEXTS = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)"]
QUALTRICS_TEXTS += ["Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name"]
QUALTRICS_TEXTS += ["Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude"]
QUALTRICS_TEXTS += ["Distribution Channel", "User Language"]
QUALTRICS_IDS = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished", "recordedDate"]
QUALTRICS_IDS += ["_recordId", "recipientLastName", "recipientFirstName", "recipientEmail", "externalDataReference"]
QUALTRICS_IDS += ["locationLatitude", "locationLongitude", "distributionChannel", "userLanguage"]
JAKARTA = "Asia/Jakarta"


def test_qualtrics_csv_with_choice_text(tmp_path):
    """Qualtrics "Download data table" > CSV with its defaults ("Use choice text"; the layout the
    qualtRics R package's read_survey reads): three heading rows, the export tags (`StartDate ...
    UserLanguage`, then `Q1`, `Q2` ...), the question texts, and `{"ImportId":"QID1"}` JSON, the time
    columns naming the account's zone (`{"ImportId":"endDate","timeZone":"Asia/Jakarta"}`); times
    `YYYY-MM-DD hh:mm:ss` in that zone; a multiple-answer question as its choices joined by `,`."""
    tags = [*QUALTRICS_TAGS, *(f"Q{number}" for number in range(1, 12))]
    texts = [*QUALTRICS_TEXTS, *IDENTITY_TITLES, *TITLES]
    zoned = {"startDate", "endDate", "recordedDate"}
    imports = [
        json.dumps({"ImportId": name, **({"timeZone": JAKARTA} if name in zoned else {})}, separators=(",", ":"))
        for name in QUALTRICS_IDS
    ]
    imports += [f'{{"ImportId":"QID{number}{"_TEXT" if number <= 3 else ""}"}}' for number in range(1, 12)]

    def row(number, person):
        ended = f"{person.when:%Y-%m-%d %H:%M:%S}"
        meta = [f"{person.when - timedelta(minutes=8):%Y-%m-%d %H:%M:%S}", ended, "IP Address", "103.47.132.18"]
        meta += ["100", "480", "True", ended, f"R_3kF9aXb2Yc0{number}", "", "", "", "", "-7.7156", "110.3556"]
        meta += ["anonymous", "ID"]
        answers = [label(q, person.answers[q], "id") for q in ("A1", "A2", "A3")]
        answers.append(",".join(A4[value][0] for value in "abcd" if value in person.answers["A4"]))
        answers += [label(q, person.answers[q], "id") for q in ("B1", "B2", "B3")]
        return [*meta, *identity_cells(person), *answers]

    buffer = io.StringIO()
    rows = [tags, texts, imports, row(1, SARI), row(2, ANI), row(3, SARI_AGAIN)]
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "Survei+Kompetensi+Digital_November+25,+2026_09.30.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode())
    result, records = scored(path)
    assert result.exit_code == ExitCode.REJECTED, result.stderr  # the older submission is superseded
    zone = ZoneInfo(JAKARTA)
    assert_like_the_library(
        records, [Person(**{**p.__dict__, "when": p.when.replace(tzinfo=zone)}) for p in (SARI_AGAIN, ANI)]
    )
    assert "(unused)" not in check_names(path) and " 0 columns unused" in check_names(path)


# ---------------------------------------------------------------- An HR officer's recap workbook


def test_recap_workbook_with_letterhead_number_row_and_signature_block(tmp_path):
    """A recap typed in Excel (written here with xlsxwriter, merged cells and all): a letterhead of three
    merged title rows and an empty row, headings with a `No` column, the column numbers `(1) (2) ...` under
    them, the responses, then a signature block. It scores with no option: the letterhead and the number row
    are not data, the signature block is not a respondent."""
    import xlsxwriter

    path = tmp_path / "Rekap Asesmen Kompetensi Digital 2026.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Rekap")
    bold = book.add_format({"bold": True, "align": "center"})
    header = ["No", "NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"]
    for line, title in enumerate(["PEMERINTAH KABUPATEN SLEMAN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM",
                                  "REKAPITULASI ASESMEN KOMPETENSI DIGITAL ASN TAHUN 2026"]):  # fmt: skip
        sheet.merge_range(line, 0, line, len(header) - 1, title, bold)
    sheet.write_row(4, 0, header, bold)
    sheet.write_row(5, 0, [f"({number})" for number in range(1, len(header) + 1)])
    for offset, person in enumerate((SARI, ANI)):
        answers = [person.answers[q] for q in ("A1", "A2", "A3")]
        answers += [", ".join(person.answers["A4"]), *(person.answers[q] for q in ("B1", "B2", "B3"))]
        sheet.write_number(6 + offset, 0, offset + 1)
        sheet.write_string(6 + offset, 1, person.nip)
        sheet.write_row(6 + offset, 2, [person.name, person.unit, ROLE_NAMES[person.role][0], *answers])
    sheet.write(9, 9, "Sleman, 25 November 2026")
    sheet.write(10, 9, "Kepala BKPSDM")
    sheet.write(13, 9, "Drs. SUTRISNO, M.Si.")
    sheet.write(14, 9, "NIP. 197001011990031002")
    book.close()
    result, records = scored(path)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert_like_the_library(records, [Person(**{**p.__dict__, "when": None}) for p in (SARI, ANI)])
    assert "row 5" in result.stderr and "lines 10-15" in result.stderr
    checked = runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--check"])
    assert "row 5" in checked.stdout + checked.stderr
    moved = runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--header-row", "1"])
    assert moved.exit_code == ExitCode.ERROR and "no column" in moved.stderr


LONG_TEXTS = [
    ('text = { id = "Butir A1", en = "Item A1" }',
     'text = { id = "Seberapa sering Anda mencari data resmi?", en = "How often do you look up official data?" }'),
    ('text = { id = "Butir A2", en = "Item A2" }',
     'text = { id = "Seberapa sering Anda menilai sumber berita?", en = "How often do you judge news sources?" }'),
    ('text = { id = "Butir A4", en = "Item A4" }',
     'text = { id = "Pilih semua yang termasuk data pribadi", en = "Tick every kind of personal data" }'),
]  # fmt: skip
"""Two texts alike in their first 15 characters ("Seberapa sering"), and a multi-select question's long text."""


def abbreviated(text):
    """Writer.php getAbbreviatedHeading (LimeSurvey 2.x/3.x): mb_substr(text, 0, 15) . '.. '."""
    return text[:15] + ".. "


def test_limesurvey_abbreviated_headings_read_where_they_name_one_question(tmp_path):
    """ "Abbreviated question text" headings: a cut heading is read where the 15 characters kept begin one
    question's text alone (`Pilih semua yan.. [Satu]`); two questions alike in them (`Seberapa sering.. `)
    are missing, named, with the advice to export "Question code" headings."""
    questionnaire, _ = variant(tmp_path, LONG_TEXTS)
    texts = {"A1": "Seberapa sering Anda mencari data resmi?", "A2": "Seberapa sering Anda menilai sumber berita?"}
    multi = "Pilih semua yang termasuk data pribadi"
    header = [abbreviated(text) for text in RESPONSE_EN[:2]] + [abbreviated(text) for text in IDENTITY_TITLES]
    header += [abbreviated(texts["A1"]), abbreviated(texts["A2"]), abbreviated("Butir A3")]
    header += [f"{abbreviated(multi)} [{A4[value][0]}]" for value in "abcd"]
    header += [abbreviated(f"Butir {question}") for question in ("B1", "B2", "B3")]

    def row(number, person):
        cells = [str(number), f"{person.when:%Y-%m-%d %H:%M:%S}", *identity_cells(person)]
        cells += [label(q, person.answers[q], "id") for q in ("A1", "A2", "A3")]
        cells += ["Ya" if value in person.answers["A4"] else "Tidak" for value in "abcd"]
        return cells + [label(q, person.answers[q], "id") for q in ("B1", "B2", "B3")]

    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(limesurvey_csv([header, row(1, SARI), row(2, ANI)]))
    result, records = scored(path, questionnaire=questionnaire)
    assert result.exit_code == ExitCode.REJECTED  # two questions have no column
    assert '"Question code"' in result.stderr and "A1, A2" in result.stderr
    without = [
        Person(**{**p.__dict__, "answers": {k: v for k, v in p.answers.items() if k not in texts}}) for p in (SARI, ANI)
    ]
    for person in without:
        expected = score_answers(
            load_file(questionnaire), person.answers, role=person.role, nip=person.nip, name=person.name,
            unit=person.unit, submitted_at=person.when, lang="en",
        ).model_dump(mode="json")  # fmt: skip
        got = records[person.nip]
        assert got["domains"] == expected["domains"] and got["submitted_at"] == expected["submitted_at"]


def test_limesurvey_abbreviated_headings_that_name_nothing_are_refused_with_the_advice(tmp_path):
    header = [*CODES[:2], "NIP (18 digit).. ", "Nama lengkap.. ", "Pertanyaan satu.. ", "Pertanyaan dua.. "]
    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(limesurvey_csv([header, ["1", "2026-11-20 09:14:37", SARI.nip, SARI.name, "Mandiri", "Ya"]]))
    result, _ = scored(path)
    assert result.exit_code == ExitCode.ERROR
    assert '"Question code"' in result.stderr and "Pertanyaan" in result.stderr


def test_limesurvey_position_codes_beside_declared_codes(tmp_path):
    """A survey built by hand in LimeSurvey 4 writes AO01, AO02 ... for a questionnaire whose options
    declare other codes (`X1` ...): the position codes are read, as they cannot be confused with the
    declared ones, and a value matching neither names both kinds of code."""
    questionnaire, _ = variant(
        tmp_path,
        [
            ('{ value = "a", correct = true, label = { id = "Benar", en = "Right" } }',
             '{ value = "a", code = "X1", correct = true, label = { id = "Benar", en = "Right" } }'),
            ('{ value = "b", label = { id = "Salah", en = "Wrong" } }',
             '{ value = "b", code = "X2", label = { id = "Salah", en = "Wrong" } }'),
            ('{ value = "c", label = { id = "Keliru", en = "Mistaken" } }',
             '{ value = "c", code = "X3", label = { id = "Keliru", en = "Mistaken" } }'),
        ],
    )  # fmt: skip
    header = ["id", "submitdate", "NIP", "NAMA", "UNITKERJA", "JABATAN", "A1", "A2", "A3"]
    header += [f"A4[SQ00{number}]" for number in range(1, 5)] + ["B1", "B2", "B3"]

    def row(number, person, a3):
        cells = [str(number), f"{person.when:%Y-%m-%d %H:%M:%S}", person.nip, person.name, person.unit, person.role]
        cells += [str(person.answers["A1"]), str(person.answers["A2"]), a3]
        cells += ["Y" if value in person.answers["A4"] else "" for value in "abcd"]
        return cells + [str(person.answers[q]) for q in ("B1", "B2", "B3")]

    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(limesurvey_csv([header, row(1, SARI, "AO01"), row(2, ANI, "X2"), row(3, SARI_AGAIN, "Z9")]))
    result, records = scored(path, "--rejects", str(tmp_path / "r.csv"), questionnaire=questionnaire)
    assert result.exit_code == ExitCode.REJECTED
    assert_like_the_library(records, [SARI, ANI], load_file(questionnaire))
    reason = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))[1][3]
    assert "X1; X2; X3; A1-A3; AO01-AO03" in reason


def test_recap_saved_as_csv_and_the_header_row_option(tmp_path):
    """The recap saved by Excel as "CSV UTF-8" in an Indonesian locale (`;`, a byte order mark, every row as
    wide as the sheet): the title rows, the blank row and the numbers `1 2 3 ...` under the headings are not
    data; `--header-row` names the headings' line when asked, and a line without text is refused by name."""
    header = ["No", "NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"]
    blank = [""] * len(header)
    rows = [["REKAP ASESMEN KOMPETENSI DIGITAL", *blank[1:]], ["BKPSDM KABUPATEN SLEMAN", *blank[1:]], blank]
    rows += [header, [str(number) for number in range(1, len(header) + 1)]]
    for number, person in enumerate((SARI, ANI), 1):
        answers = [str(person.answers[q]) for q in ("A1", "A2", "A3")]
        answers += [", ".join(person.answers["A4"]), *(str(person.answers[q]) for q in ("B1", "B2", "B3"))]
        rows.append([str(number), person.nip, person.name, person.unit, ROLE_NAMES[person.role][0], *answers])
    rows += [blank, [*blank[:-2], "Kepala BKPSDM", ""]]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path = tmp_path / "rekap.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode())
    expected = [Person(**{**p.__dict__, "when": None}) for p in (SARI, ANI)]
    for extra in ((), ("--header-row", "4")):
        result, records = scored(path, *extra)
        assert result.exit_code == ExitCode.OK, result.stderr
        assert_like_the_library(records, expected)
        assert "row 4" in result.stderr and "line 9, after the last response" in result.stderr
    refused, _ = scored(path, "--header-row", "3")
    assert refused.exit_code == ExitCode.ERROR and "row 3 is empty" in refused.stderr and "1, 2, 4, 5" in refused.stderr
