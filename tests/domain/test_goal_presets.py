"""Goal-seek presets: every preset answers on every persona, or says precisely why it cannot.

Hand-checked on the 10 MW Beijing -> Gui'an case of conftest.py: the yearly saving is
76,560,000 yuan, Gui'an uses 105,120,000 kWh a year, r = 8 % over 10 years.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.formatting import format_money
from explorer.domain.goal_presets import (
    INCENTIVE_PATH,
    MIGRATION_PATH,
    PresetKind,
    goal_preset,
    goal_presets,
    no_answer_reason,
    solve_preset,
)
from explorer.domain.messages import Message, translated
from explorer.domain.policies import BenefitKind
from explorer.domain.scenario import OneOffCosts, PolicyChoice
from explorer.domain.scenario_codec import parse_scenario
from explorer.domain.uncertainty import apply_goal_seek, goal_seek

from .conftest import base_scenario, make_pack, make_policy, rule

PERSONAS = sorted((Path(__file__).resolve().parents[2] / "data" / "personas").glob("*.json"))
ANNUITY_8PC_10Y = (1 - 1.08**-10) / 0.08
SAVING = 76_560_000.0
GUIAN_KWH = 105_120_000.0
PRICE = "sites.guian.electricity_price"


def price_policy(policy_id: str = "P3", amount: float = 0.35, **fields):
    """A policy that guarantees Gui'an an electricity price, like the pack's P3."""
    return make_policy(
        policy_id, rule(f"{policy_id}-R1", BenefitKind.ELECTRICITY_PRICE, "energy", amount=amount), **fields
    )


def no_migration_budget(scenario, pack, kind, target: float) -> bool:
    """The migration preset on a case whose NPV stays below ``target`` even with no other one-off cost:
    there is no answer, and the preset must say why (an honest demo firm may not pay, issue 14)."""
    if PresetKind(kind) is not PresetKind.MIGRATION:
        return False
    if evaluate(scenario.replace_value("one_off.other", 0.0), pack).primary.npv >= target:
        return False
    answer = solve_preset(scenario, pack, kind, target_npv=target)
    assert not answer.solved and str(answer.reason()).startswith("The NPV stays below the target")
    return True


def npv_after(scenario, pack, answer) -> float:
    """The NPV once the answer is applied, evaluated afresh by the engine."""
    return evaluate(apply_goal_seek(scenario, answer.result), pack).case(answer.preset.site_id).npv


# --- every persona ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(PresetKind))
@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_every_preset_answers_on_every_persona(shipped_pack, path, kind):
    scenario = parse_scenario(path.read_bytes())
    answer = solve_preset(scenario, shipped_pack, kind)
    if no_migration_budget(scenario, shipped_pack, kind, 0.0):
        return  # a move that does not pay even with no migration cost has no budget: said so, not solved
    assert answer.solved, answer.reason()
    assert answer.reason() is None and not answer.result.step
    assert npv_after(scenario, shipped_pack, answer) == pytest.approx(0.0, abs=1.0)  # within a yuan
    json.dumps(answer.to_dict(), allow_nan=False)


@pytest.mark.parametrize("kind", list(PresetKind))
@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_every_preset_reaches_a_target_other_than_zero_on_every_persona(shipped_pack, path, kind):
    scenario = parse_scenario(path.read_bytes())
    target = evaluate(scenario, shipped_pack).primary.npv * 0.5 + 1e6
    answer = solve_preset(scenario, shipped_pack, kind, target_npv=target)
    if no_migration_budget(scenario, shipped_pack, kind, target):
        return
    assert answer.solved, answer.reason()
    assert npv_after(scenario, shipped_pack, answer) == pytest.approx(target, abs=1.0)


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_on_every_persona_the_price_preset_seeks_p3s_price_and_says_so(shipped_pack, path):
    scenario = parse_scenario(path.read_bytes())
    price, incentive, migration = goal_presets(scenario, shipped_pack)
    # every demo firm chose P3, whose 0.35 yuan/kWh is Gui'an's price: the market price alone is pinned
    assert price.path == "policies.P3.price" and price.policy_id == "P3"
    assert price.raise_with == (PRICE,) and price.current == pytest.approx(0.35)
    note = price.note()
    assert note.startswith("The electricity price at Gui'an New Area, Guizhou is set by policy P3 (")
    assert "the answer is the policy price at which the NPV reaches the target" in note
    # the ranges are scaled to the case, never the fields' 10-trillion-yuan bounds
    evaluation = evaluate(scenario, shipped_pack)
    opex = max(evaluation.site(evaluation.origin).table.opex[1], evaluation.site("guian").table.opex[1])
    assert incentive.high == pytest.approx(3 * opex) and incentive.low == -incentive.high
    assert migration.low == 0 and migration.high == pytest.approx(2 * evaluation.primary.savings[1:].sum())
    assert max(incentive.high, migration.high) < 1e11


# --- the price -------------------------------------------------------------------------------


def test_without_a_price_policy_the_price_preset_seeks_the_sites_price(pack):
    answer = solve_preset(base_scenario(), pack, "price")
    assert answer.preset.path == PRICE and answer.preset.policy_id is None
    assert answer.result.value == pytest.approx(0.35 + SAVING / GUIAN_KWH, rel=1e-9)
    assert answer.result.changes() == ((PRICE, answer.result.value),)
    assert (
        answer.preset.note()
        == "The answer is the electricity price at Guian at which the NPV reaches the target."
    )
    # the same answer as over the field's whole range, found in 0 .. 3 x the dearest price of the case
    assert (answer.result.low, answer.result.high) == (0.0, 2.0)
    assert answer.result.value == pytest.approx(goal_seek(base_scenario(), pack, PRICE).value, rel=1e-9)


def test_a_price_set_by_policy_is_sought_as_the_policy_price_raising_the_market_with_it():
    pack = make_pack(price_policy())
    scenario = base_scenario(policies=(PolicyChoice("P3"),))
    # raising the market price alone changes nothing: the policy holds the price the firm pays
    assert not goal_seek(scenario, pack, PRICE, low=0.35, high=5.0).solved
    answer = solve_preset(scenario, pack, "price")
    result = answer.result
    assert result.path == "policies.P3.price" and result.solved
    # the firm then pays the break-even price: the same as the market price's without the policy
    assert result.value == pytest.approx(0.35 + SAVING / GUIAN_KWH, rel=1e-9)
    assert result.changes() == (("policies.P3.price", result.value), (PRICE, result.value))
    assert npv_after(scenario, pack, answer) == pytest.approx(0.0, abs=1.0)
    assert answer.preset.note() == (
        "The electricity price at Guian is set by policy P3 (P3) at 0.350 yuan/kWh: the answer is the "
        "policy price at which the NPV reaches the target. Above the market price there (0.350 yuan/kWh), "
        "the market price is taken to rise with it, since the policy only ever lowers the price."
    )


def test_a_break_even_policy_price_below_the_market_leaves_the_market_as_it_is():
    pack = make_pack(price_policy())
    deficit = 86_000_000.0
    losing = base_scenario(
        policies=(PolicyChoice("P3"),), one_off=OneOffCosts(other=SAVING * ANNUITY_8PC_10Y + deficit)
    )
    answer = solve_preset(losing, pack, "price")
    assert answer.result.value == pytest.approx(0.35 - deficit / (GUIAN_KWH * ANNUITY_8PC_10Y), rel=1e-9)
    assert answer.result.changes() == (("policies.P3.price", answer.result.value),)
    assert npv_after(losing, pack, answer) == pytest.approx(0.0, abs=1.0)


def test_of_two_price_policies_the_lower_price_is_the_one_sought():
    pack = make_pack(price_policy("P3", 0.35), price_policy("PX", 0.30))
    scenario = base_scenario(policies=(PolicyChoice("P3"), PolicyChoice("PX")))
    assert goal_preset(scenario, pack, "price").path == "policies.PX.price"


@pytest.mark.parametrize(
    "policy",
    [
        price_policy(expiry=dt.date(2020, 12, 31)),  # ended before the move
        make_policy(
            "P3", rule("P3-R1", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.35, site="sichuan")
        ),
    ],
    ids=["expired", "elsewhere"],
)
def test_a_price_policy_that_does_not_hold_at_the_site_is_not_sought(policy):
    pack = make_pack(policy)
    preset = goal_preset(base_scenario(policies=(PolicyChoice("P3"),)), pack, "price")
    assert preset.path == PRICE and preset.policy_id is None and preset.raise_with == ()


def test_a_price_no_answer_says_at_which_price_and_why(pack):
    hopeless = base_scenario(one_off=OneOffCosts(other=1e11))
    answer = solve_preset(hopeless, pack, "price")
    assert not answer.solved
    at_zero = answer.result.npv_at_low
    assert answer.reason() == (
        f"The NPV stays below the target of CNY 0 even at a price of 0.000 yuan/kWh "
        f"(NPV there: {format_money(at_zero, 'en')}). Searched from 0.000 yuan/kWh to 2.000 yuan/kWh."
    )
    # the other way round: the search widens up to the field's 50 yuan/kWh before giving up
    answer = solve_preset(base_scenario(), pack, "price", target_npv=-1e12)
    assert not answer.solved and answer.result.high == 50.0
    assert answer.reason().startswith(
        "The NPV stays above the target of CNY -1,000.0 B even at a price of 50.000 yuan/kWh"
    )


# --- the incentive and the migration budget ------------------------------------------------------


def test_incentive_needed_is_searched_around_the_cases_own_costs(pack):
    scenario = base_scenario()
    evaluation = evaluate(scenario, pack)
    opex = max(evaluation.site("beijing").table.opex[1], evaluation.site("guian").table.opex[1])
    answer = solve_preset(scenario, pack, "incentive")
    assert (answer.result.low, answer.result.high) == pytest.approx((-3 * opex, 3 * opex))
    assert answer.result.value == pytest.approx(-SAVING, rel=1e-9)  # the case clears 0 by its saving
    assert answer.preset.path == INCENTIVE_PATH
    assert answer.preset.note() == (
        "The additional incentive a year at Guian at which the NPV reaches the target; negative when the "
        "case reaches it without one. The search spans three times the larger of the two sites' operating "
        f"costs in year 1 ({format_money(3 * opex, 'en')} a year) either way, and widens if the answer "
        "lies beyond."
    )


def test_a_far_target_widens_the_search_until_it_holds_the_answer(pack):
    scenario = base_scenario()
    answer = solve_preset(scenario, pack, "incentive", target_npv=1e11)
    assert answer.solved and answer.result.high > answer.preset.high
    assert answer.result.value == pytest.approx((1e11 - SAVING * ANNUITY_8PC_10Y) / ANNUITY_8PC_10Y, rel=1e-9)
    assert npv_after(scenario, pack, answer) == pytest.approx(1e11, abs=1.0)


def test_the_migration_budget_is_searched_up_to_twice_the_savings(pack):
    answer = solve_preset(base_scenario(), pack, "migration")
    assert answer.preset.path == MIGRATION_PATH
    assert (answer.result.low, answer.result.high) == pytest.approx((0.0, 2 * 10 * SAVING))
    assert answer.result.value == pytest.approx(SAVING * ANNUITY_8PC_10Y, rel=1e-9)
    assert answer.preset.note().endswith(
        f"The search spans 0 to twice the case's savings over 10 years before incentives "
        f"({format_money(20 * SAVING, 'en')}), and widens if the answer lies beyond."
    )


def test_a_migration_budget_no_answer_says_the_case_fails_even_without_other_costs(pack):
    losing = base_scenario(one_off=OneOffCosts(early_exit=1e9))
    answer = solve_preset(losing, pack, "migration")
    npv = evaluate(losing, pack).primary.npv
    assert not answer.solved
    assert answer.reason() == (
        f"The NPV stays below the target of CNY 0 even with other one-off costs of CNY 0 "
        f"(NPV there: {format_money(npv, 'en')}). Searched from CNY 0 to {format_money(20 * SAVING, 'en')}."
    )
    assert answer.to_dict()["reason"] == answer.reason()


def test_an_input_that_moves_nothing_is_said_to_move_nothing(pack):
    result = goal_seek(base_scenario(), pack, "one_off.cost_per_tb", low=0.0, high=1000.0)
    reason = no_answer_reason(result)
    assert reason.startswith(
        "The NPV is CNY 513.7 M at every value searched, from 0 yuan/TB to 1,000 yuan/TB"
    )
    assert no_answer_reason(goal_seek(base_scenario(), pack, MIGRATION_PATH)) is None


def test_an_unknown_preset_is_refused_by_name(pack):
    with pytest.raises(InvalidInput, match="unknown preset 'cheapest'"):
        solve_preset(base_scenario(), pack, "cheapest")


# --- in Chinese ------------------------------------------------------------------------------


def test_notes_and_reasons_read_in_chinese(chinese):
    pack = make_pack(price_policy())
    scenario = base_scenario(policies=(PolicyChoice("P3"),))
    note = solve_preset(scenario, pack, "price").preset.note("zh_CN")
    assert isinstance(note, Message)
    assert translated(note, QCoreApplication.translate) == (
        "guian·zh的电价由政策 P3（P3·zh）定为 0.350 元/千瓦时：所求答案是使净现值达到目标值的政策电价。"
        "若高于当地市场电价（0.350 元/千瓦时），则视市场电价随之上调，因为该政策只会压低电价。"
    )
    losing = base_scenario(one_off=OneOffCosts(early_exit=1e9))
    reason = solve_preset(losing, pack, "migration").reason("zh_CN")
    text = translated(reason, QCoreApplication.translate)
    assert text.startswith("即使其他一次性费用为 0元，净现值仍低于目标值 0元（此时净现值：")
    incentive = solve_preset(scenario, pack, "incentive").preset.note("zh_CN")
    assert "每年 " in translated(incentive, QCoreApplication.translate)
