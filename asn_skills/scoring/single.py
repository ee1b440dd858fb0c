"""One person's answers scored into a validated `Result`: the reference scorer (the batch scorer must agree).

Pure functions over a loaded questionnaire; nothing here reads or writes files. The rules themselves
live in `rules`.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    parts = {domain.id: _part_of(questionnaire, domain.id, item_scores) for domain in questionnaire.domains}
    for key, part in parts.items():
        if part.score is None:
            warnings.append(translate("domain_unscored", lang, domain=key, answered=part.answered, total=part.rated))
    blanks = sum(part.blanks for part in parts.values())
    if blanks:
        warnings.append(translate("knowledge_blank", lang, count=blanks))
    verdict = rules.judge(
        questionnaire,
        used_role,
        {key: part.level for key, part in parts.items()},
        {key: part.level_low for key, part in parts.items()},
        {key: part.level_high for key, part in parts.items()},
    )
    domains = {
        key: DomainResult(
            score=part.score,
            se=part.se,
            level=part.level,
            level_low=part.level_low,
            level_high=part.level_high,
            self=part.self_part,
            knowledge=part.knowledge,
            knowledge_se=part.knowledge_se,
            required=verdict.required[key],
            gap=verdict.gaps[key],
        )
        for key, part in parts.items()
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
        to_confirm=list(verdict.to_confirm),
        overestimates=rules.overestimates(parts.values(), questionnaire.policy.overestimate_points),
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


def _part_of(questionnaire: Questionnaire, domain_id: str, item_scores: Mapping[str, float | None]) -> rules.DomainPart:
    """One domain's part from the sums of its items, in questionnaire order: the answered self/likert items,
    and every knowledge item (a blank one scores 0)."""
    questions = [question for question in questionnaire.questions if question.domain == domain_id]
    self_total = self_weight = self_square = known_total = known_weight = known_square = 0.0
    answered = rated = blanks = known_items = 0
    for question in questions:
        value = item_scores.get(question.id)
        weight = question.weight
        if question.is_self_rated:
            rated += 1
            if value is not None:
                answered += 1
                self_total += weight * value
                self_weight += weight
                self_square += weight * weight
        else:
            known_items += 1
            blanks += value is None
            known_total += weight * (value or 0.0)
            known_weight += weight
            known_square += weight * weight
    return rules.domain_part(
        questionnaire.domains_by_id[domain_id],
        questionnaire.levels,
        questionnaire.policy,
        (self_total, self_weight, self_square),
        (known_total, known_weight, known_square),
        (answered, rated, blanks, known_items),
    )


def _weighted_overall(questionnaire: Questionnaire, scored: Mapping[str, DomainResult]) -> float | None:
    if not scored:
        return None
    weights = {domain.id: domain.weight for domain in questionnaire.domains}
    total = sum(weights[key] * (value.score or 0.0) for key, value in scored.items())
    return rules.overall_score(total, sum(weights[key] for key in scored))
