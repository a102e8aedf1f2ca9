"""The data pack as the domain sees it: everything the loader validated, no files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from explorer.domain.package_data import Ceiling, RegionAssumption
from explorer.domain.parameters import Parameter, Provenance, Site
from explorer.domain.policies import Policy


@dataclass(frozen=True, slots=True)
class Manifest:
    version: str
    as_of: dt.date
    title_zh: str = ""
    title_en: str = ""


@dataclass(frozen=True, slots=True)
class UserRegion:
    """Where a firm's users are: latency is measured from each site to these."""

    id: str  # gba, yrd, bth, chengyu
    name_zh: str
    name_en: str


@dataclass(frozen=True, slots=True)
class WorkloadTemplate:
    id: str  # ai_training, ai_inference, render_farm, storage_backup
    name_zh: str
    name_en: str
    params: dict[str, Parameter] = field(default_factory=dict)  # accelerator_power_kw, rack_density_kw, ...


@dataclass(frozen=True, slots=True)
class HubFact:
    """A figure about the hub, exactly as its source states it."""

    id: str
    label_zh: str
    label_en: str
    value: float | None  # None for facts that are dates or words only
    unit: str
    text_zh: str  # the figure as displayed, e.g. "57 EFLOPS"
    text_en: str
    provenance: Provenance
    from_article: bool = False
    # A latency claim (cost-model.md 7.5): the site it is measured from and, for a claim about a
    # site and user region pair, the region (see explorer.domain.latency.official_claims).
    latency_site_id: str | None = None
    latency_region_id: str | None = None


@dataclass(frozen=True, slots=True)
class DataPack:
    manifest: Manifest
    sites: dict[str, Site]
    user_regions: dict[str, UserRegion]
    latency_ms: dict[tuple[str, str], Parameter]  # (site id, user region id) -> round-trip ms
    templates: dict[str, WorkloadTemplate]
    policies: dict[str, Policy]
    hub_facts: tuple[HubFact, ...] = ()
    # Optional tables of the package designer (issue 17): empty for packs made before them.
    package_ceilings: tuple[Ceiling, ...] = ()
    region_assumptions: dict[RegionAssumption, Parameter] = field(default_factory=dict)
