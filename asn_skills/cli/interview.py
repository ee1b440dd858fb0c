"""The interactive questionnaire: consent, identity, one question at a time, back and quit.

Input comes through `ask` (a function reading one line) so tests can script it; every answer goes to
`keep` at once, so an interrupted session loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from asn_skills.cli.texts import t
from asn_skills.i18n import translate
from asn_skills.identity import nip_problem, normalise_nip
from asn_skills.questionnaire.model import Kind, Question, Questionnaire, Role
from asn_skills.render.visible import visible

Ask = Callable[[str], str]
YES = {"y", "ya", "yes", "iya"}
NO = {"n", "t", "tidak", "no", "tdk"}
BACK = "b"
QUIT = "q"


class QuitRequested(Exception):
    """The person typed `q`: answers so far are kept."""


@dataclass
class Identity:
    nip: str
    name: str
    unit: str | None
    role: Role


class Interview:
    def __init__(self, questionnaire: Questionnaire, lang: str, console: Console, ask: Ask) -> None:
        self.q = questionnaire
        self.lang = lang
        self.console = console
        self._ask = ask

    def shown(self, text: Any) -> str:
        """A text of the questionnaire in the interview's language, control characters made visible."""
        return visible(self.q.text(text, self.lang))

    def say(self, text: str | Text, style: str | None = None) -> None:
        self.console.print(text if isinstance(text, Text) else Text(visible(text), style=style or ""))

    def ask(self, key: str, **params: Any) -> str:
        return self._ask(visible(t(key, self.lang, **params)) + " ").strip()

    def confirm(self, key: str, **params: Any) -> bool:
        while True:
            reply = self.ask(key, **params).casefold()
            if reply in YES:
                return True
            if reply in NO:
                return False
            self.say(t("interview.yes_no", self.lang), style="yellow")

    # -- before the questions

    def consent(self, store_path: str) -> bool:
        q, lang = self.q, self.lang
        self.console.rule(Text(self.shown(q.title), style="bold"))
        if q.description:
            self.say(self.shown(q.description))
        domains = ", ".join(self.shown(domain.name) for domain in q.domains)
        self.say(t("interview.measures", lang, domains=domains))
        self.say(t("interview.duration", lang, items=len(q.questions), minutes=q.estimated_minutes()))
        self.say(t("interview.stored", lang, path=store_path))
        self.say(translate("review_note", lang), style="dim")
        return self.confirm("interview.consent")

    def ask_nip(self, check_nip: bool) -> str:
        while True:
            given = normalise_nip(self.ask("interview.ask_nip"))
            problem = nip_problem(given) if check_nip and given else None
            if not given:
                self.say(t("interview.required", self.lang), style="yellow")
            elif problem:
                self.say(translate(problem, self.lang), style="yellow")
            else:
                return given

    def identity(self, nip: str, name: str | None, unit: str | None, role: str | None) -> Identity:
        """Ask for whatever of name, unit and role is still missing."""
        asked = False
        while not name:
            if asked:
                self.say(t("interview.name_required", self.lang), style="yellow")
            name = self.ask("interview.ask_name") or None
            asked = True
        if unit is None:
            unit = self.ask("interview.ask_unit") or None
        chosen = self.q.find_role(role) if role else None
        return Identity(nip, name, unit, chosen or self.pick_role())

    def pick_role(self) -> Role:
        roles = self.q.roles
        self.say(t("interview.roles", self.lang), style="bold")
        listed = Table.grid(padding=(0, 1))
        listed.add_column(justify="right", width=4, no_wrap=True)
        listed.add_column()
        for number, role in enumerate(roles, 1):
            listed.add_row(str(number), Text(self.shown(role.name)))
        self.console.print(listed)
        default = next(number for number, role in enumerate(roles, 1) if role.default)
        while True:
            reply = self.ask("interview.ask_role", last=len(roles), default=default)
            if not reply:
                return roles[default - 1]
            if reply.isdigit() and 1 <= int(reply) <= len(roles):
                return roles[int(reply) - 1]
            self.say(t("interview.pick_number", self.lang, last=len(roles)), style="yellow")

    # -- the questions

    def run(self, answers: dict[str, Any], keep: Callable[[str, Any], None]) -> dict[str, Any]:
        """Ask every question, starting at the first unanswered one; raises QuitRequested on `q`."""
        questions = self.q.questions
        index = next((i for i, question in enumerate(questions) if question.id not in answers), len(questions))
        while index < len(questions):
            question = questions[index]
            self.show(question, index, answers.get(question.id))
            step = self.answer(question, answers.get(question.id), first=index == 0)
            if step is BACK:
                index -= 1
                continue
            answers[question.id] = step
            keep(question.id, step)
            index += 1
        return answers

    def show(self, question: Question, index: int, current: Any) -> None:
        q, lang = self.q, self.lang
        domain = q.domains_by_id[question.domain]
        self.console.print()
        self.console.rule(Text(f"{self.shown(domain.name)}  {index + 1}/{len(q.questions)}"), align="left")
        self.say(Text(self.shown(question.text), style="bold"))
        options = Table.grid(padding=(0, 1))
        options.add_column(justify="right", width=4, no_wrap=True)
        options.add_column()
        for number, option in enumerate(question.choices, 1):
            label = Text(self.shown(option.label))
            if str(option.value) != str(number):  # the number typed here is not the value in exports
                label.append("  " + t("interview.value", lang, value=option.value), style="dim")
            options.add_row(str(number), label)
        self.console.print(options)
        if question.kind is Kind.MULTI:
            self.say(t("interview.multi_hint", lang), style="dim")
        if current is not None:
            self.say(t("interview.current", lang, answer=_numbers_of(question, current)), style="dim")

    def answer(self, question: Question, current: Any, first: bool) -> Any:
        """The chosen value (a list for multi), or BACK."""
        last = len(question.choices)
        while True:
            reply = self.ask("interview.ask_answer", last=last).casefold()
            if reply == QUIT:
                raise QuitRequested
            if reply == BACK:
                if first:
                    self.say(t("interview.at_first", self.lang), style="yellow")
                    continue
                return BACK
            if not reply and current is not None:
                return current
            numbers = [int(part) for part in re.split(r"[\s,;]+", reply) if part.isdigit()]
            malformed = not reply or len(numbers) != len([p for p in re.split(r"[\s,;]+", reply) if p])
            if malformed or any(not 1 <= number <= last for number in numbers):
                self.say(t("interview.pick_number", self.lang, last=last), style="yellow")
                continue
            values = [question.choices[number - 1].value for number in dict.fromkeys(numbers)]
            if question.kind is Kind.MULTI:
                return values
            if len(values) > 1:
                self.say(t("interview.one_only", self.lang), style="yellow")
                continue
            return values[0]


def _numbers_of(question: Question, current: Any) -> str:
    values = current if isinstance(current, list) else [current]
    return ",".join(str(i) for i, option in enumerate(question.choices, 1) if option.value in values)
