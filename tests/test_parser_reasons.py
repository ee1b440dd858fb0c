"""Why a TOML or JSON file, or the system, refused a file is told in the reader's language: the parsers'
own reasons are English ("Invalid value", "Expecting ',' delimiter", "Too many levels of symbolic links")."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from support import MINIMAL

from asn_skills import settings_file
from asn_skills.deploy.limesurvey_import import read_lss
from asn_skills.errors import AsnSkillsError
from asn_skills.identity import key_from_file
from asn_skills.ingest.answers_file import read_answers
from asn_skills.ingest.source import prepare
from asn_skills.questionnaire.load import load_file, load_questionnaire
from asn_skills.reports.records import instrument_of_file
from asn_skills.settings_file import read_settings
from asn_skills.workbooks.reader import open_workbook


def refused(read: object, *args: object) -> AsnSkillsError:
    with pytest.raises(AsnSkillsError) as caught:
        read(*args)  # type: ignore[operator]
    return caught.value


TOML = [
    ("[agency]\nname = BKPSDM\n", "2:8", "nilai tidak sah", "Invalid value"),
    ("[agency]\nname\n", "2:5", "tanda `=` tidak ada setelah nama kunci", "Expected '='"),
    ('[agency]\nname = "a"\nname = "b"\n', "3:11", "sudah ditulis sebelumnya", "Cannot overwrite"),
    ('[agency]\nname = "a"\n[agency]\n', "3:8", "tabel `[agency]` ditulis dua kali", "Cannot declare"),
    ('[agency]\nname = "abc\n', "2:12", "teks tidak ditutup dengan tanda kutip", "Illegal character"),
    ('[agency]\nname = "a\\q"\n', "2:12", "garis miring terbalik", "Unescaped"),
    ("[agency]\nd = 2026-13-45\n", "2:9", "sesudah nilai pada baris yang sama", "Expected newline"),
    ("[agency\nname = 1\n", "1:8", "judul tabel tidak ditutup dengan `]`", "Expected ']'"),
    ("[[units]\n", "1:8", "tidak ditutup dengan `]]`", "array declaration"),
    ("x = { a = 1,\n b = 2 }\n", "1:13", "nama kunci diawali karakter", "Invalid initial character"),
    ('[agency]\n = "a"\n', "2:2", "bukan `kunci = nilai`", "Invalid statement"),
    ('x = "a\x01b"\n', "1:7", "karakter '\\x01' tidak boleh ada di sini", "Illegal character"),
    ("x = { a = 1, a = 2 }\n", "1:19", "kunci `a` ditulis dua kali", "Duplicate"),
]


@pytest.mark.parametrize(("content", "where", "indonesian", "english"), TOML)
def test_a_settings_files_toml_error_is_told_in_indonesian(tmp_path, content, where, indonesian, english):
    path = tmp_path / "instansi.toml"
    path.write_text(content, encoding="utf-8")
    error = refused(read_settings, path, "agency_file_missing")
    message = error.message("id")
    assert message.startswith(f"{path}:{where}: sintaks TOML salah (") and indonesian in message
    assert english not in message
    assert english not in error.message("en") and "TOML syntax error (" in error.message("en")


def test_an_unclosed_list_at_the_end_of_the_file_is_told_in_indonesian(tmp_path):
    path = tmp_path / "instansi.toml"
    path.write_text("[agency]\nx = [1, 2\n", encoding="utf-8")
    message = refused(read_settings, path, "agency_file_missing").message("id")
    assert "daftar `[` tidak ditutup dengan `]`" in message and "Unclosed" not in message
    assert "end of document" not in message


def test_a_questionnaires_toml_error_is_told_in_indonesian(tmp_path):
    path = tmp_path / "kuesioner.toml"
    path.write_text("format = 1\nid = x\n", encoding="utf-8")
    with pytest.raises(AsnSkillsError) as caught:
        load_questionnaire(path)
    message = caught.value.message("id")
    assert f"{path}:2:6: sintaks TOML salah: nilai tidak sah" in message and "Invalid" not in message


@pytest.fixture
def minimal_questionnaire():
    return load_file(MINIMAL)


@pytest.mark.parametrize(
    ("name", "content", "indonesian", "english"),
    [
        ("a.json", '{"KAM01": 2,,}', "baris 1, kolom 13: nama diharapkan", "Expecting property name"),
        ("a.json", "", "baris 1, kolom 1: nilai diharapkan", "Expecting value"),
        ("a.json", '{"KAM01": 2} x', "ada data lain sesudah akhir data JSON", "Extra data"),
        ("a.json", '{"KAM01": 1' + "0" * 5000 + "}", "angka terlalu panjang", "set_int_max_str_digits"),
        ("a.toml", "KAM01 = \n", "a.toml:1:9 tidak sah: nilai tidak sah", "Invalid value"),
    ],
)
def test_an_answers_files_syntax_error_is_told_in_indonesian(
    tmp_path, minimal_questionnaire, name, content, indonesian, english
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    message = refused(read_answers, path, minimal_questionnaire).message("id")
    assert indonesian in message and english not in message


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_an_answers_file_not_in_utf8_says_so_with_its_line(tmp_path, minimal_questionnaire, encoding):
    """Before, Python's decoding error came through: ('utf-8' codec can't decode byte 0xe9 in position 11...)."""
    path = tmp_path / "jawaban.json"
    path.write_bytes('{\n"KAM01": "é"}'.encode(encoding))
    message = refused(read_answers, path, minimal_questionnaire).message("id")
    line = 2 if encoding == "cp1252" else 1
    assert f"berkas jawaban {path}:{line} bukan UTF-8; simpan ulang sebagai UTF-8" in message
    assert "codec" not in message


def test_a_results_files_json_error_is_told_in_indonesian(tmp_path):
    path = tmp_path / "hasil.json"
    path.write_text('[{"nip": "1",,}]', encoding="utf-8")
    message = refused(instrument_of_file, path).message("id")
    assert "baris 1, kolom 14: nama diharapkan" in message and "Expecting" not in message


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_a_link_loop_is_told_in_indonesian(tmp_path, minimal_questionnaire):
    loop = tmp_path / "loop.toml"
    os.symlink(loop, loop)
    for message in (
        refused(read_settings, loop, "agency_file_missing").message("id"),
        refused(read_answers, loop, minimal_questionnaire).message("id"),
    ):
        assert "tautan simbolik berputar" in message and "Too many levels" not in message


def test_an_unknown_reason_is_kept_as_the_parser_wrote_it() -> None:
    from asn_skills.parser_reasons import toml_reason

    assert toml_reason("Something new (at line 3, column 4)") == "Something new"


def test_every_reason_key_is_in_the_catalogue() -> None:
    from asn_skills import parser_reasons
    from asn_skills.i18n import MESSAGES

    keys = (
        set(parser_reasons._TOML_FIXED.values())
        | {key for _, key in parser_reasons._TOML_NAMED}
        | set(parser_reasons._JSON.values())
        | set(parser_reasons._OS.values())
    )
    assert keys - set(MESSAGES) == set()


def _docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")


@pytest.mark.parametrize(
    ("make", "indonesian"),
    [
        (lambda path: path.write_bytes(b""), "bukan berkas zip seperti setiap .xlsx"),
        (lambda path: path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600), "mungkin .xls lama"),
        (_docx, "bagian `_rels/.rels` yang ada di setiap buku kerja tidak ditemukan"),
    ],
)
def test_a_file_that_is_no_workbook_is_told_why_in_indonesian(tmp_path, make, indonesian):
    """Before, zipfile's and calamine's reasons came through: (File is not a zip file), (File not found ...)."""
    path = tmp_path / "hasil.xlsx"
    make(path)
    message = refused(open_workbook, path, str(path)).message("id")
    assert indonesian in message and "File " not in message
    assert "File " not in refused(instrument_of_file, path).message("id")


@pytest.mark.parametrize(
    ("content", "indonesian"),
    [
        (b"<survey><questions>", "baris 1, kolom 20: dokumen terpotong atau kosong"),
        (b"<survey></questions>", "baris 1, kolom 11: elemen penutup tidak cocok dengan elemen pembukanya"),
    ],
)
def test_a_broken_lss_is_told_why_in_indonesian(content, indonesian):
    """Before, expat's reason came through: (no element found: line 1, column 19)."""
    message = refused(read_lss, content, "survei.lss").message("id")
    assert indonesian in message and "line" not in message


