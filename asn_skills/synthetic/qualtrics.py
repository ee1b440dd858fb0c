"""Qualtrics' "Download data table" as CSV, with its defaults ("Use choice text").

- qualtrics: three heading rows: export tags (`StartDate ... UserLanguage`, `Q1`, `Q2` ...), question
  texts, and `{"ImportId":"QID1"}` (the time columns naming the account's zone); times `YYYY-MM-DD
  hh:mm:ss` in that zone; a multiple-answer question as its choices joined by `,`.
"""

from __future__ import annotations

import json
from datetime import timedelta

from asn_skills.questionnaire.model import Kind
from asn_skills.synthetic.layout import Layout
from asn_skills.synthetic.people import Person
from asn_skills.synthetic.workbook import Cell

TAGS = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished"]
TAGS += ["RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail"]
TAGS += ["ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"]
TEXTS = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished"]
TEXTS += ["Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email"]
TEXTS += ["External Data Reference", "Location Latitude", "Location Longitude", "Distribution Channel"]
TEXTS += ["User Language"]
IMPORT_IDS = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished", "recordedDate"]
IMPORT_IDS += ["_recordId", "recipientLastName", "recipientFirstName", "recipientEmail", "externalDataReference"]
IMPORT_IDS += ["locationLatitude", "locationLongitude", "distributionChannel", "userLanguage"]
IDENTITY = ["NIP (18 digit)", "Nama lengkap", "Unit kerja", "Jabatan"]
ZONE = "Asia/Jakarta"


class Qualtrics(Layout):
    encoding = "utf-8-sig"
    identity_columns = len(TAGS) + len(IDENTITY)
    nip_column = len(TAGS)

    def headings(self) -> list[list[str]]:
        count = len(IDENTITY) + len(self.q.questions)
        tags = [*TAGS, *(f"Q{number}" for number in range(1, count + 1))]
        texts = [*TEXTS, *IDENTITY, *(self.text(question.text) for question in self.q.questions)]
        zoned = {"startDate", "endDate", "recordedDate"}
        imports = [
            json.dumps({"ImportId": name, **({"timeZone": ZONE} if name in zoned else {})}, separators=(",", ":"))
            for name in IMPORT_IDS
        ]
        imports += [json.dumps({"ImportId": f"QID{number}"}, separators=(",", ":")) for number in range(1, count + 1)]
        return [tags, texts, imports]

    def header(self) -> list[str]:
        return self.headings()[1]

    def row(self, number: int, person: Person) -> list[Cell]:
        ended = f"{person.submitted_at:%Y-%m-%d %H:%M:%S}"
        seconds = self.rng.randrange(300, 1500)
        started = f"{person.submitted_at - timedelta(seconds=seconds):%Y-%m-%d %H:%M:%S}"
        meta = [started, ended, "IP Address", "", "100", str(seconds), "True", ended, f"R_{number:015d}"]
        cells: list[Cell] = [*meta, "", "", "", "", "", "", "anonymous", "ID"]
        cells += [person.nip, person.name, person.unit, self.text(self.role_of(person).name)]
        for question in self.q.questions:
            labels = [self.text(option.label) for option in self.chosen(question, person.answers.get(question.id))]
            cells.append(",".join(labels) if question.kind is Kind.MULTI else (labels[0] if labels else ""))
        return cells
