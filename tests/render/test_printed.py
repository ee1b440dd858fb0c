"""Plans and personal reports printed to A4, from HTML by headless Chromium and from Word by LibreOffice:
counted pages, and no page that holds only the signature.

Needs a Chromium (and poppler's pdftotext for the last page's text), and LibreOffice for the Word files;
without them the tests are skipped.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from support import CHROMIUM, PDFTOTEXT, print_to_pdf
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.synthetic.exports import Style, write_sample

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium to print with (apt-get install chromium)"),
    pytest.mark.skipif(PDFTOTEXT is None, reason="no pdftotext to read pages (apt-get install poppler-utils)"),
]
runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
AGENCY = """[agency]
name = "BKPSDM Kabupaten Sleman"
unit = "Bidang Pengembangan Kompetensi Aparatur"
city = "Sleman"
signatory = "Dra. Sri Rahayu, M.Si."
position = "Kepala BKPSDM Kabupaten Sleman"
nip = "19700101 199503 2 001"

[plan]
decree = "Keputusan Kepala BKPSDM Kabupaten Sleman"
number = "800.1/012/BKPSDM/2027"
quarter_capacity = 6

[plan.costs]
kam-kebersihan-siber = { per_participant = 350000 }
"""


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    """A store with a round of 300 and a round of 40 synthetic staff, and an agency file."""
    folder = tmp_path_factory.mktemp("printed")
    db = folder / "store.db"
    for name, size, seed in (("besar", 300, 5), ("kecil", 40, 6)):
        export = folder / f"{name}.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            write_sample(handle, MAIN, Style.GOOGLE, size, seed)
        arguments = [
            "--db",
            str(db),
            "score",
            str(export),
            "-o",
            str(folder / f"r{name}.csv"),
            "--store",
            "--round",
            name,
        ]
        assert runner.invoke(app, arguments).exit_code == ExitCode.OK
    (folder / "instansi.toml").write_text(AGENCY, encoding="utf-8")
    return folder


def printed(folder: Path, name: str, *arguments: str) -> Path:
    """The command's HTML printed to PDF by headless Chromium."""
    page, pdf = folder / f"{name}.html", folder / f"{name}.pdf"
    result = runner.invoke(app, ["--db", str(folder / "store.db"), *arguments, "-o", str(page)])
    assert result.exit_code == ExitCode.OK, result.stderr
    print_to_pdf(page, pdf)
    return pdf


def page_count(pdf: Path) -> int:
    """Page objects in the PDF (Chromium writes each page's dictionary uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


def page_text(pdf: Path, page: int) -> str:
    command = [str(PDFTOTEXT), "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def rows_on(text: str) -> int:
    """Table rows on a page: lines that start with a number (No.) or carry a count column."""
    return sum(1 for line in text.splitlines() if re.match(r"\s*\d+\s+\S", line) or re.search(r"\S\s{2,}\d+\s*$", line))


@pytest.mark.parametrize(("round_name", "most_pages"), [("besar", 3), ("kecil", 3)])
def test_the_plan_signature_shares_its_page_with_the_last_rows(rounds, round_name, most_pages):
    pdf = printed(rounds, f"plan-{round_name}", "plan", "--round", round_name, "--agency-file",
                  str(rounds / "instansi.toml"))  # fmt: skip
    pages = page_count(pdf)
    assert 1 <= pages <= most_pages
    last = page_text(pdf, pages)
    assert "Dra. Sri Rahayu" in last and rows_on(last.split("Tanda")[0]) >= 3


def test_the_per_employee_plan_keeps_rows_with_the_signature_and_numbers_them(rounds):
    pdf = printed(rounds, "plan-employees", "plan", "--employees", "--round", "besar", "--agency-file",
                  str(rounds / "instansi.toml"))  # fmt: skip
    pages = page_count(pdf)
    last = page_text(pdf, pages)
    assert "Dra. Sri Rahayu" in last
    numbered = [int(found) for found in re.findall(r"^\s*(\d+)\s+\S", last.split("Tanda")[0], re.M)]
    assert len(numbered) >= 3 and numbered == sorted(numbered)


def test_page_count_reads_what_pdfinfo_reads(rounds):
    pdf = printed(rounds, "plan-kecil-count", "plan", "--round", "kecil")
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("no pdfinfo to compare with")
    shown = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^Pages:\s+(\d+)$", shown, re.M)
    assert found is not None and int(found.group(1)) == page_count(pdf)


def most_courses(folder: Path) -> str:
    """The NIP of the employee with the most recommended courses in the big round: the longest report."""
    result = runner.invoke(app, ["--db", str(folder / "store.db"), "report", "--flagged", "--round", "besar",
                                 "--format", "json"])  # fmt: skip
    listed = json.loads(result.stdout)
    return max(listed, key=lambda record: (len(record["trainings"]), len(record["deferred"])))["nip"]


def test_a_personal_report_prints_on_one_page(rounds):
    pdf = printed(rounds, "person", "report", "--nip", most_courses(rounds), "--round", "besar")
    assert page_count(pdf) == 1


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="no LibreOffice to print Word files (apt-get install libreoffice-writer)"
)


def printed_word(folder: Path, name: str, *arguments: str) -> Path:
    """The command's Word file printed to PDF by LibreOffice (a profile of its own, so runs do not clash)."""
    word = folder / f"{name}.docx"
    result = runner.invoke(app, ["--db", str(folder / "store.db"), *arguments, "-o", str(word)])
    assert result.exit_code == ExitCode.OK, result.stderr
    profile = (folder / f"profile-{name}").as_uri()
    command = [str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder), str(word)]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    return folder / f"{name}.pdf"


def pdf_pages(pdf: Path) -> int:
    """Pages as pdftotext reads them (it ends every page with a form feed)."""
    return subprocess.run([str(PDFTOTEXT), str(pdf), "-"], capture_output=True, text=True, check=True).stdout.count(
        "\f"
    )


@needs_soffice
def test_the_word_plan_keeps_its_signature_with_the_last_rows(rounds):
    pdf = printed_word(rounds, "plan-word", "plan", "--round", "besar", "--agency-file", str(rounds / "instansi.toml"))
    last = page_text(pdf, pdf_pages(pdf))
    assert "Dra. Sri Rahayu" in last and rows_on(last.split("Sleman,")[0]) >= 3


@needs_soffice
def test_a_personal_report_in_word_prints_on_one_page(rounds):
    pdf = printed_word(rounds, "person-word", "report", "--nip", most_courses(rounds), "--round", "besar")
    assert pdf_pages(pdf) == 1
