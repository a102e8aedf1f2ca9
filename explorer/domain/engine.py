"""``evaluate(scenario, pack) -> Evaluation``: the whole cost model on the base values."""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

import numpy as np

from explorer.domain.cashflow import RuleOutcome, Simulation, is_profit_based, simulate
from explorer.domain.energy import HOURS_PER_YEAR
from explorer.domain.evaluation import (
    AnnualTable,
    CaseResult,
    Evaluation,
    LatencyResult,
    LatencyVerdict,
    PolicyResult,
    PolicyStatus,
    RuleResult,
    SiteResult,
)
from explorer.domain.finance import irr, payback
from explorer.domain.incentives import Status
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.model import Model, SiteInfo, build_model
from explorer.domain.pack import DataPack
from explorer.domain.policies import Policy
from explorer.domain.scenario import Scenario


def evaluate(scenario: Scenario, pack: DataPack) -> Evaluation:
    """Every quantity of cost-model.md for ``scenario``; raises InvalidInput naming a bad field."""
    return evaluate_model(build_model(scenario, pack))


def evaluate_model(model: Model) -> Evaluation:
    sim = _read_only_simulation(simulate(model, model.base[None, :]))
    _check_finite(sim)
    sites = tuple(_site_result(model, sim, slot) for slot in range(len(sim.sites)))
    terms = _case_terms(sim)
    cases = tuple(
        _case_result(model, sim, slot, terms) for slot in range(len(sim.sites)) if slot != sim.origin_slot
    )
    scenario = model.scenario
    return Evaluation(
        title=scenario.title,
        horizon=model.horizon,
        years=_frozen(np.arange(model.horizon + 1)),
        move_date=scenario.finance.move_date,
        mode=model.mode.value,
        origin=model.sites[model.origin].id,
        destination=model.sites[model.destination].id,
        discount_rate=float(model.base[model.index["finance.discount_rate"]]),
        cny_per_usd=float(model.base[model.index["finance.cny_per_usd"]]),
        sites=sites,
        cases=cases,
        policies=_policy_results(model, sim),
        inputs=model.inputs,
        extra_incentive=_frozen(sim.extra_incentive[0]),
    )


def _frozen(array: np.ndarray) -> np.ndarray:
    """A read-only view: the simulation's arrays belong to this evaluation alone, so no copy is needed."""
    view = np.asarray(array, dtype=np.float64).view()
    view.setflags(write=False)
    return view


# The simulation's arrays an evaluation shows slices of (all float64).
_SHOWN = ("opex", "investment", "incentives", "tax", "cost_based", "net", "cash_flows", "discount")


def _read_only_simulation(sim: Simulation) -> Simulation:
    """The simulation with its shown arrays read-only, once: every slice taken of them is then a
    read-only view as it is, without a ``_frozen`` call each (about 90 an evaluation)."""
    for name in _SHOWN:
        getattr(sim, name).setflags(write=False)
    for values in sim.lines.values():
        values.setflags(write=False)
    return sim


def _check_finite(sim: Simulation) -> None:
    for name in ("opex", "net", "cash_flows", "npv", "co2_t"):
        if not np.isfinite(getattr(sim, name)).all():
            raise ArithmeticError(
                f"{name} is not finite: this is a bug in the engine, please report the scenario"
            )


