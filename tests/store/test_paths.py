"""The store's default place on each platform (platformdirs' own class for it, simulated here), and the
overrides that keep working everywhere."""

from __future__ import annotations

from pathlib import PureWindowsPath

import platformdirs
import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.store.paths import default_db_path

LOCAL_APPDATA = r"C:\Users\siti\AppData\Local"


@pytest.fixture
def on_windows(monkeypatch):
    """platformdirs as on Windows, the folder read from %LOCALAPPDATA% (the shell API is not there)."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)
    monkeypatch.delenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", raising=False)
    monkeypatch.delenv("ASN_SKILLS_DB", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", LOCAL_APPDATA)


def test_on_windows_the_store_is_in_local_appdata_not_the_roaming_profile(on_windows, monkeypatch):
    monkeypatch.setenv("APPDATA", r"C:\Users\siti\AppData\Roaming")
    assert PureWindowsPath(default_db_path()) == PureWindowsPath(LOCAL_APPDATA, "asn-skills", "asn-skills.db")


def test_on_windows_asn_skills_db_still_chooses_the_store(on_windows, monkeypatch):
    monkeypatch.setenv("ASN_SKILLS_DB", r"D:\data\bkpsdm.db")
    assert str(default_db_path()) == r"D:\data\bkpsdm.db"


def test_on_macos_the_store_is_in_application_support(monkeypatch, tmp_path):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("ASN_SKILLS_DB", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    assert default_db_path() == tmp_path / "Library" / "Application Support" / "asn-skills" / "asn-skills.db"


@pytest.fixture
def on_linux(monkeypatch, tmp_path):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("ASN_SKILLS_DB", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)


def test_on_linux_the_store_stays_in_local_share(on_linux, tmp_path):
    assert default_db_path() == tmp_path / ".local" / "share" / "asn-skills" / "asn-skills.db"


def test_on_linux_xdg_data_home_moves_the_store(on_linux, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "asn-skills" / "asn-skills.db"


def test_asn_skills_db_wins_over_the_platform_folder_and_may_start_with_a_tilde(on_linux, monkeypatch, tmp_path):
    monkeypatch.setenv("ASN_SKILLS_DB", " ~/toko/store.db ")
    assert default_db_path() == tmp_path / "toko" / "store.db"


def test_a_blank_asn_skills_db_means_the_default(on_linux, monkeypatch, tmp_path):
    monkeypatch.setenv("ASN_SKILLS_DB", "  ")
    assert default_db_path() == tmp_path / ".local" / "share" / "asn-skills" / "asn-skills.db"


def test_the_first_store_is_created_in_the_platform_folder_private_to_its_owner(on_linux, tmp_path):
    export = tmp_path / "m.csv"
    export.write_text("NIP,Nama,A1\r\n198609262015051001,Sari,2\r\n", encoding="utf-8")
    done = CliRunner().invoke(
        app, ["--lang", "en", "score", str(export), "-q", str(MINIMAL), "-o", str(tmp_path / "r.csv"), "--store",
              "--round", "r1", "--allow-missing"],
    )  # fmt: skip
    store = tmp_path / ".local" / "share" / "asn-skills" / "asn-skills.db"
    assert done.exit_code == ExitCode.OK, done.output
    assert store.is_file()
    assert store.stat().st_mode & 0o777 == 0o600
    assert store.parent.stat().st_mode & 0o777 == 0o700
