"""Pseudonymisation never turns off silently: the key comes from a file or the environment, an empty one
is an error, a key on the command line is warned about, and rejects leak no name fragment."""

from __future__ import annotations

import json

from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.identity import pseudonym

runner = CliRunner()
HEADER = "NIP,Nama,Unit kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
NIP = "198609262015051001"
ROW = f"{NIP},Sari Wulandari,Dinas A,staf,2,3,a,a,4,2,1"


def export(tmp_path, *rows: str):
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER, *(rows or (ROW,))]) + "\n", encoding="utf-8")
    return path


def score(tmp_path, *extra: str, env: dict[str, str] | None = None):
    args = ["--lang", "en", "score", str(export(tmp_path)), "-q", str(MINIMAL), "--format", "jsonl", *extra]
    return runner.invoke(app, args, env={"ASN_SKILLS_PSEUDONYM_KEY": None, **(env or {})})


def names_in(stdout: str) -> set[str]:
    return {json.loads(line)["name"] for line in stdout.splitlines()}


def test_bare_pseudonymize_takes_the_key_from_the_environment(tmp_path):
    result = score(tmp_path, "--pseudonymize", env={"ASN_SKILLS_PSEUDONYM_KEY": "rahasia-kominfo-2026"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert names_in(result.stdout) == {pseudonym("rahasia-kominfo-2026", NIP)}
    assert "shows in ps" not in result.stderr


def test_bare_pseudonymize_takes_the_key_from_the_key_file_before_the_environment(tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text("dari-berkas-kunci-2026\n", encoding="utf-8")
    result = score(
        tmp_path,
        "--pseudonymize",
        "--pseudonymize-key-file",
        str(key_file),
        env={"ASN_SKILLS_PSEUDONYM_KEY": "dari-lingkungan-2026"},
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    assert names_in(result.stdout) == {pseudonym("dari-berkas-kunci-2026", NIP)}


def test_key_file_alone_turns_pseudonyms_on(tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text("dari-berkas-kunci-2026", encoding="utf-8")
    result = score(tmp_path, "--pseudonymize-key-file", str(key_file))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert names_in(result.stdout) == {pseudonym("dari-berkas-kunci-2026", NIP)}


def test_bare_pseudonymize_before_another_option_is_still_bare(tmp_path):
    result = score(
        tmp_path, "--pseudonymize", "--no-nip-check", env={"ASN_SKILLS_PSEUDONYM_KEY": "kunci-uji-enam-belas"}
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    assert names_in(result.stdout) == {pseudonym("kunci-uji-enam-belas", NIP)}


def test_bare_pseudonymize_without_any_key_is_an_error_not_silently_off(tmp_path):
    result = score(tmp_path, "--pseudonymize")
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == ""
    assert "--pseudonymize-key-file" in result.stderr and result.stderr.count("\n") == 1


def test_empty_key_on_the_command_line_is_an_error(tmp_path):
    result = score(tmp_path, "--pseudonymize", "")
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == "" and "is empty" in result.stderr


def test_empty_key_in_the_environment_is_an_error(tmp_path):
    result = score(tmp_path, "--pseudonymize", env={"ASN_SKILLS_PSEUDONYM_KEY": "  "})
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == "" and "ASN_SKILLS_PSEUDONYM_KEY is empty" in result.stderr


def test_empty_key_file_is_an_error(tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text("\n", encoding="utf-8")
    result = score(tmp_path, "--pseudonymize-key-file", str(key_file))
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout == "" and "is empty" in result.stderr


def test_key_on_the_command_line_still_works_with_a_warning(tmp_path):
    result = score(tmp_path, "--pseudonymize", "rahasia-kominfo-2026")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert names_in(result.stdout) == {pseudonym("rahasia-kominfo-2026", NIP)}
    assert "shows in ps and shell history" in result.stderr


def test_report_takes_the_key_from_the_environment(tmp_path):
    results = tmp_path / "r.jsonl"
    assert score(tmp_path, "-o", str(results)).exit_code == ExitCode.OK
    args = ["--lang", "en", "report", "-q", str(MINIMAL), "--from", str(results), "--flagged", "--pseudonymize"]
    result = runner.invoke(app, [*args, "--format", "json"], env={"ASN_SKILLS_PSEUDONYM_KEY": "kunci-uji-enam-belas"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "Sari" not in result.stdout


def test_a_stray_delimiter_in_a_name_leaks_no_name_fragment_into_pseudonymised_rejects(tmp_path):
    stray = f"{NIP},Sari,Wulandari Rahasia,Dinas A,staf,2,3,a,a,4,2,1"
    path = export(tmp_path, ROW.replace("Sari Wulandari", "Ani"), stray)
    rejects = tmp_path / "rejects.csv"
    result = runner.invoke(
        app,
        ["--lang", "en", "score", str(path), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--rejects",
         str(rejects), "--pseudonymize", "kunci-uji-enam-belas"],
    )  # fmt: skip
    assert result.exit_code == ExitCode.REJECTED, result.stderr
    written = rejects.read_text(encoding="utf-8-sig")
    assert written.splitlines()[1].startswith("3,")
    assert "Rahasia" not in written and "Wulandari" not in written and "Sari" not in written
    assert NIP not in written
