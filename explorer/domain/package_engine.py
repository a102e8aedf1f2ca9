"""A package into the engine: each item becomes a benefit rule at the destination. No Qt.

The items run through the engine like any policy (caps, terms, stacking with the standard
power-price policies), so the firm's figures are the engine's; the comparator hubs join the
scenario so the same evaluation compares them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import Evaluation
from explorer.domain.pack import DataPack
from explorer.domain.package_data import ItemKind
from explorer.domain.package_items import ITEM_WORDS, PACKAGE_POLICY_PREFIX, Package, PackageItem
from explorer.domain.parameters import Confidence, SiteRole
from explorer.domain.policies import BenefitKind, BenefitRule, Policy, PolicyCategory, PolicyLevel
from explorer.domain.scenario import PolicyChoice, Scenario, SiteChoice


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
    common: dict[str, Any] = {"id": pid, "policy_id": pid, "site": scenario.destination, "years": item.years}
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
