"""Scenario + data pack -> Model: every numeric input resolved into one flat vector.
One module because it is the one place an input gets its column, range and provenance, in one
resolution order (scenario override, template, pack) that the policy rules compiled here also
follow; split, that order would have to be read across files to be trusted.

The Model is what the vectorised core (``cashflow.simulate``) runs on. Each
numeric input gets one column, addressed by its dotted path, with its value,
range, unit and provenance. An evaluation is the core run on one row (the
values); a tornado on 2k rows; a Monte Carlo on N rows of triangular draws.
Everything else the core needs (which sites, which rules, the mode) is fixed
here, once per scenario.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from explorer.domain.client_record import CLIENT_SOURCE_PREFIX_ZH, client_source_parts
from explorer.domain.errors import InvalidInput
from explorer.domain.fields import (
    EXTRA_INCENTIVE_FIELD,
    FINANCE_FIELDS,
    FIRM_FIELDS,
    LATENCY_FIELD,
    ONE_OFF_FIELDS,
    POLICY_PRICE_FIELD,
    REALISATION_FIELD,
    SITE_FIELDS,
    WORKLOAD_FIELDS,
    FieldSpec,
)
from explorer.domain.incentives import is_one_off
from explorer.domain.messages import QT_TRANSLATE_NOOP, Bilingual, Message
from explorer.domain.pack import DataPack
from explorer.domain.parameters import (
    DEFAULT_RACK_REFERENCE_KW,
    Confidence,
    Parameter,
    Provenance,
    SiteParam,
    SiteRole,
)
from explorer.domain.policies import BenefitKind, BenefitRule, Policy
from explorer.domain.scenario import NOT_IN_SCENARIO, Mode, Quantity, Scenario, check_number

USER_INPUT_SOURCE = "scenario"
FULL_USE = QT_TRANSLATE_NOOP("Engine", "no utilisation given: unit cost assumes full use")
ORIGIN_LIFE_DEFAULT = QT_TRANSLATE_NOOP(
    "Engine", "not given: the facility life, so the origin facility needs no reinvestment before then"
)
RACK_REFERENCE_DEFAULT = QT_TRANSLATE_NOOP(
    "Engine", "the data pack states no reference rack power: rents are taken as quoted for 6 kW racks"
)
NO_PRICE_TO_SET = QT_TRANSLATE_NOOP(
    "Engine", "this policy guarantees no electricity price, so it has no price to set"
)
POLICY_PRICE_NOTE = QT_TRANSLATE_NOOP("Engine", "the price the policy guarantees (benefit rule {rule})")
# Labels the model makes from a field's: a site's input, a policy's realisation and guaranteed price.
SITE_LABEL = QT_TRANSLATE_NOOP("Fields", "{site}: {label}")
REALISATION_LABEL = QT_TRANSLATE_NOOP("Fields", "{policy}: realisation")
PRICE_LABEL = QT_TRANSLATE_NOOP("Fields", "{policy}: guaranteed electricity price")
OPTIONAL_FIRM_FIELDS = (
    "project_investment",
    "retrofit_investment",
    "rd_budget",
    "qualifying_staff",
    "latency_budget_ms",
)

# Template parameter names in the data pack, with the spellings we accept.
TEMPLATE_KEYS: dict[str, tuple[str, ...]] = {
    "accelerators": ("accelerators",),
    "accelerator_power_kw": ("accelerator_power_kw",),
    "it_load_kw": ("it_load_kw",),
    "rack_density_kw": ("rack_density_kw",),
    "bandwidth_mbps_per_100kw": ("bandwidth_mbps_per_100kw",),
    "staff": ("staff", "staff_per_site"),
    "utilisation": ("utilisation", "utilization"),
    "latency_tolerance_ms": ("latency_tolerance_ms",),
}


@dataclass(frozen=True, slots=True)
class InputInfo:
    """One numeric input of the model, as resolved from the scenario and the pack."""

    path: str
    value: float
    low: float
    high: float
    unit: str
    label: str  # the field's name: a Template or Message (context "Fields"), rendered by the layer's Style
    minimum: float  # allowed domain: validation and goal-seek bracket
    maximum: float
    affects_npv: bool
    provenance: Provenance | None  # the pack's source, or the scenario's ("scenario" when it names none)
    overridden: bool  # True: the scenario set this value (over the pack's, if there is one)
    default: Parameter | None = None  # the data pack's figure, kept when the scenario overrides it

    @property
    def uncertain(self) -> bool:
        return self.high > self.low


@dataclass(frozen=True, slots=True)
class SiteInfo:
    id: str
    name_zh: str
    name_en: str
    role: SiteRole | None  # None: a custom site not in the pack
    columns: Mapping[str, int]  # SiteParam value -> input column
    staff_column: int
    latency: Mapping[str, Parameter]  # user region -> round-trip latency


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One benefit rule of one chosen policy, at one site of the comparison."""

    rule: BenefitRule
    policy: Policy
    site: int  # position in Model.sites
    window: np.ndarray  # (H+1,): share of each year the rule pays (validity, start, years)
    realisation_column: int | None  # None: the rule's own realisation
    price_column: int | None = None  # a guaranteed electricity price: its input (policies.<id>.price)


