"""The cost model, written once, vectorised over samples (sections 2 to 4).
One module because it is the cost model written once (sections 2 to 4): one vectorised pass computes
every site's lines in the model's order; split, that pass would be broken across files.

``simulate(model, X)`` takes an (n, k) array of input values (one row per
sample, one column per model input) and returns every site's annual lines,
incentives and, for every site other than the origin, the relocation case's
cash flows and NPV. Shapes: (n,) per sample, (n, S) per site, (n, S, H+1)
per site and year, with year 0 the move.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from explorer.domain.energy import HOURS_PER_YEAR
from explorer.domain.incentives import (
    ConditionResult,
    Facts,
    SiteBasis,
    Status,
    check_condition,
    missing_basis,
    pick_largest,
    rule_amounts,
    unknown_basis,
)
from explorer.domain.messages import QT_TRANSLATE_NOOP, Bilingual, Joined, Message
from explorer.domain.model import Model, RuleSpec
from explorer.domain.policies import BenefitKind, BenefitRule, Condition, ConditionOp, FirmField
from explorer.domain.scenario import Mode


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """One rule at one site: what it would pay, and what is counted."""

    spec: RuleSpec
    status: Status  # eligibility at the first sample
    conditions: tuple[ConditionResult, ...]
    quantified: bool
    potential: np.ndarray  # (n, H+1) if eligible, after caps, realisation and lag
    counted: np.ndarray  # (n, H+1) after eligibility and stacking
    stacked_out: bool  # at the first sample, a larger rule in its group took its place


@dataclass(frozen=True, slots=True)
class Simulation:
    sites: tuple[int, ...]  # model site positions, in the order of axis 1
    origin_slot: int
    it_load_kw: np.ndarray  # (n,)
    racks: np.ndarray  # (n,)
    energy_kwh: np.ndarray  # (n, S)
    co2_t: np.ndarray  # (n, S) tCO2 a year
    lines: dict[
        str, np.ndarray
    ]  # energy, space, service_fee, network, labour, charges -> (n, S, H+1); {} unless detail
    opex: np.ndarray  # (n, S, H+1)
    investment: np.ndarray  # (n, S, H+1) self-build: capex, reinvestment, less residual value (7.2)
    incentives: np.ndarray  # (n, S, H+1) benefits received, profit-based ones excepted
    tax: np.ndarray  # (n, S, H+1) profit-based benefits (tax relief), their own line (7.3)
    cost_based: np.ndarray  # (n, S, H+1) the incentives that reduce a cost line (energy, space, compute)
    net: np.ndarray  # (n, S, H+1) opex + investment - incentives - tax
    extra_incentive: np.ndarray  # (n, H+1) the what-if lever, at the destination
    one_off: np.ndarray  # (n, S) one-off costs of moving to each site (0 at the origin)
    parallel: np.ndarray  # (n,) cost of running the origin in parallel, in year 1
    salvage: np.ndarray  # (n,) self-build: sale of the origin facility at t = 0
    cash_flows: np.ndarray  # (n, S, H+1) the case origin -> site; zero for the origin itself
    npv: np.ndarray  # (n, S)
    discount: np.ndarray  # (n, H+1)
    rules: tuple[RuleOutcome, ...]

    def slot(self, position: int) -> int:
        return self.sites.index(position)


def _columns(X: np.ndarray, model: Model, path: str) -> np.ndarray:
    return X[:, model.index[path]]


def simulate(
    model: Model,
    X: np.ndarray,
    sites: Sequence[int] | None = None,
    varying: Collection[int] | None = None,
    detail: bool = True,
) -> Simulation:
    """Run the model on each row of ``X``. ``sites``: model positions to include (origin always).

    ``varying``: the columns that differ between rows (None: any may). The yearly
    growth and discount factors of a column that does not vary are computed once
    and broadcast: powers are the dearest step for a million rows.
    ``detail=False`` skips what only a report needs (each rule's outcome, and
    rules that cannot pay); the lines and cash flows are the same.

    Inside, arrays are laid out years x sites x samples, (T, S, n): every
    per-year factor then multiplies long contiguous runs of samples, which is
    an order of magnitude faster in numpy than short runs of years. The
    Simulation shows them as (n, S, T) views.
    """
    positions = tuple(dict.fromkeys([model.origin, *(range(len(model.sites)) if sites is None else sites)]))
    col = lambda path: _columns(X, model, path)  # noqa: E731 - a local shorthand

    def per_row(path: str) -> np.ndarray:
        column = model.index[path]
        return X[:, column] if varying is None or column in varying else X[:1, column]

    n = X.shape[0]
    horizon = model.horizon
    years = np.arange(horizon + 1, dtype=np.float64)
    operating = (years >= 1).astype(np.float64)  # (T,)
    exponent = np.maximum(years - 1.0, 0.0)[:, None]
    # (T, 1) when the rate is the same in every row, else (T, n)
    growth_p = (1.0 + per_row("finance.electricity_escalation"))[None, :] ** exponent * operating[:, None]
    growth_w = (1.0 + per_row("finance.wage_escalation"))[None, :] ** exponent * operating[:, None]
    discount = (1.0 + per_row("finance.discount_rate"))[None, :] ** -years[:, None]

    if model.it_load_column is not None:
        it_load = X[:, model.it_load_column]
    else:
        it_load = col("workload.accelerators") * col("workload.accelerator_power_kw")
    # rounding first keeps 10,000 / 8 from becoming 1,251 racks through float noise
    racks = np.ceil(np.round(it_load / col("workload.rack_density_kw"), 9))

    site_infos = [model.sites[p] for p in positions]

    def param(name: str) -> np.ndarray:  # (S, n)
        return np.ascontiguousarray(X[:, [info.columns[name] for info in site_infos]].T)

    price, pue = param("electricity_price"), param("pue")
    energy_kwh = pue * (it_load * HOURS_PER_YEAR)  # (S, n)
    energy = growth_p[:, None, :] * (energy_kwh * price)  # (T, S, n)
    self_build = model.mode is Mode.SELF_BUILD
    investment = None
    if self_build:  # 7.2: the facility is an investment; upkeep is its yearly cost
        facility = param("build_cost") * it_load  # (S, n) K_s * P_it
        space_year = facility * col("workload.maintenance_rate")
        investment = _investment(model, X, positions, facility, years)
    else:  # 7.1: the rent is for a reference rack; a denser rack pays for the power it takes
        power_factor = np.maximum(1.0, col("workload.rack_density_kw") / param("rack_reference_kw"))
        space_year = param("rack_rent") * (racks * 12.0) * power_factor
    staff = np.ascontiguousarray(X[:, [info.staff_column for info in site_infos]].T)
    if "workload.bandwidth_mbps" in model.index:
        bandwidth = col("workload.bandwidth_mbps")
    else:
        bandwidth = col("workload.bandwidth_mbps_per_100kw") * it_load / 100.0
    network_year = param("bandwidth_price") * (bandwidth * 12.0)
    labour = growth_w[:, None, :] * (staff * param("wage") * (1.0 + param("social_oncost")))
    # opex in as few passes as possible: rent and network do not escalate
    opex = energy + operating[:, None, None] * (space_year + network_year)
    opex += labour
    compute_service = model.mode is Mode.COMPUTE_SERVICE
    service_fee = compute_spend = None
    if compute_service:
        space = operating[:, None, None] * space_year
        service_fee = col("workload.service_margin") * (energy + space)
        compute_spend = energy + space + service_fee
        opex += service_fee

    by_site = {"energy_cost": energy, "space_year": space_year, "compute_spend": compute_spend,
               "energy_kwh": energy_kwh, "price": price, "pue": pue, "staff": staff}  # fmt: skip
    stocks = {
        name: col(f"firm.{name}") if f"firm.{name}" in model.index else None
        for name in ("fixed_asset_investment", "project_investment", "retrofit_investment", "rd_budget",
                     "taxable_profit", "loan", "qualifying_staff")
    }  # fmt: skip
    common = dict(operating=operating, it_load_kw=it_load, racks=racks, electricity_growth=growth_p,
                  compute_service=compute_service, rents_racks=not (compute_service or self_build),
                  stocks=stocks)  # fmt: skip
    rules, lines_of = _incentives(model, X, positions, by_site, common, detail)
    benefits, tax, charges, cost_based = (lines_of.get(k) for k in ("benefits", "tax", "charges", "cost"))
    extra_per_year = col("extra_incentive_per_year")
    extra = operating[:, None] * extra_per_year  # (T, n)
    if model.destination in positions and extra_per_year.any():
        benefits = np.zeros_like(opex) if benefits is None else benefits
        benefits[:, positions.index(model.destination)] += extra
    if charges is not None:
        opex += charges
    net = opex.copy()
    for term, sign in ((investment, 1.0), (benefits, -1.0), (tax, -1.0)):
        if term is not None:
            net += sign * term
    if detail:  # the report reads every line, zero or not
        benefits, tax, charges, cost_based, investment = (
            np.zeros_like(opex) if term is None else term
            for term in (benefits, tax, charges, cost_based, investment)
        )

    lines = {}
    if detail:  # the table's own lines; the cash flows above never needed them apart
        yearly = {
            "energy": energy, "space": operating[:, None, None] * space_year,
            "service_fee": service_fee if service_fee is not None else np.zeros_like(energy),
            "network": operating[:, None, None] * network_year, "labour": labour, "charges": charges,
        }  # fmt: skip
        lines = {name: _samples_first(values) for name, values in yearly.items()}

    origin_slot = 0
    one_off = (
        col("one_off.hardware_move_per_rack") * racks
        + col("one_off.data_tb") * col("one_off.cost_per_tb")
        + col("one_off.downtime_days") * col("one_off.downtime_cost_per_day")
        + col("one_off.early_exit")
        + col("one_off.other")
    ) + col("one_off.hiring_per_person") * staff  # (S, n)
    one_off[origin_slot] = 0.0
    parallel = opex[1, origin_slot] * col("one_off.parallel_months") / 12.0
    salvage = (
        col("workload.salvage_share") * facility[origin_slot] if self_build else np.zeros_like(it_load)
    )

    cash_flows = net[:, origin_slot : origin_slot + 1] - net  # (T, S, n)
    cash_flows[0] -= one_off
    cash_flows[0] += salvage
    cash_flows[1] -= parallel
    cash_flows[:, origin_slot] = 0.0
    # year by year, in the same order for any number of samples: one sample's NPV never
    # depends on how many others are computed beside it (a BLAS product's rounding would)
    npv = np.zeros((len(positions), n))
    for year in range(horizon + 1):
        npv += discount[year] * cash_flows[year]

    co2 = energy_kwh / 1000.0 * param("grid_emission_factor") * (1.0 - param("green_share"))
    nothing = np.zeros((horizon + 1, len(positions), 1))
    incentives, tax, cost_based, investment = (
        nothing if term is None else term for term in (benefits, tax, cost_based, investment)
    )
    return Simulation(
        positions, origin_slot, it_load, racks, energy_kwh.T, co2.T, lines, _samples_first(opex),
        _samples_first(investment), _samples_first(incentives), _samples_first(tax),
        _samples_first(cost_based), _samples_first(net), extra.T, one_off.T, parallel, salvage,
        _samples_first(cash_flows), npv.T, discount.T, rules,
    )  # fmt: skip


def _investment(
    model: Model, X: np.ndarray, positions: tuple[int, ...], facility: np.ndarray, years: np.ndarray
) -> np.ndarray:
    """(T, S, n) self-build capital flows (7.2): + outlays, - residual value.

    Destination (every site but the origin): the build ``facility`` = K_s x P_it, spread
    evenly over the build period from t = 0 (all of it counted, the part after H in H);
    straight-line residual value at t = H.
    Origin: its facility is sunk; it is rebuilt in year ceil(remaining life), at least 1,
    if that falls within the horizon.
    """
    horizon = model.horizon
    life = _columns(X, model, "workload.facility_life_years")  # (n,)
    period = np.maximum(1.0, _columns(X, model, "workload.build_period_years"))  # (n,) years, may be 2.5
    remaining = _columns(X, model, "workload.origin_remaining_life_years")  # (n,)
    # The build is spent evenly over [0, period): year t carries the part of [t, t + 1) inside it.
    # A build running past the horizon is committed in full: what falls after H is counted in H.
    start = years[:, None].astype(np.float64)
    spread = np.maximum(0.0, np.minimum(start + 1.0, period[None, :]) - start) / period[None, :]  # (T, n)
    spread[horizon] += np.maximum(0.0, period - (horizon + 1.0)) / period
    flows = spread[:, None, :] * facility[None, :, :]  # (T, S, n)
    flows[horizon] -= facility * np.maximum(0.0, 1.0 - horizon / life)
    # The origin's facility reaches the end of its life during year ceil(L_o) (origin terms are t >= 1);
    # a rebuild after H is no flow of the case.
    rebuild_year = np.maximum(1.0, np.ceil(remaining))
    flows[:, 0] = (years[:, None] == rebuild_year[None, :]) * facility[0]
    return flows


def _samples_first(values: np.ndarray) -> np.ndarray:
    """(T, S, n) as a (n, S, T) view: the shape the Simulation shows."""
    return values.transpose(2, 1, 0)


def _facts(model: Model, X: np.ndarray, it_load: np.ndarray, pue: np.ndarray) -> Facts:
    firm = model.scenario.firm
    return Facts(
        fixed_asset_investment=_columns(X, model, "firm.fixed_asset_investment"),
        it_load_kw=it_load,
        site_pue=pue,
        sector=firm.sector,
        high_tech=firm.high_tech,
        domestic_chip_share=firm.domestic_chip_share,
        encouraged_industry_share=firm.encouraged_industry_share,
        registered_in_guian=firm.registered_in_guian,
        origin_region=firm.origin,
        move_date=model.scenario.finance.move_date,
        benchmark_project=firm.benchmark_project,
        approved_upgrade=firm.approved_upgrade,
        large_enterprise=firm.large_enterprise,
    )


def conditions_of(
    spec: RuleSpec, site_names: Mapping[str, tuple[str, str]] | None = None
) -> tuple[Condition, ...]:
    """The policy's conditions, the rule's own, and the policy's target origins as one more.

    ``site_names`` maps a site id to its (Chinese, English) names for the origin condition's text.
    """
    conditions = list(spec.policy.conditions) + list(spec.rule.conditions)
    if spec.policy.target_origins:
        names = site_names or {}
        text = _aimed_at(tuple(names.get(site, (site, site)) for site in spec.policy.target_origins))
        origin_ids = "|".join(spec.policy.target_origins)
        conditions.append(Condition(FirmField.ORIGIN_REGION, ConditionOp.IN, origin_ids, text, text))
    return tuple(conditions)


AIMED_AT = QT_TRANSLATE_NOOP("Eligibility", "aimed at firms moving from {sites}")


@lru_cache(maxsize=256)
def _aimed_at(origins: tuple[tuple[str, str], ...]) -> Message:
    """The origin condition in the engine's words, in either language; ``origins``: (zh, en) names."""
    return Message(AIMED_AT, sites=Joined([Bilingual(zh, en) for zh, en in origins], ", "))


