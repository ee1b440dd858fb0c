"""Small TOML settings files (agency file, unit list, column map) are read safely, and each problem is a
message in the reader's language naming the file and, where known, its line and column."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from asn_skills import files
from asn_skills.errors import AsnSkillsError
from asn_skills.ingest.columns import read_column_map
from asn_skills.render.agency import read_agency
from asn_skills.reports.plan_settings import read_plan_settings
from asn_skills.settings_file import read_settings


def refused(path: Path) -> AsnSkillsError:
    with pytest.raises(AsnSkillsError) as caught:
        read_settings(path, "agency_file_missing")
    return caught.value


def test_a_settings_file_is_read_as_toml(tmp_path):
    path = tmp_path / "instansi.toml"
    path.write_text('\ufeff[agency]\nname = "BKPSDM"\n', encoding="utf-8")
    assert read_settings(path, "agency_file_missing") == {"agency": {"name": "BKPSDM"}}


def test_a_missing_file_gets_the_callers_message(tmp_path):
    error = refused(tmp_path / "tidak-ada.toml")
    assert error.key == "agency_file_missing" and "tidak-ada.toml" in error.message("id")


def test_a_syntax_error_names_the_line_and_column_in_the_readers_language(tmp_path):
    path = tmp_path / "instansi.toml"
    path.write_text("[agency]\nname = BKPSDM\n", encoding="utf-8")
    error = refused(path)
    assert error.message("id").startswith(f"{path}:2:8: sintaks TOML salah")
    assert error.message("en").startswith(f"{path}:2:8: TOML syntax error")


def test_a_file_not_in_utf8_names_the_line(tmp_path):
    path = tmp_path / "instansi.toml"
    path.write_bytes('[agency]\nname = "Dinas Pendidikan"\ncity = "Bekasi Utara é"\n'.encode("cp1252"))
    error = refused(path)
    assert error.message("id").startswith(f"{path}:3: berkas bukan UTF-8")


def refused_at_once(pipe: Path, read: Callable[[Path], object]) -> AsnSkillsError:
    """The error `read` raises for the named pipe `pipe`, failing the test if reading it blocks (the pipe
    is then opened for writing to let the reader go)."""
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            read(pipe)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():
        with open(pipe, "wb"):
            pass
        pytest.fail("reading a named pipe blocked")
    assert len(outcome) == 1 and isinstance(outcome[0], AsnSkillsError)
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("read", [read_agency, read_plan_settings])
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path, read):
    """Before, the agency file was read with read_text: a FIFO given as --agency-file blocked the command."""
    pipe = tmp_path / "instansi.toml"
    os.mkfifo(pipe)
    assert "bukan berkas biasa" in refused_at_once(pipe, read).message("id")


@pytest.mark.parametrize(
    ("read", "content", "indonesian"),
    [
        (read_agency, 'name = "X"\n', "tidak punya tabel `[agency]`"),
        (read_agency, "agency = 3\n", "`agency` harus berupa tabel"),
        (read_agency, '[agency]\nunit = "Bidang"\n', "perlu nama instansi"),
        (read_agency, "[agency]\nname = 3\n", '`name` harus teks dalam tanda kutip, mis. `name = "..."`'),
        (read_plan_settings, "plan = 1\n", "`plan` harus berupa tabel"),
        (
            read_plan_settings,
            "[plan]\ndecree = 5\n",
            '`plan.decree` harus teks dalam tanda kutip, mis. `decree = "..."`',
        ),
        (read_plan_settings, "[plan]\nquarter_capacity = 0\n", "`plan.quarter_capacity` harus bilangan bulat"),
        (read_plan_settings, "[plan]\ncosts = 5\n", "`plan.costs` harus berupa tabel"),
        (read_plan_settings, "[plan.costs]\na-1 = 5\n", "`a-1 = { per_participant = 750000 }`"),
        (
            read_plan_settings,
            '[plan.costs]\na-1 = { per_class = "1.500.000" }\n',
            "`plan.costs.a-1.per_class` harus angka rupiah",
        ),
    ],
)
def test_each_problem_of_the_agency_file_is_told_in_indonesian(tmp_path, read, content, indonesian):
    """Before, the reason inside the Indonesian message was English ("[agency] table missing")."""
    path = tmp_path / "instansi.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AsnSkillsError) as caught:
        read(path)
    message = caught.value.message("id")
    assert indonesian in message and str(path) in message and "must" not in message


@pytest.mark.parametrize(
    ("read", "content", "listed"),
    [
        (read_agency, '[agency]\nname = "X"\nnmae = "Y"\n', "`name`, `unit`, `city`"),
        (read_agency, '[agency]\nname = "X"\n[plans]\n', "`agency`, `plan`, `units`"),
        (read_plan_settings, "[plan]\nyear = 2027\n", "`decree`, `number`, `date`, `quarter_capacity`, `costs`"),
        (read_plan_settings, "[plan.costs]\na-1 = { per_orang = 5 }\n", "`per_participant`, `per_class`"),
    ],
)
def test_the_known_keys_are_listed_as_keys_to_type(tmp_path, read, content, listed):
    """Before, the list was bare English words (`yang dikenal: name, unit, city, signatory`) in an Indonesian
    sentence; written as code, the reader sees they are names to type, not words to read."""
    path = tmp_path / "instansi.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AsnSkillsError) as caught:
        read(path)
    assert f"yang dikenal: {listed}" in caught.value.message("id")


def test_a_column_maps_known_identity_fields_are_listed_as_keys_to_type(tmp_path, minimal):
    path = tmp_path / "kolom.toml"
    path.write_text('[identity]\nnik = "NIK"\n', encoding="utf-8")
    with pytest.raises(AsnSkillsError) as caught:
        read_column_map(path, minimal)
    assert "yang dikenal: `nip`, `name`, `unit`, `role`, `timestamp`" in caught.value.message("id")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_put_in_place_after_the_check_is_refused_not_waited_on(tmp_path, monkeypatch):
    """The file is looked at before it is opened; a FIFO swapped in between blocked `open` before."""
    pipe = tmp_path / "instansi.toml"
    os.mkfifo(pipe)
    monkeypatch.setattr(files, "check_input", lambda path, limit=0: None)  # the swap comes after the check
    error = refused_at_once(pipe, lambda path: read_settings(path, "agency_file_missing"))
    assert "bukan berkas biasa" in error.message("id")
