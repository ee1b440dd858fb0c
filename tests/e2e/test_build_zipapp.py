"""The one-file build's guard: on another Python version or system it says so instead of a traceback."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_zipapp.py"


def guard_source(python: tuple[int, int], system: str, target: str) -> str:
    spec = importlib.util.spec_from_file_location("build_zipapp", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.GUARD.format(python=python, system=system, target=target)


def test_the_guard_stops_a_file_built_for_another_python_with_a_message():
    source = guard_source((3, 99), "win32", "win_amd64-py3.99")
    with pytest.raises(SystemExit) as stopped:
        exec(compile(source, "guard.py", "exec"), {})
    message = str(stopped.value.code)
    here = f"Python {sys.version_info[0]}.{sys.version_info[1]} "
    assert "built for win_amd64-py3.99, not " + here in message and "dibuat untuk win_amd64-py3.99" in message


def test_the_guard_lets_the_file_it_was_built_for_run():
    source = guard_source(tuple(sys.version_info[:2]), sys.platform, "here")
    exec(compile(source, "guard.py", "exec"), {})
