"""A relocation scenario: who the firm is, what it runs, where, and on which terms.
One module because the scenario's frozen classes validate together and ``replace_value`` walks all
of them by dotted path; split, the rules of a path would be spread over files.

Every class is frozen and validates itself on construction, so an invalid
scenario cannot exist: the error names the field (``finance.horizon_years``).
Numeric inputs are ``Quantity`` values (a value, optionally a low/high range
and a source); a plain number is accepted wherever a Quantity is expected.

Inputs that default from the data pack (site parameters, template values) are
*overrides*: absent means "use the pack". ``Scenario.replace_value`` sets any
numeric input by its dotted path, which is how the GUI and goal seek edit.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from explorer.domain.client_record import ClientRecord, is_client_source
from explorer.domain.errors import InvalidInput
from explorer.domain.fields import (
    EXTRA_INCENTIVE_FIELD,
    FINANCE_FIELDS,
    FIRM_FIELDS,
    HORIZON_MAX,
    HORIZON_MIN,
    LATENCY_FIELD,
    MAX_SITES,
    MOVE_DATE_MAX,
    MOVE_DATE_MIN,
    ONE_OFF_FIELDS,
    POLICY_PRICE_FIELD,
    REALISATION_FIELD,
    SITE_FIELDS,
    WORKLOAD_FIELDS,
    FieldSpec,
    unit_words,
)
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template

# Problems worded the same in several places (the scenario reader uses them too).
IS_REQUIRED = QT_TRANSLATE_NOOP("Engine", "is required")
ONE_OF = QT_TRANSLATE_NOOP("Engine", "must be one of {choices}, got {value!r}")
WHOLE_YEARS = QT_TRANSLATE_NOOP("Engine", "must be a whole number of years, got {value}")
NOT_IN_SCENARIO = QT_TRANSLATE_NOOP("Engine", "is not in the scenario")
NOT_AN_INPUT = QT_TRANSLATE_NOOP("Engine", "is not a numeric input of the scenario")


class Mode(StrEnum):
    COLOCATION = "colocation"  # rent racks
    SELF_BUILD = "self_build"  # own facility
    COMPUTE_SERVICE = "compute_service"  # buy accelerator-hours


# A mode in running text (the report's and the command line's summaries).
MODE_WORDS: dict[Mode, Template] = {
    Mode.COLOCATION: QT_TRANSLATE_NOOP("ModeWords", "colocation"),
    Mode.SELF_BUILD: QT_TRANSLATE_NOOP("ModeWords", "self-build"),
    Mode.COMPUTE_SERVICE: QT_TRANSLATE_NOOP("ModeWords", "compute service"),
}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeric input. ``low``/``high`` None: no range of its own (a point, or the pack's range)."""

    value: float
    low: float | None = None
    high: float | None = None
    source: str = ""
    note: str = ""

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None

    def with_value(self, value: float) -> Quantity:
        """The same input set to ``value``; an own range widens to include it.

        A client value moved to another figure is no longer the client's: its source goes.
        """
        if value != self.value and is_client_source(self.source):
            return Quantity(value)
        if not self.has_range:
            return replace(self, value=value)
        return replace(self, value=value, low=min(self.low, value), high=max(self.high, value))


QuantityLike = Quantity | float | int


def as_quantity(value: QuantityLike | None) -> Quantity | None:
    if value is None or isinstance(value, Quantity):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            Message(
                QT_TRANSLATE_NOOP("Engine", "expected a number or Quantity, got {kind}"),
                kind=type(value).__name__,
            )
        )
    return Quantity(float(value))


def check_number(path: str, number: object, spec: FieldSpec) -> float:
    if isinstance(number, bool) or not isinstance(number, int | float):
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "expected a number, got {value!r}"), value=number
        )
    if not math.isfinite(number):
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "must be a finite number, got {value!r}"), value=number
        )
    if not spec.minimum <= number <= spec.maximum:
        raise InvalidInput(
            path,
            QT_TRANSLATE_NOOP("Engine", "must be between {minimum:g} and {maximum:g} {unit}, got {value:g}"),
            minimum=spec.minimum,
            maximum=spec.maximum,
            unit=unit_words(spec.unit),
            value=number,
        )
    return float(number)


