"""asn-skills: measure the digital skills of Indonesian civil servants and plan their training.

The library API::

    from asn_skills import load_questionnaire, score_answers
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    result = score_answers(questionnaire, {"INF01": 2, "KAM10": "b"}, role="pelaksana")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from asn_skills.errors import AnswerError, AsnSkillsError, ExitCode, Problem, QuestionnaireError
    from asn_skills.questionnaire.load import load_questionnaire
    from asn_skills.questionnaire.model import Questionnaire
    from asn_skills.scoring.result import DomainResult, Match, Priority, Result
    from asn_skills.scoring.single import score_answers

__version__ = "0.1.0"

_HOMES = {
    "asn_skills.errors": ("AnswerError", "AsnSkillsError", "ExitCode", "Problem", "QuestionnaireError"),
    "asn_skills.questionnaire.load": ("load_questionnaire",),
    "asn_skills.questionnaire.model": ("Questionnaire",),
    "asn_skills.scoring.result": ("DomainResult", "Match", "Priority", "Result"),
    "asn_skills.scoring.single": ("score_answers",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """The library API, imported on first use: `asn-skills --version` builds no Pydantic model."""
    if name not in _HOME_OF:
        raise AttributeError(f"module 'asn_skills' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME_OF[name]), name)


__all__ = [
    "AnswerError",
    "AsnSkillsError",
    "DomainResult",
    "ExitCode",
    "Match",
    "Priority",
    "Problem",
    "Questionnaire",
    "QuestionnaireError",
    "Result",
    "__version__",
    "load_questionnaire",
    "score_answers",
]