def _incentives(
    model: Model,
    X: np.ndarray,
    positions: tuple[int, ...],
    by_site: dict[str, np.ndarray],
    common: dict[str, object],
    detail: bool = True,
) -> tuple[tuple[RuleOutcome, ...], dict[str, np.ndarray]]:
    """Every chosen rule at every site of the run: (outcomes, lines).

    Lines, each (T, S, n) and present only once something is counted in it:
    ``benefits`` (all but profit-based), ``tax`` (profit-based), ``charges``
    (origin-side surcharges, positive) and ``cost`` (the benefits that reduce a
    cost line, a part of ``benefits``: for the unit cost).
    """
    n, slots = X.shape[0], len(positions)
    shape = (model.horizon + 1, slots, n)  # years x sites x samples, as in simulate
    lines: dict[str, np.ndarray] = {}
    if not model.rules:
        return (), lines
    checked: dict[tuple, tuple] = {}  # condition outcomes, shared by the sites a policy applies at
    site_names = {site.id: (site.name_zh, site.name_en) for site in model.pack.sites.values()}
    site_words = tuple((site, en, zh) for site, (zh, en) in site_names.items())  # for the conditions' words
    bases: dict[int, SiteBasis] = {}
    facts: dict[int, Facts] = {}
    outcomes: list[tuple[RuleSpec, int, Status, tuple, bool, np.ndarray, np.ndarray]] = []
    for spec in model.rules:
        if spec.site not in positions:
            continue
        slot = positions.index(spec.site)
        if slot not in bases:
            per_site = {
                name: None if values is None else values[..., slot, :] for name, values in by_site.items()
            }
            bases[slot] = SiteBasis(**per_site, **common)
            facts[slot] = _facts(model, X, common["it_load_kw"], by_site["pue"][slot])
        missing = missing_basis(spec.rule, common["stocks"])
        status, mask, results = _eligibility(
            spec, facts[slot], missing, checked, slot, site_names, site_words
        )
        if not detail and (status is Status.UNKNOWN or not mask.any() or not spec.window.any()):
            continue  # pays nothing in any sample: only a report would show it
        realisation = (
            X[:, spec.realisation_column] if spec.realisation_column is not None else spec.rule.realisation
        )
        price = X[:, spec.price_column] if spec.price_column is not None else None
        everyone = mask.all()
        if detail:  # what the rule would pay if eligible, then what is counted
            amounts = rule_amounts(spec.rule, bases[slot], spec.window, realisation, price=price)
        else:  # only what is counted: eligibility folds into the same pass
            amounts = rule_amounts(
                spec.rule, bases[slot], spec.window, realisation, None if everyone else mask, price
            )
            everyone = True
        quantified = amounts is not None and spec.rule.published
        potential = amounts if quantified else np.zeros((model.horizon + 1, n))
        if status is Status.UNKNOWN:
            counted = np.zeros_like(potential)
        else:
            counted = potential if everyone else potential * mask
        outcomes.append((spec, slot, status, results, quantified, potential, counted))

    # stacking: per site and group, only the largest (per sample) pays
    counted = [item[6] for item in outcomes]
    stacked_out = [False] * len(outcomes)
    for members in stacking_groups([(spec.rule, slot) for spec, slot, *_rest in outcomes]):
        kept = pick_largest([counted[i] for i in members])
        for i, amounts in zip(members, kept, strict=True):
            stacked_out[i] = bool(counted[i][:, 0].any() and not amounts[:, 0].any())  # at the first sample
            counted[i] = amounts

    results: list[RuleOutcome] = []
    for (spec, slot, status, conds, quantified, potential, _), amounts, out in zip(
        outcomes, counted, stacked_out, strict=True
    ):
        for line, sign in _lines_of(spec.rule):
            if line not in lines:
                lines[line] = np.zeros(shape)
            if sign > 0:  # the same sums as adding sign * amounts, without the product
                lines[line][:, slot] += amounts
            else:  # a surcharge's amounts are negative: a cost
                lines[line][:, slot] -= amounts
        if detail:
            results.append(RuleOutcome(spec, status, conds, quantified, potential.T, amounts.T, out))
    return tuple(results), lines


