"""`report --items` on stored simulated rounds: a planted mis-keyed item, a planted DIF item and a planted
leaked item are each named, in every format; a clean pair of rounds raises none of them."""

from __future__ import annotations

import json

import pytest
from simulated_rounds import Plants, simulate, store_round
from typer.testing import CliRunner

from asn_skills import ExitCode
from asn_skills.cli.app import app

runner = CliRunner()
PLANTED = Plants(true_keys={"K3": 0}, harder_for_women={"K5": 1.5})
LEAKED = Plants(PLANTED.true_keys, PLANTED.harder_for_women, leaked={"K7": 0.6}, growth=0.3)
FLAGS = ("possible mis-key", "DIF C", "answers may be circulating")


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("items")
    planted, clean = folder / "planted.db", folder / "clean.db"
    store_round(planted, "2025", simulate(600, 1, PLANTED))
    store_round(planted, "2026", simulate(600, 101, LEAKED))
    store_round(clean, "2025", simulate(600, 1))
    store_round(clean, "2026", simulate(600, 101, Plants(growth=0.3)))
    return planted, clean


def run(db, *args):
    return runner.invoke(app, ["--lang", "en", "--db", str(db), "report", "--items", *args])


def flagged(analysis):
    """(mis-keyed, DIF class C, circulating) item ids in the JSON of `report --items`."""
    mis_keyed = [item["item"] for item in analysis["distractors"] if item["flag"] == "mis-key"]
    dif = [
        (group["name"], item["item"])
        for group in analysis["dif"]
        for item in group["items"]
        if item["result"]["ets"] == "C"
    ]
    circulating = [item["item"] for item in (analysis["drift"] or {"items": []})["items"] if item["circulating"]]
    return mis_keyed, dif, circulating


def test_planted_problems_are_named(stores):
    planted, _ = stores
    result = run(planted, "--compare", "2025", "2026", "--format", "json")
    assert result.exit_code == ExitCode.OK, result.stderr
    data = json.loads(result.stdout)
    assert data["analysis"]["round"] == "2026"
    assert flagged(data["analysis"]) == (["K3"], [("sex", "K5")], ["K7"])
    markdown = run(planted, "--compare", "2025", "2026", "--format", "markdown").stdout
    rows = {
        line.split(" | ")[0].strip("| "): line for line in markdown.splitlines() if "| KEA | single choice |" in line
    }
    assert "possible mis-key" in rows["K3"] and "DIF C (women / men)" in rows["K5"]
    assert "answers may be circulating" in rows["K7"]


def test_a_clean_round_raises_none_of_them(stores):
    _, clean = stores
    result = run(clean, "--compare", "2025", "2026", "--format", "json")
    assert flagged(json.loads(result.stdout)["analysis"]) == ([], [], [])
    text = run(clean, "--compare", "2025", "2026", "--format", "markdown").stdout
    assert not any(flag in text for flag in FLAGS)
    assert "Options by third" in text and "Compared: women / men, Manager / Staff" in text


def test_without_compare_there_is_no_change_table(stores):
    planted, _ = stores
    data = json.loads(run(planted, "--round", "2025", "--format", "json").stdout)
    mis_keyed, dif, _ = flagged(data["analysis"])
    assert (mis_keyed, dif, data["analysis"]["drift"]) == (["K3"], [("sex", "K5")], None)


@pytest.mark.parametrize("output_format", ["terminal", "markdown", "html", "csv", "xlsx"])
def test_every_format_carries_the_flags(stores, tmp_path, output_format):
    planted, _ = stores
    output = tmp_path / f"items.{'txt' if output_format == 'terminal' else output_format}"
    result = run(planted, "--compare", "2025", "2026", "--format", output_format, "-o", str(output))
    assert result.exit_code == ExitCode.OK, result.stderr
    if output_format == "xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(output)
        assert workbook.sheetnames == ["Reliability", "Items", "Options", "DIF", "Item change"]
        text = "\n".join(str(cell) for sheet in workbook for row in sheet.iter_rows(values_only=True) for cell in row)
    else:
        text = output.read_text(encoding="utf-8-sig")
    for flag in FLAGS:
        assert flag in text, flag
    if output_format == "csv":
        header = text.splitlines()[0].split(",")
        assert {"Logit", "SE", "Infit", "Outfit", "Flag"} <= set(header)


def test_indonesian_says_answers_may_be_circulating(stores):
    planted, _ = stores
    result = runner.invoke(
        app,
        ["--db", str(planted), "report", "--items", "--compare", "2025", "2026"],
        env={"ASN_SKILLS_LANG": "id", "COLUMNS": "200"},
    )
    assert "jawaban mungkin beredar" in result.stdout and "kunci mungkin salah" in result.stdout
