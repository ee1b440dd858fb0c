"""An assessment whose answers were given all at once (an answers file): checked, scored and stored, with a
warning instead of a question when the person already finished the round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError
from asn_skills.i18n import translate
from asn_skills.identity import nip_problem, normalise_nip
from asn_skills.locale_format import day
from asn_skills.notes import Note, Notify
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.scoring.result import Result
from asn_skills.scoring.single import score_answers
from asn_skills.session.interview import Given, finished_in_round
from asn_skills.store.store import Source, Store, now
from asn_skills.suggest import did_you_mean


def check_role(questionnaire: Questionnaire, role: str | None) -> None:
    """Refuse a role the questionnaire does not have: it sets the levels a person is compared with, so a
    mistyped one is never replaced by the default."""
    if role is not None and questionnaire.find_role(role) is None:
        known = [found.id for found in questionnaire.roles]
        raise AsnSkillsError("role_not_in_questionnaire", role=role, **did_you_mean(role, known))


def checked_nip(nip: str, check: bool, lang: str) -> str:
    """The NIP given as an option, normalised; refused when checked and not a valid NIP."""
    normalised = normalise_nip(nip)
    problem = nip_problem(normalised) if check else None
    if problem:
        raise AsnSkillsError("bad_nip_option", reason=translate(problem, lang))
    return normalised


def store_answered(
    db: Path,
    questionnaire: Questionnaire,
    answers: dict[str, Any],
    given: Given,
    *,
    round_name: str,
    lang: str,
    notify: Notify,
) -> Result:
    """Score `answers` of the person `given` (whose NIP is known) and store them in round `round_name` of the
    store at `db`."""
    nip = given.nip
    if nip is None:
        raise AsnSkillsError("assess_needs_nip")
    identity = {"name": given.name, "unit": given.unit, "role": given.role}
    result = score_answers(questionnaire, answers, nip=nip, **identity, submitted_at=now(), lang=lang)
    with Store.open(db) as store:
        done = finished_in_round(store, questionnaire, nip, round_name)
        if done:  # no question without a terminal: a warning, and the newest assessment counts
            notify(Note("assessment_retaken", {"round": round_name, "date": day(done, lang)}, warning=True))
        store.add_finished(questionnaire, result, answers, round_name=round_name, source=Source.ANSWERS_FILE)
        notify(Note("assessment_stored", {"path": store.path, "round": round_name}))
    return result