def stacking_groups(rules: Sequence[tuple[BenefitRule, int]]) -> list[list[int]]:
    """Indices of the (rule, site slot) pairs that stack against each other, in listing order.

    Rules of one named stacking group at one site stack. Every rule that lowers a site's
    electricity price is in one group with the site's other price rules, named or not (7.4:
    one price per kWh), so two guaranteed prices never both pay.
    """
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[int, str, str], int] = {}
    for i, (rule, slot) in enumerate(rules):
        keys = [(slot, "group", rule.stacking_group)] if rule.stacking_group else []
        if rule.kind is BenefitKind.ELECTRICITY_PRICE:
            keys.append((slot, "price", ""))
        for key in keys:
            if key in first:
                parent[root(i)] = root(first[key])
            else:
                first[key] = i
    members: dict[int, list[int]] = {}
    for i in range(len(rules)):
        members.setdefault(root(i), []).append(i)
    return [group for group in members.values() if len(group) > 1]


# Benefits that lower a cost line (7.3): the unit cost after incentives deducts only these.
COST_BASED_KINDS = (BenefitKind.ELECTRICITY_PRICE, BenefitKind.RENT_SUBSIDY, BenefitKind.COMPUTE_VOUCHER)


def is_profit_based(rule) -> bool:
    """A tax rate, or any benefit on taxable profit: the case's tax line, never operating cost (7.3)."""
    return rule.kind is BenefitKind.TAX_RATE or rule.base == "taxable_profit"


