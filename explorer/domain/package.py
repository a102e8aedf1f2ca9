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
* **Goal seek** on one item for a target, the **cheapest mix** and the **frontier**.

Choices the issue leaves open are written down in docs/cost-model-notes.md ("Incentive packages").

The designer lives in rooms of one job; this module gathers their names so callers import
from one place (every name is re-exported, listed in ``__all__``):

* package_items.py: the items' words, ``PackageItem``, ``Target``, ``Package``;
* package_ceilings.py: the pack's ceilings, the flags, the clamp, a new item's default;
* package_engine.py: the items as policies at the destination, the comparator hubs;
* package_region.py: the region's fiscal side (cost, what the move brings, break-even);
* package_assessment.py: ``assess``: the firm's side, the region's, the hubs compared;
* package_seek.py: goal seek, the cheapest mix and the frontier.
"""

from __future__ import annotations

from explorer.domain.package_assessment import (
    DECIDING_LINE_WORDS,
    DECIDING_LINES,
    Assessment,
    FirmSide,
    HubComparison,
    HubLine,
    assess,
    target_met,
)
from explorer.domain.package_ceilings import (
    LIMIT_WORDS,
    OVER_CEILING,
    CeilingFlag,
    ceilings_for,
    check_ceilings,
    default_item,
    destination_price,
    item_figures,
    within_ceilings,
)
from explorer.domain.package_data import (
    Ceiling,
    CeilingLimit,
    ItemKind,
    RegionAssumption,
)
from explorer.domain.package_engine import (
    apply_package,
    comparator_hubs,
    evaluate_with,
    is_package_policy,
    package_policy_id,
    with_hubs,
)
from explorer.domain.package_items import (
    ITEM_ORDER,
    ITEM_WORDS,
    MAX_SEARCH,
    ONE_OFF_ITEMS,
    PACKAGE_POLICY_PREFIX,
    RATE_ITEMS,
    TARGET_WORDS,
    VALUE_WORDS,
    Package,
    PackageItem,
    Target,
    TargetKind,
)
from explorer.domain.package_region import (
    ADDS_NOTHING,
    INVESTMENT,
    LOAN,
    NO_BASIS,
    NOTHING_IN_MODE,
    RACK_RENT,
    REGION_LINE_WORDS,
    REGION_LINES,
    REPLACES_STANDARD,
    SERVICE_SPEND,
    ItemCost,
    RegionSide,
    assumptions_of,
    region_side,
)
from explorer.domain.package_seek import (
    Frontier,
    FrontierPoint,
    ItemEfficiency,
    MixResult,
    SeekResult,
    SeekStatus,
    candidates,
    cheapest_mix,
    efficiencies,
    frontier,
    seek,
)

__all__ = [
    "ADDS_NOTHING",
    "apply_package",
    "assess",
    "Assessment",
    "assumptions_of",
    "candidates",
    "Ceiling",
    "CeilingFlag",
    "CeilingLimit",
    "ceilings_for",
    "cheapest_mix",
    "check_ceilings",
    "comparator_hubs",
    "DECIDING_LINE_WORDS",
    "DECIDING_LINES",
    "default_item",
    "destination_price",
    "efficiencies",
    "evaluate_with",
    "FirmSide",
    "Frontier",
    "frontier",
    "FrontierPoint",
    "HubComparison",
    "HubLine",
    "INVESTMENT",
    "is_package_policy",
    "item_figures",
    "ITEM_ORDER",
    "ITEM_WORDS",
    "ItemCost",
    "ItemEfficiency",
    "ItemKind",
    "LIMIT_WORDS",
    "LOAN",
    "MAX_SEARCH",
    "MixResult",
    "NO_BASIS",
    "NOTHING_IN_MODE",
    "ONE_OFF_ITEMS",
    "OVER_CEILING",
    "Package",
    "package_policy_id",
    "PACKAGE_POLICY_PREFIX",
    "PackageItem",
    "RACK_RENT",
    "RATE_ITEMS",
    "REGION_LINE_WORDS",
    "REGION_LINES",
    "region_side",
    "RegionAssumption",
    "RegionSide",
    "REPLACES_STANDARD",
    "seek",
    "SeekResult",
    "SeekStatus",
    "SERVICE_SPEND",
    "Target",
    "target_met",
    "TARGET_WORDS",
    "TargetKind",
    "VALUE_WORDS",
    "with_hubs",
    "within_ceilings",
]
