"""Each incentive kind by hand: caps reached and not, stacking, lag, realisation, windows, eligibility."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import PolicyStatus
from explorer.domain.incentives import Status
from explorer.domain.policies import BenefitKind, Condition, ConditionOp, FirmField
from explorer.domain.scenario import Finance, FirmProfile, Mode, PolicyChoice, SiteChoice, Workload

from .conftest import base_scenario, make_pack, make_policy, rule

GUIAN_ENERGY_KWH = 105_120_000.0  # 10 MW x PUE 1.20 x 8,760 h
GUIAN_ENERGY_COST = 36_792_000.0
GUIAN_SPACE = 60_000_000.0
ANNUITY_8PC_10Y = (1 - 1.08**-10) / 0.08


def run(*policies, realisation=None, **scenario_changes):
    """Evaluate the base case with ``policies`` chosen; returns (evaluation, first policy's result)."""
    pack = make_pack(*policies)
    choices = tuple(PolicyChoice(p.id, realisation) for p in policies)
    result = evaluate(base_scenario(policies=choices, **scenario_changes), pack)
    return result, result.policies[0]


def yearly(value: float, years: int = 10, first: float = 0.0) -> list[float]:
    return [first] + [value] * years


# --- each kind ----------------------------------------------------------------


def test_electricity_price_policy_price_below_the_site_price():
    # Gui'an at 0.35; a policy price of 0.30 saves 0.05 on each of 105,120,000 kWh
    policy = make_policy("power", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30))
    result, power = run(policy)
    assert power.status is PolicyStatus.ELIGIBLE
    assert power.case_value == pytest.approx(yearly(5_256_000.0))
    assert result.site("guian").table.incentives == pytest.approx(yearly(5_256_000.0))
    assert result.primary.incentives == pytest.approx(yearly(5_256_000.0))
    assert result.primary.cash_flows[1] == pytest.approx(76_560_000.0 + 5_256_000.0)


def test_electricity_price_already_at_the_policy_price_pays_nothing():
    policy = make_policy("power", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.35))
    _, power = run(policy)
    assert power.total == 0.0


def test_electricity_price_share_of_the_bill_with_cap_per_year():
    uncapped = make_policy("a", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", rate=0.1))
    assert run(uncapped)[1].case_value == pytest.approx(yearly(3_679_200.0))
    capped = make_policy("b", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", rate=0.1, cap_per_year=3e6))
    assert run(capped)[1].case_value == pytest.approx(yearly(3_000_000.0))
    not_reached = make_policy(
        "c", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", rate=0.1, cap_per_year=4e6)
    )
    assert run(not_reached)[1].case_value == pytest.approx(yearly(3_679_200.0))


def test_cap_in_total_is_used_up_in_earning_order():
    policy = make_policy("a", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30, cap_total=12e6))
    # 5,256,000 a year: 5.256 M, 5.256 M, then the 1.488 M left, then nothing
    assert run(policy)[1].case_value == pytest.approx([0, 5_256_000, 5_256_000, 1_488_000] + [0] * 7)


def test_compute_voucher_pays_only_on_compute_service_spend():
    policy = make_policy(
        "voucher", rule("r", BenefitKind.COMPUTE_VOUCHER, "compute_spend", rate=0.1, cap_per_year=2e6)
    )
    assert run(policy)[1].total == 0.0  # colocation: no compute-service spend
    service = Workload("ai_training", mode=Mode.COMPUTE_SERVICE, service_margin=0.25)
    _, voucher = run(policy, workload=service)
    # spend = 1.25 x (36.792 M + 60 M) = 120.99 M; 10 % = 12.099 M, capped at 2 M
    assert voucher.case_value == pytest.approx(yearly(2_000_000.0))
    small = make_policy("small", rule("r", BenefitKind.COMPUTE_VOUCHER, "compute_spend", rate=0.01))
    assert run(small, workload=service)[1].case_value == pytest.approx(yearly(1_209_900.0))


def test_rent_subsidy_for_a_limited_number_of_years():
    policy = make_policy("rent", rule("r", BenefitKind.RENT_SUBSIDY, "space", rate=0.2, years=3))
    assert run(policy)[1].case_value == pytest.approx([0] + [12_000_000.0] * 3 + [0] * 7)


def test_capex_subsidy_is_paid_once_capped_and_lagged():
    policy = make_policy(
        "capex",
        rule("r", BenefitKind.CAPEX_SUBSIDY, "capex", rate=0.1, cap_total=2e6, start_year=1, payout_lag=1),
    )
    firm = FirmProfile(origin="beijing", fixed_asset_investment=50e6)
    _, capex = run(policy, firm=firm)
    # 10 % of 50 M = 5 M, capped at 2 M, earned in year 1, received in year 2
    assert capex.case_value == pytest.approx([0, 0, 2e6] + [0] * 8)
    not_reached = make_policy(
        "capex2", rule("r", BenefitKind.CAPEX_SUBSIDY, "capex", rate=0.01, cap_total=2e6)
    )
    assert run(not_reached, firm=firm)[1].case_value == pytest.approx([0, 500_000] + [0] * 9)


def test_cash_grant_at_the_move_enters_year_zero():
    policy = make_policy("grant", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=3e6, start_year=0))
    result, grant = run(policy)
    assert grant.case_value == pytest.approx([3e6] + [0] * 10)
    assert result.primary.cash_flows[0] == pytest.approx(3e6)


