"""Survey structures built to hurt `questionnaires import`: entities that multiply a .lss, a field too long
for the CSV reader, language codes that would write TOML of their own. Each is refused in one line or read
as what it is."""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.deploy.draft import render
from asn_skills.deploy.structure_import import read_draft

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

runner = CliRunner()


def lss(question: str, languages: tuple[str, ...] = ("id",), declaration: str = "") -> bytes:
    """A LimeSurvey 3.x structure of one list question with two answers, in every language of `languages`."""
    groups = "".join(
        f"<row><gid>1</gid><group_order>1</group_order><group_name>Ranah</group_name><language>{lang}</language></row>"
        for lang in languages
    )
    questions = "".join(
        "<row><qid>1</qid><parent_qid>0</parent_qid><gid>1</gid><type>L</type><title>Q1</title>"
        f"<question_order>1</question_order><question>{question}</question><language>{lang}</language></row>"
        for lang in languages
    )
    answers = "".join(
        f"<row><qid>1</qid><code>A{code}</code><sortorder>{code}</sortorder><scale_id>0</scale_id>"
        f"<answer>Pilihan {code}</answer><language>{lang}</language></row>"
        for lang in languages
        for code in (1, 2)
    )
    listed = "".join(f"<language>{lang}</language>" for lang in languages)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{declaration}<document>'
        f"<LimeSurveyDocType>Survey</LimeSurveyDocType><languages>{listed}</languages>"
        f"<groups><rows>{groups}</rows></groups><questions><rows>{questions}</rows></questions>"
        f"<answers><rows>{answers}</rows></answers>"
        f"<surveys><rows><row><language>{languages[0]}</language></row></rows></surveys></document>"
    ).encode()


def import_file(tmp_path: Path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    return runner.invoke(app, ["--lang", "en", "questionnaires", "import", str(source), "-o", str(tmp_path / "d.toml")])


def test_lss_with_an_entity_referenced_many_times_is_refused_not_expanded(tmp_path):
    entity = '<!DOCTYPE document [<!ENTITY e "' + "x" * 250 + '">]>\n'
    result = import_file(tmp_path, "bom.lss", lss("&e;" * 20_000, declaration=entity))
    assert result.exit_code == ExitCode.ERROR, result.stderr
    assert "entities" in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "d.toml").exists()


def test_lss_with_an_external_entity_is_refused(tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("198609262015051001", encoding="utf-8")
    entity = f'<!DOCTYPE document [<!ENTITY e SYSTEM "file://{secret}">]>\n'
    result = import_file(tmp_path, "luar.lss", lss("&e;", declaration=entity))
    assert result.exit_code == ExitCode.ERROR, result.stderr
    assert "198609262015051001" not in (tmp_path / "d.toml").read_text() if (tmp_path / "d.toml").exists() else True


def test_limesurvey_txt_with_a_field_over_128_KiB_is_read(tmp_path):
    picture = '<img src="data:image/png;base64,' + "A" * (200 << 10) + '"> Seberapa sering Anda mencadangkan data?'
    rows = [
        "\t".join(["class", "type/scale", "name", "text", "language"]),
        "\t".join(["G", "G1", "Ranah", "", "id"]),
        "\t".join(["Q", "L", "Q1", picture, "id"]),
        "\t".join(["A", "0", "A1", "Jarang", "id"]),
        "\t".join(["A", "0", "A2", "Sering", "id"]),
    ]
    result = import_file(tmp_path, "gambar.txt", ("\n".join(rows) + "\n").encode())
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "Seberapa sering Anda mencadangkan data?" in (tmp_path / "d.toml").read_text(encoding="utf-8")


def test_language_code_in_an_lss_cannot_add_keys_to_the_draft(tmp_path):
    hostile = 'en = "x" }\nversion = "99"\npolicy = { x = 1 }\ntitle2 = { zz'
    source = tmp_path / "bahasa.lss"
    source.write_bytes(lss("Pertanyaan", languages=("id", hostile)))
    draft = read_draft(source)
    parsed = tomllib.loads(render(draft, "id"))
    assert parsed["version"] == "1" and "policy" not in parsed and "title2" not in parsed
    assert tuple(parsed["languages"]) == draft.languages
    assert set(parsed["title"]) <= set(draft.languages)
