"""Runs every command of asn-skills in Indonesian (its help and a typical run) and prints what a user reads.

Run as its own process (`python tests/indonesian_run.py FOLDER`) so that help texts are built in
Indonesian whatever the test process imported first; prints one JSON object: command line -> output.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["ASN_SKILLS_LANG"] = "id"
os.environ["NO_COLOR"] = "1"
os.environ["COLUMNS"] = "100"

from typer.main import get_command
from typer.testing import CliRunner

from asn_skills.cli import texts

texts.use_help_language(["--lang", "id"])

from asn_skills.cli.app import app  # noqa: E402

NIP = "198609262015051001"


def command_paths(command: object = None, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path, the lazily loaded ones included."""
    command = command or get_command(app)
    found = [prefix]
    if hasattr(command, "list_commands"):
        for name in command.list_commands(None):  # type: ignore[attr-defined]
            found += command_paths(command.get_command(None, name), prefix + (name,))  # type: ignore[attr-defined]
    return found


def typical_runs(folder: Path) -> list[list[str]]:
    """A session as an HR officer has it, including a few mistakes."""
    db = str(folder / "asn.db")
    answers = folder / "jawaban.json"
    answers.write_text(json.dumps({"KAM01": 2}), encoding="utf-8")
    return [
        ["sample", "-o", str(folder / "j1.csv"), "--rows", "30", "--errors", "0.1"],
        ["sample", "-o", str(folder / "j2.csv"), "--rows", "30", "--drift", "0.3"],
        ["score", str(folder / "j1.csv"), "--check"],
        ["score", str(folder / "j1.csv"), "-o", str(folder / "hasil.csv"), "--db", db, "--store", "--round", "2025"],
        ["score", str(folder / "j2.csv"), "-o", str(folder / "hasil2.csv"), "--db", db, "--store", "--round", "2026"],
        ["score", str(folder / "tidak-ada.csv")],
        ["report", "--db", db],
        ["report", "--db", db, "--units"],
        ["report", "--db", db, "--flagged"],
        ["report", "--db", db, "--items"],
        ["report", "--db", db, "--compare", "2025", "2026"],
        ["report", "--from", str(folder / "hasil.csv")],
        ["plan", "--db", db],
        ["plan", "--db", db, "--employees"],
        ["assess", "--db", db, "--answers", str(answers), "--nip", NIP, "--name", "Siti", "--unit", "BKPSDM",
         "--role", "pelaksana", "--round", "2026"],
        ["report", "--db", db, "--nip", NIP],
        ["history", "--db", db, NIP],
        ["store", "rounds", "--db", db],
        ["store", "rename", "--db", db, "2025", "2025-a"],
        ["store", "delete", "--db", db, "2025-a", "--dry-run"],
        ["store", "forget", "--db", db, NIP, "--dry-run"],
        ["store", "vacuum", "--db", db],
        ["questionnaires", "list"],
        ["questionnaires", "show", "kompetensi-digital-asn"],
        ["questionnaires", "validate", "kompetensi-digital-asn"],
        ["questionnaires", "export", "kompetensi-digital-asn", "--to", "markdown", "-o", str(folder / "k.md")],
        ["questionnaires", "export", "kompetensi-digital-asn", "--to", "limesurvey", "-o", str(folder / "k.lss")],
        ["questionnaires", "import", str(folder / "k.lss"), "-o", str(folder / "draf.toml")],
        ["demo", "--people", "30", "--top", "3"],
    ]  # fmt: skip


def main() -> None:
    folder = Path(sys.argv[1])
    runner = CliRunner()
    outputs: dict[str, str] = {}
    runs = [[*path, "--help"] for path in command_paths()] + typical_runs(folder)
    for args in runs:
        result = runner.invoke(app, ["--lang", "id", *args])
        outputs[" ".join(args)] = result.stdout + result.stderr
    # A file made for people: the rejects file (the paper form holds every language of the questionnaire).
    for name in ("hasil.rejects.csv",):
        if (folder / name).exists():
            outputs[name] = (folder / name).read_text(encoding="utf-8-sig")
    print(json.dumps(outputs, ensure_ascii=False))


if __name__ == "__main__":
    main()
