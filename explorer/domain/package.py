"""The incentive package designer (issue 17): both sides of a negotiated deal, against the alternatives.

Pure Python, no Qt, no I/O. A *package* is a few negotiated measures on top of the
standard policies of a scenario. Each becomes a benefit rule at the scenario's
destination and runs through the engine like any policy (caps, terms, stacking
with the standard power-price policies), so the firm's figures are the engine's.

* **The firm**: NPV, payback and IRR of the move without and with the package.
* **The region**: the package's fiscal cost by year, the increase of the incentives
  paid at the destination that the package causes (so a negotiated power price that
  replaces a standard one costs only the difference), discounted at a public rate; what
  the move brings (power sold, local wages and jobs, local corporate tax, investment
  spent locally) from the pack's editable assumptions; the ratio of the firm's gain to
  the fiscal cost; the year the region's discounted return first covers the cost.
* **The alternatives**: the same case in every comparator hub of the pack, the winner,
  the margin and the cost lines that decide it.
* **Goal seek** on one item for a target, the **cheapest mix** and the **frontier**.

Choices the issue leaves open are written down in docs/cost-model-notes.md ("Incentive packages").
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import COLUMN_WORDS, COST_LINES, Evaluation
from explorer.domain.fields import unit_words
from explorer.domain.finance import Irr, Payback, PaybackStatus, discount_factors
from explorer.domain.incentives import STANDARD_CIT_RATE
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from explorer.domain.model import guaranteed_price
from explorer.domain.pack import DataPack
from explorer.domain.package_data import (
    Ceiling,
    CeilingLimit,
    ItemKind,
    RegionAssumption,
    fallback_assumption,
)
from explorer.domain.parameters import Confidence, Parameter, SiteParam, SiteRole
from explorer.domain.policies import BenefitKind, BenefitRule, Policy, PolicyCategory, PolicyLevel
from explorer.domain.scenario import MODE_WORDS, Mode, PolicyChoice, Scenario, SiteChoice

PACKAGE_POLICY_PREFIX = "package_"
ITEM_ORDER = tuple(ItemKind)

ITEM_WORDS: dict[ItemKind, Template] = {
    ItemKind.ELECTRICITY_PRICE: QT_TRANSLATE_NOOP("Package", "Lower electricity price"),
    ItemKind.RENT_SUBSIDY: QT_TRANSLATE_NOOP("Package", "Rent subsidy"),
    ItemKind.COMPUTE_VOUCHER: QT_TRANSLATE_NOOP("Package", "Compute-voucher subsidy"),
    ItemKind.SETTLEMENT_GRANT: QT_TRANSLATE_NOOP("Package", "Settlement grant"),
    ItemKind.TALENT_SUBSIDY: QT_TRANSLATE_NOOP("Package", "Talent subsidy"),
    ItemKind.INTEREST_SUBSIDY: QT_TRANSLATE_NOOP("Package", "Interest subsidy"),
    ItemKind.CAPEX_SUBSIDY: QT_TRANSLATE_NOOP("Package", "Capex subsidy"),
}
# What an item's ``value`` is, and its unit.
VALUE_WORDS: dict[ItemKind, tuple[Template, str]] = {
    ItemKind.ELECTRICITY_PRICE: (QT_TRANSLATE_NOOP("Package", "price guaranteed"), "yuan/kWh"),
    ItemKind.RENT_SUBSIDY: (QT_TRANSLATE_NOOP("Package", "share of the rack rent"), "fraction"),
    ItemKind.COMPUTE_VOUCHER: (QT_TRANSLATE_NOOP("Package", "share of compute-service spend"), "fraction"),
    ItemKind.SETTLEMENT_GRANT: (QT_TRANSLATE_NOOP("Package", "amount at the move"), "yuan"),
    ItemKind.TALENT_SUBSIDY: (QT_TRANSLATE_NOOP("Package", "per staff member a year"), "yuan/person/yr"),
    ItemKind.INTEREST_SUBSIDY: (QT_TRANSLATE_NOOP("Package", "rate points on the loan"), "fraction/yr"),
    ItemKind.CAPEX_SUBSIDY: (QT_TRANSLATE_NOOP("Package", "share of the fixed-asset investment"), "fraction"),
}
ONE_OFF_ITEMS = (ItemKind.SETTLEMENT_GRANT, ItemKind.CAPEX_SUBSIDY)
# Items whose value is a share (searched up to 1) and the largest value goal seek tries otherwise.
RATE_ITEMS = (
    ItemKind.RENT_SUBSIDY,
    ItemKind.COMPUTE_VOUCHER,
    ItemKind.CAPEX_SUBSIDY,
    ItemKind.INTEREST_SUBSIDY,
)
MAX_SEARCH = 1e13  # yuan: far above any real package; goal seek never searches beyond it


# --------------------------------------------------------------------------- the package


@dataclass(frozen=True, slots=True)
class PackageItem:
    """One negotiated measure. ``value``: see VALUE_WORDS (a price, a share, or yuan)."""

    kind: ItemKind
    value: float
    years: int = 3  # yearly measures: how many operating years from year 1 (ignored for one-off items)
    cap_per_year: float | None = None  # rent and voucher subsidies: yuan a year
    cap_total: float | None = None  # capex subsidy: yuan in all

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ItemKind(self.kind))
        for name in ("value", "cap_per_year", "cap_total"):
            number = getattr(self, name)
            if number is not None and (not math.isfinite(number) or number < 0):
                raise ValueError(f"package item {self.kind.value}: {name} must be a number >= 0")
            if number is not None:
                object.__setattr__(self, name, float(number))
        if self.kind in RATE_ITEMS and self.value > 1:
            raise ValueError(f"package item {self.kind.value}: value must be a share between 0 and 1")
        if not 1 <= int(self.years) <= 20 or int(self.years) != self.years:
            raise ValueError(f"package item {self.kind.value}: years must be a whole number from 1 to 20")
        object.__setattr__(self, "years", int(self.years))

    def with_value(self, value: float) -> PackageItem:
        return dataclasses.replace(self, value=float(value))

    @property
    def one_off(self) -> bool:
        return self.kind in ONE_OFF_ITEMS


class TargetKind(StrEnum):
    NPV = "npv"  # the firm's NPV at least ``value`` yuan
    PAYBACK = "payback"  # payback within ``value`` months
    BEAT_BEST_HUB = "beat_best_hub"  # Gui'an's NPV above the best comparator hub's by ``value`` yuan


TARGET_WORDS: dict[TargetKind, Template] = {
    TargetKind.NPV: QT_TRANSLATE_NOOP("Package", "the firm's NPV at least {value}"),
    TargetKind.PAYBACK: QT_TRANSLATE_NOOP("Package", "payback within {value} months"),
    TargetKind.BEAT_BEST_HUB: QT_TRANSLATE_NOOP("Package", "beats the best alternative hub by {value}"),
}


@dataclass(frozen=True, slots=True)
class Target:
    kind: TargetKind = TargetKind.NPV
    value: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", TargetKind(self.kind))
        if not math.isfinite(self.value) or (self.kind is TargetKind.PAYBACK and self.value < 0):
            raise ValueError("target: value must be a finite number (months >= 0 for payback)")
        object.__setattr__(self, "value", float(self.value))


@dataclass(frozen=True, slots=True)
class Package:
    """The negotiated items (at most one of each kind), the public rate and edited assumptions.

    ``assumptions`` overrides the pack's region assumptions by id; ``public_discount_rate``
    is one of them, kept apart because the user sets it on its own.
    """

    items: tuple[PackageItem, ...] = ()
    public_discount_rate: float | None = None  # None: the pack's
    assumptions: Mapping[str, float] = field(default_factory=dict)
    target: Target = field(default_factory=Target)

    def __post_init__(self) -> None:
        items = tuple(self.items)
        kinds = [item.kind for item in items]
        if len(set(kinds)) != len(kinds):
            raise ValueError("a package holds at most one item of each kind")
        object.__setattr__(self, "items", tuple(sorted(items, key=lambda i: ITEM_ORDER.index(i.kind))))
        rate = self.public_discount_rate
        if rate is not None and not 0.0 <= rate <= 1.0:
            raise ValueError("public_discount_rate must be between 0 and 1")
        if rate is not None:
            object.__setattr__(self, "public_discount_rate", float(rate))
        assumptions = {key: float(value) for key, value in self.assumptions.items()}
        for key, value in assumptions.items():
            RegionAssumption(key)  # refuses an unknown id
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"assumption {key} must be between 0 and 1")
        object.__setattr__(self, "assumptions", assumptions)

    @property
    def empty(self) -> bool:
        return not self.items

    def item(self, kind: ItemKind) -> PackageItem | None:
        return next((i for i in self.items if i.kind is kind), None)

    def with_item(self, item: PackageItem) -> Package:
        others = tuple(i for i in self.items if i.kind is not item.kind)
        return dataclasses.replace(self, items=(*others, item))

    def without(self, kind: ItemKind) -> Package:
        return dataclasses.replace(self, items=tuple(i for i in self.items if i.kind is not kind))


def default_item(kind: ItemKind, scenario: Scenario, pack: DataPack) -> PackageItem:
    """A modest starting point for a new item: half its ceiling (or a round figure), 3 years."""
    ceilings = ceilings_for(pack, kind)
    if kind is ItemKind.ELECTRICITY_PRICE:
        price = _site_price(scenario, pack)
        return PackageItem(kind, round(max(0.0, price - 0.05), 4), years=3)
    if kind is ItemKind.SETTLEMENT_GRANT:
        limit = ceilings.get(CeilingLimit.MAX_AMOUNT)
        return PackageItem(kind, limit.value / 2 if limit else 1_000_000.0)
    if kind is ItemKind.TALENT_SUBSIDY:
        limit = ceilings.get(CeilingLimit.MAX_AMOUNT)
        return PackageItem(kind, limit.value / 2 if limit else 10_000.0, years=3)
    if kind is ItemKind.CAPEX_SUBSIDY:
        rate = ceilings.get(CeilingLimit.MAX_RATE)
        cap = ceilings.get(CeilingLimit.MAX_AMOUNT)
        return PackageItem(kind, rate.value / 2 if rate else 0.05, cap_total=cap.value if cap else None)
    rate = ceilings.get(CeilingLimit.MAX_RATE)
    cap = ceilings.get(CeilingLimit.MAX_CAP_PER_YEAR)
    value = rate.value / 2 if rate else (0.01 if kind is ItemKind.INTEREST_SUBSIDY else 0.1)
    return PackageItem(kind, value, years=3, cap_per_year=cap.value if cap else None)


# --------------------------------------------------------------------------- ceilings


@dataclass(frozen=True, slots=True)
class CeilingFlag:
    """An item above a limit the pack records for its kind."""

    item: ItemKind
    ceiling: Ceiling
    value: float  # the item's figure compared with the ceiling, in the ceiling's unit

    @property
    def message(self) -> Message:
        return Message(
            OVER_CEILING,
            item=Message(ITEM_WORDS[self.item]),
            limit=Message(LIMIT_WORDS[self.ceiling.limit]),
            value=_number(self.value),
            ceiling=_number(self.ceiling.value),
            unit=unit_words(self.ceiling.unit),  # in the reader's language (元, 年…)
            source=self.ceiling.policy_id or self.ceiling.provenance.source,
        )


def _number(value: float) -> str:
    """A ceiling's figure as plain text: whole yuan with separators, small figures to 4 digits."""
    if math.isinf(value):
        return "∞"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


