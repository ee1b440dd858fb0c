"""docs/panduan.md, the HR officer's guide in Indonesian: linked from the README, it closes the Windows and
Google gaps, and every command it shows is one the app takes, with options it has."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main
from typer import _click as click

from asn_skills.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "panduan.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    """Every `asn-skills ...` line of the guide's code blocks and table cells."""
    blocks = re.findall(r"```bat\n(.*?)```", GUIDE, flags=re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    lines += re.findall(r"`(asn-skills [^`]+)`", GUIDE)
    return [line for line in lines if line.startswith("asn-skills ") and "NAMA-PERINTAH" not in line]


def test_the_readme_links_the_guide_from_its_indonesian_paragraph():
    indonesian = README[README.index("> **Bahasa Indonesia.**") :].split("\n\n")[0]
    assert "(docs/panduan.md)" in indonesian


@pytest.mark.parametrize(
    "said",
    ["Add python.exe to PATH", "HTTPS_PROXY", "start hasil.xlsx", "explorer .", "Lanjutan", "Advanced",
     "Google belum memverifikasi aplikasi ini", "ditandatangani", "baris,kolom,nilai,alasan", "UU 27/2022"],
)  # fmt: skip
def test_the_guide_closes_the_gaps_newcomers_stop_at(said):
    assert said in GUIDE


def test_the_guide_uses_no_jargon():
    for word in ("kill -9", "FIFO", "stdout", "stdin", "traceback", "Galat"):
        assert word not in GUIDE


@pytest.mark.parametrize("line", commands())
def test_every_command_of_the_guide_parses(line):
    args = shlex.split(line.replace("\\", "/"))[1:]
    command = typer.main.get_command(app)
    known = {opt for param in command.params for opt in param.opts}  # the global options
    while hasattr(command, "get_command") and args and not args[0].startswith("-"):
        with click.Context(command) as ctx:
            found = command.get_command(ctx, args[0])
        assert found is not None, f"no command {args[0]!r} in: {line}"
        command, args = found, args[1:]
    known |= {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)} | {"--help"}
    unknown = [
        arg.split("=")[0] for arg in args if arg.startswith("-") and arg != "-" and arg.split("=")[0] not in known
    ]
    assert unknown == [], f"unknown options in: {line}"
