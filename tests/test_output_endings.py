"""The format an output file's name asks for, without a front end: a usage problem names the option."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_skills.errors import ExitCode, UsageProblem
from asn_skills.output_names import format_of_output
from asn_skills.render.formats import REPORT_FILE_FORMATS, ReportFormat

ENDINGS = REPORT_FILE_FORMATS


def test_the_name_chooses_unless_the_format_is_given():
    assert format_of_output(None, Path("laporan.XLSX"), ENDINGS, ReportFormat.TERMINAL) is ReportFormat.XLSX
    assert format_of_output(None, None, ENDINGS, ReportFormat.TERMINAL) is ReportFormat.TERMINAL
    assert format_of_output(ReportFormat.CSV, Path("x.dat"), ENDINGS, ReportFormat.TERMINAL) is ReportFormat.CSV
    assert format_of_output(ReportFormat.MARKDOWN, Path("x.txt"), ENDINGS, ReportFormat.TERMINAL).value == "markdown"


@pytest.mark.parametrize(
    ("name", "given", "said"),
    [
        ("hasil.xslx", None, "the ending .xslx is not known. Did you mean .xlsx? Known endings: .xlsx, .docx"),
        ("hasil", None, 'the ending "" is not known. Known endings:'),
        ("hasil.xlsx", ReportFormat.CSV, "hasil.xlsx ends in .xlsx (xlsx) but --format is csv"),
    ],
)
def test_an_unknown_or_contradicting_name_is_a_usage_problem_of_o(name, given, said):
    with pytest.raises(UsageProblem) as raised:
        format_of_output(given, Path(name), ENDINGS, ReportFormat.TERMINAL)
    assert raised.value.hint == "-o" and raised.value.exit_code == ExitCode.USAGE
    assert said in raised.value.message("en")
