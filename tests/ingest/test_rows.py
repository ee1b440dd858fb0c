"""One row of an export: roles as XLSForm names them, NIPs that Excel rounded, and Kobo's UTC times."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from asn_skills import load_questionnaire
from asn_skills.ingest.columns import plan_columns
from asn_skills.ingest.rows import RowOptions, RowScorer, Scored, find_role, nip_problem_in_export
from asn_skills.ingest.timestamps import parse_timestamp

MAIN = load_questionnaire("kompetensi-digital-asn")


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("pranata_komputer", "pranata-komputer"),  # an XLSForm choice name
        ("Pranata  Komputer", "pranata-komputer"),
        ("layanan_publik", "layanan-publik"),
        ("pelaksana-umum", "pelaksana"),  # alias "pelaksana umum"
        ("PIMPINAN", "pimpinan"),
        ("astronot", None),
        ("", None),
    ],
)
def test_roles_with_underscores_hyphens_or_spaces(written, role):
    found = find_role(MAIN, {}, written)
    assert (found.id if found else None) == role


@pytest.mark.parametrize(
    ("nip", "problem"),
    [
        ("198609262015051000", "nip_rounded_by_excel"),  # 15 digits kept by Excel, then zeros
        ("198609262015052000", "nip_rounded_by_excel"),
        ("198609262015051001", None),
        ("19860926201505100", "nip_length"),
    ],
)
def test_excel_rounded_nips(nip, problem):
    assert nip_problem_in_export(nip) == problem


def test_kobo_submission_time_is_utc():
    header = ["NIP", "Nama", "Unit kerja", "Jabatan", "KAM01", "_submission_time"]
    row = ["198609262015051001", "Sari", "BKD", "staf", "2", "2026-11-20T02:14:37"]
    scorer = RowScorer(MAIN, plan_columns(header, MAIN), RowOptions(lang="en"))
    outcome = scorer.score_block([(2, row)])[0]
    assert isinstance(outcome, Scored)
    assert outcome.record["submitted_at"] == "2026-11-20T02:14:37Z"
    assert parse_timestamp(outcome.record["submitted_at"]) == datetime(2026, 11, 20, 2, 14, 37, tzinfo=timezone.utc)
    header[-1] = "Tanggal"
    plain = RowScorer(MAIN, plan_columns(header, MAIN), RowOptions(lang="en")).score_block([(2, row)])[0]
    assert plain.record["submitted_at"] == "2026-11-20T02:14:37"  # type: ignore[union-attr]


def test_a_free_text_job_title_column_keeps_memory_bounded():
    """People may type their job title: every row a new text. Each is read (default role and a warning), and
    the table of titles already read stops growing at SEEN_LIMIT, as the other cell tables do."""
    from asn_skills.ingest.cells import SEEN_LIMIT

    header = ["NIP", "Nama", "Jabatan", "KAM01"]
    scorer = RowScorer(MAIN, plan_columns(header, MAIN), RowOptions(lang="en"))
    block = [(line, ["198609262015051001", "Sari", f"Pengelola arsip {line}", "2"]) for line in range(SEEN_LIMIT + 50)]
    outcomes = scorer.score_block(block)
    assert all(outcome.record["role"] == MAIN.default_role.id for outcome in outcomes)  # type: ignore[union-attr]
    assert any("Pengelola arsip 4145" in warning for warning in outcomes[-1].record["warnings"])  # type: ignore[union-attr]
    assert len(scorer._roles) <= SEEN_LIMIT
