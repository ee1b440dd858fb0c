"""Scoring: answers to item, domain and overall scores, role gaps, JPM and course recommendations.

Pure functions over a loaded questionnaire; nothing here reads or writes files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from asn_skills.errors import AnswerError
from asn_skills.i18n import DEFAULT_LANGUAGE, translate
from asn_skills.questionnaire.model import OptionValue, Question, Questionnaire, Role
from asn_skills.scoring.result import DomainResult, Match, Priority, Result

Answer = OptionValue | Sequence[OptionValue] | None
OVERESTIMATION_POINTS = 25


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
    domains = {}
    for domain in questionnaire.domains:
        domains[domain.id] = _score_domain(questionnaire, domain.id, item_scores, used_role, warnings, lang)
    scored = {key: value for key, value in domains.items() if value.score is not None}
    overall = _weighted_overall(questionnaire, scored)
    jpm = _jpm(scored)
    match = _match_band(questionnaire, jpm)
    gaps = [value.gap for value in scored.values() if value.gap is not None]
    needs_training = any(gap > 0 for gap in gaps)
    trainings, deferred = recommend(questionnaire, domains)
    return Result(
        nip=nip,
        name=name,
        unit=unit,
        role=used_role.id,
        submitted_at=submitted_at,
        domains=domains,
        overall=overall,
        level=None if overall is None else questionnaire.level_of(overall).level,
        jpm=jpm,
        match=match,
        needs_training=needs_training,
        priority=_priority(needs_training, match, gaps),
        trainings=trainings,
        deferred=deferred,
        incomplete=len(scored) < len(domains),
        warnings=warnings,
    )


def question_of(questionnaire: Questionnaire, question_id: str) -> Question:
    question = questionnaire.questions_by_id.get(question_id)
    if question is None:
        raise AnswerError("unknown_question", question=question_id)
    return question


def item_score(question: Question, answer: Answer) -> float | None:
    """The item score in [0, 1], or None when unanswered."""
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return None
    if question.kind.value == "multi":
        if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence | set | frozenset):
            raise AnswerError("multi_needs_list", question=question.id)
        chosen = {_option_index(question, value) for value in answer}
        if not chosen:
            return None
        right = sum(1 for option in question.choices if option.correct)
        hits = sum(1 for index in chosen if question.choices[index].correct)
        return max(0.0, (hits - (len(chosen) - hits)) / right)
    if not isinstance(answer, (int, float, str)):
        raise AnswerError("single_needs_value", question=question.id)
    option = question.choices[_option_index(question, answer)]
    if question.kind.value == "choice":
        return 1.0 if option.correct else 0.0
    values = [option.value for option in question.choices]
    low, high = min(values), max(values)  # type: ignore[type-var]
    share = (option.value - low) / (high - low)  # type: ignore[operator]
    return 1.0 - share if question.reverse else share


def _option_index(question: Question, value: Any) -> int:
    if not isinstance(value, bool):
        for index, option in enumerate(question.choices):
            if option.value == value:
                return index
    allowed = ", ".join(repr(option.value) for option in question.choices)
    raise AnswerError("answer_not_an_option", question=question.id, value=value, allowed=allowed)


def _score_domain(
    questionnaire: Questionnaire,
    domain_id: str,
    item_scores: Mapping[str, float | None],
    role: Role,
    warnings: list[str],
    lang: str,
) -> DomainResult:
    questions = [question for question in questionnaire.questions if question.domain == domain_id]
    answered = [question for question in questions if item_scores.get(question.id) is not None]
    required = role.required.get(domain_id)
    self_part = _mean(
        [question for question in answered if question.is_self_rated],
        item_scores,
    )
    knowledge_part = _mean([question for question in answered if not question.is_self_rated], item_scores)
    if len(answered) < questionnaire.policy.min_answered * len(questions) or not answered:
        warnings.append(
            translate("domain_unscored", lang, domain=domain_id, answered=len(answered), total=len(questions))
        )
        score = None
    else:
        score = _mean(answered, item_scores)
    level = None if score is None else questionnaire.level_of(score).level
    return DomainResult(
        score=score,
        level=level,
        self=self_part,
        knowledge=knowledge_part,
        overestimates=(
            self_part is not None and knowledge_part is not None and self_part - knowledge_part > OVERESTIMATION_POINTS
        ),
        required=required,
        gap=None if level is None or required is None else required - level,
    )


def _mean(questions: Sequence[Question], item_scores: Mapping[str, float | None]) -> float | None:
    """100 * the weighted mean item score, rounded to 2 decimals; None for no questions."""
    if not questions:
        return None
    total = sum(question.weight * item_scores[question.id] for question in questions)  # type: ignore[misc]
    return round(100 * total / sum(question.weight for question in questions), 2)


def _weighted_overall(questionnaire: Questionnaire, scored: Mapping[str, DomainResult]) -> float | None:
    if not scored:
        return None
    weights = {domain.id: domain.weight for domain in questionnaire.domains}
    total = sum(weights[key] * value.score for key, value in scored.items())  # type: ignore[operator]
    return round(total / sum(weights[key] for key in scored), 2)


def _jpm(scored: Mapping[str, DomainResult]) -> float | None:
    pairs = [(value.level, value.required) for value in scored.values() if value.required is not None]
    required = sum(need for _, need in pairs)
    if not pairs:
        return None
    if required == 0:
        return 100.0
    return round(100 * sum(min(level, need) for level, need in pairs) / required, 2)  # type: ignore[type-var]


def _match_band(questionnaire: Questionnaire, jpm: float | None) -> Match | None:
    if jpm is None:
        return None
    meets, nearly = questionnaire.policy.match_thresholds
    if jpm >= meets:
        return Match.MEETS
    return Match.NEARLY_MEETS if jpm >= nearly else Match.BELOW


def _priority(needs_training: bool, match: Match | None, gaps: Sequence[int]) -> Priority:
    if not needs_training:
        return Priority.NONE
    if match is Match.BELOW or any(gap >= 2 for gap in gaps):
        return Priority.HIGH
    return Priority.MEDIUM


def recommend(questionnaire: Questionnaire, domains: Mapping[str, DomainResult]) -> tuple[list[str], list[str]]:
    """Courses for the gaps, largest gap first (ties in file order), within the JP budget; the rest deferred."""
    order = {domain.id: position for position, domain in enumerate(questionnaire.domains)}
    with_gap = [key for key, value in domains.items() if value.gap is not None and value.gap > 0]
    with_gap.sort(key=lambda key: (-(domains[key].gap or 0), order[key]))
    budget = questionnaire.policy.jp_budget
    recommended: list[str] = []
    deferred: list[str] = []
    for domain_id in with_gap:
        level = domains[domain_id].level
        for training in questionnaire.trainings:
            if training.domain != domain_id or level not in training.for_levels:
                continue
            if training.hours <= budget:
                recommended.append(training.id)
                budget -= training.hours
            else:
                deferred.append(training.id)
    return recommended, deferred
