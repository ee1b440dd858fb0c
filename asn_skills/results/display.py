"""Results as people read them, and back: a results workbook shows each column's header in the reader's
language (areas by name), yes/no, the match band and priority in words, roles and levels by name; the
machine names stay in a hidden row, so `report --from` reads the workbook back whichever language it is in.
The results CSV and JSON keep the stable machine names and values (`results.columns`)."""

from __future__ import annotations

from typing import Any

from asn_skills.i18n import LANGUAGES, translate
from asn_skills.questionnaire.model import Questionnaire
from asn_skills.results.columns import FlatColumn, Scope
from asn_skills.results.schema import Kind, Match, Priority

LEVEL_KEYS = frozenset({"level", "required"})
"""Fields holding a level number, shown by the level's name."""


def header(column: FlatColumn, questionnaire: Questionnaire, lang: str) -> str:
    """The column's header for people: `Skor Keamanan digital`, `Perlu pelatihan`."""
    domain = questionnaire.domains_by_id.get(column.domain or "")
    return column.header(lang, questionnaire.text(domain.name, lang) if domain else None)


def shown(column: FlatColumn, value: Any, questionnaire: Questionnaire, lang: str) -> Any:
    """The value as a people's cell holds it (numbers stay numbers, times stay times)."""
    if value is None:
        return None
    if column.kind is Kind.FLAG:
        return translate(f"result_flag_{'true' if value else 'false'}", lang)
    if column.key == "match" and column.scope is Scope.PERSON:
        return translate(f"result_match_{value}", lang)
    if column.key == "priority" and column.scope is Scope.PERSON:
        return translate(f"result_priority_{value}", lang)
    if column.key == "role" and column.scope is Scope.PERSON:
        role = next((role for role in questionnaire.roles if role.id == value), None)
        return questionnaire.text(role.name, lang) if role else value
    if column.key in LEVEL_KEYS and column.scope is not Scope.INSTRUMENT:
        return questionnaire.level_name(value, lang)
    return column.cell(value)


def machine_text(column: FlatColumn | None, text: str, questionnaire: Questionnaire) -> str:
    """A cell's text as the results CSV writes it: a people's word (in any language) back to its code;
    text that already is a code or number stays as it is."""
    if column is None or not text:
        return text
    wanted = " ".join(text.casefold().split())
    if column.kind is Kind.FLAG:
        return _FLAGS.get(wanted, text)
    if column.key == "match" and column.scope is Scope.PERSON:
        return _MATCHES.get(wanted, text)
    if column.key == "priority" and column.scope is Scope.PERSON:
        return _PRIORITIES.get(wanted, text)
    if column.key == "role" and column.scope is Scope.PERSON:
        role = questionnaire.find_role(text)
        return role.id if role else text
    if column.key in LEVEL_KEYS and column.scope is not Scope.INSTRUMENT:
        for level in questionnaire.levels:
            if wanted in {" ".join(name.casefold().split()) for name in level.name.values()}:
                return str(level.level)
    return text


def _words(key: str, values: list[str]) -> dict[str, str]:
    """Each value's word in every language (and the value itself) -> the value."""
    found = {value: value for value in values}
    for value in values:
        for lang in LANGUAGES:
            found[" ".join(translate(f"{key}{value}", lang).casefold().split())] = value
    return found


_FLAGS = {**_words("result_flag_", ["true", "false"]), "benar": "true", "salah": "false"}
_MATCHES = _words("result_match_", [match.value for match in Match])
_PRIORITIES = _words("result_priority_", [priority.value for priority in Priority])
