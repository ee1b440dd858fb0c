"""What Windows does differently, simulated on any system: Unix-only modules and signals that do not exist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "asn_skills"
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
