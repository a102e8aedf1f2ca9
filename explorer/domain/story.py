"""The hub's story (issue 16): the pack's hub facts grouped for a visitor, the network as a schematic.
One module because the Overview, the presenter and the PDF must read the same story: its sections,
citations, chart series and network all come from the same hub facts, in one place.

Pure data, no Qt: the Overview, the presenter's screens and the PDF's "Why Gui'an" section all
read the same grouping, so the same figures appear everywhere, each exactly as its source states
it (``HubFact.text_en``/``text_zh``: the article's qualifiers, "surpassing", "approximately",
included).

* :func:`build_story` groups the facts into four sections (scale, market, support, what runs
  here); a fact the pack lacks is left out, never invented.
* :func:`short_citation` turns a source into "outlet, date" for a card; the full source is shown on
  hover and in the Sources panel (:func:`source_list` numbers each distinct source once).
* :func:`chart_series` gives the two charts' sourced points (Guizhou's computing power over time,
  the technology loans).
* :data:`NETWORK` places the 8 hubs and 10 clusters of East Data, West Computing at approximate
  relative positions (a schematic: no boundaries), and :func:`origin_links` gives the links from
  the origin regions to Gui'an with the round-trip estimate and the official claim of each.
* :func:`open_site` is what clicking a site does: the scenario with that site as the destination,
  a comparator or the origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from explorer.domain.latency import official_claims
from explorer.domain.messages import QT_TRANSLATE_NOOP, Template
from explorer.domain.pack import DataPack, HubFact
from explorer.domain.parameters import Parameter, Provenance, SiteParam, SiteRole
from explorer.domain.scenario import Scenario, SiteChoice


class SectionKey(StrEnum):
    SCALE = "scale"
    MARKET = "market"
    SUPPORT = "support"
    RUNS_HERE = "runs_here"


SECTION_TITLES: dict[SectionKey, Template] = {
    SectionKey.SCALE: QT_TRANSLATE_NOOP("Story", "Scale"),
    SectionKey.MARKET: QT_TRANSLATE_NOOP("Story", "Market"),
    SectionKey.SUPPORT: QT_TRANSLATE_NOOP("Story", "Support"),
    SectionKey.RUNS_HERE: QT_TRANSLATE_NOOP("Story", "What runs here"),
}

# The facts of each section, in reading order. The article's figures are all here (every one of
# them, with its qualifier); a few sourced facts about what runs in Gui'an complete the last.
SECTION_FACTS: dict[SectionKey, tuple[str, ...]] = {
    SectionKey.SCALE: (
        "article_compute_power", "article_compute_doubling", "article_intelligent_share",
        "article_national_share",
    ),
    SectionKey.MARKET: ("article_transactions_cny", "article_transactions_usd", "article_ecosystem_target"),
    SectionKey.SUPPORT: (
        "article_incentive_policies", "article_bank_branches", "article_loans_total",
        "article_loans_hightech", "article_loans_growth",
    ),
    SectionKey.RUNS_HERE: (
        "guian_cluster_dcs", "huawei_servers", "gsc_peak", "article_films", "article_nezha2",
    ),
}  # fmt: skip

# Shown in the story's heading line: when the hub was designated, and what it aims for.
HEADLINE_FACTS = ("article_designation", "article_goal_2025")

# The two charts' points: Guizhou's computing power over time (EFLOPS), the technology loans (bn yuan).
COMPUTE_SERIES = ("article_compute_power", "guizhou_compute_mar2025", "guizhou_compute_mid2025")
LOAN_SERIES = ("article_loans_total", "article_loans_hightech")

# The "Why Gui'an" section of the investor pack: green power, climate and PUE beside the story.
GREEN_FACTS = (
    "guizhou_installed_capacity", "guizhou_hydro", "guizhou_wind_solar", "hub_green_power_target",
    "guian_climate",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class StorySection:
    key: SectionKey
    title: Template
    facts: tuple[HubFact, ...]


@dataclass(frozen=True, slots=True)
class Story:
    headline: tuple[HubFact, ...]
    sections: tuple[StorySection, ...]

    @property
    def facts(self) -> tuple[HubFact, ...]:
        """Every fact the story shows, headline first, in reading order."""
        return self.headline + tuple(fact for section in self.sections for fact in section.facts)


def facts_by_id(pack: DataPack) -> dict[str, HubFact]:
    return {fact.id: fact for fact in pack.hub_facts}


def build_story(pack: DataPack) -> Story:
    """The pack's facts in the story's order; ids the pack does not hold are left out."""
    known = facts_by_id(pack)
    sections = tuple(
        StorySection(key, SECTION_TITLES[key], tuple(known[i] for i in ids if i in known))
        for key, ids in SECTION_FACTS.items()
    )
    return Story(tuple(known[i] for i in HEADLINE_FACTS if i in known), sections)


def article_facts_left_out(pack: DataPack) -> tuple[HubFact, ...]:
    """Article figures the story does not show (none for the shipped pack; a test keeps it so)."""
    shown = {fact.id for fact in build_story(pack).facts}
    return tuple(fact for fact in pack.hub_facts if fact.from_article and fact.id not in shown)


# --- citations ----------------------------------------------------------------------------------

_CUT = re.compile(r"[:：]")
SHORT_LIMIT = 52


def short_citation(provenance: Provenance, language: str) -> str:
    """The source as "outlet, date": the text before its first colon, or its first two comma-parts.

    "China Daily, 29 Apr 2025: 'Guizhou poised ...'" -> "China Daily, 29 Apr 2025";
    "中国日报（英文版），2025年4月29日，观点文章..." -> "中国日报（英文版），2025年4月29日".
    """
    source = provenance.source_in(language).strip()
    short = _CUT.split(source, maxsplit=1)[0].strip()
    if len(short) > SHORT_LIMIT:
        separator = "，" if "，" in short else ", "
        parts = short.split(separator)
        short = separator.join(parts[:2]) if len(parts) > 2 else short
    if len(short) > SHORT_LIMIT:  # "Guiyang Municipal Bureau of Commerce (English site), 17 Feb 2025"
        short = re.sub(r"\s*[（(][^）)]*[）)]", "", short)
    if len(short) > SHORT_LIMIT:
        short = short[: SHORT_LIMIT - 1].rstrip() + "…"
    return short


@dataclass(frozen=True, slots=True)
class SourceEntry:
    number: int  # 1, 2, ... in order of first use
    provenance: Provenance
    fact_ids: tuple[str, ...]


def source_list(facts: tuple[HubFact, ...] | list[HubFact]) -> tuple[SourceEntry, ...]:
    """Each distinct source once (by its text and link), numbered in order of first use."""
    order: list[tuple[str, str, str]] = []
    provenance: dict[tuple[str, str, str], Provenance] = {}
    ids: dict[tuple[str, str, str], list[str]] = {}
    for fact in facts:
        key = (fact.provenance.source, fact.provenance.source_zh, fact.provenance.url)
        if key not in provenance:
            order.append(key)
            provenance[key] = fact.provenance
            ids[key] = []
        ids[key].append(fact.id)
    return tuple(SourceEntry(n, provenance[key], tuple(ids[key])) for n, key in enumerate(order, start=1))


def source_number(sources: tuple[SourceEntry, ...], fact_id: str) -> int:
    for entry in sources:
        if fact_id in entry.fact_ids:
            return entry.number
    raise KeyError(fact_id)


# --- charts -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChartPoint:
    fact: HubFact
    value: float  # in the series' unit: EFLOPS, or yuan for a money series


@dataclass(frozen=True, slots=True)
class ChartSeries:
    key: str  # "compute" or "loans"
    title: Template
    unit: Template | None  # the value axis's unit; None for money (its ticks say 亿元 / CNY B)
    points: tuple[ChartPoint, ...]

    @property
    def money(self) -> bool:
        return self.unit is None


CHART_TITLES: dict[str, Template] = {
    "compute": QT_TRANSLATE_NOOP("Story", "Guizhou's computing power"),
    "loans": QT_TRANSLATE_NOOP("Story", "Loans to technology firms, Sep 2024"),
}
CHART_UNITS: dict[str, Template | None] = {
    "compute": QT_TRANSLATE_NOOP("Story", "EFLOPS"),
    "loans": None,  # yuan: a money axis (万/亿 in Chinese, like every money axis of the app)
}
# A money fact's unit in the pack, in yuan: the charts draw money in yuan.
YUAN_PER_UNIT = {"yuan": 1.0, "bn yuan": 1e9}


def chart_value(fact: HubFact, money: bool) -> float | None:
    """The fact's value as a chart draws it (yuan for money); None where it has none."""
    if fact.value is None:
        return None
    if not money:
        return fact.value
    factor = YUAN_PER_UNIT.get(fact.unit)
    return None if factor is None else fact.value * factor


