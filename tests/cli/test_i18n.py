"""Every message exists in Indonesian and English with the same placeholders."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from asn_skills.cli.texts import TEXTS, help_language
from asn_skills.i18n import LANGUAGES, MESSAGES, default_language, render, translate
from asn_skills.reports.views.texts import TEXTS as DOCUMENT_TEXTS


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def counts(template: str) -> set[str]:
    """The placeholders marked as counts (`{n:n}`), which the reader's language groups."""
    return {name for _, name, spec, _ in string.Formatter().parse(template) if name and spec == "n"}


@pytest.mark.parametrize("catalogue", [MESSAGES, TEXTS, DOCUMENT_TEXTS], ids=["core", "cli", "documents"])
def test_every_message_in_both_languages_with_same_placeholders(catalogue):
    for key, entry in catalogue.items():
        assert set(entry) == set(LANGUAGES), key
        assert placeholders(entry["id"]) == placeholders(entry["en"]), key
        assert counts(entry["id"]) == counts(entry["en"]), key
        for lang, template in entry.items():
            assert all(re.fullmatch(r"[a-z_]+(![rs])?", name) for name in placeholders(template)), (key, template)
            specs = {spec for _, name, spec, _ in string.Formatter().parse(template) if name}
            assert specs <= {"", "n"}, (key, template)
            render(catalogue, key, lang, **{name: "x" for name in placeholders(template)})
            render(catalogue, key, lang, **{name: 1234 for name in placeholders(template)})


@pytest.mark.parametrize(("lang", "written"), [("id", "1.985 pegawai"), ("en", "1,985 employees")])
def test_a_count_is_grouped_as_the_reader_writes_it_and_a_year_is_not(lang, written):
    catalogue = {
        "line": {"id": "{n:n} pegawai, {hours:n} JP, tahun {year}", "en": "{n:n} employees, {hours:n} JP, {year}"}
    }
    shown = render(catalogue, "line", lang, n=1985, hours=33068.5, year=2027)
    assert shown.startswith(written)
    assert ("33.068,5 JP" if lang == "id" else "33,068.5 JP") in shown
    assert shown.endswith("2027")
    assert render(catalogue, "line", lang, n="tak diketahui", hours=True, year=2027).startswith("tak diketahui")


PACKAGE = Path(__file__).resolve().parents[2] / "asn_skills"
MESSAGE_CALLS = {"translate", "AsnSkillsError", "AnswerError", "Problem", "problem", "t", "h"}


def message_keys_in(path: Path) -> set[str]:
    """String literals used as message keys: arguments of message calls, and check findings."""
    keys = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in MESSAGE_CALLS:
                keys |= {
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and re.fullmatch(r"[a-z_.]+", arg.value)
                }
        elif isinstance(node, (ast.Yield, ast.Return)) and isinstance(node.value, ast.Tuple):
            keys |= {e.value for e in node.value.elts[1:2] if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return keys


def test_every_message_key_used_in_the_code_exists():
    used = set().union(*(message_keys_in(path) for path in PACKAGE.rglob("*.py")))
    assert len(used) > 40
    assert sorted(used - set(MESSAGES) - set(TEXTS) - set(DOCUMENT_TEXTS)) == []


def test_structure_error_messages_exist():
    from asn_skills.questionnaire.load import _TYPE_MESSAGES

    assert set(_TYPE_MESSAGES.values()) <= set(MESSAGES)


def test_translate_fills_parameters_and_defaults_to_indonesian():
    assert translate("unknown_domain", "en", domain="x", known="a") == "domain `x` does not exist; known domains: a"
    assert translate("unknown_domain", "fr", domain="x", known="a").startswith("ranah `x` tidak ada")


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("ASN_SKILLS_LANG", "en")
    assert default_language() == "en"
    monkeypatch.setenv("ASN_SKILLS_LANG", "xx")
    assert default_language() == "id"


def test_help_language_reads_the_command_line(monkeypatch):
    monkeypatch.delenv("ASN_SKILLS_LANG", raising=False)
    assert help_language(["asn-skills", "--lang", "en", "--help"]) == "en"
    assert help_language(["asn-skills", "--lang=en"]) == "en"
    assert help_language(["asn-skills", "--help"]) == "id"


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("id", "1.985 pegawai mendapat rekomendasi · 166 kelas · 1.152 JP penyelenggaraan · 33.068 JP peserta"),
        ("en", "1,985 employees with recommendations · 166 classes · 1,152 JP delivered · 33,068 participant JP"),
    ],
)
def test_the_plan_headline_groups_its_counts(lang, written):
    shown = render(
        DOCUMENT_TEXTS,
        "akpk.headline",
        lang,
        round="2027",
        employees=1985,
        classes=166,
        hours=1152.0,
        participant_hours=33068.0,
    )
    assert shown.endswith(written) and "2027:" in shown


COUNTS = {
    "n", "count", "total", "answered", "covered", "people", "employees", "flagged", "classes", "participant_hours",
    "firm", "suggestions", "superseded", "rejected", "incomplete", "unused", "rest", "shown",
}  # fmt: skip
"""Placeholder names that always hold a count: a count the reader's language groups is marked `{name:n}`."""


@pytest.mark.parametrize("catalogue", [MESSAGES, TEXTS, DOCUMENT_TEXTS], ids=["core", "cli", "documents"])
def test_every_count_is_marked_to_be_grouped(catalogue):
    unmarked = {
        key: sorted((placeholders(template) & COUNTS) - counts(template))
        for key, entry in catalogue.items()
        for template in entry.values()
        if (placeholders(template) & COUNTS) - counts(template)
    }
    assert unmarked == {}


@pytest.mark.parametrize(
    ("value", "indonesian", "english"),
    [(1234567.0, "1.234.567", "1,234,567"), (123456.5, "123.456,5", "123,456.5"), (999, "999", "999")],
)
def test_a_count_keeps_every_digit_it_has(value, indonesian, english):
    catalogue = {"line": {"id": "{n:n} JP", "en": "{n:n} JP"}}
    assert render(catalogue, "line", "id", n=value) == f"{indonesian} JP"
    assert render(catalogue, "line", "en", n=value) == f"{english} JP"
