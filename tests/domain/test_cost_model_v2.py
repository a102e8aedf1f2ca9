"""Cost model version 2 (contract section 7): checks 7 to 10 and the rules behind them."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.domain.engine import evaluate
from explorer.domain.policies import BenefitKind
from explorer.domain.scenario import (
    Finance,
    FirmProfile,
    Mode,
    OneOffCosts,
    PolicyChoice,
    SiteChoice,
    Workload,
)

from .conftest import base_scenario, make_pack, make_policy, rule

SAME = {  # one site's figures at both ends: "no other cost differences"
    "electricity_price": 0.5, "pue": 1.3, "rack_rent": 5000.0, "bandwidth_price": 100.0, "wage": 200_000.0,
    "social_oncost": 0.3, "grid_emission_factor": 0.5, "green_share": 0.0, "build_cost": 51_190.0,
    "rack_reference_kw": 6.0,
}  # fmt: skip


def identical_sites(**changes) -> tuple[SiteChoice, SiteChoice]:
    return SiteChoice("beijing", params=dict(SAME)), SiteChoice("guian", params={**SAME, **changes})


# --- check 7: space priced by rack power (7.1) ----------------------------------


def test_check_7_a_dense_rack_pays_for_its_power():
    sites = identical_sites(rack_rent=3560.0)
    workload = Workload("ai_training", it_load_kw=3072.0, rack_density_kw=20.0)
    result = evaluate(base_scenario(workload=workload, sites=sites), make_pack())
    guian = result.site("guian")
    assert guian.racks == 154
    assert guian.table.space[1] == pytest.approx(21_929_600.0, abs=0.01)  # 154 x 3,560 x 20/6 x 12


def test_a_rack_below_the_reference_power_still_pays_a_full_rack():
    workload = Workload("ai_training", it_load_kw=300.0, rack_density_kw=3.0)
    result = evaluate(base_scenario(workload=workload, sites=identical_sites()), make_pack())
    assert result.site("guian").table.space[1] == pytest.approx(100 * 5000.0 * 12)


def test_the_reference_rack_power_is_an_input_with_the_pack_default():
    result = evaluate(base_scenario(), make_pack())
    info = next(i for i in result.inputs if i.path == "sites.guian.rack_reference_kw")
    assert info.value == 10.0 and info.unit == "kW/rack"


# --- check 8: self-build as an investment (7.2) ------------------------------------


def self_build(**workload_fields) -> Workload:
    fields = dict(mode=Mode.SELF_BUILD, it_load_kw=10_000.0, facility_life_years=15.0)
    fields.update(workload_fields)
    return Workload("ai_training", **fields)


def test_check_8_self_build_capex_and_residual_value():
    scenario = base_scenario(workload=self_build(), sites=identical_sites())
    case = evaluate(scenario, make_pack()).primary
    assert case.cash_flows[0] == pytest.approx(-511_900_000.0, abs=0.5)
    # straight line: 511,900,000 x (1 - 10 / 15) back at t = 10, and nothing else in between
    assert round(case.cash_flows[10]) == 170_633_333
    assert case.cash_flows[1:10] == pytest.approx(np.zeros(9), abs=1e-6)
    assert case.investment[10] == pytest.approx(170_633_333.33, abs=0.01)


def test_a_self_build_move_has_a_real_payback():
    # the destination saves 10 M a year on power: about 51 years to repay 511.9 M, not one month
    sites = identical_sites(electricity_price=0.5 - 10e6 / (10_000 * 1.3 * 8760))
    case = evaluate(base_scenario(workload=self_build(), sites=sites), make_pack()).primary
    assert case.savings[1] == pytest.approx(10e6)
    assert case.payback.months is None and case.npv < 0
    assert case.irr.value is None or case.irr.value < 0.08


def test_the_origin_is_rebuilt_when_its_remaining_life_ends():
    workload = self_build(origin_remaining_life_years=4.0)
    result = evaluate(base_scenario(workload=workload, sites=identical_sites()), make_pack())
    origin = result.site("beijing").table
    assert origin.investment[4] == pytest.approx(511_900_000.0)
    assert np.count_nonzero(origin.investment) == 1
    # the move avoids that rebuild: + in year 4 of the case
    assert result.primary.cash_flows[4] == pytest.approx(511_900_000.0)


def test_the_build_is_spread_over_its_period_and_the_origin_can_be_sold():
    workload = self_build(build_period_years=2.0, salvage_share=0.1)
    result = evaluate(base_scenario(workload=workload, sites=identical_sites()), make_pack())
    guian = result.site("guian").table
    assert guian.investment[0] == pytest.approx(255_950_000.0)
    assert guian.investment[1] == pytest.approx(255_950_000.0)
    case = result.primary
    assert case.salvage == pytest.approx(51_190_000.0)
    assert case.cash_flows[0] == pytest.approx(-255_950_000.0 + 51_190_000.0)


@pytest.mark.parametrize(
    ("period", "shares"),
    [(2.5, [0.4, 0.4, 0.2]), (3.5, [2 / 7, 2 / 7, 2 / 7, 1 / 7]), (1.0, [1.0])],
)
def test_a_part_year_build_period_spends_in_proportion_to_time(period, shares):
    workload = self_build(build_period_years=period)
    result = evaluate(base_scenario(workload=workload, sites=identical_sites()), make_pack())
    guian = result.site("guian").table
    expected = np.zeros(11)
    expected[: len(shares)] = np.array(shares) * 511_900_000.0
    expected[10] -= 170_633_333.333333
    assert guian.investment == pytest.approx(expected, abs=0.01)


def test_a_build_longer_than_the_horizon_is_counted_in_full():
    # 5 years of building in a 2-year horizon: the capex is committed; what falls after H is in H
    scenario = base_scenario(workload=self_build(build_period_years=5.0), sites=identical_sites())
    scenario = scenario.replace_value("finance.horizon_years", 2)
    guian = evaluate(scenario, make_pack()).site("guian").table
    capex = 511_900_000.0
    residual = capex * (1 - 2 / 15)
    assert guian.investment == pytest.approx([capex / 5, capex / 5, 3 * capex / 5 - residual], abs=0.01)
    assert sum(guian.investment) + residual == pytest.approx(capex)


@pytest.mark.parametrize(("remaining", "year"), [(0.4, 1), (0.0, 1), (1.5, 2), (2.5, 3), (3.5, 4), (4.0, 4)])
def test_the_origin_is_rebuilt_in_the_year_its_life_ends(remaining, year):
    workload = self_build(origin_remaining_life_years=remaining)
    result = evaluate(base_scenario(workload=workload, sites=identical_sites()), make_pack())
    origin = result.site("beijing").table
    assert origin.investment[year] == pytest.approx(511_900_000.0)
    assert np.count_nonzero(origin.investment) == 1


def test_self_build_upkeep_is_the_space_line_at_both_ends():
    scenario = base_scenario(workload=self_build(maintenance_rate=0.02), sites=identical_sites())
    result = evaluate(scenario, make_pack())
    for site_id in ("beijing", "guian"):
        assert result.site(site_id).table.space[1] == pytest.approx(511_900_000.0 * 0.02)


# --- check 9: incentives at every site, the move gets the difference (7.3) ---------------

KINDS_AT_BOTH_ENDS = [
    rule("tax", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15, site="any"),
    rule("grant", BenefitKind.CASH_GRANT, "fixed", amount=2e6, site="any"),
    rule("power", BenefitKind.ELECTRICITY_PRICE, "energy", rate=0.1, site="any"),
    rule("talent", BenefitKind.TALENT_SUBSIDY, "staff", amount=20_000.0, site="any"),
    rule("loan", BenefitKind.INTEREST_SUBSIDY, "loan", rate=0.01, site="any"),
]


@pytest.mark.parametrize("paying", KINDS_AT_BOTH_ENDS, ids=lambda r: r.id)
def test_check_9_a_rule_that_pays_the_same_at_both_ends_changes_no_cash_flow(paying):
    firm = FirmProfile(origin="beijing", taxable_profit=100e6, loan=50e6)
    sites = identical_sites(electricity_price=0.4)
    without = evaluate(base_scenario(firm=firm, sites=sites), make_pack())
    policy = make_policy("both", paying)
    scenario = base_scenario(firm=firm, sites=sites, policies=(PolicyChoice("both"),))
    result = evaluate(scenario, make_pack(policy))
    assert result.site("beijing").table.net[1] < without.site("beijing").table.net[1]  # it does pay
    # "the same at both ends" needs the same base: the energy share differs, so compare what pays equally
    if paying.id != "power":
        assert result.primary.cash_flows == pytest.approx(without.primary.cash_flows, abs=1e-6)


def test_profit_based_benefits_are_a_tax_line_not_operating_cost():
    policy = make_policy("cit", rule("t", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15))
    scenario = base_scenario(firm=FirmProfile(origin="beijing", taxable_profit=100e6),
                             policies=(PolicyChoice("cit"),))  # fmt: skip
    result = evaluate(scenario, make_pack(policy))
    guian = result.site("guian")
    assert guian.table.tax[1] == pytest.approx(10e6) and not guian.table.incentives.any()
    assert guian.table.net[1] == pytest.approx(guian.table.opex[1] - 10e6)
    assert result.primary.tax[1] == pytest.approx(10e6)
    assert guian.unit_cost_net == pytest.approx(guian.unit_cost)  # check 10: never in the unit cost


# --- check 10: unit cost after incentives ------------------------------------------------


def test_check_10_unit_cost_after_incentives_is_never_negative():
    # a power subsidy larger than the whole energy bill, and a huge grant: the unit cost stops at 0
    policies = (
        make_policy("power", rule("p", BenefitKind.ELECTRICITY_PRICE, "energy", rate=1.0)),
        make_policy("rent", rule("r", BenefitKind.RENT_SUBSIDY, "space", rate=1.0)),
        make_policy("grant", rule("g", BenefitKind.CASH_GRANT, "fixed", amount=1e12)),
    )
    scenario = base_scenario(policies=tuple(PolicyChoice(p.id) for p in policies))
    guian = evaluate(scenario, make_pack(*policies)).site("guian")
    assert guian.unit_cost_net is not None and guian.unit_cost_net >= 0.0
    hours = 1000 * 8760 * 0.7
    labour_and_network = float(guian.table.labour[1] + guian.table.network[1])
    assert guian.unit_cost_net == pytest.approx(labour_and_network / hours)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rate=st.floats(0.0, 1.0), amount=st.floats(0.0, 1e13), profit=st.floats(0.0, 1e12))
def test_check_10_for_any_incentive(rate, amount, profit):
    policies = (
        make_policy("power", rule("p", BenefitKind.ELECTRICITY_PRICE, "energy", rate=rate)),
        make_policy("voucher", rule("v", BenefitKind.RENT_SUBSIDY, "space", amount=amount)),
        make_policy("cit", rule("t", BenefitKind.TAX_RATE, "taxable_profit", rate=0.0)),
    )
    firm = FirmProfile(origin="beijing", taxable_profit=profit)
    scenario = base_scenario(firm=firm, policies=tuple(PolicyChoice(p.id) for p in policies))
    for site in evaluate(scenario, make_pack(*policies)).sites:
        assert site.unit_cost_net is not None and 0.0 <= site.unit_cost_net <= site.unit_cost + 1e-9


# --- 7.4: one price per kWh, stacking year by year ---------------------------------------


def test_stacking_is_decided_year_by_year():
    # as N1 / N4 in the pack: 15 % for ever, 0 % in years 1-2 and 12.5 % in years 3-5, one group
    western = make_policy(
        "western",
        rule("w", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15, stacking_group="cit", site="guian"),
    )
    holiday = make_policy(
        "holiday",
        rule("h1", BenefitKind.TAX_RATE, "taxable_profit", rate=0.0, years=2,
             stacking_group="cit", site="guian"),
        rule("h2", BenefitKind.TAX_RATE, "taxable_profit", rate=0.125, start_year=3, years=3,
             stacking_group="cit", site="guian"),
    )  # fmt: skip
    firm = FirmProfile(origin="beijing", taxable_profit=100e6)
    scenario = base_scenario(firm=firm, policies=(PolicyChoice("western"), PolicyChoice("holiday")))
    result = evaluate(scenario, make_pack(western, holiday))
    tax = result.site("guian").table.tax
    assert tax[1:] == pytest.approx([25e6, 25e6, 12.5e6, 12.5e6, 12.5e6, 10e6, 10e6, 10e6, 10e6, 10e6])
    rules = {r.rule_id: r for p in result.policies for r in p.rules}
    assert rules["h2"].amounts[3:6] == pytest.approx([12.5e6] * 3)  # N4's years 3-5 rule pays
    assert not rules["h2"].stacked_out


def test_a_guaranteed_price_is_nominal_while_the_market_escalates():
    power = make_policy("price", rule("p", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.35))
    finance = Finance(horizon_years=10, discount_rate=0.08, electricity_escalation=0.05)
    scenario = base_scenario(finance=finance, policies=(PolicyChoice("price"),))
    result = evaluate(scenario, make_pack(power))
    guian = result.site("guian").table
    energy_kwh = 105_120_000.0
    for t in range(1, 11):  # the site's 0.35 escalates; the policy holds 0.35
        expected = (0.35 * 1.05 ** (t - 1) - 0.35) * energy_kwh
        assert guian.incentives[t] == pytest.approx(expected, abs=1e-3)
    assert guian.energy[3] - guian.incentives[3] == pytest.approx(0.35 * energy_kwh)
    price_policy = result.policies[0]
    assert price_policy.notes and "already is this policy's price" in price_policy.notes[0]


def test_the_policy_price_is_an_input_that_moves_the_case():
    power = make_policy("price", rule("p", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.35))
    scenario = base_scenario(policies=(PolicyChoice("price"),)).replace_value(
        "sites.guian.electricity_price", 0.45
    )
    pack = make_pack(power)
    at_035 = evaluate(scenario, pack)
    at_030 = evaluate(scenario.replace_value("policies.price.price", 0.30), pack)
    assert at_035.site("guian").table.incentives[1] == pytest.approx(0.10 * 105_120_000.0)
    assert at_030.site("guian").table.incentives[1] == pytest.approx(0.15 * 105_120_000.0)
    assert not at_030.policies[0].notes  # the site price is above the policy price: the policy pays


def test_two_guaranteed_prices_never_both_pay_even_without_a_named_group():
    # 7.4: one price per kWh. At Gui'an's 0.35 a pack that forgot the group must not pay
    # (0.35 - 0.30) + (0.35 - 0.25) a kWh: only the lower price, 0.25, holds
    cheap = make_policy("cheap", rule("c", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30))
    cheaper = make_policy("cheaper", rule("c2", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.25))
    scenario = base_scenario(policies=(PolicyChoice("cheap"), PolicyChoice("cheaper")))
    result = evaluate(scenario, make_pack(cheap, cheaper))
    energy_kwh = 105_120_000.0
    assert result.site("guian").table.incentives[1] == pytest.approx((0.35 - 0.25) * energy_kwh)
    rules = {r.rule_id: r for p in result.policies for r in p.rules}
    assert rules["c"].stacked_out and not rules["c2"].stacked_out


# --- one-off benefits and the policy's first day (cost-model-notes, "Policy validity") ---------


@pytest.mark.parametrize(
    ("effective", "paid"),
    [(dt.date(2025, 12, 1), True), (dt.date(2026, 1, 1), True), (dt.date(2026, 3, 1), False)],
)
def test_a_one_off_benefit_needs_the_policy_in_force_on_the_first_day(effective, paid):
    grant = make_policy(
        "grant", rule("g", BenefitKind.CASH_GRANT, "fixed", amount=1e6, start_year=1), effective=effective
    )
    scenario = base_scenario(policies=(PolicyChoice("grant"),))  # the move: 1 January 2026
    result = evaluate(scenario, make_pack(grant))
    assert result.site("guian").table.incentives[1] == (1e6 if paid else 0.0)


def test_one_off_costs_do_not_enter_the_unit_cost():
    scenario = base_scenario(one_off=OneOffCosts(other=1e9))
    guian = evaluate(scenario, make_pack()).site("guian")
    assert guian.unit_cost == pytest.approx(float(guian.table.opex[1]) / (1000 * 8760 * 0.7))
