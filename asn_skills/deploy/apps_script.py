"""A Google Apps Script (`.gs`) that builds the Google Form of a questionnaire when run once.

The script holds the form as one data literal (`FORM`) and a small builder over FormApp: the title and
description, the identity questions (NIP as text checked against 18 digits, name, unit, role as a list of
the roles), then one section (page break) per area with its questions: a multiple-choice item for a
single answer, a checkbox item for a multi-select question, choices in option order (a checkbox item ends
with "none of these", so that every item can be required). Titles are the question texts in the
questionnaire's first language, which is what the responses' CSV download uses as
headers and `score` recognises.

Every text is written as a JSON string with `<`, `>`, `&` and the line separators escaped as `\\uXXXX`,
so no text can end the literal or the script, whatever it holds.
"""

from __future__ import annotations

import json
from typing import Any

from asn_skills.deploy.identity_questions import IDENTITY_QUESTIONS, NIP_INVALID, NIP_PATTERN, in_language
from asn_skills.deploy.privacy import notice_text, privacy_notice
from asn_skills.deploy.wording import wording
from asn_skills.questionnaire import none_of_these
from asn_skills.questionnaire.model import Kind, Questionnaire
from asn_skills.render.agency import Agency
from asn_skills.units import UnitList

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}

BUILDER = """
function buildForm() {
  var form = FormApp.create(FORM.title);
  form.setDescription(FORM.description);
  FORM.identity.forEach(function (question) {
    addQuestion(form, question);
  });
  FORM.sections.forEach(function (section) {
    form.addPageBreakItem().setTitle(section.title).setHelpText(section.help);
    section.questions.forEach(function (question) {
      addQuestion(form, question);
    });
  });
  Logger.log(FORM.log.edit + ' ' + form.getEditUrl());
  Logger.log(FORM.log.respondents + ' ' + form.getPublishedUrl());
}

function addQuestion(form, question) {
  var item;
  if (question.kind === 'text') {
    item = form.addTextItem();
    if (question.pattern) {
      item.setValidation(FormApp.createTextValidation()
        .setHelpText(question.invalid)
        .requireTextMatchesPattern(question.pattern)
        .build());
    }
  } else if (question.kind === 'list') {
    item = form.addListItem().setChoiceValues(question.choices);
  } else if (question.kind === 'checkbox') {
    item = form.addCheckboxItem().setChoiceValues(question.choices);
  } else {
    item = form.addMultipleChoiceItem().setChoiceValues(question.choices);
  }
  item.setTitle(question.title).setRequired(true);
  if (question.help) {
    item.setHelpText(question.help);
  }
}
"""


def script(questionnaire: Questionnaire, agency: Agency | None = None, units: UnitList | None = None) -> bytes:
    """The `.gs` file: paste it into a new Apps Script project and run `buildForm` once. The form's
    description is the privacy notice (`agency` names the controller). With `units`, the unit question is a
    dropdown of the agency's units."""
    lang = questionnaire.languages[0]
    said = wording(
        "apps_script_header",
        lang,
        title=_comment(questionnaire.text(questionnaire.title, lang)),
        id=_comment(questionnaire.id),
        version=_comment(questionnaire.version),
    )
    header = "/*\n" + "".join(f" * {line}\n" for line in said.splitlines()) + " */\n"
    return (header + "var FORM = " + js_value(form_data(questionnaire, agency, units)) + ";\n" + BUILDER).encode()


def form_data(
    questionnaire: Questionnaire, agency: Agency | None = None, units: UnitList | None = None
) -> dict[str, Any]:
    """The form as data: title, the privacy notice as its description (the questionnaire's own description
    is a note for the agency, not for respondents), identity questions and one section per area."""
    lang = questionnaire.languages[0]
    identity: list[dict[str, Any]] = []
    for field in IDENTITY_QUESTIONS:
        entry: dict[str, Any] = {"kind": "text", "title": in_language(field.text, lang)}
        if field.help:
            entry["help"] = in_language(field.help, lang)
        if field.field == "nip":
            entry.update(pattern=NIP_PATTERN, invalid=in_language(NIP_INVALID, lang))
        if field.field == "role":
            entry.update(kind="list", choices=[questionnaire.text(role.name, lang) for role in questionnaire.roles])
        if field.field == "unit" and units is not None:
            entry.update(kind="list", choices=units.names)
        identity.append(entry)
    sections = []
    for domain in questionnaire.domains:
        questions = [
            {
                "kind": "checkbox" if question.kind is Kind.MULTI else "choice",
                "title": questionnaire.text(question.text, lang),
                "choices": [questionnaire.text(option.label, lang) for option in question.choices]
                + ([none_of_these.label(lang)] if none_of_these.offered(question) else []),
            }
            for question in questionnaire.questions
            if question.domain == domain.id
        ]
        sections.append(
            {
                "title": questionnaire.text(domain.name, lang),
                "help": questionnaire.text(domain.description, lang),
                "questions": questions,
            }
        )
    return {
        "title": questionnaire.text(questionnaire.title, lang),
        "description": notice_text(privacy_notice(questionnaire, agency, lang)),
        "identity": identity,
        "sections": sections,
        "log": {"edit": wording("apps_script_edit", lang), "respondents": wording("apps_script_respondents", lang)},
    }


def js_value(value: Any) -> str:
    """`value` as a JavaScript literal that no text inside it can break out of."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    for raw, escaped in _ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def js_string(text: str) -> str:
    """One text as the string literal `js_value` writes for it."""
    return js_value(text)


def _comment(text: str) -> str:
    """A text safe inside a /* */ comment on one line."""
    return " ".join(text.replace("*/", "* /").split())
