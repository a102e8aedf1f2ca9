"""Small data packs built in code, with round numbers so every test can be checked by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from explorer.domain.pack import DataPack, Manifest, UserRegion, WorkloadTemplate
from explorer.domain.parameters import Confidence, Parameter, Provenance, Site, SiteParam, SiteRole
from explorer.domain.policies import (
    BenefitKind,
    BenefitRule,
    Policy,
    PolicyCategory,
    PolicyLevel,
)
from explorer.domain.scenario import Finance, FirmProfile, OneOffCosts, Scenario, Workload

SOURCE = Provenance("test fixture", "2025", Confidence.ESTIMATE)


def param(
    key: str, value: float, low: float | None = None, high: float | None = None, unit: str = ""
) -> Parameter:
    return Parameter(key, value, value if low is None else low, value if high is None else high, unit, SOURCE)


def site(site_id: str, role: SiteRole, **values: float | tuple[float, float, float]) -> Site:
    params = {}
    # the templates below pack 10 kW a rack: rents quoted for 10 kW racks keep every space figure
    # racks x rent x 12, as in cost model v1
    values.setdefault(SiteParam.RACK_REFERENCE_KW.value, 10.0)
    for key in SiteParam:
        raw = values.get(key.value, 0.0)
        value, low, high = raw if isinstance(raw, tuple) else (raw, raw, raw)
        params[key] = param(key.value, value, low, high)
    return Site(site_id, site_id + "·zh", site_id.title(), role, params)


# Beijing -> Gui'an with the 10 MW figures of cost-model.md check 1 (PUE 1.30 / 0.65 and 1.20 / 0.35).
BEIJING = site(
    "beijing", SiteRole.ORIGIN,
    electricity_price=(0.65, 0.60, 0.80), pue=(1.30, 1.25, 1.50), rack_rent=(8000.0, 6000.0, 10000.0),
    bandwidth_price=(100.0, 80.0, 150.0), wage=(300_000.0, 250_000.0, 350_000.0), social_oncost=0.40,
    grid_emission_factor=0.58, green_share=0.10, build_cost=(50_000.0, 40_000.0, 60_000.0),
)  # fmt: skip
GUIAN = site(
    "guian", SiteRole.DESTINATION,
    electricity_price=(0.35, 0.30, 0.45), pue=(1.20, 1.15, 1.30), rack_rent=(5000.0, 4000.0, 7000.0),
    bandwidth_price=(60.0, 40.0, 100.0), wage=(100_000.0, 80_000.0, 150_000.0), social_oncost=0.35,
    grid_emission_factor=0.50, green_share=0.30, build_cost=(45_000.0, 35_000.0, 55_000.0),
)  # fmt: skip
SICHUAN = site(
    "sichuan", SiteRole.ORIGIN,
    electricity_price=(0.40, 0.34, 0.45), pue=1.30, rack_rent=6000.0, bandwidth_price=80.0, wage=150_000.0,
    social_oncost=0.35, grid_emission_factor=0.20, green_share=0.80, build_cost=45_000.0,
)  # fmt: skip
SHAOGUAN = site(
    "shaoguan", SiteRole.COMPARATOR,
    electricity_price=0.55, pue=1.25, rack_rent=6500.0, bandwidth_price=70.0, wage=200_000.0,
    social_oncost=0.38, grid_emission_factor=0.50, green_share=0.20, build_cost=48_000.0,
)  # fmt: skip

TEMPLATES = {
    "ai_training": WorkloadTemplate(
        "ai_training", "AI训练", "AI training",
        {
            "accelerators": param("accelerators", 1000, 500, 2000),
            "accelerator_power_kw": param("accelerator_power_kw", 10.0, 8.0, 12.0),  # 10 MW with 1,000 cards
            "rack_density_kw": param("rack_density_kw", 10.0, 8.0, 20.0),
            "bandwidth_mbps_per_100kw": param("bandwidth_mbps_per_100kw", 10.0, 5.0, 20.0),
            "staff": param("staff", 10.0, 8.0, 15.0),
            "utilisation": param("utilisation", 0.7, 0.5, 0.9),
            "latency_tolerance_ms": param("latency_tolerance_ms", 50.0, 30.0, 100.0),
        },
    ),
    "storage_backup": WorkloadTemplate(
        "storage_backup", "备份存储", "Backup storage",
        {
            "accelerators": param("accelerators", 0),
            "it_load_kw": param("it_load_kw", 500.0, 400.0, 600.0),
            "rack_density_kw": param("rack_density_kw", 5.0),
            "bandwidth_mbps_per_100kw": param("bandwidth_mbps_per_100kw", 40.0),
            "staff": param("staff", 2.0),
            "latency_tolerance_ms": param("latency_tolerance_ms", 200.0),
        },
    ),
}  # fmt: skip

REGIONS = {
    "gba": UserRegion("gba", "粤港澳大湾区", "Greater Bay Area"),
    "bth": UserRegion("bth", "京津冀", "Beijing-Tianjin-Hebei"),
}
LATENCY = {
    ("guian", "gba"): param("lat", 10.0, 8.0, 14.0),
    ("guian", "bth"): param("lat", 20.0, 16.0, 30.0),
    ("beijing", "gba"): param("lat", 30.0, 25.0, 40.0),
    ("beijing", "bth"): param("lat", 2.0, 1.0, 3.0),
}


def make_policy(policy_id: str, *rules: BenefitRule, **fields) -> Policy:
    defaults = dict(
        title_zh=policy_id + "·zh", title_en=policy_id, issuer_zh="", issuer_en="",
        level=PolicyLevel.PROVINCIAL, category=PolicyCategory.INVESTMENT, summary_zh="", summary_en="",
        confidence=Confidence.OFFICIAL, last_verified=dt.date(2025, 1, 1),
    )  # fmt: skip
    defaults.update(fields)
    rules = tuple(dataclasses.replace(rule, policy_id=policy_id) for rule in rules)
    return Policy(id=policy_id, rules=rules, **defaults)


def rule(rule_id: str, kind: BenefitKind, base: str = "", **fields) -> BenefitRule:
    return BenefitRule(id=rule_id, policy_id="", kind=kind, base=base, **fields)


def make_pack(*policies: Policy, sites: tuple[Site, ...] = (BEIJING, GUIAN, SICHUAN, SHAOGUAN)) -> DataPack:
    return DataPack(
        manifest=Manifest("test", dt.date(2025, 1, 1)),
        sites={s.id: s for s in sites},
        user_regions=REGIONS,
        latency_ms=LATENCY,
        templates=TEMPLATES,
        policies={p.id: p for p in policies},
    )


def base_scenario(**changes) -> Scenario:
    """10 MW of AI training, Beijing -> Gui'an, no one-off costs, r = 8 %, 10 years."""
    fields = dict(
        firm=FirmProfile(origin="beijing", user_regions=("gba", "bth")),
        workload=Workload("ai_training"),
        one_off=OneOffCosts(),
        finance=Finance(horizon_years=10, discount_rate=0.08),
    )
    fields.update(changes)
    return Scenario(**fields)


@pytest.fixture
def pack() -> DataPack:
    return make_pack()
