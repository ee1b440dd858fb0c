"""Which column is which: every heading style of LimeSurvey, KoboToolbox and Google Forms, and what is missing."""

from __future__ import annotations

import pytest
from support import MINIMAL

from asn_skills.ingest.columns import plan_columns
from asn_skills.ingest.headers import HeaderReader
from asn_skills.questionnaire.load import load_file

Q = load_file(MINIMAL)
POSITION = {question.id: position for position, question in enumerate(Q.questions)}


def described(header):
    """Each header as what it was matched to: a question id, `A4=c` for an option column, `@nip`, `tool` ..."""
    plan = plan_columns(header, Q)
    named = {}
    for entry in plan.questions:
        question = Q.questions[entry.question]
        if entry.column is not None:
            named[entry.column] = question.id
        for column, option in entry.option_columns:
            named[column] = f"{question.id}={question.choices[option].value}"
    named |= {column: f"@{field}" for field, column in plan.identity.items()}
    named |= {column: "tool" for column in plan.tool}
    named |= {column: "derived" for column in plan.derived}
    named |= {column: "duplicate" for column in plan.duplicates}
    for column in plan.partial:  # an option column of a question whose other options have no column
        _, (question, option) = HeaderReader(Q).read(header[column])
        named[column] = f"~{Q.questions[question].id}={Q.questions[question].choices[option].value}"
    return [named.get(column, "unused") for column in range(len(header))], plan


def test_limesurvey_full_question_text_headings():
    header = [
        "Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action",
        "NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan",
        "Butir A1", "Butir A4 [Satu]", "Butir A4 [Dua]", "Butir A4 [Tiga]", "Butir A4 [Empat]", "Butir A4 [Lainnya]",
    ]  # fmt: skip
    names, plan = described(header)
    assert names == [
        "tool", "@timestamp", "tool", "tool", "tool", "tool", "tool",
        "@nip", "@name", "@unit", "@role",
        "A1", "A4=a", "A4=b", "A4=c", "A4=d", "unused",
    ]  # fmt: skip
    assert plan.missing == ("A2", "A3", "B1", "B2", "B3") and plan.missing_identity == ()
    assert not plan.utc_timestamp


def test_limesurvey_indonesian_meta_headings():
    header = ["ID tanggapan", "Tanggal pengiriman", "Nama belakang", "Bahasa utama", "Tanggal mulai"]
    assert described([*header, "A1"])[0] == ["tool", "@timestamp", "tool", "tool", "tool", "A1"]


def test_limesurvey_code_and_text_headings():
    header = [
        "id. Response ID", "submitdate. Date submitted", "lastpage. Last page", "NIP. NIP (18 digit)",
        "NAMA. Nama lengkap", "UNITKERJA. Unit kerja", "JABATAN. Jabatan", "A1. Butir A1",
        "A4[SQ001]. Butir A4 [Satu]", "A4[SQ002]. Butir A4 [Dua]", "A4[other]. Butir A4 [Lainnya]",
        "G1[B1]. Skala [Butir B1]",
    ]  # fmt: skip
    names, plan = described(header)
    assert names == [
        "tool",
        "@timestamp",
        "tool",
        "@nip",
        "@name",
        "@unit",
        "@role",
        "A1",
        "~A4=a",
        "~A4=b",
        "unused",
        "B1",
    ]
    assert plan.missing_identity == ()
    assert "A4" in plan.missing  # two of its four options have a column: never scored from those two


def test_limesurvey_question_codes_with_answer_codes():
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp", "NIP"]
    names, _ = described([*header, "A4[SQ001]", "A4[SQ004]", "A4[AO02]", "A1"])
    assert names == ["tool", "@timestamp", *["tool"] * 6, "@nip", "~A4=a", "~A4=d", "~A4=b", "A1"]


def test_kobo_default_labels_summary_and_choice_columns():
    """formpack's default for select_multiple is both: the summary (labels joined by spaces) and one
    `label/choice label` 0/1 column per choice. The 0/1 columns are exact, so they are read."""
    header = [
        "start", "end", "NIP", "Nama", "Unit kerja", "Jabatan", "Butir A1", "Butir A4", "Butir A4/Satu",
        "Butir A4/Dua", "Butir A4/Tiga", "Butir A4/Empat", "_id", "_uuid", "_submission_time", "_validation_status",
        "_notes", "_status", "_submitted_by", "__version__", "_tags", "meta/rootUuid", "_index",
    ]  # fmt: skip
    names, plan = described(header)
    assert names == [
        "tool", "tool", "@nip", "@name", "@unit", "@role", "A1", "derived", "A4=a", "A4=b", "A4=c", "A4=d",
        "tool", "tool", "@timestamp", *["tool"] * 8,
    ]  # fmt: skip
    assert plan.utc_timestamp and plan.unused == () and plan.duplicates == ()


def test_kobo_choice_columns_alone_and_xml_names_with_groups():
    assert described(["A4/a", "A4/b", "A4/c", "A4/d"])[0] == ["A4=a", "A4=b", "A4=c", "A4=d"]
    names, _ = described(["grup_a/A4", "grup_a/A4/a", "grup_a/A4/b", "grup_a/A4/c", "grup_a/A4/d", "identitas/nip"])
    assert names == ["derived", "A4=a", "A4=b", "A4=c", "A4=d", "@nip"]
    labelled = ["Ranah A/Butir A4/Satu", "Ranah A/Butir A1", "Butir A4/other"]
    assert described(labelled)[0] == ["~A4=a", "A1", "unused"]


def test_incomplete_choice_columns_leave_the_summary_read():
    names, _ = described(["Butir A4", "Butir A4/Satu", "Butir A4/Dua"])
    assert names == ["A4", "derived", "derived"]


def test_google_forms_quiz_download_and_grid_rows():
    header = [
        "Cap waktu", "Alamat email", "Total skor", "NIP", "NIP [Skor]", "NIP [Masukan]",
        "Seberapa mampu Anda? [Butir A1]", "Seberapa mampu Anda? [A2]", "Butir A3", "Butir A3 [Skor]",
        "Butir A3 [Masukan]",
    ]  # fmt: skip
    names, plan = described(header)
    assert names == ["@timestamp", "tool", "tool", "@nip", "tool", "tool", "A1", "A2", "A3", "tool", "tool"]
    assert plan.missing_identity == ("name", "unit", "role")


@pytest.mark.parametrize("timestamp", ["Stempel waktu", "Timestamp", "Horodateur", "Marca temporal"])
def test_timestamp_headers_of_google_in_several_languages(timestamp):
    assert described([timestamp, "A1"])[0] == ["@timestamp", "A1"]


def test_missing_identity_fields_and_duplicates():
    names, plan = described(["NIP", "A1", "a1", "NIP"])
    assert names == ["@nip", "A1", "duplicate", "duplicate"]
    assert plan.missing_identity == ("name", "unit", "role")


def test_limesurvey_expression_codes_and_underscored_texts():
    """ "Use ExpressionScript code" writes `A4_SQ001` for `A4[SQ001]`; "Convert spaces in question text to
    underscores" writes `Butir_A1` (application/views/admin/export/exportresult_panels/_headings.php)."""
    names, _ = described(["A4_SQ001", "A4_SQ004", "A4_other", "Butir_A1", "Item_B2", "Butir_A4_[Satu]"])
    assert names == ["~A4=a", "~A4=d", "unused", "A1", "B2", "~A4=a"]  # the last is A4=a again
