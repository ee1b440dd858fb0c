"""`report --persons`: every employee's personal report written as a file of its own, and an index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.files import atomic_file, output_folder
from asn_skills.render.formats import Format, ReportFormat
from asn_skills.render.view import View
from asn_skills.reports.views.inputs import Inputs
from asn_skills.reports.views.person import person_document
from asn_skills.reports.views.persons import person_file_name, persons_index

PERSON_FORMATS = (ReportFormat.HTML, ReportFormat.DOCX)


@dataclass(frozen=True)
class PersonFiles:
    """What `write_persons` wrote."""

    count: int
    """Personal reports written."""
    folder: Path
    index: str
    """The index file's name in `folder`."""


def write_persons(
    inputs: Inputs, output: Path | None, given: ReportFormat | None, progress: Callable[[int, int], None] | None = None
) -> PersonFiles:
    """One file per employee of the first round in `inputs` (html, or docx), named by number, in `output`,
    and `index.html`/`index.docx`; each file is written as soon as it is made, and `progress` is told the
    files written so far of all."""
    questionnaire, records, round_name, lang = inputs.questionnaire, inputs.records, inputs.rounds[0].name, inputs.lang
    if output is None or str(output) == "-":
        raise AsnSkillsError("persons_need_folder")
    chosen = given or ReportFormat.HTML
    if chosen not in PERSON_FORMATS:
        raise AsnSkillsError("persons_format", format=chosen.value)
    folder = output_folder(output)
    fmt = Format(chosen.value)
    write = fmt.file_renderer()
    assert write is not None  # every format of PERSON_FORMATS is a file format
    people = sorted(records, key=lambda r: (r.get("unit") or "", r.get("name") or "", r.get("nip") or ""))
    files = [person_file_name(i, len(people), fmt.value, lang) for i in range(1, len(people) + 1)]
    for done, (record, name) in enumerate(zip(people, files, strict=True), 1):
        document = inputs.dated(person_document(questionnaire, record, lang, round_name=round_name), personal=True)
        _write(folder / name, write(View(document, record)))
        if progress is not None:
            progress(done, len(people) + 1)
    index = inputs.dated(persons_index(questionnaire, people, files, round_name, lang))
    index_name = f"index.{fmt.value}"
    _write(folder / index_name, write(View(index, None)))
    if progress is not None:
        progress(len(people) + 1, len(people) + 1)
    return PersonFiles(len(people), folder, index_name)


def _write(path: Path, content: str | bytes) -> None:
    with atomic_file(path, "wb" if isinstance(content, bytes) else "w") as handle:
        handle.write(content)
