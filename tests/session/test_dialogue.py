"""The dialogue driven by a front end without a terminal: scripted replies, and what it was told."""

from __future__ import annotations

from typing import Any

import pytest
from support import MINIMAL

from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Question
from asn_skills.session.dialogue import QuitRequested, ask_questions, introduce
from asn_skills.session.interview import Given, Interview, Step
from asn_skills.store.store import Store

Q = load_file(MINIMAL)
NIP = "198609262015051001"


class Scripted:
    """Prompts that reply from a list and record every prompt, warning and question shown."""

    def __init__(self, replies: list[str]) -> None:
        self.lang = "en"
        self.replies = replies
        self.seen: list[str] = []

    def ask(self, key: str, **params: Any) -> str:
        self.seen.append(key)
        return self.replies.pop(0)

    def warn(self, key: str, **params: Any) -> None:
        self.seen.append(f"warn:{key}")

    def present(self, store_path: str) -> None:
        self.seen.append("present")

    def list_roles(self) -> None:
        self.seen.append("roles")

    def show(self, question: Question, index: int, current: Any) -> None:
        self.seen.append(f"show:{question.id}")


def test_a_whole_interview_with_a_wrong_reply_at_each_kind_of_prompt(tmp_path):
    identity = ["maybe", "y", "123", NIP, "", "Sari", "Dinas A", "9", "1"]
    answers = ["b", "2", "x", "3", "1,2", "1", "1,3", "4", "2", "1"]
    prompts = Scripted(identity + answers)
    with Store.open(tmp_path / "s.db") as store:
        interview = Interview(store, Q, "2026", Given(), lang="en")
        introduce(interview, prompts, "s.db")
        ask_questions(interview, prompts)
        assert interview.step is Step.FINISHED and interview.result is not None
    assert prompts.replies == []
    said = [seen for seen in prompts.seen if seen.startswith("warn:")]
    assert said == [
        "warn:interview.yes_no",
        "warn:nip_length",
        "warn:interview.name_required",
        "warn:interview.pick_number",
        "warn:interview.at_first",
        "warn:interview.pick_number",
        "warn:interview.one_only",
    ]
    assert prompts.seen[:2] == ["present", "interview.consent"] and "roles" in prompts.seen


def test_quitting_keeps_the_answers_given(tmp_path):
    prompts = Scripted(["y", NIP, "Sari", "Dinas A", "1", "2", "q"])
    with Store.open(tmp_path / "s.db") as store:
        interview = Interview(store, Q, "2026", Given(), lang="en")
        introduce(interview, prompts, "s.db")
        with pytest.raises(QuitRequested):
            ask_questions(interview, prompts)
        assert list(interview.answers) == [Q.questions[0].id]
