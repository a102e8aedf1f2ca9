"""A package assessed: the firm's side, the region's, the comparator hubs, the ceilings. No Qt.

``assess`` evaluates the case without and with the package (every comparator hub among its
sites) and puts both sides together; the region's side is package_region.py.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import COLUMN_WORDS, COST_LINES, Evaluation
from explorer.domain.finance import Irr, Payback, PaybackStatus, discount_factors
from explorer.domain.messages import QT_TRANSLATE_NOOP, Template
from explorer.domain.pack import DataPack
from explorer.domain.package_ceilings import CeilingFlag, check_ceilings
from explorer.domain.package_engine import comparator_hubs, evaluate_with, is_package_policy, with_hubs
from explorer.domain.package_items import Package, Target, TargetKind
from explorer.domain.package_region import RegionSide, region_side
from explorer.domain.scenario import Scenario

DECIDING_LINES = (*COST_LINES, "investment", "one_off", "incentives", "tax")
DECIDING_LINE_WORDS: dict[str, Template] = {
    **COLUMN_WORDS,
    "one_off": QT_TRANSLATE_NOOP("Package", "One-off costs"),
}


@dataclass(frozen=True, slots=True)
class FirmSide:
    npv_without: float
    npv_with: float
    payback_without: Payback
    payback_with: Payback
    irr_without: Irr
    irr_with: Irr
    cash_flows_without: np.ndarray
    cash_flows_with: np.ndarray

    @property
    def gain(self) -> float:
        """What the package adds to the firm's NPV (at the firm's discount rate)."""
        return self.npv_with - self.npv_without


@dataclass(frozen=True, slots=True)
class HubLine:
    line: str  # one of DECIDING_LINES
    advantage: float  # present value at the firm's rate; > 0 favours the destination


@dataclass(frozen=True, slots=True)
class HubComparison:
    site_id: str
    name_en: str
    name_zh: str
    npv: float  # the firm's NPV moving there (no package: the package is the destination's)
    margin: float  # destination's NPV with the package less this hub's; > 0: the destination wins
    margin_without: float
    lines: tuple[HubLine, ...]  # largest first: the lines that decide it


@dataclass(frozen=True, slots=True)
class Assessment:
    package: Package
    destination: str
    horizon: int
    firm: FirmSide
    region: RegionSide
    hubs: tuple[HubComparison, ...]
    flags: tuple[CeilingFlag, ...]
    evaluation: Evaluation  # with the package (and every comparator hub)
    baseline: Evaluation  # without it

    @property
    def best_hub(self) -> HubComparison | None:
        return max(self.hubs, key=lambda h: h.npv) if self.hubs else None

    @property
    def winner(self) -> str:
        """The site the firm does best in: the destination with the package, or a hub."""
        best = self.best_hub
        return self.destination if best is None or best.margin >= 0 else best.site_id

    def metric(self, target: Target) -> float | None:
        """What a target is about: NPV, payback months (None: not within H), margin over the best hub."""
        if target.kind is TargetKind.NPV:
            return self.firm.npv_with
        if target.kind is TargetKind.PAYBACK:
            return (
                self.firm.payback_with.months
                if self.firm.payback_with.status is not PaybackStatus.NOT_WITHIN
                else None
            )
        best = self.best_hub
        return best.margin if best is not None else math.inf

    def meets(self, target: Target) -> bool:
        return target_met(self.metric(target), target)


def target_met(metric: float | None, target: Target) -> bool:
    if metric is None:
        return False
    if target.kind is TargetKind.PAYBACK:
        return metric <= target.value
    return metric >= target.value


def assess(
    scenario: Scenario,
    pack: DataPack,
    package: Package,
    baseline: Evaluation | None = None,
) -> Assessment:
    """Both sides of ``package`` for ``scenario``, against every comparator hub of the pack.

    ``baseline``: the evaluation without the package (of ``with_hubs(scenario, pack)``), to save
    its computation when many packages are assessed for one scenario.
    """
    scenario = with_hubs(dataclasses.replace(scenario, policies=tuple(
        c for c in scenario.policies if not is_package_policy(c.policy_id))), pack)  # fmt: skip
    base = baseline if baseline is not None else evaluate(scenario, pack)
    full = evaluate_with(scenario, pack, package) if not package.empty else base
    destination = scenario.destination
    firm = _firm_side(base, full)
    region = region_side(scenario, pack, package, base, full, firm.gain)
    hubs = _hubs(pack, scenario, base, full)
    return Assessment(
        package=package,
        destination=destination,
        horizon=full.horizon,
        firm=firm,
        region=region,
        hubs=hubs,
        flags=check_ceilings(package, scenario, pack),
        evaluation=full,
        baseline=base,
    )


def _firm_side(base: Evaluation, full: Evaluation) -> FirmSide:
    before, after = base.primary, full.primary
    return FirmSide(
        npv_without=before.npv, npv_with=after.npv,
        payback_without=before.payback, payback_with=after.payback,
        irr_without=before.irr, irr_with=after.irr,
        cash_flows_without=before.cash_flows, cash_flows_with=after.cash_flows,
    )  # fmt: skip


def _line(evaluation: Evaluation, site_id: str, line: str) -> np.ndarray:
    if line == "one_off":
        values = np.zeros(evaluation.horizon + 1)
        values[0] = evaluation.case(site_id).one_off
        return values
    return np.asarray(getattr(evaluation.site(site_id).table, line), dtype=float)


def _hubs(
    pack: DataPack, scenario: Scenario, base: Evaluation, full: Evaluation
) -> tuple[HubComparison, ...]:
    destination = scenario.destination
    factors = discount_factors(full.discount_rate, full.horizon)
    ours, ours_before = full.primary.npv, base.primary.npv
    results = []
    for site_id in comparator_hubs(pack, scenario):
        hub_npv = full.case(site_id).npv
        lines = []
        for line in DECIDING_LINES:
            hub, dest = _line(full, site_id, line), _line(full, destination, line)
            benefit = line in ("incentives", "tax")
            difference = (dest - hub) if benefit else (hub - dest)
            advantage = float(difference @ factors)
            if abs(advantage) >= 0.5:
                lines.append(HubLine(line, advantage))
        lines.sort(key=lambda h: -abs(h.advantage))
        site = full.site(site_id)
        results.append(
            HubComparison(site_id, site.name_en, site.name_zh, hub_npv, ours - hub_npv,
                          ours_before - base.case(site_id).npv, tuple(lines))
        )  # fmt: skip
    return tuple(results)
