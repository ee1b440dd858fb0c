"""Item analysis of a round: distractors, Rasch fit, Mantel-Haenszel DIF and items that jumped between rounds,
on simulated rounds with known truths and on hand-computed tables."""

from __future__ import annotations

import math
import random

import pytest
from simulated_rounds import ITEM_ROUND, Plants, as_round, simulate

from asn_skills.reports.items import analyse_items
from asn_skills.reports.items.dif import EtsClass, Stratum, mantel_haenszel
from asn_skills.reports.items.distractors import OptionFlag
from asn_skills.reports.items.drift import round_drift
from asn_skills.reports.items.rasch import fit_rasch
from asn_skills.reports.items.responses import Person, knowledge_responses, sex_of
from asn_skills.scoring.rules import item_score

PLANTED = Plants(true_keys={"K3": 0}, harder_for_women={"K5": 1.5})
"""K3's real answer is option a (c is marked); K5 is 1.5 logits harder for women of the same ability."""


def test_mantel_haenszel_matches_a_hand_computed_table():
    # stratum 1: A=20 B=10 C=15 D=15 (N=60); stratum 2: A=30 B=20 C=10 D=20 (N=80)
    result = mantel_haenszel([Stratum(20, 10, 15, 15), Stratum(30, 20, 10, 20)])
    # alpha = (20*15/60 + 30*20/80) / (10*15/60 + 20*10/80) = 12.5 / 5
    assert result.alpha == pytest.approx(2.5)
    assert result.delta == pytest.approx(-2.35 * math.log(2.5))  # -2.153
    # sum A = 50, E = 30*35/60 + 50*40/80 = 42.5, Var = 30*30*35*25/(60^2*59) + 50*30*40*40/(80^2*79)
    variance = 787500 / 212400 + 2400000 / 505600
    assert result.chi_square == pytest.approx((7.5 - 0.5) ** 2 / variance)  # 5.796
    assert result.p == pytest.approx(0.01607, abs=1e-4)
    # Robins-Breslow-Greenland: sum PR / (2 R^2) + sum (PS + QR) / (2 R S) + sum QS / (2 S^2), R = 12.5, S = 5
    var_log = (35 / 60 * 5 + 50 / 80 * 7.5) / (2 * 12.5**2)
    var_log += (35 / 60 * 2.5 + 25 / 60 * 5 + 50 / 80 * 2.5 + 30 / 80 * 7.5) / (2 * 12.5 * 5)
    var_log += (25 / 60 * 2.5 + 30 / 80 * 2.5) / (2 * 5**2)
    assert result.se == pytest.approx(2.35 * math.sqrt(var_log))  # 0.838
    # |delta| >= 1.5 and significant, but not significantly above 1: (2.153 - 1) / 0.838 = 1.38 < 1.645
    assert result.ets is EtsClass.B


def test_mantel_haenszel_classes():
    same = mantel_haenszel([Stratum(40, 20, 40, 20), Stratum(20, 40, 20, 40)])
    assert (same.alpha, same.ets) == (pytest.approx(1.0), EtsClass.A)
    large = mantel_haenszel([Stratum(160, 40, 80, 120), Stratum(120, 80, 40, 160)])
    assert large.delta < -1.5 and large.ets is EtsClass.C
    one_group_only = mantel_haenszel([Stratum(10, 5, 0, 0)])
    assert one_group_only.ets is None


def _rasch_matrix(difficulties, people, seed, guessing=(), spread=1.0):
    rng = random.Random(seed)
    rows = []
    for _ in range(people):
        theta = rng.gauss(0, spread)
        rows.append(
            [
                int(rng.random() < (0.5 if index in guessing else 1 / (1 + math.exp(b - theta))))
                for index, b in enumerate(difficulties)
            ]
        )
    return rows


def test_rasch_recovers_known_difficulties():
    truth = [-2.0, -1.4, -0.9, -0.4, 0.0, 0.3, 0.8, 1.2, 1.6, 2.1]
    fit = fit_rasch([f"I{i}" for i in range(len(truth))], _rasch_matrix(truth, 1500, seed=3))
    assert fit.enough
    centred = [b - sum(truth) / len(truth) for b in truth]
    errors = [item.difficulty - b for item, b in zip(fit.items, centred, strict=True)]
    assert all(abs(error) < 3 * item.se for error, item in zip(errors, fit.items, strict=True)), errors
    assert sum(abs(error) for error in errors) / len(errors) < 0.1
    # model standard errors of about 1 / sqrt(N p (1 - p)) with 1500 people: 0.06 to 0.09 logits
    assert all(0.05 < item.se < 0.1 for item in fit.items)
    assert not any(item.misfit for item in fit.items)
    assert all(0.85 < item.infit < 1.15 for item in fit.items)


def test_rasch_flags_an_item_answered_by_guessing():
    truth = [-1.5, -1.0, -0.5, 0.0, 0.0, 0.5, 1.0, 1.5]
    rows = _rasch_matrix(truth, 800, seed=4, guessing={3}, spread=1.5)
    fit = fit_rasch([f"I{i}" for i in range(len(truth))], rows)
    assert [item.item for item in fit.items if item.misfit] == ["I3"]
    assert fit.items[3].infit > 1.3


