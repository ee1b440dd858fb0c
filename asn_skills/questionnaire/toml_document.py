"""Read a questionnaire TOML file with its includes, remembering where every part came from."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError, Problem
from asn_skills.files import named_in_file, read_limited
from asn_skills.parser_reasons import os_reason, toml_position, toml_reason
from asn_skills.questionnaire.toml_lines import KeyLocator, KeyPath, format_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MERGED_LISTS = ("levels", "domains", "roles", "questions", "trainings")
MERGED_TABLES = ("option_sets", "policy")
MAIN_ONLY = ("format", "id", "version", "languages", "title", "description")

FILE_PROBLEMS = {"input_not_regular": "file_not_regular", "input_too_large": "file_too_large"}


@dataclass
class Document:
    """A parsed TOML file merged with what it includes."""

    file: str
    locator: KeyLocator | None
    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[KeyPath, tuple[Document, KeyPath]] = field(default_factory=dict)
    """For merged parts: the document and the path they came from."""

    def problem(self, path: KeyPath, message: str, /, **params: Any) -> Problem:
        """A problem at `path`, located in the file the part came from."""
        for size in (2, 1):
            if len(path) >= size and path[:size] in self.origins:
                source, prefix = self.origins[path[:size]]
                return source.problem(prefix + path[size:], message, **params)
        position = self.locator.locate(path) if self.locator else None
        line, column = position if position else (None, None)
        return Problem(self.file, message, params, line, column, format_path(path))


def read_document(
    path: Path, problems: list[Problem], _stack: tuple[Path, ...] = (), _read: set[Path] | None = None
) -> Document | None:
    """Parse `path` and its includes; append every problem found and return None if it is unusable.

    Each file is included once however often it is named (a file naming the same file twice on every
    level would otherwise be read 2**depth times).
    """
    shown = str(path)
    read = _read if _read is not None else set()
    try:
        raw = read_limited(path)
    except FileNotFoundError:
        problems.append(Problem(shown, "file_not_found"))
        return None
    except AsnSkillsError as error:  # not a regular file, or far too large
        problems.append(Problem(shown, FILE_PROBLEMS.get(error.key, error.key), error.params))
        return None
    except OSError as error:
        problems.append(Problem(shown, "file_unreadable", {"reason": os_reason(error)}))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem(shown, "toml_not_utf8", {}, line))
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.append(_syntax_problem(shown, error))
        return None
    except RecursionError:
        problems.append(Problem(shown, "toml_too_deep"))
        return None
    try:
        locator: KeyLocator | None = KeyLocator(text)
    except RecursionError:  # a pathologically nested value: report problems without line numbers
        locator = None
    document = Document(shown, locator, data)
    includes = data.pop("include", [])
    if not isinstance(includes, list) or not all(isinstance(name, str) for name in includes):
        problems.append(document.problem(("include",), "include_not_list"))
        return document
    for index, name in enumerate(includes):
        target = named_in_file(path.parent, name)  # problems in it are shown under this name, as written
        resolved = target.resolve()
        if resolved in _stack or resolved == path.resolve():
            problems.append(document.problem(("include", index), "include_cycle", name=name))
            continue
        if not target.exists():
            problems.append(document.problem(("include", index), "include_missing", name=name))
            continue
        if resolved in read:
            continue
        read.add(resolved)
        included = read_document(target, problems, _stack + (path.resolve(),), read)
        if included is not None:
            _merge(document, included, problems)
    return document


def _syntax_problem(shown: str, error: Exception) -> Problem:
    message = str(error)
    found = toml_position(message)
    line = found[0] if found else getattr(error, "lineno", None)
    column = found[1] if found else getattr(error, "colno", None)
    return Problem(shown, "toml_syntax", {"reason": toml_reason(message)}, line, column)


def _merge(target: Document, source: Document, problems: list[Problem]) -> None:
    for key, value in source.data.items():
        if key in MAIN_ONLY:
            problems.append(source.problem((key,), "include_main_only_key", key=key))
        elif key in MERGED_LISTS and isinstance(value, list):
            existing = target.data.setdefault(key, [])
            if not isinstance(existing, list):
                continue
            for index, item in enumerate(value):
                target.origins[(key, len(existing))] = (source, (key, index))
                existing.append(item)
        elif key in MERGED_TABLES and isinstance(value, dict):
            existing = target.data.setdefault(key, {})
            if not isinstance(existing, dict):
                continue
            for name, item in value.items():
                if name in existing:
                    problems.append(source.problem((key, name), "include_duplicate_key", key=f"{key}.{name}"))
                    continue
                target.origins[(key, name)] = (source, (key, name))
                existing[name] = item
        else:
            target.data[key] = value
            target.origins[(key,)] = (source, (key,))
