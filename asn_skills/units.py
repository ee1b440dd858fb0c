"""One name per work unit: the agency's list of units, and how a unit as typed in a form is read against it.

Unit kerja is free text in most forms: "Dinkes", "DINAS KESEHATAN" and "dinas kesehatan" are one unit. A
unit list names each unit once, with its short names and other spellings:

    [[units]]
    name = "Dinas Kesehatan"
    short = ["Dinkes"]
    aliases = ["Dinas Kesehatan Kab. Sleman"]

in the agency file (`--agency-file`, beside `[agency]`) or a file of its own. A written unit is compared
with every name, short name and alias by its key: case, spacing and punctuation ignored, and the usual
abbreviations of regional agencies (Dinkes, Disdukcapil, BKPSDM, Bappeda ...) spelt out.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.results.schema import Record
from asn_skills.settings_file import read_settings
from asn_skills.suggest import did_you_mean

ABBREVIATIONS = {
    "dinkes": "dinas kesehatan",
    "disdukcapil": "dinas kependudukan dan pencatatan sipil",
    "dukcapil": "dinas kependudukan dan pencatatan sipil",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia",
    "bkd": "badan kepegawaian daerah",
    "bappeda": "badan perencanaan pembangunan daerah",
    "diskominfo": "dinas komunikasi dan informatika",
    "dinkominfo": "dinas komunikasi dan informatika",
    "disdik": "dinas pendidikan",
    "disdikbud": "dinas pendidikan dan kebudayaan",
    "dishub": "dinas perhubungan",
    "dinsos": "dinas sosial",
    "disnaker": "dinas tenaga kerja",
    "dpupr": "dinas pekerjaan umum dan penataan ruang",
    "bpkad": "badan pengelolaan keuangan dan aset daerah",
    "bapenda": "badan pendapatan daerah",
    "bpbd": "badan penanggulangan bencana daerah",
    "dpmptsp": "dinas penanaman modal dan pelayanan terpadu satu pintu",
    "satpol": "satuan polisi",
    "pp": "pamong praja",
    "setda": "sekretariat daerah",
    "setwan": "sekretariat dewan perwakilan rakyat daerah",
    "rsud": "rumah sakit umum daerah",
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
}
"""Short names every regional agency uses, by word: always read as the words they stand for."""
_NOT_WORD = re.compile(r"[^0-9a-z]+")
CLOSE_ENOUGH = 0.6
"""Least similarity (difflib ratio of the keys) for a known unit to be offered as the likely one meant."""


def unit_key(text: str) -> str:
    """A unit's name as compared: lower case, punctuation and spacing ignored, abbreviations spelt out."""
    words = _NOT_WORD.split(text.casefold())
    return " ".join(ABBREVIATIONS.get(word, word) for word in words if word)


@dataclass(frozen=True)
class Unit:
    """One work unit of the agency."""

    name: str
    """Its one name in reports, e.g. "Dinas Kesehatan"."""
    short: tuple[str, ...] = ()
    """Short names, e.g. "Dinkes"."""
    aliases: tuple[str, ...] = ()
    """Other ways people write it."""


@dataclass
class UnitList:
    """The agency's units, and how each written unit was read."""

    units: tuple[Unit, ...]
    _index: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for unit in self.units:
            for written in (unit.name, *unit.short, *unit.aliases):
                self._index.setdefault(unit_key(written), unit.name)
        for name, code in self.codes.items():
            self._index.setdefault(unit_key(code), name)

    @property
    def codes(self) -> dict[str, str]:
        """Each unit's answer code where a form lists the units under codes (LimeSurvey: `U` and four letters
        or digits, as its answer codes allow), made from the unit's name alone, so the same list reads an
        export back whatever order it is in."""
        codes: dict[str, str] = {}
        taken: set[str] = set()
        for unit in self.units:
            salt = 0
            while (code := _code(unit.name, salt)) in taken:
                salt += 1
            taken.add(code)
            codes[unit.name] = code
        return codes

    def canonical(self, written: str) -> str | None:
        """The unit's one name, or None when the list does not know it."""
        return self._index.get(unit_key(written))

    def closest(self, written: str) -> str | None:
        """The known unit most like `written`, when one is close enough."""
        key = unit_key(written)
        found = difflib.get_close_matches(key, list(self._index), n=1, cutoff=CLOSE_ENOUGH)
        return self._index[found[0]] if found else None

    @property
    def names(self) -> list[str]:
        return [unit.name for unit in self.units]


UNIT_KEYS = ("name", "short", "aliases")
"""The keys a `[[units]]` table may hold."""
_CODE_LETTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _code(name: str, salt: int) -> str:
    number = int.from_bytes(hashlib.sha256(f"{salt}:{unit_key(name)}".encode()).digest()[:8], "big")
    letters = ""
    for _ in range(4):
        number, digit = divmod(number, len(_CODE_LETTERS))
        letters += _CODE_LETTERS[digit]
    return "U" + letters


def chosen_units(unit_list: Path | None, agency_file: Path | None) -> UnitList | None:
    """The unit list of `unit_list`, else the `[[units]]` of the agency file when it has some, else None."""
    if unit_list is not None:
        return read_unit_list(unit_list)
    if agency_file is not None and "units" in _read(agency_file):
        return read_unit_list(agency_file)
    return None


def _read(path: Path) -> dict[str, object]:
    return read_settings(path, "unit_list_missing")


def with_unit_names(records: list[Record], units: UnitList) -> list[Record]:
    """Records with each unit the list knows written as its one name."""
    renamed = []
    for record in records:
        written = record.get("unit")
        name = units.canonical(written) if isinstance(written, str) else None
        if name is not None and name != written:
            record = record.copy()
            record["unit"] = name
        renamed.append(record)
    return renamed


def read_unit_list(path: Path) -> UnitList:
    """The `[[units]]` of a TOML file (an agency file or a file of its own)."""
    data = _read(path)
    tables = data.get("units")
    file = str(path)
    if not isinstance(tables, list) or not tables:
        raise AsnSkillsError("unit_list_no_units", file=file)
    units: list[Unit] = []
    seen: dict[str, int] = {}
    for number, table in enumerate(tables, 1):
        if not isinstance(table, dict):
            raise AsnSkillsError("unit_list_not_table", file=file, number=number)
        unknown = sorted(set(table) - set(UNIT_KEYS))
        if unknown:
            typed = unknown[0]
            hint = did_you_mean(typed, UNIT_KEYS)
            raise AsnSkillsError(
                "unit_list_unknown_key", file=file, number=number, field=typed, close=hint["close"], known=hint["known"]
            )
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            raise AsnSkillsError("unit_list_no_name", file=file, number=number)
        for key in ("short", "aliases"):
            values = table.get(key, [])
            if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
                raise AsnSkillsError("unit_list_not_texts", file=file, number=number, field=key)
        name = " ".join(name.split())
        first = seen.setdefault(unit_key(name), number)
        if first != number:
            other = units[first - 1].name
            raise AsnSkillsError("unit_list_duplicate", file=file, number=number, name=name, first=first, other=other)
        units.append(Unit(name, tuple(table.get("short", [])), tuple(table.get("aliases", []))))
    return UnitList(tuple(units))
