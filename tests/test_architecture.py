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


HELPERS = {
    "errors",
    "i18n",
    "files",
    "parser_reasons",
    "settings_file",
    "csv_text",
    "json_data",
    "workbooks",
    "locale_format",
    "suggest",
    "notes",
    "output_names",
}
"""Small top-level parts every package may use: messages, errors, safe files, cells and workbooks."""

MAY_IMPORT: dict[str, set[str]] = {
    "i18n": {"locale_format"},
    "errors": {"i18n"},
    "files": {"errors", "i18n", "parser_reasons"},
    "parser_reasons": {"i18n"},
    "settings_file": {"errors", "i18n", "files", "parser_reasons"},
    "csv_text": set(),
    "json_data": set(),
    "locale_format": set(),
    "suggest": set(),
    "notes": {"i18n"},
    "output_names": {"errors", "suggest"},
    "workbooks": {"errors", "i18n", "files", "parser_reasons", "csv_text"},
    "units": {"errors", "i18n", "files", "parser_reasons", "settings_file", "results", "suggest"},
    "questionnaire": HELPERS,
    "results": HELPERS | {"questionnaire"},
    "scoring": HELPERS | {"questionnaire", "results"},
    "identity": HELPERS | {"scoring"},
    "store": HELPERS | {"questionnaire", "scoring", "results"},
    "ingest": HELPERS | {"questionnaire", "scoring", "identity", "results", "store", "units"},
    "render": HELPERS,
    "reports": HELPERS | {"questionnaire", "scoring", "identity", "results", "store", "ingest", "units"},
    "reports.views": HELPERS
    | {"questionnaire", "scoring", "identity", "results", "store", "ingest", "reports", "render"},
    "session": HELPERS | {"questionnaire", "scoring", "identity", "results", "store"},
    "deploy": HELPERS | {"questionnaire", "ingest", "render", "units"},
    "synthetic": HELPERS | {"questionnaire", "scoring"},
    "demo": HELPERS | {"questionnaire", "ingest", "reports", "store", "synthetic"},
    "asn_skills": HELPERS | {"questionnaire", "scoring", "identity", "results"},
    "cli": {"*"},
    "__main__": {"cli"},
}
"""Which part of the package may import which: the pipeline's one-way order (questionnaire, results, scoring,
store and ingest, reports, their documents), documents and writers (render) beside it, the interview
(session) over the store, and the command line above all of them. A part not listed here is refused until
it is placed."""


def part_of(module: str) -> str | None:
    """The part of the package a dotted module name belongs to (`reports.views` is a part of its own)."""
    names = module.split(".")
    if names[0] != "asn_skills":
        return None
    if len(names) == 1 or names[1] == "__init__":
        return "asn_skills"
    if names[1:3] == ["reports", "views"]:
        return "reports.views"
    return names[1]


def own_imports(path: Path) -> set[str]:
    """The parts of the package a module imports (absolute imports; the package uses no relative ones)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {part_of(alias.name) for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}: relative import"
            found.add(part_of(node.module))
    return {part for part in found if part is not None}


def test_every_part_imports_only_what_the_layer_table_allows():
    wrong = {}
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        part = part_of(module)
        assert part in MAY_IMPORT, f"{module}: place `{part}` in MAY_IMPORT"
        allowed = MAY_IMPORT[part]
        if "*" not in allowed:
            extra = own_imports(path) - allowed - {part}
            if extra:
                wrong[module] = sorted(extra)
    assert wrong == {}


def test_the_layer_table_finds_a_forbidden_import(tmp_path):
    module = tmp_path / "render.py"
    module.write_text("from asn_skills.cli.console import visible\nimport asn_skills.store.store\n", encoding="utf-8")
    assert own_imports(module) - MAY_IMPORT["render"] == {"cli", "store"}


def test_no_part_of_the_core_may_import_the_command_line():
    assert [part for part, allowed in MAY_IMPORT.items() if part not in ("cli", "__main__") and "cli" in allowed] == []
