"""Which reader a survey structure file needs, told by its content: an XLSForm workbook, a LimeSurvey
`.lss` document, or LimeSurvey's tab-separated `.txt`."""

from __future__ import annotations

from pathlib import Path

from asn_skills.deploy.draft import QuestionnaireDraft
from asn_skills.deploy.limesurvey_import import read_lss, read_tsv
from asn_skills.deploy.xlsform_import import read_xlsform
from asn_skills.errors import AsnSkillsError
from asn_skills.files import read_limited
from asn_skills.parser_reasons import os_reason
from asn_skills.workbooks.reader import is_encrypted_workbook, is_workbook


def read_draft(path: Path) -> QuestionnaireDraft:
    """The questionnaire draft of the structure at `path`; raises AsnSkillsError with the fix when it is none."""
    shown = str(path)
    try:
        data = read_limited(path)
    except FileNotFoundError:
        raise AsnSkillsError("import_missing", file=shown) from None
    except OSError as error:
        raise AsnSkillsError("import_unreadable", file=shown, reason=os_reason(error)) from None
    if is_encrypted_workbook(path, data[:65536]):
        raise AsnSkillsError("workbook_encrypted", file=shown)
    if is_workbook(path, data[:4]):
        return read_xlsform(path, shown)
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"<" or path.suffix.lower() == ".lss":
        return read_lss(data, shown)
    try:
        return read_tsv(data, shown)
    except UnicodeDecodeError:
        raise AsnSkillsError("import_unknown_format", file=shown) from None
