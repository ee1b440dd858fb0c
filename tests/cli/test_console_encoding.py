"""A Windows console or redirection in cp1252 or cp437: what it cannot show is written in ASCII, never an
UnicodeEncodeError; files written with -o stay UTF-8 (the CLI runs in its own process with PYTHONIOENCODING)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.cli.console_encoding import HANDLER, ascii_for
from asn_skills.cli.formats import emit
from asn_skills.render.document import Document, Section
from asn_skills.render.formats import Format
from asn_skills.render.view import View
from asn_skills.synthetic.exports import Style, write_sample

ENCODINGS = ("cp1252", "cp437")
NAME = "Ṣari Dewi 🙂"
"""A name neither code page can show (a dotted S, an emoji)."""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Two rounds of the same 40 people in a store and a results file; one person named `NAME`."""
    folder = tmp_path_factory.mktemp("encoding")
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    nips = []
    for round_name, drift in (("2026", None), ("2027", 0.3)):
        text = io.StringIO(newline="")
        write_sample(text, questionnaire, Style.GOOGLE, 40, seed=5, drift=drift)
        rows = list(csv.reader(io.StringIO(text.getvalue())))
        name = next(index for index, title in enumerate(rows[0]) if title.casefold().startswith("nama"))
        nip = next(index for index, title in enumerate(rows[0]) if title.casefold().startswith("nip"))
        rows[1][name] = NAME
        nips.append(rows[1][nip])
        export = folder / f"{round_name}.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
        done = CliRunner().invoke(app, ["-Q", "--db", str(folder / "store.db"), "score", str(export), "--store",
                                        "--round", round_name, "--format", "jsonl", "-o",
                                        str(folder / f"{round_name}.jsonl")])  # fmt: skip
        assert done.exit_code == ExitCode.OK, done.stderr
    assert nips[0] == nips[1]
    return folder, nips[0].lstrip("'")


def run(folder: Path, encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "COLUMNS": "80", "ASN_SKILLS_DB": str(folder / "store.db")}
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "asn_skills", *args], cwd=folder, env=env, capture_output=True)


def readable(data: bytes, encoding: str) -> str:
    text = data.decode(encoding)
    assert "UnicodeEncodeError" not in text
    return text


COMMANDS = {
    "organisation report": ("report",),
    "compare (arrow in the title)": ("report", "--compare", "2026", "2027"),
    "flagged list": ("report", "--flagged"),
    "plan": ("plan",),
    "plan per employee": ("plan", "--employees"),
    "questionnaire (check marks)": ("questionnaires", "show", "keamanan-siber-kilat"),
    "assess help": ("assess", "--help"),
    "english units": ("--lang", "en", "report", "--units"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("args", COMMANDS.values(), ids=COMMANDS.keys())
def test_commands_print_on_a_legacy_code_page(world, encoding, args):
    done = run(world[0], encoding, *args)
    assert done.returncode == ExitCode.OK, done.stderr.decode(encoding, "replace")
    out = readable(done.stdout, encoding)
    readable(done.stderr, encoding)
    assert out.strip()
    assert "?" * 3 not in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_personal_report_shows_bars_and_the_name_in_ascii(world, encoding):
    folder, nip = world
    done = run(folder, encoding, "report", "--nip", nip)
    assert done.returncode == ExitCode.OK, done.stderr.decode(encoding, "replace")
    out = readable(done.stdout, encoding)
    assert "Sari Dewi" in out
    assert bar(encoding) * 2 in out


def bar(encoding: str) -> str:
    """What a score bar is drawn with: its block where the code page has one (cp437), else `#`."""
    return "█" if encoding == "cp437" else "#"


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_demo_runs_on_a_legacy_code_page(tmp_path, encoding):
    done = run(tmp_path, encoding, "demo", "--people", "60")
    assert done.returncode == ExitCode.OK, done.stderr.decode(encoding, "replace")
    out = readable(done.stdout, encoding)
    assert bar(encoding) * 2 in out
    assert "60" in readable(done.stderr, encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_an_error_naming_a_file_the_code_page_cannot_show_is_still_one_message(tmp_path, encoding):
    done = run(tmp_path, encoding, "score", "jawaban→.csv")
    assert done.returncode == ExitCode.ERROR
    assert done.stdout == b""
    assert readable(done.stderr, encoding) == (
        "Kesalahan: berkas jawaban->.csv tidak ditemukan; periksa nama dan foldernya" + os.linesep
    )


def test_files_written_with_o_and_results_on_stdout_stay_utf8(world, tmp_path):
    folder, _ = world
    scored = run(folder, "cp1252", "-Q", "score", "2026.csv", "-o", str(tmp_path / "hasil.csv"))
    assert scored.returncode == ExitCode.OK, scored.stderr
    assert NAME in (tmp_path / "hasil.csv").read_text(encoding="utf-8-sig")
    flagged = run(folder, "cp437", "report", "--round", "2026", "--format", "csv", "--flagged", "--top", "1000",
                  "-o", str(tmp_path / "perlu.csv"))  # fmt: skip
    assert flagged.returncode == ExitCode.OK, flagged.stderr
    piped = run(folder, "cp1252", "-Q", "score", "2026.csv", "--format", "jsonl", "-o", "-")
    assert piped.returncode == ExitCode.OK
    assert f'"name": "{NAME}"' in piped.stdout.decode("utf-8")


def test_files_written_with_o_keep_every_character(world, tmp_path):
    folder, nip = world
    done = run(folder, "cp437", "report", "--round", "2026", "--nip", nip, "--format", "json",
               "-o", str(tmp_path / "pegawai.json"))  # fmt: skip
    assert done.returncode == ExitCode.OK, done.stderr
    assert NAME in (tmp_path / "pegawai.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("char", "stand_in"),
    [("█", "#"), ("░", "."), ("→", "->"), ("✓", "v"), ("…", "..."), ("─", "-"), ("│", "|"), ("┼", "+"),
     ("é", "e"), ("Ṣ", "S"), ("🙂", "?"), ("≥", ">="), ("\ufeff", ""), ("\u200b", "")],
)  # fmt: skip
def test_ascii_stand_ins(char, stand_in):
    assert ascii_for(char) == stand_in


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_csv_report_on_stdout_is_in_the_code_page_without_a_bom(world, encoding):
    done = run(world[0], encoding, "report", "--round", "2026", "--flagged", "--top", "1000", "--format", "csv")
    assert done.returncode == ExitCode.OK, done.stderr
    assert done.stdout.startswith(b"NIP,Nama,Unit kerja,")
    lines = readable(done.stdout, encoding).split("\r\n")
    assert lines[-1] == "" and all("\r" not in line and "\n" not in line for line in lines)


def test_on_windows_a_csv_on_stdout_keeps_one_crlf_per_line(monkeypatch):
    """Windows' stdout turns every LF into CRLF; written through it, a CSV line would end in CR CR LF."""
    raw = io.BytesIO()
    windows_stdout = io.TextIOWrapper(raw, encoding="cp1252", errors=HANDLER, newline="\r\n")
    monkeypatch.setattr(sys, "stdout", windows_stdout)
    section = Section("Perlu pelatihan", ["Nama", "Unit"], [["Ṣari Dewi", "Dinas → Kominfo"], ["Budi", "BKPSDM"]])
    emit(Format.CSV, View(Document("Laporan", [section]), {}, section))
    windows_stdout.flush()
    assert raw.getvalue() == b"Nama,Unit\r\nSari Dewi,Dinas -> Kominfo\r\nBudi,BKPSDM\r\n"