def _site_result(model: Model, sim: Simulation, slot: int) -> SiteResult:
    info = model.sites[sim.sites[slot]]
    lines = {name: values[0, slot] for name, values in sim.lines.items()}  # read-only views
    table = AnnualTable(
        **lines,
        opex=sim.opex[0, slot],
        investment=sim.investment[0, slot],
        incentives=sim.incentives[0, slot],
        tax=sim.tax[0, slot],
        net=sim.net[0, slot],
    )
    accelerators = float(model.base[model.index["workload.accelerators"]])
    utilisation = float(model.base[model.index["workload.utilisation"]])
    hours = accelerators * HOURS_PER_YEAR * utilisation
    has_hours = accelerators > 0 and utilisation > 0 and model.horizon >= 1
    co2 = float(sim.co2_t[0, slot])
    return SiteResult(
        id=info.id,
        name_en=info.name_en,
        name_zh=info.name_zh,
        role=info.role.value if info.role is not None else "custom",
        is_origin=slot == sim.origin_slot,
        is_destination=sim.sites[slot] == model.destination,
        it_load_kw=float(sim.it_load_kw[0]),
        racks=float(sim.racks[0]),
        energy_kwh=float(sim.energy_kwh[0, slot]),
        co2_t=co2,
        co2_avoided_t=float(sim.co2_t[0, sim.origin_slot]) - co2,
        unit_cost=float(table.opex[1]) / hours if has_hours else None,
        unit_cost_net=_unit_cost_net(table, sim, slot, hours) if has_hours else None,
        table=table,
        latency=_latency(model, info),
        incentives_by_policy=_by_policy(model, sim, slot),
    )


def _unit_cost_net(table: AnnualTable, sim: Simulation, slot: int, hours: float) -> float:
    """Year-1 operating cost less the incentives that reduce a cost line, per hour; never below 0 (7.3)."""
    return max(0.0, float(table.opex[1] - sim.cost_based[0, slot, 1])) / hours


def _by_policy(model: Model, sim: Simulation, slot: int) -> tuple[tuple[str, np.ndarray], ...]:
    position = sim.sites[slot]
    totals: dict[str, np.ndarray] = {}
    for outcome in sim.rules:
        if outcome.spec.site == position:
            policy_id = outcome.spec.policy.id
            totals[policy_id] = totals.get(policy_id, 0.0) + outcome.counted[0]
    order = [choice.policy_id for choice in model.scenario.policies]
    return tuple((pid, _frozen(totals[pid])) for pid in order if pid in totals)


def _latency(model: Model, info: SiteInfo) -> tuple[LatencyResult, ...]:
    budget = model.latency_budget.value if model.latency_budget is not None else None
    results = []
    for region_id in model.scenario.firm.user_regions:
        region = model.pack.user_regions[region_id]
        figure = info.latency.get(region_id)
        if figure is None or budget is None:
            verdict = LatencyVerdict.UNKNOWN
        elif figure.high <= budget:
            verdict = LatencyVerdict.OK
        elif figure.value <= budget:
            verdict = LatencyVerdict.MARGINAL
        else:
            verdict = LatencyVerdict.TOO_SLOW
        results.append(
            LatencyResult(
                region_id,
                region.name_en,
                region.name_zh,
                figure.value if figure else None,
                figure.low if figure else None,
                figure.high if figure else None,
                budget,
                verdict,
            )  # fmt: skip
        )
    return tuple(results)


def _case_terms(sim: Simulation) -> dict[str, np.ndarray]:
    """The case's yearly terms for every site at once, (S, H+1) each and read-only: the same
    element-wise sums as site by site, in a few numpy calls instead of a few per site."""
    origin = sim.origin_slot
    flows = sim.cash_flows[0]
    terms = {
        "cumulative": np.cumsum(flows, axis=1),  # along the years, in order, as for one series
        "discounted": flows * sim.discount[0],
        "savings": sim.opex[0, origin] - sim.opex[0],
        "investment": sim.investment[0, origin] - sim.investment[0],
        "incentives": sim.incentives[0] - sim.incentives[0, origin],
        "tax": sim.tax[0] - sim.tax[0, origin],
    }
    for values in terms.values():
        values.setflags(write=False)
    return terms


def _case_result(model: Model, sim: Simulation, slot: int, terms: dict[str, np.ndarray]) -> CaseResult:
    flows = sim.cash_flows[0, slot]  # a read-only view
    origin = sim.origin_slot
    co2_per_year = float(sim.co2_t[0, origin] - sim.co2_t[0, slot])
    return CaseResult(
        site_id=model.sites[sim.sites[slot]].id,
        cash_flows=flows,
        cumulative=terms["cumulative"][slot],
        discounted=terms["discounted"][slot],
        savings=terms["savings"][slot],
        investment=terms["investment"][slot],
        incentives=terms["incentives"][slot],
        tax=terms["tax"][slot],
        one_off=float(sim.one_off[0, slot]),
        parallel_running=float(sim.parallel[0]),
        salvage=float(sim.salvage[0]),
        npv=float(sim.npv[0, slot]),
        irr=irr(flows),
        payback=payback(flows),
        co2_avoided_t=co2_per_year * model.horizon,
    )


