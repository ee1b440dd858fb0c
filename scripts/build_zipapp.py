"""Build asn-skills as one file (a zipapp made by shiv) for a computer that has Python but no pip or internet.

    python scripts/build_zipapp.py                  # for this computer's system and Python version
    python scripts/build_zipapp.py --windows 3.12   # for 64-bit Windows with Python 3.12

The file carries the compiled parts of pydantic-core and python-calamine for one system and one Python
version, so it runs only there (`py asn-skills-...-win_amd64-py3.12.pyz --version`); it does not carry
Python itself. Building needs this checkout's `zipapp` extra (`pip install '.[zipapp]'`) and PyPI.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUARD = """import sys

if sys.version_info[:2] != {python} or sys.platform != {system!r}:
    sys.exit(
        "Berkas ini dibuat untuk {target}, bukan Python %d.%d di %s: minta berkas untuk komputer ini, atau pasang "
        "asn-skills dengan pip. / This file is built for {target}, not Python %d.%d on %s: ask for the file for this "
        "computer, or install asn-skills with pip." % ((*sys.version_info[:2], sys.platform) * 2)
    )
"""
"""Run before asn-skills starts: on another Python version or system the compiled wheels would fail with a
traceback; this says what is wrong instead."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--windows", metavar="3.X", help="build for 64-bit Windows with this Python version")
    parser.add_argument("-o", "--output", type=Path, help="the file to write (default: dist/asn-skills-...pyz)")
    args = parser.parse_args(argv)
    if args.windows and not re.fullmatch(r"3\.\d{1,2}", args.windows):
        parser.error("--windows takes a Python version such as 3.12")
    version = re.findall(r'__version__ = "([^"]+)"', (ROOT / "asn_skills" / "__init__.py").read_text())[0]
    if args.windows:
        target = f"win_amd64-py{args.windows}"
        python, system = tuple(int(part) for part in args.windows.split(".")), "win32"
        wheels_for = ["--platform", "win_amd64", "--python-version", args.windows, "--implementation", "cp",
                      "--only-binary=:all:"]  # fmt: skip
    else:
        platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
        target = f"{platform}-py{sys.version_info[0]}.{sys.version_info[1]}"
        python, system = tuple(sys.version_info[:2]), sys.platform
        wheels_for = []
    output = args.output or ROOT / "dist" / f"asn-skills-{version}-{target}.pyz"
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", work, str(ROOT)], check=True
        )
        wheel = next(Path(work).glob("asn_skills-*.whl"))
        guard = Path(work) / "guard.py"
        guard.write_text(GUARD.format(python=python, system=system, target=target), encoding="utf-8")
        # --extend-pythonpath: worker processes of `score --jobs N` (spawned on Windows) find the packages too.
        shiv = [sys.executable, "-m", "shiv", "--console-script", "asn-skills", "--output-file", str(output),
                "--compressed", "--extend-pythonpath", "--reproducible", "--preamble", str(guard), "--quiet",
                str(wheel)]  # fmt: skip
        subprocess.run([*shiv, *wheels_for], check=True)
    print(f"{output} ({output.stat().st_size / (1 << 20):.1f} MiB), for {target}: python {output.name} --version")
    return 0


if __name__ == "__main__":
    sys.exit(main())
