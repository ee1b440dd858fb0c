"""What one header cell of an export names: a question, one option of a multi-select question, an identity
field, a column the survey tool adds itself, or nothing.

Headers as the tools write them, by default and with their other heading settings:
- the question id (`KAM01`); LimeSurvey "Question code" (`KAM11[SQ001]`, one column per option, or
  `KAM11_SQ001` with "Use ExpressionScript code"; an array row `G1[KAM01]`) and "Question code & question
  text" (`KAM01. text`, `KAM11[SQ001]. text [option]`);
- the question's full text in any language (Google Forms, LimeSurvey "Full question text", Kobo labels);
  `text [option label]` for one option of a LimeSurvey multiple-choice question, `title [row]` for a
  Google Forms grid row or a LimeSurvey array row whose text or id is a question's;
- Kobo's `question/choice` 0/1 columns (labels or XML names) and group paths (`group/KAM01`);
- identity columns by their common names, and each tool's own columns (response id, e-mail, quiz points,
  Kobo's `_uuid` ...), which are known and not read.
"""

from __future__ import annotations

import re
from typing import Any

from asn_skills.ingest.cells import normalise, position_of_code
from asn_skills.questionnaire.model import Kind, Questionnaire

IDENTITY_NAMES = {
    "nip": ("nip", "nipbaru", "nomorindukpegawai", "nip18digit", "employeeid"),
    "name": ("nama", "namalengkap", "name", "fullname", "namapegawai", "namaasn"),
    "unit": ("unitkerja", "unit", "opd", "satuankerja", "satker", "perangkatdaerah", "unitorganisasi", "workunit"),
    "role": ("jabatan", "role", "position", "namajabatan", "jenisjabatan"),
    "timestamp": (
        "timestamp",
        "stempelwaktu",
        "capwaktu",
        "horodateur",
        "marcatemporal",
        "submitdate",
        "submissiontime",
        "waktu",
        "datesubmitted",
        "tanggalpengiriman",
        "tanggalpengisian",
        "tanggal",
        "waktupengisian",
        # Microsoft Forms, ODK Central, SurveyMonkey and Qualtrics
        "completiontime",
        "waktupenyelesaian",
        "submissiondate",
        "enddate",
    ),
}
"""Identity fields by header, letters and digits only: `Unit Kerja`, `unit_kerja` and `UNITKERJA` are one.
`Tanggal pengiriman` is LimeSurvey's Indonesian "Date submitted"; `Cap waktu` the Indonesian Google Forms
download's "Timestamp"; `Completion time` Microsoft Forms', `SubmissionDate` ODK Central's, `End Date`
SurveyMonkey's and `EndDate` Qualtrics' submission time."""
_IDENTITY_LOOKUP = {name: field_name for field_name, names in IDENTITY_NAMES.items() for name in names}

TOOL_COLUMNS = frozenset(
    {
        # LimeSurvey "Question code" names of its response columns (createFieldMap)
        "id", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp", "ipaddr", "refurl",
        "interviewtime",
        # KoboToolbox (kpi COPY_FIELDS and XLSForm metadata questions)
        "start", "end", "today", "username", "deviceid", "phonenumber", "simserial", "subscriberid", "audit",
        "_id", "_uuid", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_version_",
        "_tags", "_index", "_xform_id_string", "_attachments", "_geolocation", "meta/rootuuid",
        "meta/instanceid", "meta/deprecatedid", "formhub/uuid",
    }
)  # fmt: skip
"""Columns a tool adds, by their exact (case-folded) header."""
TOOL_COLUMN_NAMES = frozenset(
    {
        # LimeSurvey "Full question text" headings in English and the Indonesian catalogue
        "responseid", "lastpage", "startlanguage", "seed", "accesscode", "token", "datestarted", "datelastaction",
        "ipaddress", "referrerurl", "totaltime", "idtanggapan", "bahasautama", "tanggalmulai",
        "tanggaltindakanterakhir", "alamatip", "urlperujuk", "waktutotal", "halamanterakhir", "kodeakses",
        "namabelakang",  # the Indonesian catalogue's "Last page" (sic)
        # Google Forms: collected e-mail and quiz totals
        "emailaddress", "alamatemail", "adressemail", "adresseemail", "email", "surel", "totalscore", "totalskor",
        "skortotal", "scoretotal", "totalpoin",
        # Microsoft Forms (`ID` is in TOOL_COLUMNS); the Indonesian texts are unverified
        "starttime", "lastmodifiedtime", "waktumulai", "waktumodifikasiterakhir",
        # ODK Central (briefcase.js: meta-instanceID, then KEY ... FormVersion)
        "metainstanceid", "instanceid", "key", "submitterid", "submittername", "attachmentspresent",
        "attachmentsexpected", "status", "reviewstate", "edits", "formversion",
        # SurveyMonkey ("All responses data")
        "respondentid", "collectorid", "startdate", "firstname", "lastname", "customdata", "customdata1",
        "customdata2", "customdata3", "customdata4", "customdata5",
        # Qualtrics (export tags, and question texts of the second heading row)
        "responsetype", "progress", "durationinseconds", "finished", "recordeddate", "recipientlastname",
        "recipientfirstname", "recipientemail", "externalreference", "externaldatareference", "locationlatitude",
        "locationlongitude", "distributionchannel", "userlanguage",
        # a recap sheet's row number
        "no", "nomor", "nourut", "number",
    }
)  # fmt: skip
"""Columns a tool adds, by header letters and digits only (their texts are in the export's language)."""
QUIZ_COLUMNS = frozenset({"skor", "score", "masukan", "feedback", "commentaires", "points", "poin"})
"""Google Forms quiz columns `Question [Skor]` and `Question [Masukan]` beside each quiz question."""