OVER_CEILING = QT_TRANSLATE_NOOP(
    "Package", "{item}: {limit} {value} {unit} is above the ceiling of {ceiling} {unit} ({source})"
)
LIMIT_WORDS: dict[CeilingLimit, Template] = {
    CeilingLimit.MAX_BILL_CUT: QT_TRANSLATE_NOOP("Package", "cut in the power bill"),
    CeilingLimit.MAX_RATE: QT_TRANSLATE_NOOP("Package", "rate"),
    CeilingLimit.MAX_AMOUNT: QT_TRANSLATE_NOOP("Package", "amount"),
    CeilingLimit.MAX_CAP_PER_YEAR: QT_TRANSLATE_NOOP("Package", "yearly cap"),
    CeilingLimit.MAX_YEARS: QT_TRANSLATE_NOOP("Package", "term"),
}


def ceilings_for(pack: DataPack, kind: ItemKind) -> dict[CeilingLimit, Ceiling]:
    return {c.limit: c for c in pack.package_ceilings if c.item is kind}


def _site_price(scenario: Scenario, pack: DataPack) -> float:
    """The destination's electricity price in this scenario (its override, else the pack's)."""
    given = scenario.site(scenario.destination).params.get("electricity_price")
    if given is not None:
        return float(given.value)
    site = pack.sites.get(scenario.destination)
    return float(site.params[SiteParam.ELECTRICITY_PRICE].value) if site else 0.0


