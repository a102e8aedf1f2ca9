"""The incentive package designer (issue 17): both sides of a deal, by hand and on the shipped pack."""

from __future__ import annotations

import dataclasses
import math
import shutil

import numpy as np
import pytest

from explorer.domain.package import (
    ItemKind,
    Package,
    PackageItem,
    SeekStatus,
    Target,
    TargetKind,
    assess,
    cheapest_mix,
    check_ceilings,
    comparator_hubs,
    default_item,
    efficiencies,
    frontier,
    seek,
)
from explorer.domain.package_data import Ceiling, CeilingLimit, RegionAssumption
from explorer.domain.parameters import Confidence, Provenance
from explorer.domain.scenario import FirmProfile, Quantity, SiteChoice
from explorer.personas import load_personas
from tests.domain.conftest import base_scenario, make_pack

SOURCE = Provenance("test", "2025", Confidence.ESTIMATE, note="test")


def _pv(amounts: dict[int, float], rate: float) -> float:
    return sum(value / (1 + rate) ** year for year, value in amounts.items())


# ----------------------------------------------------------------------------- by hand


def test_fiscal_cost_and_firm_gain_by_hand():
    """10 MW at Gui'an: 1,000 racks at 5,000 yuan a month = 60 M yuan of rent a year; 10 staff.

    A grant of 1 M at the move, 20 % of the rent capped at 10 M a year for 3 years, and
    20,000 yuan a person for 2 years cost the region 1 M in year 0, 10.2 M in years 1-2 and
    10 M in year 3; the firm gains the same amounts at its own rate (8 %).
    """
    pack = make_pack()
    scenario = base_scenario()
    package = Package(
        items=(
            PackageItem(ItemKind.SETTLEMENT_GRANT, 1_000_000),
            PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3, cap_per_year=10_000_000),
            PackageItem(ItemKind.TALENT_SUBSIDY, 20_000, years=2),
        ),
        public_discount_rate=0.05,
    )
    result = assess(scenario, pack, package)
    by_year = {0: 1_000_000.0, 1: 10_200_000.0, 2: 10_200_000.0, 3: 10_000_000.0}
    expected = np.zeros(11)
    for year, value in by_year.items():
        expected[year] = value
    assert result.region.fiscal_cost == pytest.approx(expected, abs=1e-6)
    assert result.region.fiscal_cost_pv == pytest.approx(_pv(by_year, 0.05), abs=1e-4)
    assert result.firm.gain == pytest.approx(_pv(by_year, 0.08), abs=1e-4)
    assert result.region.ratio == pytest.approx(_pv(by_year, 0.08) / _pv(by_year, 0.05))
    items = {i.kind: i for i in result.region.items}
    assert items[ItemKind.RENT_SUBSIDY].amounts[1:4] == pytest.approx([10_000_000.0] * 3)
    assert items[ItemKind.TALENT_SUBSIDY].amounts[1:3] == pytest.approx([200_000.0] * 2)
    assert not result.region.displaced.any()
    # with the package, every year's cash flow is higher by exactly the package
    assert result.firm.cash_flows_with - result.firm.cash_flows_without == pytest.approx(expected)


def test_an_empty_package_costs_nothing_and_changes_nothing():
    result = assess(base_scenario(), make_pack(), Package())
    assert result.firm.gain == 0.0
    assert result.region.fiscal_cost_pv == 0.0
    assert result.region.ratio is None
    assert result.region.break_even_year is None


def test_region_returns_follow_the_assumptions():
    """Power sold 10 MW x 1.2 x 8,760 h x 0.35 = 36,792,000 yuan a year (check 1); 10 staff x 70 % local."""
    pack = make_pack()
    scenario = base_scenario()
    package = Package(
        items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 5_000_000),),
        public_discount_rate=0.0,
        assumptions={"electricity_return_share": 0.1, "wage_return_share": 0.0,
                     "local_hire_share": 0.7, "investment_return_share": 0.0},
    )  # fmt: skip
    region = assess(scenario, pack, package).region
    assert region.brings["electricity"][1] == pytest.approx(36_792_000.0)
    assert region.returns["electricity"][1] == pytest.approx(3_679_200.0)
    assert region.jobs == pytest.approx(7.0)
    # labour at Gui'an: 10 x 100,000 x 1.35 = 1.35 M, 70 % of it local
    assert region.brings["wages"][1] == pytest.approx(945_000.0)
    # cost 5 M at year 0; 3.68 M a year back: covered in year 2
    assert region.break_even_year == 2
    assert region.assumptions[RegionAssumption.PUBLIC_DISCOUNT_RATE].value == 0.0


