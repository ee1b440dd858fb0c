"""Report and plan data turned into documents (titled tables and bar charts) in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from asn_skills.cli.tables import Bars, Block, Document, Section
from asn_skills.cli.texts import t
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.result import Record


def number(value: float | None, digits: int = 1) -> str:
    """A score or percentage cut (not rounded) to `digits` decimals, so 80.95 never reads as a band's 81.0."""
    if value is None:
        return "-"
    return f"{Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_FLOOR):.{digits}f}"


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{100 * share:.0f}%"


def code(domain_id: str) -> str:
    """A three-letter code for narrow tables: `keamanan` -> `KEA`."""
    return domain_id[:3].upper()


def shade(questionnaire: Questionnaire, level: int | None) -> int | None:
    """0 (weakest) to 3 (strongest): the level's place among the questionnaire's levels."""
    if level is None:
        return None
    numbers = [band.level for band in questionnaire.levels]
    if level not in numbers or len(numbers) == 1:
        return None
    return round(numbers.index(level) / (len(numbers) - 1) * 3)


def footer(lang: str) -> list[str]:
    return [t("review_note", lang)]


def _title(questionnaire: Questionnaire, key: str, lang: str, round_name: str) -> str:
    return f"{questionnaire.text(questionnaire.title, lang)} - {t(key, lang, round=round_name)}"


def organisation_document(questionnaire: Questionnaire, report: dict[str, Any], lang: str) -> Document:
    q = questionnaire
    title = _title(q, "report.organisation", lang, report["round"])
    if report["suppressed"]:
        note = t("report.suppressed", lang, n=report["n"], minimum=q.policy.min_group_size)
        return Document(title, [], subtitle=note, footer=footer(lang), lang=lang)
    priority = report.get("priority", {})
    subtitle = t(
        "report.headline",
        lang,
        n=report["n"],
        flagged=report["flagged"],
        high=priority.get("high", 0),
        medium=priority.get("medium", 0),
        low=priority.get("low", 0),
        overall=number(report.get("overall")),
    )
    domains = report["domains"]
    bars = Bars(
        t("report.domain_means", lang),
        [
            (
                q.text(domain.name, lang),
                domains[domain.id]["mean"],
                t(
                    "report.bar_text",
                    lang,
                    mean=number(domains[domain.id]["mean"]),
                    below=_percent(domains[domain.id]["below"]),
                ),
            )
            for domain in q.domains
        ],
    )
    level_columns = [q.text(level.name, lang) for level in q.levels]
    rows = []
    for domain in q.domains:
        figures = domains[domain.id]
        rows.append(
            [
                q.text(domain.name, lang),
                number(figures["mean"]),
                *(str(figures["levels"][str(level.level)]) for level in q.levels),
                _percent(figures["below"]),
                str(figures["overestimates"]),
            ]
        )
    weakest = ", ".join(q.text(q.domains_by_id[key].name, lang) for key in report.get("weakest", [])[:2])
    table = Section(
        t("report.domains", lang),
        [
            t("col.domain", lang),
            t("col.mean", lang),
            *level_columns,
            t("col.below", lang),
            t("col.overestimates", lang),
        ],
        rows,
        numeric=frozenset(range(1, len(level_columns) + 4)),
        notes=[
            *([t("report.weakest", lang, domains=weakest)] if weakest else []),
            t("report.overestimates_note", lang),
        ],
    )
    blocks: list[Block] = [replace(bars, name="means"), replace(table, name="domains")]
    if "national" in report:
        blocks.append(replace(national_section(q, report["national"], lang), name="national"))
    blocks.append(replace(units_section(q, report["units"][:10], lang, t("report.units_top", lang)), name="top_units"))
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang)


def national_section(questionnaire: Questionnaire, national: dict[str, Any], lang: str) -> Section:
    rows = []
    for key, value in national["domains"].items():
        name = (
            questionnaire.text(questionnaire.domains_by_id[key].name, lang)
            if key in questionnaire.domains_by_id
            else key
        )
        rows.append([name, number(value["here"], 2), number(value["national"], 2), _difference(value)])
    overall = national["overall"]
    rows.append(
        [t("report.overall", lang), number(overall["here"], 2), number(overall["national"], 2), _difference(overall)]
    )
    return Section(
        t("report.national", lang),
        [t("col.domain", lang), t("col.here", lang), t("col.national", lang), t("col.difference", lang)],
        rows,
        numeric=frozenset({1, 2, 3}),
        notes=[national["source"], t("report.national_indicative", lang)],
    )


def _difference(value: dict[str, float | None]) -> str:
    if value["here"] is None or value["national"] is None:
        return "-"
    return f"{value['here'] - value['national']:+.2f}"


