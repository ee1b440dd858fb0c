"""One person's result as the terminal report: bars per area, JPM, courses and the review note."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from asn_skills.cli.texts import t
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.result import Result

BAR_WIDTH = 20


def bar(score: float | None, width: int = BAR_WIDTH) -> Text:
    if score is None:
        return Text("·" * width, style="dim")
    filled = round(score / 100 * width)
    return Text("█" * filled, style="cyan") + Text("░" * (width - filled), style="dim")


def person_report(questionnaire: Questionnaire, result: Result, lang: str) -> Group:
    """The personal report printed at the end of `assess` (and by `report --nip`)."""
    q = questionnaire
    role = next((role for role in q.roles if role.id == result.role), q.default_role)
    who = " · ".join(part for part in (result.name, result.nip, q.text(role.name, lang), result.unit) if part)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column(t("col.domain", lang))
    table.add_column("", no_wrap=True)
    table.add_column(t("col.overall", lang), justify="right", no_wrap=True)
    table.add_column(t("col.level", lang), no_wrap=True)
    table.add_column(t("col.required", lang), no_wrap=True)
    for domain in q.domains:
        value = result.domains[domain.id]
        status = _status(value.gap, lang)
        table.add_row(
            Text(q.text(domain.name, lang)),
            bar(value.score),
            "-" if value.score is None else f"{value.score:.1f}",
            q.level_name(value.level, lang),
            Text(f"{q.level_name(value.required, lang)} ") + status,
        )
    lines: list[Text | Table] = [Text(who, style="bold"), table]
    overall = "-" if result.overall is None else f"{result.overall:.1f} ({q.level_name(result.level, lang)})"
    summary = t("person.overall", lang, overall=overall)
    if result.jpm is not None and result.match is not None:
        summary += " · " + t("person.jpm", lang, jpm=f"{result.jpm:.0f}", band=t(f"match.{result.match.value}", lang))
    summary += " · " + t("person.priority", lang, priority=t(f"priority_long.{result.priority.value}", lang))
    lines.append(Text(summary))
    for domain in q.domains:
        value = result.domains[domain.id]
        if value.overestimates:
            lines.append(
                Text(
                    t(
                        "person.overestimates",
                        lang,
                        domain=q.text(domain.name, lang),
                        self=f"{value.self:.0f}",
                        knowledge=f"{value.knowledge:.0f}",
                    ),
                    style="yellow",
                )
            )
    lines += [Text(warning, style="yellow") for warning in result.warnings]
    lines += _courses(q, result, lang)
    lines.append(Text(t("review_note", lang), style="dim"))
    return Group(*lines)


def _status(gap: int | None, lang: str) -> Text:
    if gap is None:
        return Text("")
    if gap > 0:
        return Text(t("person.short", lang, gap=gap), style="red")
    return Text("✓", style="green")


def _courses(q: Questionnaire, result: Result, lang: str) -> list[Text | Table]:
    if not result.trainings and not result.deferred:
        return [Text(t("person.no_courses", lang), style="green")] if not result.needs_training else []
    trainings = {training.id: training for training in q.trainings}
    total = sum(trainings[course].hours for course in result.trainings)
    heading = Text(t("person.courses", lang, hours=f"{total:g}", budget=f"{q.policy.jp_budget:g}"), style="bold")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column(t("col.course", lang))
    table.add_column(t("col.jp", lang), justify="right", no_wrap=True)
    table.add_column(t("col.mode", lang), no_wrap=True)
    table.add_column(t("col.provider", lang))
    for course in result.trainings:
        training = trainings[course]
        table.add_row(
            Text(q.text(training.title, lang)), f"{training.hours:g}", training.mode.value, Text(training.provider)
        )
    parts: list[Text | Table] = [heading, table] if result.trainings else []
    if result.deferred:
        names = "; ".join(q.text(trainings[course].title, lang) for course in result.deferred)
        parts.append(Text(t("person.deferred", lang, courses=names), style="dim"))
    return parts


def print_person(console: Console, questionnaire: Questionnaire, result: Result, lang: str) -> None:
    console.print(
        Panel(
            person_report(questionnaire, result, lang),
            title=Text(questionnaire.text(questionnaire.title, lang)),
            title_align="left",
            box=box.ROUNDED,
            expand=False,
        )
    )
