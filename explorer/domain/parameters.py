"""Sourced numbers: every default the explorer uses carries its provenance."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from explorer.domain.messages import QT_TRANSLATE_NOOP, Template, local


class Confidence(StrEnum):
    """How far a number can be trusted, as labelled in the data brief."""

    OFFICIAL = "official"
    OFFICIAL_MIRROR = "official_mirror"  # official text read on a repost
    PRESS = "press"
    PRESS_PROMO = "press_promo"  # sponsored or promotional copy
    ESTIMATE = "estimate"  # derived or analyst figure; reasoning in the note
    CLIENT = "client"  # the client's own data (issue 19): never a data pack's confidence


# A confidence label in words, wherever a source is shown.
CONFIDENCE_WORDS: dict[Confidence, Template] = {
    Confidence.OFFICIAL: QT_TRANSLATE_NOOP("Provenance", "official"),
    Confidence.OFFICIAL_MIRROR: QT_TRANSLATE_NOOP("Provenance", "official (mirror)"),
    Confidence.PRESS: QT_TRANSLATE_NOOP("Provenance", "press"),
    Confidence.PRESS_PROMO: QT_TRANSLATE_NOOP("Provenance", "press (promotional)"),
    Confidence.ESTIMATE: QT_TRANSLATE_NOOP("Provenance", "estimate"),
    Confidence.CLIENT: QT_TRANSLATE_NOOP("Provenance", "client data"),
}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a number comes from. ``url`` is only set for addresses fit to show a client."""

    source: str  # English (or the only text a pack made before source_zh gives)
    as_of: str  # ISO date, "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    confidence: Confidence
    note: str = ""
    url: str = ""
    source_zh: str = ""  # the source in Chinese; empty: ``source`` is shown in Chinese too
    note_zh: str = ""  # the note in Chinese; empty: ``note`` is shown

    @property
    def is_estimate(self) -> bool:
        return self.confidence is Confidence.ESTIMATE

    def source_in(self, language: str) -> str:
        """The source in ``language`` ("zh..." or "en"), falling back to the English text."""
        return local(self.source, self.source_zh or self.source, language)

    def note_in(self, language: str) -> str:
        """The note in ``language``, falling back to the English text."""
        return local(self.note, self.note_zh or self.note, language)


@dataclass(frozen=True, slots=True)
class Parameter:
    """A value with its uncertainty range (low <= value <= high), unit and source."""

    key: str
    value: float
    low: float
    high: float
    unit: str
    provenance: Provenance

    def __post_init__(self) -> None:
        for name in ("value", "low", "high"):
            number = getattr(self, name)
            if not math.isfinite(number):
                raise ValueError(f"{self.key}: {name} must be a finite number, got {number!r}")
        if not self.low <= self.value <= self.high:
            raise ValueError(
                f"{self.key}: expected low <= value <= high, got {self.low} <= {self.value} <= {self.high}"
            )

    @property
    def is_uncertain(self) -> bool:
        return self.high > self.low

    def with_value(self, value: float) -> Parameter:
        """The same parameter set to ``value``; the range widens to include it."""
        return replace(self, value=value, low=min(self.low, value), high=max(self.high, value))


class SiteParam(StrEnum):
    """The per-site parameters of cost-model.md section 1.1, with their units."""

    ELECTRICITY_PRICE = "electricity_price"  # p_s, yuan/kWh
    PUE = "pue"  # PUE_s, ratio >= 1
    RACK_RENT = "rack_rent"  # R_s, yuan/rack/month
    BANDWIDTH_PRICE = "bandwidth_price"  # B_s, yuan/Mbps/month
    WAGE = "wage"  # W_s, yuan/person/year
    SOCIAL_ONCOST = "social_oncost"  # S_s, fraction of wage
    GRID_EMISSION_FACTOR = "grid_emission_factor"  # EF_s, tCO2/MWh
    GREEN_SHARE = "green_share"  # G_s, fraction
    BUILD_COST = "build_cost"  # K_s, yuan/kW of IT (self-build only)
    RACK_REFERENCE_KW = "rack_reference_kw"  # D_ref, kW per rack the rent R_s is quoted for (7.1)


SITE_PARAM_UNITS: dict[SiteParam, str] = {
    SiteParam.ELECTRICITY_PRICE: "yuan/kWh",
    SiteParam.PUE: "ratio",
    SiteParam.RACK_RENT: "yuan/rack/month",
    SiteParam.BANDWIDTH_PRICE: "yuan/Mbps/month",
    SiteParam.WAGE: "yuan/person/year",
    SiteParam.SOCIAL_ONCOST: "fraction",
    SiteParam.GRID_EMISSION_FACTOR: "tCO2/MWh",
    SiteParam.GREEN_SHARE: "fraction",
    SiteParam.BUILD_COST: "yuan/kW",
    SiteParam.RACK_REFERENCE_KW: "kW/rack",
}
# A pack older than cost model v2 states no reference rack power: rents were quoted for 6 kW racks.
DEFAULT_RACK_REFERENCE_KW = 6.0


class SiteRole(StrEnum):
    ORIGIN = "origin"  # where firms move from: Guangdong, Sichuan, Beijing
    DESTINATION = "destination"  # Gui'an
    COMPARATOR = "comparator"  # other hub clusters a client asks about


@dataclass(frozen=True, slots=True)
class Site:
    """A region a workload can run in, with one Parameter per SiteParam."""

    id: str
    name_zh: str
    name_en: str
    role: SiteRole
    params: dict[SiteParam, Parameter] = field(default_factory=dict)
    hub_cluster_zh: str = ""
    hub_cluster_en: str = ""

    def value(self, key: SiteParam) -> float:
        return self.params[key].value

    def name(self, language: str) -> str:
        return local(self.name_en, self.name_zh, language)

    def with_param_value(self, key: SiteParam, value: float) -> Site:
        params = dict(self.params)
        params[key] = params[key].with_value(value)
        return replace(self, params=params)
