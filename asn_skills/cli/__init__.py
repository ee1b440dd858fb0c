"""The command line: a thin Typer layer over the core library."""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point: help texts follow `--lang`, so the command line is read before the commands load."""
    from asn_skills.cli import console_encoding, texts

    console_encoding.degrade_to_ascii()
    texts.use_help_language(sys.argv[1:])
    from asn_skills.cli.app import app

    app(prog_name="asn-skills")
