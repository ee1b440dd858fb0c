"""The paper version: numbered as `assess` numbers, with the identity blanks, and nothing in a
questionnaire's texts becomes markup, a script or a terminal control code."""

from __future__ import annotations

import re

import pytest
from support import MINIMAL, variant

from asn_skills import load_questionnaire
from asn_skills.deploy.paper import html, markdown
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Kind


@pytest.mark.parametrize("name", ["kompetensi-digital-asn", str(MINIMAL)])
def test_options_are_numbered_as_assess_numbers_them(name):
    questionnaire = load_questionnaire(name)
    text = markdown(questionnaire).decode()
    blocks = re.split(r"^\*\*(\d+)\.\*\* ", text, flags=re.M)[1:]
    numbered = dict(zip(blocks[::2], blocks[1::2], strict=True))
    assert len(numbered) == len(questionnaire.questions)
    for number, question in enumerate(questionnaire.questions, 1):
        block = numbered[str(number)]
        assert f"`{question.id}`" in block.splitlines()[0]
        options = re.findall(r"^- \( (\d+) \) (.*)$", block, flags=re.M)
        assert [int(found) for found, _ in options] == list(range(1, len(question.choices) + 1))
        for (_, line), option in zip(options, question.choices, strict=True):
            assert line.replace("\\", "").startswith(option.label["id"])
        assert ("Pilih semua yang sesuai" in block) == (question.kind is Kind.MULTI)


def test_identity_blanks_and_roles_numbered_as_assess_lists_them():
    questionnaire = load_file(MINIMAL)
    for page in (markdown(questionnaire).decode(), html(questionnaire).decode()):
        for label in ("NIP", "Nama lengkap / Full name", "Unit kerja / Work unit", "Jabatan / Position"):
            assert label in page
    assert "( 1 ) Staf   ( 2 ) Ahli TI" in markdown(questionnaire).decode()
    page = html(questionnaire).decode()
    assert page.count('<span class="box"></span>') == 18
    assert '<span class="n">1</span>Staf</span> <span class="role"><span class="n">2</span>Ahli TI' in page


HOSTILE = r"<script>alert(1)</script> [klik](http://x.example) \u001b]0;owned\u0007 \u202egnp.exe"


@pytest.fixture
def hostile(tmp_path):
    path, _ = variant(
        tmp_path,
        [
            ('text = { id = "Butir A1"', f'text = {{ id = "{HOSTILE}"'),
            ('{ id = "Belum"', '{ id = "<img src=x onerror=alert(2)>"'),
            ('title = { id = "Uji"', 'title = { id = "</title><script>t()</script>"'),
            ('name = { id = "Staf"', 'name = { id = "<b>Staf</b> *tebal* # judul"'),
        ],
    )
    return load_file(path)


def test_html_escapes_every_questionnaire_text(hostile):
    page = html(hostile).decode()
    assert "<script" not in page and "<img" not in page and "<b>Staf" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page
    assert "\\x1b]0;owned\\x07" in page and "\\u202egnp.exe" in page


def test_markdown_escapes_every_questionnaire_text(hostile):
    page = markdown(hostile).decode()
    assert "<script" not in page and "<img" not in page and "<b>Staf" not in page
    assert "\\[klik\\](http://x.example)" in page
    assert "\\*tebal\\* # judul" in page
    assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page


def test_the_footer_names_assess_in_plain_text_not_as_literal_backticks():
    questionnaire = load_file(MINIMAL)
    footers = [
        markdown(questionnaire).decode().rstrip().splitlines()[-1],
        re.findall("<footer.*?</footer>", html(questionnaire).decode(), flags=re.S)[-1],
    ]
    for footer in footers:
        assert "asn-skills assess" in footer and "`" not in footer, footer
