"""Round trips of a deployment: people answer, the tool's file is scored, and it must equal `score_answers`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from typer.testing import CliRunner

from asn_skills import ExitCode, score_answers
from asn_skills.cli.app import app
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.synthetic.people import Person, generate_people

runner = CliRunner()


def people(questionnaire: Questionnaire, rows: int = 30, seed: int = 15) -> list[Person]:
    """Synthetic staff of every role with realistic answers (some questions left unanswered)."""
    return list(generate_people(questionnaire, rows, seed))


def assert_scores_like_the_library(
    path: Path,
    questionnaire_path: Path | str,
    questionnaire: Questionnaire,
    staff: list[Person],
    submitted: dict[str, datetime | None],
) -> None:
    """`score PATH` without a column map: exit 0, nothing on stderr (no missing column, no warning, no
    rejected row), and per NIP exactly the record `score_answers` gives for the same answers."""
    result = runner.invoke(
        app, ["--lang", "en", "-Q", "score", str(path), "-q", str(questionnaire_path), "--format", "jsonl"]
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stderr == ""
    records = {record["nip"]: record for record in map(json.loads, result.stdout.splitlines())}
    assert len(records) == len(staff)
    for person in staff:
        answers = {key: value for key, value in person.answers.items() if value is not None}
        expected = score_answers(
            questionnaire,
            answers,
            role=person.role,
            nip=person.nip,
            name=person.name,
            unit=person.unit,
            submitted_at=submitted[person.nip],
            lang="en",
        ).model_dump(mode="json")
        assert records[person.nip] == expected, person.nip
