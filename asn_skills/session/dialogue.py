"""The dialogue of an interview: which prompt comes next, from consent to the last question, for any front
end that can show a prompt and read a reply (`Prompts`); the state machine (`Interview`) decides the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from asn_skills.locale_format import day
from asn_skills.questionnaire.model import Question, Role
from asn_skills.session.interview import Interview, Problem, Refusal, Step
from asn_skills.session.replies import Command, Unreadable, is_back, read_answer, role_by_number, yes_or_no


class QuitRequested(Exception):
    """The person asked to stop (typed `q`): answers so far are kept."""


class Prompts(Protocol):
    """What a front end shows and reads; `key` and `params` name a text of the interview (asn_skills.i18n)."""

    lang: str

    def ask(self, key: str, **params: Any) -> str:
        """One reply to the prompt `key`."""

    def warn(self, key: str, **params: Any) -> None:
        """Say why a reply was not taken (text `key`)."""

    def present(self, store_path: str) -> None:
        """Before consent: what the questionnaire measures, how long it takes and where answers are kept."""

    def list_roles(self) -> None:
        """The questionnaire's roles, numbered from 1."""

    def show(self, question: Question, index: int, current: Any) -> None:
        """Question `index` (0-based) with its numbered options and the current answer, if any."""


_SAID = {
    Problem.NIP_MISSING: "interview.required",
    Problem.NAME_MISSING: "interview.name_required",
    Problem.AT_FIRST: "interview.at_first",
}


def confirm(prompts: Prompts, key: str, **params: Any) -> bool:
    """Yes or no to the question `key`, asked again until the reply is one of them."""
    while True:
        agreed = yes_or_no(prompts.ask(key, **params))
        if agreed is not None:
            return agreed
        prompts.warn("interview.yes_no")


def refused(prompts: Prompts, refusal: Refusal | None) -> None:
    """Say why a reply was not taken (nothing when it was)."""
    if refusal is not None:
        prompts.warn(refusal.reason if refusal.reason is not None else _SAID[refusal.problem])


def consent(prompts: Prompts, store_path: str) -> bool:
    """What the person agrees to, then whether they agree."""
    prompts.present(store_path)
    return confirm(prompts, "interview.consent")


def pick_role(prompts: Prompts, roles: Sequence[Role]) -> Role | None:
    """The role chosen by its number; None when the person goes back."""
    prompts.list_roles()
    while True:
        reply = prompts.ask("interview.ask_role", last=len(roles))
        if is_back(reply):
            return None
        chosen = role_by_number(reply, roles)
        if chosen is not None:
            return chosen
        prompts.warn("interview.pick_number", last=len(roles))


def reply(prompts: Prompts, question: Question, current: Any) -> Any:
    """The value typed (a list for a multiple-choice question), `current` kept, or Command.BACK; raises
    QuitRequested."""
    last = len(question.choices)
    while True:
        found = read_answer(question, prompts.ask("interview.ask_answer", last=last), current)
        if found is Command.QUIT:
            raise QuitRequested
        if found is Command.KEEP:
            return current
        if found is Unreadable.NOT_A_NUMBER:
            prompts.warn("interview.pick_number", last=last)
        elif found is Unreadable.ONE_ONLY:
            prompts.warn("interview.one_only")
        else:
            return found


def introduce(interview: Interview, prompts: Prompts, store_path: str) -> None:
    """Consent, NIP, retake, resume and identity: until the first question, or until the person declines."""
    while interview.step not in (Step.QUESTION, Step.FINISHED, Step.DECLINED):
        step = interview.step
        if step is Step.CONSENT:
            interview.consent(consent(prompts, store_path))
        elif step is Step.NIP:
            reply = prompts.ask("interview.ask_nip")
            refused(prompts, interview.back_to_previous() if is_back(reply) else interview.give_nip(reply))
        elif step is Step.RETAKE:
            assert interview.finished_before is not None
            done = day(interview.finished_before, prompts.lang)
            interview.retake(confirm(prompts, "interview.retake", round=interview.round_name, date=done))
        elif step is Step.RESUME:
            pending = interview.pending
            assert pending is not None
            interview.resume(
                confirm(
                    prompts,
                    "interview.resume",
                    answered=len(pending.answers),
                    total=len(interview.q.questions),
                    started=f"{day(pending.started_at, prompts.lang)} {pending.started_at.astimezone():%H:%M}",
                )
            )
        elif step is Step.NAME:
            reply = prompts.ask("interview.ask_name")
            refused(prompts, interview.back_to_previous() if is_back(reply) else interview.give_name(reply))
        elif step is Step.UNIT:
            reply = prompts.ask("interview.ask_unit")
            if is_back(reply):
                refused(prompts, interview.back_to_previous())
            else:
                interview.give_unit(reply)
        elif step is Step.ROLE:
            role = pick_role(prompts, interview.q.roles)
            if role is None:
                refused(prompts, interview.back_to_previous())
            else:
                interview.choose_role(role)


def ask_questions(interview: Interview, prompts: Prompts) -> None:
    """Every question from the first unanswered one until the result; raises QuitRequested on `q`."""
    while interview.step is Step.QUESTION:
        question, current = interview.question, interview.current
        prompts.show(question, interview.index, current)
        while True:
            found = reply(prompts, question, current)
            if found is not Command.BACK:
                interview.answer(found)
                break
            refusal = interview.back()
            if refusal is None:
                break
            refused(prompts, refusal)
