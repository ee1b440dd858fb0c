"""Erasing from the store in two steps: first what would go (read-only, never creating a store), then, once
the user has confirmed, erasing it in one transaction (never creating a store either)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.store.store import Erasure, Store, Unnamed


def opened(path: Path, *, dry_run: bool) -> AbstractContextManager[Store]:
    """Read-only for a dry run; for writing otherwise, but never creating a store that is not there."""
    return Store.read(path) if dry_run else Store.open(path, create=False)


def delete_round(path: Path, round_name: str, *, dry_run: bool) -> int:
    """Delete a round of the store at `path` (or count what would go); how many assessments."""
    with opened(path, dry_run=dry_run) as store:
        return store.delete_round(round_name, dry_run=dry_run)


def forget_person(path: Path, nip: str, *, dry_run: bool, fold: Callable[[str], str]) -> Erasure:
    """Erase every assessment of `nip` (or count them); a NIP the store does not hold is an error."""
    with opened(path, dry_run=dry_run) as store:
        erased = store.forget(nip, dry_run=dry_run, fold=fold)
    if dry_run and not erased.finished + erased.unfinished:
        raise AsnSkillsError("nip_not_in_store", nip=nip, path=str(path))
    return erased


def forget_unnamed(path: Path, name: str, *, dry_run: bool) -> list[Unnamed]:
    """Erase the assessments stored without a NIP under `name` (or list them); none is an error."""
    with opened(path, dry_run=dry_run) as store:
        found = store.unnamed_matches(name) if dry_run else store.forget_unnamed(name)
    if dry_run and not found:
        raise AsnSkillsError("name_not_in_store", name=name, path=str(path))
    return found
