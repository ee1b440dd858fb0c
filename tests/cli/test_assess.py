"""`assess` and `history` through the CLI, with scripted terminal input."""

from __future__ import annotations

import json

import pytest
from support import MINIMAL
from typer.testing import CliRunner

from asn_skills import ExitCode, score_answers
from asn_skills.cli import assess
from asn_skills.cli.app import app
from asn_skills.questionnaire.load import load_file
from asn_skills.store.store import Store

NIP = "198609262015051001"
ANSWERS = {"A1": 2, "A2": 3, "A3": "a", "A4": ["a", "c"], "B1": 4, "B2": 2, "B3": 1}
TYPED = ["3", "4", "1", "1,3", "4", "2", "1"]  # the same answers as option numbers
runner = CliRunner()


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(assess, "stdin_is_terminal", lambda: True)


def run(db, *args, lines=()):
    return runner.invoke(
        app,
        ["--lang", "en", "--db", str(db), *args],
        input="".join(f"{line}\n" for line in lines),
        env={"COLUMNS": "80"},
    )


def assess_args(*extra):
    return ["assess", "-q", str(MINIMAL), *extra]


def expected(role="ahli", **identity):
    return score_answers(load_file(MINIMAL), ANSWERS, role=role, nip=NIP, **identity)


def stored_results(db):
    with Store.open(db) as store:
        return [stored.result for stored in store.history(NIP)]


def test_complete_interactive_run(tmp_path, terminal):
    db = tmp_path / "s.db"
    result = run(db, *assess_args(), lines=["y", NIP, "Sari Dewi", "BKPSDM", "2", *TYPED])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "Do you agree to continue?" in result.stderr and "1/7" in result.stderr
    assert "Sari Dewi" in result.stdout and "Course A2" in result.stdout
    assert "recommendation for a person to review" in result.stdout
    (stored,) = stored_results(db)
    want = expected(name="Sari Dewi", unit="BKPSDM")
    assert stored.domains == want.domains and stored.overall == want.overall == 63.89
    assert stored.trainings == want.trainings


def test_back_and_invalid_input_are_explained_and_asked_again(tmp_path, terminal):
    db = tmp_path / "s.db"
    lines = [
        "maybe",
        "y",
        "123",
        NIP,
        "Sari",
        "",
        "9",
        "2",
        "b",
        "0",
        "3",
        "b",
        "",
        "x",
        "4",
        "1,2",
        "1",
        "1,3",
        "4",
        "2",
        "1",
    ]
    result = run(db, *assess_args(), lines=lines)
    assert result.exit_code == ExitCode.OK, result.stderr
    for message in (
        "Answer y (yes) or n (no)",
        "a NIP has 18 digits",
        "Choose a number from 1 to 2.",
        "This is the first question.",
        "Choose a number from 1 to 4.",
        "This question takes one answer.",
        "Saved answer: 3 (Enter = keep)",
    ):
        assert message in result.stderr, message
    (stored,) = stored_results(db)
    assert stored.domains == expected(name="Sari").domains
    assert stored.unit is None


def test_declining_consent_stores_nothing(tmp_path, terminal):
    db = tmp_path / "s.db"
    result = run(db, *assess_args("--nip", NIP), lines=["n"])
    assert result.exit_code == ExitCode.OK
    assert "nothing was stored" in result.stderr
    with Store.open(db) as store:
        assert store.count() == 0 and store.count(finished=False) == 0


def test_quit_and_resume_keeps_earlier_answers(tmp_path, terminal):
    db = tmp_path / "s.db"
    first = run(
        db, *assess_args("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli"), lines=["y", *TYPED[:3], "q"]
    )
    assert first.exit_code == ExitCode.OK
    assert "Answers saved (3/7)" in first.stderr and "--resume" in first.stderr
    assert stored_results(db) == []
    second = run(db, *assess_args("--nip", NIP), lines=["y", "y", *TYPED[3:]])
    assert second.exit_code == ExitCode.OK, second.stderr
    assert "unfinished assessment" in second.stderr and "(3/7 answered)" in second.stderr
    assert "4/7" in second.stderr and "1/7" not in second.stderr
    (stored,) = stored_results(db)
    assert stored.domains == expected().domains
    assert (stored.name, stored.unit, stored.role) == ("Sari", "U", "ahli")


