"""Tornado, Monte Carlo and goal seek on hand-checkable cases."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.model import build_model
from explorer.domain.policies import BenefitKind
from explorer.domain.scenario import FirmProfile, OneOffCosts, PolicyChoice, Quantity, SiteChoice
from explorer.domain.uncertainty import (
    GoalSeekStatus,
    MonteCarloCancelled,
    goal_seek,
    monte_carlo,
    tornado,
    triangular,
)

from .conftest import base_scenario, make_pack, make_policy, param, rule

ANNUITY_8PC_10Y = (1 - 1.08**-10) / 0.08
SAVING = 76_560_000.0
GUIAN_KWH = 105_120_000.0


def point_pack():
    """A pack whose every number is a point value: nothing is uncertain."""
    pack = make_pack()
    sites = {}
    for site_id, site in pack.sites.items():
        params = {k: param(p.key, p.value) for k, p in site.params.items()}
        sites[site_id] = type(site)(site.id, site.name_zh, site.name_en, site.role, params)
    templates = {}
    for template_id, template in pack.templates.items():
        params = {k: param(p.key, p.value) for k, p in template.params.items()}
        templates[template_id] = type(template)(template.id, template.name_zh, template.name_en, params)
    return type(pack)(pack.manifest, sites, pack.user_regions, pack.latency_ms, templates, pack.policies)


# --- tornado -------------------------------------------------------------------


def test_tornado_covers_every_uncertain_input_of_the_case(pack):
    result = tornado(base_scenario(), pack)
    paths = {bar.path for bar in result.bars}
    model = build_model(base_scenario(), pack)
    expected = {model.inputs[c].path for c in model.uncertain_columns()}
    expected -= {"sites.beijing.build_cost", "sites.guian.build_cost"}  # colocation: no build cost
    expected = {p for p in expected if not p.startswith(("sites.sichuan", "sites.shaoguan"))}
    assert paths == expected
    assert "sites.guian.electricity_price" in paths and "workload.accelerators" in paths
    assert "sites.guian.grid_emission_factor" not in paths  # carbon only: no cash flow depends on it
    assert result.base_npv == pytest.approx(SAVING * ANNUITY_8PC_10Y)


def test_tornado_is_sorted_by_swing_and_brackets_the_base(pack):
    result = tornado(base_scenario(), pack)
    swings = [bar.swing for bar in result.bars]
    assert swings == sorted(swings, reverse=True)
    for bar in result.bars:
        assert bar.bar_low <= result.base_npv + 1e-6 <= bar.bar_high + 2e-6


def test_tornado_bar_for_the_destination_price_by_hand(pack):
    bar = next(b for b in tornado(base_scenario(), pack).bars if b.path == "sites.guian.electricity_price")
    assert (bar.low, bar.value, bar.high) == (0.30, 0.35, 0.45)
    base = SAVING * ANNUITY_8PC_10Y
    assert bar.npv_at_low == pytest.approx(base + 0.05 * GUIAN_KWH * ANNUITY_8PC_10Y)
    assert bar.npv_at_high == pytest.approx(base - 0.10 * GUIAN_KWH * ANNUITY_8PC_10Y)


def test_tornado_for_another_site(pack):
    scenario = base_scenario(sites=(SiteChoice("sichuan"),))
    result = tornado(scenario, pack, site_id="sichuan")
    assert result.site_id == "sichuan"
    assert {bar.path.split(".")[1] for bar in result.bars if bar.path.startswith("sites.")} == {
        "beijing",
        "sichuan",
    }
    with pytest.raises(InvalidInput):
        tornado(scenario, pack, site_id="beijing")


def test_tornado_includes_user_ranges(pack):
    scenario = base_scenario(one_off=OneOffCosts(other=Quantity(1e8, 5e7, 2e8)))
    bar = next(b for b in tornado(scenario, pack).bars if b.path == "one_off.other")
    assert bar.npv_at_low - bar.npv_at_high == pytest.approx(1.5e8)


# --- Monte Carlo ----------------------------------------------------------------


def test_triangular_inverse_cdf():
    u = np.array([0.0, 0.5, 1.0, 0.25])
    values = triangular(u, np.full(4, 0.0), np.full(4, 1.0), np.full(4, 2.0))
    assert values == pytest.approx([0.0, 1.0, 2.0, np.sqrt(0.5)])
    assert (triangular(u, np.full(4, 3.0), np.full(4, 3.0), np.full(4, 3.0)) == 3.0).all()


def test_monte_carlo_with_zero_width_ranges_equals_the_base_case():
    pack = point_pack()
    result = monte_carlo(base_scenario(), pack, samples=1000, seed=7)
    base = evaluate(base_scenario(), pack).primary.npv
    assert result.drawn == ()
    assert (result.npv == base).all()
    assert result.p10 == result.p50 == result.p90 == base
    assert result.mean == pytest.approx(base, rel=1e-15)  # a sum of 1,000 equal numbers, then / 1,000
    assert result.probability_positive == 1.0


def test_monte_carlo_is_reproducible_and_seeded(pack):
    a = monte_carlo(base_scenario(), pack, samples=20_000, seed=42)
    b = monte_carlo(base_scenario(), pack, samples=20_000, seed=42)
    c = monte_carlo(base_scenario(), pack, samples=20_000, seed=43)
    assert (a.npv == b.npv).all()
    assert not (a.npv == c.npv).all()
    assert a.histogram_counts.sum() == 20_000
    assert len(a.histogram_edges) == len(a.histogram_counts) + 1 == 51
    assert a.p10 < a.p50 < a.p90
    assert 0.0 <= a.probability_positive <= 1.0


def test_monte_carlo_draws_stay_in_range_and_centre_on_the_mode():
    """One uncertain input, linear in NPV: the NPV distribution is that input's triangle, scaled."""
    pack = point_pack()
    scenario = base_scenario(one_off=OneOffCosts(other=Quantity(2e8, 1e8, 6e8)))
    result = monte_carlo(scenario, pack, samples=200_000, seed=1)
    assert result.drawn == ("one_off.other",)
    npv_without = SAVING * ANNUITY_8PC_10Y
    draws = npv_without - result.npv
    assert draws.min() >= 1e8 and draws.max() <= 6e8
    assert draws.mean() == pytest.approx((1e8 + 2e8 + 6e8) / 3, rel=0.01)  # triangular mean