_CODE_OPTION = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*)\[([^\]]+)\]")
_CODE_WITH_TEXT = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]*?)\s*[.:)]\s+(\S.*)$", re.DOTALL)
_BRACKETED = re.compile(r"^(.*\S)\s*\[([^\[\]]+)\]$", re.DOTALL)
_PARENTHESES = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$", re.DOTALL)
_DASHED_PATH = re.compile(r"^[A-Za-z_][\w.]*(?:-[\w./]+)+$")
"""XML names joined by `-` (ODK Central's group paths), a select_multiple choice after a `/`."""
_ABBREVIATED = re.compile(r"^(.+?)\.\.(?:\s*\[(.*)\])?$", re.DOTALL)
ABBREVIATED_LENGTH = 15
"""LimeSurvey's "Abbreviated question text": the text cut to 15 characters, then `.. ` (Writer.php
getAbbreviatedHeading), and ` [subquestion]` cut alike."""

Target = tuple[str, Any]
"""("question", position), ("option", (position, option)), ("identity", field), ("tool", None) or ("unused", None)."""


_NOT_PLAIN = re.compile(r"[^0-9a-z]+")


def plain(text: str) -> str:
    """Letters and digits only, lower case: `Unit Kerja`, `unit_kerja` and `UNITKERJA` are one name."""
    return _NOT_PLAIN.sub("", text.casefold())


