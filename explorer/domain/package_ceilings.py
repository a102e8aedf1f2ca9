"""The pack's ceilings on package items: which figure a ceiling bounds, the flags, the clamp. No Qt.

Also ``default_item``: a new item's modest starting value, half its ceiling.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from explorer.domain.fields import unit_words
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from explorer.domain.pack import DataPack
from explorer.domain.package_data import Ceiling, CeilingLimit, ItemKind
from explorer.domain.package_items import ITEM_WORDS, Package, PackageItem
from explorer.domain.parameters import SiteParam
from explorer.domain.scenario import Scenario


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


def destination_price(scenario: Scenario, pack: DataPack) -> float:
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
    price = destination_price(scenario, pack)
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
    changes: dict[str, Any] = {}  # PackageItem fields by name
    if item.kind is ItemKind.ELECTRICITY_PRICE:
        if CeilingLimit.MAX_BILL_CUT in limits:
            floor = destination_price(scenario, pack) * (1 - limits[CeilingLimit.MAX_BILL_CUT].value)
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


def default_item(kind: ItemKind, scenario: Scenario, pack: DataPack) -> PackageItem:
    """A modest starting point for a new item: half its ceiling (or a round figure), 3 years."""
    ceilings = ceilings_for(pack, kind)
    if kind is ItemKind.ELECTRICITY_PRICE:
        price = destination_price(scenario, pack)
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
