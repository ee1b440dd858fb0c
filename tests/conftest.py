from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from support import MINIMAL

from asn_skills import load_questionnaire
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.synthetic.exports import Style, write_sample

# "ci" keeps the suite fast; run `HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py` for a deeper search.
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def minimal() -> Questionnaire:
    return load_file(MINIMAL)


@pytest.fixture(scope="session")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 25,000-row Kobo export of the main instrument: long enough to score that a run can be signalled
    mid-way. Made once for every signal and kill test (it takes seconds to write)."""
    path = tmp_path_factory.mktemp("big") / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, load_questionnaire("kompetensi-digital-asn"), Style.KOBO, 25_000, seed=9)
    return path