class HeaderReader:
    """Tells what each header of an export names, for one questionnaire."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        questions = questionnaire.questions
        self.ids = {question.id.casefold(): position for position, question in enumerate(questions)}
        self.texts = {
            normalise(text): position for position, question in enumerate(questions) for text in question.text.values()
        }
        self.multi = {position for position, question in enumerate(questions) if question.kind is Kind.MULTI}
        self.options: dict[int, dict[str, int]] = {}
        for position in self.multi:
            written: dict[str, int] = {}
            for option_position, option in enumerate(questions[position].choices):
                for text in (str(option.value), option.code or "", *option.label.values()):
                    if text:
                        written.setdefault(normalise(text), option_position)
            self.options[position] = written
        self.sizes = [len(question.choices) for question in questions]
        self.cut: dict[str, set[int]] = {}
        """The first 15 characters of each question text (normalised) -> the questions whose text starts so."""
        for position, question in enumerate(questions):
            for text in question.text.values():
                self.cut.setdefault(normalise(normalise(text)[:ABBREVIATED_LENGTH]), set()).add(position)

    def read(self, header: str) -> Target:
        name = header.strip().lstrip("\ufeff").strip()
        folded = name.casefold()
        if folded in self.ids:
            return "question", self.ids[folded]
        if folded in TOOL_COLUMNS:
            return "tool", None
        if "-" in name and _DASHED_PATH.match(name):  # ODK Central's group paths: `informasi-INF01`
            found = self._dashed(name)
            if found is not None:
                return found
        coded = _CODE_OPTION.match(name)
        if coded:
            found = self._code_option(coded.group(1), coded.group(2))
            if found is not None:
                return found
        if "_" in name and " " not in name:  # "Use ExpressionScript code": KAM11_SQ001
            for cut in (index for index, char in enumerate(name) if char == "_"):
                question = self.ids.get(folded[:cut])
                if question is not None:
                    return self._code_option(name[:cut], name[cut + 1 :]) or ("unused", None)
        with_text = _CODE_WITH_TEXT.match(name)
        if with_text and with_text.group(1).casefold() in self.ids:
            return "question", self.ids[with_text.group(1).casefold()]
        question = self._text(name)
        if question is not None:  # before group paths: question texts may contain "/" (UU 27/2022)
            return "question", question
        bracketed = _BRACKETED.match(name)
        if bracketed:
            found = self._bracketed(bracketed.group(1), bracketed.group(2))
            if found is not None:
                return found
        if "/" in name:
            found = self._slashed([part for part in name.split("/") if part.strip()])
            if found is not None:
                return found
            name = name.rstrip("/").rsplit("/", 1)[-1]
        if with_text:
            found = self._named(with_text.group(1)) or self._named(with_text.group(2))
            if found is not None:
                return found
        return self._named(name) or self._abbreviated(name) or ("unused", None)

    def _abbreviated(self, name: str) -> Target | None:
        """LimeSurvey's "Abbreviated question text" (`Saya dapat mene.. [Satu]`): the question whose text
        alone starts with the 15 characters kept; None where several do (the heading cannot say which)."""
        found = _ABBREVIATED.match(name)
        if found is None:
            return None
        cut, inner = normalise(found.group(1)), found.group(2)
        question = self._text(cut) if len(cut) < ABBREVIATED_LENGTH else None
        if question is None:
            alike = self.cut.get(cut, set())
            question = next(iter(alike)) if len(alike) == 1 else None
        if question is None:
            return None
        if inner is None:
            return "question", question
        if question not in self.multi:
            return "unused", None
        option = self._option(question, inner.strip().removesuffix("..").strip())
        if option is None:  # an option label cut short too
            prefix = normalise(inner.strip().removesuffix("..").strip())
            labels = {position for text, position in self.options[question].items() if text.startswith(prefix)}
            option = next(iter(labels)) if len(labels) == 1 else None
        return ("option", (question, option)) if option is not None else ("unused", None)

    def _dashed(self, name: str) -> Target | None:
        """ODK Central joins group and field names with `-` ("Remove group names" off, its default): the
        shortest path of groups whose rest names something."""
        if plain(name) in TOOL_COLUMN_NAMES:
            return "tool", None
        parts = name.split("-")
        for start in range(1, len(parts)):
            rest = "-".join(parts[start:])
            if rest and (rest[0].isalpha() or rest[0] == "_"):
                found = self.read(rest)
                if found[0] != "unused":
                    return found
        return None

    def _question(self, text: str) -> int | None:
        """The question written as `text`: its id or its full text in any language."""
        found = self.ids.get(text.strip().casefold())
        return found if found is not None else self._text(text)

    def _text(self, text: str) -> int | None:
        """A question by its full text, also with LimeSurvey's "Convert spaces in question text to underscores"."""
        found = self.texts.get(normalise(text))
        if found is None and "_" in text and " " not in text.strip():
            found = self.texts.get(normalise(text.replace("_", " ")))
        return found

    def _option(self, question: int, text: str) -> int | None:
        """The option of a multi question written as `text`: value, code, label, or a position code (SQ001, A1)."""
        found = self.options[question].get(normalise(text))
        return found if found is not None else position_of_code(text, self.sizes[question])

    def _code_option(self, code: str, inner: str) -> Target | None:
        """`CODE[SUB]`: an option column of multi question CODE, or row SUB of a LimeSurvey array (a question
        whose id is SUB, or CODE_SUB as `questionnaires import` names rows whose codes repeat)."""
        question = self.ids.get(code.casefold())
        if question is not None:
            option = self._option(question, inner) if question in self.multi else None
            return ("option", (question, option)) if option is not None else ("unused", None)
        row = self.ids.get(inner.strip().casefold())
        if row is None:
            row = self.ids.get(f"{code}_{inner.strip()}".casefold())
        return ("question", row) if row is not None else None

    def _bracketed(self, outer: str, inner: str) -> Target | None:
        """`Question [Option]` (LimeSurvey multiple choice), `Grid title [Row]` (Google Forms, LimeSurvey
        arrays) and `Question [Skor]` (Google Forms quiz points and feedback)."""
        if plain(inner) in QUIZ_COLUMNS:
            return "tool", None
        question = self._question(outer)
        if question is not None:
            option = self._option(question, inner) if question in self.multi else None
            return ("option", (question, option)) if option is not None else ("unused", None)
        row = self._question(inner)
        return ("question", row) if row is not None else None

    def _slashed(self, parts: list[str]) -> Target | None:
        """Kobo paths: `[group/...]question` and `[group/...]question/choice`, as labels or XML names."""
        for start in range(len(parts)):
            question = self._question("/".join(parts[start:]))
            if question is not None:
                return "question", question
            for cut in range(start + 1, len(parts)):
                question = self._question("/".join(parts[start:cut]))
                if question is not None and question in self.multi:
                    option = self._option(question, "/".join(parts[cut:]))
                    return ("option", (question, option)) if option is not None else ("unused", None)
        return None

    @staticmethod
    def _named(name: str) -> Target | None:
        """An identity field or a tool's column by its usual name; `NIP (18 digit)` is `NIP`."""
        candidates = [name]
        parenthesised = _PARENTHESES.match(name)
        if parenthesised:
            candidates += [parenthesised.group(1), parenthesised.group(2)]
        for candidate in candidates:
            identity = _IDENTITY_LOOKUP.get(plain(candidate))
            if identity is not None:
                return "identity", identity
        if plain(name) in TOOL_COLUMN_NAMES or name.strip().casefold() in TOOL_COLUMNS:
            return "tool", None
        return None
