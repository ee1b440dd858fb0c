"""The agency that issues a report or plan: its letterhead and who signs, read from the `[agency]` table of a
small TOML file (its `[plan]` table is read by reports.plan_settings, its `[[units]]` by units)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from asn_skills.errors import AsnSkillsError
from asn_skills.settings_file import read_settings
from asn_skills.suggest import quoted


@dataclass(frozen=True)
class Agency:
    """Who issues a document: printed as its letterhead and, on plans, in the signature block."""

    name: str
    """The agency, e.g. "BKPSDM Kabupaten Sleman"."""
    unit: str = ""
    """The issuing unit inside it, e.g. "Bidang Pengembangan Kompetensi"."""
    city: str = ""
    """Where the document is signed: the place in the date line."""
    signatory: str = ""
    """The name of the person who signs."""
    position: str = ""
    """The signatory's position."""
    nip: str = ""
    """The signatory's NIP."""
    privacy_contact: str = ""
    """Whom respondents ask about their data (the data protection officer, a desk, an e-mail address); the
    privacy notice names the agency where this is empty."""
    retention: str = ""
    """How long answers and results are kept, in the notice's words ("5 tahun sejak penilaian")."""
    privacy_notice: str | dict[str, str] = ""
    """The agency's own privacy notice replacing ours: one text, or a table of texts by language
    (`{ id = "...", en = "..." }`); paragraphs are separated by an empty line."""

    def privacy_notice_in(self, lang: str) -> str:
        """The agency's own notice in `lang` (its first text where that language is missing), or ""."""
        if isinstance(self.privacy_notice, str):
            return self.privacy_notice
        return self.privacy_notice.get(lang) or next(iter(self.privacy_notice.values()), "")


def read_agency(path: Path) -> Agency:
    """The `[agency]` table of a TOML file; unknown keys are errors, `name` is required."""
    file = str(path)
    data = read_settings(path, "agency_file_missing")
    table = data.get("agency")
    if table is None:
        raise AsnSkillsError("agency_no_table", file=file)
    if not isinstance(table, dict):
        raise AsnSkillsError("agency_not_table", file=file, field="agency")
    for key in data:
        if key not in ("agency", "plan", "units"):
            raise AsnSkillsError("agency_unknown_key", file=file, name=key, known=quoted(("agency", "plan", "units")))
    known = [item.name for item in fields(Agency)]
    for key, value in table.items():
        if key not in known:
            raise AsnSkillsError("agency_unknown_key", file=str(path), name=key, known=quoted(known))
        texts = value.values() if key == "privacy_notice" and isinstance(value, dict) else [value]
        if not all(isinstance(text, str) for text in texts):
            raise AsnSkillsError("agency_not_text", file=file, field=key, name=key)
    if not table.get("name", "").strip():
        raise AsnSkillsError("agency_no_name", file=file)
    values: dict[str, Any] = {key: _stripped(value) for key, value in table.items()}
    return Agency(**values)


def _stripped(value: str | dict[str, str]) -> str | dict[str, str]:
    return value.strip() if isinstance(value, str) else {lang: text.strip() for lang, text in value.items()}