def test_resume_option_continues_without_asking(tmp_path, terminal):
    db = tmp_path / "s.db"
    run(db, *assess_args("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli"), lines=["y", *TYPED[:5]])
    result = run(db, *assess_args("--nip", NIP, "--resume"), lines=["y", *TYPED[5:]])
    assert result.exit_code == ExitCode.OK
    assert "unfinished assessment" not in result.stderr
    assert stored_results(db)[0].domains == expected().domains


def test_starting_over_discards_the_unfinished_answers(tmp_path, terminal):
    db = tmp_path / "s.db"
    run(db, *assess_args("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli"), lines=["y", "1", "q"])
    result = run(
        db, *assess_args("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli"), lines=["y", "n", *TYPED]
    )
    assert result.exit_code == ExitCode.OK
    assert "1/7" in result.stderr
    with Store.open(db) as store:
        assert store.count(finished=False) == 0
    assert stored_results(db)[0].domains == expected().domains


def test_no_terminal_and_no_answers_file_is_an_error_not_a_prompt(tmp_path):
    result = run(tmp_path / "s.db", *assess_args())
    assert result.exit_code == ExitCode.ERROR
    assert "--answers FILE" in result.stderr and "asn-skills score" in result.stderr
    assert result.stdout == ""


def test_answers_file_equals_the_library(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    result = run(
        tmp_path / "s.db", *assess_args("--nip", NIP, "--role", "ahli", "--answers", str(answers), "--format", "json")
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    record = json.loads(result.stdout)
    want = expected().model_dump(mode="json")
    assert {key: record[key] for key in want if key != "submitted_at"} == {
        key: value for key, value in want.items() if key != "submitted_at"
    }
    assert stored_results(tmp_path / "s.db")[0].overall == want["overall"]


def test_answers_file_in_toml(tmp_path):
    answers = tmp_path / "answers.toml"
    answers.write_text('A1 = 2\nA2 = 3\nA3 = "a"\nA4 = ["a", "c"]\nB1 = 4\nB2 = 2\nB3 = 1\n', encoding="utf-8")
    result = run(tmp_path / "s.db", *assess_args("--nip", NIP, "--role", "ahli", "--answers", str(answers)))
    assert result.exit_code == ExitCode.OK
    assert "63.8" in result.stdout  # 63.89 is shown cut, never rounded up


def test_answers_file_problems_name_each_question(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"A1": 9, "ZZ": 1, "A4": "a", "B1": 4}), encoding="utf-8")
    result = run(tmp_path / "s.db", *assess_args("--nip", NIP, "--answers", str(answers)))
    assert result.exit_code == ExitCode.ERROR
    assert "3 invalid answer(s)" in result.stderr
    for fragment in ("`A1`", "`ZZ`", "`A4`"):
        assert fragment in result.stderr
    with Store.open(tmp_path / "s.db") as store:
        assert store.count() == 0


