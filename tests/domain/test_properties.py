"""Properties over generated scenarios (hypothesis): monotone prices, finite results, zero cases."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.domain.engine import evaluate
from explorer.domain.model import build_model
from explorer.domain.policies import BenefitKind, Condition, ConditionOp, FirmField
from explorer.domain.scenario import (
    Finance,
    FirmProfile,
    Mode,
    OneOffCosts,
    PolicyChoice,
    Quantity,
    Scenario,
    SiteChoice,
    Workload,
)
from explorer.domain.uncertainty import monte_carlo, tornado

from .conftest import make_pack, make_policy, rule

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRICE_PARAMS = ("electricity_price", "rack_rent", "bandwidth_price", "wage", "build_cost")

# A pack whose policies exercise every rule kind, caps, lags, stacking, conditions and an origin surcharge.
POLICIES = (
    make_policy("power", rule("p", BenefitKind.ELECTRICITY_PRICE, "energy", amount=0.30, cap_total=3e7,
                              stacking_group="power")),
    make_policy("share", rule("s", BenefitKind.ELECTRICITY_PRICE, "energy", rate=0.2, cap_per_year=5e6,
                              payout_lag=1, stacking_group="power")),
    make_policy("voucher", rule("v", BenefitKind.COMPUTE_VOUCHER, "compute_spend", rate=0.1,
                                cap_per_year=2e6)),
    make_policy("rent", rule("r", BenefitKind.RENT_SUBSIDY, "space", rate=0.3, years=3, realisation=0.7)),
    make_policy("capex", rule("c", BenefitKind.CAPEX_SUBSIDY, "capex", rate=0.1, cap_total=2e6,
                              payout_lag=2)),
    make_policy("grant", rule("g", BenefitKind.CASH_GRANT, "fixed", amount=1e6, start_year=0)),
    make_policy("cit", rule("t", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15),
                conditions=(Condition(FirmField.IT_LOAD_KW, ConditionOp.GE, "2000"),)),
    make_policy("talent", rule("h", BenefitKind.TALENT_SUBSIDY, "staff", amount=20_000, cap_per_year=1e5)),
    make_policy("loan", rule("l", BenefitKind.INTEREST_SUBSIDY, "loan", rate=0.01, years=5)),
    make_policy("pue", rule("x", BenefitKind.SURCHARGE, "energy_over_pue_limit", amount=0.2, threshold=1.25,
                            site="origin")),
    make_policy("old", rule("o", BenefitKind.CASH_GRANT, "fixed", amount=5e6), expiry=dt.date(2020, 1, 1)),
)  # fmt: skip
PACK = make_pack(*POLICIES)


def site_params(draw, ranged: bool) -> dict[str, Quantity]:
    def quantity(low: float, high: float) -> Quantity:
        value = draw(st.floats(low, high))
        if not ranged:
            return Quantity(value)
        spread = draw(st.floats(0.0, 0.3))
        return Quantity(value, max(low, value * (1 - spread)), value * (1 + spread))

    return {
        "electricity_price": quantity(0.05, 1.5),
        "pue": Quantity(draw(st.floats(1.0, 2.0))),
        "rack_rent": quantity(0.0, 20_000.0),
        "bandwidth_price": quantity(0.0, 500.0),
        "wage": quantity(0.0, 500_000.0),
        "social_oncost": Quantity(draw(st.floats(0.0, 0.6))),
        "grid_emission_factor": Quantity(draw(st.floats(0.0, 1.0))),
        "green_share": Quantity(draw(st.floats(0.0, 1.0))),
        "build_cost": quantity(0.0, 80_000.0),
        "rack_reference_kw": Quantity(draw(st.floats(1.0, 20.0))),
    }


@st.composite
def scenarios(draw, ranged: bool = True, with_policies: bool = True, identical: bool = False) -> Scenario:
    origin_params = site_params(draw, ranged)
    destination_params = origin_params if identical else site_params(draw, ranged)
    mode = draw(st.sampled_from(list(Mode)))
    workload = Workload(
        "ai_training",
        mode=mode,
        it_load_kw=draw(st.floats(0.0, 50_000.0)),
        rack_density_kw=draw(st.floats(2.0, 40.0)),
        bandwidth_mbps=draw(st.floats(0.0, 20_000.0)),
        staff=draw(st.integers(0, 50)),
    )
    one_off = OneOffCosts() if identical else OneOffCosts(
        hardware_move_per_rack=draw(st.floats(0, 10_000)), data_tb=draw(st.floats(0, 10_000)),
        cost_per_tb=draw(st.floats(0, 500)), early_exit=draw(st.floats(0, 1e8)),
        parallel_months=draw(st.floats(0, 12)),
    )  # fmt: skip
    finance = Finance(
        horizon_years=draw(st.integers(1, 20)),
        discount_rate=draw(st.floats(0.0, 0.3)),
        electricity_escalation=draw(st.floats(0.0, 0.1)),
        wage_escalation=draw(st.floats(0.0, 0.1)),
        move_date=dt.date(2026, 1, 1),
    )
    policies = ()
    if with_policies and not identical:
        chosen = draw(
            st.lists(st.sampled_from([p.id for p in POLICIES]), unique=True, max_size=len(POLICIES))
        )
        policies = tuple(PolicyChoice(pid, draw(st.none() | st.floats(0.0, 1.0))) for pid in chosen)
    firm = FirmProfile(
        origin="east",
        fixed_asset_investment=draw(st.floats(0, 1e9)),
        taxable_profit=draw(st.floats(0, 1e9)),
        loan=draw(st.floats(0, 1e9)),
    )
    return Scenario(
        firm=firm,
        workload=workload,
        sites=(SiteChoice("east", params=origin_params), SiteChoice("guian", params=destination_params)),
        one_off=one_off,
        finance=finance,
        policies=policies,
    )


def _npv(scenario: Scenario) -> float:
    return evaluate(scenario, PACK).primary.npv


def _tolerance(*values: float) -> float:
    return 1e-9 * max(1.0, *(abs(v) for v in values))


@pytest.mark.parametrize(
    ("site", "direction"), [("guian", -1.0), ("east", 1.0)], ids=["destination", "origin"]
)
@PROPERTY_SETTINGS
@given(scenarios(), st.sampled_from(PRICE_PARAMS), st.floats(0.001, 1.0))
def test_npv_moves_one_way_with_each_price(site, direction, scenario, name, factor):
    """A dearer destination never raises the NPV; a dearer origin never lowers it (check 4, every price)."""
    value = scenario.site(site).params[name].value
    higher = scenario.replace_value(f"sites.{site}.{name}", value * (1 + factor) + factor)
    before, after = _npv(scenario), _npv(higher)
    assert direction * (after - before) >= -_tolerance(before, after)


@PROPERTY_SETTINGS
@given(scenarios())
def test_results_are_always_finite(scenario):
    result = evaluate(scenario, PACK)
    text = json.dumps(result.to_dict(), allow_nan=False)  # raises on NaN or infinity
    assert "NaN" not in text and "Infinity" not in text
    for site in result.sites:
        for column in site.table.COLUMNS:
            assert np.isfinite(getattr(site.table, column)).all()
    assert np.isfinite(result.primary.cash_flows).all()


@PROPERTY_SETTINGS
@given(scenarios(identical=True))
def test_identical_sites_give_zero(scenario):
    """Check 5. In self-build the move still builds anew (7.2): the case is that investment alone."""
    case = evaluate(scenario, PACK).primary
    if scenario.workload.mode is Mode.SELF_BUILD:
        assert (case.savings == 0.0).all() and (case.incentives == 0.0).all() and (case.tax == 0.0).all()
        assert case.cash_flows == pytest.approx(case.investment, abs=1e-6)
        return
    assert (case.cash_flows == 0.0).all()
    assert case.npv == 0.0
    assert case.payback.months == 0.0


@PROPERTY_SETTINGS
@given(scenarios(ranged=False), st.integers(0, 2**32 - 1))
def test_monte_carlo_with_zero_width_ranges_equals_the_base_case(scenario, seed):
    scenario = _pin_pack_ranges(scenario)
    base = _npv(scenario)
    result = monte_carlo(scenario, PACK, samples=64, seed=seed)
    assert result.drawn == ()
    assert (result.npv == base).all()


def _pin_pack_ranges(scenario: Scenario) -> Scenario:
    """Give the inputs that default from the pack a zero-width range of their own."""
    model = build_model(scenario, PACK)
    for item in model.inputs:
        if item.uncertain:
            scenario = scenario.replace_quantity(item.path, Quantity(item.value, item.value, item.value))
    return scenario


@PROPERTY_SETTINGS
@given(scenarios())
def test_tornado_bars_bracket_the_base_npv(scenario):
    result = tornado(scenario, PACK)
    assert result.base_npv == _npv(scenario)
    for bar in result.bars:
        assert bar.bar_low <= result.base_npv <= bar.bar_high
        if bar.path.rsplit(".", 1)[-1] in PRICE_PARAMS:
            # a price moves the NPV one way only: its two ends lie on either side of the base
            tolerance = _tolerance(bar.npv_at_low, bar.npv_at_high)
            assert min(bar.npv_at_low, bar.npv_at_high) <= result.base_npv + tolerance
            assert max(bar.npv_at_low, bar.npv_at_high) >= result.base_npv - tolerance
