"""Load a questionnaire: parse, validate the structure of every part, check its meaning, build the model."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from asn_skills.errors import AsnSkillsError, Problem, QuestionnaireError
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.checks import Draft, check_draft
from asn_skills.questionnaire.model import (
    Domain,
    Header,
    Level,
    OptionSet,
    Policy,
    Question,
    Questionnaire,
    Role,
    Training,
)
from asn_skills.questionnaire.toml_document import Document, read_document
from asn_skills.questionnaire.toml_lines import KeyPath
from asn_skills.suggest import close_matches, quoted

SECTIONS: dict[str, type[BaseModel]] = {
    "levels": Level,
    "domains": Domain,
    "roles": Role,
    "questions": Question,
    "trainings": Training,
}
REQUIRED_SECTIONS = ("levels", "domains", "roles", "questions")
FORMAT_VERSION = 1


def load_questionnaire(path_or_id: str | Path) -> Questionnaire:
    """A bundled questionnaire by id, or a questionnaire file by path."""
    return load_file(resolve(path_or_id))


def resolve(path_or_id: str | Path) -> Path:
    """The file behind a bundled id or a path; an error naming the bundled ids when neither exists."""
    path = Path(path_or_id)
    if path.suffix.lower() == ".toml" or path.exists():
        return path
    found = bundled.path_of(str(path_or_id))
    if found is None:
        known = bundled.ids()
        close = close_matches(str(path_or_id), known)
        if close:
            raise AsnSkillsError(
                "questionnaire_not_found_close", name=str(path_or_id), close=quoted(close), known=", ".join(known)
            )
        raise AsnSkillsError("questionnaire_not_found", name=str(path_or_id), known=", ".join(known))
    return found


def load_file(path: Path) -> Questionnaire:
    """Load and validate one file; raises QuestionnaireError listing every problem."""
    questionnaire, problems = check_file(path)
    if questionnaire is None:
        raise QuestionnaireError(path, problems)
    return questionnaire


def check_file(path: Path) -> tuple[Questionnaire | None, list[Problem]]:
    """Every problem in `path` (sorted by place), and the questionnaire when there are none."""
    questionnaire, problems, _ = read_file(path)
    return questionnaire, problems


def read_file(path: Path) -> tuple[Questionnaire | None, list[Problem], Document | None]:
    """`check_file`, and the parsed document that locates every part of the questionnaire in its file."""
    problems: list[Problem] = []
    document = read_document(path, problems)
    questionnaire = None
    if document is not None:
        draft = _validate_structure(document, problems)
        problems.extend(document.problem(where, key, **params) for where, key, params in check_draft(draft))
        if not problems:
            questionnaire = _build(draft)
    # A problem in a shared option set is found once for every question using it: report it once.
    unique = list({(p.file, p.line, p.column, p.path, p.message("en")): p for p in problems}.values())
    unique.sort(key=lambda p: (p.file != str(path), p.file, p.line or 0, p.column or 0, p.path))
    return questionnaire, unique, document


def _validate_structure(document: Document, problems: list[Problem]) -> Draft:
    data = document.data
    known = set(Questionnaire.model_fields) | {"option_sets"}
    for key in data:
        if key not in known:
            message, params = _unknown_key(key, known)
            problems.append(document.problem((key,), message, **params))
    for key in REQUIRED_SECTIONS:
        if key not in data:
            problems.append(document.problem((), "missing_key", key=key))
    draft = Draft()
    header = {key: data[key] for key in Header.model_fields if key in data}
    draft.header = _validate_part(Header, header, (), document, problems) or {}
    if isinstance(draft.header, Header):
        draft.header = draft.header.model_dump()
        if draft.header.get("format") not in (None, FORMAT_VERSION):
            problems.append(document.problem(("format",), "format_unsupported", found=draft.header["format"]))
    draft.policy = _validate_part(Policy, data.get("policy", {}), ("policy",), document, problems)
    option_sets = data.get("option_sets", {})
    if not isinstance(option_sets, dict):
        problems.append(document.problem(("option_sets",), "must_be_table", key="option_sets"))
        option_sets = {}
    for name, raw in option_sets.items():
        validated = _validate_part(OptionSet, raw, ("option_sets", name), document, problems)
        if validated is None:
            draft.broken.add("option_sets")
        else:
            draft.option_sets[name] = validated
    for section, model in SECTIONS.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            problems.append(document.problem((section,), "must_be_array_of_tables", key=section))
            continue
        for index, raw in enumerate(items):
            validated = _validate_part(model, raw, (section, index), document, problems)
            if validated is None:
                draft.broken.add(section)
            else:
                getattr(draft, section).append((index, validated))
    return draft


def _validate_part(
    model: type[BaseModel], raw: Any, where: KeyPath, document: Document, problems: list[Problem]
) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        found: dict[str, Problem] = {}
        for detail in error.errors():
            problem = _structure_problem(model, where, detail, document)
            if problem.path in found and problem.path.endswith("options"):
                # `options` is a set name or a list: one message for both failed readings.
                problem = document.problem(where + _plain_loc(detail["loc"]), "options_kind")
            found[problem.path] = problem
        problems.extend(
            problem
            for problem in found.values()
            # a list whose only items are malformed is also "too short": the item problem says it all
            if not (problem.key == "too_few_items" and any(path.startswith(problem.path + "[") for path in found))
        )
        return None


def _structure_problem(model: type[BaseModel], where: KeyPath, detail: Any, document: Document) -> Problem:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    context = detail.get("ctx", {})
    if kind == "extra_forbidden":
        parent = _model_at(model, loc[:-1])
        allowed = set(parent.model_fields) if parent else set()
        message, params = _unknown_key(str(loc[-1]), allowed)
        return document.problem(where + loc, message, **params)
    if kind == "missing":
        return document.problem(where + loc[:-1], "missing_key", key=loc[-1])
    loc = _plain_loc(loc)
    key = _TYPE_MESSAGES.get(kind)
    if key is None:
        return document.problem(where + loc, "invalid_value", reason=detail["msg"])
    return document.problem(where + loc, key, **{name: _shown(name, value) for name, value in context.items()})


def _shown(name: str, value: Any) -> str:
    """A bound or a list of choices as a message shows it: as the TOML file writes it (`0`, `0.5`, not `0.0`),
    the choices as values to type (`self`, `likert`), not pydantic's English list ('self' or 'likert')."""
    if name == "expected" and isinstance(value, str):
        return quoted(re.findall(r"'([^']*)'", value)) or value
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _plain_loc(loc: Any) -> KeyPath:
    """The error location without pydantic's union-branch tags."""
    return tuple(part for part in loc if not _is_union_branch(part))