# ----------------------------------------------------------------------------- ceilings


def _ceiling(item: ItemKind, limit: CeilingLimit, value: float, unit: str) -> Ceiling:
    return Ceiling(f"{item.value}_{limit.value}", item, limit, value, unit, "P1", SOURCE)


def test_items_above_their_ceilings_are_flagged():
    ceilings = (
        _ceiling(ItemKind.SETTLEMENT_GRANT, CeilingLimit.MAX_AMOUNT, 2_000_000, "yuan"),
        _ceiling(ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_RATE, 0.3, "fraction"),
        _ceiling(ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_YEARS, 3, "years"),
        _ceiling(ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_CAP_PER_YEAR, 5_000_000, "yuan/yr"),
        _ceiling(ItemKind.ELECTRICITY_PRICE, CeilingLimit.MAX_BILL_CUT, 0.5, "fraction"),
    )
    pack = dataclasses.replace(make_pack(), package_ceilings=ceilings)
    scenario = base_scenario()
    within = Package(items=(
        PackageItem(ItemKind.SETTLEMENT_GRANT, 2_000_000),
        PackageItem(ItemKind.RENT_SUBSIDY, 0.3, years=3, cap_per_year=5_000_000),
        PackageItem(ItemKind.ELECTRICITY_PRICE, 0.175, years=3),  # exactly half of 0.35
    ))  # fmt: skip
    assert check_ceilings(within, scenario, pack) == ()
    over = Package(items=(
        PackageItem(ItemKind.SETTLEMENT_GRANT, 2_500_000),
        PackageItem(ItemKind.RENT_SUBSIDY, 0.35, years=4),  # no cap: above the cap ceiling too
        PackageItem(ItemKind.ELECTRICITY_PRICE, 0.17, years=3),
    ))  # fmt: skip
    flags = {(f.item, f.ceiling.limit): f for f in check_ceilings(over, scenario, pack)}
    assert set(flags) == {
        (ItemKind.SETTLEMENT_GRANT, CeilingLimit.MAX_AMOUNT),
        (ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_RATE),
        (ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_YEARS),
        (ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_CAP_PER_YEAR),
        (ItemKind.ELECTRICITY_PRICE, CeilingLimit.MAX_BILL_CUT),
    }
    assert "2,500,000" in flags[(ItemKind.SETTLEMENT_GRANT, CeilingLimit.MAX_AMOUNT)].message
    assert "P1" in flags[(ItemKind.SETTLEMENT_GRANT, CeilingLimit.MAX_AMOUNT)].message
    assert assess(scenario, pack, over).flags  # the assessment carries them


def test_the_shipped_pack_records_ceilings_from_policies(shipped_pack):
    kinds = {c.item for c in shipped_pack.package_ceilings}
    assert kinds == set(ItemKind)
    for ceiling in shipped_pack.package_ceilings:
        assert ceiling.provenance.source and ceiling.provenance.as_of
        assert not ceiling.policy_id or ceiling.policy_id in shipped_pack.policies
        if ceiling.provenance.confidence is Confidence.ESTIMATE:
            assert ceiling.provenance.note
    assert set(shipped_pack.region_assumptions) == set(RegionAssumption)


