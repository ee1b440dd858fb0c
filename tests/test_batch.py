"""The batch core: chunked and parallel runs give the same bytes as one sequential pass."""

from __future__ import annotations

import io

from asn_skills import load_questionnaire
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
