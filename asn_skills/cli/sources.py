"""Where `report` and `plan` get their records: a round of the store or a results file, then the selection."""

from __future__ import annotations

from pathlib import Path

from asn_skills.cli.console import Settings
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.records import RoundData, Selection, from_file, from_store, select
from asn_skills.store.store import Store


def load_round(
    settings: Settings,
    questionnaire: Questionnaire,
    source: Path | None,
    round_name: str | None,
    selection: Selection,
) -> RoundData:
    if source is not None:
        data = from_file(source, questionnaire)
    else:
        with Store.read(settings.db_path()) as store:
            data = from_store(store, questionnaire, round_name)
    chosen = select(data, questionnaire, selection)
    if not chosen.records:
        raise AsnSkillsError("nothing_selected")
    return chosen