def chart_series(pack: DataPack) -> tuple[ChartSeries, ...]:
    """The two charts, each from sourced facts with a value; a series the pack cannot fill is left out."""
    known = facts_by_id(pack)
    series = []
    for key, ids in (("compute", COMPUTE_SERIES), ("loans", LOAN_SERIES)):
        money = CHART_UNITS[key] is None
        points = []
        for fact in (known[i] for i in ids if i in known):
            value = chart_value(fact, money)
            if value is not None:
                points.append(ChartPoint(fact, value))
        if points:
            series.append(ChartSeries(key, CHART_TITLES[key], CHART_UNITS[key], tuple(points)))
    return tuple(series)


# --- the network ------------------------------------------------------------------------------


class NodeKind(StrEnum):
    HUB = "hub"  # one of the 8 national hub nodes (a region)
    CLUSTER = "cluster"  # one of the 10 national data-centre clusters
    ORIGIN = "origin"  # where a firm's compute is today (a site of the pack)


@dataclass(frozen=True, slots=True)
class NetworkNode:
    id: str
    kind: NodeKind
    name: Template  # translated where shown; a site of the pack shows the pack's name instead
    x: float  # schematic position: 0 west .. 1 east
    y: float  # 0 north .. 1 south
    hub: str = ""  # a cluster's hub
    site_id: str | None = None  # the pack's site, where there is one (clickable)
    east: bool = False  # an eastern hub (real-time work) or a western one (back-office, offline)


