"""The region's fiscal side of a package: what it costs, what the move brings back, the break-even. No Qt.

The cost is the rise of the incentives and tax relief paid at the destination (so a negotiated
power price that replaces a standard one costs only the difference), discounted at a public
rate; the return is read from the evaluation with the pack's editable region assumptions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from explorer.domain.evaluation import Evaluation
from explorer.domain.finance import discount_factors
from explorer.domain.incentives import STANDARD_CIT_RATE
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from explorer.domain.model import guaranteed_price
from explorer.domain.pack import DataPack
from explorer.domain.package_data import ItemKind, RegionAssumption, fallback_assumption
from explorer.domain.package_engine import is_package_policy, package_policy_id
from explorer.domain.package_items import Package
from explorer.domain.parameters import Parameter
from explorer.domain.policies import BenefitKind
from explorer.domain.scenario import MODE_WORDS, Mode, Scenario

REGION_LINES = ("electricity", "wages", "taxes", "investment")
REGION_LINE_WORDS: dict[str, Template] = {
    "electricity": QT_TRANSLATE_NOOP("Package", "Electricity sold"),
    "wages": QT_TRANSLATE_NOOP("Package", "Local wages"),
    "taxes": QT_TRANSLATE_NOOP("Package", "Local corporate income tax"),
    "investment": QT_TRANSLATE_NOOP("Package", "Investment spent locally"),
}


@dataclass(frozen=True, slots=True)
class ItemCost:
    kind: ItemKind
    amounts: np.ndarray  # (H+1,) yuan the item pays each year
    present_value: float  # at the public rate
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class RegionSide:
    public_discount_rate: float
    fiscal_cost: np.ndarray  # (H+1,) yuan: the rise of the incentives paid at the destination
    fiscal_cost_pv: float
    items: tuple[ItemCost, ...]
    displaced: np.ndarray  # (H+1,) standard benefits the package replaces (<= 0), in fiscal_cost
    brings: Mapping[str, np.ndarray]  # REGION_LINES -> (H+1,) the gross figure, yuan
    returns: Mapping[str, np.ndarray]  # REGION_LINES -> (H+1,) what the region counts of it, yuan
    jobs: float  # local jobs at the new site
    return_total: np.ndarray  # (H+1,)
    return_pv: float
    cumulative_cost_pv: np.ndarray  # (H+1,) discounted at the public rate
    cumulative_return_pv: np.ndarray
    break_even_year: int | None  # first year the discounted return covers the cost; None: never
    assumptions: Mapping[RegionAssumption, Parameter]
    ratio: float | None  # the firm's gain / the fiscal cost (both present values); None: no cost


NOTHING_IN_MODE = QT_TRANSLATE_NOOP(
    "Package", "pays nothing in this mode ({mode}): there is no {line} to subsidise"
)
REPLACES_STANDARD = QT_TRANSLATE_NOOP(
    "Package",
    "replaces a standard power-price policy of the same group (one price per kWh): the region's cost "
    "is only the difference",
)
ADDS_NOTHING = QT_TRANSLATE_NOOP(
    "Package", "adds nothing: a standard policy already gives the firm as much in every year"
)
NO_BASIS = QT_TRANSLATE_NOOP("Package", "pays nothing: the firm profile gives no {basis}")
RACK_RENT = QT_TRANSLATE_NOOP("Package", "rack rent")
SERVICE_SPEND = QT_TRANSLATE_NOOP("Package", "compute-service spend")
LOAN = QT_TRANSLATE_NOOP("Package", "loan")
INVESTMENT = QT_TRANSLATE_NOOP("Package", "fixed-asset investment")


def assumptions_of(pack: DataPack, package: Package) -> dict[RegionAssumption, Parameter]:
    """The pack's region assumptions (or the documented defaults), with the package's edits."""
    result: dict[RegionAssumption, Parameter] = {}
    for key in RegionAssumption:
        parameter = pack.region_assumptions.get(key) or fallback_assumption(key)
        edited = package.assumptions.get(key.value)
        if key is RegionAssumption.PUBLIC_DISCOUNT_RATE and package.public_discount_rate is not None:
            edited = package.public_discount_rate
        if edited is not None and edited != parameter.value:
            parameter = dataclasses.replace(
                parameter, value=edited, low=min(parameter.low, edited), high=max(parameter.high, edited)
            )
        result[key] = parameter
    return result


def _input(evaluation: Evaluation, path: str) -> float:
    for item in evaluation.inputs:
        if item.path == path:
            return float(item.value)
    return 0.0


def region_side(
    scenario: Scenario, pack: DataPack, package: Package, base: Evaluation, full: Evaluation, firm_gain: float
) -> RegionSide:
    assumptions = assumptions_of(pack, package)
    share = {key: p.value for key, p in assumptions.items()}
    rate = share[RegionAssumption.PUBLIC_DISCOUNT_RATE]
    horizon = full.horizon
    factors = discount_factors(rate, horizon)
    site_before, site_after = base.site(base.destination), full.site(full.destination)
    # the package's cost: what the destination pays in incentives and tax relief beyond the standard policies
    fiscal = (site_after.table.incentives - site_before.table.incentives) + (
        site_after.table.tax - site_before.table.tax
    )
    fiscal = np.where(np.abs(fiscal) < 1e-6, 0.0, fiscal)
    items = _item_costs(scenario, pack, package, full, factors)
    paid = sum((i.amounts for i in items), np.zeros(horizon + 1))
    displaced = fiscal - paid
    displaced = np.where(np.abs(displaced) < 1e-6, 0.0, displaced)

    table = site_after.table
    operating = (np.arange(horizon + 1) >= 1).astype(float)
    hire = share[RegionAssumption.LOCAL_HIRE_SHARE]
    profit = _input(full, "firm.taxable_profit")
    cit_paid = np.maximum(profit * STANDARD_CIT_RATE - table.tax, 0.0) * operating
    invested = np.maximum(table.investment, 0.0)
    invested[0] = max(invested[0], _input(full, "firm.fixed_asset_investment"))
    local_invested = invested * share[RegionAssumption.INVESTMENT_LOCAL_SHARE]
    brings = {
        "electricity": np.asarray(table.energy, dtype=float),
        "wages": np.asarray(table.labour, dtype=float) * hire,
        "taxes": cit_paid,
        "investment": local_invested,
    }
    returns = {
        "electricity": brings["electricity"] * share[RegionAssumption.ELECTRICITY_RETURN_SHARE],
        "wages": brings["wages"] * share[RegionAssumption.WAGE_RETURN_SHARE],
        "taxes": brings["taxes"] * share[RegionAssumption.CIT_LOCAL_SHARE],
        "investment": local_invested * share[RegionAssumption.INVESTMENT_RETURN_SHARE],
    }
    total = sum(returns.values(), np.zeros(horizon + 1))
    cost_pv = float(fiscal @ factors)
    cumulative_cost = np.cumsum(fiscal * factors)
    cumulative_return = np.cumsum(total * factors)
    break_even = None
    if cost_pv > 0 or cumulative_cost.max() > 0:
        covered = np.flatnonzero((cumulative_return >= cumulative_cost - 1e-6) & (cumulative_cost > 0))
        break_even = int(covered[0]) if covered.size else None
    staff = _staff_at(full, full.destination)
    return RegionSide(
        public_discount_rate=rate,
        fiscal_cost=fiscal,
        fiscal_cost_pv=cost_pv,
        items=items,
        displaced=displaced,
        brings=brings,
        returns=returns,
        jobs=staff * hire,
        return_total=total,
        return_pv=float(total @ factors),
        cumulative_cost_pv=cumulative_cost,
        cumulative_return_pv=cumulative_return,
        break_even_year=break_even,
        assumptions=assumptions,
        ratio=firm_gain / cost_pv if cost_pv > 1e-6 else None,
    )


def _staff_at(evaluation: Evaluation, site_id: str) -> float:
    for path in (f"sites.{site_id}.staff", "workload.staff"):
        for item in evaluation.inputs:
            if item.path == path:
                return float(item.value)
    return 0.0


def _item_costs(
    scenario: Scenario, pack: DataPack, package: Package, full: Evaluation, factors: np.ndarray
) -> tuple[ItemCost, ...]:
    results = {p.policy_id: p for p in full.policies}
    costs = []
    for item in package.items:
        result = results.get(package_policy_id(item.kind))
        amounts = np.zeros(full.horizon + 1)
        stacked_out = False
        if result is not None:
            for rule in result.rules:
                if rule.site_id == full.destination:
                    amounts = amounts + rule.amounts
                    stacked_out = stacked_out or rule.stacked_out
        notes: list[Message] = []
        mode = Mode(full.mode)
        if item.kind is ItemKind.RENT_SUBSIDY and mode is not Mode.COLOCATION:
            notes.append(Message(NOTHING_IN_MODE, mode=Message(MODE_WORDS[mode]), line=Message(RACK_RENT)))
        elif item.kind is ItemKind.COMPUTE_VOUCHER and mode is not Mode.COMPUTE_SERVICE:
            notes.append(
                Message(NOTHING_IN_MODE, mode=Message(MODE_WORDS[mode]), line=Message(SERVICE_SPEND))
            )
        elif item.kind is ItemKind.INTEREST_SUBSIDY and _input(full, "firm.loan") <= 0:
            notes.append(Message(NO_BASIS, basis=Message(LOAN)))
        elif item.kind is ItemKind.CAPEX_SUBSIDY and _input(full, "firm.fixed_asset_investment") <= 0:
            notes.append(Message(NO_BASIS, basis=Message(INVESTMENT)))
        elif item.kind is ItemKind.ELECTRICITY_PRICE:
            if stacked_out or (item.value > 0 and not amounts.any()):
                notes.append(Message(ADDS_NOTHING))
            elif _replaces_standard(scenario, pack, full):
                notes.append(Message(REPLACES_STANDARD))
        costs.append(ItemCost(item.kind, amounts, float(amounts @ factors), tuple(notes)))
    return tuple(costs)


def _replaces_standard(scenario: Scenario, pack: DataPack, full: Evaluation) -> bool:
    """True when a standard power-price rule at the destination pays less than it would alone."""
    for policy in full.policies:
        if is_package_policy(policy.policy_id):
            continue
        standard = pack.policies.get(policy.policy_id)
        if standard is None:
            continue
        kinds = {r.id: r for r in standard.rules}
        for rule in policy.rules:
            spec = kinds.get(rule.rule_id)
            if (
                spec is not None
                and spec.kind is BenefitKind.ELECTRICITY_PRICE
                and rule.site_id == full.destination
            ):
                if (np.abs(rule.potential) > np.abs(rule.amounts) + 1e-6).any() and guaranteed_price(
                    spec
                ) is not None:
                    return True
                if rule.stacked_out and rule.potential.any():
                    return True
    return False
