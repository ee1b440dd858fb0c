"""ODK Central's "Download submissions" .csv of the form `questionnaires export --to xlsform` builds.

- odk-central (group and choice names as `questionnaires export --to xlsform` writes them for the bundled
  questionnaires): getodk/central-backend lib/data/briefcase.js: `SubmissionDate` first (UTC, `Z`), `start`,
  `end`, field paths with groups joined by `-` (`identitas-nip`, `keamanan-KAM01`), a select_multiple as
  its choice names joined by spaces, `meta-instanceID`, then `KEY, SubmitterID, SubmitterName,
  AttachmentsPresent, AttachmentsExpected, Status, ReviewState, DeviceID, Edits, FormVersion`; quoted
  only where needed, records ended by `\\n`. (Central lists the newest first; a sample keeps its people's
  order.)
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from asn_skills.questionnaire.model import Kind
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

META = ["KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status"]
META += ["ReviewState", "DeviceID", "Edits", "FormVersion"]
WIB = timedelta(hours=7)


class OdkCentral(Layout):
    identity_columns = 7
    nip_column = 3

    def header(self) -> list[str]:
        identity = [f"identitas-{name}" for name in ("nip", "nama", "unit_kerja", "jabatan")]
        groups = {domain.id: domain.id if domain.id[0].isalpha() else f"ranah_{number}"
                  for number, domain in enumerate(self.q.domains, 1)}  # fmt: skip
        questions = [f"{groups[question.domain]}-{question.id}" for question in self.q.questions]
        return ["SubmissionDate", "start", "end", *identity, *questions, "meta-instanceID", *META]

    def row(self, number: int, person: Person) -> list[Cell]:
        utc = person.submitted_at - WIB
        started = person.submitted_at - timedelta(minutes=self.rng.randrange(8, 30))
        answers = []
        for question in self.q.questions:
            chosen = self.chosen(question, person.answers.get(question.id))
            names = [str(option.value) if " " not in str(option.value) else option.code or "" for option in chosen]
            answers.append(" ".join(names) if question.kind is Kind.MULTI or names else "")
        instance = f"uuid:{uuid.UUID(int=self.rng.getrandbits(128), version=4)}"
        return [
            f"{utc:%Y-%m-%dT%H:%M:%S}.000Z",
            f"{started:%Y-%m-%dT%H:%M:%S}.000+07:00",
            f"{person.submitted_at:%Y-%m-%dT%H:%M:%S}.000+07:00",
            person.nip,
            person.name,
            person.unit,
            person.role,
            *answers,
            instance,
            instance,
            "7",
            "enumerator",
            "0",
            "0",
            "",
            "",
            f"collect:{self.rng.getrandbits(48):012x}",
            "0",
            "1",
        ]

    def line(self, cells: Sequence[Cell]) -> str:
        return super().line(cells)[:-2] + "\n"