def units_section(questionnaire: Questionnaire, units: Sequence[dict[str, Any]], lang: str, title: str) -> Section:
    q = questionnaire
    columns = [
        t("col.unit", lang),
        "n",
        t("col.flagged_share", lang),
        *(code(d.id) for d in q.domains),
        t("col.overall", lang),
    ]
    rows: list[list[str]] = []
    shades: list[list[int | None]] = []
    for entry in units:
        if entry["suppressed"]:
            hidden = t("report.small_group", lang, minimum=q.policy.min_group_size)
            rows.append([entry["unit"], str(entry["n"]), hidden, *("" for _ in q.domains), ""])
            shades.append([])
            continue
        means = [entry["domains"][d.id]["mean"] for d in q.domains]
        rows.append(
            [
                entry["unit"],
                str(entry["n"]),
                _percent(entry["flagged"] / entry["n"]),
                *(number(mean) for mean in means),
                number(entry["overall"]),
            ]
        )
        shades.append([None, None, None, *(shade(q, entry["domains"][d.id]["level"]) for d in q.domains), None])
    legend = ", ".join(f"{code(d.id)} = {q.text(d.name, lang)}" for d in q.domains)
    return Section(
        title,
        columns,
        rows,
        numeric=frozenset(range(1, len(columns))),
        shades=shades,
        notes=[legend, t("report.shade_legend", lang)],
    )


def units_document(questionnaire: Questionnaire, report: dict[str, Any], lang: str) -> Document:
    title = _title(questionnaire, "report.units", lang, report["round"])
    section = units_section(questionnaire, report["units"], lang, t("report.units_all", lang))
    return Document(title, [replace(section, name="units")], footer=footer(lang), lang=lang)


