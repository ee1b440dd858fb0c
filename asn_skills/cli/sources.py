"""Where `report`, `plan` and `history` get their data: the instrument, a round of the store or a results
file, then the selection."""

from __future__ import annotations

from pathlib import Path

from asn_skills.cli.console import Settings, complain, inform
from asn_skills.cli.texts import t
from asn_skills.errors import AsnSkillsError
from asn_skills.i18n import translate
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.records import RoundData, Selection, from_file, from_store, instrument_of_file, select
from asn_skills.store.store import Store


def choose_questionnaire(
    settings: Settings, name: str | None, source: Path | None, rounds: tuple[str, ...] = ()
) -> Questionnaire:
    """`-q` (a path, a bundled id); without it the instrument of the results file, or the store's (among
    those holding `rounds`): the only one, else the most recently stored, said on stderr."""
    if name is not None:
        return _load(settings, name)
    if source is not None:
        questionnaire = instrument_of_file(source)
        inform(settings, t("instrument.from_file", settings.lang, id=questionnaire.id, file=source))
        return questionnaire
    with Store.read(settings.db_path()) as store:
        in_rounds = store.instruments(rounds) if rounds else []
        held = in_rounds or store.instruments()
    if not held:
        raise AsnSkillsError("store_empty", path=str(settings.db_path()))
    chosen = held[-1]
    if len(in_rounds) == 1:
        inform(settings, t("instrument.of_rounds", settings.lang, id=chosen, rounds=", ".join(rounds)))
    elif len(held) == 1:
        inform(settings, t("instrument.only", settings.lang, id=chosen))
    else:
        inform(settings, t("instrument.latest", settings.lang, id=chosen, others=", ".join(held[:-1])))
    return _load(settings, chosen)


def _load(settings: Settings, name: str) -> Questionnaire:
    """A path; else the questionnaire the store's results of that id were scored with; else a bundled id."""
    path = Path(name)
    if path.suffix.lower() == ".toml" or path.exists():
        return load_questionnaire(path)
    if settings.db_path().is_file():
        with Store.read(settings.db_path()) as store:
            stored = store.questionnaire(name)
            held = name in store.instruments()
        if stored is not None:
            return stored
        if held and bundled.path_of(name) is None:
            raise AsnSkillsError("instrument_needs_file", id=name)
    return load_questionnaire(name)


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
    for key, params in data.notes:
        complain(translate(key, settings.lang, **params))
    chosen = select(data, questionnaire, selection)
    if not chosen.records:
        raise AsnSkillsError("nothing_selected")
    return chosen
