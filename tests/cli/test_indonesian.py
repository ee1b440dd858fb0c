"""Indonesian from end to end: every command, run in `--lang id`, shows no English word of the catalogue
outside a short allow-list of terms that have no common Indonesian form."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from asn_skills.cli.texts import TEXTS
from asn_skills.i18n import MESSAGES
from asn_skills.questionnaire.bundled import MAIN
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.reports.views.texts import TEXTS as DOCUMENT_TEXTS

RUNNER = Path(__file__).resolve().parents[1] / "indonesian_run.py"
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")

ALLOWED = {
    # the same word in both languages
    "data", "digital", "unit", "per", "folder", "terminal", "format", "level", "total", "demo", "status",
    "label", "min", "minimum", "no", "id", "en", "prio", "path", "file", "sample", "rp",
    # names of products, standards, formats and institutions
    "asn", "nip", "jp", "jpm", "uu", "pppk", "bkpsdm", "bkd", "bpsdm", "pns", "akpk", "sqlite", "google", "forms",
    "limesurvey", "kobotoolbox", "odk", "excel", "xlsform", "toml", "json", "jsonl", "csv", "xlsx", "xls", "zip",
    "html", "markdown", "md", "txt", "lss", "utf", "bom", "cp", "hmac", "sha", "whatsapp", "windows", "python",
    "digcomp", "likert", "cronbach", "tab", "notepad",
    # Indonesian words that the English texts quote (column headings, names of places and forces)
    "nama", "kerja", "jabatan", "kabupaten", "kemampuan", "tni", "polri",
    # a Balinese given name among the synthetic staff
    "made",
    # words Indonesian has taken in as they are (KBBI), and names of keys and codes
    "internal", "program", "area", "digit", "disk", "byte", "metadata", "set", "enter", "iso", "xml", "nul", "rupiah",
    "latin", "hmac-sha", "mib", "kib", "dtd",
    # statistical terms Indonesian writes as they are (item analysis)
    "rasch", "dif", "ets", "logit", "infit", "outfit", "mantel-haenszel", "log-odds", "median", "model",
    "binomial", "delta",
    # a marker the draft questionnaire carries for the person who completes it
    "todo",
}  # fmt: skip
"""Words shared with the English catalogue that an Indonesian reader reads as Indonesian or as a name."""


def english_words() -> set[str]:
    """Every word of the English catalogue (placeholders, file names, code and command lines left out)."""
    words: set[str] = set()
    for catalogue in (MESSAGES, TEXTS, DOCUMENT_TEXTS):
        for entry in catalogue.values():
            prose = literal_parts_removed(re.sub(r"\{[^}]*\}", "", entry["en"]))
            words |= {word.lower() for word in WORD.findall(prose)}
    return words


def agency_words() -> set[str]:
    """Words of the questionnaire's own content in Indonesian (texts, ids, role aliases, providers): the
    agency writes them, the catalogue does not."""
    found: set[str] = set()

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, str) and key not in ("kind", "mode"):
            found.update(word.lower() for word in WORD.findall(value))
        elif isinstance(value, dict):
            for inner_key, inner in value.items():
                if inner_key != "en":
                    walk(inner, inner_key)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, key)

    walk(load_questionnaire(MAIN).model_dump(mode="json"))
    return found


def literal_parts_removed(text: str) -> str:
    """The text without what a user types or reads literally: `code`, quoted names of other programs' menus,
    options, file names, environment variables and command lines."""
    text = re.sub(r"`[^`]{0,200}`", " ", text)  # help text wraps a code span across lines
    text = re.sub(r'"[^"\n]*"', " ", text)
    text = re.sub(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b", " ", text)
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)
    text = re.sub(r"\S+\.(?:csv|xlsx|toml|lss|md|html|json|jsonl|txt|db|gs|com)\b\S*", " ", text)
    text = re.sub(r"Apps Script|DB Browser for SQLite", " ", text)
    text = re.sub(r"\w+…", " ", text)  # a word a narrow table cell cut short
    return re.sub(r"(?:asn-skills|Penggunaan: root)[^\n│]*", " ", text)


def command_names() -> set[str]:
    """The words a user types: command names and the values of options with choices."""
    from typer.main import get_command

    from asn_skills.cli.app import COMMANDS, app

    names = set(COMMANDS)
    stack = [get_command(app)]
    while stack:
        command = stack.pop()
        for name in getattr(command, "list_commands", lambda _: [])(None):
            names.add(name)
            stack.append(command.get_command(None, name))  # type: ignore[attr-defined]
        for param in getattr(command, "params", []):
            shown = str(param.display_type(None) or "")
            if "|" in shown:
                names.update(shown.strip("<>[]").split("|"))
    return {str(name) for name in names}


def english_in(text: str, english: set[str], allowed: set[str]) -> list[str]:
    return sorted({word for word in WORD.findall(literal_parts_removed(text)) if word.lower() in english - allowed})


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("indonesian")
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_command_runs_in_indonesian(outputs: dict[str, str]) -> None:
    assert any(key.endswith("--help") for key in outputs) and "report --help" in " ".join(outputs)
    assert not any("Traceback" in text for text in outputs.values())


def test_no_english_catalogue_word_reaches_an_indonesian_reader(outputs: dict[str, str]) -> None:
    english = english_words()
    allowed = {word.lower() for word in ALLOWED | agency_words() | command_names()}
    leaks = {command: found for command, text in outputs.items() if (found := english_in(text, english, allowed))}
    assert leaks == {}


def test_the_indonesian_catalogue_holds_no_english_word() -> None:
    english = english_words()
    allowed = {word.lower() for word in ALLOWED | command_names()}
    leaks = {}
    for catalogue in (MESSAGES, TEXTS, DOCUMENT_TEXTS):
        for key, entry in catalogue.items():
            found = english_in(re.sub(r"\{[^}]*\}", " ", entry["id"]), english, allowed)
            if found:
                leaks[key] = found
    assert leaks == {}


def test_the_check_finds_an_english_word() -> None:
    english = english_words()
    assert english_in("Tampilkan show saat terjadi error", english, set(ALLOWED)) == ["error", "show"]
    assert english_in("Tulis ke `stdout` atau --output", english, set(ALLOWED)) == []


def test_yes_no_questions_offer_the_indonesian_letters() -> None:
    english_letters = [
        key for catalogue in (MESSAGES, TEXTS) for key, entry in catalogue.items() if "[y/n]" in entry["id"]
    ]
    assert english_letters == []
    assert "[y/t]" in MESSAGES["interview.consent"]["id"]
