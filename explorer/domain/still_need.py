"""What we still need from the client: the unknowns ranked by how far each could move the NPV.

Two kinds of item, ranked together by the NPV range each spans (largest first):

* **facts** that decide a chosen policy's eligibility and the firm profile leaves unknown
  (high-tech status, the encouraged-industry share, an R&D budget...). Each is valued by
  the case's NPV with the fact answered each way it can be (yes and no; a share at 0, at
  every threshold a condition names, and at 1; an amount at 0 and at the figure that
  earns a rule's whole cap); the other unknown facts are taken at the answer that suits
  the case best, so a policy with two unknown conditions shows what each of them decides.
* **estimates**: the tornado's inputs still at the data pack's figure (not set by the
  scenario), with the NPV at the low and the high end of their range.

Pure: evaluates the scenario some dozens of times (a few ms each), so the window runs it
in a worker; ``check`` is called between evaluations (it may raise to cancel).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import Evaluation
from explorer.domain.firm_facts import FACTS, Answer, AnswerKind, FactSpec, answer_fact, fact_of
from explorer.domain.incentives import STOCK_BASES, Status
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Scenario
from explorer.domain.uncertainty import tornado

ESTIMATE_COUNT = 6  # the largest tornado inputs at pack estimates that the list shows
MAX_PASSES = 3  # rounds of "each unknown fact at its best answer, given the others"
Check = Callable[[], None]


class NeedKind(StrEnum):
    FACT = "fact"  # decides a policy's eligibility
    ESTIMATE = "estimate"  # a tornado input still at the data pack's figure


@dataclass(frozen=True, slots=True)
class NeedItem:
    """One thing to ask the client, and how much the answer could move the case's NPV."""

    kind: NeedKind
    key: str  # a fact's FirmProfile attribute ("high_tech") or an input's path
    label: str  # a Message or a Bilingual: a layer's Style renders it
    unit: str
    npv_low: float  # the case's NPV with the least favourable answer (or end of the range)
    npv_high: float  # ... with the most favourable one
    favourable: Answer  # the answer (or input value) that gives ``npv_high``
    unfavourable: Answer  # the one that gives ``npv_low``
    answer_kind: str = ""  # facts: an AnswerKind; "" for an estimate
    policies: tuple[str, ...] = ()  # facts: the chosen policies whose eligibility it decides
    value: float | None = None  # estimates: the pack's figure used now
    low: float | None = None  # estimates: the pack's range
    high: float | None = None
    assumed: float | None = None  # amount facts: the figure the favourable answer assumes
    from_client: bool = True  # False: a figure of the destination, for a quote there rather than the client

    @property
    def span(self) -> float:
        return self.npv_high - self.npv_low


@dataclass(frozen=True, slots=True)
class StillNeed:
    site_id: str  # the destination of the case valued
    base_npv: float
    items: tuple[NeedItem, ...]  # largest span first

    def facts(self) -> tuple[NeedItem, ...]:
        return tuple(item for item in self.items if item.kind is NeedKind.FACT)

    def estimates(self) -> tuple[NeedItem, ...]:
        return tuple(item for item in self.items if item.kind is NeedKind.ESTIMATE)


def still_need(
    scenario: Scenario, pack: DataPack, estimates: int = ESTIMATE_COUNT, check: Check | None = None
) -> StillNeed:
    """The unknown facts and the pack estimates of ``scenario``'s main case, ranked by NPV span."""
    evaluation = evaluate(scenario, pack)
    facts = _fact_items(scenario, pack, evaluation, check or _no_check)
    guesses = _estimate_items(scenario, pack, evaluation, estimates)
    items = sorted((*facts, *guesses), key=lambda item: (-item.span, item.kind != NeedKind.FACT, item.key))
    return StillNeed(evaluation.destination, evaluation.primary.npv, tuple(items))


def unknown_facts(evaluation: Evaluation) -> dict[str, tuple[FactSpec, tuple[str, ...]]]:
    """Each answerable fact some chosen policy's condition leaves unknown, with those policies."""
    found: dict[str, list[str]] = {}
    for policy in evaluation.policies:
        for condition in policy.conditions:
            spec = fact_of(condition) if condition.status is Status.UNKNOWN else None
            if spec is not None and policy.policy_id not in found.setdefault(spec.name, []):
                found[spec.name].append(policy.policy_id)
    return {name: (FACTS[name], tuple(ids)) for name, ids in found.items()}


# --- facts --------------------------------------------------------------------------


