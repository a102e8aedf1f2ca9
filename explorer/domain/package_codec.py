"""An incentive package (issue 17) <-> a JSON-ready dict, pure and strict.

One home for the package's JSON: a scenario file (``"package"``, docs/scenario-format.md)
and a project file (each scenario's ``"package"``, via ``explorer.project.package_codec``)
both read and write it here:

    {"items": [{"kind": "settlement_grant", "value": 1000000, "years": 3,
                "cap_per_year": null, "cap_total": null}, ...],
     "public_discount_rate": 0.06,          (null: the data pack's)
     "assumptions": {"local_hire_share": 0.6},
     "target": {"kind": "npv", "value": 0}}

Unknown fields, wrong types, unknown kinds and out-of-range numbers are refused with
``InvalidInput`` naming the place (``package.items[1].value``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.domain.package import Package, PackageItem, Target, TargetKind
from explorer.domain.package_data import ItemKind, RegionAssumption

PACKAGE_KEYS = ("items", "public_discount_rate", "assumptions", "target")
ITEM_KEYS = ("kind", "value", "years", "cap_per_year", "cap_total")
TARGET_KEYS = ("kind", "value")

# The words are the project format's (context "Project"): one translation for both files.
NOT_ALLOWED = QT_TRANSLATE_NOOP("Project", "is not a known field (known: {known})")
ONE_OF = QT_TRANSLATE_NOOP("Project", "must be one of: {choices}")
BAD_NUMBER = QT_TRANSLATE_NOOP("Project", "must be a number, got {value!r}")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Project", "must be between {low:g} and {high:g}, got {value:g}")
BAD_PACKAGE = QT_TRANSLATE_NOOP("Project", "is not a valid package: {reason}")

T = TypeVar("T")


def package_to_dict(package: Package) -> dict[str, Any]:
    return {
        "items": [
            {
                "kind": item.kind.value,
                "value": item.value,
                "years": item.years,
                "cap_per_year": item.cap_per_year,
                "cap_total": item.cap_total,
            }
            for item in package.items
        ],
        "public_discount_rate": package.public_discount_rate,
        "assumptions": dict(sorted(package.assumptions.items())),
        "target": {"kind": package.target.kind.value, "value": package.target.value},
    }


def package_from_dict(where: str, raw: Any) -> Package:
    """A Package from its JSON-ready form; InvalidInput naming ``where.…`` on anything wrong."""
    _object(where, raw, PACKAGE_KEYS)
    items_raw = raw.get("items", [])
    if not isinstance(items_raw, list) or len(items_raw) > len(ItemKind):
        raise InvalidInput(
            f"{where}.items", QT_TRANSLATE_NOOP("Project", "must be a list of at most 7 items")
        )
    items = tuple(_item(f"{where}.items[{i}]", value) for i, value in enumerate(items_raw))
    rate = raw.get("public_discount_rate")
    if rate is not None:
        rate = _number(f"{where}.public_discount_rate", rate, 0.0, 1.0)
    assumptions_raw = raw.get("assumptions", {})
    _object(f"{where}.assumptions", assumptions_raw, tuple(a.value for a in RegionAssumption))
    assumptions = {
        key: _number(f"{where}.assumptions.{key}", value, 0.0, 1.0) for key, value in assumptions_raw.items()
    }
    target = Target()
    if "target" in raw:
        target_raw = raw["target"]
        _object(f"{where}.target", target_raw, TARGET_KEYS)
        kind = _choice(
            f"{where}.target.kind", target_raw.get("kind", "npv"), tuple(k.value for k in TargetKind)
        )
        value = _number(f"{where}.target.value", target_raw.get("value", 0.0), -1e15, 1e15)
        target = _build(f"{where}.target", lambda: Target(TargetKind(kind), value))
    return _build(where, lambda: Package(items, rate, assumptions, target))


def _item(where: str, raw: Any) -> PackageItem:
    _object(where, raw, ITEM_KEYS)
    if "kind" not in raw or "value" not in raw:
        raise InvalidInput(where, QT_TRANSLATE_NOOP("Project", "an item needs a kind and a value"))
    kind = _choice(f"{where}.kind", raw["kind"], tuple(k.value for k in ItemKind))
    value = _number(f"{where}.value", raw["value"], 0.0, 1e13)
    years = raw.get("years", 3)
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 20:
        raise InvalidInput(
            f"{where}.years", QT_TRANSLATE_NOOP("Project", "must be a whole number from 1 to 20")
        )
    caps: dict[str, float | None] = {}
    for name in ("cap_per_year", "cap_total"):
        given = raw.get(name)
        caps[name] = None if given is None else _number(f"{where}.{name}", given, 0.0, 1e13)
    return _build(
        where,
        lambda: PackageItem(
            ItemKind(kind), value, years, cap_per_year=caps["cap_per_year"], cap_total=caps["cap_total"]
        ),
    )


def _object(where: str, raw: Any, keys: tuple[str, ...]) -> None:
    if not isinstance(raw, dict):
        raise InvalidInput(where, QT_TRANSLATE_NOOP("Project", "must be a JSON object"))
    for key in raw:
        if key not in keys:
            raise InvalidInput(f"{where}.{key}", NOT_ALLOWED, known=", ".join(keys))


def _choice(where: str, value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InvalidInput(where, ONE_OF, choices=", ".join(choices))
    return value


def _number(where: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(where, BAD_NUMBER, value=value)
    if not low <= value <= high:
        raise InvalidInput(where, OUT_OF_RANGE, low=low, high=high, value=float(value))
    return float(value)


def _build(where: str, make: Callable[[], T]) -> T:
    try:
        return make()
    except ValueError as error:
        raise InvalidInput(where, BAD_PACKAGE, reason=str(error)) from None
