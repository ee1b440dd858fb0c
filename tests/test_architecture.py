"""The core library never imports the CLI frameworks."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "asn_skills"
FORBIDDEN = {"typer", "rich", "click"}


def core_modules() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if "cli" not in path.relative_to(PACKAGE).parts]


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_modules_do_not_import_cli_frameworks():
    offenders = {path.name: imported_roots(path) & FORBIDDEN for path in core_modules()}
    assert {name: found for name, found in offenders.items() if found} == {}
    assert len(core_modules()) >= 8


def test_importing_the_library_loads_no_cli_framework():
    code = (
        "import sys, asn_skills; asn_skills.load_questionnaire('kompetensi-digital-asn');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'typer', 'rich', 'click'}))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
