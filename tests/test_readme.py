"""The README tells the truth: its command table is the app's commands, its TOML example validates."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main
from typer import _click as click

from asn_skills.cli.app import app
from asn_skills.questionnaire.load import check_file

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    start = README.index(f"\n## {heading}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def _app_commands() -> set[str]:
    found = set()
    root = typer.main.get_command(app)

    def walk(command, prefix: str) -> None:
        if not hasattr(command, "list_commands"):
            found.add(prefix)
            return
        with click.Context(command) as ctx:
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name), f"{prefix} {name}".strip())

    walk(root, "")
    return found


def test_the_command_table_lists_exactly_the_apps_commands():
    listed = set()
    for row in re.findall(r"^\| `asn-skills ([^`]*)`", _section("Commands"), flags=re.M):
        words = []
        for word in row.split():
            if not re.fullmatch(r"[a-z][a-z-]*", word):
                break
            words.append(word)
        listed.add(" ".join(words))
    assert listed == _app_commands()


def test_the_toml_example_validates(tmp_path):
    example = re.search(r"```toml\n(.*?)```", _section("Writing a questionnaire"), flags=re.S)
    assert example is not None
    path = tmp_path / "example.toml"
    path.write_text(example.group(1), encoding="utf-8")
    questionnaire, problems = check_file(path)
    assert [problem.message("en") for problem in problems] == []
    assert questionnaire is not None and len(questionnaire.questions) == 2


def test_the_windows_section_installs_with_pipx_or_py_and_uses_no_unix_only_command():
    windows = _section("On Windows")
    for step in ("py -m pip install --user pipx", "py -m pipx ensurepath", "pipx install", "py -m asn_skills"):
        assert step in windows
    commands = "\n".join(re.findall(r"```bat\n(.*?)```", windows, re.S))
    unix_only = ("python3", ".venv/bin", "export ", "~/", "sudo", "apt ", "chmod", "source ", "$HOME", "/usr/")
    assert commands.strip()
    assert [word for word in unix_only if word in commands] == []