@dataclass(frozen=True, slots=True)
class Model:
    scenario: Scenario
    pack: DataPack
    inputs: tuple[InputInfo, ...]
    index: Mapping[str, int]
    base: np.ndarray  # (k,) the values, read-only
    horizon: int
    mode: Mode
    sites: tuple[SiteInfo, ...]
    origin: int  # position in sites
    destination: int
    rules: tuple[RuleSpec, ...]
    it_load_column: int | None  # None: accelerators * power per accelerator
    latency_budget: Parameter | None

    def column(self, path: str) -> int:
        try:
            return self.index[path]
        except KeyError:
            raise InvalidInput(
                path, QT_TRANSLATE_NOOP("Engine", "is not a numeric input of this scenario")
            ) from None

    def info(self, path: str) -> InputInfo:
        return self.inputs[self.column(path)]

    def site_position(self, site_id: str) -> int:
        for position, site in enumerate(self.sites):
            if site.id == site_id:
                return position
        raise InvalidInput(f"sites.{site_id}", NOT_IN_SCENARIO)

    def case_columns(self, target: int) -> list[int]:
        """The uncertain inputs the NPV of the case origin -> ``target`` can depend on.

        Leaves out other sites' figures and inputs the chosen mode does not use
        (build cost outside self-build, rent in self-build, the service margin
        outside compute service, accelerators when the IT load is given).
        """
        sites = {self.sites[self.origin].id, self.sites[target].id}
        unused = set(MODE_UNUSED[self.mode])
        if self.it_load_column is not None:
            unused |= {"accelerators", "accelerator_power_kw"}
        columns = []
        for i, item in enumerate(self.inputs):
            parts = item.path.split(".")
            if not (item.uncertain and item.affects_npv) or parts[-1] in unused:
                continue
            if parts[0] == "sites" and parts[1] not in sites:
                continue
            columns.append(i)
        return columns

    def uncertain_columns(self, npv_only: bool = True) -> list[int]:
        return [
            i for i, item in enumerate(self.inputs) if item.uncertain and (item.affects_npv or not npv_only)
        ]


SELF_BUILD_ONLY = (
    "build_cost", "facility_life_years", "maintenance_rate", "origin_remaining_life_years",
    "build_period_years", "salvage_share",
)  # fmt: skip
MODE_UNUSED: dict[Mode, tuple[str, ...]] = {
    Mode.COLOCATION: (*SELF_BUILD_ONLY, "service_margin"),
    Mode.SELF_BUILD: ("rack_rent", "rack_reference_kw", "service_margin"),
    Mode.COMPUTE_SERVICE: SELF_BUILD_ONLY,
}


