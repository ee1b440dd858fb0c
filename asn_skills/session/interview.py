"""One person's interview as a state machine over the store: consent, NIP, retake, resume, identity, the
questions one at a time with back, then the result. A front end asks what `step` says, feeds the reply
to the matching method and shows any `Refusal`; every answer is in the store as soon as it is given, so
an interrupted interview loses nothing and resumes where it stopped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from asn_skills.identity import nip_problem, normalise_nip
from asn_skills.questionnaire.model import Question, Questionnaire, Role
from asn_skills.scoring.result import Result
from asn_skills.scoring.rules import Answer
from asn_skills.scoring.single import score_answers
from asn_skills.store.store import Pending, Source, Store, now


class Step(Enum):
    """What the interview needs next."""

    CONSENT = "consent"
    """Agreement to continue, after the person has read what is measured and where it is kept."""
    NIP = "nip"
    RETAKE = "retake"
    """This person already finished the questionnaire in this round: take it again? (`finished_before`)"""
    RESUME = "resume"
    """An unfinished assessment waits (`pending`): continue it, or start over?"""
    NAME = "name"
    UNIT = "unit"
    ROLE = "role"
    QUESTION = "question"
    """Answer `question` (or go back)."""
    FINISHED = "finished"
    """All answered: `result` is scored and stored."""
    DECLINED = "declined"
    """The person declined consent or a retake: nothing was stored."""


class Problem(Enum):
    """Why a reply was not taken."""

    NIP_MISSING = "nip_missing"
    NIP_INVALID = "nip_invalid"
    """See `Refusal.reason` for what is wrong with it."""
    NAME_MISSING = "name_missing"
    AT_FIRST = "at_first"
    """`back` on the first question."""


@dataclass(frozen=True)
class Refusal:
    problem: Problem
    reason: str | None = None
    """A message key of `asn_skills.i18n` saying what is wrong (an invalid NIP)."""


@dataclass(frozen=True)
class Given:
    """What the person gave before the interview (command-line options); None: ask."""

    nip: str | None = None
    name: str | None = None
    unit: str | None = None
    role: str | None = None
    """A role id, name or alias; one that is not found is asked."""


class Interview:
    """The state machine. Methods other than those of the current `step` raise `WrongStep`."""

    def __init__(
        self,
        store: Store,
        questionnaire: Questionnaire,
        round_name: str,
        given: Given | None = None,
        *,
        resume: bool = False,
        check_nip: bool = True,
        lang: str = "id",
    ) -> None:
        self.store = store
        self.q = questionnaire
        self.round_name = round_name
        self.lang = lang
        self._given = given or Given()
        self._resume = resume
        self._check_nip = check_nip
        self.nip = self._given.nip
        self.name: str | None = None
        self.unit: str | None = None
        self.role: Role | None = None
        self.finished_before: datetime | None = None
        self.pending: Pending | None = None
        self.answers: dict[str, Answer] = {}
        self.index = 0
        """The position of the question being asked."""
        self.result: Result | None = None
        self._assessment: int | None = None
        self._unit_asked = False
        self.step = Step.CONSENT

    # -- before the questions

    def consent(self, agreed: bool) -> None:
        self._expect(Step.CONSENT)
        if not agreed:
            self.step = Step.DECLINED
        elif self.nip is None:
            self.step = Step.NIP
        else:
            self._after_nip()

    def give_nip(self, text: str) -> Refusal | None:
        self._expect(Step.NIP)
        nip = normalise_nip(text)
        if not nip:
            return Refusal(Problem.NIP_MISSING)
        reason = nip_problem(nip) if self._check_nip else None
        if reason:
            return Refusal(Problem.NIP_INVALID, reason)
        self.nip = nip
        self._after_nip()
        return None

    def retake(self, agreed: bool) -> None:
        self._expect(Step.RETAKE)
        if agreed:
            self._after_retake()
        else:
            self.step = Step.DECLINED

    def resume(self, agreed: bool) -> None:
        """Continue the pending assessment with its answers, or discard it and start over."""
        self._expect(Step.RESUME)
        pending = self.pending
        assert pending is not None
        if agreed:
            self._start_identity(pending)
        else:
            self.store.discard(pending.id)
            self.pending = None
            self._start_identity(None)

    def give_name(self, text: str) -> Refusal | None:
        self._expect(Step.NAME)
        if not text.strip():
            return Refusal(Problem.NAME_MISSING)
        self.name = text.strip()
        self._next_identity()
        return None

    def give_unit(self, text: str) -> None:
        """The work unit; an empty reply leaves it unknown."""
        self._expect(Step.UNIT)
        self.unit = text.strip() or None
        self._unit_asked = True
        self._next_identity()

    def choose_role(self, role: Role) -> None:
        self._expect(Step.ROLE)
        self.role = role
        self._next_identity()

    def back_to_previous(self) -> Refusal | None:
        """From the name, unit or role question back to the one before it (the NIP when it was asked); a
        refusal at the first question asked."""
        if self.step is Step.ROLE:
            self.step, self._unit_asked = Step.UNIT, False
        elif self.step is Step.UNIT:
            self.step = Step.NAME
        elif self.step is Step.NAME and self._given.nip is None and self.pending is None:
            self.step = Step.NIP
        else:
            return Refusal(Problem.AT_FIRST)
        return None

    # -- the questions

    @property
    def question(self) -> Question:
        """The question being asked."""
        return self.q.questions[self.index]

    @property
    def current(self) -> Any:
        """The answer already given to the question being asked, or None."""
        return self.answers.get(self.question.id)

    def answer(self, value: Any) -> None:
        """Keep the answer (a value, a list of values for a multiple-choice question) and go on."""
        self._expect(Step.QUESTION)
        question = self.question
        self.answers[question.id] = value
        assert self._assessment is not None
        self.store.save_answer(self._assessment, question.id, value)
        self.index += 1
        if self.index == len(self.q.questions):
            self._finish()

    def back(self) -> Refusal | None:
        self._expect(Step.QUESTION)
        if self.index == 0:
            return Refusal(Problem.AT_FIRST)
        self.index -= 1
        return None

    # -- transitions

    def _after_nip(self) -> None:
        assert self.nip is not None
        self.finished_before = finished_in_round(self.store, self.q, self.nip, self.round_name)
        if self.finished_before is not None:
            self.step = Step.RETAKE
        else:
            self._after_retake()

    def _after_retake(self) -> None:
        assert self.nip is not None
        self.pending = self.store.pending(self.q, self.nip)
        if self.pending is None:
            self._start_identity(None)
        elif self._resume:
            self._start_identity(self.pending)
        else:
            self.step = Step.RESUME

    def _start_identity(self, resumed: Pending | None) -> None:
        given = self._given
        self.name = given.name or (resumed.name if resumed else None)
        self.unit = given.unit or (resumed.unit if resumed else None)
        self.role = self.q.find_role(given.role or (resumed.role if resumed else None))
        if resumed is not None:
            self._assessment, self.answers = resumed.id, dict(resumed.answers)
        self._next_identity()

    def _next_identity(self) -> None:
        if not self.name:
            self.step = Step.NAME
        elif self.unit is None and not self._unit_asked:
            self.step = Step.UNIT
        elif self.role is None:
            self.step = Step.ROLE
        else:
            self._start_questions()

    def _start_questions(self) -> None:
        assert self.nip is not None and self.role is not None
        if self._assessment is None:
            self._assessment = self.store.start(
                self.q,
                nip=self.nip,
                name=self.name,
                unit=self.unit,
                role=self.role.id,
                round_name=self.round_name,
                source=Source.INTERACTIVE,
            )
        questions = self.q.questions
        self.index = next((i for i, q in enumerate(questions) if q.id not in self.answers), len(questions))
        self.step = Step.QUESTION
        if self.index == len(questions):
            self._finish()

    def _finish(self) -> None:
        assert self._assessment is not None and self.role is not None
        self.result = score_answers(
            self.q,
            self.answers,
            role=self.role.id,
            nip=self.nip,
            name=self.name,
            unit=self.unit,
            submitted_at=now(),
            lang=self.lang,
        )
        self.store.finish(self._assessment, self.result)
        self.step = Step.FINISHED

    def _expect(self, step: Step) -> None:
        if self.step is not step:
            raise WrongStep(f"the interview is at {self.step.value}, not {step.value}")


class WrongStep(Exception):
    """A method was called out of turn: a mistake of the front end, not of the person answering."""


def finished_in_round(store: Store, questionnaire: Questionnaire, nip: str, round_name: str) -> datetime | None:
    """When this person last finished this questionnaire in this round, or None."""
    done = [
        stored.finished_at
        for stored in store.history(nip)
        if stored.questionnaire_id == questionnaire.id and stored.round == round_name
    ]
    return max(done) if done else None
