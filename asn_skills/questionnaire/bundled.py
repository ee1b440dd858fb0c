"""The questionnaires shipped with the package, found from any folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def folder() -> Path:
    """The bundled questionnaire folder: inside the installed package, else the source checkout's."""
    packaged = Path(str(resources.files("asn_skills") / "questionnaires"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "questionnaires"


def paths() -> list[Path]:
    """Bundled questionnaire files; files starting with `_` are shared parts for `include`."""
    return sorted(path for path in folder().glob("*.toml") if not path.name.startswith("_"))


def ids() -> list[str]:
    return [path.stem for path in paths()]


def path_of(questionnaire_id: str) -> Path | None:
    """The bundled file whose name is the id, or None."""
    return next((path for path in paths() if path.stem == questionnaire_id), None)


MAIN = "kompetensi-digital-asn"
"""The instrument used when none is named."""
