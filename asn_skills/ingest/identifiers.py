"""Columns survey tools add that identify a person directly (beyond NIP and name): e-mail, IP address, user
name, phone number, device and SIM ids, location. Pseudonymised rejects leave their values out."""

from __future__ import annotations

import re

PERSONAL_COLUMNS = frozenset(
    {
        # LimeSurvey "Question code" headings: the respondent's IP address and access token
        "ipaddr", "token",
        # KoboToolbox metadata and submission fields: account, phone, device, SIM, location
        "username", "phonenumber", "deviceid", "simserial", "subscriberid", "_submitted_by", "_geolocation",
        "meta/instanceid",
    }
)  # fmt: skip
"""Such columns by their exact (case-folded) header."""
PERSONAL_COLUMN_NAMES = frozenset(
    {
        # Google Forms' collected e-mail (English, Indonesian, French) and a plain e-mail column
        "emailaddress", "alamatemail", "adressemail", "adresseemail", "email", "surel", "alamatsurel",
        # LimeSurvey "Full question text" headings, English and Indonesian
        "ipaddress", "alamatip", "accesscode", "kodeakses",
        # user names and phone numbers as people head them
        "username", "namapengguna", "phonenumber", "phone", "telepon", "nomortelepon", "notelepon", "nohp",
        "nomorhp", "handphone", "whatsapp", "nowa",
    }
)  # fmt: skip
"""Such columns by header letters and digits only (`Email Address`, `IP address`, `No. HP`)."""


def is_personal(header: str) -> bool:
    """Whether a header names a column that identifies a person directly, other than NIP and name."""
    name = header.strip().lstrip("\ufeff").strip().casefold()
    return name in PERSONAL_COLUMNS or re.sub(r"[^0-9a-z]", "", name) in PERSONAL_COLUMN_NAMES
