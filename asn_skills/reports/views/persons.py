"""Every employee's personal report at once: the file names (a number, never a name or NIP) and the index
that lists who is in which file."""

from __future__ import annotations

from collections.abc import Sequence

from asn_skills.questionnaire.model import Questionnaire
from asn_skills.render.document import Cell, Document, Link, Number, Section
from asn_skills.reports.views.parts import footer, role_name
from asn_skills.reports.views.texts import t
from asn_skills.scoring.result import Record


def person_file_name(position: int, total: int, extension: str, lang: str) -> str:
    """`pegawai-007.html`: the position in the index, padded so the files sort in its order."""
    digits = max(3, len(str(total)))
    return f"{t('persons.file_stem', lang)}-{position:0{digits}d}.{extension}"


def persons_index(
    questionnaire: Questionnaire, records: Sequence[Record], files: Sequence[str], round_name: str, lang: str
) -> Document:
    """No., file, name, NIP, unit, role and priority of every report written (names and NIPs are pseudonyms
    when the records are)."""
    q = questionnaire
    rows: list[list[Cell]] = [
        [
            Number(position, str(position)),
            Link(file, file),
            record["name"] or "-",
            record["nip"] or "-",
            record["unit"] or "-",
            role_name(q, record["role"], lang),
            t(f"priority.{record['priority']}", lang),
        ]
        for position, (record, file) in enumerate(zip(records, files, strict=True), 1)
    ]
    columns = [
        t("col.number", lang),
        t("persons.file", lang),
        t("col.name", lang),
        t("col.nip", lang),
        t("col.unit", lang),
        t("col.role", lang),
        t("col.priority_short", lang),
    ]
    section = Section(
        t("persons.index", lang, n=len(rows)),
        columns,
        rows,
        numeric=frozenset({0}),
        nowrap=frozenset({1, 3}),
        notes=[t("persons.index_note", lang)],
        name="persons",
    )
    title = t("persons.title", lang, title=q.text(q.title, lang), round=round_name)
    return Document(title, [section], footer=footer(lang), lang=lang, landscape=True)
