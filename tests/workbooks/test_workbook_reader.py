"""`.xlsx` input: cells keep the text a person sees, sheet rows are the lines of the rejects file, and the
result equals the same answers given as CSV."""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile
from datetime import date, datetime, time

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode, score_answers
from asn_skills.cli.app import app
from asn_skills.ingest.batch import BatchSettings, score_file
from asn_skills.ingest.outputs import RecordFormat
from asn_skills.ingest.rows import RowOptions
from asn_skills.questionnaire.load import load_file
from asn_skills.synthetic.workbook import write_workbook
from asn_skills.workbooks.reader import cell_text

runner = CliRunner()
Q = load_file(MINIMAL)
HEADER = ["Tanggal", "NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"]
WHEN = datetime(2026, 11, 20, 9, 14, 37)
ROW = [WHEN, "198609262015051001", "Sari Dewi", "BKPSDM", "Ahli TI", 2, 3.0, "a", "a, c", 4, 2, 2.0]
ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 2}


def workbook(tmp_path, sheets, name="jawaban.xlsx"):
    path = tmp_path / name
    with path.open("wb") as handle:
        write_workbook(handle, sheets)
    return path


def score(path, *extra):
    return runner.invoke(app, ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "--format", "jsonl", *extra])


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("198609262015051001", "198609262015051001"),  # a NIP typed as text stays text
        (1.98609262015051e17, "198609262015051000"),  # a NIP stored as a number: the 15 digits Excel kept
        (198609262015051001, "198609262015051000"),
        (3.0, "3"),
        (3.5, "3.5"),
        (0.1, "0.1"),
        (12, "12"),
        (True, "TRUE"),
        (WHEN, "2026-11-20 09:14:37"),
        (date(2026, 11, 20), "2026-11-20"),
        (time(9, 14), "09:14:00"),
        ("Sari\nDewi", "Sari Dewi"),
        ("", ""),
        (math.nan, ""),
    ],
)
def test_cells_as_text(value, text):
    assert cell_text(value) == text


def test_a_workbook_scores_like_the_library_and_rejects_name_sheet_rows(tmp_path):
    rows = [
        [],  # a blank row above the header: the header is on sheet row 2
        HEADER,
        ROW,
        [],
        [WHEN, 198609262015051002, "Budi", "BKD", "staf", 1, 1, "b", "b", 3, 3, 1],  # NIP stored as a number
        [WHEN, "199002142019032002", "Ani", "BKD", "staf", 9, 1, "b", "b", 3, 3, 1],
    ]
    path = workbook(tmp_path, [("Form Responses 1", rows)])
    result = score(path, "--rejects", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    expected = score_answers(
        Q, ANSWERS, role="Ahli TI", nip=ROW[1], name="Sari Dewi", unit="BKPSDM", submitted_at=WHEN, lang="en"
    )
    assert record == expected.model_dump(mode="json")
    rejects = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert [row[:3] for row in rejects[1:]] == [["5", "NIP", "198609262015051000"], ["6", "A1", "9"]]
    assert "format the NIP column as Text" in rejects[1][3]
    assert "3 rows: 1 scored, 2 rejected" in result.stderr


def test_first_visible_sheet_by_default_or_the_sheet_named(tmp_path):
    other = [[*HEADER[:5], "A1"], [WHEN, "199002142019032002", "Ani", "BKD", "staf", 3]]
    path = tmp_path / "jawaban.xlsx"
    with path.open("wb") as handle:
        write_workbook(
            handle, [("Daftar", [["x"]]), ("Jawaban", [HEADER, ROW]), ("Susulan", other)], frozenset({"Daftar"})
        )
    first = score(path, "--allow-missing")
    assert [json.loads(line)["nip"] for line in first.stdout.splitlines()] == ["198609262015051001"]
    second = score(path, "--sheet", "Susulan", "--allow-missing")
    assert [json.loads(line)["nip"] for line in second.stdout.splitlines()] == ["199002142019032002"]
    unknown = score(path, "--sheet", "Rekap")
    assert unknown.exit_code == ExitCode.ERROR
    assert 'has no sheet "Rekap"; its sheets: "Daftar", "Jawaban", "Susulan"' in unknown.stderr
    csv_path = tmp_path / "a.csv"
    csv_path.write_text(",".join(HEADER) + "\n", encoding="utf-8")
    assert "--sheet is for .xlsx workbooks" in score(csv_path, "--sheet", "Jawaban").stderr


def test_a_workbook_named_csv_or_read_from_stdin_is_still_a_workbook(tmp_path):
    path = workbook(tmp_path, [("Jawaban", [HEADER, ROW])], name="jawaban.csv")
    assert json.loads(score(path).stdout)["nip"] == ROW[1]
    piped = runner.invoke(
        app, ["--lang", "en", "score", "-", "-q", str(MINIMAL), "--format", "jsonl"], input=path.read_bytes()
    )
    assert piped.exit_code == ExitCode.OK, piped.stderr
    assert json.loads(piped.stdout)["submitted_at"] == "2026-11-20T09:14:37"


def test_a_damaged_workbook_is_one_clean_error(tmp_path):
    path = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet")
    result = score(path)
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "cannot be read as an .xlsx workbook" in result.stderr


def test_a_truncated_workbook_is_named_as_a_damaged_workbook_not_as_a_zip_to_save_as_csv(tmp_path):
    whole = workbook(tmp_path, [("Jawaban", [HEADER, ROW])], name="utuh.xlsx")
    path = tmp_path / "terpotong.xlsx"
    path.write_bytes(whole.read_bytes()[:300])
    result = score(path)
    assert result.exit_code == ExitCode.ERROR and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "cannot be read as an .xlsx workbook" in result.stderr


def test_chunks_and_jobs_read_a_workbook_as_one_pass(tmp_path):
    rows = [HEADER] + [
        [WHEN, f"19860926201505{number:04d}"[:14] + f"1{number:03d}", *ROW[2:]] for number in range(1, 400)
    ]
    path = workbook(tmp_path, [("Jawaban", rows)])
    outputs = []
    for jobs, chunk_bytes in ((1, 1 << 30), (2, 2_000)):
        settings = BatchSettings(
            record_format=RecordFormat.JSONL, row_options=RowOptions(lang="en"), jobs=jobs, chunk_bytes=chunk_bytes
        )
        with score_file(Q, str(path), folder=tmp_path, settings=settings) as run:
            assert run.scored == 399
            buffer = io.BytesIO()
            run.write_results(buffer)
            outputs.append((buffer.getvalue(), len(run.parts)))
    assert outputs[0][0] == outputs[1][0] and outputs[1][1] > 1
