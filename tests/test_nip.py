from __future__ import annotations

from datetime import date

import pytest

from asn_skills.identity import nip_problem, normalise_nip

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("198609262015051001", "198609262015051001"),
        (" 19860926 201505 1 001 ", "198609262015051001"),
        ("'198609262015051001", "198609262015051001"),
        ("198609262015051001.0", "198609262015051001"),
        ("19860926.201505.1.001", "198609262015051001"),
        ("PPPK-123", "PPPK-123"),
    ],
)
def test_normalise(written, normalised):
    assert normalise_nip(written) == normalised


@pytest.mark.parametrize(
    ("nip", "problem"),
    [
        ("198609262015051001", None),
        ("199002142019032002", None),
        ("19860926201505100", "nip_length"),
        ("19860926201505100X", "nip_length"),
        ("198602302015051001", "nip_birth_date"),  # 30 February
        ("201509262015051001", "nip_birth_date"),  # born 2015: younger than 18 today
        ("198609262000051001", "nip_start_date"),  # started at 13
        ("198609262015131001", "nip_start_date"),  # month 13
        ("198609262027011001", "nip_start_date"),  # in the future
        ("198609262015053001", "nip_gender"),
        ("1,98609E+17", "nip_scientific"),
        ("1.98609E+17", "nip_scientific"),
    ],
)
def test_checks(nip, problem):
    assert nip_problem(nip, TODAY) == problem