def _policy_results(model: Model, sim: Simulation) -> tuple[PolicyResult, ...]:
    """Each chosen policy: its rules' yearly amounts, totals and present values, in one matrix pass."""
    outcomes = sim.rules
    horizon = model.horizon
    discount = sim.discount[0]
    counted = _frozen(np.array([o.counted[0] for o in outcomes]).reshape(len(outcomes), horizon + 1))
    potential = _frozen(np.array([o.potential[0] for o in outcomes]).reshape(len(outcomes), horizon + 1))
    # as Python floats once: float() of each numpy scalar gives the same numbers, slower
    totals, present_values = counted.sum(axis=1).tolist(), (counted @ discount).tolist()
    # effect on the main case: + at the destination, - at the origin, nothing elsewhere
    sign = np.array([1.0 if o.spec.site == model.destination else -1.0 if o.spec.site == model.origin else 0.0
                     for o in outcomes])  # fmt: skip
    rules_of: dict[str, list[int]] = {}
    for i, outcome in enumerate(outcomes):
        rules_of.setdefault(outcome.spec.policy.id, []).append(i)
    results = []
    for choice in model.scenario.policies:
        policy = model.pack.policies[choice.policy_id]
        members = rules_of.get(policy.id, [])
        mine = [outcomes[i] for i in members]
        rules = tuple(
            RuleResult(
                rule_id=outcomes[i].spec.rule.id,
                kind=outcomes[i].spec.rule.kind.value,
                site_id=model.sites[outcomes[i].spec.site].id,
                status=outcomes[i].status,
                quantified=outcomes[i].quantified,
                stacked_out=outcomes[i].stacked_out,
                profit_based=is_profit_based(outcomes[i].spec.rule),
                amounts=counted[i],
                potential=potential[i],
                total=totals[i],
                present_value=present_values[i],
            )
            for i in members
        )
        value = _frozen(sign[members] @ counted[members]) if members else _frozen(np.zeros(horizon + 1))
        could = _frozen(sign[members] @ potential[members]) if members else _frozen(np.zeros(horizon + 1))
        status, reason = _policy_status(model, policy, mine)
        # conditions shown: those at the destination if the policy applies there, else at its first site
        shown = next((o for o in mine if o.spec.site == model.destination), mine[0] if mine else None)
        results.append(
            PolicyResult(
                policy.id,
                policy.title_en,
                policy.title_zh,
                status,
                shown.conditions if shown else (),
                rules,
                value,
                could,
                float(value.sum()),
                float(value @ discount),
                reason,
                _policy_notes(model, policy),
            )  # fmt: skip
        )
    return tuple(results)


PRICE_ALREADY_SET = QT_TRANSLATE_NOOP(
    "Engine",
    "The site's electricity price in this case ({price} yuan/kWh) already is this policy's price "
    "({policy_price} yuan/kWh): selecting the policy adds nothing in year 1; later it only holds the "
    "price while market prices rise with the escalation. Its full value shows against the price a "
    "data centre would pay without it.",
)
PRICE_BELOW_POLICY = QT_TRANSLATE_NOOP(
    "Engine",
    "The site's electricity price in this case ({price} yuan/kWh) is already below this policy's price "
    "({policy_price} yuan/kWh): selecting the policy adds nothing until the market price, rising with "
    "the escalation, passes it.",
)

# A value column's few words for a price policy that adds nothing because of the site's own price
IN_THE_SITES_PRICE = QT_TRANSLATE_NOOP("Engine", "in the site's price")
SITES_PRICE_LOWER = QT_TRANSLATE_NOOP("Engine", "site's price is lower")
_PRICE_WORDS = {PRICE_ALREADY_SET: IN_THE_SITES_PRICE, PRICE_BELOW_POLICY: SITES_PRICE_LOWER}


