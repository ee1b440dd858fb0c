"""Who a row is about: NIP (Nomor Induk Pegawai) normalisation and checks, and keyed pseudonyms.

A PNS NIP has 18 digits: birth date YYYYMMDD, start of service (TMT CPNS) YYYYMM, a gender digit
(1 male, 2 female) and a 3-digit sequence. PPPK numbers and honorary staff differ, so checks can be off.
Pseudonyms are HMAC-SHA256 of the NIP (or name), the same in every output for the same key.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from asn_skills.errors import AsnSkillsError
from asn_skills.files import read_limited
from asn_skills.i18n import Phrase
from asn_skills.parser_reasons import os_reason
from asn_skills.scoring.result import Record

_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE]\+?\d+$")
MIN_AGE_AT_START = 18


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit in ASCII: NFKC first (full-width `１` and other compatibility forms),
    then any other script's decimal digit (Arabic-Indic `١`, Devanagari `१` ...) by its value. A phone
    keyboard or an Arabic-script input method types such digits; the same NIP must be one NIP everywhere."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKC", text)
    return "".join(
        str(unicodedata.decimal(char)) if not char.isascii() and char.isdecimal() else char for char in folded
    )


def normalise_nip(text: str) -> str:
    """Strip what spreadsheets and people add: spaces, dots between groups, a leading apostrophe, `.0`;
    digits of any script become ASCII digits (`ascii_digits`)."""
    if text.isascii() and text.isdigit():
        return text
    value = ascii_digits(text).strip().lstrip("'").strip()
    if value.endswith(".0") and value[:-2].isdigit():
        value = value[:-2]
    return re.sub(r"[\s.\-]", "", value) if re.fullmatch(r"[0-9\s.\-]+", value) else value


def nip_problem(nip: str, today: date | None = None) -> str | None:
    """The message key of what is wrong with a normalised NIP, or None when it is well-formed."""
    if _SCIENTIFIC.match(nip.replace(" ", "")):
        return "nip_scientific"
    if not (nip.isascii() and nip.isdigit()) or len(nip) != 18:
        return "nip_length"
    today = today or date.today()
    try:
        born = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "nip_birth_date"
    if not 1940 <= born.year <= today.year - MIN_AGE_AT_START:
        return "nip_birth_date"
    start_year, start_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= start_month <= 12:
        return "nip_start_date"
    if (start_year, start_month) < (born.year + MIN_AGE_AT_START, born.month) or (start_year, start_month) > (
        today.year,
        today.month,
    ):
        return "nip_start_date"
    if nip[14] not in "12":
        return "nip_gender"
    return None


PSEUDONYM_PREFIX = "P-"
PSEUDONYM_LENGTH = 12
MIN_KEY_BYTES = 16
"""The shortest pseudonym key taken. With one NIP and its pseudonym known, a short or dictionary key is
found by trying keys, and then every NIP's pseudonym can be reversed by trying the NIPs of an agency."""
NEW_KEY_BYTES = 32
"""Random bytes in a key `new_key` makes (256 bits, written as 43 URL-safe characters)."""


def check_key(key: str, source: str) -> str:
    """`key`, if it has at least `MIN_KEY_BYTES` bytes; `source` names where it came from, for the message."""
    length = len(key.encode("utf-8"))
    if length < MIN_KEY_BYTES:
        raise AsnSkillsError("pseudonym_key_short", source=source, length=str(length), minimum=str(MIN_KEY_BYTES))
    return key


PSEUDONYM_KEY_VARIABLE = "ASN_SKILLS_PSEUDONYM_KEY"
KEY_FILE_LIMIT = 64 << 10


def given_key(key: str, source: str) -> str:
    """A key typed where `source` names (an option), refused when blank or short."""
    if not key.strip():
        raise AsnSkillsError("pseudonym_key_empty", source=source)
    return check_key(key, source)


def key_from_file(path: Path) -> str:
    """The key in the file at `path` (its one line, a byte-order mark and spaces aside)."""
    try:
        key = read_limited(path, KEY_FILE_LIMIT).decode("utf-8-sig").strip()
    except FileNotFoundError:
        raise AsnSkillsError("input_missing", file=str(path)) from None
    except OSError as error:
        raise AsnSkillsError("input_unreadable", file=str(path), reason=os_reason(error)) from None
    except UnicodeDecodeError:
        raise AsnSkillsError("input_unreadable", file=str(path), reason=Phrase("reason.not_utf8")) from None
    if not key:
        raise AsnSkillsError("pseudonym_key_empty", source=str(path))
    return check_key(key, str(path))


def key_from_environment(environment: Mapping[str, str]) -> str:
    """The key in the variable `PSEUDONYM_KEY_VARIABLE` of `environment`."""
    key = environment.get(PSEUDONYM_KEY_VARIABLE)
    if key is None:
        raise AsnSkillsError("pseudonym_key_missing", variable=PSEUDONYM_KEY_VARIABLE)
    if not key.strip():
        raise AsnSkillsError("pseudonym_key_empty", source=PSEUDONYM_KEY_VARIABLE)
    return check_key(key, PSEUDONYM_KEY_VARIABLE)


def new_key() -> str:
    """A random pseudonym key, as text that survives any editor, e-mail or copy-paste."""
    return secrets.token_urlsafe(NEW_KEY_BYTES)


def pseudonym(key: str, identifier: str) -> str:
    digest = hmac.new(key.encode(), identifier.encode(), hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:PSEUDONYM_LENGTH]


def pseudonymise(records: Sequence[Record], key: str) -> list[Record]:
    """Copies of the records whose NIP and name are both replaced by the pseudonym of the NIP (or name)."""
    out = []
    for record in records:
        copied = copy.deepcopy(record)
        identity = record.get("nip") or record.get("name") or ""
        alias = pseudonym(key, identity) if identity else None
        copied["nip"] = alias
        copied["name"] = alias
        out.append(copied)
    return out