def test_tax_rate_with_realisation():
    policy = make_policy("cit", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15, realisation=0.8))
    firm = FirmProfile(origin="beijing", taxable_profit=100e6)
    # 100 M x (25 % - 15 %) x 0.8
    assert run(policy, firm=firm)[1].case_value == pytest.approx(yearly(8e6))


def test_realisation_chosen_in_the_scenario_overrides_the_rule():
    policy = make_policy("cit", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15, realisation=0.8))
    firm = FirmProfile(origin="beijing", taxable_profit=100e6)
    assert run(policy, firm=firm, realisation=0.5)[1].case_value == pytest.approx(yearly(5e6))
    assert run(policy, firm=firm, realisation=0.0)[1].total == 0.0


def test_talent_subsidy_per_qualifying_person_and_per_staff_member():
    per_person = make_policy(
        "talent", rule("r", BenefitKind.TALENT_SUBSIDY, "qualifying_staff", amount=20_000)
    )
    _, unknown = run(per_person)
    assert unknown.status is PolicyStatus.UNKNOWN and unknown.total == 0.0
    assert "qualifying staff" in unknown.reason
    assert unknown.case_potential == pytest.approx(yearly(0.0))  # nobody known to qualify
    _, known = run(per_person, firm=FirmProfile(origin="beijing", qualifying_staff=5))
    assert known.case_value == pytest.approx(yearly(100_000.0))
    staff = make_policy(
        "staff", rule("r", BenefitKind.TALENT_SUBSIDY, "staff", amount=20_000, cap_per_year=150_000)
    )
    assert run(staff)[1].case_value == pytest.approx(yearly(150_000.0))  # 10 staff x 20,000 = 200,000, capped


def test_interest_subsidy_on_the_loan():
    policy = make_policy("loan", rule("r", BenefitKind.INTEREST_SUBSIDY, "loan", rate=0.01, years=3))
    _, loan = run(policy, firm=FirmProfile(origin="beijing", loan=200e6))
    assert loan.case_value == pytest.approx([0] + [2e6] * 3 + [0] * 7)


