"""`asn-skills assess`: one employee answers in the terminal, or from an answers file."""

from __future__ import annotations

import shlex
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from asn_skills.cli.console import (
    Settings,
    complain,
    default_round,
    err_console,
    inform,
    notes_on_stderr,
    out_console,
)
from asn_skills.cli.formats import emit
from asn_skills.cli.interview import Prompts
from asn_skills.cli.options import (
    AgencyFileOption,
    AgencyOption,
    NoNipCheckOption,
    QuestionnaireOption,
    ResultFormatOption,
    StoreRoundOption,
)
from asn_skills.cli.terminal import print_document
from asn_skills.cli.texts import h, t
from asn_skills.errors import AsnSkillsError
from asn_skills.i18n import default_language, translate
from asn_skills.ingest.answers_file import read_answers
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.agency import Agency
from asn_skills.render.formats import ResultFormat
from asn_skills.render.view import View
from asn_skills.reports.views.letterhead import chosen_agency
from asn_skills.reports.views.person import bar_width, person_document
from asn_skills.scoring.result import Result, as_record
from asn_skills.session.answered import check_role, checked_nip, store_answered
from asn_skills.session.dialogue import QuitRequested, ask_questions, introduce
from asn_skills.session.interview import Given, Interview, Step
from asn_skills.store.store import Store


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def assess(
    ctx: typer.Context,
    questionnaire_name: QuestionnaireOption = MAIN,
    nip: Annotated[str | None, typer.Option(help=h("help.assess.nip"), show_default=False)] = None,
    name: Annotated[str | None, typer.Option(help=h("help.assess.name"), show_default=False)] = None,
    unit: Annotated[str | None, typer.Option(help=h("help.assess.unit"), show_default=False)] = None,
    role: Annotated[str | None, typer.Option(help=h("help.assess.role"), show_default=False)] = None,
    round_name: StoreRoundOption = None,
    answers_file: Annotated[
        Path | None, typer.Option("--answers", help=h("help.assess.answers"), dir_okay=False, show_default=False)
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help=h("help.assess.resume"))] = False,
    no_nip_check: NoNipCheckOption = False,
    output_format: ResultFormatOption = ResultFormat.TERMINAL,
    agency_name: AgencyOption = None,
    agency_file: AgencyFileOption = None,
) -> None:
    settings: Settings = ctx.obj
    lang = settings.lang
    questionnaire = load_questionnaire(questionnaire_name)
    agency = chosen_agency(agency_name, agency_file)
    check_role(questionnaire, role)
    given_round = round_name
    round_name = round_name or default_round(settings)
    if nip is not None:
        nip = checked_nip(nip, not no_nip_check, lang)
    if answers_file is not None:
        if nip is None:
            raise AsnSkillsError("assess_needs_nip")
        answers = read_answers(answers_file, questionnaire)
        result = store_answered(
            settings.db_path(),
            questionnaire,
            answers,
            Given(nip, name, unit, role),
            round_name=round_name,
            lang=lang,
            notify=notes_on_stderr(settings),
        )
        _print_result(questionnaire, result, lang, output_format)
        return
    if not stdin_is_terminal():
        raise AsnSkillsError("assess_needs_terminal")
    again = _resume_command(settings, questionnaire_name, given_round, no_nip_check)
    _interactive(
        settings,
        questionnaire,
        Given(nip, name, unit, role),
        round_name,
        resume,
        not no_nip_check,
        output_format,
        again,
        agency,
    )


def _resume_command(settings: Settings, questionnaire_name: str, round_name: str | None, no_nip_check: bool) -> str:
    """The command that continues this assessment, repeating the options that were given."""
    parts = ["asn-skills", "assess"]
    if settings.lang != default_language():
        parts += ["--lang", settings.lang]
    if settings.db is not None:
        parts += ["--db", str(settings.db)]
    if questionnaire_name != MAIN:
        parts += ["-q", questionnaire_name]
    if round_name is not None:
        parts += ["--round", round_name]
    if no_nip_check:
        parts.append("--no-nip-check")
    return " ".join(shlex.quote(part) for part in parts)


def _interactive(
    settings: Settings,
    questionnaire: Questionnaire,
    given: Given,
    round_name: str,
    resume: bool,
    check_nip: bool,
    output_format: ResultFormat,
    again: str,
    agency: Agency | None,
) -> None:
    lang = settings.lang
    console = err_console()
    prompts = Prompts(questionnaire, lang, console, lambda prompt: console.input(Text(prompt, style="bold")), agency)
    with Store.open(settings.db_path()) as store:
        interview = Interview(store, questionnaire, round_name, given, resume=resume, check_nip=check_nip, lang=lang)
        introduce(interview, prompts, str(store.path))
        if interview.step is Step.DECLINED:
            inform(settings, t("interview.declined", lang))
            return
        try:
            ask_questions(interview, prompts)
        except (QuitRequested, EOFError):
            complain(_saved(lang, interview.answers, questionnaire, again, interview.nip or ""))
            return
        except KeyboardInterrupt:
            console.print()
            complain(_saved(lang, interview.answers, questionnaire, again, interview.nip or ""))
            raise typer.Exit(130) from None
        result = interview.result
        assert result is not None
        stored_at = store.path
    console.print()
    _print_result(questionnaire, result, lang, output_format)
    inform(settings, translate("assessment_stored", lang, path=stored_at, round=round_name))


def _saved(lang: str, answers: dict[str, Any], questionnaire: Questionnaire, again: str, nip: str) -> str:
    return t(
        "interview.saved",
        lang,
        answered=len(answers),
        total=len(questionnaire.questions),
        command=f"{again} --nip {nip} --resume",
    )


def _print_result(questionnaire: Questionnaire, result: Result, lang: str, output_format: ResultFormat) -> None:
    """The personal report; on an interactive terminal the short summary first (areas, overall, the review
    note: one screen) and the rest (what to discuss, courses) when asked."""
    record = as_record(result)
    if output_format is not ResultFormat.TERMINAL:
        emit(output_format, View(person_document(questionnaire, record, lang), record))
        return
    console = out_console()
    document = person_document(questionnaire, record, lang, bars=bar_width(console.width))
    rest = replace(document, title="", subtitle="", footer=(), blocks=document.without("domains").blocks)
    if not rest.blocks or not (sys.stdin.isatty() and console.is_terminal):
        print_document(console, document)
        return
    print_document(console, document.only("domains"))
    if typer.confirm(t("assess.more", lang), default=False):
        print_document(console, rest)
    else:
        inform_hint = t("assess.more_later", lang, nip=record["nip"] or "")
        console.print(Text(inform_hint, style="dim"))
