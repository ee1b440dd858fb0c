"""What a report reads: the questionnaire, one or more rounds of results (from the store or a results file),
the chosen records, made private when asked. The store is opened at most once per call."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType

from asn_skills.errors import AsnSkillsError
from asn_skills.identity import pseudonymise
from asn_skills.notes import Note, Notify, ignore
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.reports.records import (
    RoundData,
    Selection,
    check_selection,
    from_file,
    from_store,
    instrument_of_file,
    select,
)
from asn_skills.scoring.rules import Answer
from asn_skills.store.store import Store
from asn_skills.units import UnitList, with_unit_names

VERSION_WARNINGS = frozenset({"results_other_version", "results_other_version_gaps", "round_other_version"})
"""Notes of results scored with another version of the questionnaire in use."""


@dataclass(frozen=True)
class Request:
    """Which results a report is about."""

    questionnaire: str | None = None
    """A questionnaire file or id (`-q`); None: the one of the results file, else the store's."""
    source: Path | None = None
    """A results file written by `score` (`--from`); None: the store."""
    rounds: tuple[str | None, ...] = (None,)
    """The rounds read, in order; None is the latest."""
    selection: Selection = field(default_factory=Selection)
    pseudonym_key: str | None = None
    """When given, names and NIPs are replaced by pseudonyms keyed with it."""
    answers: bool = False
    """Also read each person's raw answers (only the store has them)."""
    units: UnitList | None = None
    """The agency's units: each unit a list knows is read by its one name (results scored without the list)."""


@dataclass(frozen=True)
class Round:
    """One round as read: its name, its chosen (and maybe pseudonymised) records, their raw answers."""

    data: RoundData
    answer_sets: tuple[Mapping[str, Answer], ...] = ()
    """Aligned with `data.records` when the request asked for answers."""

    @property
    def name(self) -> str:
        return self.data.name


@dataclass(frozen=True)
class Reading:
    """What `read` found: the questionnaire and each requested round."""

    questionnaire: Questionnaire
    rounds: tuple[Round, ...]


def read(request: Request, db_path: Path, notify: Notify = ignore) -> Reading:
    """The questionnaire and rounds of `request`; raises AsnSkillsError when there is nothing to read."""
    with _OnceOpened(db_path) as stores:
        named = tuple(name for name in request.rounds if name)
        questionnaire = _choose(stores, request.questionnaire, request.source, named, notify)
        rounds = tuple(_round(stores, questionnaire, request, name, notify) for name in request.rounds)
    return Reading(questionnaire, rounds)


def _round(
    stores: _OnceOpened, questionnaire: Questionnaire, request: Request, name: str | None, notify: Notify
) -> Round:
    if request.source is not None:
        data = from_file(request.source, questionnaire)
    else:
        data = from_store(stores.store(), questionnaire, name)
        if name is None:
            notify(Note("round_latest_chosen", {"round": data.name}))
    for key, params in data.notes:
        notify(Note(key, params, warning=key in VERSION_WARNINGS))
    check_selection(data, questionnaire, request.selection)
    if request.units is not None:
        data = replace(data, records=with_unit_names(data.records, request.units))
    chosen = select(data, questionnaire, request.selection)
    if not chosen.records:
        raise AsnSkillsError("nothing_selected")
    answer_sets: tuple[Mapping[str, Answer], ...] = ()
    if request.answers:
        if not chosen.assessment_ids:
            raise AsnSkillsError("items_need_store")
        store = stores.store()
        answer_sets = tuple(store.answers_of(assessment) for assessment in chosen.assessment_ids)
    if request.pseudonym_key:
        chosen = RoundData(chosen.name, pseudonymise(chosen.records, request.pseudonym_key), chosen.assessment_ids)
    return Round(chosen, answer_sets)


def _choose(
    stores: _OnceOpened, name: str | None, source: Path | None, rounds: tuple[str, ...], notify: Notify
) -> Questionnaire:
    """`-q` (a path, a bundled id); without it the instrument of the results file, or the store's (among
    those holding `rounds`): the only one, else the most recently stored, said in a note."""
    if name is not None:
        return _named(stores, name)
    if source is not None:
        questionnaire = instrument_of_file(source)
        notify(Note("instrument_from_file", {"id": questionnaire.id, "file": str(source)}))
        return questionnaire
    store = stores.store()
    in_rounds = store.instruments(rounds) if rounds else []
    held = in_rounds or store.instruments()
    if not held:
        raise AsnSkillsError("store_empty", path=str(stores.path))
    chosen = held[-1]
    if len(in_rounds) == 1:
        notify(Note("instrument_of_rounds", {"id": chosen, "rounds": ", ".join(rounds)}))
    elif len(held) == 1:
        notify(Note("instrument_only", {"id": chosen}))
    else:
        notify(Note("instrument_latest", {"id": chosen, "others": ", ".join(held[:-1])}))
    return _named(stores, chosen)


def _named(stores: _OnceOpened, name: str) -> Questionnaire:
    """A path; else the questionnaire the store's results of that id were scored with; else a bundled id."""
    path = Path(name)
    if path.suffix.lower() == ".toml" or path.exists():
        return load_questionnaire(path)
    if stores.path.is_file():
        store = stores.store()
        stored = store.questionnaire(name)
        if stored is not None:
            return stored
        if name in store.instruments() and bundled.path_of(name) is None:
            raise AsnSkillsError("instrument_needs_file", id=name)
    return load_questionnaire(name)


class _OnceOpened:
    """The store at `path`, opened read-only the first time it is needed and closed at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stack = ExitStack()
        self._store: Store | None = None

    def __enter__(self) -> _OnceOpened:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> bool:
        # The error goes through the store's context, which names a damaged or locked store.
        return bool(self._stack.__exit__(kind, error, trace))

    def store(self) -> Store:
        if self._store is None:
            self._store = self._stack.enter_context(Store.read(self.path))
        return self._store
