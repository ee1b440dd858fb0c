"""Erasure finds every record of a person: a NIP typed in full-width or Arabic-Indic digits is the same
NIP everywhere (checks, storage, `store forget`), and a record stored without a NIP is erased by name."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
NIP = "198609262015051001"
FULL_WIDTH = NIP.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
ARABIC_INDIC = NIP.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
ANSWERS = "Dinas A,staf,2,3,a,a,4,2,1"


def cli(db: Path, *args: str):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), *args])


def store(tmp_path: Path, *rows: str, extra: tuple[str, ...] = ()):
    export = tmp_path / "export.csv"
    export.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    args = ["score", str(export), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store", "--round", "2026"]
    return cli(tmp_path / "s.db", *args, *extra)


def stored(tmp_path: Path) -> list[tuple[str | None, str | None]]:
    connection = sqlite3.connect(tmp_path / "s.db")
    try:
        return connection.execute("SELECT nip, name FROM assessments ORDER BY id").fetchall()
    finally:
        connection.close()


def test_nip_in_full_width_digits_is_stored_as_ascii_and_forgotten_by_the_ascii_nip(tmp_path):
    assert store(tmp_path, f"{FULL_WIDTH},Sari,{ANSWERS}", extra=("--no-nip-check",)).exit_code == ExitCode.OK
    assert stored(tmp_path) == [(NIP, "Sari")]
    forgotten = cli(tmp_path / "s.db", "store", "forget", NIP, "--yes")
    assert forgotten.exit_code == ExitCode.OK, forgotten.stderr
    assert stored(tmp_path) == []


def test_nip_in_arabic_indic_digits_passes_the_check_instead_of_a_misleading_digit_15(tmp_path):
    result = store(tmp_path, f"{ARABIC_INDIC},Sari,{ANSWERS}")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "digit 15" not in result.stderr
    assert stored(tmp_path) == [(NIP, "Sari")]


def test_forget_typed_in_full_width_digits_erases_the_ascii_nip(tmp_path):
    store(tmp_path, f"{NIP},Sari,{ANSWERS}")
    assert cli(tmp_path / "s.db", "store", "forget", FULL_WIDTH, "--yes").exit_code == ExitCode.OK
    assert stored(tmp_path) == []


def test_forget_erases_a_nip_an_earlier_version_stored_in_full_width_digits(tmp_path):
    store(tmp_path, f"{NIP},Sari,{ANSWERS}", extra=("--no-nip-check",))
    connection = sqlite3.connect(tmp_path / "s.db")
    with connection:
        connection.execute("UPDATE assessments SET nip = ?", (FULL_WIDTH,))
    connection.close()
    result = cli(tmp_path / "s.db", "store", "forget", NIP, "--yes")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert stored(tmp_path) == []


def test_record_without_a_nip_is_erased_by_name_and_its_namesake_with_a_nip_kept(tmp_path):
    other = "198703152010012002"
    rows = (f",SARI  Wulandari,{ANSWERS}", f"{other},Sari Wulandari,{ANSWERS}")
    result = store(tmp_path, *rows, extra=("--no-nip-check",))
    assert stored(tmp_path) == [(None, "SARI Wulandari"), (other, "Sari Wulandari")], result.stderr
    dry = cli(tmp_path / "s.db", "store", "forget", "--name", "sari wulandari", "--dry-run")
    assert dry.exit_code == ExitCode.OK, dry.stderr
    assert "SARI Wulandari" in dry.stdout and "2026" in dry.stdout and "Dinas A" in dry.stdout
    assert len(stored(tmp_path)) == 2
    erased = cli(tmp_path / "s.db", "store", "forget", "--name", "sari wulandari", "--yes")
    assert erased.exit_code == ExitCode.OK, erased.stderr
    assert stored(tmp_path) == [(other, "Sari Wulandari")]


def test_the_names_forget_lists_cannot_drive_the_terminal(tmp_path):
    hostile = "Sari \x1b]0;owned\x07\u202eWulandari"
    made = store(tmp_path, f',"{hostile}",Dinas \x1b[2J,staf,2,3,a,a,4,2,1', extra=("--no-nip-check",))
    assert stored(tmp_path) == [(None, hostile)], made.output
    for args in (("--dry-run",), ("--yes",)):
        listed = cli(tmp_path / "s.db", "store", "forget", "--name", hostile, *args)
        assert listed.exit_code == ExitCode.OK, listed.stderr
        assert "\x1b" not in listed.stdout and "\u202e" not in listed.stdout and "\x07" not in listed.stdout
        assert "Sari \\x1b]0;owned\\x07\\u202eWulandari" in listed.stdout, listed.stdout


def test_forget_needs_a_nip_or_a_name_not_both(tmp_path):
    store(tmp_path, f"{NIP},Sari,{ANSWERS}")
    assert cli(tmp_path / "s.db", "store", "forget").exit_code == ExitCode.USAGE
    assert cli(tmp_path / "s.db", "store", "forget", NIP, "--name", "Sari").exit_code == ExitCode.USAGE
    missing = cli(tmp_path / "s.db", "store", "forget", "--name", "Budi")
    assert missing.exit_code == ExitCode.ERROR and "Budi" in missing.stderr


def test_erasing_counts_first_then_erases_and_never_creates_a_store(tmp_path):
    from asn_skills.errors import AsnSkillsError
    from asn_skills.identity import normalise_nip
    from asn_skills.store import erasure

    db = tmp_path / "s.db"
    for dry_run in (True, False):
        with contextlib.suppress(AsnSkillsError):
            erasure.delete_round(tmp_path / "none.db", "2026", dry_run=dry_run)
        assert not (tmp_path / "none.db").exists()
    store(tmp_path, f"{NIP},Sari,{ANSWERS}", f",Tanpa NIP,{ANSWERS}", extra=("--no-nip-check",))
    assert erasure.forget_person(db, NIP, dry_run=True, fold=normalise_nip).finished == 1
    assert len(stored(tmp_path)) == 2
    assert erasure.forget_person(db, NIP, dry_run=False, fold=normalise_nip).finished == 1
    errors = []
    for attempt in (
        lambda: erasure.forget_person(db, NIP, dry_run=True, fold=normalise_nip),
        lambda: erasure.forget_unnamed(db, "Orang Lain", dry_run=True),
    ):
        try:
            attempt()
        except AsnSkillsError as error:
            errors.append(error.key)
    assert errors == ["nip_not_in_store", "name_not_in_store"]
    assert [match.name for match in erasure.forget_unnamed(db, "tanpa  nip", dry_run=False)] == ["Tanpa NIP"]
    assert stored(tmp_path) == []
