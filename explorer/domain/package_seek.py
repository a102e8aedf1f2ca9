"""Goal seek on one package item, the cheapest mix that meets a target, and the frontier. No Qt.

Each answer is a series of assessments (package_assessment.py) of trial packages.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import Evaluation
from explorer.domain.pack import DataPack
from explorer.domain.package_assessment import Assessment, assess
from explorer.domain.package_ceilings import (
    CeilingFlag,
    ceilings_for,
    check_ceilings,
    default_item,
    destination_price,
    within_ceilings,
)
from explorer.domain.package_data import CeilingLimit, ItemKind
from explorer.domain.package_engine import with_hubs
from explorer.domain.package_items import ITEM_ORDER, MAX_SEARCH, RATE_ITEMS, Package, PackageItem, Target
from explorer.domain.scenario import Scenario


class SeekStatus(StrEnum):
    FOUND = "found"  # the smallest value that meets the target
    ALREADY = "already"  # the target holds with nothing from this item
    UNREACHABLE = "unreachable"  # not even the largest value searched meets it


@dataclass(frozen=True, slots=True)
class SeekResult:
    status: SeekStatus
    kind: ItemKind
    target: Target
    package: Package  # the package with the answer (or the largest value tried)
    assessment: Assessment
    over_ceiling: tuple[CeilingFlag, ...]

    @property
    def item(self) -> PackageItem | None:
        return self.package.item(self.kind)


def _value_at(kind: ItemKind, level: float, site_price: float) -> float:
    """Generosity ``level`` (0 = nothing) as the item's value; for power, a cut below the site's price."""
    return max(0.0, site_price - level) if kind is ItemKind.ELECTRICITY_PRICE else level


def _max_level(kind: ItemKind, site_price: float) -> float:
    if kind is ItemKind.ELECTRICITY_PRICE:
        return site_price
    if kind is ItemKind.INTEREST_SUBSIDY:
        return 1.0
    if kind in RATE_ITEMS:
        return 1.0
    return MAX_SEARCH


def seek(
    scenario: Scenario,
    pack: DataPack,
    package: Package,
    kind: ItemKind,
    target: Target,
    baseline: Evaluation | None = None,
    iterations: int = 60,
) -> SeekResult:
    """The smallest value of the ``kind`` item (others as in ``package``) that meets ``target``.

    The firm's figures only grow with an item's generosity, so the answer is bracketed
    (widening tenfold from a small start for yuan amounts) and bisected; the answer is the
    met end of the final bracket, so the target holds at it. Terms and caps of the item
    are kept (a new item starts from ``default_item``).
    """
    base_scenario = with_hubs(scenario, pack)
    if baseline is None:
        baseline = evaluate(base_scenario, pack)
    template = package.item(kind) or default_item(kind, scenario, pack)
    price = destination_price(scenario, pack)

    def at(level: float) -> tuple[Package, Assessment]:
        trial = package.with_item(template.with_value(_value_at(kind, level, price)))
        return trial, assess(base_scenario, pack, trial, baseline)

    zero_package, zero = at(0.0)
    if zero.meets(target):
        return SeekResult(SeekStatus.ALREADY, kind, target, zero_package, zero,
                          check_ceilings(zero_package, scenario, pack))  # fmt: skip
    top = _max_level(kind, price)
    high = top if top <= 1.0 or kind is ItemKind.ELECTRICITY_PRICE else 1_000.0
    high_package, high_result = at(high)
    while not high_result.meets(target) and high < top:
        high = min(top, high * 10)
        high_package, high_result = at(high)
    if not high_result.meets(target):
        return SeekResult(SeekStatus.UNREACHABLE, kind, target, high_package, high_result,
                          check_ceilings(high_package, scenario, pack))  # fmt: skip
    low = 0.0
    for _ in range(iterations):
        if high - low <= max(1e-9, 1e-10 * high):
            break
        middle = (low + high) / 2
        trial_package, trial = at(middle)
        if trial.meets(target):
            high, high_package, high_result = middle, trial_package, trial
        else:
            low = middle
    return SeekResult(SeekStatus.FOUND, kind, target, high_package, high_result,
                      check_ceilings(high_package, scenario, pack))  # fmt: skip


# --------------------------------------------------------------------------- cheapest mix and frontier


@dataclass(frozen=True, slots=True)
class ItemEfficiency:
    kind: ItemKind
    at_ceiling: PackageItem  # the item at its ceiling (the candidate's largest value)
    gain: float  # the firm's NPV gain with it alone
    cost: float  # its fiscal cost alone (present value at the public rate)

    @property
    def per_yuan(self) -> float:
        """Firm gain per yuan of fiscal cost; 0 when it gives the firm nothing."""
        if self.gain <= 0:
            return 0.0
        return self.gain / self.cost if self.cost > 1e-9 else math.inf


@dataclass(frozen=True, slots=True)
class MixResult:
    met: bool
    target: Target
    package: Package  # the cheapest mix found (items in fill order) or all at their ceilings
    assessment: Assessment
    order: tuple[ItemEfficiency, ...]  # the candidates, best firm gain per yuan first


def candidates(scenario: Scenario, pack: DataPack, package: Package) -> tuple[PackageItem, ...]:
    """The items a mix is made of: the package's own, or, for an empty package, every kind."""
    if not package.empty:
        return package.items
    return tuple(default_item(kind, scenario, pack) for kind in ITEM_ORDER)