def test_monte_carlo_probability_of_a_positive_npv():
    pack = point_pack()
    # a one-off cost drawn from triangular(0, 0, 2 x NPV) stays below the NPV with probability 3/4
    npv0 = SAVING * ANNUITY_8PC_10Y
    scenario = base_scenario(one_off=OneOffCosts(other=Quantity(0.0, 0.0, 2 * npv0)))
    result = monte_carlo(scenario, pack, samples=100_000, seed=5)
    assert result.probability_positive == pytest.approx(0.75, abs=0.01)


def test_monte_carlo_refuses_bad_sample_counts(pack):
    for bad in (0, -5, 10_000_000, 2.5, True):
        with pytest.raises(InvalidInput, match="samples"):
            monte_carlo(base_scenario(), pack, samples=bad)


# --- goal seek --------------------------------------------------------------------


def test_break_even_destination_electricity_price(pack):
    result = goal_seek(base_scenario(), pack, "sites.guian.electricity_price")
    assert result.status is GoalSeekStatus.SOLVED
    # NPV falls by 105,120,000 kWh x annuity per yuan/kWh
    expected = 0.35 + SAVING / GUIAN_KWH
    assert result.value == pytest.approx(expected, rel=1e-9)
    assert abs(result.npv_at_value) < 1e-3
    assert not result.step
    check = evaluate(base_scenario().replace_value("sites.guian.electricity_price", result.value), pack)
    assert check.primary.npv == pytest.approx(0.0, abs=1.0)


def test_maximum_migration_cost(pack):
    result = goal_seek(base_scenario(), pack, "one_off.other")
    assert result.value == pytest.approx(SAVING * ANNUITY_8PC_10Y, rel=1e-9)


def test_required_incentive(pack):
    losing = base_scenario(one_off=OneOffCosts(other=1e9))
    result = goal_seek(losing, pack, "extra_incentive_per_year")
    # 1e9 up front needs (1e9 - NPV of the savings) / annuity a year more
    expected = (1e9 - SAVING * ANNUITY_8PC_10Y) / ANNUITY_8PC_10Y
    assert result.value == pytest.approx(expected, rel=1e-9)