class _Registry:
    """Collects the inputs in order while the model is built."""

    def __init__(self) -> None:
        self.items: list[InputInfo] = []
        self.index: dict[str, int] = {}

    def add(
        self,
        path: str,
        spec: FieldSpec,
        given: Quantity | None,
        default: Parameter | None = None,
        label: str | None = None,
    ) -> int:
        label = label or spec.label
        if given is None and default is None:
            raise InvalidInput(
                path, QT_TRANSLATE_NOOP("Engine", "is required: the data pack has no default for it")
            )
        if given is None:
            value, low, high = default.value, default.low, default.high
            provenance, overridden = default.provenance, False
            self._check_pack_range(path, spec, value, low, high)
        else:
            value = given.value
            if given.has_range:
                low, high = given.low, given.high
            elif default is not None:
                low, high = scaled_range(default, value, spec)
            else:
                low = high = value
            provenance = _user_provenance(given)
            overridden = True
        self.index[path] = len(self.items)
        self.items.append(
            InputInfo(
                path, value, low, high, spec.unit, label, spec.minimum, spec.maximum,
                spec.affects_npv, provenance, overridden, default,
            )
        )  # fmt: skip
        return self.index[path]

    @staticmethod
    def _check_pack_range(path: str, spec: FieldSpec, value: float, low: float, high: float) -> None:
        if not _pack_range_ok(spec, value, low, high):
            for name, number in (("value", value), ("low", low), ("high", high)):
                try:
                    check_number(f"{path}.{name}", number, spec)
                except InvalidInput as error:
                    raise InvalidInput(
                        error.field,
                        QT_TRANSLATE_NOOP("Engine", "{reason} (data pack)"),
                        reason=error.problem,
                    ) from None


@lru_cache(maxsize=4096)
def _pack_range_ok(spec: FieldSpec, value: float, low: float, high: float) -> bool:
    """Pack figures are the same on every evaluation: check each once; check_number words a failure."""
    return all(spec.minimum <= x <= spec.maximum for x in (value, low, high))


def scaled_range(default: Parameter, value: float, spec: FieldSpec) -> tuple[float, float]:
    """The range of a value the user typed over a pack default: the pack's relative range, moved.

    0.40 over a pack price of 0.35 (0.34..0.44) gets 0.389..0.503: the source's
    uncertainty in proportion, not a range that no longer surrounds the value.
    A pack value of 0 gives no proportion: the typed value is then a point.
    """
    if value == default.value:
        return default.low, default.high
    if default.value == 0:
        return value, value
    low = min(max(value * default.low / default.value, spec.minimum), value)
    high = max(min(value * default.high / default.value, spec.maximum), value)
    return low, high


def _user_provenance(given: Quantity) -> Provenance:
    return _provenance(given.source, given.note)


@lru_cache(maxsize=1024)
def _provenance(source: str, note: str) -> Provenance:
    """Where a number typed into the scenario comes from: the source it names, else "scenario".

    A client value (issue 19) names its file and day: confidence "client data", as of that day.
    """
    client = client_source_parts(source)
    if client is not None:
        file_name, day = client
        return Provenance(source=source, as_of=day, confidence=Confidence.CLIENT, note=note,
                          source_zh=f"{CLIENT_SOURCE_PREFIX_ZH}{file_name}，{day}")  # fmt: skip
    return Provenance(source=source or USER_INPUT_SOURCE, as_of="", confidence=Confidence.ESTIMATE, note=note)


def _template_param(template, name: str) -> Parameter | None:
    for key in TEMPLATE_KEYS[name]:
        if key in template.params:
            return template.params[key]
    return None


