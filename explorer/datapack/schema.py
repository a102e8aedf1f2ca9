"""The data pack's schema: every table, every column, its type, unit, range and whether it is required.
One module because it is the single description of the pack (below): every table and column in one
file, which the loader, docs/data-pack.md and the tests follow.

This module is the single description of the pack. The loader validates against
it, docs/data-pack.md explains it for people editing the pack in Excel, and the
tests check the shipped files against it.

Conventions for every table
* One UTF-8 CSV file per table, named ``<table>.csv``; the first row is the header.
* Every column listed here must be present, in any order; unknown columns are refused.
* ``required=True`` means the cell may not be empty. Cells are text until converted
  here; "NA", "null", "None" stay text and never become "missing".
* Numbers are plain decimals (``0.35``, ``-0.2``, ``1e3``): no thousands separators,
  no ``%`` (write fractions: 0.15 for 15%), no full-width digits.
* Dates are ``YYYY-MM-DD``; columns of kind ``PARTIAL_DATE`` also accept ``YYYY`` or
  ``YYYY-MM`` because many sources give only a year or a month.
* A cell starting with ``=`` is a spreadsheet formula and is refused: paste values.
* Rows that are entirely empty are ignored (Excel leaves them at the end).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from explorer.domain.package_data import CeilingLimit, ItemKind, RegionAssumption
from explorer.domain.parameters import Confidence, SiteParam, SiteRole
from explorer.domain.policies import (
    BenefitKind,
    ConditionOp,
    FirmField,
    PolicyCategory,
    PolicyLevel,
    Validity,
)

SCHEMA_VERSION = 1
MANIFEST_FILE = "manifest.json"
NOT_PUBLISHED = "not published"  # the literal text for an amount a policy never published


class Kind(StrEnum):
    ID = "id"  # letters, digits, "_" and "-"; starts with a letter
    TEXT = "text"
    FLOAT = "float"
    INT = "int"
    BOOL = "bool"  # true/false (Excel's TRUE/FALSE accepted)
    DATE = "date"  # YYYY-MM-DD
    PARTIAL_DATE = "partial_date"  # YYYY, YYYY-MM or YYYY-MM-DD
    ENUM = "enum"
    URL = "url"  # http:// or https:// address, or empty
    ID_LIST = "id_list"  # ids separated by "|"


class TemplateParam(StrEnum):
    """Keys of workload_template parameters (cost-model.md 1.2), with their units."""

    ACCELERATORS = "accelerators"  # N_acc, count; 0 for a non-accelerated workload
    ACCELERATOR_POWER_KW = "accelerator_power_kw"  # P_acc, kW per accelerator incl. its server share
    IT_LOAD_KW = "it_load_kw"  # P_it entered directly; only for templates with 0 accelerators
    RACK_DENSITY_KW = "rack_density_kw"  # D, kW per rack
    # Contracted internet bandwidth for the template's default size (the engine's "bandwidth_mbps"):
    # scale it with the IT load when you change the accelerator count.
    BANDWIDTH_MBPS = "bandwidth_mbps"
    STAFF = "staff"  # Staff_s, operations staff the firm keeps at a site, persons
    LATENCY_TOLERANCE_MS = "latency_tolerance_ms"  # the largest round-trip time users accept, ms
    UTILISATION = "utilisation"  # U, average accelerator utilisation, fraction


TEMPLATE_PARAM_UNITS: dict[TemplateParam, str] = {
    TemplateParam.ACCELERATORS: "count",
    TemplateParam.ACCELERATOR_POWER_KW: "kW",
    TemplateParam.IT_LOAD_KW: "kW",
    TemplateParam.RACK_DENSITY_KW: "kW/rack",
    TemplateParam.BANDWIDTH_MBPS: "Mbps",
    TemplateParam.STAFF: "persons",
    TemplateParam.LATENCY_TOLERANCE_MS: "ms",
    TemplateParam.UTILISATION: "fraction",
}
# Every template must carry these; it_load_kw is required only when accelerators == 0.
REQUIRED_TEMPLATE_PARAMS: tuple[TemplateParam, ...] = tuple(
    p for p in TemplateParam if p is not TemplateParam.IT_LOAD_KW
)

# Allowed range of value/low/high for each parameter: wide enough for any real site,
# narrow enough to catch a slipped decimal point or a unit mix-up.
SITE_PARAM_BOUNDS: dict[SiteParam, tuple[float, float]] = {
    SiteParam.ELECTRICITY_PRICE: (0.0, 5.0),
    SiteParam.PUE: (1.0, 3.0),
    SiteParam.RACK_RENT: (0.0, 1_000_000.0),
    SiteParam.BANDWIDTH_PRICE: (0.0, 10_000.0),
    SiteParam.WAGE: (0.0, 10_000_000.0),
    SiteParam.SOCIAL_ONCOST: (0.0, 1.0),
    SiteParam.GRID_EMISSION_FACTOR: (0.0, 2.0),
    SiteParam.GREEN_SHARE: (0.0, 1.0),
    SiteParam.BUILD_COST: (0.0, 1_000_000.0),
    SiteParam.RACK_REFERENCE_KW: (0.5, 200.0),
}
TEMPLATE_PARAM_BOUNDS: dict[TemplateParam, tuple[float, float]] = {
    TemplateParam.ACCELERATORS: (0.0, 1_000_000.0),
    TemplateParam.ACCELERATOR_POWER_KW: (0.0, 50.0),
    TemplateParam.IT_LOAD_KW: (0.0, 10_000_000.0),
    TemplateParam.RACK_DENSITY_KW: (0.5, 200.0),
    TemplateParam.BANDWIDTH_MBPS: (0.0, 100_000_000.0),
    TemplateParam.STAFF: (0.0, 10_000.0),
    TemplateParam.LATENCY_TOLERANCE_MS: (0.0, 10_000.0),
    TemplateParam.UTILISATION: (0.0, 1.0),
}
# Parameters a pack may leave out: a pack made before cost model v2 has no reference rack power
# (the engine then assumes DEFAULT_RACK_REFERENCE_KW and says so).
OPTIONAL_SITE_PARAMS = frozenset({SiteParam.RACK_REFERENCE_KW})
LATENCY_BOUNDS = (0.0, 1_000.0)  # ms, round trip
LATENCY_UNIT = "ms"

# What a benefit rule's ``base`` can be: the cost line or quantity the rate or amount applies to.
BENEFIT_BASES: dict[str, str] = {
    "energy": "facility energy at the site, kWh/yr. electricity_price: amount = policy price in "
    "yuan/kWh (benefit = (site price - amount) * energy) or rate = share of the energy bill cut",
    "energy_over_pue_limit": "energy above what PUE = threshold would use: P_it*(PUE-threshold)*8760 "
    "kWh/yr; surcharge amount in yuan/kWh",
    "space": "yearly space cost at the site (racks * rent * 12)",
    "compute_spend": "yearly spend on compute services bought at the destination",
    "capex": "fixed-asset investment at the destination, yuan",
    "project_investment": "investment in a qualifying project (e.g. a benchmark application), yuan",
    "retrofit_investment": "investment in an energy retrofit of an existing data centre, yuan",
    "rd_budget": "R&D budget of a qualifying talent-led project, yuan",
    "taxable_profit": "taxable profit booked at the site; tax_rate rules give profit * (0.25 - rate)",
    "staff": "operations staff at the site, persons",
    "qualifying_staff": "staff meeting the rule's personal criteria (see the note), persons",
    "loan": "loan principal, yuan; interest_subsidy rate = percentage points as a fraction",
    "fixed": "a fixed amount (cash grants): amount in yuan",
}
RULE_SITES = ("destination", "origin", "any")  # or site ids separated by "|"

# Sectors a firm profile can name in a ``sector`` condition (value: ids separated by "|").
SECTORS: dict[str, str] = {
    "data_centre": "data-centre operation / colocation",
    "cloud": "cloud computing services",
    "ai": "AI model training and inference",
    "rendering": "film and animation rendering",
    "software": "software and IT services",
    "ic": "integrated circuits (design, equipment, materials, packaging and test)",
    "other": "any other business",
}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    required: bool = True
    unit: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()
    nullable_text: str = ""  # a literal accepted as "no number", e.g. NOT_PUBLISHED
    doc: str = ""
    # The header may leave it out (packs made before the column existed): every cell is then empty.
    may_be_absent: bool = False


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    doc: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    refs: dict[str, str] = field(default_factory=dict)  # column -> "table.column"
    optional: bool = False  # True: a pack may leave the table out (packs made before it still load)

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


_CONFIDENCE = Column(
    "confidence",
    Kind.ENUM,
    choices=tuple(c for c in _choices(Confidence) if c != Confidence.CLIENT),  # client data: issue 19
    doc="official, official_mirror (official text read on a repost), press, press_promo "
    "(sponsored or promotional copy) or estimate (derived or analyst figure; reasoning in note)",
)


# Added in pack 2026.12 (may be left out, so older packs still load): the source and note in
# Chinese, shown instead of ``source``/``note`` in Chinese, and a note for the pack's maintainers
# (where a text was read, what it was checked against) that the app never shows.
SOURCE_ZH = Column(
    "source_zh",
    Kind.TEXT,
    required=False,
    may_be_absent=True,
    doc="the source in Chinese (issuer, title, document number, date, outlet); shown instead of "
    "`source` when the app or a report is in Chinese. Empty: `source` is shown",
)
NOTE_ZH = Column(
    "note_zh",
    Kind.TEXT,
    required=False,
    may_be_absent=True,
    doc="the note in Chinese; shown instead of `note` in Chinese. Empty: `note` is shown",
)
MAINTAINER_NOTE = Column(
    "maintainer_note",
    Kind.TEXT,
    required=False,
    may_be_absent=True,
    doc="for the pack's maintainers only: where a text was read (a repost, a copy), what it was "
    "checked against. Never shown by the app, in reports or on the command line",
)


def _translated_source() -> tuple[Column, ...]:
    return (SOURCE_ZH, NOTE_ZH, MAINTAINER_NOTE)


def _sourced(value_min: float | None = None, value_max: float | None = None) -> tuple[Column, ...]:
    """The columns every sourced number carries: value, range, unit and provenance."""
    return (
        Column("value", Kind.FLOAT, min=value_min, max=value_max, doc="the default"),
        Column("low", Kind.FLOAT, min=value_min, max=value_max, doc="low end of the range, <= value"),
        Column("high", Kind.FLOAT, min=value_min, max=value_max, doc="high end of the range, >= value"),
        Column("unit", Kind.TEXT, doc="must match the parameter's unit"),
        Column("source", Kind.TEXT, doc="the source by its own name: title, issuer, date"),
        Column(
            "url",
            Kind.URL,
            required=False,
            doc="only the issuing body's own site, an official outlet or reputable press",
        ),
        Column("as_of", Kind.PARTIAL_DATE, doc="date the figure refers to"),
        _CONFIDENCE,
        Column(
            "note",
            Kind.TEXT,
            required=False,
            doc="derivation and caveats; required when confidence is estimate",
        ),
        *_translated_source(),
    )


SITES = TableSpec(
    "sites",
    "The regions a workload can run in: 3 origins, the destination Gui'an and comparator clusters.",
    (
        Column("site_id", Kind.ID, doc="guangdong, sichuan, beijing, guian, shaoguan, horinger, ..."),
        Column("role", Kind.ENUM, choices=_choices(SiteRole), doc="origin, destination or comparator"),
        Column("name_zh", Kind.TEXT),
        Column("name_en", Kind.TEXT),
        Column("hub_cluster_zh", Kind.TEXT, required=False, doc="national hub and cluster, if any"),
        Column("hub_cluster_en", Kind.TEXT, required=False),
        Column("note", Kind.TEXT, required=False),
    ),
    key=("site_id",),
)

SITE_PARAMETERS = TableSpec(
    "site_parameters",
    "One row per site and parameter of cost-model.md 1.1, each with range and source.",
    (
        Column("site_id", Kind.ID),
        Column("param", Kind.ENUM, choices=_choices(SiteParam), doc="see SITE_PARAM_UNITS for units"),
        *_sourced(),
    ),
    key=("site_id", "param"),
    refs={"site_id": "sites.site_id"},
)

USER_REGIONS = TableSpec(
    "user_regions",
    "Where a firm's users are; latency is given from every site to each of them.",
    (
        Column("region_id", Kind.ID, doc="gba, yrd, bth, chengyu"),
        Column("name_zh", Kind.TEXT),
        Column("name_en", Kind.TEXT),
        Column("note", Kind.TEXT, required=False),
    ),
    key=("region_id",),
)

LATENCY = TableSpec(
    "latency",
    "Round-trip time from each site to each user region, in ms (published one-way figures are doubled).",
    (
        Column("site_id", Kind.ID),
        Column("region_id", Kind.ID),
        *_sourced(*LATENCY_BOUNDS),
    ),
    key=("site_id", "region_id"),
    refs={"site_id": "sites.site_id", "region_id": "user_regions.region_id"},
)

WORKLOAD_TEMPLATES = TableSpec(
    "workload_templates",
    "Starting points for a firm's compute: AI training, AI inference, render farm, storage/backup.",
    (
        Column("template_id", Kind.ID, doc="ai_training, ai_inference, render_farm, storage_backup"),
        Column("name_zh", Kind.TEXT),
        Column("name_en", Kind.TEXT),
        Column("note", Kind.TEXT, required=False),
    ),
    key=("template_id",),
)

TEMPLATE_PARAMETERS = TableSpec(
    "template_parameters",
    "One row per template and parameter (see TemplateParam), each with range and source.",
    (
        Column("template_id", Kind.ID),
        Column("param", Kind.ENUM, choices=_choices(TemplateParam)),
        *_sourced(),
    ),
    key=("template_id", "param"),
    refs={"template_id": "workload_templates.template_id"},
)

POLICIES = TableSpec(
    "policies",
    "Incentive policies and regulations, national to district, plus origin-side rules.",
    (
        Column("policy_id", Kind.ID, doc="short code, e.g. N1, P3, G2, O1"),
        Column("title_zh", Kind.TEXT, doc="Chinese title as issued"),
        Column("title_en", Kind.TEXT, doc="English gloss"),
        Column("issuer_zh", Kind.TEXT),
        Column("issuer_en", Kind.TEXT),
        Column("doc_number", Kind.TEXT, required=False, doc="e.g. 发改高技〔2021〕709号; empty if none"),
        Column("issued", Kind.PARTIAL_DATE, required=False, doc="as precise as the source"),
        Column("effective", Kind.DATE, required=False),
        Column("expiry", Kind.DATE, required=False, doc="empty: open-ended"),
        Column("level", Kind.ENUM, choices=_choices(PolicyLevel)),
        Column("category", Kind.ENUM, choices=_choices(PolicyCategory)),
        Column("summary_zh", Kind.TEXT),
        Column("summary_en", Kind.TEXT),
        Column("target_origins", Kind.ID_LIST, required=False, doc="site ids the policy aims at; empty: any"),
        _CONFIDENCE,
        Column(
            "last_verified",
            Kind.DATE,
            required=False,
            doc="when the row was last checked against its sources; empty: not re-checked",
        ),
        Column("note", Kind.TEXT, required=False),
        Column(
            "status",
            Kind.ENUM,
            choices=_choices(Validity),
            required=False,
            may_be_absent=True,
            doc="where the policy stands on the pack's date (manifest as_of): in_force, expired, "
            "superseded, target_passed (a plan or report whose target year is past) or unconfirmed "
            "(only reported, no document seen). Empty: expired if expiry is before the pack's date, "
            "else in_force",
        ),
        Column(
            "superseded_by",
            Kind.ID,
            required=False,
            may_be_absent=True,
            doc="status superseded: the policy id of the newer edition, when the pack holds it",
        ),
        Column(
            "verified_against",
            Kind.TEXT,
            required=False,
            may_be_absent=True,
            doc="what the row was checked against on last_verified (outlet, document, date)",
        ),
    ),
    key=("policy_id",),
    refs={"superseded_by": "policies.policy_id"},
)

POLICY_SOURCES = TableSpec(
    "policy_sources",
    "Where each policy can be read: one row per source.",
    (
        Column("policy_id", Kind.ID),
        Column("title", Kind.TEXT, doc="the source by name: outlet or issuer, title, date"),
        Column(
            "url",
            Kind.URL,
            required=False,
            doc="only the issuing body's own site, an official outlet or reputable press",
        ),
        Column(
            "title_zh",
            Kind.TEXT,
            required=False,
            may_be_absent=True,
            doc="the source in Chinese (issuer, title, document number, date, outlet); shown instead "
            "of `title` in Chinese. Empty: `title` is shown",
        ),
        MAINTAINER_NOTE,
    ),
    key=("policy_id", "title"),
    refs={"policy_id": "policies.policy_id"},
)

_NUMBER_OR_NOT_PUBLISHED = {"required": False, "nullable_text": NOT_PUBLISHED}

BENEFIT_RULES = TableSpec(
    "benefit_rules",
    "Machine-readable benefits of cost-model.md section 3; an amount never published stays 'not published'.",
    (
        Column("rule_id", Kind.ID),
        Column("policy_id", Kind.ID),
        Column("kind", Kind.ENUM, choices=_choices(BenefitKind)),
        Column("base", Kind.ENUM, choices=tuple(BENEFIT_BASES), doc="see BENEFIT_BASES"),
        Column(
            "rate",
            Kind.FLOAT,
            min=0.0,
            max=1.0,
            **_NUMBER_OR_NOT_PUBLISHED,
            doc="fraction; tax_rate: the preferential rate itself (0.15)",
        ),
        Column(
            "amount",
            Kind.FLOAT,
            min=0.0,
            max=1e12,
            **_NUMBER_OR_NOT_PUBLISHED,
            doc="yuan, or yuan/kWh for electricity_price and surcharge",
        ),
        Column("cap_per_year", Kind.FLOAT, min=0.0, max=1e12, unit="yuan", **_NUMBER_OR_NOT_PUBLISHED),
        Column("cap_total", Kind.FLOAT, min=0.0, max=1e12, unit="yuan", **_NUMBER_OR_NOT_PUBLISHED),
        Column(
            "threshold",
            Kind.FLOAT,
            min=0.0,
            max=1e12,
            required=False,
            doc="the limit the base is measured against, e.g. the PUE limit",
        ),
        Column("start_year", Kind.INT, min=0, max=50, doc="year of the move = 0, first operating year = 1"),
        Column("years", Kind.INT, min=1, max=50, required=False, doc="empty: the whole horizon"),
        Column("payout_lag", Kind.INT, min=0, max=10),
        Column("realisation", Kind.FLOAT, min=0.0, max=1.0, doc="expected share actually received"),
        Column("stacking_group", Kind.ID, required=False, doc="only the largest benefit of a group applies"),
        Column("site", Kind.TEXT, doc="destination, origin, any, or site ids separated by '|'"),
        Column("published", Kind.BOOL, doc="false: the policy exists but its amount was never published"),
        Column("note_zh", Kind.TEXT, required=False),
        Column("note_en", Kind.TEXT, required=False),
    ),
    key=("rule_id",),
    refs={"policy_id": "policies.policy_id"},
)

POLICY_CONDITIONS = TableSpec(
    "policy_conditions",
    "Eligibility tests on the firm profile; rule_id empty = the whole policy, else that rule only.",
    (
        Column("condition_id", Kind.ID),
        Column("policy_id", Kind.ID),
        Column("rule_id", Kind.ID, required=False),
        Column("field", Kind.ENUM, choices=_choices(FirmField)),
        Column("op", Kind.ENUM, choices=_choices(ConditionOp)),
        Column("value", Kind.TEXT, required=False, doc="number, date, site id, or ids separated by '|'"),
        Column("text_zh", Kind.TEXT),
        Column("text_en", Kind.TEXT),
    ),
    key=("condition_id",),
    refs={"policy_id": "policies.policy_id", "rule_id": "benefit_rules.rule_id"},
)

HUB_FACTS = TableSpec(
    "hub_facts",
    "Figures about the Guizhou hub, exactly as their sources state them.",
    (
        Column("fact_id", Kind.ID),
        Column("label_zh", Kind.TEXT),
        Column("label_en", Kind.TEXT),
        Column("value", Kind.FLOAT, required=False, doc="empty for dates or words"),
        Column("unit", Kind.TEXT, required=False),
        Column("text_zh", Kind.TEXT, doc="the figure as displayed"),
        Column("text_en", Kind.TEXT, doc="the figure as displayed; for article facts, exactly its wording"),
        Column("source", Kind.TEXT),
        Column("url", Kind.URL, required=False),
        Column("as_of", Kind.PARTIAL_DATE),
        _CONFIDENCE,
        Column("from_article", Kind.BOOL, doc="true: the figure appears in the hub article"),
        Column("note", Kind.TEXT, required=False),
        Column(
            "latency_site_id",
            Kind.ID,
            required=False,
            may_be_absent=True,
            doc="a latency claim: the site it is measured from (often one-way, from its gateway)",
        ),
        Column(
            "latency_region_id",
            Kind.ID,
            required=False,
            may_be_absent=True,
            doc="a latency claim from latency_site_id to this user region; needs a value in ms. "
            "Shown beside the round-trip estimate of the pair",
        ),
        *_translated_source(),
    ),
    key=("fact_id",),
    refs={"latency_site_id": "sites.site_id", "latency_region_id": "user_regions.region_id"},
)

PACKAGE_CEILINGS = TableSpec(
    "package_ceilings",
    "Optional (issue 17). Limits for each kind of negotiated measure in an incentive package, from "
    "the policies that set them; the package designer flags an item above its limit.",
    (
        Column("ceiling_id", Kind.ID),
        Column("item", Kind.ENUM, choices=_choices(ItemKind), doc="the kind of negotiated measure"),
        Column("limit", Kind.ENUM, choices=_choices(CeilingLimit), doc="which figure of the item it bounds"),
        Column("value", Kind.FLOAT, min=0.0, doc="the limit, in unit"),
        Column("unit", Kind.TEXT, doc="fraction, fraction/yr, years, yuan, yuan/yr or yuan/person/yr"),
        Column("policy_id", Kind.ID, required=False, doc="the policy that sets the limit, if one does"),
        Column("source", Kind.TEXT),
        Column("url", Kind.URL, required=False),
        Column("as_of", Kind.PARTIAL_DATE),
        _CONFIDENCE,
        Column("note", Kind.TEXT, required=False, doc="required when confidence is estimate"),
        *_translated_source(),
    ),
    key=("ceiling_id",),
    refs={"policy_id": "policies.policy_id"},
    optional=True,
)

REGION_ASSUMPTIONS = TableSpec(
    "region_assumptions",
    "Optional (issue 17). What a move brings the region, for the package designer: the public "
    "discount rate and the shares of power sold, wages, investment and taxes counted as its return.",
    (
        Column("assumption_id", Kind.ENUM, choices=_choices(RegionAssumption)),
        *_sourced(0.0, 1.0),
    ),
    key=("assumption_id",),
    optional=True,
)

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        SITES,
        SITE_PARAMETERS,
        USER_REGIONS,
        LATENCY,
        WORKLOAD_TEMPLATES,
        TEMPLATE_PARAMETERS,
        POLICIES,
        POLICY_SOURCES,
        BENEFIT_RULES,
        POLICY_CONDITIONS,
        HUB_FACTS,
        PACKAGE_CEILINGS,
        REGION_ASSUMPTIONS,
    )
}
TABLE_FILES: dict[str, str] = {spec.file: name for name, spec in TABLES.items()}

MANIFEST_KEYS: dict[str, str] = {
    "schema_version": f"integer; this app reads version {SCHEMA_VERSION}",
    "version": "the pack's own version, e.g. 2026.11.1",
    "as_of": "YYYY-MM-DD: the date the pack's contents are current to",
    "title_zh": "optional title",
    "title_en": "optional title",
}
