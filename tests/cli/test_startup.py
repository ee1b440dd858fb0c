"""Start-up pays only for what a run uses: `--version` and `--help` import no command and build no model."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from asn_skills.cli.app import COMMANDS, app

PROBE = """
import json, sys
sys.argv = ["asn-skills", *json.loads(sys.argv[1])]
from asn_skills.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules_after(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("--lang", "en", "--help")])
def test_version_and_help_import_no_command_and_no_pydantic(args):
    loaded = _modules_after(*args)
    commands = {lazy.module for lazy in COMMANDS.values()}
    assert not commands & loaded
    assert "pydantic" not in loaded
    assert "asn_skills.questionnaire.model" not in loaded


def test_version_does_not_load_typers_help_renderer():
    assert "typer.rich_utils" not in _modules_after("--version")


def test_a_commands_help_imports_that_command_only():
    loaded = _modules_after("score", "--help")
    assert "asn_skills.cli.score" in loaded
    assert not {"asn_skills.cli.report", "asn_skills.cli.plan", "asn_skills.cli.assess"} & loaded


def test_the_help_lists_every_command_with_its_text():
    # In-process, help texts are in the language read from the real command line: Indonesian by default.
    shown = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    for name in COMMANDS:
        assert f" {name} " in shown.stdout
    assert "Menilai ekspor survei" in shown.stdout


def test_a_mistyped_command_is_suggested_before_any_command_is_loaded():
    shown = CliRunner().invoke(app, ["scroe"])
    assert shown.exit_code == 2
    assert "maksudnya 'score'" in shown.output


def test_global_options_after_a_lazily_loaded_command_still_apply():
    shown = CliRunner().invoke(app, ["questionnaires", "list", "--lang", "en", "--format", "json"])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)[0]["title"].isascii()