def _fact_items(scenario: Scenario, pack: DataPack, evaluation: Evaluation, check: Check) -> list[NeedItem]:
    unknown = unknown_facts(evaluation)
    if not unknown:
        return []
    candidates = {
        name: _candidates(spec, evaluation, scenario, pack, ids) for name, (spec, ids) in unknown.items()
    }
    candidates = {name: values for name, values in candidates.items() if values}
    # start from the first candidate of each (the favourable guess), then improve one fact at a time
    chosen: dict[str, Answer] = {name: values[0] for name, values in candidates.items()}
    outcomes: dict[str, list[tuple[Answer, float]]] = {}
    for _ in range(MAX_PASSES):
        changed = False
        for name, values in candidates.items():
            results = []
            for value in values:
                check()
                trial = _answered(scenario, {**chosen, name: value})
                results.append((value, evaluate(trial, pack).primary.npv))
            outcomes[name] = results
            best = max(results, key=lambda pair: pair[1])[0]
            if best != chosen[name] and _npv_of(results, best) > _npv_of(results, chosen[name]) + 0.5:
                chosen[name], changed = best, True
        if not changed:
            break
    items = []
    for name, results in outcomes.items():
        spec, ids = unknown[name]
        high = max(results, key=lambda pair: pair[1])
        low = min(results, key=lambda pair: pair[1])
        amount = high[0] if spec.kind is AnswerKind.AMOUNT and isinstance(high[0], float) else None
        items.append(
            NeedItem(
                NeedKind.FACT,
                name,
                spec.label,
                spec.unit,
                npv_low=low[1],
                npv_high=high[1],
                favourable=high[0],
                unfavourable=low[0],
                answer_kind=spec.kind.value,
                policies=ids,
                assumed=amount,
            )
        )
    return items


def _npv_of(results: list[tuple[Answer, float]], value: Answer) -> float:
    return next(npv for answer, npv in results if answer == value)


def _answered(scenario: Scenario, answers: dict[str, Answer]) -> Scenario:
    for name, value in answers.items():
        scenario = answer_fact(scenario, name, value)
    return scenario


def _candidates(
    spec: FactSpec, evaluation: Evaluation, scenario: Scenario, pack: DataPack, policy_ids: Iterable[str]
) -> list[Answer]:
    """The answers worth trying for one fact, the most likely favourable first."""
    conditions = [
        c for p in evaluation.policies if p.policy_id in policy_ids for c in p.conditions
        if fact_of(c) is spec
    ]  # fmt: skip
    if spec.kind is AnswerKind.YES_NO:
        return [True, False]
    if spec.kind is AnswerKind.SHARE:
        values = {0.0, 1.0}
        for condition in conditions:
            try:
                values.add(min(max(float(condition.required), 0.0), 1.0))
            except ValueError:
                continue
        return [*sorted(values, reverse=True)]
    if spec.kind is AnswerKind.CHOICE:
        wanted = [part.strip() for c in conditions for part in c.required.split("|") if part.strip()]
        return list(dict.fromkeys([*wanted, *spec.choices]))
    reference = _reference_amount(spec, evaluation, scenario, pack, policy_ids)
    amounts: list[Answer] = [reference, 0.0] if reference else [0.0]
    return amounts


def _reference_amount(
    spec: FactSpec, evaluation: Evaluation, scenario: Scenario, pack: DataPack, policy_ids: Iterable[str]
) -> float | None:
    """The amount a favourable answer assumes: what earns a rule's whole cap, else the case's own figure.

    A rule with a rate and a total cap (10% of an R&D budget, at most 100 million) pays its
    most at cap / rate; without a cap, the firm's fixed-asset investment (money) or the case's
    operations staff (persons) stands in. None when neither says anything.
    """
    wanted = set(policy_ids)
    capped = [
        rule.cap_total / rule.rate
        for policy_id in wanted for rule in pack.policies[policy_id].rules
        if STOCK_BASES.get(rule.base, rule.base) == spec.name and rule.rate and rule.cap_total
    ]  # fmt: skip
    if capped:
        return float(max(capped))
    inputs = {item.path: item.value for item in evaluation.inputs}
    if spec.unit == "persons":
        staff = inputs.get(f"sites.{evaluation.destination}.staff", inputs.get("workload.staff"))
        return float(staff) if staff else None
    investment = inputs.get("firm.fixed_asset_investment", 0.0)
    return float(investment) if investment > 0 else None


# --- estimates ----------------------------------------------------------------------


def _estimate_items(scenario: Scenario, pack: DataPack, evaluation: Evaluation, count: int) -> list[NeedItem]:
    if count <= 0:
        return []
    info = {item.path: item for item in evaluation.inputs}
    items = []
    for bar in tornado(scenario, pack).bars:  # largest swing first
        item = info.get(bar.path)
        if item is None or item.overridden or bar.swing <= 0.5:
            continue  # the scenario (the client) already gave this figure, or it moves nothing
        at_high_better = bar.npv_at_high >= bar.npv_at_low
        items.append(
            NeedItem(
                NeedKind.ESTIMATE,
                bar.path,
                bar.label,
                bar.unit,
                min(bar.npv_at_low, bar.npv_at_high),
                max(bar.npv_at_low, bar.npv_at_high),
                bar.high if at_high_better else bar.low,
                bar.low if at_high_better else bar.high,
                value=bar.value,
                low=bar.low,
                high=bar.high,
                from_client=not bar.path.startswith(f"sites.{evaluation.destination}."),
            )  # fmt: skip
        )
        if len(items) == count:
            break
    return items


def _no_check() -> None:
    return None
