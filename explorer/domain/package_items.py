"""The incentive package's items, target and the package itself (issue 17): plain data, no Qt.

A *package* is a few negotiated measures (``PackageItem``, at most one of each ``ItemKind``)
on top of the standard policies, the public discount rate, edited region assumptions and
the ``Target`` goal seek aims at. explorer.domain.package describes the whole designer.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from explorer.domain.messages import QT_TRANSLATE_NOOP, Template
from explorer.domain.package_data import ItemKind, RegionAssumption

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
