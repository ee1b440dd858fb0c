"""The batch core: chunked and parallel runs give the same bytes as one sequential pass."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal

import pytest

from asn_skills import load_questionnaire
from asn_skills.ingest import batch
from asn_skills.ingest.batch import BatchSettings, score_export
from asn_skills.ingest.columns import plan_columns
from asn_skills.ingest.outputs import RecordFormat
from asn_skills.ingest.rows import RowOptions
from asn_skills.ingest.source import chunks, prepare, read_rows
from asn_skills.synthetic.exports import Style, write_sample

MAIN = load_questionnaire("kompetensi-digital-asn")


def export(tmp_path, style=Style.GOOGLE, rows=400, errors=0.1):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, MAIN, style, rows, 3, errors)
    return path


def outputs(tmp_path, path, jobs, chunk_bytes, record_format=RecordFormat.CSV):
    work = tmp_path / f"work-{jobs}-{chunk_bytes}-{record_format.value}"
    work.mkdir()
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=work)
    plan = plan_columns(prepared.header, MAIN)
    run = score_export(
        MAIN,
        prepared,
        plan,
        BatchSettings(
            record_format=record_format, row_options=RowOptions(lang="en"), jobs=jobs, chunk_bytes=chunk_bytes
        ),
        work,
    )
    results, rejects = io.BytesIO(), io.BytesIO()
    run.write_results(results)
    run.write_rejects(rejects)
    return results.getvalue(), rejects.getvalue(), (run.rows, run.scored, run.rejected, len(run.superseded))


def test_chunks_and_jobs_do_not_change_the_outputs(tmp_path):
    path = export(tmp_path)
    single = outputs(tmp_path, path, 1, 1 << 30)
    assert single[2][0] == single[2][1] + single[2][2]
    assert single[2][3] > 0
    assert outputs(tmp_path, path, 1, 20_000) == single
    assert outputs(tmp_path, path, 2, 20_000) == single


def test_json_and_jsonl_assemble_from_many_chunks(tmp_path):
    import json

    path = export(tmp_path, rows=200, errors=0.0)
    listed, _, counts = outputs(tmp_path, path, 2, 15_000, RecordFormat.JSON)
    lines, _, _ = outputs(tmp_path, path, 1, 15_000, RecordFormat.JSONL)
    assert json.loads(listed) == [json.loads(line) for line in lines.splitlines()]
    assert len(json.loads(listed)) == counts[1] == 200


def test_chunk_cuts_never_split_a_quoted_line_break(tmp_path):
    path = tmp_path / "q.csv"
    rows = ["nip,name"] + [f'{i},"first line\nsecond, ""quoted"" line"' for i in range(500)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=tmp_path)
    pieces = chunks(prepared, 700)
    assert len(pieces) > 10
    read = [row for piece in pieces for row in read_rows(prepared, piece)]
    assert [line for line, _ in read] == [2 + 2 * i for i in range(500)]
    assert all(cells[1] == 'first line\nsecond, "quoted" line' for _, cells in read)


def test_pseudonymised_rejects_in_parallel_runs(tmp_path):
    import re

    path = export(tmp_path, rows=300, errors=0.2)
    work = tmp_path / "work"
    work.mkdir()
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=work)
    plan = plan_columns(prepared.header, MAIN)
    options = RowOptions(lang="en", pseudonym_key="k")
    run = score_export(
        MAIN,
        prepared,
        plan,
        BatchSettings(record_format=RecordFormat.CSV, row_options=options, jobs=2, chunk_bytes=20_000),
        work,
    )
    assert run.superseded
    rejects = io.BytesIO()
    run.write_rejects(rejects)
    nips = set(re.findall(r"\b(?:19|20)\d{16}\b", path.read_text(encoding="utf-8")))
    assert not any(nip in rejects.getvalue().decode() for nip in nips)


def test_on_windows_no_signal_is_sent_to_probe_an_abandoned_work_folder(tmp_path, monkeypatch):
    from asn_skills.ingest import work_folder

    abandoned = tmp_path / f"{work_folder.WORK_PREFIX}999999-x"
    abandoned.mkdir()
    sent: list[tuple[int, int]] = []
    monkeypatch.setattr(work_folder.sys, "platform", "win32")
    monkeypatch.setattr(work_folder.os, "kill", lambda pid, sig: sent.append((pid, sig)))
    work_folder.remove_abandoned(tmp_path)
    assert sent == [] and abandoned.exists()


def _messy_export(tmp_path, rows=2500):
    """A Google export with every kind of row that needs a warning of its own, among plain ones."""
    import csv

    path = export(tmp_path, rows=rows, errors=0.05)
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    header = table[0]
    name, unit, role, when = (
        header.index(field) for field in ("Nama Lengkap", "Unit Kerja", "Jabatan", "Stempel waktu")
    )
    for number, row in enumerate(table[1:], start=1):
        if len(row) != len(header):
            continue
        if number % 7 == 0:
            row[role] = "Juru Ketik"  # no such role: the default role, with a warning
        if number % 11 == 0:
            row[when] = "kemarin sore"  # a time nobody can read: a warning
        if number % 13 == 0:
            row[name] = '=HYPERLINK("x"), "Budi"\x00 Santoso'  # formula, quotes, comma and damage
        if number % 17 == 0:
            row[unit] = 'Bagian Umum; -1+1, "Sekretariat"'
        if number % 19 == 0:
            for column in range(len(header)):
                if header[column].startswith("Saya") or "?" in header[column]:
                    row[column] = ""  # unanswered domains: incomplete, with warnings
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)
    return path


def test_the_column_wise_results_csv_equals_the_records_written_one_by_one(tmp_path):
    """`score` writes the results CSV column-wise for plain rows and from records for the rest; every line
    must equal the line of its record, in normal and pseudonymised runs, in one process or two."""
    from asn_skills.ingest.outputs import record_csv_line

    path = _messy_export(tmp_path)
    domain_ids = [domain.id for domain in MAIN.domains]
    for key in (None, "rahasia"):
        options = RowOptions(lang="en", pseudonym_key=key)
        for jobs in (1, 2):
            work = tmp_path / f"work-{key}-{jobs}"
            work.mkdir()
            prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=work)
            plan = plan_columns(prepared.header, MAIN)
            written = {}
            for record_format in (RecordFormat.CSV, RecordFormat.JSONL):
                settings = BatchSettings(
                    record_format=record_format, row_options=options, jobs=jobs, chunk_bytes=300_000
                )
                (work / record_format.value).mkdir()
                run = score_export(MAIN, prepared, plan, settings, work / record_format.value)
                buffer = io.BytesIO()
                run.write_results(buffer)
                written[record_format] = buffer.getvalue()
            records = [json.loads(line) for line in written[RecordFormat.JSONL].splitlines()]
            expected = "".join(record_csv_line(record, domain_ids) for record in records)
            assert written[RecordFormat.CSV].decode("utf-8-sig").split("\r\n", 1)[1] == expected
            # rows with an unscored area are written from their record, the others column-wise, warnings and all
            from_records = [record for record in records if record["incomplete"]]
            warned = [record for record in records if record["warnings"] and not record["incomplete"]]
            assert len(records) > 2000 and from_records and 300 < len(warned) < len(records)


def _us_export(tmp_path):
    """A Google export from an English-US account (month/day dates): only the first date proves the order."""
    import csv

    path = export(tmp_path, rows=600, errors=0.0)
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    when = table[0].index("Stempel waktu")
    for number, row in enumerate(table[1:]):
        row[when] = f"{number % 12 + 1}/{number * 7 % 12 + 1}/2026 8:{number % 60:02d}:00"
    table[1][when] = "3/14/2026 8:15:33"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)
    return path


def test_a_us_export_reads_its_dates_alike_in_every_chunk(tmp_path):
    """Each worker reads its own chunk; the day/month order is decided once for the file, so a date that
    reads both ways (4/8/2026) is read month/day in the chunks that hold no date proving it."""
    path = _us_export(tmp_path)
    single = outputs(tmp_path, path, 1, 1 << 30, RecordFormat.JSONL)
    assert outputs(tmp_path, path, 2, 20_000, RecordFormat.JSONL) == single
    times = [json.loads(line)["submitted_at"] for line in single[0].splitlines()]
    assert times[:3] == ["2026-03-14T08:15:33", "2026-02-08T08:01:00", "2026-03-03T08:02:00"]


def test_rows_after_the_last_response_are_skipped_in_every_chunking(tmp_path):
    """Rows from which no answer can be read are rejected while a response follows them, and skipped (not
    rows, not rejected) after the last response, however the file is cut into chunks."""
    path = export(tmp_path, rows=300, errors=0.0)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    width = len(next(csv.reader(lines[:1])))

    def line(cells):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(cells + [""] * (width - len(cells)))
        return buffer.getvalue()

    lines.insert(150, line(["", "198609262015051001", "Pegawai Kosong", "BKPSDM", "Pelaksana"]))
    signature = [line([""] * (width - 2) + [text]) for text in ("Sleman, 25 November 2026", "Kepala BKPSDM")]
    path.write_text("".join(lines + signature * 150), encoding="utf-8")

    def run_with(jobs, chunk_bytes):
        work = tmp_path / f"work-trailing-{jobs}-{chunk_bytes}"
        work.mkdir()
        prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=work)
        settings = BatchSettings(row_options=RowOptions(lang="en"), jobs=jobs, chunk_bytes=chunk_bytes)
        run = score_export(MAIN, prepared, plan_columns(prepared.header, MAIN), settings, work)
        rejects = io.BytesIO()
        run.write_rejects(rejects)
        return run.ignored, (run.rows, run.scored, run.rejected), rejects.getvalue()

    single = run_with(1, 1 << 30)
    ignored, counts, rejects = single
    assert ignored == tuple(range(len(lines) + 1, len(lines) + 301))
    assert counts == (301, 300, 1)
    assert rejects.decode("utf-8-sig").splitlines()[1].startswith("151,")
    assert run_with(1, 8_000) == single
    assert run_with(2, 8_000) == single


def test_a_ctrl_c_swallowed_while_workers_run_still_stops_the_run(tmp_path, monkeypatch):
    """Ctrl-C that lands in the pool's own machinery (a finaliser, a callback) is swallowed there, "Exception
    ignored"; the run must still end as interrupted instead of going on to replace the outputs."""
    real = batch.as_completed

    def swallowing(futures):
        with contextlib.suppress(KeyboardInterrupt):  # as in a finaliser: the exception goes nowhere
            os.kill(os.getpid(), signal.SIGINT)
        yield from real(futures)

    monkeypatch.setattr(batch, "as_completed", swallowing)
    with pytest.raises(KeyboardInterrupt):
        outputs(tmp_path, export(tmp_path, rows=200), 2, 20_000)
