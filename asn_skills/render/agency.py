"""The agency that issues a report or plan: its letterhead and who signs, read from the `[agency]` table of a
small TOML file (its `[plan]` table is read by reports.plan_settings)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from asn_skills.errors import AsnSkillsError


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


def read_agency(path: Path) -> Agency:
    """The `[agency]` table of a TOML file; unknown keys are errors, `name` is required."""
    file = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise AsnSkillsError("agency_file_missing", file=file) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AsnSkillsError("agency_file_invalid", file=file, reason=str(error)) from None
    table = data.get("agency")
    if not isinstance(table, dict):
        raise AsnSkillsError("agency_file_invalid", file=file, reason="[agency] table missing")
    for key in data:
        if key not in ("agency", "plan"):
            raise AsnSkillsError("agency_unknown_key", file=file, name=key, known="agency, plan")
    known = [item.name for item in fields(Agency)]
    for key, value in table.items():
        if key not in known:
            raise AsnSkillsError("agency_unknown_key", file=file, name=key, known=", ".join(known))
        if not isinstance(value, str):
            raise AsnSkillsError("agency_file_invalid", file=file, reason=f"{key} must be text in quotes")
    if not table.get("name", "").strip():
        raise AsnSkillsError("agency_file_invalid", file=file, reason='name = "..." is required')
    return Agency(**{key: value.strip() for key, value in table.items()})
