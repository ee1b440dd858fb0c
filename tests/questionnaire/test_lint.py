"""`questionnaires lint`: each cue fixture is caught at the line its `# <- check` marker names, and only
there; the clean fixture passes `--strict`."""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from support import FIXTURES, MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app
from asn_skills.questionnaire.lint import lint_file
from asn_skills.questionnaire.lint.chance import upper_tail

LINT = FIXTURES / "lint"
CLEAN = LINT / "clean.toml"
CUES = sorted(path for path in LINT.glob("*.toml") if path != CLEAN)
MARKER = re.compile(r"#\s*<-\s*(.+)$")

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), env={"ASN_SKILLS_LANG": "en"})


def marked(path: Path) -> Counter[tuple[int, str]]:
    """(line, check) for every `# <- check ...` marker in a fixture."""
    found: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = MARKER.search(line)
        if match:
            found.update((number, check) for check in match.group(1).split())
    return found


def test_every_check_has_a_fixture():
    checks = {check for path in CUES for _, check in marked(path)}
    assert checks == {
        "lint_key_position",
        "lint_key_longest",
        "lint_key_shortest",
        "lint_key_much_longer",
        "lint_absolute_word",
        "lint_above_phrase",
        "lint_multi_same_position",
        "lint_key_repeats_stem",
        "lint_near_duplicate",
        "lint_area_few_knowledge",
        "lint_competences_uncovered",
        "lint_unknown_competence",
        "lint_minutes",
    }


@pytest.mark.parametrize("path", CUES, ids=lambda path: path.stem)
def test_each_cue_is_found_at_its_line_and_nothing_else(path):
    report = lint_file(path)
    assert report.problems == ()
    assert Counter((warning.line, warning.key) for warning in report.warnings) == marked(path)


def test_the_clean_fixture_has_no_warning():
    assert marked(CLEAN) == Counter()
    assert lint_file(CLEAN).warnings == ()


@pytest.mark.parametrize("path", CUES, ids=lambda path: path.stem)
def test_strict_fails_naming_the_line(path):
    result = run("questionnaires", "lint", str(path), "--strict")
    assert result.exit_code == ExitCode.ERROR
    shown = {int(line.split(":")[1]) for line in result.stdout.splitlines()}
    assert shown == {line for line, _ in marked(path)}
    assert "item-writing warning(s)" in result.stderr


def test_without_strict_warnings_do_not_fail():
    result = run("questionnaires", "lint", str(LINT / "key_position.toml"))
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith(f"{LINT / 'key_position.toml'}:37:")
    assert "binomial p = 0.004" in result.stdout  # 6 or more of 8 at chance 1/4


def test_strict_passes_a_clean_file():
    result = run("questionnaires", "lint", str(CLEAN), "--strict")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert "0 item-writing warning(s)" in result.stderr


def test_a_file_that_does_not_load_is_an_error_with_its_problems(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace("hours = 8", "hours = 0"), encoding="utf-8")
    result = run("questionnaires", "lint", str(broken))
    assert result.exit_code == ExitCode.ERROR
    assert result.stdout.startswith(f"{broken}:")
    assert "1 invalid" in result.stderr


def test_json_names_the_check_line_and_statistic():
    result = run("questionnaires", "lint", str(LINT / "key_shortest.toml"), "--format", "json")
    entry = json.loads(result.stdout)[0]
    assert entry["valid"] is True
    warning = entry["warnings"][0]
    assert (warning["check"], warning["line"], warning["path"]) == ("lint_key_shortest", 37, "questions[0].options[0]")
    assert "5 of 8" in warning["message"]


def test_messages_speak_indonesian_by_default():
    result = runner.invoke(
        app, ["questionnaires", "lint", str(LINT / "absolute_words.toml")], env={"ASN_SKILLS_LANG": "id"}
    )
    assert 'kata mutlak "selalu" di pilihan salah' in result.stdout