def _is_union_branch(part: Any) -> bool:
    return isinstance(part, str) and (part.startswith(("tuple[", "dict[", "list[")) or part in _BRANCH_NAMES)


_BRANCH_NAMES = {"str", "int", "float", "bool", "Option", "function-after[validate(), str]"}

_TYPE_MESSAGES = {
    "int_type": "expected_integer",
    "int_parsing": "expected_integer",
    "int_from_float": "expected_integer",
    "float_type": "expected_number",
    "float_parsing": "expected_number",
    "string_type": "expected_text",
    "bool_type": "expected_boolean",
    "bool_parsing": "expected_boolean",
    "list_type": "expected_array",
    "tuple_type": "expected_array",
    "dict_type": "expected_table",
    "model_type": "expected_table",
    "model_attributes_type": "expected_table",
    "greater_than": "must_be_greater",
    "greater_than_equal": "must_be_at_least",
    "less_than": "must_be_less",
    "less_than_equal": "must_be_at_most",
    "too_short": "too_few_items",
    "too_long": "too_many_items",
    "string_pattern_mismatch": "bad_identifier",
    "enum": "not_one_of",
    "literal_error": "not_one_of",
    "finite_number": "must_be_finite",
}


def _model_at(model: type[BaseModel], loc: KeyPath) -> type[BaseModel] | None:
    """The model class that the error location `loc` points into."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or not isinstance(current, type) or not issubclass(current, BaseModel):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _inner_model(argument)
        if found is not None:
            return found
    return None


def _unknown_key(key: str, allowed: Iterable[str]) -> tuple[str, dict[str, str]]:
    """The message for a misspelt or unknown key: the closest allowed key, else all of them."""
    names = sorted(allowed)
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return "unknown_key_close", {"key": key, "close": close[0]}
    return "unknown_key", {"key": key, "allowed": quoted(names)}


def _build(draft: Draft) -> Questionnaire:
    option_sets = {name: option_set.options for name, option_set in draft.option_sets.items()}
    questions = [
        question.model_copy(update={"options": option_sets[question.options]})
        if isinstance(question.options, str)
        else question
        for _, question in draft.questions
    ]
    return Questionnaire(
        **draft.header,
        levels=[level for _, level in draft.levels],
        domains=[domain for _, domain in draft.domains],
        roles=[role for _, role in draft.roles],
        questions=questions,
        trainings=[training for _, training in draft.trainings],
        policy=draft.policy,
    )
