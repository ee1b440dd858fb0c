"""The Google Apps Script: it parses as JavaScript, builds the form item by item as FormApp would, keeps
every text intact however hostile, and the responses' CSV of that form scores like the library.

The script is run under Node.js with a stand-in for FormApp that records each call; without Node the
tests that need it are skipped (the structural ones still run).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta, timezone

import pytest
from deployed import assert_scores_like_the_library
from support import variant
from tool_exports import google_export
from typer.testing import CliRunner

from asn_skills import load_questionnaire
from asn_skills.deploy.apps_script import js_string, script
from asn_skills.deploy.identity_questions import NIP_PATTERN
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Kind, Questionnaire
from asn_skills.synthetic.people import generate_people

runner = CliRunner()
WIB = timezone(timedelta(hours=7))
"""Google's download writes `GMT+7` after each time; the synthetic people answer in Western Indonesia."""
MAIN = load_questionnaire("kompetensi-digital-asn")
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")

FORM_APP = """
var recorded = [];
function Item(type) { this.entry = { type: type }; recorded.push(this.entry); }
Item.prototype.setTitle = function (title) { this.entry.title = title; return this; };
Item.prototype.setHelpText = function (help) { this.entry.help = help; return this; };
Item.prototype.setRequired = function (required) { this.entry.required = required; return this; };
Item.prototype.setChoiceValues = function (choices) { this.entry.choices = choices.slice(); return this; };
Item.prototype.setValidation = function (validation) { this.entry.validation = validation; return this; };
function Builder() { this.rule = {}; }
Builder.prototype.setHelpText = function (help) { this.rule.help = help; return this; };
Builder.prototype.requireTextMatchesPattern = function (pattern) { this.rule.pattern = pattern; return this; };
Builder.prototype.build = function () { return this.rule; };
var form = {
  setDescription: function (text) { recorded.push({ type: 'description', text: text }); return this; },
  addTextItem: function () { return new Item('text'); },
  addListItem: function () { return new Item('list'); },
  addMultipleChoiceItem: function () { return new Item('choice'); },
  addCheckboxItem: function () { return new Item('checkbox'); },
  addPageBreakItem: function () { return new Item('page'); },
  getEditUrl: function () { return 'edit'; },
  getPublishedUrl: function () { return 'view'; },
};
var FormApp = {
  create: function (title) { recorded.push({ type: 'form', title: title }); return form; },
  createTextValidation: function () { return new Builder(); },
};
var Logger = { log: function () {} };
"""


def run_script(source: bytes, tmp_path) -> list[dict]:
    """The FormApp calls the script makes when `buildForm` runs."""
    path = tmp_path / "run.js"
    path.write_bytes(FORM_APP.encode() + source + b"\nbuildForm();\nprocess.stdout.write(JSON.stringify(recorded));\n")
    done = subprocess.run([NODE, str(path)], capture_output=True, check=True)  # type: ignore[list-item]
    return json.loads(done.stdout)


def hostile(tmp_path) -> Questionnaire:
    texts = {
        "Butir A1": "Kutip \\\" dan \\\\ garis ' miring </script><script>alert(1)</script>",
        "Butir A2": "Baris\u2028pemisah\u2029paragraf dan ${injeksi} `templat`",
        "Mandiri": "Mandiri */ /* & <i>",
        "Satu": "Satu, dua",
        'title = { id = "Uji"': 'title = { id = "Uji */ alert(1) /*"',
    }
    path, _ = variant(tmp_path, list(texts.items()))
    return load_file(path)


def english_first(tmp_path):
    """The test questionnaire with English as its first language: the form asks in English."""
    path, _ = variant(tmp_path, [('languages = ["id", "en"]', 'languages = ["en", "id"]')])
    return path


@needs_node
def test_script_parses_as_javascript(tmp_path):
    path = tmp_path / "form.js"
    path.write_bytes(script(MAIN))
    subprocess.run([NODE, "--check", str(path)], check=True)  # type: ignore[list-item]


@needs_node
def test_running_it_builds_identity_questions_then_a_section_per_area(tmp_path):
    calls = run_script(script(MAIN), tmp_path)
    assert calls[0] == {"type": "form", "title": MAIN.text(MAIN.title, "id")}
    description = calls[1]["text"]
    assert calls[1]["type"] == "description" and description.startswith("Pemberitahuan pelindungan data pribadi")
    assert "UU 27/2022" in description and MAIN.text(MAIN.description, "id") not in description
    nip, name, unit, role = calls[2:6]
    assert nip["type"] == "text" and nip["title"] == "NIP (18 digit)" and nip["required"]
    assert nip["validation"]["pattern"] == NIP_PATTERN and nip["validation"]["help"]
    assert [name["title"], unit["title"]] == ["Nama lengkap", "Unit kerja"]
    assert role == {"type": "list", "title": "Jabatan", "required": True, "choices": [r.name["id"] for r in MAIN.roles]}
    items = calls[6:]
    pages = [item["title"] for item in items if item["type"] == "page"]
    assert pages == [MAIN.text(domain.name, "id") for domain in MAIN.domains]
    questions = [item for item in items if item["type"] != "page"]
    assert len(questions) == len(MAIN.questions)
    by_domain = [q for domain in MAIN.domains for q in MAIN.questions if q.domain == domain.id]
    for item, question in zip(questions, by_domain, strict=True):
        assert item["type"] == ("checkbox" if question.kind is Kind.MULTI else "choice")
        assert item["title"] == question.text["id"] and item["required"]
        none = ["Tidak ada yang benar"] if question.kind is Kind.MULTI else []
        assert item["choices"] == [option.label["id"] for option in question.choices] + none


