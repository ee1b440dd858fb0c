"""Every class of questionnaire problem is reported with its file, its line and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import MINIMAL, line_of, variant

from asn_skills.errors import QuestionnaireError
from asn_skills.questionnaire.load import check_file, load_file, load_questionnaire


def problems_of(path: Path, lang: str = "en") -> list[str]:
    questionnaire, problems = check_file(path)
    assert questionnaire is None, "expected the file to be rejected"
    return [problem.message(lang) for problem in problems]


def only_problem(path: Path, lang: str = "en") -> str:
    messages = problems_of(path, lang)
    assert len(messages) == 1, messages
    return messages[0]


def test_minimal_fixture_loads():
    questionnaire, problems = check_file(MINIMAL)
    assert problems == []
    assert questionnaire is not None
    assert [q.id for q in questionnaire.questions] == ["A1", "A2", "A3", "A4", "B1", "B2", "B3"]
    assert questionnaire.questions_by_id["A1"].choices[3].value == 3


def test_syntax_error_names_line_and_column(tmp_path):
    path, text = variant(tmp_path, [('version = "1"', 'version = "1')])
    message = only_problem(path)
    assert message.startswith(f"{path}:{line_of(text, 'version =')}:")
    assert "TOML syntax error" in message


def test_misspelt_key_suggests_the_right_one(tmp_path):
    path, text = variant(tmp_path, [("weight = 3.0", "wieght = 3.0")])
    message = only_problem(path)
    assert message.startswith(f"{path}:{line_of(text, 'wieght')}:1:")
    assert "`wieght`" in message and "did you mean `weight`" in message


def test_unknown_top_level_key_lists_the_allowed_ones(tmp_path):
    path, text = variant(tmp_path, [('version = "1"', 'version = "1"\nauthor = "x"')])
    message = only_problem(path)
    assert f":{line_of(text, 'author')}:" in message and "allowed keys" in message
    assert "`format`, `id`" in message and "`version`" in message, "the keys are written as keys to type"


def test_missing_required_key(tmp_path):
    path, _ = variant(tmp_path, [('version = "1"\n', "")])
    assert "required key `version` is missing" in only_problem(path)


@pytest.mark.parametrize(
    ("old", "new", "duplicate"),
    [
        ('id = "A2"', 'id = "A1"', "A1"),
        ('id = "b"\nname', 'id = "a"\nname', "a"),
        ('id = "ahli"', 'id = "staf"', "staf"),
        ('id = "b-2"', 'id = "b-1"', "b-1"),
    ],
    ids=["question", "domain", "role", "training"],
)
def test_duplicate_ids(tmp_path, old, new, duplicate):
    path, text = variant(tmp_path, [(old, new)])
    messages = [m for m in problems_of(path) if "already used" in m]
    assert len(messages) == 1
    assert f"`{duplicate}`" in messages[0]
    assert f":{line_of(text, new.splitlines()[0], 2)}:" in messages[0]


def test_duplicate_option_values(tmp_path):
    path, text = variant(tmp_path, [('{ value = "b", label = { id = "Salah"', '{ value = "a", label = { id = "Salah"')])
    message = only_problem(path)
    assert "option value a appears twice" in message
    assert f":{line_of(text, 'Salah')}:" in message


def test_question_with_unknown_domain(tmp_path):
    path, text = variant(tmp_path, [('domain = "b"\nkind = "likert"', 'domain = "c"\nkind = "likert"')])
    message = only_problem(path)
    assert "domain `c` does not exist; known domains: a, b" in message
    assert f":{line_of(text, 'domain = ' + chr(34) + 'c')}:" in message


def test_question_with_unknown_option_set(tmp_path):
    path, text = variant(tmp_path, [('options = "skala"', 'options = "skal"')])
    message = only_problem(path)
    assert "option set `skal` does not exist" in message
    assert f":{line_of(text, 'skal' + chr(34))}:" in message


def test_levels_not_ascending(tmp_path):
    path, text = variant(tmp_path, [("min = 80", "min = 40")])
    message = only_problem(path)
    assert "must be above the previous level's (50)" in message, "as the file writes it, not 50.0"
    assert f":{line_of(text, 'min = 40')}:" in message


def test_levels_not_starting_at_zero(tmp_path):
    path, _ = variant(tmp_path, [("min = 0", "min = 10")])
    assert "the first level must have min = 0" in only_problem(path)


def test_role_requires_unknown_domain_and_level(tmp_path):
    path, text = variant(tmp_path, [("required = { a = 3, b = 3 }", "required = { a = 7, z = 3 }")])
    messages = problems_of(path)
    assert any("level 7 does not exist; known levels: 1, 2, 3" in m for m in messages)
    assert any("domain `z` does not exist" in m for m in messages)
    assert all(f":{line_of(text, 'a = 7')}:" in m for m in messages)


def test_no_default_role(tmp_path):
    path, _ = variant(tmp_path, [("default = true\n", "")])
    assert "no default role" in only_problem(path)


def test_several_default_roles(tmp_path):
    path, text = variant(tmp_path, [("required = { a = 3, b = 3 }", "required = { a = 3, b = 3 }\ndefault = true")])
    message = only_problem(path)
    assert "more than one default role" in message
    assert f":{line_of(text, 'default = true', 2)}:" in message


def test_text_missing_a_language(tmp_path):
    path, text = variant(tmp_path, [('text = { id = "Butir B1", en = "Item B1" }', 'text = { id = "Butir B1" }')])
    message = only_problem(path)
    assert "the `en` text is missing" in message
    assert f":{line_of(text, 'Butir B1')}:" in message


def test_text_in_undeclared_language(tmp_path):
    path, _ = variant(
        tmp_path, [('title = { id = "Uji", en = "Test" }', 'title = { id = "Uji", en = "Test", de = "X" }')]
    )
    assert "language `de` is not in `languages`" in only_problem(path)


def test_choice_needs_exactly_one_correct(tmp_path):
    path, _ = variant(
        tmp_path, [('{ value = 1, label = { id = "Salah"', '{ value = 1, correct = true, label = { id = "Salah"')]
    )
    message = only_problem(path)
    assert "exactly one option with correct = true (found 2)" in message
    assert "questions[6].options" in message


def test_multi_needs_a_correct_option(tmp_path):
    path, _ = variant(
        tmp_path,
        [
            ('{ value = "a", correct = true, label = { id = "Satu"', '{ value = "a", label = { id = "Satu"'),
            ('{ value = "b", correct = true, label = { id = "Dua"', '{ value = "b", label = { id = "Dua"'),
        ],
    )
    assert "multi question needs at least one option with correct = true" in only_problem(path)


def test_scale_options_must_be_numbers(tmp_path):
    path, text = variant(
        tmp_path, [('{ value = 2, label = { id = "Mandiri"', '{ value = "dua", label = { id = "Mandiri"')]
    )
    message = only_problem(path)
    assert 'scale values must be numbers, not "dua"' in message
    assert f":{line_of(text, 'Mandiri')}:" in message


def test_training_with_unknown_domain_and_level(tmp_path):
    path, text = variant(tmp_path, [('domain = "b"\nfor_levels = [1]', 'domain = "x"\nfor_levels = [1, 9]')])
    messages = problems_of(path)
    assert len(messages) == 2
    domain_line = line_of(text, 'domain = "x"')
    assert any("domain `x` does not exist" in m and f":{domain_line}:" in m for m in messages)
    assert any("level 9 does not exist" in m and f":{line_of(text, 'for_levels = [1, 9]')}:" in m for m in messages)


def test_training_hours_must_be_positive(tmp_path):
    path, text = variant(tmp_path, [("hours = 8", "hours = 0")])
    message = only_problem(path)
    assert "trainings[0].hours: must be greater than 0" in message
    assert f":{line_of(text, 'hours = 0')}:" in message


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("class_size = 0", "must be at least 1"),
        ("min_answered = 1.5", "must be at most 1"),
        ("jp_budget = -5", "must be greater than 0"),
        ("match_thresholds = [60, 70]", "must be descending"),
    ],
)
def test_policy_values_out_of_range(tmp_path, setting, expected):
    path, text = variant(tmp_path, [("[policy]\njp_budget = 20\nmin_answered = 0.5", f"[policy]\n{setting}")])
    message = only_problem(path)
    assert expected in message
    assert f":{line_of(text, setting)}:" in message


def test_include_adds_a_shared_catalogue(tmp_path):
    (tmp_path / "_shared.toml").write_text(
        '[[trainings]]\nid = "extra"\ntitle = { id = "Ekstra", en = "Extra" }\ndomain = "a"\n'
        'for_levels = [2]\nhours = 4\nmode = "e-learning"\nprovider = "BPSDM"\n',
        encoding="utf-8",
    )
    path, _ = variant(tmp_path, [('version = "1"', 'version = "1"\ninclude = ["_shared.toml"]')])
    questionnaire = load_file(path)
    assert [training.id for training in questionnaire.trainings][-1] == "extra"


def test_problem_in_included_file_points_into_that_file(tmp_path):
    shared = tmp_path / "_shared.toml"
    shared.write_text(
        '# shared catalogue\n[[trainings]]\nid = "extra"\ntitle = { id = "Ekstra", en = "Extra" }\n'
        'domain = "nope"\nfor_levels = [2]\nhours = 4\nmode = "e-learning"\nprovider = "BPSDM"\n',
        encoding="utf-8",
    )
    path, _ = variant(tmp_path, [('version = "1"', 'version = "1"\ninclude = ["_shared.toml"]')])
    message = only_problem(path)
    assert message.startswith(f"{shared}:5:1:")
    assert "domain `nope` does not exist" in message


def test_include_cycle(tmp_path):
    (tmp_path / "_a.toml").write_text('include = ["_b.toml"]\n', encoding="utf-8")
    (tmp_path / "_b.toml").write_text('include = ["_a.toml"]\n', encoding="utf-8")
    path, _ = variant(tmp_path, [('version = "1"', 'version = "1"\ninclude = ["_a.toml"]')])
    message = only_problem(path)
    assert "_b.toml" in message.split(":")[0]
    assert "includes itself (a cycle)" in message


def test_missing_included_file(tmp_path):
    path, text = variant(tmp_path, [('version = "1"', 'version = "1"\ninclude = ["nowhere.toml"]')])
    message = only_problem(path)
    assert "included file `nowhere.toml` does not exist" in message
    assert f":{line_of(text, 'include =')}:" in message


def test_every_problem_is_reported_at_once(tmp_path):
    path, _ = variant(
        tmp_path,
        [
            ("weight = 3.0", "wieght = 3.0"),
            ("hours = 8", "hours = 0"),
            ('domain = "b"\nkind = "likert"', 'domain = "c"\nkind = "likert"'),
        ],
    )
    messages = problems_of(path)
    assert len(messages) == 3
    lines = [int(message.split(":")[1]) for message in messages]
    assert lines == sorted(lines)


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(MINIMAL.read_bytes().replace(b'"Uji"', '"Ujì"'.encode("latin-1")))
    assert "not UTF-8" in only_problem(path)


def test_messages_default_to_indonesian(tmp_path):
    path, _ = variant(tmp_path, [("weight = 3.0", "wieght = 3.0")])
    assert "maksudnya `weight`?" in only_problem(path, lang="id")


def test_load_raises_with_all_problems(tmp_path):
    path, _ = variant(tmp_path, [("hours = 8", "hours = 0")])
    with pytest.raises(QuestionnaireError) as raised:
        load_file(path)
    assert len(raised.value.problems) == 1
    assert str(path) in raised.value.message("en")


def test_unknown_questionnaire_id_names_the_bundled_ones():
    with pytest.raises(Exception) as raised:
        load_questionnaire("no-such-instrument")
    assert "kompetensi-digital-asn" in str(raised.value)


def test_options_of_the_wrong_kind_get_one_message(tmp_path):
    path, _ = variant(tmp_path, [('options = "skala"', "options = 5")])
    message = only_problem(path)
    assert 'options must be an option set name such as "kemampuan" or a list of options [ { value' in message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("weight = 3.0", "weight = true", "questions[1].weight: must be a number"),
        ("default = true", "default = 1", "roles[0].default: must be true or false"),
        ("for_levels = [1]\nhours = 8", "for_levels = [1.5]\nhours = 8", "trainings[0].for_levels[0]: must be a whole"),
        ('title = { id = "Uji", en = "Test" }', 'title = "Uji"', 'title: must be a table { ... }, e.g. { id = "'),
    ],
)
def test_values_of_the_wrong_type(tmp_path, old, new, expected):
    assert expected in only_problem(tmp_path and variant(tmp_path, [(old, new)])[0])


def test_malformed_part_does_not_cause_follow_up_alarms(tmp_path):
    path, _ = variant(
        tmp_path,
        [
            ("[[levels]]\nlevel = 1", '[[levels]]\nlevel = "satu"'),
            ('aliases = ["pelaksana umum"]', 'aliases = "pelaksana umum"'),
        ],
    )
    messages = problems_of(path)
    assert len(messages) == 2, messages


@pytest.mark.parametrize(
    ("old", "new", "indonesian"),
    [
        ("hours = 8", "hours = nan", "harus angka biasa, bukan `nan` atau `inf`"),
        ("jp_budget = 20", "jp_budget = inf", "harus angka biasa, bukan `nan` atau `inf`"),
        ('mode = "e-learning"', 'mode = "daring"', "harus salah satu dari `e-learning`, `klasikal`, `blended`"),
        ("hours = 8", "hours = -1", "harus lebih besar dari 0"),
        ("jp_budget = 20", "jp_budget = 5000", "harus paling besar 1000"),
    ],
)
def test_a_bad_value_is_told_in_indonesian_as_the_file_writes_values(tmp_path, old, new, indonesian):
    """Before, pydantic's English came through: "nilai tidak sah: Input should be a finite number", "harus
    salah satu dari 'e-learning', 'klasikal' or 'blended'", and bounds were written 0.0 and 1000.0."""
    path, _ = variant(tmp_path, [(old, new)])
    message = only_problem(path, "id")
    assert message.endswith(indonesian) and "Input should" not in message and " or " not in message
