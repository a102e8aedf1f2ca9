"""The annual table, cash flows and KPIs against hand computations (cost-model.md sections 2, 4, 6)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import LatencyVerdict
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.scenario import Finance, FirmProfile, Mode, OneOffCosts, Quantity, SiteChoice, Workload

from .conftest import base_scenario

ANNUITY_8PC_10Y = (1 - 1.08**-10) / 0.08  # 6.710081...

# Hand computation of the base scenario (conftest): 1,000 accelerators x 10 kW = 10 MW, 1,000 racks of 10 kW,
# 10 Mbps per 100 kW -> 1,000 Mbps, 10 staff.
BEIJING_LINES = {"energy": 74_022_000.0, "space": 96_000_000.0, "network": 1_200_000.0, "labour": 4_200_000.0}
GUIAN_LINES = {"energy": 36_792_000.0, "space": 60_000_000.0, "network": 720_000.0, "labour": 1_350_000.0}
SAVING = sum(BEIJING_LINES.values()) - sum(GUIAN_LINES.values())  # 76,560,000


def test_annual_table_matches_the_hand_computation(pack):
    result = evaluate(base_scenario(), pack)
    for site_id, lines in (("beijing", BEIJING_LINES), ("guian", GUIAN_LINES)):
        table = result.site(site_id).table
        for name, value in lines.items():
            column = getattr(table, name)
            assert column[0] == 0.0  # year 0 is the move
            assert column[1:] == pytest.approx([value] * 10, rel=1e-12), (site_id, name)
        assert table.opex[1] == pytest.approx(sum(lines.values()), rel=1e-12)
        assert table.charges.sum() == table.incentives.sum() == table.service_fee.sum() == 0.0
        assert table.net[1] == table.opex[1]
    assert SAVING == 76_560_000.0


def test_kpis_of_the_base_case(pack):
    result = evaluate(base_scenario(), pack)
    case = result.primary
    assert case.site_id == "guian"
    assert case.cash_flows[0] == 0.0
    assert case.cash_flows[1:] == pytest.approx([SAVING] * 10, rel=1e-12)
    assert case.npv == pytest.approx(SAVING * ANNUITY_8PC_10Y, rel=1e-12)
    assert case.savings[1:] == pytest.approx([SAVING] * 10, rel=1e-12)
    assert case.payback.status is PaybackStatus.IMMEDIATE and case.payback.months == 0.0
    assert case.irr.status is IrrStatus.NO_SIGN_CHANGE and case.irr.value is None


def test_check_1_through_the_engine(pack):
    """10 MW: PUE 1.30 at 0.65 -> 113,880 MWh, 74,022,000; PUE 1.20 at 0.35 -> 105,120 MWh, 36,792,000."""
    result = evaluate(base_scenario(), pack)
    assert result.site("beijing").energy_kwh == pytest.approx(113_880_000, rel=1e-12)
    assert result.site("guian").energy_kwh == pytest.approx(105_120_000, rel=1e-12)
    assert result.site("beijing").table.energy[1] == pytest.approx(74_022_000, rel=1e-12)
    assert result.site("guian").table.energy[1] == pytest.approx(36_792_000, rel=1e-12)


def test_check_2_huawei_guian_case_reproduces_662_256_000_yuan(pack):
    """600,000 servers x 0.30 kW, PUE 1.4 at both ends, a 0.30 yuan/kWh price gap."""
    east = SiteChoice(
        "east_coast",
        params={
            "electricity_price": 0.65,
            "pue": 1.4,
            "rack_rent": 0,
            "bandwidth_price": 0,
            "wage": 0,
            "social_oncost": 0,
            "grid_emission_factor": 0.58,
            "green_share": 0,
            "build_cost": 0,
        },
        name_en="East coast",
        name_zh="东部",
    )
    scenario = base_scenario(
        firm=FirmProfile(origin="east_coast"),
        workload=Workload("ai_training", accelerators=600_000, accelerator_power_kw=0.30, staff=0),
        sites=(east, SiteChoice("guian", params={"electricity_price": 0.35, "pue": 1.4})),
        finance=Finance(cny_per_usd=6.8),
    )
    result = evaluate(scenario, pack)
    gap = result.site("east_coast").table.energy[1] - result.site("guian").table.energy[1]
    assert gap == pytest.approx(662_256_000.0, rel=1e-12)
    assert round(gap) == 662_256_000
    assert gap / result.cny_per_usd == pytest.approx(97.39e6, rel=1e-3)  # "about US$97 M"


def test_check_3_zero_discount_rate_gives_the_plain_sum(pack):
    scenario = base_scenario(one_off=OneOffCosts(other=300_000_000.0), finance=Finance(discount_rate=0.0))
    case = evaluate(scenario, pack).primary
    assert case.npv == pytest.approx(case.cash_flows.sum(), rel=1e-12)
    assert case.npv == pytest.approx(-300_000_000.0 + 10 * SAVING, rel=1e-12)


def test_check_3_npv_falls_as_the_rate_rises(pack):
    npvs = [
        evaluate(
            base_scenario(one_off=OneOffCosts(other=3e8), finance=Finance(discount_rate=r)), pack
        ).primary.npv
        for r in (0.0, 0.02, 0.05, 0.08, 0.15, 0.3, 0.6, 1.0)
    ]
    assert all(a > b for a, b in zip(npvs, npvs[1:], strict=False))


@pytest.mark.parametrize(
    ("path", "direction"), [("sites.guian.electricity_price", -1), ("sites.beijing.electricity_price", 1)]
)
def test_check_4_prices_move_npv_the_right_way(pack, path, direction):
    scenario = base_scenario()
    npvs = [
        evaluate(scenario.replace_value(path, price), pack).primary.npv
        for price in (0.2, 0.35, 0.5, 0.8, 1.2)
    ]
    steps = np.diff(npvs) * direction
    assert (steps > 0).all()


def test_check_5_identical_sites_give_zero(pack):
    same = {
        "electricity_price": 0.5,
        "pue": 1.3,
        "rack_rent": 7000,
        "bandwidth_price": 80,
        "wage": 200_000,
        "social_oncost": 0.3,
        "grid_emission_factor": 0.5,
        "green_share": 0.2,
        "build_cost": 40_000,
    }
    scenario = base_scenario(sites=(SiteChoice("beijing", params=same), SiteChoice("guian", params=same)))
    result = evaluate(scenario, pack)
    case = result.primary
    assert (case.cash_flows == 0.0).all()
    assert case.npv == 0.0
    assert case.payback.status is PaybackStatus.IMMEDIATE and case.payback.months == 0.0
    assert case.irr.value is None
    assert result.site("guian").co2_avoided_t == 0.0


def test_one_off_costs_and_parallel_running(pack):
    one_off = OneOffCosts(
        hardware_move_per_rack=2_000,
        data_tb=5_000,
        cost_per_tb=100,
        downtime_days=2,
        downtime_cost_per_day=1e6,
        hiring_per_person=50_000,
        early_exit=10e6,
        parallel_months=3,
        other=1e6,
    )
    case = evaluate(base_scenario(one_off=one_off), pack).primary
    # 1,000 racks x 2,000 + 5,000 TB x 100 + 2 days x 1 M + 10 new staff x 50,000 + 10 M + 1 M
    expected_one_off = 2e6 + 0.5e6 + 2e6 + 0.5e6 + 10e6 + 1e6
    assert case.one_off == pytest.approx(expected_one_off)
    assert case.cash_flows[0] == pytest.approx(-expected_one_off)
    beijing_opex = sum(BEIJING_LINES.values())
    assert case.parallel_running == pytest.approx(beijing_opex * 3 / 12)
    assert case.cash_flows[1] == pytest.approx(SAVING - beijing_opex / 4)
    assert case.cash_flows[2] == pytest.approx(SAVING)
    # cumulative after year 1: -16 M + 76.56 M - 43.8555 M = 16.70 M > 0 -> recovered within year 1
    expected_months = 12 * expected_one_off / (SAVING - beijing_opex / 4)
    assert case.payback.status is PaybackStatus.WITHIN
    assert case.payback.months == pytest.approx(expected_months)
    assert case.irr.defined and case.irr.value > 1.0


def test_escalation_compounds_energy_and_wages(pack):
    scenario = base_scenario(finance=Finance(electricity_escalation=0.03, wage_escalation=0.05))
    table = evaluate(scenario, pack).site("beijing").table
    assert table.energy[3] == pytest.approx(74_022_000 * 1.03**2)
    assert table.labour[10] == pytest.approx(4_200_000 * 1.05**9)
    assert table.space[10] == pytest.approx(96_000_000)  # rent is not escalated


def test_self_build_space_is_the_facility_upkeep(pack):
    scenario = base_scenario(workload=Workload("ai_training", mode=Mode.SELF_BUILD))
    result = evaluate(scenario, pack)
    # 10,000 kW x 50,000 yuan/kW x 2 %: the build itself is an investment (7.2), not an annuity
    assert result.site("beijing").table.space[1] == pytest.approx(10_000 * 50_000 * 0.02)
    assert result.site("guian").table.space[1] == pytest.approx(10_000 * 45_000 * 0.02)


def test_compute_service_adds_the_provider_margin(pack):
    scenario = base_scenario(workload=Workload("ai_training", mode=Mode.COMPUTE_SERVICE, service_margin=0.25))
    table = evaluate(scenario, pack).site("guian").table
    assert table.service_fee[1] == pytest.approx(0.25 * (36_792_000 + 60_000_000))
    assert table.opex[1] == pytest.approx(1.25 * (36_792_000 + 60_000_000) + 720_000 + 1_350_000)


def test_carbon_per_site_and_avoided(pack):
    result = evaluate(base_scenario(), pack)
    beijing = 113_880 * 0.58 * (1 - 0.10)
    guian = 105_120 * 0.50 * (1 - 0.30)
    assert result.site("beijing").co2_t == pytest.approx(beijing)
    assert result.site("guian").co2_t == pytest.approx(guian)
    assert result.site("guian").co2_avoided_t == pytest.approx(beijing - guian)
    assert result.primary.co2_avoided_t == pytest.approx(10 * (beijing - guian))


def test_unit_cost_per_accelerator_hour(pack):
    result = evaluate(base_scenario(), pack)
    hours = 1000 * 8760 * 0.7
    assert result.site("beijing").unit_cost == pytest.approx(sum(BEIJING_LINES.values()) / hours)
    storage = evaluate(base_scenario(workload=Workload("storage_backup")), pack)
    assert storage.site("guian").unit_cost is None  # no accelerators: not shown


def test_storage_template_takes_its_it_load(pack):
    result = evaluate(base_scenario(workload=Workload("storage_backup")), pack)
    guian = result.site("guian")
    assert guian.it_load_kw == 500.0
    assert guian.racks == 100.0
    assert guian.table.network[1] == pytest.approx(500 / 100 * 40 * 60 * 12)


def test_racks_round_up_without_float_noise(pack):
    exact = evaluate(
        base_scenario(workload=Workload("ai_training", it_load_kw=10_000, rack_density_kw=8)), pack
    )
    assert exact.site("guian").racks == 1250
    partial = evaluate(
        base_scenario(workload=Workload("ai_training", it_load_kw=10_001, rack_density_kw=8)), pack
    )
    assert partial.site("guian").racks == 1251


def test_latency_verdicts(pack):
    scenario = base_scenario(
        firm=FirmProfile(origin="beijing", user_regions=("gba", "bth"), latency_budget_ms=25)
    )
    verdicts = {r.region: r.verdict for r in evaluate(scenario, pack).site("guian").latency}
    assert verdicts == {"gba": LatencyVerdict.OK, "bth": LatencyVerdict.MARGINAL}  # bth: 20 ms, up to 30
    strict = base_scenario(firm=FirmProfile(origin="beijing", user_regions=("bth",), latency_budget_ms=15))
    assert evaluate(strict, pack).site("guian").latency[0].verdict is LatencyVerdict.TOO_SLOW
    assert evaluate(strict, pack).site("beijing").latency[0].verdict is LatencyVerdict.OK  # 1 to 3 ms
    no_data = base_scenario(
        firm=FirmProfile(origin="beijing", user_regions=("gba",)), sites=(SiteChoice("sichuan"),)
    )
    assert evaluate(no_data, pack).site("sichuan").latency[0].verdict is LatencyVerdict.UNKNOWN


def test_every_site_gets_a_table_and_a_case(pack):
    scenario = base_scenario(
        sites=(SiteChoice("beijing"), SiteChoice("guian"), SiteChoice("sichuan"), SiteChoice("shaoguan"))
    )
    result = evaluate(scenario, pack)
    assert [s.id for s in result.sites] == ["beijing", "guian", "sichuan", "shaoguan"]
    assert [c.site_id for c in result.cases] == ["guian", "sichuan", "shaoguan"]
    assert result.site("beijing").is_origin and result.site("guian").is_destination
    assert result.case("shaoguan").npv < result.case("guian").npv


def test_overrides_keep_provenance(pack):
    scenario = base_scenario().replace_quantity(
        "sites.guian.electricity_price", Quantity(0.38, 0.33, 0.42, source="client's 2025 bill")
    )
    result = evaluate(scenario, pack)
    item = next(i for i in result.inputs if i.path == "sites.guian.electricity_price")
    assert (item.value, item.low, item.high, item.overridden) == (0.38, 0.33, 0.42, True)
    assert item.provenance.source == "client's 2025 bill"
    untouched = next(i for i in result.inputs if i.path == "sites.beijing.electricity_price")
    assert not untouched.overridden and untouched.provenance.source == "test fixture"


def test_value_only_override_moves_the_pack_range_in_proportion(pack):
    inputs = evaluate(base_scenario().replace_value("sites.guian.pue", 1.4), pack).inputs
    item = next(i for i in inputs if i.path == "sites.guian.pue")
    # pack: 1.20 (1.15 .. 1.30); typed 1.40 -> the same relative range around 1.40
    assert (item.low, item.value, item.high) == pytest.approx((1.4 * 1.15 / 1.2, 1.4, 1.4 * 1.30 / 1.2))
    assert item.overridden and item.default.value == 1.2  # the pack's figure is kept beside it
    clipped = next(
        i
        for i in evaluate(base_scenario().replace_value("sites.guian.pue", 1.01), pack).inputs
        if i.path == "sites.guian.pue"
    )
    assert clipped.low == 1.0  # never below the field's minimum


def test_evaluation_is_immutable_and_json_ready(pack):
    result = evaluate(base_scenario(one_off=OneOffCosts(other=1e9)), pack)
    with pytest.raises(ValueError):
        result.primary.cash_flows[0] = 1.0
    data = result.to_dict()
    text = json.dumps(data, allow_nan=False)
    assert json.loads(text)["primary_case"] == "guian"
    assert data["cases"][0]["npv"] == pytest.approx(result.primary.npv)
    assert data["sites"][0]["table"]["energy"][1] == pytest.approx(74_022_000)
