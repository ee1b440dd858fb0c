from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from support import MINIMAL

from asn_skills import load_questionnaire
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.synthetic.exports import Style, write_sample

# "ci" keeps the suite fast; run `HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py` for a deeper search.
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def minimal() -> Questionnaire:
    return load_file(MINIMAL)


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The file `name`, written by `make` once per test run: with parallel workers (pytest -n) the first to
    claim it writes it and the others wait for it, instead of each spending the seconds again."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, shared by its workers
    path = root / name
    failed = root / f"{name}.failed"
    try:
        os.close(os.open(root / f"{name}.claimed", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        deadline = time.monotonic() + 600
        while not path.exists():
            if failed.exists() or time.monotonic() > deadline:
                pytest.fail(f"another worker could not write {name}")
            time.sleep(0.1)
        return path
    partial = root / f"{name}.partial"
    try:
        make(partial)
    except BaseException:
        failed.touch()
        raise
    partial.replace(path)
    return path


@pytest.fixture(scope="session")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 25,000-row Kobo export of the main instrument: long enough to score that a run can be signalled
    mid-way. Made once for every signal and kill test (it takes seconds to write)."""

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as handle:
            write_sample(handle, load_questionnaire("kompetensi-digital-asn"), Style.KOBO, 25_000, seed=9)

    return made_once(tmp_path_factory, "big-export.csv", write)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """With parallel workers (`pytest -n auto --dist loadfile --no-loadscope-reorder`, as CI runs), the
    modules that run for a minute start first, the whole-run tests next, so no worker is left with a long
    module at the end while the others wait. A run without workers keeps the usual order."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: (item.path not in slow, "e2e" not in item.path.parts))
