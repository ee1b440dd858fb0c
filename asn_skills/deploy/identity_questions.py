"""The identity questions every deployed form asks before the items: NIP, name, unit and role.

Their codes and texts are ones `score` recognises in an export without a column map (`NIP (18 digit)`,
`Nama lengkap`, `Unit kerja`, `Jabatan`, or the codes `NIP`, `NAMA`, `UNITKERJA`, `JABATAN`).
"""

from __future__ import annotations

from dataclasses import dataclass

from asn_skills.questionnaire.model import Questionnaire, Text

NIP_PATTERN = "^[0-9]{18}$"
"""An 18-digit NIP with nothing else (no spaces or dots), as the forms check it."""


@dataclass(frozen=True)
class IdentityQuestion:
    code: str
    """The question code (LimeSurvey) and the field it fills."""
    field: str
    """nip, name, unit or role."""
    text: Text
    help: Text


IDENTITY_QUESTIONS = (
    IdentityQuestion(
        "NIP",
        "nip",
        {"id": "NIP (18 digit)", "en": "NIP (18 digits)"},
        {"id": "18 angka tanpa spasi atau titik", "en": "18 digits without spaces or dots"},
    ),
    IdentityQuestion("NAMA", "name", {"id": "Nama lengkap", "en": "Full name"}, {}),
    IdentityQuestion("UNITKERJA", "unit", {"id": "Unit kerja", "en": "Work unit"}, {}),
    IdentityQuestion("JABATAN", "role", {"id": "Jabatan", "en": "Position"}, {}),
)
IDENTITY_GROUP: Text = {"id": "Identitas", "en": "Identity"}
NIP_INVALID: Text = {
    "id": "NIP harus 18 angka, tanpa spasi atau titik",
    "en": "The NIP must be 18 digits, without spaces or dots",
}


def in_language(text: Text, lang: str) -> str:
    """A fixed text in `lang`, in English for a language it lacks, empty when it has none."""
    return text.get(lang) or text.get("en", "")


def identity_codes() -> frozenset[str]:
    """The identity question codes, case-folded (a question id may not take one)."""
    return frozenset(question.code.casefold() for question in IDENTITY_QUESTIONS)


def role_names(questionnaire: Questionnaire, lang: str) -> list[str]:
    """The roles as a respondent picks them: their names in `lang`, in the file's order."""
    return [questionnaire.text(role.name, lang) for role in questionnaire.roles]
