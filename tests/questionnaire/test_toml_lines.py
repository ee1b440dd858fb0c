from __future__ import annotations

import sys

from asn_skills.questionnaire.toml_lines import KeyLocator, format_path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

TEXT = '''format = 1
title = { id = "a", en = "b" }   # comment with [brackets] and = signs
[[levels]]
level = 1
[[levels]]
level = 2
[option_sets.kem]
options = [
  { value = 0, label = { id = "x, [y]" } },
  { value = 1, label = { id = 'z' } },
]
[[questions]]
id = "A"
text.id = """multi
line with id = "fake" """
[[questions]]
"quoted key" = 3
'''


def test_text_is_valid_toml():
    tomllib.loads(TEXT)


def test_locates_keys_tables_and_array_elements():
    locator = KeyLocator(TEXT)
    assert locator.locate(("title", "en")) == (2, 21)
    assert locator.locate(("levels", 1, "level")) == (6, 1)
    assert locator.locate(("option_sets", "kem", "options", 1, "label", "id")) == (10, 26)
    assert locator.locate(("questions", 0, "text", "id")) == (14, 1)
    assert locator.locate(("questions", 1, "quoted key")) == (17, 1)


def test_unknown_path_falls_back_to_nearest_ancestor_or_first_element():
    locator = KeyLocator(TEXT)
    assert locator.locate(("questions", 1, "missing")) == (16, 1)
    assert locator.locate(("levels",)) == (3, 1)
    assert locator.locate(("nothing",)) is None


def test_format_path():
    assert format_path(("questions", 3, "options", 0, "label")) == "questions[3].options[0].label"