def check_quantity(path: str, quantity: Quantity, spec: FieldSpec) -> None:
    check_number(path, quantity.value, spec)
    if (quantity.low is None) != (quantity.high is None):
        raise InvalidInput(path, QT_TRANSLATE_NOOP("Engine", "give both low and high, or neither"))
    if quantity.has_range:
        low = check_number(f"{path}.low", quantity.low, spec)
        high = check_number(f"{path}.high", quantity.high, spec)
        if not low <= quantity.value <= high:
            raise InvalidInput(
                path,
                QT_TRANSLATE_NOOP(
                    "Engine", "expected low <= value <= high, got {low:g} <= {value:g} <= {high:g}"
                ),
                low=low,
                value=quantity.value,
                high=high,
            )


def _normalise_section(obj: object, prefix: str, specs: dict[str, FieldSpec], optional: bool) -> None:
    """Turn plain numbers into Quantities and check each against its spec."""
    for name, spec in specs.items():
        if not hasattr(obj, name):
            continue
        try:
            quantity = as_quantity(getattr(obj, name))
        except TypeError as error:
            raise InvalidInput(f"{prefix}.{name}", error.args[0]) from None
        if quantity is None:
            if not optional:
                raise InvalidInput(f"{prefix}.{name}", IS_REQUIRED)
            continue
        check_quantity(f"{prefix}.{name}", quantity, spec)
        object.__setattr__(obj, name, quantity)


def _check_fraction(path: str, value: float | None) -> None:
    if value is not None:
        check_number(path, value, REALISATION_FIELD)


@dataclass(frozen=True, slots=True)
class FirmProfile:
    """Facts about the firm that costs and policy eligibility depend on. None means unknown."""

    origin: str  # site id where the workload runs now
    name: str = ""
    sector: str = ""  # e.g. "ai", "internet", "media", "finance"; "" = unknown
    high_tech: bool | None = None  # certified High and New Technology Enterprise
    domestic_chip_share: float | None = None  # 0..1
    encouraged_industry_share: float | None = None  # revenue share on the western catalogue, 0..1
    registered_in_guian: bool | None = None  # registers (or will register) an entity in Gui'an
    benchmark_project: bool | None = None  # selected as a Guizhou benchmark computing-application project
    approved_upgrade: bool | None = None  # completed an upgrade approved by Guiyang (industrial upgrading)
    large_enterprise: bool | None = None  # a large enterprise by the national size classification
    user_regions: tuple[str, ...] = ()  # where its users are: gba, yrd, bth, chengyu
    fixed_asset_investment: QuantityLike = 0.0  # yuan, at the destination
    taxable_profit: QuantityLike = 0.0  # yuan/yr booked at the destination
    loan: QuantityLike = 0.0  # yuan
    project_investment: QuantityLike | None = None  # yuan in a qualifying project; None: unknown
    retrofit_investment: QuantityLike | None = None  # yuan; None: unknown
    rd_budget: QuantityLike | None = None  # yuan, of a talent-led project; None: unknown
    qualifying_staff: QuantityLike | None = None  # persons; None: unknown
    latency_budget_ms: QuantityLike | None = None  # None: the template's tolerance

    def __post_init__(self) -> None:
        if not self.origin:
            raise InvalidInput(
                "firm.origin",
                QT_TRANSLATE_NOOP("Engine", "is required (a site id such as {example})"),
                example="beijing",
            )
        object.__setattr__(self, "user_regions", tuple(self.user_regions))
        _check_fraction("firm.domestic_chip_share", self.domestic_chip_share)
        _check_fraction("firm.encouraged_industry_share", self.encouraged_industry_share)
        _normalise_section(self, "firm", FIRM_FIELDS, optional=True)
        for name in ("fixed_asset_investment", "taxable_profit", "loan"):
            if getattr(self, name) is None:
                raise InvalidInput(f"firm.{name}", IS_REQUIRED)