def _template_bandwidth_per_100kw(template) -> Parameter | None:
    """The template's bandwidth per 100 kW of IT load.

    A pack may give it directly, or as a total ``bandwidth_mbps`` for the
    template's own default load; the total is then scaled to 100 kW so that
    bandwidth follows the firm's IT load.
    """
    direct = _template_param(template, "bandwidth_mbps_per_100kw")
    if direct is not None or "bandwidth_mbps" not in template.params:
        return direct
    total = template.params["bandwidth_mbps"]
    load = _template_param(template, "it_load_kw")
    if load is not None:
        load_kw = load.value
    else:
        count = _template_param(template, "accelerators")
        power = _template_param(template, "accelerator_power_kw")
        load_kw = count.value * power.value if count is not None and power is not None else 0.0
    if load_kw <= 0:
        return None
    scale = 100.0 / load_kw
    note = Message(
        QT_TRANSLATE_NOOP("Engine", "{total:g} Mbps for the template's {load:g} kW, scaled to 100 kW"),
        total=total.value, load=load_kw,
    )  # fmt: skip
    scaled = note
    if total.provenance.note:
        note = Message(
            QT_TRANSLATE_NOOP("Engine", "{note}; {scaled}"), note=total.provenance.note, scaled=scaled
        )
    note_zh = total.provenance.note_zh  # the pack's note in Chinese, where given
    if note_zh:
        note_zh = Message(QT_TRANSLATE_NOOP("Engine", "{note}; {scaled}"), note=note_zh, scaled=scaled)
    provenance = replace(total.provenance, note=note, note_zh=note_zh)
    return Parameter(
        "bandwidth_mbps_per_100kw",
        total.value * scale,
        total.low * scale,
        total.high * scale,
        "Mbps/100kW",
        provenance,
    )


def build_model(scenario: Scenario, pack: DataPack) -> Model:
    """Resolve ``scenario`` against ``pack``; refuses unknown ids and out-of-range values."""
    registry = _Registry()
    finance = scenario.finance
    for name, spec in FINANCE_FIELDS.items():
        registry.add(f"finance.{name}", spec, getattr(finance, name))
    firm = scenario.firm
    for name, spec in FIRM_FIELDS.items():
        given = getattr(firm, name)
        if name in OPTIONAL_FIRM_FIELDS and given is None:
            continue  # unknown: rules that need it are shown as "unknown"
        if name != "latency_budget_ms":
            registry.add(f"firm.{name}", spec, given)
    for region in firm.user_regions:
        if region not in pack.user_regions:
            raise InvalidInput(
                "firm.user_regions",
                QT_TRANSLATE_NOOP("Engine", "unknown user region {region!r} (known: {known})"),
                region=region,
                known=", ".join(pack.user_regions),
            )

    workload = scenario.workload
    template = pack.templates.get(workload.template)
    if template is None:
        known = ", ".join(pack.templates)
        raise InvalidInput(
            "workload.template",
            QT_TRANSLATE_NOOP("Engine", "unknown template {template!r} (known: {known})"),
            template=workload.template,
            known=known,
        )
    it_load_column = _add_workload(registry, scenario, template)

    sites = tuple(_add_site(registry, scenario, pack, choice) for choice in scenario.sites)
    positions = {site.id: i for i, site in enumerate(sites)}
    for name, spec in ONE_OFF_FIELDS.items():
        registry.add(f"one_off.{name}", spec, getattr(scenario.one_off, name))
    registry.add("extra_incentive_per_year", EXTRA_INCENTIVE_FIELD, scenario.extra_incentive_per_year)

    rules = _compile_rules(registry, scenario, pack, sites)
    budget = firm.latency_budget_ms
    latency_budget = (
        Parameter("latency_budget_ms", budget.value, budget.low if budget.has_range else budget.value,
                  budget.high if budget.has_range else budget.value, "ms",
                  _user_provenance(budget))
        if budget is not None
        else _template_param(template, "latency_tolerance_ms")
    )  # fmt: skip
    return Model(
        scenario=scenario,
        pack=pack,
        inputs=tuple(registry.items),
        index=dict(registry.index),
        base=_read_only(np.array([item.value for item in registry.items], dtype=np.float64)),
        horizon=finance.horizon_years,
        mode=workload.mode,
        sites=sites,
        origin=positions[firm.origin],
        destination=positions[scenario.destination],
        rules=rules,
        it_load_column=it_load_column,
        latency_budget=latency_budget,
    )


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


