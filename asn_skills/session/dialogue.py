"""The dialogue of an interview: which prompt comes next, from consent to the last question, for any front
end that can show a prompt and read a reply (`Prompts`); the state machine (`Interview`) decides the rest."""

from __future__ import annotations

from typing import Any, Protocol

from asn_skills.locale_format import day
from asn_skills.questionnaire.model import Question, Role
from asn_skills.session.interview import Interview, Refusal, Step
from asn_skills.session.replies import Command, is_back


class QuitRequested(Exception):
    """The person asked to stop (typed `q`): answers so far are kept."""


class Prompts(Protocol):
    """What a front end shows and reads; `key` and `params` name a text of the interview."""

    lang: str

    def ask(self, key: str, **params: Any) -> str:
        """One reply to the prompt `key`."""

    def confirm(self, key: str, **params: Any) -> bool:
        """Yes or no to the question `key`."""

    def refused(self, refusal: Refusal | None) -> None:
        """Say why a reply was not taken (nothing when it was)."""

    def consent(self, store_path: str) -> bool:
        """What is measured and where it is kept, then whether the person agrees."""

    def pick_role(self) -> Role | None:
        """The role chosen; None when the person goes back."""

    def show(self, question: Question, index: int, current: Any) -> None:
        """Question `index` (0-based) with its options and the current answer, if any."""

    def reply(self, question: Question, current: Any) -> Any:
        """The answer given, `current` to keep it, or Command.BACK; raises QuitRequested."""


def introduce(interview: Interview, prompts: Prompts, store_path: str) -> None:
    """Consent, NIP, retake, resume and identity: until the first question, or until the person declines."""
    while interview.step not in (Step.QUESTION, Step.FINISHED, Step.DECLINED):
        step = interview.step
        if step is Step.CONSENT:
            interview.consent(prompts.consent(store_path))
        elif step is Step.NIP:
            reply = prompts.ask("interview.ask_nip")
            prompts.refused(interview.back_to_previous() if is_back(reply) else interview.give_nip(reply))
        elif step is Step.RETAKE:
            assert interview.finished_before is not None
            done = day(interview.finished_before, prompts.lang)
            interview.retake(prompts.confirm("interview.retake", round=interview.round_name, date=done))
        elif step is Step.RESUME:
            pending = interview.pending
            assert pending is not None
            interview.resume(
                prompts.confirm(
                    "interview.resume",
                    answered=len(pending.answers),
                    total=len(interview.q.questions),
                    started=f"{day(pending.started_at, prompts.lang)} {pending.started_at.astimezone():%H:%M}",
                )
            )
        elif step is Step.NAME:
            reply = prompts.ask("interview.ask_name")
            prompts.refused(interview.back_to_previous() if is_back(reply) else interview.give_name(reply))
        elif step is Step.UNIT:
            reply = prompts.ask("interview.ask_unit")
            if is_back(reply):
                prompts.refused(interview.back_to_previous())
            else:
                interview.give_unit(reply)
        elif step is Step.ROLE:
            role = prompts.pick_role()
            if role is None:
                prompts.refused(interview.back_to_previous())
            else:
                interview.choose_role(role)


def ask_questions(interview: Interview, prompts: Prompts) -> None:
    """Every question from the first unanswered one until the result; raises QuitRequested on `q`."""
    while interview.step is Step.QUESTION:
        question, current = interview.question, interview.current
        prompts.show(question, interview.index, current)
        while True:
            found = prompts.reply(question, current)
            if found is not Command.BACK:
                interview.answer(found)
                break
            refusal = interview.back()
            if refusal is None:
                break
            prompts.refused(refusal)