@dataclass(frozen=True, slots=True)
class Workload:
    """The firm's compute. Fields left None take the template's value from the data pack."""

    template: str
    mode: Mode = Mode.COLOCATION
    accelerators: QuantityLike | None = None
    accelerator_power_kw: QuantityLike | None = None
    it_load_kw: QuantityLike | None = None  # None: accelerators * power per accelerator
    rack_density_kw: QuantityLike | None = None
    bandwidth_mbps: QuantityLike | None = None  # total; None: per-100-kW figure * IT load / 100
    bandwidth_mbps_per_100kw: QuantityLike | None = None
    staff: QuantityLike | None = None  # per site, unless a site sets its own
    utilisation: QuantityLike | None = None
    service_margin: QuantityLike = 0.25  # compute_service: provider's mark-up on energy + space
    facility_life_years: QuantityLike = 15.0  # self_build: straight-line life of the facility
    maintenance_rate: QuantityLike = 0.02  # self_build: upkeep a year, share of build cost
    # self_build, cost model v2 (7.2): None = the facility life (no reinvestment within it)
    origin_remaining_life_years: QuantityLike | None = None
    build_period_years: QuantityLike = 1.0  # capex spread evenly over years 0 .. period - 1
    salvage_share: QuantityLike = 0.0  # share of the origin facility's build cost sold at t = 0

    def __post_init__(self) -> None:
        if not self.template:
            raise InvalidInput("workload.template", IS_REQUIRED)
        try:
            object.__setattr__(self, "mode", Mode(self.mode))
        except ValueError:
            choices = ", ".join(m.value for m in Mode)
            raise InvalidInput("workload.mode", ONE_OF, choices=choices, value=self.mode) from None
        _normalise_section(self, "workload", WORKLOAD_FIELDS, optional=True)


def _frozen_mapping(path: str, mapping: Any, spec_of) -> MappingProxyType:
    """A read-only copy of ``mapping`` with every value a checked Quantity."""
    result: dict[str, Quantity] = {}
    for key, raw in dict(mapping or {}).items():
        key = str(key)
        spec = spec_of(key)
        try:
            quantity = as_quantity(raw)
        except TypeError as error:
            raise InvalidInput(f"{path}.{key}", error.args[0]) from None
        check_quantity(f"{path}.{key}", quantity, spec)
        result[key] = quantity
    return MappingProxyType(result)


def _site_param_spec(path: str):
    def spec_of(key: str) -> FieldSpec:
        if key not in SITE_FIELDS or key == "staff":
            known = ", ".join(k for k in SITE_FIELDS if k != "staff")
            raise InvalidInput(
                f"{path}.{key}",
                QT_TRANSLATE_NOOP("Engine", "is not a site parameter (known: {known})"),
                known=known,
            )
        return SITE_FIELDS[key]

    return spec_of


@dataclass(frozen=True, slots=True)
class SiteChoice:
    """A site in the comparison, with overrides of its pack parameters.

    A site id the data pack does not know is a custom site: then every site
    parameter must be given here, and the names are used.
    """

    id: str
    params: Any = field(default_factory=dict)  # SiteParam value -> Quantity
    staff: QuantityLike | None = None
    latency_ms: Any = field(default_factory=dict)  # user region id -> Quantity
    name_zh: str = ""
    name_en: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise InvalidInput("sites", QT_TRANSLATE_NOOP("Engine", "every site needs an id"))
        base = f"sites.{self.id}"
        object.__setattr__(self, "params", _frozen_mapping(base, self.params, _site_param_spec(base)))
        latency_path = f"{base}.latency"
        object.__setattr__(
            self, "latency_ms", _frozen_mapping(latency_path, self.latency_ms, lambda _: LATENCY_FIELD)
        )
        try:
            staff = as_quantity(self.staff)
        except TypeError as error:
            raise InvalidInput(f"{base}.staff", error.args[0]) from None
        if staff is not None:
            check_quantity(f"{base}.staff", staff, SITE_FIELDS["staff"])
        object.__setattr__(self, "staff", staff)


@dataclass(frozen=True, slots=True)
class OneOffCosts:
    """Relocation costs in year 0, except parallel running (charged in year 1)."""

    hardware_move_per_rack: QuantityLike = 0.0
    data_tb: QuantityLike = 0.0
    cost_per_tb: QuantityLike = 0.0
    downtime_days: QuantityLike = 0.0
    downtime_cost_per_day: QuantityLike = 0.0
    hiring_per_person: QuantityLike = 0.0  # times the staff at the new site
    early_exit: QuantityLike = 0.0
    parallel_months: QuantityLike = 0.0  # 0..12: origin keeps running at full cost
    other: QuantityLike = 0.0

    def __post_init__(self) -> None:
        _normalise_section(self, "one_off", ONE_OFF_FIELDS, optional=False)