def test_a_pack_without_the_package_tables_still_loads(tmp_path):
    from explorer.datapack.loader import load_pack
    from explorer.paths import shipped_data_dir

    folder = tmp_path / "pack"
    shutil.copytree(shipped_data_dir(), folder, ignore=shutil.ignore_patterns("personas"))
    (folder / "package_ceilings.csv").unlink()
    (folder / "region_assumptions.csv").unlink()
    pack = load_pack(folder)
    assert pack.package_ceilings == () and pack.region_assumptions == {}
    scenario = load_personas()[0].scenario
    result = assess(scenario, pack, Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 3e6),)))
    assert result.flags == ()  # no ceilings to break
    assert result.region.public_discount_rate == 0.08  # the documented default


# ----------------------------------------------------------------------------- alternatives


@pytest.mark.parametrize("hub", ["shaoguan", "horinger", "zhongwei", "qingyang"])
def test_the_hub_made_cheapest_wins(shipped_pack, hub):
    """A case built so that ``hub`` wins: its power at 0.10 yuan/kWh; energy decides it."""
    scenario = next(p.scenario for p in load_personas() if p.id == "shenzhen_ai_startup")
    sites = [s for s in scenario.sites if s.id != hub]
    sites.append(SiteChoice(hub, params={"electricity_price": Quantity(0.10)}))
    scenario = dataclasses.replace(scenario, sites=tuple(sites))
    result = assess(scenario, shipped_pack, Package())
    assert result.winner == hub
    best = result.best_hub
    assert best.site_id == hub and best.margin < 0
    assert best.lines[0].line == "energy" and best.lines[0].advantage < 0
    # the deciding lines add up to the margin
    assert sum(line.advantage for line in best.lines) == pytest.approx(best.margin, abs=1.0)


def test_guian_wins_with_a_package_when_a_hub_is_a_little_cheaper(shipped_pack):
    scenario = next(p.scenario for p in load_personas() if p.id == "shenzhen_ai_startup")
    sites = [s for s in scenario.sites if s.id != "zhongwei"]
    sites.append(SiteChoice("zhongwei", params={"electricity_price": Quantity(0.25)}))
    scenario = dataclasses.replace(scenario, sites=tuple(sites))
    before = assess(scenario, shipped_pack, Package())
    assert before.winner == "zhongwei"
    answer = seek(scenario, shipped_pack, Package(), ItemKind.SETTLEMENT_GRANT,
                  Target(TargetKind.BEAT_BEST_HUB, 0.0))  # fmt: skip
    assert answer.status is SeekStatus.FOUND
    assert answer.assessment.winner == "guian"
    assert answer.assessment.best_hub.margin == pytest.approx(0.0, abs=1.0)
    # a grant at the move adds to NPV yuan for yuan: the grant is the shortfall
    assert answer.item.value == pytest.approx(-before.best_hub.margin, abs=1.0)
    assert set(comparator_hubs(shipped_pack, scenario)) == {"shaoguan", "horinger", "zhongwei", "qingyang"}


# ----------------------------------------------------------------------------- goal seek


def _chengdu():
    return next(p.scenario for p in load_personas() if p.id == "chengdu_render_farm")


@pytest.mark.parametrize(
    "kind",
    [ItemKind.SETTLEMENT_GRANT, ItemKind.ELECTRICITY_PRICE, ItemKind.RENT_SUBSIDY, ItemKind.TALENT_SUBSIDY],
)
def test_goal_seek_on_npv_meets_the_target_to_within_rounding(shipped_pack, kind):
    scenario = _chengdu()
    before = assess(scenario, shipped_pack, Package()).firm.npv_with
    target = Target(TargetKind.NPV, before + 2_000_000)
    answer = seek(scenario, shipped_pack, Package(), kind, target)
    assert answer.status is SeekStatus.FOUND
    assert answer.assessment.firm.npv_with >= target.value
    assert answer.assessment.firm.npv_with == pytest.approx(target.value, abs=1.0)  # not more than needed
    assert answer.assessment.region.fiscal_cost_pv > 0
    if kind is ItemKind.SETTLEMENT_GRANT:
        assert answer.item.value == pytest.approx(2_000_000, abs=1.0)


