"""`score` on exports as they really come: every style round-trips, bad rows are rejected with their
true line, and the counts add up."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire, score_answers
from asn_skills.cli.app import app
from asn_skills.ingest.timestamps import parse_timestamp
from asn_skills.store.store import Store
from asn_skills.synthetic.exports import SUFFIXES, Style, people_for, write_sample_file

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
NIP = "198609262015051001"
WIB = timezone(timedelta(hours=7))


def run(*args, stdin=None, db=None):
    prefix = ["--lang", "en"] + (["--db", str(db)] if db else [])
    return runner.invoke(app, [*prefix, *args], input=stdin)


def write(path: Path, style: Style, rows: int, errors: float = 0.0, seed: int = 7):
    with path.open("wb") as handle:
        return write_sample_file(handle, MAIN, style, rows, seed, errors)


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def without_time(record):
    return {key: value for key, value in record.items() if key != "submitted_at"}


def same_moment(written, local):
    """Whether a result's submission time is `local` (a WIB wall time): the same wall time when the export
    gives no zone, else the same instant."""
    moment = parse_timestamp(written)
    if moment.tzinfo is None:
        return moment == local
    return moment == local.replace(tzinfo=WIB)


@pytest.mark.parametrize("style", list(Style), ids=lambda style: style.value)
def test_each_style_scores_exactly_like_the_library(tmp_path, style):
    export = tmp_path / f"{style.value}{SUFFIXES[style]}"
    write(export, style, 80)
    result = run("score", str(export), "-o", str(tmp_path / "out.json"), "--format", "json")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "80 rows: 80 scored, 0 rejected (0 duplicates superseded)" in result.stderr
    records = {record["nip"]: record for record in read_json(tmp_path / "out.json")}
    for person in people_for(MAIN, 80, 7):
        expected = score_answers(
            MAIN, person.answers, role=person.role, nip=person.nip, name=person.name, unit=person.unit, lang="en"
        ).model_dump(mode="json")
        assert without_time(records[person.nip]) == without_time(expected)
        written = records[person.nip]["submitted_at"]
        day_only = style is Style.EXCEL_ID  # the sheet holds the date alone
        assert same_moment(written, person.submitted_at.replace(hour=0, minute=0) if day_only else person.submitted_at)


@pytest.mark.parametrize("style", list(Style), ids=lambda style: style.value)
def test_injected_errors_are_rejected_with_their_true_lines(tmp_path, style):
    export = tmp_path / f"export{SUFFIXES[style]}"
    injected = write(export, style, 150, errors=0.15)
    kinds = {entry.kind for entry in injected}
    assert len(kinds) >= 3
    result = run("score", str(export), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == ExitCode.REJECTED
    duplicates = sum(entry.kind == "duplicate" for entry in injected)
    rows = 150 + duplicates
    rejects = list(csv.reader(io.StringIO((tmp_path / "out.rejects.csv").read_text(encoding="utf-8-sig"))))
    assert rejects[0][:4] == ["line", "column", "value", "reason"]
    assert {int(row[0]) for row in rejects[1:]} == {entry.line for entry in injected}
    superseded = [row for row in rejects[1:] if row[3].startswith("superseded by line")]
    assert [int(row[3].split()[3]) for row in superseded] == [int(row[0]) + 1 for row in superseded]
    scored = len(list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))) - 1
    assert f"{rows} rows: {scored} scored, {len(injected)} rejected ({duplicates} duplicates superseded)" in (
        result.stderr
    )
    assert scored + len(injected) == rows


def test_the_rejects_file_speaks_the_readers_language(tmp_path):
    export = tmp_path / "export.csv"
    write(export, Style.GOOGLE, 20, errors=0.3)
    result = runner.invoke(app, ["--lang", "id", "score", str(export), "-o", str(tmp_path / "hasil.csv")])
    assert result.exit_code == ExitCode.REJECTED
    rejects = list(csv.reader(io.StringIO((tmp_path / "hasil.rejects.csv").read_text(encoding="utf-8-sig"))))
    assert rejects[0][:4] == ["baris", "kolom", "nilai", "alasan"]


DOMAIN_FIELDS = (
    "score",
    "se",
    "level",
    "level_low",
    "level_high",
    "self",
    "knowledge",
    "knowledge_se",
    "required",
    "gap",
)


def test_results_csv_has_bom_and_the_contract_columns(tmp_path):
    export = tmp_path / "e.csv"
    write(export, Style.GOOGLE, 5)
    run("score", str(export), "-o", str(tmp_path / "r.csv"))
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    domains = [domain.id for domain in MAIN.domains]
    assert header == [
        "nip",
        "name",
        "unit",
        "role",
        "submitted_at",
        "instrument_id",
        "instrument_version",
        "instrument_hash",
        *(f"{field}_{d}" for field in DOMAIN_FIELDS for d in domains),
        "overall",
        "level",
        "jpm",
        "match",
        "needs_training",
        "priority",
        "to_confirm",
        "overestimates",
        "trainings",
        "deferred",
        "incomplete",
        "warnings",
    ]


def minimal_export(
    tmp_path: Path, rows: list[list[str]], name: str = "m.csv", delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Timestamp", "NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A2", "A3", "A4", "B1", "B2", "B3"])
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


ROW = ["2026-03-02 08:00:00", NIP, "Sari Dewi", "BKPSDM", "Ahli TI", "2", "3", "a", "a, c", "4", "2", "1"]


def score_minimal(path: Path, *extra: str, stdin=None):
    return run("score", str(path), "-q", str(MINIMAL), "--format", "jsonl", *extra, stdin=stdin)


def test_labels_codes_and_values_all_read(tmp_path):
    rows = [
        ROW,
        [
            *ROW[:1],
            "199002142019032002",
            "Ani",
            "U",
            "it expert",
            "Mandiri",
            "A4",
            "Benar",
            "Satu; Tiga",
            "Setuju",
            "Tidak setuju",
            "Salah",
        ],
    ]
    result = score_minimal(minimal_export(tmp_path, rows))
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert result.exit_code == ExitCode.OK, result.stderr
    assert without_time(first)["domains"] == without_time(second)["domains"]
    assert first["overall"] == 63.89 and first["role"] == "ahli"


def test_quoted_fields_with_delimiters_quotes_and_line_breaks_keep_line_numbers(tmp_path):
    tricky = [*ROW[:2], 'Sari "Ibu" Dewi,\nS.Kom', *ROW[3:]]
    bad = [*ROW[:1], "199002142019032002", "Ani", "U", "staf", "9", *ROW[6:]]
    path = minimal_export(tmp_path, [tricky, bad])
    result = score_minimal(path, "--rejects", str(tmp_path / "rej.csv"))
    assert result.exit_code == ExitCode.REJECTED
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["name"] == 'Sari "Ibu" Dewi, S.Kom'
    rejects = list(csv.reader(io.StringIO((tmp_path / "rej.csv").read_text(encoding="utf-8-sig"))))
    assert rejects[1][:3] == ["4", "A1", "9"]  # header line 1, the quoted row spans lines 2-3


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path, delimiter):
    result = score_minimal(minimal_export(tmp_path, [ROW], delimiter=delimiter))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["overall"] == 63.89


def test_ambiguous_delimiter_names_the_option(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("NIP;A1,A2\n1;2,3\n4;5,6\n", encoding="utf-8")
    result = score_minimal(path)
    assert result.exit_code == ExitCode.ERROR
    assert "--delimiter" in result.stderr
    forced = score_minimal(minimal_export(tmp_path, [ROW], delimiter=";"), "--delimiter", ";")
    assert forced.exit_code == ExitCode.OK


def test_utf8_bom_utf16_and_cp1252(tmp_path):
    row = [*ROW[:2], "Müller Sâlim", *ROW[3:]]
    for name, encoding, delimiter in (
        ("bom.csv", "utf-8-sig", ","),
        ("u16.txt", "utf-16", "\t"),
        ("win.csv", "cp1252", ";"),
    ):
        result = score_minimal(minimal_export(tmp_path, [row], name, delimiter, encoding))
        assert result.exit_code == ExitCode.OK, (name, result.stderr)
        assert json.loads(result.stdout)["name"] == "Müller Sâlim", name
        assert ("read as cp1252" in result.stderr) == (encoding == "cp1252")


def test_encoding_option_overrides_detection(tmp_path):
    path = minimal_export(tmp_path, [[*ROW[:2], "Müller", *ROW[3:]]], encoding="latin-1")
    result = score_minimal(path, "--encoding", "latin-1")
    assert json.loads(result.stdout)["name"] == "Müller" and "read as" not in result.stderr
    assert score_minimal(path, "--encoding", "klingon").exit_code == ExitCode.ERROR


def test_stdin(tmp_path):
    data = minimal_export(tmp_path, [ROW]).read_bytes()
    result = run("score", "-", "-q", str(MINIMAL), "--format", "json", stdin=data)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)[0]["nip"] == NIP


@pytest.mark.parametrize(
    ("nip", "fragment"),
    [("1,98609E+17", "scientific notation"), ("19860926201505100", "18 digits"), ("198602302015051001", "birth")],
)
def test_bad_nips_are_rejected_with_a_hint(tmp_path, nip, fragment):
    path = minimal_export(tmp_path, [ROW, [*ROW[:1], nip, *ROW[2:]]])
    result = score_minimal(path, "--rejects", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED
    reject = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))[1]
    assert reject[:3] == ["3", "NIP", nip] and fragment in reject[3]


def test_nip_forms_from_excel_are_normalised(tmp_path):
    rows = [[*ROW[:1], "'198609262015051001", *ROW[2:]]]
    assert json.loads(score_minimal(minimal_export(tmp_path, rows)).stdout)["nip"] == NIP
    rows = [[*ROW[:1], "19860926 201505 1 001", *ROW[2:]]]
    assert json.loads(score_minimal(minimal_export(tmp_path, rows)).stdout)["nip"] == NIP


def test_no_nip_check_keeps_other_identifiers(tmp_path):
    path = minimal_export(tmp_path, [[*ROW[:1], "PPPK-0042", *ROW[2:]]])
    assert score_minimal(path).exit_code == ExitCode.ERROR  # the only row is rejected: nothing scored
    result = score_minimal(path, "--no-nip-check")
    assert json.loads(result.stdout)["nip"] == "PPPK-0042"


def test_latest_submission_wins(tmp_path):
    later = ["2026-03-05 10:00:00", *ROW[1:5], "0", "0", "b", "c", "1", "5", "1"]
    result = score_minimal(minimal_export(tmp_path, [later, ROW]), "--rejects", str(tmp_path / "r.csv"))
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["overall"] == 0.0
    assert "superseded by line 2" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "2 rows: 1 scored, 1 rejected (1 duplicates superseded)" in result.stderr


def test_unknown_role_uses_default_with_a_warning(tmp_path):
    result = score_minimal(minimal_export(tmp_path, [[*ROW[:4], "Astronot", *ROW[5:]]]))
    record = json.loads(result.stdout)
    assert record["role"] == "staf" and 'unknown role "Astronot"' in record["warnings"][0]


def test_formula_injection_is_neutralised(tmp_path):
    row = [*ROW[:2], '=HYPERLINK("http://x","y")', "+62 unit", *ROW[4:]]
    run("score", str(minimal_export(tmp_path, [row])), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"))
    record = next(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert record["name"] == '\'=HYPERLINK("http://x","y")' and record["unit"] == "'+62 unit"


def test_existing_output_is_kept_when_the_run_fails(tmp_path):
    output = tmp_path / "r.csv"
    output.write_text("old results", encoding="utf-8")
    result = run("score", str(tmp_path / "missing.csv"), "-o", str(output))
    assert result.exit_code == ExitCode.ERROR and "not found" in result.stderr
    assert output.read_text(encoding="utf-8") == "old results"
    assert [path.name for path in tmp_path.iterdir()] == ["r.csv"]


def test_output_folder_that_does_not_exist(tmp_path):
    result = score_minimal(minimal_export(tmp_path, [ROW]), "-o", str(tmp_path / "no" / "r.csv"))
    assert result.exit_code == ExitCode.ERROR and "cannot write" in result.stderr


def test_empty_and_header_only_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert "is empty" in score_minimal(empty).stderr
    header_only = minimal_export(tmp_path, [])
    result = score_minimal(header_only)
    assert result.exit_code == ExitCode.ERROR and "only a header" in result.stderr


def test_no_matching_columns(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    result = score_minimal(path)
    assert result.exit_code == ExitCode.ERROR and "no column of" in result.stderr


def test_check_shows_the_mapping_and_writes_nothing(tmp_path):
    path = minimal_export(tmp_path, [ROW, [*ROW[:5], "9", *ROW[6:]]])
    result = run("score", str(path), "-q", str(MINIMAL), "--check", "-o", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED
    assert "identity: NIP" in result.stdout and "7 of 7 questions found" in result.stdout
    assert "line 3, column A1" in result.stdout
    assert not (tmp_path / "r.csv").exists()


def test_limesurvey_code_and_text_headers_and_column_map(tmp_path):
    path = tmp_path / "ls.csv"
    header = [
        "submitdate",
        "NIP",
        "A1. Butir A1",
        "A2",
        "A3",
        "A4[SQ001]",
        "A4[SQ002]",
        "A4[SQ003]",
        "A4[SQ004]",
        "Pertanyaan B1",
        "B2",
        "B3",
    ]
    row = ["2026-03-02 08:00:00", NIP, "A3", "A4", "A1", "Y", "", "Y", "", "A4", "A2", "A1"]
    path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    column_map = tmp_path / "map.toml"
    column_map.write_text('[questions]\nB1 = "Pertanyaan B1"\n[identity]\nrole = "none"\n', encoding="utf-8")
    result = run(
        "score", str(path), "-q", str(MINIMAL), "--format", "jsonl", "--columns", str(column_map), "--allow-missing"
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    record = json.loads(result.stdout)
    assert record["domains"]["a"]["score"] == 77.78 and record["domains"]["b"]["score"] == 50.0


def test_store_twice_adds_nothing_the_second_time(tmp_path):
    path = minimal_export(tmp_path, [ROW])
    db = tmp_path / "s.db"
    first = run(
        "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store", "--round", "r1", db=db
    )
    assert first.exit_code == ExitCode.OK and "1 results stored" in first.stderr
    second = run(
        "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store", "--round", "r1", db=db
    )
    assert "0 results stored" in second.stderr and "1 were already in that round" in second.stderr
    with Store.open(db) as store:
        (stored,) = store.history(NIP)
        assert stored.round == "r1" and stored.result.overall == 63.89
        assert store.answers_of(stored.id)["A4"] == ["a", "c"]


def test_fail_on_flagged(tmp_path):
    weak = [*ROW[:5], "0", "0", "b", "c", "1", "5", "1"]  # every area 0: training, whatever the error
    path = minimal_export(tmp_path, [weak])
    assert score_minimal(path, "--fail-on-flagged").exit_code == ExitCode.FLAGGED
    assert score_minimal(path).exit_code == ExitCode.OK


def test_check_lists_roles_and_the_column_map_fixes_unknown_ones(tmp_path):
    rows = [[*ROW[:4], "Kepala Bidang", *ROW[5:]], [*ROW[:1], "199002142019032002", "Ani", "U", "STAF", *ROW[5:]]]
    path = minimal_export(tmp_path, rows)
    check = run("score", str(path), "-q", str(MINIMAL), "--check")
    assert "Roles in the file" in check.stdout
    assert "unknown: staf (default)" in check.stdout
    column_map = tmp_path / "map.toml"
    column_map.write_text('[roles]\n"kepala  bidang" = "ahli"\n', encoding="utf-8")
    result = score_minimal(path, "--columns", str(column_map))
    first, _ = (json.loads(line) for line in result.stdout.splitlines())
    assert first["role"] == "ahli" and first["warnings"] == []


def test_column_map_with_unknown_names_is_a_clear_error(tmp_path):
    path = minimal_export(tmp_path, [ROW])
    column_map = tmp_path / "map.toml"
    column_map.write_text('[roles]\n"Kepala" = "boss"\n', encoding="utf-8")
    result = score_minimal(path, "--columns", str(column_map))
    assert result.exit_code == ExitCode.ERROR and "role `boss`, which does not exist" in result.stderr
    column_map.write_text('[questions]\nZZ9 = "x"\n', encoding="utf-8")
    assert "question `ZZ9`" in score_minimal(path, "--columns", str(column_map)).stderr


def test_bad_limesurvey_option_cell_is_named_by_its_own_column(tmp_path):
    path = tmp_path / "ls.csv"
    path.write_text(f"NIP,A4[SQ001],A4[SQ002],A4[SQ003],A4[SQ004],A1,A2\n{NIP},Y,maybe,,,2,3\n", encoding="utf-8")
    result = run("score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.ERROR  # the only row is rejected
    reject = list(csv.reader(io.StringIO((tmp_path / "r.rejects.csv").read_text(encoding="utf-8-sig"))))[1]
    assert reject[:3] == ["2", "A4[SQ002]", "maybe"]


def test_missing_question_or_identity_column_never_ends_with_success(tmp_path):
    """Without --allow-missing a run whose export lacks questions or identity columns exits 3, says so on
    stderr before the summary, and every record says which questions it was scored without."""
    rows = [ROW, [*ROW[:1], "199002142019032002", *ROW[2:]]]
    without_a2 = tmp_path / "no-a2.csv"
    with without_a2.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "NIP", "Nama", "Unit Kerja", "Jabatan", "A1", "A3", "A4", "B1", "B2", "B3"])
        writer.writerows([row[:6] + row[7:] for row in rows])
    result = score_minimal(without_a2)
    assert result.exit_code == ExitCode.REJECTED
    warning, summary = result.stderr.splitlines()[:2]
    assert "1 questions of uji have no column, so they are not scored: A2" in warning and "--allow-missing" in warning
    assert summary.startswith("2 rows: 2 scored, 0 rejected")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all("scored without 1 questions that have no column in the export: A2" in r["warnings"] for r in records)
    assert run("score", str(without_a2), "-q", str(MINIMAL), "--check").exit_code == ExitCode.REJECTED
    assert score_minimal(without_a2, "--allow-missing").exit_code == ExitCode.OK

    without_unit = tmp_path / "no-unit.csv"
    with without_unit.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Timestamp", "NIP", "Nama", "A1", "A2", "A3", "A4", "B1", "B2", "B3"])
        writer.writerows([row[:3] + row[5:] for row in rows])
    result = score_minimal(without_unit)
    assert result.exit_code == ExitCode.REJECTED
    assert "no column for unit, role" in result.stderr.splitlines()[0]
    record = json.loads(result.stdout.splitlines()[0])
    assert record["warnings"] == ["the export has no role column; compared with the default role staf"]
    indonesian = runner.invoke(app, ["--lang", "id", "score", str(without_unit), "-q", str(MINIMAL)])
    assert "tidak ada kolom unit kerja, jabatan" in indonesian.stderr
    assert score_minimal(without_unit, "--allow-missing").exit_code == ExitCode.OK


def test_a_nip_excel_rounded_to_15_digits_is_rejected_with_advice(tmp_path):
    path = minimal_export(tmp_path, [ROW, [*ROW[:1], "198609262015051000", *ROW[2:]]])
    result = score_minimal(path, "--rejects", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.REJECTED
    reject = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))[1]
    assert reject[:3] == ["3", "NIP", "198609262015051000"]
    assert "only 15 digits survive" in reject[3] and "format the NIP column as Text" in reject[3]


def test_dates_that_read_both_ways_are_scored_with_a_warning_naming_the_order_assumed(tmp_path):
    export = tmp_path / "tanggal.csv"
    export.write_text(
        "NIP,Nama,Unit Kerja,Jabatan,Tanggal,INF01\n"
        f"{NIP},Ani,Dinas A,pelaksana,03/04/2026,3\n"
        "199301012021021109,Budi,Dinas A,pelaksana,05/06/2026,2\n",
        encoding="utf-8",
    )
    result = run("score", str(export), "-o", str(tmp_path / "out.json"), "--format", "json", "--allow-missing")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert f'{export}: every date in the time column reads both ways (e.g. "03/04/2026"); read as day/month' in (
        result.stderr
    )
    assert [record["submitted_at"] for record in read_json(tmp_path / "out.json")] == [
        "2026-04-03T00:00:00",
        "2026-06-05T00:00:00",
    ]