def item_figures(item: PackageItem, site_price: float) -> dict[CeilingLimit, float]:
    """The figures of an item that a ceiling can bound, in the ceilings' units."""
    figures: dict[CeilingLimit, float] = {}
    if item.kind is ItemKind.ELECTRICITY_PRICE:
        figures[CeilingLimit.MAX_BILL_CUT] = (
            max(0.0, 1.0 - item.value / site_price) if site_price > 0 else 0.0
        )
    elif item.kind in (ItemKind.SETTLEMENT_GRANT, ItemKind.TALENT_SUBSIDY):
        figures[CeilingLimit.MAX_AMOUNT] = item.value
    else:
        figures[CeilingLimit.MAX_RATE] = item.value
    if item.kind is ItemKind.CAPEX_SUBSIDY:
        figures[CeilingLimit.MAX_AMOUNT] = item.cap_total if item.cap_total is not None else math.inf
    if item.cap_per_year is not None or item.kind in (ItemKind.RENT_SUBSIDY, ItemKind.COMPUTE_VOUCHER):
        figures[CeilingLimit.MAX_CAP_PER_YEAR] = (
            item.cap_per_year if item.cap_per_year is not None else math.inf
        )
    if not item.one_off:
        figures[CeilingLimit.MAX_YEARS] = float(item.years)
    return figures


