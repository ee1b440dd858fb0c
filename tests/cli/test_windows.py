"""What Windows does differently, simulated on any system: Unix-only modules and signals that do not exist."""

from __future__ import annotations

import ast
import io
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path, PureWindowsPath
from types import SimpleNamespace

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import files, load_questionnaire
from asn_skills.cli import app as app_module
from asn_skills.cli.app import app
from asn_skills.errors import AsnSkillsError, ExitCode, QuestionnaireError
from asn_skills.files import atomic_file, named_in_file
from asn_skills.ingest import batch, work_folder
from asn_skills.ingest.batch import BatchSettings
from asn_skills.ingest.columns import plan_columns
from asn_skills.ingest.outputs import RecordFormat
from asn_skills.ingest.rows import RowOptions
from asn_skills.ingest.source import prepare
from asn_skills.questionnaire.load import load_file
from asn_skills.store import connection
from asn_skills.synthetic.exports import Style, write_sample

PACKAGE = Path(__file__).resolve().parents[2] / "asn_skills"
runner = CliRunner()
UNIX_ONLY = ("fcntl", "termios", "pwd", "grp", "resource", "tty", "pty")


def package_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_where_unix_only_modules_do_not_exist():
    modules = package_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {UNIX_ONLY!r}:\n"
        "    sys.modules[name] = None\n"  # `import fcntl` now raises ImportError, as on Windows
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(len(sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(modules) > 60


def test_importing_the_main_module_starts_no_command():
    done = subprocess.run(
        [sys.executable, "-c", "import asn_skills.__main__; print('imported')"], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "imported\n", "")


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run([sys.executable, "-m", "asn_skills", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("asn-skills ")
    assert done.stderr == ""


# A results or report file open in Excel: Windows refuses to open it for writing or to replace it.

HEADER = "Timestamp,NIP,Nama,Unit Kerja,Jabatan,A1,A2,A3,A4,B1,B2,B3"
ROWS = [
    '2026-03-02 08:00:00,198609262015051001,Sari Dewi,BKPSDM,Ahli TI,2,3,a,"a, c",4,2,1',
    "2026-03-02 09:00:00,199001012015012002,Budi,BKPSDM,staf,1,1,b,a,2,2,2",
]


def export(folder: Path, name: str = "jawaban.csv") -> Path:
    path = folder / name
    path.write_text("\r\n".join([HEADER, *ROWS]) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def windows_files(monkeypatch):
    monkeypatch.setattr(files, "ON_WINDOWS", True)


def hold_open(monkeypatch, held: Path) -> None:
    """`held` as Windows treats a file Excel shows: opening it for writing is refused (WinError 32)."""
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if Path(path).resolve() == held.resolve() and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)


def refuse_replacing(monkeypatch, held: Path) -> None:
    """`held` opened in Excel while the run was busy: replacing it is refused at the end."""
    real_replace = os.replace

    def refusing(source, target, *args, **kwargs):
        if Path(target).resolve() == held.resolve():
            raise PermissionError(13, "Access is denied")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", refusing)


def test_a_file_open_in_excel_is_kept_and_the_new_output_removed(tmp_path, monkeypatch, windows_files):
    target = tmp_path / "hasil.csv"
    target.write_text("old", encoding="utf-8")
    refuse_replacing(monkeypatch, target)
    with pytest.raises(AsnSkillsError) as raised, atomic_file(target) as handle:
        handle.write("new")
    assert raised.value.key == "output_locked"
    assert raised.value.exit_code == ExitCode.ERROR
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["hasil.csv"]


def test_elsewhere_a_refused_replace_is_not_blamed_on_excel(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "ON_WINDOWS", False)
    target = tmp_path / "hasil.csv"
    target.write_text("old", encoding="utf-8")
    refuse_replacing(monkeypatch, target)
    with pytest.raises(PermissionError), atomic_file(target) as handle:
        handle.write("new")
    assert [path.name for path in tmp_path.iterdir()] == ["hasil.csv"]


def test_score_onto_results_open_in_excel_stops_before_any_work_with_the_name_as_typed(
    tmp_path, monkeypatch, windows_files
):
    monkeypatch.chdir(tmp_path)
    export(tmp_path)
    (tmp_path / "hasil.csv").write_text("old", encoding="utf-8")
    hold_open(monkeypatch, tmp_path / "hasil.csv")
    done = runner.invoke(app, ["score", "jawaban.csv", "-q", str(MINIMAL), "-o", "hasil.csv"])
    assert done.exit_code == ExitCode.ERROR
    assert done.stdout == ""
    assert done.stderr.strip() == (
        "Kesalahan: hasil.csv tidak dapat diganti: tutup hasil.csv di Excel (atau program yang membukanya) lalu "
        "jalankan lagi; berkas lama tetap utuh, keluaran baru tidak disimpan"
    )
    assert (tmp_path / "hasil.csv").read_text(encoding="utf-8") == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["hasil.csv", "jawaban.csv"]


def test_score_with_its_rejects_file_open_in_excel_stops_before_any_work(tmp_path, monkeypatch, windows_files):
    monkeypatch.chdir(tmp_path)
    export(tmp_path)
    (tmp_path / "hasil.rejects.csv").write_text("old", encoding="utf-8")
    hold_open(monkeypatch, tmp_path / "hasil.rejects.csv")
    done = runner.invoke(app, ["--lang", "en", "score", "jawaban.csv", "-q", str(MINIMAL), "-o", "hasil.csv"])
    assert done.exit_code == ExitCode.ERROR
    assert "close hasil.rejects.csv in Excel (or the program that has it open) and run again" in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["hasil.rejects.csv", "jawaban.csv"]


def test_a_report_opened_in_excel_during_the_run_is_kept_and_named(tmp_path, monkeypatch, windows_files):
    monkeypatch.chdir(tmp_path)
    export(tmp_path)
    scored = runner.invoke(app, ["-Q", "score", "jawaban.csv", "-q", str(MINIMAL), "-o", "hasil.jsonl",
                                 "--format", "jsonl"])  # fmt: skip
    assert scored.exit_code == ExitCode.OK, scored.stderr
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "unit.csv").write_text("old", encoding="utf-8")
    refuse_replacing(monkeypatch, folder / "unit.csv")
    typed = str(Path("laporan", "unit.csv"))
    done = runner.invoke(app, ["--lang", "en", "report", "--from", "hasil.jsonl", "-q", str(MINIMAL), "--units",
                               "--format", "csv", "-o", typed])  # fmt: skip
    assert done.exit_code == ExitCode.ERROR
    assert done.stdout == ""
    assert done.stderr.strip().endswith(
        f"Error: cannot replace {typed}: close {typed} in Excel (or the program that has it open) and run again; "
        "the old file is unchanged, the new output was not kept"
    )
    assert (folder / "unit.csv").read_text(encoding="utf-8") == "old"
    assert [path.name for path in folder.iterdir()] == ["unit.csv"]


# Files saved on Windows: CRLF line ends, and `\` between folders.

SHARED = (
    '# shared catalogue\n[[trainings]]\nid = "extra"\ntitle = { id = "Ekstra", en = "Extra" }\n'
    'domain = "{domain}"\nfor_levels = [2]\nhours = 4\nmode = "e-learning"\nprovider = "BPSDM"\n'
)


def crlf(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert b"\r\n" in path.read_bytes()
    return path


def windows_questionnaire(tmp_path: Path, include: str, domain: str = "a") -> Path:
    """The minimal questionnaire and a catalogue in `katalog/`, both saved with CRLF, the include as given."""
    crlf(tmp_path / "katalog" / "_shared.toml", SHARED.replace("{domain}", domain))
    text = MINIMAL.read_text(encoding="utf-8").replace('version = "1"', f"version = \"1\"\ninclude = ['{include}']", 1)
    return crlf(tmp_path / "survei.toml", text)


def test_a_crlf_questionnaire_includes_a_catalogue_named_with_a_backslash(tmp_path):
    questionnaire = load_file(windows_questionnaire(tmp_path, r"katalog\_shared.toml"))
    assert questionnaire.trainings[-1].id == "extra"


def test_problems_in_crlf_files_point_at_the_right_line_and_column(tmp_path):
    path = windows_questionnaire(tmp_path, r"katalog\_shared.toml", domain="nope")
    with pytest.raises(QuestionnaireError) as raised:
        load_file(path)
    [problem] = raised.value.problems
    assert problem.message("en").startswith(f"{tmp_path / 'katalog' / '_shared.toml'}:5:1: trainings[0].domain:")
    broken = crlf(tmp_path / "rusak.toml", MINIMAL.read_text(encoding="utf-8").replace('id = "uji"', 'id = "Uji Coba"'))
    with pytest.raises(QuestionnaireError) as raised:
        load_file(broken)
    assert [(problem.line, problem.column) for problem in raised.value.problems] == [(3, 1)]


@pytest.mark.skipif(os.name == "nt", reason="Windows file names cannot hold a backslash")
def test_a_file_whose_name_holds_a_backslash_is_still_included_by_that_name(tmp_path):
    crlf(tmp_path / "katalog\\_shared.toml", SHARED.replace("{domain}", "b"))
    crlf(tmp_path / "katalog" / "_shared.toml", SHARED.replace("{domain}", "a"))
    text = MINIMAL.read_text(encoding="utf-8").replace(
        'version = "1"', "version = \"1\"\ninclude = ['katalog\\_shared.toml']"
    )
    questionnaire = load_file(crlf(tmp_path / "survei.toml", text))
    assert questionnaire.trainings[-1].domain == "b"


def test_a_missing_backslash_include_is_named_as_written(tmp_path):
    path = windows_questionnaire(tmp_path, r"pelatihan\tidak-ada.toml")
    with pytest.raises(QuestionnaireError) as raised:
        load_file(path)
    assert "included file `pelatihan\\tidak-ada.toml` does not exist" in raised.value.problems[0].message("en")


def test_a_windows_drive_path_in_an_include_is_not_turned_into_a_folder_here(tmp_path):
    assert named_in_file(tmp_path, r"C:\katalog\_shared.toml") == tmp_path / r"C:\katalog\_shared.toml"
    assert named_in_file(tmp_path, r"\\server\share\x.toml") == tmp_path / r"\\server\share\x.toml"


def test_on_windows_the_include_is_left_to_windows_paths(tmp_path, windows_files):
    found = named_in_file(tmp_path, r"katalog\sub/_shared.toml")
    assert PureWindowsPath(found) == PureWindowsPath(tmp_path, "katalog", "sub", "_shared.toml")


def test_a_crlf_column_map_is_read(tmp_path):
    source = tmp_path / "jawaban.csv"
    source.write_text(HEADER.replace("B1", "Pertanyaan B1") + "\r\n" + "\r\n".join(ROWS) + "\r\n", encoding="utf-8")
    column_map = crlf(
        tmp_path / "peta" / "kolom.toml", '[questions]\nB1 = "Pertanyaan B1"\n[roles]\n"Ahli TI" = "ahli"\n'
    )
    done = runner.invoke(app, ["score", str(source), "-q", str(MINIMAL), "--format", "jsonl", "-o", "-",
                               "--columns", str(column_map)])  # fmt: skip
    assert done.exit_code == ExitCode.OK, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [record["domains"]["b"]["score"] is not None for record in records] == [True, True]


@pytest.mark.skipif(os.name == "nt", reason="Windows file names cannot hold a backslash")
def test_command_line_paths_with_a_backslash_are_file_names_outside_windows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    export(tmp_path)
    crlf(tmp_path / "peta\\kolom.toml", '[roles]\n"Ahli TI" = "ahli"\n')
    scored = runner.invoke(app, ["-Q", "score", "jawaban.csv", "-q", str(MINIMAL), "--format", "jsonl",
                                 "-o", "hasil\\2026.jsonl", "--columns", "peta\\kolom.toml"])  # fmt: skip
    assert scored.exit_code == ExitCode.OK, scored.stderr
    assert (tmp_path / "hasil\\2026.jsonl").is_file()
    done = runner.invoke(app, ["report", "--from", "hasil\\2026.jsonl", "-q", str(MINIMAL), "--format", "json"])
    assert done.exit_code == ExitCode.OK, done.stderr


@pytest.mark.parametrize("suffix", ["jsonl", "json", "csv"])
def test_results_files_saved_with_crlf_are_read_by_from(tmp_path, monkeypatch, suffix):
    monkeypatch.chdir(tmp_path)
    export(tmp_path)
    scored = runner.invoke(app, ["-Q", "score", "jawaban.csv", "-q", str(MINIMAL), "--format", suffix,
                                 "-o", f"hasil.{suffix}"])  # fmt: skip
    assert scored.exit_code == ExitCode.OK, scored.stderr
    written = (tmp_path / f"hasil.{suffix}").read_bytes()
    (tmp_path / f"hasil.{suffix}").write_bytes(written.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    done = runner.invoke(app, ["report", "--from", f"hasil.{suffix}", "-q", str(MINIMAL), "--format", "json"])
    assert done.exit_code == ExitCode.OK, done.stderr
    assert json.loads(done.stdout)["n"] == 2


# Signals Windows does not have: SIGHUP (and the others of Unix) are never referenced unguarded.


@pytest.fixture
def no_sighup(monkeypatch):
    monkeypatch.delattr(signal, "SIGHUP")
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)


def test_commands_set_up_their_signals_where_sighup_does_not_exist(no_sighup):
    before = signal.getsignal(signal.SIGTERM)
    with app_module._signals_as_interrupts():
        assert signal.getsignal(signal.SIGTERM) is app_module._raise_interrupted
    assert signal.getsignal(signal.SIGTERM) is before
    done = runner.invoke(app, ["--lang", "en", "questionnaires", "list"])
    assert done.exit_code == ExitCode.OK, done.stderr


def test_score_workers_set_up_their_signals_where_sighup_does_not_exist(no_sighup, monkeypatch):
    started = []
    monkeypatch.setattr(batch, "_start_worker", lambda *args: started.append(args))
    batch._start_pool_worker(None, None, None, None)
    assert started == [(None, None, None, None)]
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_no_module_names_a_unix_only_signal_directly():
    unix_only = {"SIGHUP", "SIGQUIT", "SIGPIPE", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGKILL", "SIGSTOP",
                 "SIGTSTP", "SIGCONT", "SIGWINCH"}  # fmt: skip
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in unix_only:
                found.append(f"{path.name}:{node.lineno}: signal.{node.attr}")
    assert found == []


# Windows has no fork: `score --jobs N` starts its workers afresh (spawn), and they get everything by pickling.


def batch_outputs(folder: Path, path: Path, jobs: int) -> tuple[bytes, bytes, int]:
    questionnaire = load_questionnaire("kompetensi-digital-asn")
    work = folder / f"work-{jobs}"
    work.mkdir()
    prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=work)
    settings = BatchSettings(record_format=RecordFormat.CSV, row_options=RowOptions(lang="en"), jobs=jobs,
                             chunk_bytes=20_000)  # fmt: skip
    run = batch.score_export(questionnaire, prepared, plan_columns(prepared.header, questionnaire), settings, work)
    results, rejects = io.BytesIO(), io.BytesIO()
    run.write_results(results)
    run.write_rejects(rejects)
    return results.getvalue(), rejects.getvalue(), run.rows


def test_two_jobs_in_spawned_workers_as_on_windows_give_the_same_outputs(tmp_path, monkeypatch):
    path = tmp_path / "jawaban.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_sample(handle, load_questionnaire("kompetensi-digital-asn"), Style.GOOGLE, 150, 3, 0.1)
    single = batch_outputs(tmp_path, path, 1)
    contexts = []
    real_context = multiprocessing.get_context

    def recorded(method):
        contexts.append(method)
        return real_context(method)

    monkeypatch.setattr(batch, "sys", SimpleNamespace(platform="win32", maxsize=sys.maxsize))
    monkeypatch.setattr(batch.multiprocessing, "get_context", recorded)
    assert batch_outputs(tmp_path, path, 2) == single
    assert contexts == ["spawn"]


# A run killed on Windows (its window closed) leaves its work folder; the next run removes it.


def test_on_windows_the_work_folder_of_an_ended_run_is_removed_and_a_running_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(work_folder.sys, "platform", "win32")
    monkeypatch.setattr(work_folder.os, "kill", lambda pid, sig: pytest.fail("no signal may be sent on Windows"))
    ended, running, unmarked = (tmp_path / f"{work_folder.WORK_PREFIX}{pid}-x" for pid in (11, 12, 13))
    for folder in (ended, running, unmarked):
        folder.mkdir()
        (folder / "records").write_text("x", encoding="utf-8")
    (ended / work_folder.RUNNING).touch()
    (running / work_folder.RUNNING).touch()
    real_unlink = Path.unlink

    def unlink(path, *args, **kwargs):
        if path == running / work_folder.RUNNING:  # held open by its run: Windows refuses
            raise PermissionError(13, "The process cannot access the file because it is being used")
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    with work_folder.work_folder(tmp_path) as mine:
        assert sorted(path.name for path in tmp_path.iterdir()) == sorted([running.name, unmarked.name, mine.name])
    assert (running / work_folder.RUNNING).exists()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="lists the open files of this process")
def test_a_run_holds_its_marker_open_while_it_works_and_removes_its_folder(tmp_path):
    with work_folder.work_folder(tmp_path) as mine:
        marker = str(mine / work_folder.RUNNING)
        assert marker in {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert list(tmp_path.iterdir()) == []


def test_an_output_in_a_missing_folder_is_named_as_typed_before_any_work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    export(tmp_path)
    typed = str(Path("laporan", "2026", "hasil.csv"))
    done = runner.invoke(app, ["--lang", "en", "score", "jawaban.csv", "-q", str(MINIMAL), "-o", typed])
    assert done.exit_code == ExitCode.ERROR
    assert done.stderr.strip() == (
        f"Error: cannot write {typed}: there is no folder {Path('laporan', '2026')}; create it or choose another folder"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["jawaban.csv"]


# The store held by another program (a database viewer left open, often on Windows): named, exit 1.


@pytest.fixture
def locked_store(tmp_path, monkeypatch):
    path = tmp_path / "asn-skills.db"
    export(tmp_path)
    stored = runner.invoke(app, ["-Q", "--db", str(path), "score", str(tmp_path / "jawaban.csv"), "-q", str(MINIMAL),
                                 "--store", "--round", "2026", "-o", str(tmp_path / "hasil.csv")])  # fmt: skip
    assert stored.exit_code == ExitCode.OK, stored.stderr
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


@pytest.mark.parametrize("args", [("store", "rounds"), ("store", "rename", "2026", "2027"), ("report",)])
def test_a_store_locked_by_another_program_is_named_with_what_to_do(locked_store, args):
    done = runner.invoke(app, ["--lang", "en", "--db", str(locked_store), *args])
    assert done.exit_code == ExitCode.ERROR
    assert done.stdout == ""
    assert done.stderr.strip() == (
        f"Error: the store {locked_store} was still locked by another program after 0.2 seconds (another asn-skills "
        "run, or a database viewer such as DB Browser for SQLite): close that program and run again"
    )