def _at(longitude: float, latitude: float) -> tuple[float, float]:
    """Approximate relative position: longitude 100..124 E, latitude 43..21 N, to 0..1."""
    return round((longitude - 100.0) / 24.0, 3), round((43.0 - latitude) / 22.0, 3)


def _node(id_: str, kind: NodeKind, name: Template, lon: float, lat: float, **more: Any) -> NetworkNode:
    x, y = _at(lon, lat)
    return NetworkNode(id_, kind, name, x, y, **more)


# The layout of Feb 2022 (hub fact layout_hubs / layout_clusters): 8 hubs, 10 clusters, at rough
# positions (a node sits near its city; nodes are nudged apart where they would overlap).
NETWORK: tuple[NetworkNode, ...] = (
    _node("hub_bth", NodeKind.HUB,
          QT_TRANSLATE_NOOP("Story", "Beijing-Tianjin-Hebei hub"),
          116.0, 39.4, east=True),
    _node("hub_yrd", NodeKind.HUB,
          QT_TRANSLATE_NOOP("Story", "Yangtze River Delta hub"),
          120.2, 31.0, east=True),
    _node("hub_gba", NodeKind.HUB,
          QT_TRANSLATE_NOOP("Story", "Greater Bay Area hub"),
          113.6, 23.4, east=True),
    _node("hub_chengyu", NodeKind.HUB,
          QT_TRANSLATE_NOOP("Story", "Chengdu-Chongqing hub"),
          105.2, 30.2, east=True),
    _node("hub_neimenggu", NodeKind.HUB, QT_TRANSLATE_NOOP("Story", "Inner Mongolia hub"), 111.0, 40.8),
    _node("hub_guizhou", NodeKind.HUB, QT_TRANSLATE_NOOP("Story", "Guizhou hub"), 106.7, 26.6),
    _node("hub_gansu", NodeKind.HUB, QT_TRANSLATE_NOOP("Story", "Gansu hub"), 107.6, 35.7),
    _node("hub_ningxia", NodeKind.HUB, QT_TRANSLATE_NOOP("Story", "Ningxia hub"), 105.4, 37.8),
    _node("zhangjiakou", NodeKind.CLUSTER,
          QT_TRANSLATE_NOOP("Story", "Zhangjiakou"),
          114.9, 40.8, hub="hub_bth"),
    _node("yrd_demo", NodeKind.CLUSTER, QT_TRANSLATE_NOOP("Story", "YRD demonstration zone"), 121.0, 30.2,
          hub="hub_yrd"),
    _node("wuhu", NodeKind.CLUSTER, QT_TRANSLATE_NOOP("Story", "Wuhu"), 118.4, 31.5, hub="hub_yrd"),
    _node("shaoguan", NodeKind.CLUSTER, QT_TRANSLATE_NOOP("Story", "Shaoguan"), 113.6, 24.8, hub="hub_gba",
          site_id="shaoguan"),
    _node("tianfu", NodeKind.CLUSTER, QT_TRANSLATE_NOOP("Story", "Tianfu"), 104.0, 30.0, hub="hub_chengyu"),
    _node("chongqing", NodeKind.CLUSTER,
          QT_TRANSLATE_NOOP("Story", "Chongqing"),
          106.5, 29.6, hub="hub_chengyu"),
    _node("guian", NodeKind.CLUSTER, QT_TRANSLATE_NOOP("Story", "Gui'an"), 106.4, 26.3, hub="hub_guizhou",
          site_id="guian"),
    _node("horinger", NodeKind.CLUSTER,
          QT_TRANSLATE_NOOP("Story", "Horinger"),
          111.8, 40.3, hub="hub_neimenggu",
          site_id="horinger"),
    _node("qingyang", NodeKind.CLUSTER, QT_TRANSLATE_NOOP("Story", "Qingyang"), 107.6, 35.7, hub="hub_gansu",
          site_id="qingyang"),
    _node("zhongwei", NodeKind.CLUSTER,
          QT_TRANSLATE_NOOP("Story", "Zhongwei"),
          105.2, 37.5, hub="hub_ningxia",
          site_id="zhongwei"),
    _node("origin_beijing", NodeKind.ORIGIN, QT_TRANSLATE_NOOP("Story", "Beijing"), 116.4, 39.9,
          site_id="beijing"),
    _node("origin_guangdong", NodeKind.ORIGIN, QT_TRANSLATE_NOOP("Story", "Guangdong"), 113.3, 22.6,
          site_id="guangdong"),
    # Sichuan's square sits in the province's south-west (Liangshan), clear of the Chengdu-Chongqing
    # hub, so its link to Gui'an and its latencies do not run over Tianfu and Chongqing.
    _node("origin_sichuan", NodeKind.ORIGIN, QT_TRANSLATE_NOOP("Story", "Sichuan"), 101.5, 28.5,
          site_id="sichuan"),
)  # fmt: skip