def check_ceilings(package: Package, scenario: Scenario, pack: DataPack) -> tuple[CeilingFlag, ...]:
    """Every item figure above its kind's ceiling in the pack (an uncapped item exceeds a cap ceiling)."""
    price = _site_price(scenario, pack)
    flags = []
    for item in package.items:
        limits = ceilings_for(pack, item.kind)
        for limit, figure in item_figures(item, price).items():
            ceiling = limits.get(limit)
            if ceiling is not None and figure > ceiling.value * (1 + 1e-9):
                flags.append(CeilingFlag(item.kind, ceiling, figure))
    return tuple(flags)


def within_ceilings(item: PackageItem, scenario: Scenario, pack: DataPack) -> PackageItem:
    """The item with every figure brought down to its ceiling (value, caps, term)."""
    limits = ceilings_for(pack, item.kind)
    changes: dict[str, float | int] = {}
    if item.kind is ItemKind.ELECTRICITY_PRICE:
        if CeilingLimit.MAX_BILL_CUT in limits:
            floor = _site_price(scenario, pack) * (1 - limits[CeilingLimit.MAX_BILL_CUT].value)
            changes["value"] = max(item.value, floor)
    elif item.kind in (ItemKind.SETTLEMENT_GRANT, ItemKind.TALENT_SUBSIDY):
        if CeilingLimit.MAX_AMOUNT in limits:
            changes["value"] = min(item.value, limits[CeilingLimit.MAX_AMOUNT].value)
    elif CeilingLimit.MAX_RATE in limits:
        changes["value"] = min(item.value, limits[CeilingLimit.MAX_RATE].value)
    if item.kind is ItemKind.CAPEX_SUBSIDY and CeilingLimit.MAX_AMOUNT in limits:
        cap = limits[CeilingLimit.MAX_AMOUNT].value
        changes["cap_total"] = cap if item.cap_total is None else min(item.cap_total, cap)
    if CeilingLimit.MAX_CAP_PER_YEAR in limits:
        cap = limits[CeilingLimit.MAX_CAP_PER_YEAR].value
        changes["cap_per_year"] = cap if item.cap_per_year is None else min(item.cap_per_year, cap)
    if CeilingLimit.MAX_YEARS in limits and not item.one_off:
        changes["years"] = max(1, min(item.years, int(limits[CeilingLimit.MAX_YEARS].value)))
    return dataclasses.replace(item, **changes)


# --------------------------------------------------------------------------- into the engine


def package_policy_id(kind: ItemKind) -> str:
    return PACKAGE_POLICY_PREFIX + kind.value


def is_package_policy(policy_id: str) -> bool:
    return policy_id.startswith(PACKAGE_POLICY_PREFIX)


def _power_price_group(scenario: Scenario, pack: DataPack) -> str:
    """The stacking group of the standard power-price rules at the destination (7.4: one price per kWh)."""
    for choice in scenario.policies:
        policy = pack.policies.get(choice.policy_id)
        for rule in policy.rules if policy else ():
            if rule.kind is BenefitKind.ELECTRICITY_PRICE and rule.stacking_group:
                return rule.stacking_group
    return "package_power_price"