def test_an_export_not_in_the_encoding_given_is_told_why_in_indonesian(tmp_path):
    """Before, Python's reason came through: (UTF-16 stream does not start with BOM)."""
    path = tmp_path / "ekspor.csv"
    path.write_bytes(b"NIP,Nama\n198609262015051001,Siti\n")
    with pytest.raises(AsnSkillsError) as caught:
        prepare(str(path), encoding="utf-16", delimiter=None, work_dir=tmp_path)
    message = caught.value.message("id")
    assert "tidak diawali penanda urutan bita (BOM)" in message and "stream" not in message


def test_a_key_file_not_in_utf8_is_told_so_in_indonesian(tmp_path):
    """Before, Python's decoding error came through: ('utf-8' codec can't decode byte 0xe9 ...)."""
    path = tmp_path / "kunci.txt"
    path.write_bytes(b"\xe9" * 20)
    message = refused(key_from_file, path).message("id")
    assert "bukan UTF-8; simpan ulang sebagai UTF-8" in message and "codec" not in message


@pytest.mark.parametrize(
    ("number", "indonesian"),
    [(errno.EACCES, "izin ditolak"), (errno.EISDIR, "ini sebuah folder"), (errno.EIO, "kesalahan baca/tulis")],
)
def test_the_systems_refusal_to_read_a_settings_file_is_told_in_indonesian(tmp_path, monkeypatch, number, indonesian):
    """Running as root, a file without permissions cannot be made unreadable: the system's refusal is made."""

    def refuse(path: Path, limit: int = 0) -> bytes:
        raise OSError(number, os.strerror(number), str(path))

    monkeypatch.setattr(settings_file, "read_limited", refuse)
    message = refused(read_settings, tmp_path / "instansi.toml", "agency_file_missing").message("id")
    assert indonesian in message and os.strerror(number) not in message