DESTINATION_NODE = "guian"

# The user region each origin serves: the link from an origin to Gui'an carries the latency from
# Gui'an to that region (what the firm's users would see after the move).
ORIGIN_REGIONS = {"guangdong": "gba", "sichuan": "chengyu", "beijing": "bth"}


def node(node_id: str) -> NetworkNode:
    for item in NETWORK:
        if item.id == node_id:
            return item
    raise KeyError(node_id)


@dataclass(frozen=True, slots=True)
class OriginLink:
    origin_site: str
    region_id: str
    estimate: Parameter | None  # round trip, Gui'an to the region (latency.csv)
    claims: tuple[HubFact, ...]  # official claims (one-way) for the same pair


def origin_links(pack: DataPack) -> tuple[OriginLink, ...]:
    """Guangdong, Sichuan and Beijing linked to Gui'an, with the round-trip estimate and official claims."""
    links = []
    for site_id, region_id in ORIGIN_REGIONS.items():
        if site_id not in pack.sites:
            continue
        estimate = pack.latency_ms.get((DESTINATION_NODE, region_id))
        links.append(
            OriginLink(
                site_id, region_id, estimate, official_claims(pack.hub_facts, DESTINATION_NODE, region_id)
            )
        )
    return tuple(links)


# --- clicking a site ----------------------------------------------------------------------------