def test_no_solution_in_range(pack):
    result = goal_seek(base_scenario(), pack, "sites.guian.electricity_price", low=0.0, high=0.5)
    assert result.status is GoalSeekStatus.NO_SOLUTION
    assert result.value is None
    assert result.npv_at_low > 0 and result.npv_at_high > 0
    # already profitable: no extra incentive >= 0 brings the NPV down to 0
    assert goal_seek(base_scenario(), pack, "extra_incentive_per_year", low=0.0, high=1e9).value is None


def test_goal_seek_on_a_target_other_than_zero(pack):
    target = 1e8
    result = goal_seek(base_scenario(), pack, "one_off.other", target_npv=target)
    assert result.npv_at_value == pytest.approx(target, abs=1e-3)


def test_goal_seek_on_a_realisation_the_scenario_left_to_the_rule():
    policy = make_policy("cit", rule("r", BenefitKind.TAX_RATE, "taxable_profit", rate=0.15))
    pack = make_pack(policy)
    firm = FirmProfile(origin="beijing", taxable_profit=100e6)
    # a case that loses 5e7 without the tax benefit: realisation r recovers r x 1e7 x annuity
    cost = OneOffCosts(other=SAVING * ANNUITY_8PC_10Y + 5e7)
    scenario = base_scenario(firm=firm, policies=(PolicyChoice("cit"),), one_off=cost)
    result = goal_seek(scenario, pack, "policies.cit.realisation")
    assert result.value == pytest.approx(5e7 / (1e7 * ANNUITY_8PC_10Y), rel=1e-9)


def test_goal_seek_reports_a_step(pack):
    # racks come in whole numbers: the NPV jumps at each one; a target between two steps is flagged
    # (rents quoted for 20 kW racks, so that no density in the range pays for extra power: 7.1)
    scenario = base_scenario()
    for site_id in ("beijing", "guian"):
        scenario = scenario.replace_value(f"sites.{site_id}.rack_reference_kw", 20.0)
    npv_at = evaluate(scenario.replace_value("workload.rack_density_kw", 10.0), pack).primary.npv
    result = goal_seek(
        scenario, pack, "workload.rack_density_kw", target_npv=npv_at - 100.0, low=9.0, high=11.0
    )
    assert result.solved and result.step


def test_goal_seek_refuses_inputs_that_do_not_move_the_npv(pack):
    with pytest.raises(InvalidInput, match="cannot move the NPV"):
        goal_seek(base_scenario(), pack, "sites.guian.green_share")
    with pytest.raises(InvalidInput, match="not a numeric input"):
        goal_seek(base_scenario(), pack, "sites.guian.colour")
    with pytest.raises(InvalidInput, match="search range"):
        goal_seek(base_scenario(), pack, "sites.guian.electricity_price", low=1.0, high=0.5)


def test_tornado_leaves_out_what_the_mode_does_not_use(pack):
    from explorer.domain.scenario import Mode, Workload

    colocation = {bar.path for bar in tornado(base_scenario(), pack).bars}
    assert "sites.guian.rack_rent" in colocation and "sites.guian.build_cost" not in colocation
    self_build = base_scenario(workload=Workload("ai_training", mode=Mode.SELF_BUILD))
    paths = {bar.path for bar in tornado(self_build, pack).bars}
    assert "sites.guian.build_cost" in paths and "sites.guian.rack_rent" not in paths


def test_monte_carlo_reports_progress_per_chunk_without_changing_the_result(pack):
    scenario = base_scenario()
    seen: list[float] = []
    with_progress = monte_carlo(scenario, pack, samples=50_000, seed=3, progress=seen.append)
    plain = monte_carlo(scenario, pack, samples=50_000, seed=3)
    assert np.array_equal(with_progress.npv, plain.npv)
    assert len(seen) >= 2  # more than one chunk
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_monte_carlo_stops_between_chunks_when_cancelled(pack):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the first chunk through

    with pytest.raises(MonteCarloCancelled, match="stopped after"):
        monte_carlo(base_scenario(), pack, samples=50_000, seed=3, cancelled=cancelled)
