"""What the data pack says about negotiated packages: ceilings per kind of measure, region assumptions.

Plain records the loader builds (explorer.datapack.package_tables) and the package
designer (explorer.domain.package) reads. Both tables are optional in a pack: a pack
made before them loads, and the designer then flags nothing and uses the defaults
below, saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.parameters import Confidence, Parameter, Provenance


class ItemKind(StrEnum):
    """The negotiated measures a package can hold (issue 17)."""

    ELECTRICITY_PRICE = "electricity_price"  # a lower price per kWh for N years
    RENT_SUBSIDY = "rent_subsidy"  # a share of the rack rent, N years, capped a year
    COMPUTE_VOUCHER = "compute_voucher"  # a share of compute-service spend, N years, capped a year
    SETTLEMENT_GRANT = "settlement_grant"  # a one-off grant at the move
    TALENT_SUBSIDY = "talent_subsidy"  # yuan per operations staff member a year, N years
    INTEREST_SUBSIDY = "interest_subsidy"  # rate points on the firm's loan, N years
    CAPEX_SUBSIDY = "capex_subsidy"  # a share of the fixed-asset investment, once, capped


class CeilingLimit(StrEnum):
    MAX_BILL_CUT = "max_bill_cut"  # electricity: (site price - negotiated price) / site price
    MAX_RATE = "max_rate"  # fraction (rent, voucher, capex) or rate points a year (interest)
    MAX_AMOUNT = "max_amount"  # yuan (grant, capex cap) or yuan/person/yr (talent)
    MAX_CAP_PER_YEAR = "max_cap_per_year"  # yuan/yr: the largest yearly cap
    MAX_YEARS = "max_years"  # years a yearly measure may run


class RegionAssumption(StrEnum):
    """Editable assumptions of what a move brings the region (data/region_assumptions.csv)."""

    PUBLIC_DISCOUNT_RATE = "public_discount_rate"
    CIT_LOCAL_SHARE = "cit_local_share"
    ELECTRICITY_RETURN_SHARE = "electricity_return_share"
    LOCAL_HIRE_SHARE = "local_hire_share"
    WAGE_RETURN_SHARE = "wage_return_share"
    INVESTMENT_LOCAL_SHARE = "investment_local_share"
    INVESTMENT_RETURN_SHARE = "investment_return_share"


@dataclass(frozen=True, slots=True)
class Ceiling:
    """One limit the pack records for a kind of measure, from the policy that sets it."""

    id: str
    item: ItemKind
    limit: CeilingLimit
    value: float
    unit: str
    policy_id: str  # "" when no policy sets it (an estimate says why in its note)
    provenance: Provenance


_FALLBACK = Provenance(
    source="cost-model-notes.md (package designer)",
    as_of="",
    confidence=Confidence.ESTIMATE,
    note="the data pack states no region assumptions: the designer's defaults are used",
)

# Used only when a pack has no region_assumptions table (packs made before it).
DEFAULT_ASSUMPTIONS: dict[RegionAssumption, float] = {
    RegionAssumption.PUBLIC_DISCOUNT_RATE: 0.08,
    RegionAssumption.CIT_LOCAL_SHARE: 0.4,
    RegionAssumption.ELECTRICITY_RETURN_SHARE: 0.05,
    RegionAssumption.LOCAL_HIRE_SHARE: 0.7,
    RegionAssumption.WAGE_RETURN_SHARE: 0.15,
    RegionAssumption.INVESTMENT_LOCAL_SHARE: 0.3,
    RegionAssumption.INVESTMENT_RETURN_SHARE: 0.1,
}
ASSUMPTION_UNITS: dict[RegionAssumption, str] = {
    RegionAssumption.PUBLIC_DISCOUNT_RATE: "fraction/yr",
}


def fallback_assumption(key: RegionAssumption) -> Parameter:
    value = DEFAULT_ASSUMPTIONS[key]
    return Parameter(key.value, value, value, value, ASSUMPTION_UNITS.get(key, "fraction"), _FALLBACK)
