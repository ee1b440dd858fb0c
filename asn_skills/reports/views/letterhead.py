"""The agency block, the date and the signature block that make a report or plan a document to sign."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from asn_skills.render.agency import Agency, read_agency
from asn_skills.render.document import Document
from asn_skills.reports.views.texts import t

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip
BLANK = "(...............................)"


def long_date(day: date, lang: str) -> str:
    """`29 November 2026` in either language."""
    return f"{day.day} {MONTHS.get(lang, MONTHS['id'])[day.month - 1]} {day.year}"


def chosen_agency(name: str | None, file: Path | None) -> Agency | None:
    """The agency from `--agency-file` (its name overridden by `--agency`), or `--agency` alone, or None."""
    agency = read_agency(file) if file is not None else None
    if name:
        return replace(agency, name=name) if agency else Agency(name=name)
    return agency


def with_letterhead(
    document: Document, agency: Agency | None, lang: str, *, sign: bool = False, today: date | None = None
) -> Document:
    """The document dated, under the agency's letterhead; `sign` adds the signature block (plans)."""
    day = long_date(today or date.today(), lang)
    place = agency.city if agency and agency.city else ""
    dated = f"{place}, {day}" if place else day
    if not sign:
        return replace(document, agency=agency, dated=dated)
    signatory = agency.signatory if agency and agency.signatory else BLANK
    position = agency.position if agency and agency.position else t("sign.position", lang)
    nip = f"NIP {agency.nip}" if agency and agency.nip else "NIP ........................"
    return replace(document, agency=agency, dated=dated, signature=(position, signatory, nip))
