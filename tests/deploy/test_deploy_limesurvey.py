"""The LimeSurvey structure (`.lss`): what LimeSurvey's import needs, codes it keeps, and the round trip.

The import's requirements are those of XMLImportSurvey (application/helpers/admin/import_helper.php): a
`document` of LimeSurveyDocType "Survey" with its languages, a surveys row with `sid`, a language setting
per language, and groups, questions, subquestions and answers whose l10n rows carry the texts; question
codes follow Question.php's rules, or the import renames them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from deployed import assert_scores_like_the_library
from hypothesis import given
from hypothesis import strategies as st
from support import variant
from tool_exports import flatten, lime_questions, limesurvey_export, lss_tables
from typer.testing import CliRunner

from asn_skills import load_questionnaire
from asn_skills.deploy.limesurvey import answer_codes, as_html, role_codes, structure
from asn_skills.errors import AsnSkillsError
from asn_skills.questionnaire.load import load_file
from asn_skills.questionnaire.model import Kind, Questionnaire
from asn_skills.synthetic.people import Person, generate_people

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
REQUIRED_FIELDS = {
    "surveys": {"sid", "language", "additional_languages"},
    "surveys_languagesettings": {"surveyls_survey_id", "surveyls_language", "surveyls_title"},
    "groups": {"gid", "sid", "group_order"},
    "group_l10ns": {"gid", "group_name", "description", "language"},
    "questions": {"qid", "parent_qid", "sid", "gid", "type", "title", "mandatory", "question_order"},
    "subquestions": {"qid", "parent_qid", "sid", "gid", "type", "title", "question_order", "scale_id"},
    "question_l10ns": {"qid", "question", "help", "language"},
    "answers": {"aid", "qid", "code", "sortorder", "scale_id"},
    "answer_l10ns": {"aid", "answer", "language"},
}


def test_document_has_every_table_and_field_the_import_reads():
    document = structure(MAIN)
    root = ET.fromstring(document)
    assert root.tag == "document" and root.findtext("LimeSurveyDocType") == "Survey"
    assert root.findtext("DBVersion", "").isdigit()
    assert [element.text for element in root.findall("languages/language")] == ["id", "en"]
    tables = lss_tables(document)
    for name, fields in REQUIRED_FIELDS.items():
        table = root.find(name)
        assert table is not None, name
        declared = [element.text for element in table.findall("fields/fieldname")]
        assert fields <= set(declared), name
        assert all(list(row) == declared for row in tables[name]), f"{name}: every row has the declared columns"
    (survey,) = tables["surveys"]
    assert survey["language"] == "id" and survey["additional_languages"] == "en"
    assert {row["surveyls_language"] for row in tables["surveys_languagesettings"]} == {"id", "en"}


def test_every_reference_resolves_and_every_text_exists_in_both_languages():
    tables = lss_tables(structure(MAIN))
    groups = {row["gid"] for row in tables["groups"]}
    questions = {row["qid"] for row in tables["questions"]}
    subquestions = {row["qid"] for row in tables["subquestions"]}
    assert "0" not in groups, "the import skips questions of group 0"
    assert {row["gid"] for row in tables["questions"] + tables["subquestions"]} <= groups
    assert {row["parent_qid"] for row in tables["subquestions"]} <= questions
    assert {row["qid"] for row in tables["answers"]} <= questions
    for table, key, owners in (
        ("group_l10ns", "gid", groups),
        ("question_l10ns", "qid", questions | subquestions),
        ("answer_l10ns", "aid", {row["aid"] for row in tables["answers"]}),
    ):
        languages: dict[str, set[str]] = {}
        for row in tables[table]:
            languages.setdefault(row[key], set()).add(row["language"])
        assert languages == {owner: {"id", "en"} for owner in owners}, table
    assert len({row["qid"] for row in tables["questions"] + tables["subquestions"]}) == len(questions | subquestions)


def test_one_group_per_domain_after_the_identity_group():
    tables = lss_tables(structure(MAIN))
    names = {row["gid"]: row["group_name"] for row in tables["group_l10ns"] if row["language"] == "en"}
    ordered = [names[row["gid"]] for row in sorted(tables["groups"], key=lambda row: int(row["group_order"]))]
    assert ordered == ["Identity", *(MAIN.text(domain.name, "en") for domain in MAIN.domains)]


def test_question_codes_are_the_ids_and_answer_codes_are_declared():
    questions = lime_questions(structure(MAIN), "id")
    assert [question.code for question in questions] == ["NIP", "NAMA", "UNITKERJA", "JABATAN"] + [
        question.id for question in MAIN.questions
    ]
    for question, written in zip(MAIN.questions, questions[4:], strict=True):
        assert flatten(written.text) == MAIN.text(question.text, "id")
        labels = [as_html(MAIN.text(option.label, "id")) for option in question.choices]
        if question.kind is Kind.MULTI:
            assert written.kind == "M" and written.answers == {}
            assert written.subquestions == list(zip(answer_codes(question), labels, strict=True))
        else:
            assert written.kind == "L" and written.answers == dict(zip(answer_codes(question), labels, strict=True))
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,19}", question.code) for question in questions)


CODED_A3 = [
    ('{ value = "a", correct = true, label', '{ value = "a", correct = true, code = "R1", label'),
    ('{ value = "b", label = { id = "Salah"', '{ value = "b", code = "R2", label = { id = "Salah"'),
    ('{ value = "c", label', '{ value = "c", code = "R3", label'),
]


def test_option_codes_are_kept_and_missing_ones_are_limesurvey_defaults(tmp_path):
    coded, _ = variant(tmp_path, CODED_A3)
    q = load_file(coded)
    assert [answer_codes(question) for question in q.questions if question.id in ("A1", "A3", "A4")] == [
        ["AO01", "AO02", "AO03", "AO04"],
        ["R1", "R2", "R3"],
        ["SQ001", "SQ002", "SQ003", "SQ004"],
    ]


def test_identity_questions_nip_checked_for_18_digits_and_role_a_list_of_the_roles():
    tables = lss_tables(structure(MAIN))
    rows = {row["title"]: row for row in tables["questions"]}
    assert [rows[code]["type"] for code in ("NIP", "NAMA", "UNITKERJA", "JABATAN")] == ["S", "S", "S", "L"]
    pattern = rows["NIP"]["preg"]
    assert pattern.startswith("/") and pattern.endswith("/")
    check = re.compile(pattern[1:-1])
    assert check.match("198609262015051001")
    assert not any(check.match(nip) for nip in ("19860926201505100", "19860926 201505 1 001", "1986092620150510011"))
    roles = lime_questions(structure(MAIN), "en")[3]
    assert roles.answers == dict(
        zip(role_codes(len(MAIN.roles)), (MAIN.text(role.name, "en") for role in MAIN.roles), strict=True)
    )


@pytest.mark.parametrize(
    ("question_id", "key"),
    [
        ("KAM-01", "limesurvey_question_code"),
        ("K.1", "limesurvey_question_code"),
        ("K_1", "limesurvey_question_code"),
        ("A" * 21, "limesurvey_question_code"),
        ("self", "limesurvey_reserved_code"),
        ("nip", "limesurvey_reserved_code"),
    ],
)
def test_an_id_limesurvey_would_rename_is_refused_with_the_fix(tmp_path, question_id, key):
    path, _ = variant(tmp_path, [('id = "A1"', f'id = "{question_id}"')])
    with pytest.raises(AsnSkillsError) as raised:
        structure(load_file(path))
    assert raised.value.key == key
    assert question_id in raised.value.message("en") and "rename" in raised.value.message("en")


def test_an_option_code_too_long_for_limesurvey_is_refused(tmp_path):
    path, _ = variant(tmp_path, [("{ value = 0, label", '{ value = 0, code = "LONGCODE", label')])
    with pytest.raises(AsnSkillsError) as raised:
        structure(load_file(path))
    assert raised.value.key in ("limesurvey_option_code", "limesurvey_codes_partial")


def hostile(tmp_path) -> Questionnaire:
    texts = {
        "Butir A1": 'Kutip " dan \\\\ garis miring <b>tebal</b> & {INSERTANS} </script>',
        "Item A1": "Quote ' and &amp; entity\u2028line",
        "Mandiri": "Mandiri & <i>sendiri</i>",
        "Satu": "Satu, {dua}",
    }
    path, _ = variant(tmp_path, [(old, new.replace('"', '\\"')) for old, new in texts.items()])
    return load_file(path)


def test_hostile_texts_stay_text_in_the_survey_and_come_back_in_the_export_headings(tmp_path):
    q = hostile(tmp_path)
    document = structure(q)
    ET.fromstring(document)
    written = lime_questions(document, "id")[4]
    assert "<b>" not in written.text and "{" not in written.text, "HTML and expressions are escaped"
    assert flatten(written.text) == q.text(q.questions[0].text, "id")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_any_text_comes_back_from_the_export_heading_as_written(text):
    """Whatever a text holds (tags, entities, braces), the heading LimeSurvey's export makes of it (tags
    stripped, then entities decoded) reads as the text with its spaces collapsed, the way `score` compares."""
    written = as_html(text)
    ET.fromstring(f"<t>{written.replace('&', '&amp;').replace('<', '&lt;')}</t>")
    assert "<" not in written and "{" not in written
    assert " ".join(flatten(written).split()) == " ".join(text.replace("\xa0", " ").split())


# ---------------------------------------------------------------- round trip


def responses(q: Questionnaire, people: list[Person]) -> list[dict[str, object]]:
    """What each person enters in the survey built from the structure: codes of the options picked."""
    roles = dict(zip((role.id for role in q.roles), role_codes(len(q.roles)), strict=True))
    filled = []
    for person in people:
        response: dict[str, object] = {
            "submitdate": person.submitted_at.replace(tzinfo=None),
            "NIP": person.nip,
            "NAMA": person.name,
            "UNITKERJA": person.unit,
            "JABATAN": roles[person.role],
        }
        for question in q.questions:
            answer = person.answers.get(question.id)
            if answer is None:
                continue
            codes = dict(zip((option.value for option in question.choices), answer_codes(question), strict=True))
            response[question.id] = [codes[value] for value in answer] if isinstance(answer, list) else codes[answer]
        filled.append(response)
    return filled


@pytest.mark.parametrize("codes", [False, True], ids=["dialog-defaults", "codes"])
def test_default_export_of_the_imported_survey_scores_like_the_library(tmp_path, codes):
    people = list(generate_people(MAIN, 40, seed=15))
    path = tmp_path / "results-survey123456.csv"
    path.write_bytes(limesurvey_export(structure(MAIN), responses(MAIN, people), codes=codes))
    assert_scores_like_the_library(
        path,
        "kompetensi-digital-asn",
        MAIN,
        people,
        {person.nip: person.submitted_at.replace(tzinfo=None) for person in people},
    )


@pytest.mark.parametrize("codes", [False, True], ids=["dialog-defaults", "codes"])
def test_round_trip_of_an_english_first_questionnaire(tmp_path, codes):
    """The survey's base language is English: English response headings, identity texts and Yes/No."""
    path, _ = variant(tmp_path, [('languages = ["id", "en"]', 'languages = ["en", "id"]')])
    q = load_file(path)
    people = list(generate_people(q, 12, seed=4))
    export = tmp_path / "results-survey2.csv"
    export.write_bytes(limesurvey_export(structure(q), responses(q, people), codes=codes))
    assert "NIP (18 digits)" in export.read_text(encoding="utf-8-sig") or codes
    assert_scores_like_the_library(
        export, str(path), q, people, {person.nip: person.submitted_at.replace(tzinfo=None) for person in people}
    )


@pytest.mark.parametrize("codes", [False, True], ids=["dialog-defaults", "codes"])
def test_round_trip_with_hostile_texts_and_own_option_codes(tmp_path, codes):
    path, _ = variant(
        tmp_path,
        [
            *CODED_A3,
            ("Butir A1", 'Butir <b>A1</b> & {x} \\"kutip\\"'),
            ("Mandiri", "Mandiri & <i>sendiri</i>"),
        ],
    )
    q = load_file(path)
    people = list(generate_people(q, 12, seed=3))
    export = tmp_path / "results-survey1.csv"
    export.write_bytes(limesurvey_export(structure(q), responses(q, people), codes=codes))
    assert_scores_like_the_library(
        export, str(path), q, people, {person.nip: person.submitted_at.replace(tzinfo=None) for person in people}
    )