def test_rasch_needs_enough_people_and_leaves_out_extreme_items():
    rows = _rasch_matrix([-1, 0, 1, 0.5], 60, seed=5)
    assert not fit_rasch(["a", "b", "c", "d"], rows).enough
    rows = [[*row, 1] for row in _rasch_matrix([-1, 0, 1, 0.5], 400, seed=5)]
    fit = fit_rasch(["a", "b", "c", "d", "everyone"], rows)
    assert fit.enough and fit.items[4].difficulty is None and fit.items[0].difficulty is not None


def test_drift_finds_only_the_item_that_jumped():
    before = _rasch_matrix([-1, -0.5, 0, 0.5, 1, 1.5], 500, seed=6)
    after = _rasch_matrix([-1.3, -0.8, -0.3, 0.2, -2.0, 1.2], 500, seed=7)  # growth of 0.3, item 4 leaked
    drift = round_drift(("2025", "2026"), list("abcdef"), before, after)
    assert drift is not None and [item.item for item in drift.items if item.circulating] == ["e"]
    assert drift.median_change == pytest.approx(0.3, abs=0.15)


def test_responses_read_answers_as_the_scorer_does():
    answers = [
        {"K1": "a", "M1": ["a", "c"]},  # both right
        {"K1": True, "M1": ["a", "c", "b"]},  # a boolean is no option; a wrong extra makes a multi item wrong
        {"K1": "z", "M1": ["c"]},  # not an option: blank; half a multi item is not fully right
    ]
    people = [Person(None, None)] * 3
    responses = knowledge_responses(ITEM_ROUND, answers, people)
    k1, m1 = (responses.items.index(ITEM_ROUND.questions_by_id[qid]) for qid in ("K1", "M1"))
    assert [row[k1] for row in responses.right] == [1, 0, 0]
    assert [row[m1] for row in responses.right] == [1, 0, 0]
    assert [row[k1] for row in responses.chosen] == [frozenset({0}), frozenset(), frozenset()]
    assert responses.chosen[1][m1] == frozenset({0, 1, 2})
    multi = ITEM_ROUND.questions_by_id["M1"]
    assert [item_score(multi, row["M1"]) for row in answers] == [1.0, 0.5, 0.5]  # "fully right" is a score of 1


def test_sex_comes_from_the_nip_15th_digit():
    assert sex_of("198609262015051001") == "men"
    assert sex_of("198609262015052001") == "women"
    assert sex_of("198609262015053001") is None
    assert sex_of("a3f9c2") is None and sex_of(None) is None


@pytest.mark.parametrize("seed", [1, 2])
def test_a_clean_round_raises_no_flag(seed):
    earlier = simulate(600, seed)
    later = simulate(600, seed + 100, Plants(growth=0.3))
    analysis = analyse_items(ITEM_ROUND, as_round("2026", later), as_round("2025", earlier))
    assert [item.item for item in analysis.distractors if item.flag is OptionFlag.MIS_KEY] == []
    assert [item.item for group in analysis.dif for item in group.items if item.result.ets is EtsClass.C] == []
    assert analysis.drift is not None and not any(item.circulating for item in analysis.drift.items)


@pytest.mark.parametrize("seed", [1, 2])
def test_planted_problems_are_caught(seed):
    earlier = simulate(600, seed, PLANTED)
    leaked = Plants(PLANTED.true_keys, PLANTED.harder_for_women, leaked={"K7": 0.6}, growth=0.3)
    analysis = analyse_items(ITEM_ROUND, as_round("2026", simulate(600, seed + 100, leaked)), as_round("2025", earlier))
    mis_keyed = [item for item in analysis.distractors if item.flag is OptionFlag.MIS_KEY]
    assert [item.item for item in mis_keyed] == ["K3"]
    assert mis_keyed[0].options[0].flag is OptionFlag.MIS_KEY  # the real answer draws the strongest third
    by_sex = next(group for group in analysis.dif if group.name == "sex")
    assert (by_sex.reference, by_sex.focal, by_sex.reference_size, by_sex.focal_size) == ("men", "women", 300, 300)
    assert [item.item for item in by_sex.items if item.result.ets is EtsClass.C] == ["K5"]
    assert analysis.drift is not None
    assert [item.item for item in analysis.drift.items if item.circulating] == ["K7"]
    assert [item.item for item in analysis.rasch.items if item.misfit] == ["K3"]


def test_role_groups_compare_each_role_with_the_largest():
    analysis = analyse_items(ITEM_ROUND, as_round("2026", simulate(600, 3)))
    (by_role,) = [group for group in analysis.dif if group.name == "role"]
    assert (by_role.reference, by_role.focal, by_role.reference_size, by_role.focal_size) == (
        "staf",
        "pimpinan",
        400,
        200,
    )


def test_small_groups_get_no_dif_and_small_rounds_no_distractor_table():
    analysis = analyse_items(ITEM_ROUND, as_round("2026", simulate(150, 4)))
    assert analysis.dif == ()  # 75 women, 50 managers
    assert analysis.distractors != () and analysis.rasch.enough
    assert not analyse_items(ITEM_ROUND, as_round("2026", simulate(90, 4))).rasch.enough
    assert analyse_items(ITEM_ROUND, as_round("2026", simulate(20, 4))).distractors == ()