def test_an_option_set_is_located_where_it_is_declared(tmp_path):
    # K1 (the first item keyed on a) takes its options from a set declared at the end of the file.
    text = (LINT / "key_position.toml").read_text(encoding="utf-8")
    options_at = text.index("options = [", text.index('id = "K1"'))
    end = text.index("]\n", options_at) + 2
    moved = text[:options_at] + 'options = "k1"\n' + text[end:] + "\n[option_sets.k1]\n" + text[options_at:end]
    path = tmp_path / "shared.toml"
    path.write_text(moved, encoding="utf-8")
    (warning,) = lint_file(path).warnings
    assert (warning.key, warning.path) == ("lint_key_position", "option_sets.k1.options[0]")
    assert warning.line == moved.splitlines().index("[option_sets.k1]") + 3  # `options = [`, then option a


@pytest.mark.parametrize("rates", [[0.25] * 12, [0.2, 0.25, 1 / 3, 0.5, 0.25]])
def test_upper_tail_is_the_exact_binomial_tail(rates):
    n = len(rates)
    for observed in range(n + 1):
        if len(set(rates)) == 1:
            p = rates[0]
            expected = sum(math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(observed, n + 1))
        else:  # enumerate every outcome
            expected = 0.0
            for mask in range(2**n):
                hits = bin(mask).count("1")
                if hits >= observed:
                    share = 1.0
                    for index, rate in enumerate(rates):
                        share *= rate if mask >> index & 1 else 1 - rate
                    expected += share
        assert upper_tail(rates, observed) == pytest.approx(expected)


def test_an_area_may_declare_the_competences_it_covers(tmp_path):
    text = (LINT / "uncovered.toml").read_text(encoding="utf-8")
    narrowed = text.replace('reference = "DigComp 2.2 area 4"', 'reference = "DigComp 2.2 area 4: 4.1, 4.2, 4.3"')
    path = tmp_path / "narrowed.toml"
    path.write_text(narrowed, encoding="utf-8")
    assert lint_file(path).warnings == ()
    widened = text.replace('reference = "DigComp 2.2 area 4"', 'reference = "DigComp 2.2 area 4: 4.2, 4.4"')
    path.write_text(widened, encoding="utf-8")
    (warning,) = lint_file(path).warnings
    assert warning.key == "lint_competences_uncovered" and warning.params["missing"] == "4.4"


def titled(tmp_path: Path, title: str) -> Path:
    text = MINIMAL.read_text(encoding="utf-8")
    path = tmp_path / "titled.toml"
    path.write_text(text.replace('title = { id = "Uji", en = "Test" }', f'title = {{ id = "{title}", en = "Test" }}'))
    return path


def test_a_stated_time_of_thousands_of_digits_is_no_time_not_an_internal_error(tmp_path):
    report = lint_file(titled(tmp_path, "Uji " + "9" * 5000 + " menit"))
    assert report.problems == () and report.warnings == ()


def test_a_title_with_a_long_run_of_spaces_is_linted_in_linear_time(tmp_path):
    path = titled(tmp_path, "Uji" + " " * 20_000 + "x")
    started = time.perf_counter()
    report = lint_file(path)
    assert time.perf_counter() - started < 2  # the time pattern once backtracked over every run: 20 s here
    assert report.warnings == ()


def test_a_stated_time_is_still_found_after_its_bound_and_after_about(tmp_path):
    for title in ("Uji maksimal 1 menit", "Uji maks.1 menit", "Uji sekitar 90 menit", "Uji: 90 menit"):
        report = lint_file(titled(tmp_path, title))
        assert [warning.key for warning in report.warnings] == ["lint_minutes"], title


@pytest.mark.parametrize(
    ("fixture", "indonesian", "english"),
    [
        ("key_position.toml", "peluang acak 2,0, uji binomial p = 0,004", "chance gives 2.0, binomial p = 0.004"),
        ("near_duplicate.toml", "kemiripan 0,92", "similarity 0.92"),
    ],
)
def test_statistics_are_written_with_the_readers_decimal_mark(fixture, indonesian, english):
    """Before, the Indonesian message read `peluang acak 2.0, uji binomial p = 0.004`: the English point."""
    shown = {lang: run("--lang", lang, "questionnaires", "lint", str(LINT / fixture)).stdout for lang in ("id", "en")}
    assert indonesian in shown["id"] and english in shown["en"]