def _add_workload(registry: _Registry, scenario: Scenario, template) -> int | None:
    workload = scenario.workload
    for name in ("accelerators", "accelerator_power_kw"):
        default = _template_param(template, name)
        given = getattr(workload, name)
        if given is None and default is None:
            given = Quantity(0.0)  # no accelerators: the IT load must then be given
        registry.add(f"workload.{name}", WORKLOAD_FIELDS[name], given, default)
    it_load_column = None
    accelerators = registry.items[registry.index["workload.accelerators"]].value
    template_load = _template_param(template, "it_load_kw")
    if workload.it_load_kw is not None or (accelerators == 0 and template_load is not None):
        it_load_column = registry.add(
            "workload.it_load_kw", WORKLOAD_FIELDS["it_load_kw"], workload.it_load_kw, template_load
        )
    for name in ("rack_density_kw", "staff"):
        registry.add(
            f"workload.{name}",
            WORKLOAD_FIELDS[name],
            getattr(workload, name),
            _template_param(template, name),
        )
    if workload.bandwidth_mbps is not None:  # a total given by the firm
        registry.add("workload.bandwidth_mbps", WORKLOAD_FIELDS["bandwidth_mbps"], workload.bandwidth_mbps)
    else:  # scales with the IT load
        name = "bandwidth_mbps_per_100kw"
        registry.add(f"workload.{name}", WORKLOAD_FIELDS[name], workload.bandwidth_mbps_per_100kw,
                     _template_bandwidth_per_100kw(template))  # fmt: skip
    utilisation = workload.utilisation
    default = _template_param(template, "utilisation")
    if utilisation is None and default is None:
        utilisation = Quantity(1.0, note=Message(FULL_USE))
    registry.add("workload.utilisation", WORKLOAD_FIELDS["utilisation"], utilisation, default)
    for name in ("service_margin", "facility_life_years", "maintenance_rate", "build_period_years",
                 "salvage_share"):  # fmt: skip
        registry.add(f"workload.{name}", WORKLOAD_FIELDS[name], getattr(workload, name))
    remaining = workload.origin_remaining_life_years
    if remaining is None:  # not given: the origin facility lasts a full life from the move
        life = registry.items[registry.index["workload.facility_life_years"]].value
        remaining = Quantity(life, note=Message(ORIGIN_LIFE_DEFAULT))
    name = "origin_remaining_life_years"
    registry.add(f"workload.{name}", WORKLOAD_FIELDS[name], remaining)
    return it_load_column


SITE_PARAM_SPECS = tuple((param, param.value, SITE_FIELDS[param.value]) for param in SiteParam)
DEFAULT_RACK_REFERENCE = Parameter(
    SiteParam.RACK_REFERENCE_KW.value, DEFAULT_RACK_REFERENCE_KW, DEFAULT_RACK_REFERENCE_KW,
    DEFAULT_RACK_REFERENCE_KW, "kW/rack",
    Provenance(source="cost-model.md 7.1", as_of="", confidence=Confidence.ESTIMATE,
               note=Message(RACK_REFERENCE_DEFAULT)),
)  # fmt: skip