@needs_node
def test_hostile_texts_reach_the_form_unchanged(tmp_path):
    q = hostile(tmp_path)
    source = script(q)
    assert b"</script>" not in source and "\u2028".encode() not in source
    path = tmp_path / "form.js"
    path.write_bytes(source)
    subprocess.run([NODE, "--check", str(path)], check=True)  # type: ignore[list-item]
    calls = run_script(source, tmp_path)
    assert calls[0]["title"] == "Uji */ alert(1) /*"
    titles = [call.get("title") for call in calls]
    for question in q.questions:
        assert titles.count(question.text["id"]) == 1
    assert [option.label["id"] for option in q.questions[1].choices][2] == "Mandiri */ /* & <i>"
    assert calls[7]["choices"][2] == "Mandiri */ /* & <i>"


def test_every_question_text_is_written_once_as_an_escaped_literal(tmp_path):
    q = hostile(tmp_path)
    source = script(q).decode()
    for question in q.questions:
        literal = js_string(question.text["id"])
        assert json.loads(literal) == question.text["id"]
        assert source.count(literal) == 1, question.id
    assert "\u2028" not in source and "</" not in source.split("var FORM = ", 1)[1].split("function buildForm")[0]


# ---------------------------------------------------------------- round trip


def responses(q: Questionnaire, people, items: list[dict]) -> list[dict[str, object]]:
    """What each person enters in the form the script built: the choices' texts, by item title."""
    titles = [item["title"] for item in items if item["type"] not in ("page", "form", "description")]
    identity, questions = titles[:4], titles[4:]
    filled = []
    for person in people:
        lang = q.languages[0]
        role = next(r for r in q.roles if r.id == person.role)
        response: dict[str, object] = {"Timestamp": person.submitted_at}
        response.update(zip(identity, [person.nip, person.name, person.unit, role.name[lang]], strict=True))
        ordered = [question for domain in q.domains for question in q.questions if question.domain == domain.id]
        for title, question in zip(questions, ordered, strict=True):
            answer = person.answers.get(question.id)
            if answer is None:
                continue
            labels = {option.value: option.label[lang] for option in question.choices}
            response[title] = [labels[v] for v in answer] if isinstance(answer, list) else labels[answer]
        filled.append(response)
    return filled


@needs_node
@pytest.mark.parametrize("which", ["main", "hostile", "english-first"])
def test_responses_csv_of_the_built_form_scores_like_the_library(tmp_path, which):
    if which == "main":
        q, given = MAIN, "kompetensi-digital-asn"
    else:
        q = hostile(tmp_path) if which == "hostile" else load_file(english_first(tmp_path))
        given = str(tmp_path / "variant.toml")
    items = [call for call in run_script(script(q), tmp_path) if call["type"] not in ("form", "description")]
    people = list(generate_people(q, 30, seed=21))
    path = tmp_path / "Survei (Responses).csv"
    path.write_bytes(google_export(items, responses(q, people, items)))
    submitted = {person.nip: person.submitted_at.replace(tzinfo=WIB) for person in people}
    assert_scores_like_the_library(path, given, q, people, submitted)


def logged_and_header(source: bytes, tmp_path) -> tuple[list[str], str]:
    path = tmp_path / "logged.js"
    logger = "var logged = [];\nLogger = { log: function (text) { logged.push(text); } };\n"
    path.write_bytes(FORM_APP.encode() + logger.encode() + source + b"\nbuildForm();\n"
                     b"process.stdout.write(JSON.stringify(logged));\n")  # fmt: skip
    done = subprocess.run([NODE, str(path)], capture_output=True, check=True)  # type: ignore[list-item]
    return json.loads(done.stdout), source.decode().split("*/", 1)[0]


@needs_node
def test_the_instructions_and_the_log_speak_the_forms_language(tmp_path):
    """Whoever pastes the script reads its opening comment and the log in the form's own language."""
    logged, header = logged_and_header(script(MAIN), tmp_path)
    assert logged == ["Sunting formulir: edit", "Tautan untuk responden: view"]
    assert "script.google.com" in header and "tempel" in header and "paste" not in header
    logged, header = logged_and_header(script(load_file(english_first(tmp_path))), tmp_path)
    assert logged == ["Edit the form: edit", "Link for respondents: view"]
    assert "paste this file" in header
