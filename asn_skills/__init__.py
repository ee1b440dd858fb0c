"""asn-skills: measure the digital skills of Indonesian civil servants and plan their training.

The library API::

    from asn_skills import load_questionnaire, score_answers
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    result = score_answers(questionnaire, {"INF01": 2, "KAM10": "b"}, role="pelaksana")
"""

from asn_skills.errors import AnswerError, AsnSkillsError, ExitCode, Problem, QuestionnaireError
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.result import DomainResult, Match, Priority, Result
from asn_skills.scoring.single import score_answers

__version__ = "0.1.0"

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
