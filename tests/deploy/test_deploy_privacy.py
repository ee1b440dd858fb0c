"""Every deployed form carries the privacy notice (UU 27/2022) naming the agency, never the note meant for
the agency (the questionnaire's description)."""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

import pytest

from asn_skills.deploy.privacy import privacy_notice
from asn_skills.deploy.targets import TARGETS
from asn_skills.questionnaire.load import load_questionnaire
from asn_skills.render.agency import Agency, read_agency

MAIN = load_questionnaire("kompetensi-digital-asn")
AGENCY = Agency(
    name="BKPSDM Kabupaten Sleman",
    unit="Bidang PKA",
    privacy_contact="pdp@slemankab.go.id",
    retention="5 tahun sejak penilaian",
)


def readable(data: bytes) -> str:
    """The text of a written form: a workbook's parts joined, XML entities undone."""
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            data = b"\n".join(book.read(name) for name in book.namelist() if name.endswith(".xml"))
    text = data.decode("utf-8")
    return html.unescape(html.unescape(text)).replace("\\n", "\n").replace('\\"', '"')


@pytest.mark.parametrize("name", list(TARGETS))
def test_every_form_names_the_controller_contact_and_rights_and_not_the_agency_note(name):
    text = readable(TARGETS[name].write(MAIN, MAIN.id, AGENCY))
    for said in ("BKPSDM Kabupaten Sleman", "pdp@slemankab.go.id", "5 tahun sejak penilaian", "UU 27/2022"):
        assert said in text, (name, said)
    assert "Pemberitahuan pelindungan data pribadi" in text
    assert MAIN.text(MAIN.description, "id") not in text and MAIN.text(MAIN.description, "en") not in text


def test_the_notice_says_what_why_how_long_who_rights_and_contact():
    notice = " ".join(privacy_notice(MAIN, AGENCY, "id"))
    for part in (
        "Pengendali data",
        "Tujuan",
        "Data yang dikumpulkan",
        "Masa simpan",
        "Yang dapat melihat",
        "Hak Anda",
        "hubungi",
    ):
        assert part in notice
    english = " ".join(privacy_notice(MAIN, AGENCY, "en"))
    assert "Data controller: Bidang PKA, BKPSDM Kabupaten Sleman." in english


def test_without_an_agency_file_the_notice_speaks_in_general_words():
    notice = privacy_notice(MAIN, None, "id")
    assert "Pengendali data: instansi yang menyelenggarakan penilaian ini." in notice


def test_an_agency_replaces_the_text_with_its_own(tmp_path: Path):
    path = tmp_path / "instansi.toml"
    path.write_text(
        '[agency]\nname = "BKD Kota X"\n'
        'privacy_notice = { id = "Data Anda aman.\\n\\nHubungi BKD.", en = "Your data is safe." }\n',
        encoding="utf-8",
    )
    agency = read_agency(path)
    assert privacy_notice(MAIN, agency, "id") == [
        "Pemberitahuan pelindungan data pribadi",
        "Data Anda aman.",
        "Hubungi BKD.",
    ]
    assert privacy_notice(MAIN, agency, "en")[1:] == ["Your data is safe."]
    text = readable(TARGETS["google-apps-script"].write(MAIN, MAIN.id, agency))
    assert "Data Anda aman." in text and "Tujuan:" not in text