def _add_site(registry: _Registry, scenario: Scenario, pack: DataPack, choice) -> SiteInfo:
    pack_site = pack.sites.get(choice.id)
    base = f"sites.{choice.id}"
    if pack_site is None:
        optional = (SiteParam.RACK_REFERENCE_KW,)  # a custom site's rent is for a 6 kW rack unless it says
        missing = [p.value for p in SiteParam if p.value not in choice.params and p not in optional]
        if missing:
            known = ", ".join(pack.sites)
            raise InvalidInput(
                base,
                QT_TRANSLATE_NOOP(
                    "Engine", "is not in the data pack (known: {known}); a custom site must give {missing}"
                ),
                known=known,
                missing=", ".join(missing),
            )
    name_en = choice.name_en or (pack_site.name_en if pack_site else choice.id)
    name_zh = choice.name_zh or (pack_site.name_zh if pack_site else choice.id)
    columns: dict[str, int] = {}
    for param, name, spec in SITE_PARAM_SPECS:
        default = pack_site.params.get(param) if pack_site else None
        if default is None and param is SiteParam.RACK_REFERENCE_KW:
            default = DEFAULT_RACK_REFERENCE
        columns[name] = registry.add(
            f"{base}.{name}", spec, choice.params.get(name), default,
            Message(SITE_LABEL, site=Bilingual(name_zh, name_en), label=spec.label),
        )  # fmt: skip
    if choice.staff is not None:
        spec = SITE_FIELDS["staff"]
        staff_column = registry.add(
            f"{base}.staff",
            spec,
            choice.staff,
            None,
            Message(SITE_LABEL, site=Bilingual(name_zh, name_en), label=spec.label),
        )
    else:
        staff_column = registry.index["workload.staff"]
    latency: dict[str, Parameter] = {}
    for region in pack.user_regions:
        given = choice.latency_ms.get(region)
        default = pack.latency_ms.get((choice.id, region))
        if given is not None:
            if given.has_range:
                low, high = given.low, given.high
            elif default is not None:
                low, high = scaled_range(default, given.value, LATENCY_FIELD)
            else:
                low = high = given.value
            path = f"{base}.latency.{region}"
            latency[region] = Parameter(
                path, given.value, low, high, LATENCY_FIELD.unit, _user_provenance(given)
            )
        elif default is not None:
            latency[region] = default
    for region in choice.latency_ms:
        if region not in pack.user_regions:
            raise InvalidInput(
                f"{base}.latency.{region}",
                QT_TRANSLATE_NOOP("Engine", "is not a user region of the data pack"),
            )
    role = pack_site.role if pack_site else None
    return SiteInfo(choice.id, name_zh, name_en, role, columns, staff_column, latency)


def _rule_sites(rule: BenefitRule, scenario: Scenario, sites: tuple[SiteInfo, ...]) -> list[int]:
    """Where a rule applies: "destination" (the pack's destination sites), "origin", "any", or site ids."""
    target = rule.site.strip()
    if target == "destination":
        return [i for i, s in enumerate(sites) if s.role is SiteRole.DESTINATION]
    if target == "origin":
        return [i for i, s in enumerate(sites) if s.id == scenario.firm.origin]
    if target in ("any", "all", "*"):
        return list(range(len(sites)))
    wanted = {part.strip() for part in target.split("|")}
    return [i for i, s in enumerate(sites) if s.id in wanted]


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def policy_year_shares(policy: Policy, move: dt.date, horizon: int) -> np.ndarray:
    """(H+1,) share of each year inside the policy's validity window; year 0 is the move day."""
    return _year_shares(policy.effective, policy.expiry, move, horizon)


@lru_cache(maxsize=1024)
def _year_shares(
    effective: dt.date | None, expiry: dt.date | None, move: dt.date, horizon: int
) -> np.ndarray:
    shares = np.zeros(horizon + 1)
    start = effective or dt.date.min
    end = expiry or dt.date.max  # inclusive
    shares[0] = 1.0 if start <= move <= end else 0.0
    for t in range(1, horizon + 1):
        year_start, year_end = _add_years(move, t - 1), _add_years(move, t)  # [start, end)
        days = (year_end - year_start).days
        overlap_start = max(year_start, start)
        overlap_end = min(year_end, end + dt.timedelta(days=1)) if end < dt.date.max else year_end
        shares[t] = max(0, (overlap_end - overlap_start).days) / days
    shares.setflags(write=False)  # cached: shared by every caller
    return shares


def in_force_on(policy: Policy, day: dt.date) -> bool:
    return (policy.effective is None or policy.effective <= day) and (
        policy.expiry is None or day <= policy.expiry
    )