def test_origin_surcharge_on_energy_over_the_pue_limit():
    # Beijing PUE 1.30 against a 1.25 limit: 10,000 kW x 8,760 h x 0.05 = 4,380,000 kWh at +0.2 yuan
    policy = make_policy(
        "beijing_pue",
        rule("r", BenefitKind.SURCHARGE, "energy_over_pue_limit", amount=0.2, threshold=1.25, site="origin"),
    )
    result, surcharge = run(policy)
    assert result.site("beijing").table.charges == pytest.approx(yearly(876_000.0))
    assert result.site("beijing").table.incentives.sum() == 0.0
    assert surcharge.rules[0].amounts == pytest.approx(yearly(-876_000.0))  # a cost at the origin
    assert surcharge.case_value == pytest.approx(yearly(876_000.0))  # avoided by moving
    assert result.primary.cash_flows[1] == pytest.approx(76_560_000.0 + 876_000.0)
    assert result.primary.savings[1] == pytest.approx(76_560_000.0 + 876_000.0)  # charges are opex


def test_surcharge_tiers_by_rule_condition():
    over_half = Condition(FirmField.SITE_PUE, ConditionOp.GE, "1.875")
    tier = dict(amount=0.2, threshold=1.25, site="origin", stacking_group="pue_tier")
    policy = make_policy(
        "tiers",
        rule("low", BenefitKind.SURCHARGE, "energy_over_pue_limit", **tier),
        rule(
            "high",
            BenefitKind.SURCHARGE,
            "energy_over_pue_limit",
            **(tier | {"amount": 0.5}),
            conditions=(over_half,),
        ),
    )
    result, _ = run(policy)
    assert result.site("beijing").table.charges[1] == pytest.approx(876_000.0)  # only the low tier applies
    inefficient = (SiteChoice("beijing", params={"pue": 2.0}),)
    result, _ = run(policy, sites=inefficient)
    # PUE 2.0: 0.75 over the limit -> 65,700,000 kWh; the 0.5 tier is larger and replaces the 0.2 one
    assert result.site("beijing").table.charges[1] == pytest.approx(65_700_000 * 0.5)


# --- stacking, lag, windows, eligibility -------------------------------------


def test_stacking_group_pays_only_the_largest():
    western = make_policy(
        "western", rule("w", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15, stacking_group="cit")
    )
    better = make_policy(
        "better", rule("b", BenefitKind.TAX_RATE, "taxable_profit", rate=0.10, stacking_group="cit")
    )
    firm = FirmProfile(origin="beijing", taxable_profit=100e6)
    result, first = run(western, better, firm=firm)
    second = result.policies[1]
    assert first.total == 0.0 and first.rules[0].stacked_out
    assert first.rules[0].potential == pytest.approx(yearly(10e6))
    assert second.case_value == pytest.approx(yearly(15e6))
    # profit-based: the site's tax line, not its incentives (7.3)
    assert result.site("guian").table.tax == pytest.approx(yearly(15e6))
    assert not result.site("guian").table.incentives.any()


def test_without_a_group_benefits_add_up():
    a = make_policy("a", rule("a", BenefitKind.CASH_GRANT, "fixed", amount=1e6))
    b = make_policy("b", rule("b", BenefitKind.CASH_GRANT, "fixed", amount=2e6))
    result, _ = run(a, b)
    assert result.site("guian").table.incentives[1] == pytest.approx(3e6)


def test_payout_lag_shifts_and_drops_what_falls_after_the_horizon():
    policy = make_policy("lag", rule("r", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30, payout_lag=2))
    _, lagged = run(policy)
    assert lagged.case_value == pytest.approx(
        [0, 0, 0] + [5_256_000.0] * 8
    )  # years 9 and 10 paid after year 10
    assert lagged.present_value == pytest.approx(sum(5_256_000.0 / 1.08**t for t in range(3, 11)))


def test_expired_policy_pays_nothing():
    policy = make_policy(
        "old", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6), expiry=dt.date(2020, 12, 31)
    )
    _, old = run(policy)
    assert old.status is PolicyStatus.EXPIRED
    assert old.total == 0.0
    assert "2020-12-31" in old.reason


