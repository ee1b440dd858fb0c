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
from asn_skills.questionnaire.model import Kind, Question, Questionnaire
from asn_skills.render.agency import Agency
from asn_skills.render.visible import visible
from asn_skills.session.replies import option_numbers

Ask = Callable[[str], str]


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

    def warn(self, key: str, **params: Any) -> None:
        self.say(translate(key, self.lang, **params), style="yellow")

    # -- before the questions

    def present(self, store_path: str) -> None:
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

    def list_roles(self) -> None:
        roles = self.q.roles
        self.say(translate("interview.roles", self.lang), style="bold")
        listed = Table.grid(padding=(0, 1))
        listed.add_column(justify="right", width=4, no_wrap=True)
        listed.add_column()
        for number, role in enumerate(roles, 1):
            listed.add_row(str(number), Text(self.shown(role.name)))
        self.console.print(listed)

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
