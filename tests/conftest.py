from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings
from support import MINIMAL

from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Questionnaire

# "ci" keeps the suite fast; run `HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py` for a deeper search.
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def minimal() -> Questionnaire:
    return load_file(MINIMAL)
