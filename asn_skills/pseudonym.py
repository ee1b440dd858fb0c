"""Keyed pseudonyms for NIPs and names (HMAC-SHA256), the same in every output for the same key."""

from __future__ import annotations

import copy
import hashlib
import hmac
from collections.abc import Sequence

from asn_skills.compiled import Record

PREFIX = "P-"
LENGTH = 12


def pseudonym(key: str, identifier: str) -> str:
    digest = hmac.new(key.encode(), identifier.encode(), hashlib.sha256).hexdigest()
    return PREFIX + digest[:LENGTH]


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
