"""A questionnaire draft read from a survey tool's structure, and its TOML with TODO comments.

A draft holds what a survey structure says (areas from its groups, questions, their options and codes,
texts per language) and nothing it cannot know: levels, roles with their required levels, the course
catalogue, which option is right. The TOML leaves those to the user, with a TODO comment and an example
at each place, so that `asn-skills questionnaires validate` on the draft lists exactly what is left.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from asn_skills.i18n import translate
from asn_skills.questionnaire.model import Text

_SLUG_CUT = re.compile(r"[^a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_QUESTION_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
SLUG_LENGTH = 40


@dataclass(frozen=True)
class DraftOption:
    label: Text
    code: str | None = None
    """How the tool writes this answer (LimeSurvey answer code, XLSForm choice name)."""


@dataclass(frozen=True)
class DraftQuestion:
    id: str
    domain: str
    text: Text
    options: tuple[DraftOption, ...]
    multi: bool = False


@dataclass(frozen=True)
class DraftDomain:
    id: str
    name: Text
    description: Text


@dataclass(frozen=True)
class QuestionnaireDraft:
    id: str
    title: Text
    languages: tuple[str, ...]
    domains: tuple[DraftDomain, ...]
    questions: tuple[DraftQuestion, ...]
    source: str
    """The file the draft was read from, as the user named it."""


def slug(text: str, fallback: str) -> str:
    """A lower-case id from a name (`Literasi Informasi & Data` -> `literasi-informasi-data`), else `fallback`."""
    made = _SLUG_CUT.sub("-", text.casefold()).strip("-")[:SLUG_LENGTH].strip("-")
    return made if made and made[0].isalnum() else fallback


def unique_slugs(names: list[str], prefix: str) -> list[str]:
    """One distinct slug per name, numbered where two names give the same one."""
    made: list[str] = []
    taken: set[str] = set()
    for number, name in enumerate(names, 1):
        candidate = slug(name, f"{prefix}-{number}")
        while candidate in taken:
            candidate = f"{candidate}-{number}"
        made.append(candidate)
        taken.add(candidate)
    return made


def question_id(code: str, number: int) -> str:
    """The code as a question id, or `Q<number>` when it cannot be one."""
    return code if _QUESTION_ID.match(code) else f"Q{number}"


def render(draft: QuestionnaireDraft, lang: str) -> str:
    """The draft as a questionnaire TOML file, with a TODO comment in `lang` wherever the user has to decide."""
    languages = draft.languages

    def said(key: str, **params: Any) -> list[str]:
        return [f"# {line}" for line in translate(key, lang, **params).splitlines()]

    lines = [
        *said("draft_header", source=_comment(draft.source)),
        "format = 1",
        f"id = {_string(draft.id)}",
        'version = "1"',
        f"languages = [{', '.join(_string(lang) for lang in languages)}]",
        f"title = {_text(draft.title, languages)}",
        "",
        *said("draft_levels"),
        "# [[levels]]",
        "# level = 1",
        f"# name = {_example('Dasar', 'Foundation', languages)}",
        "# min = 0",
        "",
    ]
    for domain in draft.domains:
        lines += ["[[domains]]", f"id = {_string(domain.id)}", f"name = {_text(domain.name, languages)}"]
        if any(domain.description.values()):
            lines.append(f"description = {_text(domain.description, languages)}")
        lines.append("")
    required = ", ".join(f"{domain.id} = 2" for domain in draft.domains)
    lines += [
        *said("draft_roles"),
        "# [[roles]]",
        '# id = "pelaksana"',
        f"# name = {_example('Pelaksana', 'Administrative staff', languages)}",
        f"# required = {{ {required} }}",
        "# default = true",
        "",
    ]
    sets = _option_sets(draft)
    for name, options in sets.values():
        lines += [f"[option_sets.{name}]", "options = ["]
        lines += [f"  {_option(position, option, languages)}," for position, option in enumerate(options)]
        lines += ["]", ""]
    for question in draft.questions:
        lines += ["[[questions]]", f"id = {_string(question.id)}", f"domain = {_string(question.domain)}"]
        if question.multi:
            lines.append(f'kind = "multi"  # {translate("draft_multi", lang)}')
        else:
            lines.append(f'kind = "self"  # {translate("draft_single", lang)}')
        lines.append(f"text = {_text(question.text, languages)}")
        shared = None if question.multi else _set_name(sets, question.options)
        if shared is None:
            lines.append("options = [")
            lines += [
                f"  {_option(position, option, languages, letters=question.multi)},"
                for position, option in enumerate(question.options)
            ]
            lines.append("]")
        else:
            lines.append(f"options = {_string(shared)}")
        lines.append("")
    lines += [
        *said("draft_trainings"),
        "# [[trainings]]",
        '# id = "kursus-1"',
        f"# title = {_example('Nama kursus', 'Course name', languages)}",
        f"# domain = {_string(draft.domains[0].id if draft.domains else '')}",
        "# for_levels = [1]",
        "# hours = 8",
        '# mode = "e-learning"',
        '# provider = "BPSDM"',
    ]
    return "\n".join(lines) + "\n"


OptionsKey = tuple[tuple[tuple[tuple[str, str], ...], str | None], ...]
"""A scale as a value that can be hashed (labels are dicts, which cannot)."""
OptionSets = dict[OptionsKey, tuple[str, tuple[DraftOption, ...]]]
"""Each shared scale -> its name and options."""


def _options_key(options: tuple[DraftOption, ...]) -> OptionsKey:
    return tuple((tuple(option.label.items()), option.code) for option in options)


def _option_sets(draft: QuestionnaireDraft) -> OptionSets:
    """The scales several single-answer questions share, each once under its name (`skala-1`, `skala-2` ...
    in order of use), looked up by the scale: counted in one pass, so a structure of many questions takes
    time in proportion to its size."""
    keys = [(_options_key(question.options), question.options) for question in draft.questions if not question.multi]
    uses = Counter(key for key, _ in keys)
    sets: OptionSets = {}
    for key, options in keys:
        if uses[key] > 1 and key not in sets:
            sets[key] = (f"skala-{len(sets) + 1}", options)
    return sets


def _set_name(
    sets: dict[OptionsKey, tuple[str, tuple[DraftOption, ...]]], options: tuple[DraftOption, ...]
) -> str | None:
    found = sets.get(_options_key(options))
    return None if found is None else found[0]


def _option(position: int, option: DraftOption, languages: tuple[str, ...], letters: bool = False) -> str:
    value = _string(_letters(position)) if letters else str(position)
    code = f", code = {_string(option.code)}" if option.code else ""
    return f"{{ value = {value}{code}, label = {_text(option.label, languages)} }}"


def _letters(position: int) -> str:
    """a, b ... z, aa, ab ..."""
    text = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def _example(indonesian: str, english: str, languages: tuple[str, ...]) -> str:
    """An example text for a TODO comment: Indonesian where the file speaks it, English elsewhere."""
    return _text({lang: indonesian if lang == "id" else english for lang in languages}, languages)


def _text(text: Text, languages: tuple[str, ...]) -> str:
    """An inline table of the text in each language (a missing language left for `validate` to name)."""
    parts = [f"{_key(lang)} = {_string(text[lang])}" for lang in languages if lang in text]
    return "{ " + ", ".join(parts) + " }"


def _key(name: str) -> str:
    """A TOML key: bare when TOML allows it (`id`, `en-US`), else quoted, so that a language code read from
    a survey file can never close the table and write keys of its own."""
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and DEL, which TOML forbids raw, is escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _comment(text: str) -> str:
    """A text on one comment line: TOML allows no control character there, so they are shown escaped."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", " ".join(text.split()))