@dataclass(frozen=True, slots=True)
class Finance:
    horizon_years: int = 10
    discount_rate: QuantityLike = 0.08
    electricity_escalation: QuantityLike = 0.0
    wage_escalation: QuantityLike = 0.0
    cny_per_usd: QuantityLike = 7.2
    move_date: dt.date = dt.date(2026, 1, 1)  # year 1 is the 12 months from this date

    def __post_init__(self) -> None:
        horizon = self.horizon_years
        if isinstance(horizon, bool) or not isinstance(horizon, int):
            raise InvalidInput("finance.horizon_years", WHOLE_YEARS, value=repr(horizon))
        if not HORIZON_MIN <= horizon <= HORIZON_MAX:
            raise InvalidInput(
                "finance.horizon_years",
                QT_TRANSLATE_NOOP("Engine", "must be between {low} and {high}, got {value}"),
                low=HORIZON_MIN,
                high=HORIZON_MAX,
                value=horizon,
            )
        if not isinstance(self.move_date, dt.date):
            raise InvalidInput(
                "finance.move_date",
                QT_TRANSLATE_NOOP("Engine", "must be a date, got {value!r}"),
                value=self.move_date,
            )
        if not MOVE_DATE_MIN <= self.move_date <= MOVE_DATE_MAX:
            raise InvalidInput(
                "finance.move_date",
                QT_TRANSLATE_NOOP("Engine", "must be a date from {low} to {high}, got {value}"),
                low=MOVE_DATE_MIN.isoformat(),
                high=MOVE_DATE_MAX.isoformat(),
                value=self.move_date.isoformat(),
            )
        _normalise_section(self, "finance", FINANCE_FIELDS, optional=False)


@dataclass(frozen=True, slots=True)
class PolicyChoice:
    """A policy the user counts in the case. ``realisation`` None: each rule's own.

    ``price`` (yuan/kWh): the electricity price a price-setting policy guarantees; None: the pack's.
    """

    policy_id: str
    realisation: QuantityLike | None = None
    price: QuantityLike | None = None

    def __post_init__(self) -> None:
        if not self.policy_id:
            raise InvalidInput("policies", QT_TRANSLATE_NOOP("Engine", "every chosen policy needs an id"))
        path = f"policies.{self.policy_id}.realisation"
        try:
            realisation = as_quantity(self.realisation)
        except TypeError as error:
            raise InvalidInput(path, error.args[0]) from None
        if realisation is not None:
            check_quantity(path, realisation, REALISATION_FIELD)
        object.__setattr__(self, "realisation", realisation)
        price_path = f"policies.{self.policy_id}.price"
        try:
            price = as_quantity(self.price)
        except TypeError as error:
            raise InvalidInput(price_path, error.args[0]) from None
        if price is not None:
            check_quantity(price_path, price, POLICY_PRICE_FIELD)
        object.__setattr__(self, "price", price)