class OpenAs(StrEnum):
    DESTINATION = "destination"
    COMPARATOR = "comparator"
    ORIGIN = "origin"


def open_as(pack: DataPack, site_id: str) -> OpenAs:
    """How a click opens a site: the destination site as the destination, an origin as the origin,
    any other site as a comparator."""
    role = pack.sites[site_id].role
    if role is SiteRole.DESTINATION:
        return OpenAs.DESTINATION
    if role is SiteRole.ORIGIN:
        return OpenAs.ORIGIN
    return OpenAs.COMPARATOR


def open_site(scenario: Scenario, pack: DataPack, site_id: str) -> Scenario:
    """The scenario with ``site_id`` in it, as :func:`open_as` says (unchanged when it already is)."""
    how = open_as(pack, site_id)
    if how is OpenAs.DESTINATION:
        if scenario.destination == site_id or scenario.firm.origin == site_id:
            return scenario
        return replace(scenario, destination=site_id)
    if how is OpenAs.ORIGIN:
        if scenario.firm.origin == site_id or scenario.destination == site_id:
            return scenario
        return replace(scenario, firm=replace(scenario.firm, origin=site_id))
    if site_id in scenario.site_ids:
        return scenario
    return replace(scenario, sites=(*scenario.sites, SiteChoice(site_id)))


# --- hovering a site ------------------------------------------------------------------------------

# What hovering a site shows: its key parameters, each a template with {value}.
HOVER_PARAMS: tuple[tuple[SiteParam, Template, float], ...] = (
    (SiteParam.ELECTRICITY_PRICE, QT_TRANSLATE_NOOP("Story", "Electricity: {value} yuan/kWh"), 1.0),
    (SiteParam.PUE, QT_TRANSLATE_NOOP("Story", "PUE: {value}"), 1.0),
    (SiteParam.RACK_RENT, QT_TRANSLATE_NOOP("Story", "Rack rent: {value} yuan a month"), 1.0),
    (
        SiteParam.GRID_EMISSION_FACTOR,
        QT_TRANSLATE_NOOP("Story", "Grid emission factor: {value} tCO2/MWh"),
        1.0,
    ),
    (
        SiteParam.GREEN_SHARE,
        QT_TRANSLATE_NOOP("Story", "Green power bought beyond the grid: {value}%"),
        100.0,
    ),
)


def site_parameter_lines(pack: DataPack, site_id: str) -> tuple[tuple[Template, str], ...]:
    """The site's key parameters as (template, value text), in the pack's units; missing ones left out."""
    site = pack.sites.get(site_id)
    if site is None:
        return ()
    lines = []
    for param, template, scale in HOVER_PARAMS:
        parameter = site.params.get(param)
        if parameter is not None:
            lines.append((template, f"{parameter.value * scale:,.4g}"))
    return tuple(lines)
