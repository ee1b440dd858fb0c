"""Fuzzing: whatever comes in, the result is a result or one of our own errors with a message.

Bounded by the "ci" Hypothesis profile; `HYPOTHESIS_PROFILE=long` searches much deeper.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from support import MINIMAL

from asn_skills import AsnSkillsError, score_answers
from asn_skills.cli.terminal import print_document
from asn_skills.ingest.batch import BatchSettings, score_export
from asn_skills.ingest.columns import plan_columns
from asn_skills.ingest.source import prepare
from asn_skills.questionnaire.load import check_file, load_file
from asn_skills.render.document import Document, Section, document_markdown

QUESTIONNAIRE = load_file(MINIMAL)
IDS = [question.id for question in QUESTIONNAIRE.questions]


def run_batch(data: bytes) -> None:
    """Score `data` as an export; our own errors are fine, anything else fails the test."""
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "input.csv"
        path.write_bytes(data)
        try:
            prepared, _ = prepare(str(path), encoding=None, delimiter=None, work_dir=folder)
            try:
                plan = plan_columns(prepared.header, QUESTIONNAIRE)
                run = score_export(QUESTIONNAIRE, prepared, plan, BatchSettings(), folder)
                assert run.rows == run.scored + run.rejected
            finally:
                prepared.cleanup()
        except AsnSkillsError as error:
            assert error.message("id") and error.message("en")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_into_the_batch_reader(data):
    run_batch(data)


CELL = st.one_of(
    st.sampled_from(["", "a", "b", "1", "2", "3", "A1", "Y", "Benar", "Satu, Dua", "198609262015051001", "staf"]),
    st.text(alphabet=st.sampled_from(list(',;|\t"\n\r x1é\x00')), max_size=8),
)


@given(
    header=st.lists(
        st.sampled_from([*IDS, "NIP", "Nama", "Jabatan", "Timestamp", "A4[SQ001]", "g/A1", "x"]),
        min_size=1,
        max_size=12,
    ),
    rows=st.lists(st.lists(CELL, max_size=14), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_csv_shaped_text_into_the_batch_reader(header, rows, delimiter):
    def line(cells):
        return delimiter.join(f'"{cell}"' if any(c in cell for c in f'{delimiter}"\n\r') else cell for cell in cells)

    run_batch(("\n".join([line(header), *(line(row) for row in rows)]) + "\n").encode("utf-8", "surrogatepass"))


TOML_VALUE = st.recursive(
    st.one_of(
        st.integers(-5, 200),
        st.floats(-1, 150, allow_nan=False),
        st.booleans(),
        st.text(alphabet="abcdefgh -_AZ", max_size=6),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(["id", "en", "value", "label", "level", "min", "x"]), children, max_size=4),
    ),
    max_leaves=12,
)
KEYS = st.sampled_from(
    [
        "format",
        "id",
        "version",
        "languages",
        "title",
        "levels",
        "domains",
        "roles",
        "questions",
        "trainings",
        "policy",
        "option_sets",
        "include",
        "typo",
    ]
)


def inline(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value + '"'
    if isinstance(value, list):
        return "[" + ", ".join(inline(item) for item in value) + "]"
    return "{" + ", ".join(f"{key} = {inline(item)}" for key, item in value.items()) + "}"


@given(st.dictionaries(KEYS, TOML_VALUE, max_size=10))
def test_arbitrary_toml_documents_into_the_loader(document):
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "q.toml"
        path.write_text("".join(f"{key} = {inline(value)}\n" for key, value in document.items()), encoding="utf-8")
        questionnaire, problems = check_file(path)
        assert (questionnaire is None) == bool(problems)
        assert all(problem.message("id") and problem.message("en") for problem in problems)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


LINES = MINIMAL.read_text(encoding="utf-8").splitlines()


@given(st.data())
def test_mutated_valid_questionnaires_into_the_loader(data):
    lines = list(LINES)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "duplicate", "swap", "edit"]))
        if action == "drop":
            del lines[position]
        elif action == "duplicate":
            lines.insert(position, lines[position])
        elif action == "swap" and position + 1 < len(lines):
            lines[position], lines[position + 1] = lines[position + 1], lines[position]
        elif action == "edit" and lines[position]:
            column = data.draw(st.integers(0, len(lines[position]) - 1))
            character = data.draw(st.sampled_from(list('x1"=[]{},. ')))
            lines[position] = lines[position][:column] + character + lines[position][column + 1 :]
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "q.toml"
        path.write_text("\n".join(lines), encoding="utf-8")
        questionnaire, problems = check_file(path)
        assert (questionnaire is None) == bool(problems)
        for problem in problems:
            assert problem.message("en").startswith(str(path))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


ANSWER = st.one_of(
    st.none(),
    st.integers(-3, 8),
    st.floats(allow_nan=True),
    st.booleans(),
    st.text(max_size=4),
    st.lists(st.one_of(st.text(max_size=2), st.integers(0, 5)), max_size=4),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@given(
    st.dictionaries(st.one_of(st.sampled_from(IDS), st.text(max_size=5)), ANSWER, max_size=10),
    st.one_of(st.none(), st.text(max_size=10)),
)
def test_arbitrary_answers_into_the_scoring_api(answers, role):
    try:
        result = score_answers(QUESTIONNAIRE, answers, role=role)
    except AsnSkillsError as error:
        assert error.message("en") and error.message("id")
    else:
        assert result.overall is None or 0 <= result.overall <= 100


HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\x1b\x9b\x07\x00\r\n\t\x7f\u202e[]()<>&|\\*_`#!")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=40,
)
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@given(name=HOSTILE_TEXT, unit=HOSTILE_TEXT)
def test_hostile_names_render_in_markdown_without_html_links_or_controls(name, unit):
    page = document_markdown(Document(name, [Section(unit, ["Nama", "Unit"], [[name, unit]], notes=[name])]))
    assert not RAW_CONTROL.search(page)
    lines = page.splitlines()
    row = lines[lines.index("|---|---|") + 1]
    assert "<" not in row and ">" not in row
    assert re.search(r"(?<!\\)\[", row) is None, row
    assert row.count("|") - row.count("\\|") == 3, row


@given(name=HOSTILE_TEXT, unit=HOSTILE_TEXT)
def test_hostile_names_render_on_a_terminal_without_controls(name, unit):
    buffer = io.StringIO()
    document = Document(name, [Section(unit, ["Nama", "Unit"], [[name, unit]], notes=[unit])])
    print_document(Console(file=buffer, width=80, color_system=None), document)
    assert not RAW_CONTROL.search(buffer.getvalue())