def test_policy_ending_mid_horizon_pays_pro_rata():
    policy = make_policy(
        "western", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15), expiry=dt.date(2030, 12, 31)
    )
    firm = FirmProfile(origin="beijing", taxable_profit=100e6)
    _, january = run(policy, firm=firm, finance=Finance(move_date=dt.date(2026, 1, 1)))
    assert january.case_value == pytest.approx([0] + [10e6] * 5 + [0] * 5)  # 2026..2030
    _, july = run(policy, firm=firm, finance=Finance(move_date=dt.date(2026, 7, 1)))
    # year 5 runs 2030-07-01 .. 2031-06-30: 184 of its 365 days are in force
    assert july.case_value == pytest.approx([0] + [10e6] * 4 + [10e6 * 184 / 365] + [0] * 5)


def test_policy_starting_after_the_move():
    policy = make_policy(
        "later", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15), effective=dt.date(2028, 1, 1)
    )
    _, later = run(policy, firm=FirmProfile(origin="beijing", taxable_profit=100e6))
    assert later.case_value == pytest.approx([0, 0, 0] + [10e6] * 8)


def test_ineligible_firm_gets_nothing_and_is_told_why():
    high_tech = Condition(
        FirmField.HIGH_TECH, ConditionOp.IS_TRUE, "", "需为高新技术企业", "must be a certified HNTE"
    )
    policy = make_policy(
        "hnte", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15), conditions=(high_tech,)
    )
    firm = dict(origin="beijing", taxable_profit=100e6)
    _, no = run(policy, firm=FirmProfile(high_tech=False, **firm))
    assert no.status is PolicyStatus.NOT_ELIGIBLE and no.total == 0.0
    assert no.conditions[0].status is Status.NOT_MET
    assert no.conditions[0].text == "must be a certified HNTE"
    assert no.conditions[0].text.zh == "需为高新技术企业"  # the pack's own words, in both languages
    assert no.conditions[0].change
    assert no.case_potential == pytest.approx(yearly(10e6))  # what it would be worth
    _, unknown = run(policy, firm=FirmProfile(high_tech=None, **firm))
    assert unknown.status is PolicyStatus.UNKNOWN and unknown.total == 0.0
    assert unknown.conditions[0].status is Status.UNKNOWN
    _, yes = run(policy, firm=FirmProfile(high_tech=True, **firm))
    assert yes.status is PolicyStatus.ELIGIBLE and yes.conditions[0].status is Status.MET
    assert yes.case_value == pytest.approx(yearly(10e6))


@pytest.mark.parametrize(
    ("condition", "status"),
    [
        (Condition(FirmField.FIXED_ASSET_INVESTMENT, ConditionOp.GE, "100000000"), Status.NOT_MET),
        (Condition(FirmField.FIXED_ASSET_INVESTMENT, ConditionOp.GE, "50000000"), Status.MET),
        (Condition(FirmField.IT_LOAD_KW, ConditionOp.GE, "5000"), Status.MET),
        (Condition(FirmField.IT_LOAD_KW, ConditionOp.LE, "5000"), Status.NOT_MET),
        (Condition(FirmField.SECTOR, ConditionOp.IN, "ai|cloud"), Status.MET),
        (Condition(FirmField.SECTOR, ConditionOp.EQ, "rendering"), Status.NOT_MET),
        (Condition(FirmField.DOMESTIC_CHIP_SHARE, ConditionOp.GE, "0.5"), Status.NOT_MET),
        (Condition(FirmField.ENCOURAGED_INDUSTRY_SHARE, ConditionOp.GE, "0.6"), Status.UNKNOWN),
        (Condition(FirmField.REGISTERED_IN_GUIAN, ConditionOp.IS_TRUE), Status.MET),
        (Condition(FirmField.ORIGIN_REGION, ConditionOp.IN, "guangdong|beijing"), Status.MET),
        (Condition(FirmField.SITE_PUE, ConditionOp.LE, "1.25"), Status.MET),  # Gui'an 1.20
        (Condition(FirmField.MOVE_DATE, ConditionOp.LE, "2025-12-31"), Status.NOT_MET),
        (Condition(FirmField.MOVE_DATE, ConditionOp.GE, "2025-12-31"), Status.MET),
    ],
)
def test_each_condition_field(condition, status):
    policy = make_policy("p", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6), conditions=(condition,))
    firm = FirmProfile(
        origin="beijing",
        sector="ai",
        fixed_asset_investment=50e6,
        domestic_chip_share=0.3,
        registered_in_guian=True,
    )
    _, result = run(policy, firm=firm)
    assert result.conditions[0].status is status
    assert result.total == (1e6 if status is Status.MET else 0.0)


