"""One person's assessments over time, all with one questionnaire."""

from __future__ import annotations

from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.identity import normalise_nip
from asn_skills.notes import Note, Notify, ignore
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.store.store import Store, Stored


def person_history(db_path: Path, nip: str, questionnaire: str | None = None, notify: Notify = ignore) -> list[Stored]:
    """The assessments of `nip`, oldest first, with `questionnaire` (an id, or a file whose id is taken);
    without it the person's latest instrument, said in a note when they were also assessed with others."""
    wanted_nip = normalise_nip(nip)
    with Store.read(db_path) as store:
        assessments = store.history(wanted_nip)
    if not assessments:
        raise AsnSkillsError("nip_not_in_store", nip=wanted_nip, path=str(db_path))
    held = list(dict.fromkeys(stored.questionnaire_id for stored in reversed(assessments)))
    if questionnaire is None:
        wanted = held[0]
        if len(held) > 1:
            notify(Note("instrument_of_person", {"id": wanted, "others": ", ".join(held[1:])}))
    else:
        path = Path(questionnaire)
        wanted = load_questionnaire(path).id if path.suffix.lower() == ".toml" or path.is_file() else questionnaire
    chosen = [stored for stored in assessments if stored.questionnaire_id == wanted]
    if not chosen:
        raise AsnSkillsError("nip_not_with_instrument", id=wanted, known=", ".join(held))
    return chosen
