"""`asn-skills demo`: the whole flow on a synthetic workforce."""

from __future__ import annotations

from statistics import mean
from typing import Annotated

import typer

from asn_skills.bundled import MAIN
from asn_skills.cli.console import Settings, complain, inform, out_console
from asn_skills.cli.tables import Section, print_terminal
from asn_skills.cli.texts import h, t
from asn_skills.loader import load_questionnaire
from asn_skills.result import Priority, Result
from asn_skills.scoring import score_answers
from asn_skills.synthetic import generate_people

WIDE_TERMINAL = 110
PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.NONE: 2}


def domain_code(domain_id: str) -> str:
    """A three-letter code for narrow tables: `keamanan` -> `KEA`."""
    return domain_id[:3].upper()


def demo(
    ctx: typer.Context,
    people: Annotated[int, typer.Option(min=1, max=100_000, help=h("help.demo.people"))] = 300,
    seed: Annotated[int, typer.Option(help=h("help.demo.seed"))] = 2026,
    top: Annotated[int, typer.Option(min=0, help=h("help.demo.top"))] = 20,
    questionnaire_name: Annotated[str, typer.Option("-q", "--questionnaire", help=h("help.questionnaire"))] = MAIN,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    questionnaire = load_questionnaire(questionnaire_name)
    inform(settings, t("demo.generating", lang, people=people, questionnaire=questionnaire.id))
    results = [
        score_answers(
            questionnaire,
            person.answers,
            role=person.role,
            nip=person.nip,
            name=person.name,
            unit=person.unit,
            submitted_at=person.submitted_at,
            lang=lang,
        )
        for person in generate_people(questionnaire, people, seed)
    ]
    results.sort(key=lambda result: (PRIORITY_ORDER[result.priority], result.jpm or 0, result.name or ""))
    console = out_console()
    title = f"{questionnaire.text(questionnaire.title, lang)} - {t('section.demo', lang)}"
    wide = console.width >= WIDE_TERMINAL
    print_terminal(
        console,
        title,
        [_domain_section(questionnaire, results, lang), _people_section(questionnaire, results, top, lang, wide)],
    )
    flagged = [result for result in results if result.needs_training]
    summary = t(
        "demo.summary",
        lang,
        people=len(results),
        flagged=len(flagged),
        high=sum(result.priority is Priority.HIGH for result in flagged),
        medium=sum(result.priority is Priority.MEDIUM for result in flagged),
    )
    complain(summary)


def _domain_section(questionnaire, results: list[Result], lang: str) -> Section:  # type: ignore[no-untyped-def]
    rows = []
    for domain in questionnaire.domains:
        scored = [result.domains[domain.id] for result in results if result.domains[domain.id].score is not None]
        below = sum(1 for value in scored if value.gap is not None and value.gap > 0)
        rows.append(
            [
                domain_code(domain.id),
                questionnaire.text(domain.name, lang),
                f"{mean(value.score for value in scored):.1f}" if scored else "-",
                f"{100 * below / len(scored):.0f}%" if scored else "-",
            ]
        )
    return Section(
        t("section.demo_domains", lang),
        [t("col.code", lang), t("col.domain", lang), t("col.mean", lang), t("col.below", lang)],
        rows,
        numeric=frozenset({2, 3}),
        nowrap=frozenset({0}),
    )


def _people_section(questionnaire, results: list[Result], top: int, lang: str, wide: bool) -> Section:  # type: ignore[no-untyped-def]
    """Flagged people first; one narrow column per domain holds the gap. `wide` adds unit and score."""
    shown = results if top == 0 else results[:top]
    hours = {training.id: training.hours for training in questionnaire.trainings}
    domain_ids = [domain.id for domain in questionnaire.domains]
    columns = [t("col.name", lang), *([t("col.unit", lang)] if wide else []), t("col.role", lang)]
    columns += [*([t("col.overall", lang)] if wide else []), "JPM", t("col.priority_short", lang)]
    first_gap = len(columns)
    columns += [domain_code(key) for key in domain_ids] + ["JP"]
    rows, styles = [], []
    for result in shown:
        row = [result.name or "", *([result.unit or ""] if wide else []), result.role]
        if wide:
            row.append("-" if result.overall is None else f"{result.overall:.1f}")
        row += ["-" if result.jpm is None else f"{result.jpm:.0f}", t(f"priority.{result.priority.value}", lang)]
        for key in domain_ids:
            gap = result.domains[key].gap
            row.append(f"+{gap}" if gap is not None and gap > 0 else "")
        row.append(f"{sum(hours[course] for course in result.trainings):g}")
        rows.append(row)
        styles.append({Priority.HIGH: "red", Priority.MEDIUM: "yellow"}.get(result.priority))
    notes = [t("demo.more", lang, rest=len(results) - len(shown))] if len(shown) < len(results) else []
    return Section(
        t("section.demo", lang),
        columns,
        rows,
        numeric=frozenset(range(first_gap - 3 if wide else first_gap - 2, len(columns))) - {first_gap - 1},
        nowrap=frozenset({first_gap - 1}),
        notes=[*notes, t("gap_legend", lang), t("review_note", lang)],
        styles=styles,
    )
