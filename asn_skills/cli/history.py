"""`asn-skills history NIP`: one person's assessments over time, with the change per area."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from asn_skills.cli.console import Settings, inform
from asn_skills.cli.formats import ResultFormat, View, emit
from asn_skills.cli.options import ReadQuestionnaireOption, ResultFormatOption
from asn_skills.cli.texts import h, t
from asn_skills.errors import AsnSkillsError
from asn_skills.identity import normalise_nip
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.render.document import Document, Section, number
from asn_skills.store.store import Store, Stored


def history(
    ctx: typer.Context,
    nip: Annotated[str, typer.Argument(help=h("help.history.nip"), show_default=False)],
    questionnaire_name: ReadQuestionnaireOption = None,
    output_format: ResultFormatOption = ResultFormat.TERMINAL,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    wanted = normalise_nip(nip)
    with Store.read(settings.db_path()) as store:
        assessments = store.history(wanted)
    if not assessments:
        raise AsnSkillsError("nip_not_in_store", nip=wanted, path=str(settings.db_path()))
    assessments = _of_one_instrument(settings, assessments, questionnaire_name)
    name = next((stored.result.name for stored in reversed(assessments) if stored.result.name), None)
    heading = t("history.heading", lang, who=f"{name} ({wanted})" if name else wanted)
    section = _section(assessments, lang)
    emit(output_format, View(Document(heading, [section]), [_record(stored) for stored in assessments], section))


def _of_one_instrument(settings: Settings, assessments: list[Stored], name: str | None) -> list[Stored]:
    """The assessments with `-q` (an id, or a file whose id is taken); without it the person's latest
    instrument, said on stderr when they were also assessed with others."""
    held = list(dict.fromkeys(stored.questionnaire_id for stored in reversed(assessments)))
    if name is None:
        wanted = held[0]
        if len(held) > 1:
            inform(settings, t("instrument.person", settings.lang, id=wanted, others=", ".join(held[1:])))
    else:
        path = Path(name)
        wanted = load_questionnaire(path).id if path.suffix.lower() == ".toml" or path.is_file() else name
    chosen = [stored for stored in assessments if stored.questionnaire_id == wanted]
    if not chosen:
        raise AsnSkillsError("nip_not_with_instrument", id=wanted, known=", ".join(held))
    return chosen


def _record(stored: Stored) -> dict[str, Any]:
    return {
        **stored.result.model_dump(mode="json"),
        "assessed_at": stored.finished_at.isoformat(),
        "round": stored.round,
        "questionnaire": stored.questionnaire_id,
    }


def _section(assessments: list[Stored], lang: str) -> Section:
    """One row per assessment; each area shows its score and the change since the previous one."""
    domain_ids = list(dict.fromkeys(key for stored in assessments for key in stored.result.domains))
    rows = []
    previous: dict[str, Stored] = {}
    for stored in assessments:
        before = previous.get(stored.questionnaire_id)
        cells = [f"{stored.finished_at.astimezone():%d/%m/%Y}", stored.round or "", stored.questionnaire_id]
        for key in domain_ids:
            value = stored.result.domains.get(key)
            old = before.result.domains.get(key) if before else None
            cells.append(_with_change(value.score if value else None, old.score if old else None))
        cells.append(_with_change(stored.result.overall, before.result.overall if before else None))
        rows.append(cells)
        previous[stored.questionnaire_id] = stored
    columns = [
        t("col.date", lang),
        t("col.round", lang),
        t("col.questionnaire", lang),
        *(key[:3].upper() for key in domain_ids),
        t("col.overall", lang),
    ]
    return Section(
        t("history.title", lang),
        columns,
        rows,
        numeric=frozenset(range(3, len(columns))),
        nowrap=frozenset({0, 1, 2}),
        notes=[t("history.legend", lang, codes=", ".join(f"{k[:3].upper()} = {k}" for k in domain_ids))],
    )


def _with_change(score: float | None, before: float | None) -> str:
    if score is None:
        return "-"
    if before is None:
        return number(score).text
    return f"{number(score).text} ({score - before:+.1f})"
