"""`questionnaires import`: survey structures (LimeSurvey .lss and .txt, XLSForm .xlsx) read into a TOML
draft whose `validate` lists exactly what is left to fill; bad input gets one line with the place and fix.

The item bank used here is written in the style of the public DigCompSAT LimeSurvey bank (five areas of
self-rating questions on a four-point scale with AO01-style answer codes); its texts are our own.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import strategies as st
from support import variant
from typer.testing import CliRunner

from asn_skills import ExitCode, load_questionnaire
from asn_skills.cli.app import app
from asn_skills.deploy import excel_template
from asn_skills.deploy.draft import DraftDomain, DraftOption, DraftQuestion, QuestionnaireDraft, render, slug
from asn_skills.deploy.limesurvey import answer_codes, structure
from asn_skills.deploy.structure_import import read_draft
from asn_skills.deploy.xlsform import workbook as xlsform_workbook
from asn_skills.ingest.headers import HeaderReader
from asn_skills.questionnaire import bundled
from asn_skills.questionnaire.load import check_file, load_file
from asn_skills.questionnaire.model import Kind

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

runner = CliRunner()
MAIN = load_questionnaire("kompetensi-digital-asn")
AREAS = [
    ("Information and data literacy", "Literasi informasi dan data"),
    ("Communication and collaboration", "Komunikasi dan kolaborasi"),
    ("Digital content creation", "Pembuatan konten digital"),
    ("Safety", "Keamanan"),
    ("Problem solving", "Pemecahan masalah"),
]
SCALE = [
    ("I could not do this", "Saya belum bisa"),
    ("I could do this with help", "Saya bisa dengan bantuan"),
    ("I could do this on my own", "Saya bisa sendiri"),
    ("I could show others how", "Saya bisa mengajari orang lain"),
]
ITEMS = [
    [("I can find a file again by searching its contents", "Saya dapat menemukan berkas dari isinya")],
    [("I can share a document so that others may only comment", "Saya dapat membagikan dokumen hanya untuk komentar")],
    [("I can turn a table into a chart", "Saya dapat mengubah tabel menjadi grafik")],
    [("I can tell a fake login page from the real one", "Saya dapat membedakan halaman masuk palsu")],
    [("I can fix a printer that does not show up", "Saya dapat memperbaiki printer yang tidak terdeteksi")],
]
CODES = [f"A{area}Q{item}" for area in range(1, 6) for item in range(1, 2)]


def table(root: ET.Element, name: str, rows: list[dict[str, object]]) -> None:
    element = ET.SubElement(root, name)
    fields = ET.SubElement(element, "fields")
    for column in rows[0]:
        ET.SubElement(fields, "fieldname").text = column
    body = ET.SubElement(element, "rows")
    for row in rows:
        line = ET.SubElement(body, "row")
        for column, value in row.items():
            ET.SubElement(line, column).text = str(value)


def bank_lss(legacy: bool = False, extra: list[dict[str, object]] | None = None) -> bytes:
    """The bank as LimeSurvey exports it: 6.x with l10n tables, or 3.x with a row per language."""
    root = ET.Element("document")
    ET.SubElement(root, "LimeSurveyDocType").text = "Survey"
    ET.SubElement(root, "DBVersion").text = "366" if legacy else "624"
    languages = ET.SubElement(root, "languages")
    for lang in ("id", "en"):  # the export lists additional languages first, the base one last
        ET.SubElement(languages, "language").text = lang
    langs = (("en", 0), ("id", 1))
    groups, group_texts, questions, question_texts, answers, answer_texts = [], [], [], [], [], []
    qid = aid = 0
    for gid, names in enumerate(AREAS, 1):
        groups.append({"gid": gid, "sid": 54321, "group_order": gid})
        group_texts += [{"gid": gid, "group_name": names[i], "description": "", "language": lang} for lang, i in langs]
        for order, texts in enumerate(ITEMS[gid - 1], 1):
            qid += 1
            question = {"qid": qid, "parent_qid": 0, "sid": 54321, "gid": gid, "type": "L"}
            question |= {"title": f"A{gid}Q{order}", "question_order": order, "mandatory": "Y"}
            questions.append(question)
            question_texts += [
                {"qid": qid, "question": f"<p>{texts[i]}</p>", "help": "", "language": lang} for lang, i in langs
            ]
            for sort, labels in enumerate(SCALE, 1):
                aid += 1
                answers.append({"aid": aid, "qid": qid, "code": f"AO{sort:02d}", "sortorder": sort, "scale_id": 0})
                answer_texts += [{"aid": aid, "answer": labels[i], "language": lang} for lang, i in langs]
    intro = {"qid": 99, "parent_qid": 0, "sid": 54321, "gid": 1, "type": "X", "title": "INTRO", "question_order": 0}
    nip = {"qid": 98, "parent_qid": 0, "sid": 54321, "gid": 1, "type": "S", "title": "NIP", "question_order": 0}
    questions += [intro, nip, *(extra or [])]
    question_texts += [
        {"qid": q, "question": t, "help": "", "language": lang}
        for q, t in ((99, "Welcome"), (98, "NIP"))
        for lang, _ in langs
    ]
    question_texts += [{"qid": row["qid"], "question": "Comments", "help": "", "language": "en"} for row in extra or []]
    if legacy:
        by_qid = {(row["qid"], row["language"]): row for row in question_texts}
        questions = [
            {**q, "question": by_qid[(q["qid"], lang)]["question"], "language": lang}
            for q in questions
            for lang, _ in langs
            if (q["qid"], lang) in by_qid
        ]
        by_gid = {(row["gid"], row["language"]): row for row in group_texts}
        groups = [
            {**g, "group_name": by_gid[(g["gid"], lang)]["group_name"], "language": lang}
            for g in groups
            for lang, _ in langs
        ]
        by_aid = {(row["aid"], row["language"]): row for row in answer_texts}
        answers = [
            {
                key: value
                for key, value in {**a, "answer": by_aid[(a["aid"], lang)]["answer"], "language": lang}.items()
                if key != "aid"
            }
            for a in answers
            for lang, _ in langs
        ]
        for name, rows in (("answers", answers), ("groups", groups), ("questions", questions)):
            table(root, name, rows)
    else:
        for name, rows in (
            ("answers", answers),
            ("answer_l10ns", answer_texts),
            ("groups", groups),
            ("group_l10ns", group_texts),
            ("questions", questions),
            ("question_l10ns", question_texts),
        ):
            table(root, name, rows)
    table(root, "surveys", [{"sid": 54321, "language": "en", "additional_languages": "id"}])
    titles = [("en", "Digital competence self-check"), ("id", "Cek mandiri kompetensi digital")]
    table(
        root,
        "surveys_languagesettings",
        [{"surveyls_survey_id": 54321, "surveyls_language": lang, "surveyls_title": title} for lang, title in titles],
    )
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def bank_tsv(extra: str = "") -> bytes:
    """The bank as LimeSurvey's "Tab-separated-values format (*.txt)" structure (TSVImportSurvey's columns)."""
    columns = [
        "id",
        "related_id",
        "class",
        "type/scale",
        "name",
        "relevance",
        "text",
        "help",
        "language",
        "validation",
        "mandatory",
        "other",
    ]
    rows = [columns]

    def add(**cells: object) -> None:
        rows.append([str(cells.get(column.replace("/", "_"), "")) for column in columns])

    add(**{"class": "S", "name": "language", "text": "en"})
    add(**{"class": "S", "name": "additional_languages", "text": "id"})
    for lang, title in (("en", "Digital competence self-check"), ("id", "Cek mandiri kompetensi digital")):
        add(**{"class": "SL", "name": "surveyls_title", "text": title, "language": lang})
    for gid, names in enumerate(AREAS, 1):
        for lang, i in (("en", 0), ("id", 1)):
            add(**{"class": "G", "type_scale": f"G{gid}", "name": names[i], "language": lang, "relevance": "1"})
        for order, texts in enumerate(ITEMS[gid - 1], 1):
            for lang, i in (("en", 0), ("id", 1)):
                add(
                    **{
                        "class": "Q",
                        "type_scale": "L",
                        "name": f"A{gid}Q{order}",
                        "text": texts[i],
                        "language": lang,
                        "mandatory": "Y",
                    }
                )
            for lang, i in (("en", 0), ("id", 1)):
                for sort, labels in enumerate(SCALE, 1):
                    add(
                        **{
                            "class": "A",
                            "type_scale": "0",
                            "name": f"AO{sort:02d}",
                            "text": labels[i],
                            "language": lang,
                        }
                    )
    text = "\n".join("\t".join(row) for row in rows) + "\n" + extra
    return text.encode()


def imported(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path, read_draft(path)


def problems_of(tmp_path: Path, toml: str) -> list[str]:
    path = tmp_path / "draft.toml"
    path.write_text(toml, encoding="utf-8")
    questionnaire, problems = check_file(path)
    assert questionnaire is None
    return [f"{problem.path}: {problem.key}" for problem in problems]


@pytest.mark.parametrize(
    ("name", "data"),
    [("bank.lss", bank_lss()), ("bank-3x.lss", bank_lss(legacy=True)), ("bank.txt", bank_tsv())],
    ids=["lss-6", "lss-3", "txt"],
)
def test_item_bank_becomes_a_draft_with_areas_questions_scale_and_codes(tmp_path, name, data):
    _, draft = imported(tmp_path, name, data)
    assert draft.languages == ("en", "id")
    assert draft.title == {"en": "Digital competence self-check", "id": "Cek mandiri kompetensi digital"}
    assert [domain.name for domain in draft.domains] == [{"en": en, "id": id_} for en, id_ in AREAS]
    assert [domain.id for domain in draft.domains] == [
        "information-and-data-literacy",
        "communication-and-collaboration",
        "digital-content-creation",
        "safety",
        "problem-solving",
    ]
    assert [question.id for question in draft.questions] == CODES, "the welcome text and the NIP question are left out"
    for question, (texts,) in zip(draft.questions, ITEMS, strict=True):
        assert question.text == {"en": texts[0], "id": texts[1]} and not question.multi
        assert [option.code for option in question.options] == ["AO01", "AO02", "AO03", "AO04"]
        assert [option.label for option in question.options] == [{"en": en, "id": id_} for en, id_ in SCALE]


def test_validate_on_the_draft_lists_exactly_what_is_left_to_fill(tmp_path):
    _, draft = imported(tmp_path, "bank.lss", bank_lss())
    toml = render(draft, "en")
    assert problems_of(tmp_path, toml) == [": missing_key", ": missing_key"]
    assert [line for line in toml.splitlines() if line.startswith("# TODO")] == [
        "# TODO levels: bands on the 0-100 area score, ascending, the first at min = 0. For example:",
        "# TODO roles: the level each position requires in every area; exactly one role is the default.",
        "# TODO trainings (optional): the course catalogue recommendations come from. For example:",
    ]
    assert toml.count('options = "skala-1"') == 5 and toml.count('code = "AO01"') == 1
    filled = toml.replace(
        "# TODO levels", '[[levels]]\nlevel = 1\nname = { en = "Basic", id = "Dasar" }\nmin = 0\n# levels'
    )
    roles = '\n[[roles]]\nid = "staf"\nname = { en = "Staff", id = "Staf" }\ndefault = true\nrequired = { '
    roles += ", ".join(f"{domain.id} = 1" for domain in draft.domains) + " }\n"
    path = tmp_path / "filled.toml"
    path.write_text(filled + roles, encoding="utf-8")
    questionnaire, problems = check_file(path)
    assert problems == [] and questionnaire is not None and len(questionnaire.questions) == 5


def test_limesurvey_structure_we_write_imports_back_with_its_questions_options_and_codes(tmp_path):
    _, draft = imported(tmp_path, "survey.lss", structure(MAIN))
    assert draft.languages == MAIN.languages
    assert [domain.name for domain in draft.domains] == [domain.name for domain in MAIN.domains]
    assert [question.id for question in draft.questions] == [question.id for question in MAIN.questions]
    for drafted, question in zip(draft.questions, MAIN.questions, strict=True):
        assert drafted.text == question.text and drafted.multi == (question.kind is Kind.MULTI)
        assert [option.label for option in drafted.options] == [option.label for option in question.choices]
        assert [option.code for option in drafted.options] == answer_codes(question)
        assert drafted.domain == next(
            d.id for d, m in zip(draft.domains, MAIN.domains, strict=True) if m.id == question.domain
        )
    multi = sum(question.kind is Kind.MULTI for question in MAIN.questions)
    expected = [": missing_key", ": missing_key", *["options: multi_needs_correct"] * multi]
    assert sorted(
        problem.split(".", 1)[-1] if "]." in problem else problem
        for problem in problems_of(tmp_path, render(draft, "en"))
    ) == sorted(expected)


def xlsform(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    with xlsxwriter.Workbook(str(path)) as workbook:
        for name, rows in sheets.items():
            sheet = workbook.add_worksheet(name)
            for number, row in enumerate(rows):
                sheet.write_row(number, 0, row)


def main_xlsform() -> dict[str, list[list[object]]]:
    """MAIN in the standard XLSForm layout: a group per area, select_one / select_multiple with a list each."""
    survey: list[list[object]] = [["type", "name", "label::Indonesian (id)", "label::English (en)", "required"]]
    survey += [
        ["text", "nip", "NIP (18 digit)", "NIP (18 digits)", "yes"],
        ["text", "nama", "Nama lengkap", "Full name", "yes"],
        ["select_one jabatan", "jabatan", "Jabatan", "Position", "yes"],
        ["note", "intro", "Selamat datang", "Welcome", ""],
    ]
    choices: list[list[object]] = [["list_name", "name", "label::Indonesian (id)", "label::English (en)"]]
    choices += [["jabatan", role.id, role.name["id"], role.name["en"]] for role in MAIN.roles]
    for domain in MAIN.domains:
        survey.append(["begin_group", domain.id, domain.name["id"], domain.name["en"], ""])
        for question in (q for q in MAIN.questions if q.domain == domain.id):
            select = "select_multiple" if question.kind is Kind.MULTI else "select_one"
            survey.append(
                [f"{select} {question.id}_opsi", question.id, question.text["id"], question.text["en"], "yes"]
            )
            choices += [
                [f"{question.id}_opsi", f"o{n}", o.label["id"], o.label["en"]]
                for n, o in enumerate(question.choices, 1)
            ]
        survey.append(["end_group", "", "", "", ""])
    settings = [["form_title", "form_id", "default_language"], [MAIN.title["id"], MAIN.id, "Indonesian (id)"]]
    return {"survey": survey, "choices": choices, "settings": settings}


def test_xlsform_imports_with_groups_as_areas_and_choice_names_as_codes(tmp_path):
    path = tmp_path / "form.xlsx"
    xlsform(path, main_xlsform())
    draft = read_draft(path)
    assert draft.id == MAIN.id and draft.languages == ("id", "en") and draft.title == {"id": MAIN.title["id"]}
    assert [domain.id for domain in draft.domains] == [domain.id for domain in MAIN.domains]
    assert [question.id for question in draft.questions] == [question.id for question in MAIN.questions]
    for drafted, question in zip(draft.questions, MAIN.questions, strict=True):
        assert drafted.text == question.text and drafted.multi == (question.kind is Kind.MULTI)
        assert [option.label for option in drafted.options] == [option.label for option in question.choices]
        assert [option.code for option in drafted.options] == [f"o{n}" for n in range(1, len(question.choices) + 1)]


@pytest.mark.parametrize("questionnaire_id", bundled.ids())
def test_an_exported_xlsform_imports_with_the_same_area_and_question_ids(tmp_path, questionnaire_id):
    questionnaire = load_questionnaire(questionnaire_id)
    path = tmp_path / "form.xlsx"
    path.write_bytes(xlsform_workbook(questionnaire))
    draft = read_draft(path)
    assert [domain.id for domain in draft.domains] == [domain.id for domain in questionnaire.domains]
    assert [(q.id, q.domain) for q in draft.questions] == [(q.id, q.domain) for q in questionnaire.questions]


def test_an_xlsform_group_whose_name_is_no_area_id_gets_a_slug_of_its_label(tmp_path):
    sheets = main_xlsform()
    renamed = {"_tmp": "Literasi Data", "Komunikasi": "Komunikasi"}
    groups = [row for row in sheets["survey"] if row[0] == "begin_group"]
    groups[0][1:3] = ["_tmp", "Literasi Data"]
    groups[1][1] = "Komunikasi"
    path = tmp_path / "form.xlsx"
    xlsform(path, sheets)
    ids = [domain.id for domain in read_draft(path).domains]
    assert ids[:2] == [slug(renamed["_tmp"], ""), "komunikasi"]
    assert ids[2:] == [domain.id for domain in MAIN.domains[2:]]


# ---------------------------------------------------------------- the command


def test_import_writes_the_draft_and_says_what_to_do_next(tmp_path):
    source = tmp_path / "bank.lss"
    source.write_bytes(bank_lss())
    target = tmp_path / "draft.toml"
    result = runner.invoke(app, ["--lang", "en", "questionnaires", "import", str(source), "-o", str(target)])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"5 questions in 5 areas read from {source}; fill in every TODO, then run `asn-skills questionnaires "
        "validate` on the draft"
    )
    assert target.read_text(encoding="utf-8") == render(read_draft(source), "en")
    checked = runner.invoke(app, ["--lang", "en", "questionnaires", "validate", str(target)])
    assert checked.exit_code == ExitCode.ERROR
    assert checked.stdout.splitlines() == [
        f"{target}: required key `levels` is missing; add it",
        f"{target}: required key `roles` is missing; add it",
    ]


def test_the_drafts_comments_follow_the_display_language_and_its_toml_stays_the_same(tmp_path):
    source = tmp_path / "bank.lss"
    source.write_bytes(bank_lss())
    target = tmp_path / "draf.toml"
    result = runner.invoke(
        app, ["questionnaires", "import", str(source), "-o", str(target)], env={"ASN_SKILLS_LANG": "id"}
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    indonesian = target.read_text(encoding="utf-8")
    comments = [line for line in indonesian.splitlines() if line.startswith("# ") and not line.startswith("# [")]
    assert comments[0].startswith("# Draf dibaca oleh `asn-skills questionnaires import` dari ")
    assert "# TODO level: " in indonesian and "# TODO jabatan: " in indonesian and "# TODO pelatihan " in indonesian
    assert '# TODO atau "likert", atau "choice" dengan pilihan yang benar' in indonesian
    english = render(read_draft(source), "en")
    assert "For example" in english and "For example" not in indonesian
    assert tomllib.loads(indonesian) == tomllib.loads(english)


def test_import_without_output_writes_the_draft_to_stdout(tmp_path):
    source = tmp_path / "bank.txt"
    source.write_bytes(bank_tsv())
    result = runner.invoke(app, ["questionnaires", "import", str(source)], env={"ASN_SKILLS_LANG": "id"})
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith("# Draf dibaca oleh `asn-skills questionnaires import`")


def bad_inputs(tmp_path: Path) -> list[tuple[Path, str]]:
    cases = []
    garbage = tmp_path / "broken.lss"
    garbage.write_bytes(b"<document><LimeSurveyDocType>Survey")
    cases.append((garbage, "is not well-formed XML"))
    group = tmp_path / "group.lss"
    group.write_bytes(b"<document><LimeSurveyDocType>Group</LimeSurveyDocType></document>")
    cases.append((group, 'export "Survey structure (.lss)"'))
    comments = {"qid": 50, "parent_qid": 0, "sid": 54321, "gid": 2, "type": "T", "title": "SARAN", "question_order": 9}
    text_type = tmp_path / "comments.lss"
    text_type.write_bytes(bank_lss(extra=[comments]))
    cases.append((text_type, "question SARAN is of LimeSurvey type `T`, which cannot be scored; delete it"))
    numeric = tmp_path / "numeric.txt"
    numeric.write_bytes(bank_tsv("\t\tQ\tN\tUMUR\t1\tUmur\t\ten\t\tY\t\n"))
    cases.append((numeric, "line 66 is of LimeSurvey type `N`"))
    not_tsv = tmp_path / "notes.txt"
    not_tsv.write_bytes(b"some notes\n")
    cases.append((not_tsv, "has no `class` column"))
    sheets = tmp_path / "sheets.xlsx"
    xlsform(sheets, {"Sheet1": [["type", "name"]]})
    cases.append((sheets, 'needs the sheets `survey` and `choices` (found "Sheet1")'))
    template = tmp_path / "jawaban.xlsx"  # the Excel data-entry template: answers, scored, never imported
    template.write_bytes(excel_template.workbook(load_questionnaire("keamanan-siber-kilat")))
    cases.append(
        (
            template,
            'found "Jawaban", "Petunjuk", "_pilihan"); give the XLSForm the form was built from; '
            "a file of answers is scored with `asn-skills score",
        )
    )
    age = tmp_path / "age.xlsx"
    form = main_xlsform()
    form["survey"].insert(5, ["integer", "umur", "Umur", "Age", ""])
    xlsform(age, form)
    cases.append((age, "survey sheet row 6: `umur` is of type `integer`, which cannot be scored"))
    cases.append((tmp_path / "absent.lss", "not found; check its name and folder"))
    return cases


def test_bad_input_gets_one_line_with_the_place_and_the_fix(tmp_path):
    for path, expected in bad_inputs(tmp_path):
        result = runner.invoke(
            app, ["--lang", "en", "questionnaires", "import", str(path), "-o", str(tmp_path / "d.toml")]
        )
        assert result.exit_code == ExitCode.ERROR, path
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], lines
    assert not (tmp_path / "d.toml").exists()


def test_import_refuses_to_write_the_draft_over_its_source(tmp_path):
    source = tmp_path / "bank.lss"
    source.write_bytes(bank_lss())
    result = runner.invoke(app, ["--lang", "en", "questionnaires", "import", str(source), "-o", str(source)])
    assert result.exit_code == ExitCode.ERROR
    assert source.read_bytes() == bank_lss()


def test_txt_multiple_choice_becomes_multi_and_array_rows_become_questions(tmp_path):
    rows = [
        ("Q", "M", "ALAT", "Which tools do you use?", "en"),
        ("Q", "M", "ALAT", "Alat apa yang Anda pakai?", "id"),
        ("SQ", "0", "SQ001", "E-mail", "en"),
        ("SQ", "0", "SQ002", "Chat", "en"),
        ("SQ", "0", "SQ001", "Surel", "id"),
        ("SQ", "0", "SQ002", "Obrolan", "id"),
        ("Q", "F", "GRID", "How well can you ...", "en"),
        ("SQ", "0", "G1", "... lock your screen", "en"),
        ("SQ", "0", "G2", "... update an app", "en"),
        ("A", "0", "AO01", "Not yet", "en"),
        ("A", "0", "AO02", "Yes", "en"),
    ]
    extra = "".join(
        f"\t\t{kind}\t{scale}\t{name}\t\t{text}\t\t{lang}\t\tY\t\n" for kind, scale, name, text, lang in rows
    )
    _, draft = imported(tmp_path, "bank.txt", bank_tsv(extra))
    alat, first, second = draft.questions[-3:]
    assert alat.id == "ALAT" and alat.multi and alat.domain == "problem-solving"
    assert [(option.code, option.label) for option in alat.options] == [
        ("SQ001", {"en": "E-mail", "id": "Surel"}),
        ("SQ002", {"en": "Chat", "id": "Obrolan"}),
    ]
    assert [first.id, second.id] == ["G1", "G2"] and first.text == {"en": "... lock your screen"}
    assert [option.code for option in first.options] == ["AO01", "AO02"] and not first.multi
    assert "G1" in render(draft, "en") and 'kind = "multi"' in render(draft, "en")


def test_array_rows_with_repeated_codes_are_named_after_their_array_and_score_from_code_headings(tmp_path):
    rows = []
    for array, text in (("SIKAP", "How do you feel about ..."), ("BISA", "How well can you ...")):
        rows += [("Q", "F", array, text, "en"), ("SQ", "0", "SQ001", f"{array} one", "en")]
        rows += [
            ("SQ", "0", "SQ002", f"{array} two", "en"),
            ("A", "0", "AO01", "Low", "en"),
            ("A", "0", "AO02", "High", "en"),
        ]
    extra = "".join(
        f"\t\t{kind}\t{scale}\t{name}\t\t{text}\t\t{lang}\t\tY\t\n" for kind, scale, name, text, lang in rows
    )
    _, draft = imported(tmp_path, "bank.txt", bank_tsv(extra))
    assert [question.id for question in draft.questions[-4:]] == [
        "SIKAP_SQ001",
        "SIKAP_SQ002",
        "BISA_SQ001",
        "BISA_SQ002",
    ]


def test_header_of_an_array_row_named_array_underscore_row_is_read(tmp_path):
    path, _ = variant(tmp_path, [('id = "A1"', 'id = "SIKAP_SQ001"'), ('id = "A2"', 'id = "SIKAP_SQ002"')])
    reader = HeaderReader(load_file(path))
    assert reader.read("SIKAP[SQ002]") == ("question", 1)
    assert reader.read("SIKAP[SQ009]") == ("unused", None)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_is_written_as_a_toml_string_that_reads_back_the_same(text):
    option = DraftOption({"id": text}, "AO01")
    draft = QuestionnaireDraft(
        "uji",
        {"id": text},
        ("id",),
        (DraftDomain("ranah", {"id": text}, {"id": text}),),
        (DraftQuestion("Q1", "ranah", {"id": text}, (option, DraftOption({"id": "b"}))),),
        text,
    )
    data = tomllib.loads(render(draft, "en"))
    assert data["title"] == {"id": text} and data["domains"][0].get("description", {"id": ""}) == {"id": text}
    assert data["questions"][0]["text"] == {"id": text}
    assert data["questions"][0]["options"][0] == {"value": 0, "code": "AO01", "label": {"id": text}}