def test_goal_seek_on_payback(shipped_pack):
    """On the demo firm with the longest payback: half of it, by a grant at the move."""
    paybacks = []
    for persona in load_personas():
        months = assess(persona.scenario, shipped_pack, Package()).firm.payback_with.months
        if months is not None and months > 6:
            paybacks.append((months, persona.id, persona.scenario))
    now, _name, scenario = max(paybacks, key=lambda item: item[0])
    target = Target(TargetKind.PAYBACK, math.floor(now / 2))
    answer = seek(scenario, shipped_pack, Package(), ItemKind.SETTLEMENT_GRANT, target)
    assert answer.status is SeekStatus.FOUND
    months = answer.assessment.firm.payback_with.months
    assert months <= target.value
    assert months == pytest.approx(target.value, abs=0.01)
    # a yuan less misses it
    smaller = Package(items=(answer.item.with_value(answer.item.value - 1.0),))
    assert not assess(scenario, shipped_pack, smaller).meets(target)


def test_goal_seek_says_when_the_target_already_holds_or_cannot(shipped_pack):
    scenario = _chengdu()
    assert seek(scenario, shipped_pack, Package(), ItemKind.SETTLEMENT_GRANT,
                Target(TargetKind.NPV, -1e9)).status is SeekStatus.ALREADY  # fmt: skip
    # a rent subsidy cannot exceed the rent: an NPV of 10 billion is out of reach
    answer = seek(scenario, shipped_pack, Package(), ItemKind.RENT_SUBSIDY, Target(TargetKind.NPV, 1e10))
    assert answer.status is SeekStatus.UNREACHABLE


def test_goal_seek_flags_an_answer_above_its_ceiling(shipped_pack):
    scenario = _chengdu()
    before = assess(scenario, shipped_pack, Package()).firm.npv_with
    answer = seek(scenario, shipped_pack, Package(), ItemKind.SETTLEMENT_GRANT,
                  Target(TargetKind.NPV, before + 3_000_000))  # fmt: skip
    assert [f.ceiling.limit for f in answer.over_ceiling] == [CeilingLimit.MAX_AMOUNT]  # 2 M in the pack


@pytest.mark.parametrize(
    "persona", ["shenzhen_ai_startup", "beijing_internet_inference", "chengdu_render_farm"]
)
def test_cheapest_mix_fills_the_best_value_items_first_and_meets_the_target(shipped_pack, persona):
    scenario = next(p.scenario for p in load_personas() if p.id == persona)
    candidates = Package(items=tuple(default_item(k, scenario, shipped_pack) for k in ItemKind))
    order = efficiencies(scenario, shipped_pack, candidates)
    ratios = [e.per_yuan for e in order]
    assert ratios == sorted(ratios, reverse=True)
    npv = assess(scenario, shipped_pack, Package()).firm.npv_with
    target = Target(TargetKind.NPV, npv + 1_500_000)
    mix = cheapest_mix(scenario, shipped_pack, candidates, target)
    assert mix.met
    assert mix.assessment.meets(target)
    assert mix.assessment.firm.npv_with == pytest.approx(target.value, abs=1.0)
    # every item but the last filled is at its ceiling; none above
    assert check_ceilings(mix.package, scenario, shipped_pack) == ()


def test_frontier_starts_at_no_package_and_rises(shipped_pack):
    scenario = _chengdu()
    package = Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 1e6),))
    result = frontier(scenario, shipped_pack, package)
    costs, npvs = result.arrays()
    assert costs[0] == 0.0 and npvs[0] == pytest.approx(result.without.firm_npv)
    assert (np.diff(costs) >= -1e-6).all() and (np.diff(npvs) >= -1e-6).all()
    assert result.current.fiscal_cost == pytest.approx(1e6)


def test_package_values_are_checked():
    with pytest.raises(ValueError):
        PackageItem(ItemKind.RENT_SUBSIDY, 1.5)
    with pytest.raises(ValueError):
        PackageItem(ItemKind.SETTLEMENT_GRANT, -1)
    with pytest.raises(ValueError):
        Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 1), PackageItem(ItemKind.SETTLEMENT_GRANT, 2)))
    with pytest.raises(ValueError):
        Package(assumptions={"nonsense": 0.1})
    assert FirmProfile  # imported for readers of this file: the firm profile holds loan and investment
