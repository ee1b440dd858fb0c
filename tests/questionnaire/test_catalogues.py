"""Every message and label in the catalogues is used by the code, and every one has both languages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from asn_skills import Match, Priority
from asn_skills.cli.texts import TEXTS
from asn_skills.i18n import LANGUAGES, MESSAGES
from asn_skills.ingest.columns import EXPECTED_IDENTITY, IDENTITY_NAMES
from asn_skills.ingest.outputs import REJECT_COLUMNS
from asn_skills.questionnaire.model import Kind, Mode
from asn_skills.reports.views.texts import TEXTS as DOCUMENT_TEXTS

PACKAGE = Path(__file__).resolve().parents[2] / "asn_skills"
FAMILIES = {
    "match.": {match.value for match in Match},
    "priority.": {priority.value for priority in Priority},
    "priority_long.": {priority.value for priority in Priority},
    "identity.": set(IDENTITY_NAMES),
    "field_": set(EXPECTED_IDENTITY),
    "kind.": {kind.value for kind in Kind},
    "mode.": {mode.value for mode in Mode},
    "rejects_column_": set(REJECT_COLUMNS),
    "result_flag_": {"true", "false"},
    "result_match_": {match.value for match in Match},
    "result_priority_": {priority.value for priority in Priority},
}
"""Keys the code builds with an f-string prefix, and the values that can follow it."""


def _catalogue_keys(tree: ast.AST) -> set[int]:
    """Ids of the key nodes of the MESSAGES and TEXTS dicts (their definitions are not uses)."""
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in ("MESSAGES", "TEXTS")
            and isinstance(node.value, ast.Dict)
        ):
            found |= {id(key) for key in node.value.keys}
    return found


def _uses() -> tuple[set[str], set[str]]:
    """String constants and f-string prefixes found in the package's code."""
    literals: set[str] = set()
    prefixes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _catalogue_keys(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                literals.add(node.value)
    return literals, prefixes


@pytest.mark.parametrize("catalogue", [MESSAGES, TEXTS, DOCUMENT_TEXTS], ids=["messages", "texts", "documents"])
def test_every_catalogue_key_is_used(catalogue):
    literals, prefixes = _uses()
    unused = []
    for key in catalogue:
        if key in literals:
            continue
        family = next((prefix for prefix in FAMILIES if key.startswith(prefix) and prefix in prefixes), None)
        if family is not None and key[len(family) :] in FAMILIES[family]:
            continue
        unused.append(key)
    assert unused == []


@pytest.mark.parametrize("catalogue", [MESSAGES, TEXTS, DOCUMENT_TEXTS], ids=["messages", "texts", "documents"])
def test_every_entry_has_every_language(catalogue):
    assert [key for key, entry in catalogue.items() if set(entry) != set(LANGUAGES)] == []