def efficiencies(
    scenario: Scenario, pack: DataPack, package: Package, baseline: Evaluation | None = None
) -> tuple[ItemEfficiency, ...]:
    """Each candidate at its ceiling, alone: firm gain per yuan of fiscal cost, best first."""
    base_scenario = with_hubs(scenario, pack)
    baseline = baseline if baseline is not None else evaluate(base_scenario, pack)
    result = []
    empty = dataclasses.replace(package, items=())
    for item in candidates(scenario, pack, package):
        top = _at_ceiling(item, scenario, pack)
        alone = assess(base_scenario, pack, empty.with_item(top), baseline)
        result.append(ItemEfficiency(item.kind, top, alone.firm.gain, alone.region.fiscal_cost_pv))
    result.sort(key=lambda e: (-e.per_yuan, ITEM_ORDER.index(e.kind)))
    return tuple(result)


def _at_ceiling(item: PackageItem, scenario: Scenario, pack: DataPack) -> PackageItem:
    """The item as generous as its ceilings allow (its value where no ceiling bounds it)."""
    limits = ceilings_for(pack, item.kind)
    top = within_ceilings(item, scenario, pack)
    if item.kind is ItemKind.ELECTRICITY_PRICE and CeilingLimit.MAX_BILL_CUT in limits:
        top = top.with_value(
            destination_price(scenario, pack) * (1 - limits[CeilingLimit.MAX_BILL_CUT].value)
        )
    elif CeilingLimit.MAX_RATE in limits and item.kind in RATE_ITEMS:
        top = top.with_value(limits[CeilingLimit.MAX_RATE].value)
    elif CeilingLimit.MAX_AMOUNT in limits and item.kind in (
        ItemKind.SETTLEMENT_GRANT,
        ItemKind.TALENT_SUBSIDY,
    ):
        top = top.with_value(limits[CeilingLimit.MAX_AMOUNT].value)
    if CeilingLimit.MAX_YEARS in limits and not item.one_off:
        top = dataclasses.replace(top, years=int(limits[CeilingLimit.MAX_YEARS].value))
    return top


def cheapest_mix(
    scenario: Scenario, pack: DataPack, package: Package, target: Target, baseline: Evaluation | None = None
) -> MixResult:
    """Fill the candidates in order of firm gain per yuan of fiscal cost, each up to its ceiling,
    until the target holds; the last item filled is sought down to the smallest value that meets it."""
    base_scenario = with_hubs(scenario, pack)
    baseline = baseline if baseline is not None else evaluate(base_scenario, pack)
    order = efficiencies(scenario, pack, package, baseline)
    mix = dataclasses.replace(package, items=())
    current = assess(base_scenario, pack, mix, baseline)
    if current.meets(target):
        return MixResult(True, target, mix, current, order)
    for efficiency in order:
        if efficiency.per_yuan <= 0:
            continue
        trial = mix.with_item(efficiency.at_ceiling)
        result = assess(base_scenario, pack, trial, baseline)
        if result.meets(target):
            # the smallest value of this last item, within its ceiling, the earlier ones at theirs
            found = seek(
                scenario, pack, mix.with_item(efficiency.at_ceiling), efficiency.kind, target, baseline
            )
            if found.status is not SeekStatus.UNREACHABLE:
                return MixResult(True, target, found.package, found.assessment, order)
            return MixResult(True, target, trial, result, order)
        mix, current = trial, result
    return MixResult(False, target, mix, current, order)


@dataclass(frozen=True, slots=True)
class FrontierPoint:
    fiscal_cost: float  # present value at the public rate
    firm_npv: float
    label: str = ""  # the item being filled (ItemKind value), "" for the start


@dataclass(frozen=True, slots=True)
class Frontier:
    """The cheapest way to give the firm more: items filled best-first, each from 0 to its ceiling."""

    path: tuple[FrontierPoint, ...]
    current: FrontierPoint  # the package as it stands
    without: FrontierPoint  # no package

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        return (np.array([p.fiscal_cost for p in self.path]), np.array([p.firm_npv for p in self.path]))


def frontier(
    scenario: Scenario,
    pack: DataPack,
    package: Package,
    steps: int = 4,
    baseline: Evaluation | None = None,
    current: Assessment | None = None,
    progress: Callable[[], None] | None = None,
) -> Frontier:
    base_scenario = with_hubs(scenario, pack)
    baseline = baseline if baseline is not None else evaluate(base_scenario, pack)
    current = current if current is not None else assess(base_scenario, pack, package, baseline)
    start = FrontierPoint(0.0, baseline.primary.npv)
    path = [start]
    mix = dataclasses.replace(package, items=())
    price = destination_price(scenario, pack)
    for efficiency in efficiencies(scenario, pack, package, baseline):
        if efficiency.per_yuan <= 0:
            continue
        top = efficiency.at_ceiling
        zero_level = 0.0
        top_level = price - top.value if top.kind is ItemKind.ELECTRICITY_PRICE else top.value
        for step in range(1, steps + 1):
            level = zero_level + (top_level - zero_level) * step / steps
            trial = mix.with_item(top.with_value(_value_at(top.kind, level, price)))
            result = assess(base_scenario, pack, trial, baseline)
            path.append(FrontierPoint(result.region.fiscal_cost_pv, result.firm.npv_with, top.kind.value))
            if progress is not None:
                progress()
        mix = mix.with_item(top)
    return Frontier(
        tuple(path),
        FrontierPoint(current.region.fiscal_cost_pv, current.firm.npv_with, "current"),
        start,
    )
