"""Checks of a questionnaire's meaning: references, uniqueness, languages, levels and answer keys.

Each check looks at the parts that passed structural validation and yields (key path, message key,
parameters), so one run reports every problem at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from asn_skills.questionnaire.model import (
    Domain,
    Kind,
    Level,
    Option,
    OptionSet,
    Policy,
    Question,
    Role,
    Text,
    Training,
)
from asn_skills.questionnaire.toml_lines import KeyPath

Finding = tuple[KeyPath, str, dict[str, Any]]


@dataclass
class Draft:
    """The parts of a questionnaire that are well-formed, each list item with its index in the file."""

    header: dict[str, Any] = field(default_factory=dict)
    policy: Policy | None = None
    option_sets: dict[str, OptionSet] = field(default_factory=dict)
    levels: list[tuple[int, Level]] = field(default_factory=list)
    domains: list[tuple[int, Domain]] = field(default_factory=list)
    roles: list[tuple[int, Role]] = field(default_factory=list)
    questions: list[tuple[int, Question]] = field(default_factory=list)
    trainings: list[tuple[int, Training]] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)
    """Sections with a malformed part: references into them are not checked, to avoid false alarms."""

    def ids(self, section: str) -> set[Any] | None:
        """The ids (level numbers for levels) of a section, or None when some part of it was malformed."""
        if section in self.broken:
            return None
        if section == "levels":
            return {level.level for _, level in self.levels}
        return {item.id for _, item in getattr(self, section)}


def check_draft(draft: Draft) -> Iterator[Finding]:
    """Every problem of meaning in the draft."""
    yield from _check_languages(draft)
    yield from _check_unique(draft)
    yield from _check_levels(draft)
    yield from _check_roles(draft)
    yield from _check_questions(draft)
    yield from _check_domains_used(draft)
    yield from _check_trainings(draft)
    yield from _check_policy(draft)


def _check_unique(draft: Draft) -> Iterator[Finding]:
    for section in ("domains", "roles", "questions", "trainings"):
        yield from _duplicates(section, [(index, item.id) for index, item in getattr(draft, section)], "id")
    yield from _duplicates("levels", [(index, level.level) for index, level in draft.levels], "level")
    for where, options in _all_option_lists(draft):
        seen: dict[Any, int] = {}
        written: dict[str, Option] = {}
        labels: dict[tuple[str, str], int] = {}
        for index, option in enumerate(options):
            if option.value in seen:
                yield where + (index, "value"), "duplicate_option", {"value": option.value}
            elif _as_written(option.value) in written:
                # "a" and "A", "1" and 1: an export cell cannot tell them apart.
                other = written[_as_written(option.value)].value
                yield (
                    where + (index, "value"),
                    "option_value_ambiguous",
                    {"value": repr(option.value), "other": repr(other)},
                )
            seen.setdefault(option.value, index)
            written.setdefault(_as_written(option.value), option)
            for lang, label in option.label.items():
                key = (lang, _as_written(label))
                if key in labels:
                    params = {"label": label, "lang": lang, "first": labels[key] + 1}
                    yield where + (index, "label", lang), "duplicate_option_label", params
                labels.setdefault(key, index)
        codes = Counter(option.code for option in options if option.code is not None)
        for index, option in enumerate(options):
            if option.code is not None and codes[option.code] > 1:
                yield where + (index, "code"), "duplicate_code", {"code": option.code}


def _duplicates(section: str, keyed: list[tuple[int, Any]], name: str) -> Iterator[Finding]:
    first: dict[Any, int] = {}
    for index, value in keyed:
        if value in first:
            yield (section, index, name), "duplicate_id", {"id": value, "first": first[value] + 1}
        else:
            first[value] = index


def _check_languages(draft: Draft) -> Iterator[Finding]:
    languages = tuple(draft.header.get("languages") or ())
    if not languages:
        return
    if len(set(languages)) != len(languages):
        yield ("languages",), "duplicate_language", {}
    texts: list[tuple[KeyPath, Any]] = [((), draft.header)]
    for name, option_set in draft.option_sets.items():
        texts.append((("option_sets", name), option_set))
    for section in ("levels", "domains", "roles", "questions", "trainings"):
        texts.extend(((section, index), item) for index, item in getattr(draft, section))
    for where, owner in texts:
        for path, text in _texts_in(owner, where):
            for language in languages:
                if not (text.get(language) or "").strip():
                    yield path, "missing_language", {"language": language}
            for language in text:
                if language not in languages:
                    yield (
                        path + (language,),
                        "undeclared_language",
                        {
                            "language": language,
                            "declared": ", ".join(languages),
                        },
                    )


def _texts_in(owner: Any, where: KeyPath) -> Iterator[tuple[KeyPath, Text]]:
    """Every multilingual text inside a model (or the header dict), with its key path."""
    if isinstance(owner, dict):
        for key in ("title", "description"):
            if isinstance(owner.get(key), dict):
                yield where + (key,), owner[key]
        return
    if not isinstance(owner, BaseModel):
        return
    for name, info in type(owner).model_fields.items():
        value = getattr(owner, name)
        if isinstance(value, dict) and info.annotation in (Text, Text | None):
            yield where + (name,), value
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                yield from _texts_in(item, where + (name, index))


def _check_levels(draft: Draft) -> Iterator[Finding]:
    if not draft.levels or "levels" in draft.broken:
        return
    first_index, first = draft.levels[0]
    if first.min != 0:
        yield ("levels", first_index, "min"), "levels_first_min", {"found": first.min}
    if first.min_knowledge is not None:
        # Everyone reaches the first level: a knowledge floor there would leave some people without a level.
        yield ("levels", first_index, "min_knowledge"), "levels_first_min_knowledge", {"found": first.min_knowledge}
    for (_, before), (index, level) in zip(draft.levels, draft.levels[1:], strict=False):
        if level.min <= before.min:
            shown = {"min": f"{level.min:g}", "previous": f"{before.min:g}"}  # as the file writes them: 50, not 50.0
            yield ("levels", index, "min"), "levels_not_ascending", shown
        if level.level <= before.level:
            yield (
                ("levels", index, "level"),
                "level_numbers_not_ascending",
                {
                    "level": level.level,
                    "previous": before.level,
                },
            )


def _check_roles(draft: Draft) -> Iterator[Finding]:
    domains, levels = draft.ids("domains"), draft.ids("levels")
    defaults = [index for index, role in draft.roles if role.default]
    if draft.roles and not defaults and "roles" not in draft.broken:
        yield ("roles",), "no_default_role", {}
    for index in defaults[1:]:
        yield ("roles", index, "default"), "several_default_roles", {"first": draft.roles[0][1].id}
    for index, role in draft.roles:
        for domain, level in role.required.items():
            if domains is not None and domain not in domains:
                yield ("roles", index, "required", domain), "unknown_domain", {"domain": domain, **_known(domains)}
            elif levels is not None and level not in levels:
                yield ("roles", index, "required", domain), "unknown_level", {"level": level, **_known(levels)}


def _check_questions(draft: Draft) -> Iterator[Finding]:
    domains = draft.ids("domains")
    for index, question in draft.questions:
        where = ("questions", index)
        if domains is not None and question.domain not in domains:
            yield where + ("domain",), "unknown_domain", {"domain": question.domain, **_known(domains)}
        if question.reverse and question.kind is not Kind.LIKERT:
            yield where + ("reverse",), "reverse_not_likert", {}
        if isinstance(question.options, str):
            option_set = draft.option_sets.get(question.options)
            if option_set is None and "option_sets" not in draft.broken:
                yield (
                    where + ("options",),
                    "unknown_option_set",
                    {
                        "name": question.options,
                        **_known(draft.option_sets),
                    },
                )
            if option_set is None:
                continue
            options = option_set.options
            options_at: tuple[str | int, ...] = ("option_sets", question.options, "options")
        else:
            options, options_at = question.options, where + ("options",)
        yield from _check_answer_key(question, options, where, options_at)


def _check_answer_key(
    question: Question, options: tuple[Option, ...], where: KeyPath, options_at: KeyPath
) -> Iterator[Finding]:
    correct = sum(option.correct for option in options)
    kind = question.kind
    if len(options) < 2:
        yield options_at, "too_few_options", {}
    if kind is Kind.CHOICE and correct != 1:
        yield where + ("options",), "choice_needs_one_correct", {"found": correct}
    elif kind is Kind.MULTI and correct == 0:
        yield where + ("options",), "multi_needs_correct", {}
    elif question.is_self_rated:
        for index, option in enumerate(options):
            if isinstance(option.value, str):
                yield options_at + (index, "value"), "scale_value_not_number", {"value": option.value}
            if option.correct:
                yield options_at + (index, "correct"), "correct_on_scale", {"kind": kind}
        numbers = {option.value for option in options if not isinstance(option.value, str)}
        if len(options) >= 2 and len(numbers) < 2:
            yield options_at, "scale_needs_two_values", {}


def _check_domains_used(draft: Draft) -> Iterator[Finding]:
    used = {question.domain for _, question in draft.questions}
    if not draft.questions or "questions" in draft.broken:
        return
    for index, domain in draft.domains:
        if domain.id not in used:
            yield ("domains", index, "id"), "domain_without_questions", {"domain": domain.id}


def _check_trainings(draft: Draft) -> Iterator[Finding]:
    domains, levels = draft.ids("domains"), draft.ids("levels")
    for index, training in draft.trainings:
        where = ("trainings", index)
        if domains is not None and training.domain not in domains:
            yield where + ("domain",), "unknown_domain", {"domain": training.domain, **_known(domains)}
        for position, level in enumerate(training.for_levels):
            if levels is not None and level not in levels:
                yield where + ("for_levels", position), "unknown_level", {"level": level, **_known(levels)}


def _check_policy(draft: Draft) -> Iterator[Finding]:
    if draft.policy is None:
        return
    high, low = draft.policy.match_thresholds
    if not 0 <= low < high <= 100:
        yield ("policy", "match_thresholds"), "thresholds_out_of_range", {"high": high, "low": low}


def _as_written(value: Any) -> str:
    """How a value or label reads in an export cell, where case, spacing and type are lost."""
    return " ".join(str(value).split()).casefold()


def _known(values: Any) -> dict[str, str]:
    return {"known": ", ".join(str(value) for value in sorted(values)) or "-"}


def _all_option_lists(draft: Draft) -> Iterator[tuple[KeyPath, tuple[Option, ...]]]:
    for name, option_set in draft.option_sets.items():
        yield ("option_sets", name, "options"), option_set.options
    for index, question in draft.questions:
        if not isinstance(question.options, str):
            yield ("questions", index, "options"), question.options
