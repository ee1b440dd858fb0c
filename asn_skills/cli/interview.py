"""The interview on the terminal: Rich prompts for the session's dialogue (`session/dialogue.py`).

Input comes through `ask` (a function reading one line) so tests can script it; the state machine keeps
every answer in the store at once, so an interrupted session loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from asn_skills.deploy.privacy import privacy_notice
from asn_skills.i18n import translate
from asn_skills.questionnaire.model import Kind, Question, Questionnaire, Role
from asn_skills.render.agency import Agency
from asn_skills.render.visible import visible
from asn_skills.session.dialogue import QuitRequested
from asn_skills.session.interview import Problem, Refusal
from asn_skills.session.replies import (
    Command,
    Unreadable,
    is_back,
    option_numbers,
    read_answer,
    role_by_number,
    yes_or_no,
)

Ask = Callable[[str], str]

_SAID = {
    Problem.NIP_MISSING: "interview.required",
    Problem.NAME_MISSING: "interview.name_required",
    Problem.AT_FIRST: "interview.at_first",
}


class Prompts:
    """What the person sees and types on the terminal: texts of the questionnaire and the interview, one line
    per reply (the `Prompts` the session's dialogue drives)."""

    def __init__(
        self, questionnaire: Questionnaire, lang: str, console: Console, ask: Ask, agency: Agency | None = None
    ) -> None:
        self.q = questionnaire
        self.lang = lang
        self.console = console
        self._ask = ask
        self.agency = agency

    def shown(self, text: Any) -> str:
        """A text of the questionnaire in the interview's language, control characters made visible."""
        return visible(self.q.text(text, self.lang))

    def say(self, text: str | Text, style: str | None = None) -> None:
        self.console.print(text if isinstance(text, Text) else Text(visible(text), style=style or ""))

    def ask(self, key: str, **params: Any) -> str:
        return self._ask(visible(translate(key, self.lang, **params)) + " ").strip()

    def confirm(self, key: str, **params: Any) -> bool:
        while True:
            agreed = yes_or_no(self.ask(key, **params))
            if agreed is not None:
                return agreed
            self.say(translate("interview.yes_no", self.lang), style="yellow")

    def refused(self, refusal: Refusal | None) -> None:
        """Say why a reply was not taken (nothing when it was)."""
        if refusal is None:
            return
        if refusal.reason is not None:
            self.say(translate(refusal.reason, self.lang), style="yellow")
        else:
            self.say(translate(_SAID[refusal.problem], self.lang), style="yellow")

    # -- before the questions

    def consent(self, store_path: str) -> bool:
        q, lang = self.q, self.lang
        self.console.rule(Text(self.shown(q.title), style="bold"))
        # The questionnaire's description is a note for the agency; the person reads the privacy notice.
        notice = privacy_notice(q, self.agency, lang)
        self.say(notice[0], style="bold")
        for paragraph in notice[1:]:
            self.say(paragraph)
        self.console.print()
        domains = ", ".join(self.shown(domain.name) for domain in q.domains)
        self.say(translate("interview.measures", lang, domains=domains))
        self.say(translate("interview.duration", lang, items=len(q.questions), minutes=q.estimated_minutes()))
        self.say(translate("interview.stored", lang, path=store_path))
        self.say(translate("review_note", lang), style="dim")
        return self.confirm("interview.consent")

    def pick_role(self) -> Role | None:
        """The role chosen by its number; None when the person goes back."""
        roles = self.q.roles
        self.say(translate("interview.roles", self.lang), style="bold")
        listed = Table.grid(padding=(0, 1))
        listed.add_column(justify="right", width=4, no_wrap=True)
        listed.add_column()
        for number, role in enumerate(roles, 1):
            listed.add_row(str(number), Text(self.shown(role.name)))
        self.console.print(listed)
        while True:
            reply = self.ask("interview.ask_role", last=len(roles))
            if is_back(reply):
                return None
            chosen = role_by_number(reply, roles)
            if chosen is not None:
                return chosen
            self.say(translate("interview.pick_number", self.lang, last=len(roles)), style="yellow")

    # -- the questions

    def show(self, question: Question, index: int, current: Any) -> None:
        q, lang = self.q, self.lang
        domain = q.domains_by_id[question.domain]
        self.console.print()
        self.console.rule(Text(f"{self.shown(domain.name)}  {index + 1}/{len(q.questions)}"), align="left")
        self.say(Text(self.shown(question.text), style="bold"))
        options = Table.grid(padding=(0, 1))
        options.add_column(justify="right", width=4, no_wrap=True)
        options.add_column(ratio=1)  # a long label wraps under itself, indented past its number
        options.add_column(no_wrap=True, style="dim")
        for number, option in enumerate(question.choices, 1):
            # the number typed here is not the value in exports: the value is shown beside it, never split
            value = translate("interview.value", lang, value=option.value) if str(option.value) != str(number) else ""
            options.add_row(str(number), Text(self.shown(option.label)), Text(visible(value)))
        self.console.print(options)
        if question.kind is Kind.MULTI:
            self.say(translate("interview.multi_hint", lang), style="dim")
        if current is not None:
            self.say(translate("interview.current", lang, answer=option_numbers(question, current)), style="dim")

    def reply(self, question: Question, current: Any) -> Any:
        """The value typed (a list for a multiple-choice question), or Command.BACK; raises QuitRequested."""
        last = len(question.choices)
        while True:
            found = read_answer(question, self.ask("interview.ask_answer", last=last), current)
            if found is Command.QUIT:
                raise QuitRequested
            if found is Command.KEEP:
                return current
            if found is Unreadable.NOT_A_NUMBER:
                self.say(translate("interview.pick_number", self.lang, last=last), style="yellow")
            elif found is Unreadable.ONE_ONLY:
                self.say(translate("interview.one_only", self.lang), style="yellow")
            else:
                return found
