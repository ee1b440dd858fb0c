"""The fixed texts of a deployment (identity questions, hints, instructions) in a questionnaire's languages."""

from __future__ import annotations

import re
from typing import Any

from asn_skills.i18n import LANGUAGES, translate
from asn_skills.questionnaire.model import Questionnaire, Text

FALLBACK = "en"
"""The language of fixed texts for a questionnaire language asn-skills has no texts in."""

IDENTITY_FIELDS = (
    ("nip", "deploy_nip"),
    ("nama", "deploy_name"),
    ("unit_kerja", "deploy_unit"),
    ("jabatan", "deploy_role"),
)
"""The identity questions every deployment asks, in this order: (field name, message key of its label).
Each label is one `score` recognises as that identity column in either language."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def wording(key: str, lang: str, /, **params: Any) -> str:
    """A fixed text in `lang`, in English for a language asn-skills has no texts in."""
    return translate(key, lang if lang in LANGUAGES else FALLBACK, **params)


def in_languages(questionnaire: Questionnaire, key: str, /, **params: Any) -> Text:
    """A fixed text in every language of the questionnaire, like the questionnaire's own texts."""
    return {lang: wording(key, lang, **params) for lang in questionnaire.languages}


def printable(text: str) -> str:
    """`text` with control and bidirectional characters written out (`\\x1b`), so a printed or displayed
    copy cannot be steered by them; tab and line feed stay."""
    return _CONTROL.sub(_escaped, text)


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