def test_target_origins_exclude_other_origins():
    policy = make_policy(
        "gd_only", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6), target_origins=("guangdong",)
    )
    _, result = run(policy)
    assert result.status is PolicyStatus.NOT_ELIGIBLE
    assert "guangdong" in result.reason


def test_unpublished_amount_is_shown_as_not_quantified():
    policy = make_policy("vague", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=None, published=False))
    _, vague = run(policy)
    assert vague.status is PolicyStatus.NOT_QUANTIFIED and vague.total == 0.0


def test_rule_at_any_site_cancels_out_in_the_case():
    # a national rule that applies wherever the firm is: it does not favour the move
    policy = make_policy("national", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15, site="any"))
    result, national = run(policy, firm=FirmProfile(origin="beijing", taxable_profit=100e6))
    assert result.site("beijing").table.tax[1] == pytest.approx(10e6)
    assert result.site("guian").table.tax[1] == pytest.approx(10e6)
    assert not result.primary.tax.any()
    assert national.total == 0.0
    assert result.primary.npv == pytest.approx(76_560_000.0 * ANNUITY_8PC_10Y)


def test_rule_for_a_site_not_in_the_comparison_is_not_applicable():
    policy = make_policy("zw", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6, site="zhongwei"))
    _, result = run(policy)
    assert result.status is PolicyStatus.NOT_APPLICABLE


def test_eligibility_on_an_uncertain_number_is_tested_per_sample():
    from explorer.domain.uncertainty import monte_carlo

    condition = Condition(FirmField.IT_LOAD_KW, ConditionOp.GE, "10000")
    policy = make_policy(
        "big", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e9), conditions=(condition,)
    )
    pack = make_pack(policy)
    scenario = base_scenario(policies=(PolicyChoice("big"),))
    mc = monte_carlo(scenario, pack, samples=4000, seed=3)
    # the IT load (accelerators x power) is drawn around 10 MW: the 1e9 grant comes and goes with it
    without = monte_carlo(base_scenario(), make_pack(), samples=4000, seed=3)
    gained = mc.npv - without.npv
    assert set(np.round(gained / (1e9 / 1.08), 6)) == {0.0, 1.0}


def test_each_site_shows_where_its_money_comes_from():
    cit = make_policy("cit", rule("t", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15))
    power = make_policy("power", rule("p", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30))
    surcharge = make_policy(
        "pue",
        rule("x", BenefitKind.SURCHARGE, "energy_over_pue_limit", amount=0.2, threshold=1.25, site="origin"),
    )
    result, _ = run(cit, power, surcharge, firm=FirmProfile(origin="beijing", taxable_profit=100e6))
    guian = dict(result.site("guian").incentives_by_policy)
    assert list(guian) == ["cit", "power"]
    assert guian["cit"] == pytest.approx(yearly(10e6))
    assert guian["power"] == pytest.approx(yearly(5_256_000.0))
    table = result.site("guian").table
    assert sum(guian.values()) == pytest.approx(table.incentives + table.tax)
    assert table.tax == pytest.approx(yearly(10e6))
    beijing = dict(result.site("beijing").incentives_by_policy)
    assert beijing["pue"] == pytest.approx(yearly(-876_000.0))
