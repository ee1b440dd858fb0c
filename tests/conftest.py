from __future__ import annotations

import pytest
from support import MINIMAL

from asn_skills.loader import load_file
from asn_skills.questionnaire import Questionnaire


@pytest.fixture
def minimal() -> Questionnaire:
    return load_file(MINIMAL)