def price_note(result: PolicyResult) -> tuple[Message, Message] | None:
    """For an eligible price policy that adds nothing over the horizon because the site's price
    already is (or is below) the policy's: a few words for a value column in place of a 0, and the
    engine's note that explains them (for a tooltip)."""
    if result.status is not PolicyStatus.ELIGIBLE or abs(result.total) >= 0.5:
        return None
    for note in result.notes:
        words = _PRICE_WORDS.get(note.template)
        if words is not None:
            return Message(words), note
    return None


def _policy_notes(model: Model, policy: Policy) -> tuple[Message, ...]:
    """What the user should know about a policy in this case (7.4: one price per kWh)."""
    notes = []
    price_path = f"policies.{policy.id}.price"
    if price_path in model.index:
        policy_price = float(model.base[model.index[price_path]])
        for position, site in enumerate(model.sites):
            if position == model.origin or not any(
                spec.site == position and spec.price_column is not None
                for spec in model.rules if spec.policy.id == policy.id
            ):  # fmt: skip
                continue
            price = float(model.base[site.columns["electricity_price"]])
            if price <= policy_price:
                template = PRICE_ALREADY_SET if math.isclose(price, policy_price) else PRICE_BELOW_POLICY
                notes.append(Message(template, price=f"{price:g}", policy_price=f"{policy_price:g}"))
    return tuple(notes)


EXPIRED_BEFORE_MOVE = QT_TRANSLATE_NOOP("Engine", "expired on {date}, before the move")
NO_SITE = QT_TRANSLATE_NOOP("Engine", "applies to no site in this comparison")
NO_BENEFIT = QT_TRANSLATE_NOOP("Engine", "has no quantified benefit")
NOT_PUBLISHED = QT_TRANSLATE_NOOP("Engine", "eligible, but no amount was published")
NOT_IN_FORCE = QT_TRANSLATE_NOOP("Engine", "not in force during the horizon")
ALL_MET = QT_TRANSLATE_NOOP("Engine", "all conditions met")
# The reasons without values, made once (a Message is an immutable str): every evaluation uses them.
_REASONS = {
    template: Message(template) for template in (NO_SITE, NO_BENEFIT, NOT_PUBLISHED, NOT_IN_FORCE, ALL_MET)
}


@lru_cache(maxsize=256)
def _expired(expiry: dt.date) -> Message:
    return Message(EXPIRED_BEFORE_MOVE, date=expiry.isoformat())


def _policy_status(model: Model, policy: Policy, outcomes: list[RuleOutcome]) -> tuple[PolicyStatus, str]:
    """The policy's status and why, in words (a ``Message``; a condition's reason where one decides)."""
    if policy.expiry is not None and policy.expiry < model.scenario.finance.move_date:
        return PolicyStatus.EXPIRED, _expired(policy.expiry)
    if not outcomes:
        return PolicyStatus.NOT_APPLICABLE, _REASONS[NO_SITE if policy.rules else NO_BENEFIT]
    statuses = [o.status for o in outcomes]
    if Status.MET in statuses:
        if not any(o.quantified for o in outcomes if o.status is Status.MET):
            return PolicyStatus.NOT_QUANTIFIED, _REASONS[NOT_PUBLISHED]
        if not any(o.spec.window.any() for o in outcomes):
            return PolicyStatus.NOT_APPLICABLE, _REASONS[NOT_IN_FORCE]
        return PolicyStatus.ELIGIBLE, _REASONS[ALL_MET]
    if Status.NOT_MET in statuses:
        failed = [c for o in outcomes for c in o.conditions if c.status is Status.NOT_MET]
        return PolicyStatus.NOT_ELIGIBLE, failed[0].reason
    unknown = [c for o in outcomes for c in o.conditions if c.status is Status.UNKNOWN]
    return PolicyStatus.UNKNOWN, unknown[0].reason
