"""The package designer's two optional tables (issue 17): ceilings and region assumptions.

Rows are typed and checked by the schema like every table (explorer.datapack.schema);
here the cross-row rules, then the domain records. A pack without these tables
loads: the designer then flags nothing and takes its documented defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.domain.package_data import Ceiling, CeilingLimit, ItemKind, RegionAssumption
from explorer.domain.parameters import Parameter

if TYPE_CHECKING:
    from explorer.datapack.build import PackBuilder

# Which limits make sense for which measure, and the unit each must be stated in.
CEILING_UNITS: dict[tuple[ItemKind, CeilingLimit], str] = {
    (ItemKind.ELECTRICITY_PRICE, CeilingLimit.MAX_BILL_CUT): "fraction",
    (ItemKind.ELECTRICITY_PRICE, CeilingLimit.MAX_YEARS): "years",
    (ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_RATE): "fraction",
    (ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_CAP_PER_YEAR): "yuan/yr",
    (ItemKind.RENT_SUBSIDY, CeilingLimit.MAX_YEARS): "years",
    (ItemKind.COMPUTE_VOUCHER, CeilingLimit.MAX_RATE): "fraction",
    (ItemKind.COMPUTE_VOUCHER, CeilingLimit.MAX_CAP_PER_YEAR): "yuan/yr",
    (ItemKind.COMPUTE_VOUCHER, CeilingLimit.MAX_YEARS): "years",
    (ItemKind.SETTLEMENT_GRANT, CeilingLimit.MAX_AMOUNT): "yuan",
    (ItemKind.TALENT_SUBSIDY, CeilingLimit.MAX_AMOUNT): "yuan/person/yr",
    (ItemKind.TALENT_SUBSIDY, CeilingLimit.MAX_YEARS): "years",
    (ItemKind.INTEREST_SUBSIDY, CeilingLimit.MAX_RATE): "fraction/yr",
    (ItemKind.INTEREST_SUBSIDY, CeilingLimit.MAX_YEARS): "years",
    (ItemKind.CAPEX_SUBSIDY, CeilingLimit.MAX_RATE): "fraction",
    (ItemKind.CAPEX_SUBSIDY, CeilingLimit.MAX_AMOUNT): "yuan",
}
FRACTION_LIMITS = (CeilingLimit.MAX_BILL_CUT, CeilingLimit.MAX_RATE)


def package_ceilings(builder: PackBuilder) -> tuple[Ceiling, ...]:
    table = "package_ceilings"
    ceilings: list[Ceiling] = []
    seen: set[tuple[ItemKind, CeilingLimit]] = set()
    for row in builder.rows(table):
        values = row.values
        if values.get("item") is None or values.get("limit") is None:
            continue
        item, limit = ItemKind(values["item"]), CeilingLimit(values["limit"])
        provenance = builder._provenance(table, row)
        unit = CEILING_UNITS.get((item, limit))
        if unit is None:
            builder.problem(
                table, row, "limit",
                QT_TRANSLATE_NOOP("DataPack", "{limit} is not a limit of a {item} item"),
                limit.value, limit=limit.value, item=item.value,
            )  # fmt: skip
            continue
        if values["unit"] != unit:
            builder.problem(
                table, row, "unit", QT_TRANSLATE_NOOP("DataPack", "unit must be '{unit}' for {param}"),
                values["unit"], unit=unit, param=f"{item.value} {limit.value}",
            )  # fmt: skip
        number = values["value"]
        if isinstance(number, float) and limit in FRACTION_LIMITS and number > 1.0:
            builder.problem(
                table, row, "value",
                QT_TRANSLATE_NOOP("DataPack", "{param} must be between {low:g} and {high:g}"),
                f"{number:g}", param=limit.value, low=0.0, high=1.0,
            )  # fmt: skip
        if (item, limit) in seen:
            builder.problem(
                table, row, "limit",
                QT_TRANSLATE_NOOP("DataPack", "a second {limit} for {item}: give each limit once"),
                limit.value, limit=limit.value, item=item.value,
            )  # fmt: skip
        seen.add((item, limit))
        if row.ok and isinstance(number, float):
            ceilings.append(
                Ceiling(str(values["ceiling_id"]), item, limit, number, unit,
                        str(values.get("policy_id") or ""), provenance)
            )  # fmt: skip
    return tuple(ceilings)


def region_assumptions(builder: PackBuilder) -> dict[RegionAssumption, Parameter]:
    table = "region_assumptions"
    result: dict[RegionAssumption, Parameter] = {}
    for row in builder.rows(table):
        key = row.values.get("assumption_id")
        if key is None:
            continue
        key = RegionAssumption(key)
        unit = "fraction/yr" if key is RegionAssumption.PUBLIC_DISCOUNT_RATE else "fraction"
        parameter = builder._parameter(table, row, key.value, unit, (0.0, 1.0))
        if parameter is not None:
            result[key] = parameter
    return result