def _lines_of(rule) -> tuple[tuple[str, float], ...]:
    """Which lines of a site's table a rule's amounts go to, with their sign."""
    if rule.kind is BenefitKind.SURCHARGE:
        return (("charges", -1.0),)
    if is_profit_based(rule):
        return (("tax", 1.0),)
    if rule.kind in COST_BASED_KINDS:
        return (("benefits", 1.0), ("cost", 1.0))
    return (("benefits", 1.0),)


def _eligibility(
    spec: RuleSpec,
    facts: Facts,
    missing: tuple[Message, str] | None,
    checked: dict[tuple, tuple],
    slot: int,
    site_names: Mapping[str, tuple[str, str]] | None = None,
    site_words: tuple[tuple[str, str, str], ...] | None = None,
) -> tuple[Status, np.ndarray, tuple[ConditionResult, ...]]:
    """Overall status (at the first sample), per-sample mask, and each condition's result.

    ``checked`` keeps each condition's outcome for the run: a national rule that
    applies at every site tests the firm once, except for the site's own PUE.
    """
    n = facts.it_load_kw.shape[0]
    mask = np.ones(n, dtype=bool)
    if site_words is None:
        site_words = tuple((site, en, zh) for site, (zh, en) in (site_names or {}).items())
    statuses: list[Status] = []
    results: list[ConditionResult] = []
    for condition in conditions_of(spec, site_names):
        key = (condition, slot if condition.field is FirmField.SITE_PUE else None)
        outcome = checked.get(key)
        if outcome is None:
            outcome = checked[key] = check_condition(condition, facts, site_words)
        status, met, result = outcome
        statuses.append(status)
        results.append(result)
        mask &= np.asarray(met, dtype=bool)
    if missing is not None:  # the rule's base is a firm quantity the profile leaves unknown
        words, path = missing
        statuses.append(Status.UNKNOWN)
        results.append(unknown_basis(path, words))
    if Status.NOT_MET in statuses:
        overall = Status.NOT_MET
    elif Status.UNKNOWN in statuses:
        overall = Status.UNKNOWN
    else:
        overall = Status.MET
    return overall, mask, tuple(results)
