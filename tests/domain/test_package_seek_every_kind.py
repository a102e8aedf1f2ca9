"""Goal seek on every kind of item (issue 17): each answer makes its target hold, to within rounding.

test_package.py seeks the grant, power price, rent and talent items; here the three whose basis
only some cases have (compute-service spend, a loan, fixed-asset investment), on cases that have
it, and the payback and "beat the best hub by X" targets on items other than the grant.
"""

from __future__ import annotations

import dataclasses

import pytest

from explorer.domain.package import ItemKind, Package, SeekStatus, Target, TargetKind, assess, seek
from explorer.domain.scenario import Mode
from explorer.personas import load_personas


def _persona(name: str):
    return next(p.scenario for p in load_personas() if p.id == name)


def _case(kind: ItemKind):
    if kind is ItemKind.COMPUTE_VOUCHER:  # a voucher pays a share of compute bought as a service
        scenario = _persona("shenzhen_ai_startup")
        return dataclasses.replace(
            scenario, workload=dataclasses.replace(scenario.workload, mode=Mode.COMPUTE_SERVICE)
        )
    return _persona("beijing_cloud_self_build")  # a self-build: a loan and fixed-asset investment


@pytest.mark.parametrize(
    "kind", [ItemKind.COMPUTE_VOUCHER, ItemKind.INTEREST_SUBSIDY, ItemKind.CAPEX_SUBSIDY]
)
def test_goal_seek_on_npv_for_the_items_with_a_basis(shipped_pack, kind):
    scenario = _case(kind)
    before = assess(scenario, shipped_pack, Package()).firm.npv_with
    target = Target(TargetKind.NPV, before + 100_000)
    answer = seek(scenario, shipped_pack, Package(), kind, target)
    assert answer.status is SeekStatus.FOUND
    assert answer.item is not None and answer.item.kind is kind and answer.item.value > 0
    again = assess(scenario, shipped_pack, Package(items=(answer.item,)))  # the answer, assessed afresh
    assert again.meets(target)
    assert again.firm.npv_with == pytest.approx(target.value, abs=1.0)
    assert again.region.fiscal_cost_pv > 0


@pytest.mark.parametrize("kind", [ItemKind.ELECTRICITY_PRICE, ItemKind.RENT_SUBSIDY])
def test_goal_seek_to_beat_the_best_hub_by_a_margin(shipped_pack, kind):
    scenario = _persona("chengdu_render_farm")
    before = assess(scenario, shipped_pack, Package()).best_hub
    assert before is not None
    target = Target(TargetKind.BEAT_BEST_HUB, before.margin + 500_000)
    answer = seek(scenario, shipped_pack, Package(), kind, target)
    assert answer.status is SeekStatus.FOUND
    again = assess(scenario, shipped_pack, Package(items=(answer.item,)))
    assert again.meets(target)
    assert again.best_hub.margin == pytest.approx(target.value, abs=1.0)


def test_goal_seek_on_payback_with_the_power_price(shipped_pack):
    scenario = _persona("beijing_cloud_self_build")  # the demo firm with a payback of years
    months = assess(scenario, shipped_pack, Package()).firm.payback_with.months
    assert months is not None and months > 2
    target = Target(TargetKind.PAYBACK, months - 1)
    answer = seek(scenario, shipped_pack, Package(), ItemKind.ELECTRICITY_PRICE, target)
    assert answer.status is SeekStatus.FOUND
    again = assess(scenario, shipped_pack, Package(items=(answer.item,)))
    assert again.meets(target)
    assert again.firm.payback_with.months == pytest.approx(target.value, abs=0.01)