def _rule(item: PackageItem, scenario: Scenario, pack: DataPack) -> BenefitRule:
    kind, pid = item.kind, package_policy_id(item.kind)
    common = {"id": pid, "policy_id": pid, "site": scenario.destination, "years": item.years}
    if kind is ItemKind.ELECTRICITY_PRICE:
        return BenefitRule(kind=BenefitKind.ELECTRICITY_PRICE, base="energy", amount=item.value,
                           stacking_group=_power_price_group(scenario, pack), **common)  # fmt: skip
    if kind is ItemKind.RENT_SUBSIDY:
        return BenefitRule(kind=BenefitKind.RENT_SUBSIDY, base="space", rate=item.value,
                           cap_per_year=item.cap_per_year, **common)  # fmt: skip
    if kind is ItemKind.COMPUTE_VOUCHER:
        return BenefitRule(kind=BenefitKind.COMPUTE_VOUCHER, base="compute_spend", rate=item.value,
                           cap_per_year=item.cap_per_year, **common)  # fmt: skip
    if kind is ItemKind.SETTLEMENT_GRANT:  # paid at the move (year 0)
        return BenefitRule(kind=BenefitKind.CASH_GRANT, base="fixed", amount=item.value, start_year=0,
                           **{**common, "years": None})  # fmt: skip
    if kind is ItemKind.TALENT_SUBSIDY:
        return BenefitRule(kind=BenefitKind.TALENT_SUBSIDY, base="staff", amount=item.value, **common)
    if kind is ItemKind.INTEREST_SUBSIDY:
        return BenefitRule(kind=BenefitKind.INTEREST_SUBSIDY, base="loan", rate=item.value, **common)
    # capex subsidy: a share of the fixed-asset investment, paid once at the end of year 1
    return BenefitRule(kind=BenefitKind.CAPEX_SUBSIDY, base="capex", rate=item.value,
                       cap_total=item.cap_total, start_year=1, **{**common, "years": None})  # fmt: skip


def _policy(item: PackageItem, scenario: Scenario, pack: DataPack) -> Policy:
    words = ITEM_WORDS[item.kind]
    return Policy(
        id=package_policy_id(item.kind),
        title_zh=words, title_en=words,  # the window and reports translate ITEM_WORDS themselves
        issuer_zh="", issuer_en="",
        level=PolicyLevel.DISTRICT, category=PolicyCategory.FINANCE,
        summary_zh="", summary_en="",
        confidence=Confidence.ESTIMATE, last_verified=pack.manifest.as_of,
        rules=(_rule(item, scenario, pack),),
    )  # fmt: skip


def comparator_hubs(pack: DataPack, scenario: Scenario) -> tuple[str, ...]:
    """The pack's comparator hubs, other than the scenario's origin and destination."""
    skip = {scenario.firm.origin, scenario.destination}
    return tuple(
        sid for sid, site in pack.sites.items() if site.role is SiteRole.COMPARATOR and sid not in skip
    )


def with_hubs(scenario: Scenario, pack: DataPack) -> Scenario:
    """The scenario with every comparator hub of the pack among its sites (their own policies apply)."""
    missing = [SiteChoice(sid) for sid in comparator_hubs(pack, scenario) if sid not in scenario.site_ids]
    return dataclasses.replace(scenario, sites=(*scenario.sites, *missing)) if missing else scenario


def apply_package(scenario: Scenario, pack: DataPack, package: Package) -> tuple[Scenario, DataPack]:
    """The scenario and pack with the package's items as policies at the destination."""
    if package.empty:
        return scenario, pack
    policies = {package_policy_id(i.kind): _policy(i, scenario, pack) for i in package.items}
    chosen = tuple(c for c in scenario.policies if not is_package_policy(c.policy_id))
    scenario = dataclasses.replace(scenario, policies=(*chosen, *(PolicyChoice(pid) for pid in policies)))
    return scenario, dataclasses.replace(pack, policies={**pack.policies, **policies})


def evaluate_with(scenario: Scenario, pack: DataPack, package: Package) -> Evaluation:
    return evaluate(*apply_package(scenario, pack, package))


# --------------------------------------------------------------------------- the assessment


REGION_LINES = ("electricity", "wages", "taxes", "investment")
REGION_LINE_WORDS: dict[str, Template] = {
    "electricity": QT_TRANSLATE_NOOP("Package", "Electricity sold"),
    "wages": QT_TRANSLATE_NOOP("Package", "Local wages"),
    "taxes": QT_TRANSLATE_NOOP("Package", "Local corporate income tax"),
    "investment": QT_TRANSLATE_NOOP("Package", "Investment spent locally"),
}
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
    region = _region_side(scenario, pack, package, base, full, firm)
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


def _input(evaluation: Evaluation, path: str) -> float:
    for item in evaluation.inputs:
        if item.path == path:
            return float(item.value)
    return 0.0


def _region_side(
    scenario: Scenario, pack: DataPack, package: Package, base: Evaluation, full: Evaluation, firm: FirmSide
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
        ratio=firm.gain / cost_pv if cost_pv > 1e-6 else None,
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


# --------------------------------------------------------------------------- goal seek


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
    price = _site_price(scenario, pack)

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
        top = top.with_value(_site_price(scenario, pack) * (1 - limits[CeilingLimit.MAX_BILL_CUT].value))
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
    price = _site_price(scenario, pack)
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