@dataclass(frozen=True, slots=True)
class Scenario:
    firm: FirmProfile
    workload: Workload
    sites: tuple[SiteChoice, ...] = ()  # the origin and destination are added if missing
    destination: str = "guian"
    one_off: OneOffCosts = field(default_factory=OneOffCosts)
    finance: Finance = field(default_factory=Finance)
    policies: tuple[PolicyChoice, ...] = ()
    extra_incentive_per_year: QuantityLike = 0.0  # a what-if lever: "the incentive needed"
    title: str = ""
    description_zh: str = ""
    description_en: str = ""
    client: ClientRecord | None = None  # the client's own data applied (issue 19)

    def __post_init__(self) -> None:
        sites = list(self.sites)
        if len(sites) > MAX_SITES:
            raise InvalidInput(
                "sites",
                QT_TRANSLATE_NOOP("Engine", "at most {limit} sites can be compared, got {count}"),
                limit=MAX_SITES,
                count=len(sites),
            )
        seen = {site.id for site in sites}
        if len(seen) != len(sites):
            raise InvalidInput("sites", QT_TRANSLATE_NOOP("Engine", "each site may appear only once"))
        if self.destination == self.firm.origin:
            raise InvalidInput(
                "destination",
                QT_TRANSLATE_NOOP("Engine", "must differ from the origin ({origin})"),
                origin=self.firm.origin,
            )
        for site_id in (self.firm.origin, self.destination):
            if site_id not in seen:
                sites.append(SiteChoice(site_id))
                seen.add(site_id)
        object.__setattr__(self, "sites", tuple(sites))
        policies = tuple(self.policies)
        ids = [choice.policy_id for choice in policies]
        if len(set(ids)) != len(ids):
            raise InvalidInput("policies", QT_TRANSLATE_NOOP("Engine", "each policy may be chosen only once"))
        object.__setattr__(self, "policies", policies)
        _normalise_section(self, "scenario", {"extra_incentive_per_year": EXTRA_INCENTIVE_FIELD}, False)

    # --- reading ------------------------------------------------------------
    def site(self, site_id: str) -> SiteChoice:
        for site in self.sites:
            if site.id == site_id:
                return site
        raise InvalidInput(f"sites.{site_id}", NOT_IN_SCENARIO)

    @property
    def site_ids(self) -> tuple[str, ...]:
        return tuple(site.id for site in self.sites)

    # --- editing ------------------------------------------------------------
    def replace_value(self, path: str, value: float) -> Scenario:
        """A new scenario with the numeric input at ``path`` set to ``value``.

        Paths: ``firm.<field>``, ``workload.<field>``, ``one_off.<field>``,
        ``finance.<field>``, ``sites.<id>.<param>``, ``sites.<id>.staff``,
        ``sites.<id>.latency.<region>``, ``policies.<id>.realisation``, ``policies.<id>.price`` and
        ``extra_incentive_per_year``. A range the input already has widens to
        include the new value; a pack default keeps the pack's range (widened).
        """
        return self._replace(
            path, lambda old: Quantity(float(value)) if old is None else old.with_value(value)
        )

    def replace_quantity(self, path: str, quantity: Quantity) -> Scenario:
        """A new scenario with the input at ``path`` replaced, range and source included."""
        return self._replace(path, lambda old: quantity)

    def _replace(self, path: str, make) -> Scenario:
        parts = path.split(".")
        head = parts[0]
        if head == "extra_incentive_per_year" and len(parts) == 1:
            return replace(self, extra_incentive_per_year=make(self.extra_incentive_per_year))
        sections = {"firm": FIRM_FIELDS, "workload": WORKLOAD_FIELDS, "one_off": ONE_OFF_FIELDS}
        if head in sections and len(parts) == 2 and parts[1] in sections[head]:
            section = getattr(self, head)
            return replace(self, **{head: replace(section, **{parts[1]: make(getattr(section, parts[1]))})})
        if head == "finance" and len(parts) == 2:
            if parts[1] == "horizon_years":
                number = make(None).value
                if number != int(number):
                    raise InvalidInput(path, WHOLE_YEARS, value=f"{number:g}")
                return replace(self, finance=replace(self.finance, horizon_years=int(number)))
            if parts[1] in FINANCE_FIELDS:
                return replace(
                    self, finance=replace(self.finance, **{parts[1]: make(getattr(self.finance, parts[1]))})
                )
        if head == "sites" and len(parts) >= 3:
            return self._replace_site(path, parts[1], parts[2:], make)
        if head == "policies" and len(parts) == 3 and parts[2] in ("realisation", "price"):
            choices = list(self.policies)
            for index, choice in enumerate(choices):
                if choice.policy_id == parts[1]:
                    choices[index] = replace(choice, **{parts[2]: make(getattr(choice, parts[2]))})
                    return replace(self, policies=tuple(choices))
            raise InvalidInput(
                path,
                QT_TRANSLATE_NOOP("Engine", "policy {policy} is not chosen in this scenario"),
                policy=parts[1],
            )
        raise InvalidInput(path, NOT_AN_INPUT)

    def _replace_site(self, path: str, site_id: str, rest: list[str], make) -> Scenario:
        site = self.site(site_id) if site_id in self.site_ids else None
        if site is None:
            raise InvalidInput(
                path, QT_TRANSLATE_NOOP("Engine", "site {site} is not in the scenario"), site=site_id
            )
        if rest == ["staff"]:
            new_site = replace(site, staff=make(site.staff))
        elif len(rest) == 1 and rest[0] in SITE_FIELDS:
            params = dict(site.params)
            params[rest[0]] = make(params.get(rest[0]))
            new_site = replace(site, params=params)
        elif len(rest) == 2 and rest[0] == "latency":
            latency = dict(site.latency_ms)
            latency[rest[1]] = make(latency.get(rest[1]))
            new_site = replace(site, latency_ms=latency)
        else:
            raise InvalidInput(path, NOT_AN_INPUT)
        return replace(self, sites=tuple(new_site if s.id == site_id else s for s in self.sites))
