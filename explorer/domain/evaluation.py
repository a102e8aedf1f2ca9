"""The result of evaluating a scenario: plain, immutable, readable by the GUI as is.

Arrays are read-only numpy arrays indexed by year 0..H (year 0 is the move:
operating lines are zero there). ``Evaluation.to_dict()`` gives the same
content as JSON-ready data; it never contains NaN or infinity (an undefined
IRR or a payback outside the horizon is ``null`` with a status beside it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable
from enum import Enum, StrEnum
from typing import Any

import numpy as np

from explorer.domain.finance import Irr, Payback
from explorer.domain.incentives import ConditionResult, Status
from explorer.domain.latency import LatencyKind
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from explorer.domain.model import InputInfo

EVALUATION_FORMAT_VERSION = 2  # 2: cost model v2 (investment and tax lines, salvage)


@dataclasses.dataclass(frozen=True, slots=True)
class AnnualTable:
    """One site's yearly lines, yuan, year 0 (the move) to H.

    ``opex`` = energy + space + service_fee + network + labour + charges (origin-side
    surcharges). ``investment``: self-build capital (capex, reinvestment, less the
    residual value at H; 0 in other modes). ``incentives``: benefits received at the
    site except profit-based ones, which are ``tax`` (relief on the profit tax).
    ``net = opex + investment - incentives - tax``. In self-build, ``space`` is the
    facility's upkeep (maintenance rate x build cost).
    """

    energy: np.ndarray
    space: np.ndarray
    service_fee: np.ndarray
    network: np.ndarray
    labour: np.ndarray
    charges: np.ndarray
    opex: np.ndarray
    investment: np.ndarray
    incentives: np.ndarray
    tax: np.ndarray
    net: np.ndarray

    COLUMNS = (
        "energy", "space", "service_fee", "network", "labour", "charges", "opex", "investment",
        "incentives", "tax", "net",
    )  # fmt: skip


# Each column of an AnnualTable in words: the window, the reports and the command line read them here.
COLUMN_WORDS: dict[str, Template] = {
    "energy": QT_TRANSLATE_NOOP("Figures", "Energy"),
    "space": QT_TRANSLATE_NOOP("Figures", "Space"),
    "service_fee": QT_TRANSLATE_NOOP("Figures", "Compute service"),
    "network": QT_TRANSLATE_NOOP("Figures", "Network"),
    "labour": QT_TRANSLATE_NOOP("Figures", "Labour"),
    "charges": QT_TRANSLATE_NOOP("Figures", "Charges"),
    "opex": QT_TRANSLATE_NOOP("Figures", "Operating cost"),
    "investment": QT_TRANSLATE_NOOP("Figures", "Investment"),
    "incentives": QT_TRANSLATE_NOOP("Figures", "Incentives"),
    "tax": QT_TRANSLATE_NOOP("Figures", "Tax relief"),
    "net": QT_TRANSLATE_NOOP("Figures", "Net cost"),
}
COST_LINES = ("energy", "space", "service_fee", "network", "labour", "charges")  # opex = their sum


class LatencyVerdict(StrEnum):
    OK = "ok"  # even the high estimate is within the budget
    MARGINAL = "marginal"  # the central value is within the budget, the high one is not
    TOO_SLOW = "too_slow"
    UNKNOWN = "unknown"  # no latency figure or no budget


@dataclasses.dataclass(frozen=True, slots=True)
class LatencyResult:
    """The round-trip estimate L_s,u to one user region (cost-model.md 7.5), ms, against the budget.

    Every figure here is a round trip; an official claim (often one-way) is a hub fact, found
    with ``explorer.domain.latency.official_claims``. ``kind`` says so in the JSON.
    """

    region: str
    name_en: str
    name_zh: str
    latency_ms: float | None  # round-trip estimate, ms
    low_ms: float | None  # its low and high end, ms, round trip
    high_ms: float | None
    budget_ms: float | None  # the firm's latency budget, ms, round trip
    verdict: LatencyVerdict
    kind: LatencyKind = LatencyKind.ROUND_TRIP_ESTIMATE


@dataclasses.dataclass(frozen=True, slots=True)
class SiteResult:
    id: str
    name_en: str
    name_zh: str
    role: str  # origin / destination / comparator / custom (the pack's role; "custom" if not in the pack)
    is_origin: bool
    is_destination: bool
    it_load_kw: float
    racks: float
    energy_kwh: float  # a year
    co2_t: float  # tCO2 a year
    co2_avoided_t: float  # a year, against the origin (0 for the origin)
    unit_cost: float | None  # yuan per accelerator-hour, year 1 opex; None without accelerators
    # the same less the year-1 incentives that reduce a cost line (energy, rent, compute), never < 0
    unit_cost_net: float | None
    table: AnnualTable
    latency: tuple[LatencyResult, ...]
    # where the money comes from: each counted policy's yearly amount at this site
    # (charges negative), in the order the scenario chose the policies
    incentives_by_policy: tuple[tuple[str, np.ndarray], ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class CaseResult:
    """The relocation case origin -> ``site_id``."""

    site_id: str
    cash_flows: np.ndarray  # CF_0..CF_H
    cumulative: np.ndarray
    discounted: np.ndarray
    savings: np.ndarray  # opex_origin - opex_site, before incentives (year 0: 0)
    investment: np.ndarray  # self-build: investment at the origin - investment at the site
    incentives: np.ndarray  # incentives at the site - incentives at the origin (profit-based excepted)
    tax: np.ndarray  # tax relief at the site - tax relief at the origin
    one_off: float  # year 0
    parallel_running: float  # charged in year 1
    salvage: float  # self-build: sale of the origin facility, year 0
    # cash_flows = savings + investment + incentives + tax, less one_off in year 0 and
    # parallel_running in year 1, plus salvage in year 0
    npv: float
    irr: Irr
    payback: Payback
    co2_avoided_t: float  # over the horizon


class PolicyStatus(StrEnum):
    ELIGIBLE = "eligible"  # conditions met, and it pays something in the horizon
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"  # a condition cannot be decided from the firm profile
    EXPIRED = "expired"  # ended before the move
    NOT_QUANTIFIED = "not_quantified"  # eligible, but no amount was ever published
    NOT_APPLICABLE = "not_applicable"  # no site in the comparison where it applies, or outside the horizon


# A status in words, for the Policies tab, the report and anything else that names it.
STATUS_WORDS: dict[PolicyStatus, Template] = {
    PolicyStatus.ELIGIBLE: QT_TRANSLATE_NOOP("PolicyWords", "Eligible"),
    PolicyStatus.NOT_QUANTIFIED: QT_TRANSLATE_NOOP("PolicyWords", "Eligible (no amount)"),
    PolicyStatus.UNKNOWN: QT_TRANSLATE_NOOP("PolicyWords", "Unknown: data missing"),
    PolicyStatus.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("PolicyWords", "Not eligible"),
    PolicyStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("PolicyWords", "Not applicable"),
    PolicyStatus.EXPIRED: QT_TRANSLATE_NOOP("PolicyWords", "Expired before the move"),
}


@dataclasses.dataclass(frozen=True, slots=True)
class RuleResult:
    rule_id: str
    kind: str
    site_id: str
    status: Status
    quantified: bool
    stacked_out: bool  # superseded by a larger rule of its stacking group
    profit_based: bool  # a tax rate or a benefit on profit: the tax line, not incentives (7.3)
    amounts: np.ndarray  # counted, yuan per year received at the site (charges negative)
    potential: np.ndarray  # what it would pay if eligible and not stacked out
    total: float
    present_value: float


@dataclasses.dataclass(frozen=True, slots=True)
class PolicyResult:
    policy_id: str
    title_en: str
    title_zh: str
    status: PolicyStatus
    conditions: tuple[ConditionResult, ...]
    rules: tuple[RuleResult, ...]
    case_value: np.ndarray  # effect on the main case per year: at the destination minus at the origin
    case_potential: np.ndarray  # the same if every condition were met
    total: float
    present_value: float
    reason: str  # why this status: the engine's Message (a layer's Style renders it)
    notes: tuple[Message, ...] = ()  # e.g. "the site's price already is this policy's price"


@dataclasses.dataclass(frozen=True, slots=True)
class Evaluation:
    title: str
    horizon: int
    years: np.ndarray  # 0..H
    move_date: dt.date
    mode: str
    origin: str
    destination: str
    discount_rate: float
    cny_per_usd: float
    sites: tuple[SiteResult, ...]
    cases: tuple[CaseResult, ...]  # origin -> each other site
    policies: tuple[PolicyResult, ...]
    inputs: tuple[InputInfo, ...]
    extra_incentive: np.ndarray  # the what-if lever, per year, at the destination

    @property
    def primary(self) -> CaseResult:
        """The case origin -> destination."""
        return self.case(self.destination)

    def case(self, site_id: str) -> CaseResult:
        for case in self.cases:
            if case.site_id == site_id:
                return case
        raise KeyError(site_id)

    def site(self, site_id: str) -> SiteResult:
        for site in self.sites:
            if site.id == site_id:
                return site
        raise KeyError(site_id)

    def to_dict(self, chinese: Callable[[Any], str] | None = None) -> dict[str, Any]:
        """JSON-ready (docs/scenario-format.md). The engine's words (policy and condition reasons)
        appear as ``*_en`` and ``*_zh``: ``chinese`` renders one in Chinese (a layer's
        ``Style(translate, "zh_CN").text``); without it the ``*_zh`` keys hold the English."""
        data: dict[str, Any] = to_plain(self)
        zh = chinese or str
        policies = []
        for policy, plain in zip(self.policies, data["policies"], strict=True):
            conditions = zip(policy.conditions, plain["conditions"], strict=True)  # to_plain made the dicts
            plain["conditions"] = [in_both(c, c_plain, zh) for c, c_plain in conditions]
            policies.append(in_both(policy, plain, zh))
        data["policies"] = policies
        inputs = zip(self.inputs, data["inputs"], strict=True)
        data["inputs"] = [in_both(info, plain, zh, ("label",)) for info, plain in inputs]
        data["format_version"] = EVALUATION_FORMAT_VERSION
        data["primary_case"] = self.destination
        return data


_WORDED = ("text", "reason", "change")  # a result's texts shown as *_en and *_zh in the JSON


def in_both(
    result: Any, plain: dict[str, Any], zh: Callable[[Any], str], worded: tuple[str, ...] = _WORDED
) -> dict[str, Any]:
    """A copy of ``plain`` with each worded key replaced by its English and its Chinese."""
    out: dict[str, Any] = {}
    for key, value in plain.items():
        if key in worded:
            text = getattr(result, key)
            out[f"{key}_en"], out[f"{key}_zh"] = str(text), zh(text) if text else ""
        else:
            out[key] = value
    return out


def to_plain(value: Any) -> Any:
    """JSON-ready data: arrays to lists, enums to values, dates to ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, np.ndarray):
        return [_number(x) for x in value.tolist()]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, float | np.floating):
        return _number(float(value))
    if isinstance(value, np.integer):
        return int(value)
    return value


def _number(value: float) -> float:
    if not math.isfinite(value):
        raise ArithmeticError(f"a result is not finite ({value}): this is a bug in the engine")
    return value
