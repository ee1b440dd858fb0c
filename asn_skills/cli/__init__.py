"""The command line: a thin layer of parsing and rendering over the core library."""

from asn_skills.cli.app import app, main

__all__ = ["app", "main"]