def flagged_section(
    questionnaire: Questionnaire, records: Sequence[Record], lang: str, compact: bool = False
) -> Section:
    """Staff needing training; `compact` (narrow terminals) leaves out NIP, role and course titles."""
    q = questionnaire
    catalogue = {training.id: training for training in q.trainings}
    rows, styles = [], []
    for record in records:
        gaps = " ".join(
            f"{code(key)}+{value['gap']}"
            for key, value in record["domains"].items()
            if value["gap"] is not None and value["gap"] > 0
        )
        courses = [c for c in record["trainings"] if c in catalogue]
        hours = f"{sum(catalogue[c].hours for c in courses):g}"
        priority = t(f"priority.{record['priority']}", lang)
        name, unit = record.get("name") or "-", record.get("unit") or "-"
        if compact:
            rows.append([name, unit, priority, number(record["jpm"], 0), gaps, str(len(courses)), hours])
        else:
            titles = "\n".join(q.text(catalogue[c].title, lang) for c in courses)
            rows.append(
                [
                    name,
                    record.get("nip") or "-",
                    unit,
                    record["role"],
                    priority,
                    number(record["jpm"], 0),
                    gaps,
                    titles,
                    hours,
                ]
            )
        styles.append({"high": "red", "medium": "yellow"}.get(record["priority"]))
    title = t("report.flagged_title", lang, n=len(records))
    if compact:
        columns = [
            t("col.name", lang),
            t("col.unit", lang),
            t("col.priority_short", lang),
            "JPM",
            t("col.gaps", lang),
            t("col.courses_count", lang),
            "JP",
        ]
        return Section(
            title,
            columns,
            rows,
            numeric=frozenset({3, 5, 6}),
            nowrap=frozenset({2}),
            styles=styles,
            notes=[t("report.compact_note", lang)],
        )
    columns = [
        t("col.name", lang),
        t("col.nip", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.priority_short", lang),
        "JPM",
        t("col.gaps", lang),
        t("col.trainings", lang),
        "JP",
    ]
    return Section(title, columns, rows, numeric=frozenset({5, 8}), nowrap=frozenset({1, 4}), styles=styles)


def flagged_document(
    questionnaire: Questionnaire,
    records: Sequence[Record],
    round_name: str,
    lang: str,
    total: int,
    compact: bool = False,
) -> Document:
    title = _title(questionnaire, "report.flagged", lang, round_name)
    section = flagged_section(questionnaire, records, lang, compact)
    notes = [t("demo.more", lang, rest=total - len(records))] if total > len(records) else []
    return Document(title, [replace(section, name="flagged")], subtitle=" ".join(notes), footer=footer(lang), lang=lang)


def items_document(questionnaire: Questionnaire, stats: dict[str, Any], round_name: str, lang: str) -> Document:
    q = questionnaire
    domains = Section(
        t("report.reliability", lang),
        [t("col.domain", lang), "alpha", t("col.complete", lang), t("col.items", lang)],
        [
            [
                q.text(d.name, lang),
                number(stats["domains"][d.id]["alpha"], 2),
                str(stats["domains"][d.id]["n"]),
                str(stats["domains"][d.id]["items"]),
            ]
            for d in q.domains
        ],
        numeric=frozenset({1, 2, 3}),
        notes=[t("report.alpha_note", lang)],
    )
    rows, styles = [], []
    for question in q.questions:
        item = stats["items"][question.id]
        rows.append(
            [
                question.id,
                code(question.domain),
                question.kind.value,
                number(item["difficulty"], 2),
                number(item["discrimination"], 2),
                number(item["alpha_if_dropped"], 2),
                t("report.weak_item", lang) if item["weak"] else "",
                str(item["n"]),
            ]
        )
        styles.append("yellow" if item["weak"] else None)
    items = Section(
        t("report.items", lang),
        [
            t("col.item", lang),
            t("col.domain", lang),
            t("col.kind", lang),
            t("col.difficulty", lang),
            t("col.discrimination", lang),
            t("col.alpha_dropped", lang),
            "",
            "n",
        ],
        rows,
        numeric=frozenset({3, 4, 5, 7}),
        styles=styles,
        notes=[t("report.items_note", lang)],
    )
    blocks = [replace(domains, name="reliability"), replace(items, name="items")]
    return Document(_title(q, "report.items_title", lang, round_name), blocks, footer=footer(lang), lang=lang)


def compare_document(questionnaire: Questionnaire, comparison: dict[str, Any], lang: str) -> Document:
    q = questionnaire
    first, second = comparison["rounds"]
    rows = []
    for entry in comparison["units"]:
        counts = f"{entry['n'][0]} → {entry['n'][1]}"
        if entry["suppressed"]:
            rows.append([entry["unit"], counts, *("" for _ in q.domains)])
            continue
        rows.append([entry["unit"], counts, *(_signed(entry["domains"][d.id]["change"]) for d in q.domains)])
    table = Section(
        t("report.compare_units", lang, first=first, second=second),
        [t("col.unit", lang), "n", *(code(d.id) for d in q.domains)],
        rows,
        numeric=frozenset(range(1, len(q.domains) + 2)),
        notes=[t("report.small_groups_blank", lang, minimum=q.policy.min_group_size)],
    )
    movers = Section(
        t("report.movers", lang),
        [t("col.change", lang), "n", t("col.nip", lang)],
        [
            [t("report.out_of_need", lang), str(len(comparison["out_of_need"])), ", ".join(comparison["out_of_need"])],
            [t("report.into_need", lang), str(len(comparison["into_need"])), ", ".join(comparison["into_need"])],
        ],
        numeric=frozenset({1}),
        notes=[t("report.in_both", lang, n=comparison["in_both"])],
    )
    title = f"{q.text(q.title, lang)} - {t('report.compare', lang, first=first, second=second)}"
    blocks = [replace(table, name="units"), replace(movers, name="movers")]
    return Document(title, blocks, footer=footer(lang), lang=lang)


def _signed(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1f}"


def plan_document(questionnaire: Questionnaire, plan: dict[str, Any], round_name: str, lang: str) -> Document:
    q = questionnaire
    courses = Section(
        t("plan.courses", lang),
        [
            f"{t('col.course', lang)}\n{t('col.provider', lang)}",
            t("col.domain", lang),
            t("col.participants", lang),
            t("col.suggestions", lang),
            t("col.classes", lang),
            "JP",
            t("col.jp_total", lang),
            t("col.mode", lang),
            t("col.deferred", lang),
        ],
        [
            [
                f"{q.text(c['title'], lang)}\n{c['provider']}",
                code(c["domain"]),
                str(c["participants"]),
                str(c["suggestions"]),
                str(c["classes"]),
                f"{c['hours']:g}",
                f"{c['hours_total']:g}",
                c["mode"],
                str(c["deferred"]),
            ]
            for c in plan["courses"]
        ],
        numeric=frozenset({2, 3, 4, 5, 6, 8}),
        nowrap=frozenset({7}),
        notes=[t("plan.courses_note", lang, size=q.policy.class_size)],
    )
    by_unit = Section(
        t("plan.by_unit", lang),
        [t("col.course", lang), t("col.unit", lang), t("col.participants", lang)],
        [[q.text(c["title"], lang), unit, str(count)] for c in plan["courses"] for unit, count in c["by_unit"].items()],
        numeric=frozenset({2}),
    )
    catalogue = {training.id: training for training in q.trainings}
    employees = Section(
        t("plan.employees", lang),
        [
            t("col.name", lang),
            t("col.nip", lang),
            t("col.unit", lang),
            t("col.priority_short", lang),
            t("col.trainings", lang),
            "JP",
            t("col.deferred", lang),
        ],
        [
            [
                e.get("name") or "-",
                e.get("nip") or "-",
                e.get("unit") or "-",
                t(f"priority.{e['priority']}", lang),
                "\n".join(q.text(catalogue[c].title, lang) for c in e["trainings"]),
                f"{e['hours']:g}",
                "\n".join(q.text(catalogue[c].title, lang) for c in e["deferred"] if c in catalogue),
            ]
            for e in plan["employees"]
        ],
        numeric=frozenset({5}),
        nowrap=frozenset({1}),
        notes=[t("plan.budget_note", lang, budget=f"{q.policy.jp_budget:g}")],
    )
    totals = plan["totals"]
    subtitle = t(
        "plan.headline",
        lang,
        employees=totals["employees"],
        classes=totals["classes"],
        hours=f"{totals['hours_total']:g}",
        participant_hours=f"{totals['participant_hours']:g}",
    )
    title = f"{q.text(q.title, lang)} - {t('plan.title', lang, round=round_name)}"
    blocks = [replace(courses, name="courses"), replace(by_unit, name="by_unit"), replace(employees, name="employees")]
    return Document(title, blocks, subtitle=subtitle, footer=footer(lang), lang=lang)