def rule_window(rule: BenefitRule, shares: np.ndarray, policy: Policy, move: dt.date) -> np.ndarray:
    """(H+1,) share of each year in which the rule *earns*, before payout lag."""
    horizon = len(shares) - 1
    window = np.zeros(horizon + 1)
    if is_one_off(rule):
        year = max(0, rule.start_year)
        if year <= horizon:
            # paid once, if the policy is in force on the first day of the year it is earned
            # (year 0 and year 1 both begin on the move date)
            first_day = _add_years(move, max(0, year - 1))
            window[year] = 1.0 if in_force_on(policy, first_day) else 0.0
        return window
    first = max(1, rule.start_year)
    last = horizon if rule.years is None else min(horizon, rule.start_year + rule.years - 1)
    if first <= last:
        window[first : last + 1] = shares[first : last + 1]
    return window


def _compile_rules(
    registry: _Registry, scenario: Scenario, pack: DataPack, sites: tuple[SiteInfo, ...]
) -> tuple[RuleSpec, ...]:
    specs: list[RuleSpec] = []
    move = scenario.finance.move_date
    horizon = scenario.finance.horizon_years
    for choice in scenario.policies:
        policy = pack.policies.get(choice.policy_id)
        path = f"policies.{choice.policy_id}"
        if policy is None:
            raise InvalidInput(path, QT_TRANSLATE_NOOP("Engine", "is not a policy of the data pack"))
        realisation_column = None
        if choice.realisation is not None:
            realisation_column = registry.add(
                f"{path}.realisation", REALISATION_FIELD, choice.realisation, None,
                Message(REALISATION_LABEL, policy=Bilingual(policy.title_zh, policy.title_en)),
            )  # fmt: skip
        shares = policy_year_shares(policy, move, horizon)
        price_column = _policy_price_column(registry, choice, policy, path)
        for rule in policy.rules:
            if not 0.0 <= rule.realisation <= 1.0:
                raise InvalidInput(
                    f"{path}.rules.{rule.id}.realisation",
                    QT_TRANSLATE_NOOP("Engine", "must be between {low} and {high}, got {value}"),
                    low=0,
                    high=1,
                    value=rule.realisation,
                )
            window = rule_window(rule, shares, policy, move)
            window.setflags(write=False)
            price = price_column if guaranteed_price(rule) is not None else None
            specs += [
                RuleSpec(rule, policy, site, window, realisation_column, price)
                for site in _rule_sites(rule, scenario, sites)
            ]
    return tuple(specs)


def guaranteed_price(rule: BenefitRule) -> float | None:
    """The electricity price (yuan/kWh) a rule guarantees, if it is such a rule (7.4)."""
    if rule.kind is BenefitKind.ELECTRICITY_PRICE and rule.published and rule.amount is not None:
        return rule.amount
    return None


def _policy_price_column(registry: _Registry, choice, policy: Policy, path: str) -> int | None:
    """The input ``policies.<id>.price`` of a policy that guarantees an electricity price.

    One price per policy: the first published price rule's amount is the default;
    the scenario may set it (goal seek seeks it when the destination's price is set by policy).
    """
    rule = next((r for r in policy.rules if guaranteed_price(r) is not None), None)
    if rule is None:
        if choice.price is not None:
            raise InvalidInput(f"{path}.price", NO_PRICE_TO_SET)
        return None
    default = Parameter(
        f"{path}.price", rule.amount, rule.amount, rule.amount, POLICY_PRICE_FIELD.unit,
        Provenance(source=policy.doc_number or policy.id, as_of="", confidence=Confidence.OFFICIAL,
                   note=Message(POLICY_PRICE_NOTE, rule=rule.id)),
    )  # fmt: skip
    return registry.add(
        f"{path}.price", POLICY_PRICE_FIELD, choice.price, default,
        Message(PRICE_LABEL, policy=policy.id),
    )  # fmt: skip
