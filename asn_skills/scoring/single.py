"""One person's answers scored into a validated `Result`: the reference scorer (the batch scorer must agree).

Pure functions over a loaded questionnaire; nothing here reads or writes files. The rules themselves
live in `rules`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from asn_skills.errors import AnswerError
from asn_skills.i18n import DEFAULT_LANGUAGE, translate
from asn_skills.questionnaire.model import Question, Questionnaire
from asn_skills.scoring import rules
from asn_skills.scoring.result import DomainResult, Result, instrument_of
from asn_skills.scoring.rules import Answer, item_score


def score_answers(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    *,
    role: str | None = None,
    nip: str | None = None,
    name: str | None = None,
    unit: str | None = None,
    submitted_at: datetime | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> Result:
    """Score one person's answers (question id -> option value, a list of values for multi)."""
    item_scores = {qid: item_score(question_of(questionnaire, qid), answer) for qid, answer in answers.items()}
    warnings: list[str] = []
    used_role = questionnaire.find_role(role)
    if used_role is None:
        used_role = questionnaire.default_role
        if role is not None and role.strip():
            warnings.append(translate("role_unknown", lang, role=role, default=used_role.id))
    parts = {
        domain.id: _score_domain(questionnaire, domain.id, item_scores, warnings, lang)
        for domain in questionnaire.domains
    }
    levels = {key: part[1] for key, part in parts.items()}
    verdict = rules.judge(questionnaire, used_role, levels)
    domains = {
        key: DomainResult(
            score=score,
            level=level,
            self=self_part,
            knowledge=knowledge,
            overestimates=rules.overestimates(self_part, knowledge),
            required=verdict.required[key],
            gap=verdict.gaps[key],
        )
        for key, (score, level, self_part, knowledge) in parts.items()
    }
    scored = {key: value for key, value in domains.items() if value.score is not None}
    overall = _weighted_overall(questionnaire, scored)
    return Result(
        nip=nip,
        name=name,
        unit=unit,
        role=used_role.id,
        submitted_at=submitted_at,
        instrument=instrument_of(questionnaire),
        domains=domains,
        overall=overall,
        level=None if overall is None else rules.level_of(questionnaire.levels, overall).level,
        jpm=verdict.jpm,
        match=verdict.match,
        needs_training=verdict.needs_training,
        priority=verdict.priority,
        trainings=list(verdict.trainings),
        deferred=list(verdict.deferred),
        incomplete=len(scored) < len(domains),
        warnings=warnings,
    )


def question_of(questionnaire: Questionnaire, question_id: str) -> Question:
    question = questionnaire.questions_by_id.get(question_id)
    if question is None:
        raise AnswerError("unknown_question", question=question_id)
    return question


def _score_domain(
    questionnaire: Questionnaire,
    domain_id: str,
    item_scores: Mapping[str, float | None],
    warnings: list[str],
    lang: str,
) -> tuple[float | None, int | None, float | None, float | None]:
    """(score, level, self sub-score, knowledge sub-score) of one domain; a warning when it stays unscored."""
    questions = [question for question in questionnaire.questions if question.domain == domain_id]
    answered = [question for question in questions if item_scores.get(question.id) is not None]
    self_part = _mean([question for question in answered if question.is_self_rated], item_scores)
    knowledge_part = _mean([question for question in answered if not question.is_self_rated], item_scores)
    if not rules.is_scored(len(answered), len(questions), questionnaire.policy.min_answered):
        warnings.append(
            translate("domain_unscored", lang, domain=domain_id, answered=len(answered), total=len(questions))
        )
        return None, None, self_part, knowledge_part
    score = _mean(answered, item_scores)
    level = None if score is None else rules.level_of(questionnaire.levels, score).level
    return score, level, self_part, knowledge_part


def _mean(questions: Sequence[Question], item_scores: Mapping[str, float | None]) -> float | None:
    """100 * the weighted mean item score, rounded to 2 decimals; None for no questions."""
    if not questions:
        return None
    total = sum(question.weight * (item_scores[question.id] or 0.0) for question in questions)
    return rules.weighted_score(total, sum(question.weight for question in questions))


def _weighted_overall(questionnaire: Questionnaire, scored: Mapping[str, DomainResult]) -> float | None:
    if not scored:
        return None
    weights = {domain.id: domain.weight for domain in questionnaire.domains}
    total = sum(weights[key] * (value.score or 0.0) for key, value in scored.items())
    return rules.overall_score(total, sum(weights[key] for key in scored))