def test_answers_file_needs_a_nip(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text("{}", encoding="utf-8")
    result = run(tmp_path / "s.db", *assess_args("--answers", str(answers)))
    assert result.exit_code == ExitCode.ERROR and "--answers needs --nip" in result.stderr


def test_bad_nip_option_is_rejected_unless_checks_are_off(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    bad = run(tmp_path / "s.db", *assess_args("--nip", "PPPK-0042", "--answers", str(answers)))
    assert bad.exit_code == ExitCode.ERROR and "--no-nip-check" in bad.stderr
    ok = run(tmp_path / "s.db", *assess_args("--nip", "PPPK-0042", "--no-nip-check", "--answers", str(answers)))
    assert ok.exit_code == ExitCode.OK


def test_history_lists_rounds_oldest_first_with_changes(tmp_path):
    db = tmp_path / "s.db"
    for round_name, a1 in (("2025", 0), ("2026", 3)):
        answers = tmp_path / f"{round_name}.json"
        answers.write_text(json.dumps({**ANSWERS, "A1": a1}), encoding="utf-8")
        run(db, *assess_args("--nip", NIP, "--name", "Sari", "--round", round_name, "--answers", str(answers)))
    result = run(db, "history", NIP, "--format", "json")
    assert result.exit_code == ExitCode.OK
    records = json.loads(result.stdout)
    assert [record["round"] for record in records] == ["2025", "2026"]
    assert all("assessed_at" in record for record in records)
    assert records[1]["domains"]["a"]["score"] > records[0]["domains"]["a"]["score"]
    table = run(db, "history", "19860926 201505 1 001")
    assert "Sari (198609262015051001)" in table.stdout
    change = records[1]["domains"]["a"]["score"] - records[0]["domains"]["a"]["score"]
    assert f"+{change:.1f}" in table.stdout
    assert "Answered" in table.stdout and "Stored" in table.stdout
    assert max(map(len, table.stdout.splitlines())) <= 80, "history fits 80 columns"


def test_history_of_an_unknown_nip(tmp_path):
    with Store.open(tmp_path / "s.db"):
        pass
    result = run(tmp_path / "s.db", "history", NIP)
    assert result.exit_code == ExitCode.ERROR
    assert f"no assessment for NIP {NIP}" in result.stderr


def test_reading_commands_do_not_create_a_store(tmp_path):
    missing = tmp_path / "nowhere" / "s.db"
    for command in (["history", NIP], ["report"], ["plan"]):
        result = run(missing, *command)
        assert result.exit_code == ExitCode.ERROR and "there is no store at" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_lang_option_on_assess(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    result = runner.invoke(
        app, ["--db", str(tmp_path / "s.db"), *assess_args("--nip", NIP, "--answers", str(answers), "--lang", "en")]
    )
    assert result.exit_code == ExitCode.OK
    assert "Overall 63.8" in result.stdout


# -- confirmations and hints


def test_resume_hint_repeats_the_options_given(tmp_path, terminal):
    db = tmp_path / "s.db"
    result = run(
        db,
        *assess_args("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli", "--round", "2026-II"),
        lines=["y", TYPED[0], "q"],
    )
    assert result.exit_code == ExitCode.OK
    hint = result.stderr.split("Continue later with: ", 1)[1].split()
    assert hint[:4] == ["asn-skills", "assess", "--lang", "en"]
    assert hint[hint.index("--db") + 1] == str(db) and hint[hint.index("-q") + 1] == str(MINIMAL)
    assert hint[hint.index("--round") + 1] == "2026-II" and hint[-3:] == ["--nip", NIP, "--resume"]


def test_finished_assessment_says_where_it_was_saved(tmp_path, terminal):
    db = tmp_path / "s.db"
    result = run(db, *assess_args("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli"), lines=["y", *TYPED])
    assert result.exit_code == ExitCode.OK
    assert f"Result saved in {db} (round " in result.stderr and "saved in" not in result.stdout


def test_retaking_a_completed_round_warns_and_asks(tmp_path, terminal):
    db = tmp_path / "s.db"
    who = ("--nip", NIP, "--name", "Sari", "--unit", "U", "--role", "ahli", "--round", "R1")
    run(db, *assess_args(*who), lines=["y", *TYPED])
    declined = run(db, *assess_args(*who), lines=["y", "n"])
    assert declined.exit_code == ExitCode.OK
    assert "already completed round R1" in declined.stderr and "nothing was stored" in declined.stderr
    assert len(stored_results(db)) == 1
    again = run(db, *assess_args(*who), lines=["y", "y", *TYPED])
    assert again.exit_code == ExitCode.OK and len(stored_results(db)) == 2
    other_round = run(db, *assess_args(*who[:-1], "R2"), lines=["y", *TYPED])
    assert "already completed" not in other_round.stderr


def test_retaking_from_an_answers_file_warns_without_a_prompt(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    db = tmp_path / "s.db"
    args = assess_args("--nip", NIP, "--answers", str(answers), "--round", "R1")
    assert "already completed" not in run(db, *args).stderr
    second = run(db, *args)
    assert second.exit_code == ExitCode.OK
    assert "Warning: this NIP already completed round R1" in second.stderr and "[y/n]" not in second.stderr
    assert len(stored_results(db)) == 2


def test_empty_name_says_why_it_is_asked_again(tmp_path, terminal):
    result = run(
        tmp_path / "s.db", *assess_args("--nip", NIP, "--unit", "U", "--role", "ahli"), lines=["y", "", "Sari", "q"]
    )
    assert "A name is required: it is printed on the personal report" in result.stderr
    assert result.stderr.count("Name:") == 2


def test_options_show_the_value_an_export_holds_beside_the_number(tmp_path, terminal):
    questionnaire = load_file(MINIMAL)
    first = questionnaire.questions[0]
    result = run(
        tmp_path / "s.db", *assess_args("--nip", NIP, "--name", "S", "--unit", "U", "--role", "ahli"), lines=["y", "q"]
    )
    for number, option in enumerate(first.choices, 1):
        label = questionnaire.text(option.label, "en")
        line = next(line for line in result.stderr.splitlines() if label in line)
        assert line.split()[0] == str(number)
        assert (f"(value {option.value})" in line) == (str(option.value) != str(number))


def test_consent_screen_states_the_duration_once(tmp_path, terminal):
    result = run(tmp_path / "s.db", *assess_args("--nip", NIP), lines=["n"])
    assert result.stderr.count("minute") == 1


def test_bundled_descriptions_leave_the_duration_to_the_consent_screen():
    from asn_skills.questionnaire import bundled
    from asn_skills.questionnaire.load import load_questionnaire

    for path in bundled.paths():
        questionnaire = load_questionnaire(str(path))
        for lang in questionnaire.languages:
            text = questionnaire.text(questionnaire.description, lang).lower()
            assert "menit" not in text and "minute" not in text


def test_the_consent_screen_shows_the_privacy_notice_not_the_agency_note(tmp_path, terminal):
    agency = tmp_path / "instansi.toml"
    agency.write_text('[agency]\nname = "BKPSDM Sleman"\nprivacy_contact = "pdp@sleman.go.id"\n', encoding="utf-8")
    result = run(tmp_path / "s.db", *assess_args("--nip", NIP, "--agency-file", str(agency)), lines=["n"])
    said = " ".join(result.stderr.split())
    assert "Privacy notice" in said and "Data controller: BKPSDM Sleman." in said and "pdp@sleman.go.id" in said
    assert "UU 27/2022" in said
    from asn_skills.questionnaire.load import load_questionnaire

    main = load_questionnaire("kompetensi-digital-asn")
    bundled = run(tmp_path / "s.db", "assess", "--nip", NIP, lines=["n"])
    assert main.text(main.description, "en") not in " ".join(bundled.stderr.split())


def test_b_goes_back_through_the_identity_questions(tmp_path, terminal):
    db = tmp_path / "s.db"
    lines = ["y", NIP, "Sari", "b", "Sari Dewi", "BKPSDM", "b", "Dinas", "b", "BKPSDM", "2", *TYPED]
    result = run(db, *assess_args(), lines=lines)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stderr.count("Name:") == 2 and result.stderr.count("Work unit:") == 4
    (stored,) = stored_results(db)
    assert (stored.name, stored.unit, stored.role) == ("Sari Dewi", "BKPSDM", "ahli")


def test_enter_at_the_role_question_picks_no_role(tmp_path, terminal):
    db = tmp_path / "s.db"
    result = run(db, *assess_args("--nip", NIP, "--name", "S", "--unit", "U"), lines=["y", "", "2", "q"])
    assert "Choose a number from 1 to 2." in result.stderr or "1 to 2" in result.stderr
    assert result.stderr.count("Choose your role") == 2 and "Enter =" not in result.stderr


def test_an_unknown_role_option_is_refused_with_the_closest(tmp_path):
    result = run(tmp_path / "s.db", *assess_args("--nip", NIP, "--role", "ahl", "--answers", "x.json"))
    assert result.exit_code == ExitCode.ERROR
    assert "the questionnaire has no role `ahl`; did you mean: `ahli`?" in result.stderr


def test_a_long_option_wraps_under_its_label_and_keeps_its_value_whole():
    from rich.console import Console

    from asn_skills.cli.interview import Prompts
    from asn_skills.questionnaire.load import load_questionnaire

    main = load_questionnaire("kompetensi-digital-asn")
    console = Console(width=80, record=True, color_system=None)
    prompts = Prompts(main, "id", console, lambda prompt: "")
    index, question = next((i, q) for i, q in enumerate(main.questions) if q.id == "INF10")
    prompts.show(question, index, None)
    lines = console.export_text().splitlines()
    assert sum("(nilai a)" in line for line in lines) == 1, "the value is never split across lines"
    options = lines[lines.index(next(line for line in lines if line.strip().startswith("1 "))) :]
    continued = [line for line in options if line.strip() and not line.strip()[0].isdigit()]
    assert continued and all(line.startswith("     ") for line in continued), "wrapped lines are indented"


def test_an_answers_file_nested_too_deeply_is_told_in_the_readers_language(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run(tmp_path / "s.db", *assess_args("--nip", NIP, "--answers", str(answers)))
    assert result.exit_code == ExitCode.ERROR
    assert "nested too deeply; map question ids to answers" in result.stderr and "Traceback" not in result.stderr
