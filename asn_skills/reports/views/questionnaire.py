"""Questionnaires as documents: one described in sections of tables (`questionnaires show`), and the list of
questionnaire files (`questionnaires list`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from asn_skills.json_data import OMITTED_WHEN_NONE
from asn_skills.questionnaire.load import check_file
from asn_skills.questionnaire.model import Option, Questionnaire
from asn_skills.render.document import Document, Section
from asn_skills.render.view import View
from asn_skills.reports.views.texts import t


def questionnaire_sections(questionnaire: Questionnaire, lang: str) -> list[Section]:
    q = questionnaire

    def text(value: dict[str, str] | None) -> str:
        return q.text(value, lang)

    levels = Section(
        t("section.levels", lang),
        [t("col.level", lang), t("col.name", lang), t("col.min", lang)],
        [[str(level.level), text(level.name), _number(level.min)] for level in q.levels],
        numeric=frozenset({0, 2}),
    )
    domain_rows = []
    for domain in q.domains:
        items = [question for question in q.questions if question.domain == domain.id]
        self_rated = sum(1 for question in items if question.is_self_rated)
        domain_rows.append(
            [
                domain.id,
                text(domain.name),
                str(self_rated),
                str(len(items) - self_rated),
                _number(domain.weight),
                domain.reference or "",
            ]
        )
    domains = Section(
        t("section.domains", lang),
        [
            t("col.id", lang),
            t("col.domain", lang),
            t("col.self_items", lang),
            t("col.knowledge_items", lang),
            t("col.weight", lang),
            t("col.reference", lang),
        ],
        domain_rows,
        numeric=frozenset({2, 3, 4}),
        nowrap=frozenset({0}),
    )
    item_table = Section(
        t("section.items", lang),
        [
            t("col.id", lang),
            t("col.domain", lang),
            t("col.kind", lang),
            t("col.question", lang),
            t("col.options", lang),
        ],
        [
            [
                question.id,
                question.domain[:3].upper(),
                t(f"kind.{question.kind.value}", lang),
                text(question.text),
                tuple(_option(number, option, text) for number, option in enumerate(question.choices, 1)),
            ]
            for question in q.questions
        ],
        nowrap=frozenset({0, 1, 2}),
        notes=[t("show.options_note", lang)],
    )
    level_names = {level.level: text(level.name) for level in q.levels}
    roles = Section(
        t("section.roles", lang),
        [t("col.role", lang), *(domain.id for domain in q.domains), t("col.aliases", lang)],
        [
            [
                f"{text(role.name)} ({role.id}){' *' if role.default else ''}",
                *(_required(role.required.get(domain.id), level_names) for domain in q.domains),
                ", ".join(role.aliases),
            ]
            for role in q.roles
        ],
        notes=[t("show.default_role", lang)],
    )
    trainings = Section(
        t("section.trainings", lang),
        [
            t("col.id", lang),
            f"{t('col.course', lang)}\n{t('col.provider', lang)}",
            t("col.domain", lang),
            t("col.for_levels", lang),
            t("col.jp", lang),
            t("col.mode", lang),
        ],
        [
            [
                training.id,
                f"{text(training.title)}\n{training.provider}",
                training.domain,
                ", ".join(str(level) for level in training.for_levels),
                _number(training.hours),
                t(f"mode.{training.mode.value}", lang),
            ]
            for training in q.trainings
        ],
        numeric=frozenset({4}),
        nowrap=frozenset({0, 2, 5}),
    )
    policy = q.policy
    settings = Section(
        t("section.policy", lang),
        [t("col.setting", lang), t("col.value", lang)],
        [
            [t("policy.jp_budget", lang), _number(policy.jp_budget)],
            [t("policy.class_size", lang), str(policy.class_size)],
            [t("policy.min_answered", lang), _number(policy.min_answered)],
            [t("policy.match_thresholds", lang), " / ".join(_number(value) for value in policy.match_thresholds)],
            [t("policy.min_group_size", lang), str(policy.min_group_size)],
        ],
    )
    return [levels, domains, item_table, roles, trainings, settings]


def questionnaire_heading(questionnaire: Questionnaire, lang: str) -> str:
    q = questionnaire
    return f"{q.text(q.title, lang)} ({q.id} {q.version}, {len(q.questions)} {t('col.items', lang).lower()})"


def _option(number: int, option: Option, text: Callable[[dict[str, str] | None], str]) -> str:
    """`1 (0) Saya belum bisa`: the number `assess` shows, the value (and code) exports hold, the label."""
    code = f", {option.code}" if option.code else ""
    mark = " ✓" if option.correct else ""
    return f"{number} ({option.value}{code}) {text(option.label)}{mark}"


def _required(level: int | None, names: dict[int, str]) -> str:
    return "-" if level is None else f"{level} {names.get(level, '')}".strip()


def _number(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True, kw_only=True)
class ListedFile:
    """One questionnaire file of the list: what it holds, or how many problems keep it from loading."""

    id: str
    """The questionnaire's id; the file's name when it does not load."""
    version: str | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    title: str | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    """In the reader's language."""
    items: int | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    languages: tuple[str, ...] | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    source: str
    """Where it comes from: bundled, or the path given."""
    problems: int | None = field(default=None, metadata=OMITTED_WHEN_NONE)
    """Problems found in a file that does not load; None when it loads."""


def listing_view(files: list[tuple[Path, str]], lang: str) -> View:
    """A row per questionnaire file (path, where it comes from): id, version, title, items, languages; a
    file that does not load is listed with its number of problems."""
    entries: list[ListedFile] = []
    for path, source in files:
        questionnaire, problems = check_file(path)
        if questionnaire is None:
            entries.append(ListedFile(id=path.stem, source=source, problems=len(problems)))
            continue
        entries.append(
            ListedFile(
                id=questionnaire.id,
                version=questionnaire.version,
                title=questionnaire.text(questionnaire.title, lang),
                items=len(questionnaire.questions),
                languages=tuple(questionnaire.languages),
                source=source,
            )
        )
    rows = [
        [
            entry.id,
            entry.version or "",
            entry.title or t("list.unloadable", lang, count=entry.problems or 0),
            "" if entry.items is None else str(entry.items),
            ", ".join(entry.languages or ()),
            entry.source,
        ]
        for entry in entries
    ]
    section = Section(
        t("section.questionnaires", lang),
        [
            t("col.id", lang),
            t("col.version", lang),
            t("col.title", lang),
            t("col.items", lang),
            t("col.languages", lang),
            t("col.source", lang),
        ],
        rows,
        numeric=frozenset({3}),
        nowrap=frozenset({0, 1}),
    )
    return View(Document("", [section]), entries)
