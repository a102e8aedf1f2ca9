"""Scenarios side by side as a plain table: which outputs, their deltas against the base, which inputs differ.

No Qt here, and no business arithmetic beyond what a comparison is: every value
is read from an engine ``Evaluation``; a delta is one engine number less
another. The Compare view formats and colours what this module returns, and the
tests check it without building a widget.

Column 0 of every row is the base scenario.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.evaluation import Evaluation
from explorer.domain.finance import IrrStatus, PaybackStatus

MAX_SCENARIOS = 4  # the base and up to three others
MIN_SCENARIOS = 2

# Below this relative size a difference is rounding noise, shown as "no change".
SAME_TOLERANCE = 1e-9


class Kind(StrEnum):
    """How a metric's value reads (the view picks the text for it)."""

    MONEY = "money"  # yuan
    PERCENT = "percent"  # a fraction per year; deltas in percentage points
    MONTHS = "months"
    TONNES = "tonnes"  # tCO2
    UNIT_COST = "unit_cost"  # yuan per accelerator-hour


class Better(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Direction(StrEnum):
    """A scenario's value against the base's, judged by the metric's ``Better``."""

    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    NONE = "none"  # the base column itself, or no comparable value


@dataclass(frozen=True, slots=True)
class Reading:
    """What one metric reads from one evaluation: a number, or ``None`` with the engine's reason."""

    value: float | None
    status: str = ""  # why: "no_outlay"/"no_gain"/"no_root"/"multiple" (IRR), "not_within"/"immediate"
    # (payback), "no_accelerators" (unit cost)


@dataclass(frozen=True, slots=True)
class Metric:
    """One output row: its key, how it reads, which way is better, and where it comes from."""

    key: str
    kind: Kind
    better: Better
    read: Callable[[Evaluation], Reading]


def _npv(evaluation: Evaluation) -> Reading:
    return Reading(evaluation.primary.npv)


def _irr(evaluation: Evaluation) -> Reading:
    irr = evaluation.primary.irr
    if irr.defined:
        return Reading(irr.value)
    if irr.status is IrrStatus.NO_SIGN_CHANGE:
        # which way the flows all go tells the reader why there is no rate
        flows = evaluation.primary.cash_flows
        return Reading(None, "no_outlay" if (flows >= 0).all() else "no_gain")
    return Reading(None, irr.status.value)


def _payback(evaluation: Evaluation) -> Reading:
    payback = evaluation.primary.payback
    return Reading(payback.months, payback.status.value)


def _annual_saving(evaluation: Evaluation) -> Reading:
    savings = evaluation.primary.savings
    if len(savings) < 2:
        return Reading(None, "no_year_1")
    return Reading(float(savings[1]))


def _incentives(evaluation: Evaluation) -> Reading:
    return Reading(float(evaluation.primary.incentives.sum()))


def _one_off(evaluation: Evaluation) -> Reading:
    case = evaluation.primary
    return Reading(case.one_off + case.parallel_running)


def _co2_avoided(evaluation: Evaluation) -> Reading:
    return Reading(evaluation.site(evaluation.destination).co2_avoided_t)


def _unit_cost(evaluation: Evaluation) -> Reading:
    cost = evaluation.site(evaluation.destination).unit_cost
    return Reading(cost, "" if cost is not None else "no_accelerators")


METRICS: tuple[Metric, ...] = (
    Metric("npv", Kind.MONEY, Better.HIGHER, _npv),
    Metric("irr", Kind.PERCENT, Better.HIGHER, _irr),
    Metric("payback", Kind.MONTHS, Better.LOWER, _payback),
    Metric("annual_saving", Kind.MONEY, Better.HIGHER, _annual_saving),
    Metric("incentives", Kind.MONEY, Better.HIGHER, _incentives),
    Metric("one_off", Kind.MONEY, Better.LOWER, _one_off),
    Metric("co2_avoided", Kind.TONNES, Better.HIGHER, _co2_avoided),
    Metric("unit_cost", Kind.UNIT_COST, Better.LOWER, _unit_cost),
)


@dataclass(frozen=True, slots=True)
class MetricCell:
    value: float | None
    status: str
    delta: float | None  # value - base value; None in the base column or when either is missing
    direction: Direction


@dataclass(frozen=True, slots=True)
class MetricRow:
    key: str
    kind: Kind
    better: Better
    cells: tuple[MetricCell, ...]  # one per scenario, the base first


@dataclass(frozen=True, slots=True)
class InputRow:
    """A numeric input whose value is not the same in every chosen scenario."""

    path: str
    label: str  # the input's name (a Fields Message): AppState.words renders it
    unit: str
    values: tuple[float | None, ...]  # None: the scenario has no such input
    differs: tuple[bool, ...]  # this cell differs from the base's (always False for the base)


@dataclass(frozen=True, slots=True)
class ChoiceRow:
    """A choice that is not a number (origin, destination, mode, horizon, move date, policies)."""

    key: str
    values: tuple[object, ...]  # site id, mode code, years, date, or a frozenset of policy ids
    differs: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class Comparison:
    ids: tuple[str, ...]  # scenario ids, the base first
    metrics: tuple[MetricRow, ...]
    choices: tuple[ChoiceRow, ...]
    inputs: tuple[InputRow, ...]

    @property
    def base_id(self) -> str:
        return self.ids[0]

    def metric(self, key: str) -> MetricRow:
        for row in self.metrics:
            if row.key == key:
                return row
        raise KeyError(key)

    def input(self, path: str) -> InputRow:
        for row in self.inputs:
            if row.path == path:
                return row
        raise KeyError(path)


def compare(evaluations: Sequence[tuple[str, Evaluation]], base_id: str) -> Comparison:
    """Compare ``(scenario id, evaluation)`` pairs; the base must be among them and comes first."""
    ids = [scenario_id for scenario_id, _ in evaluations]
    if base_id not in ids:
        raise ValueError(f"the base scenario {base_id!r} is not among those compared")
    if len(set(ids)) != len(ids):
        raise ValueError("a scenario is listed twice")
    ordered = sorted(evaluations, key=lambda pair: pair[0] != base_id)  # stable: the base first
    results = [evaluation for _, evaluation in ordered]
    return Comparison(
        ids=tuple(scenario_id for scenario_id, _ in ordered),
        metrics=tuple(_metric_row(metric, results) for metric in METRICS),
        choices=_choice_rows(results),
        inputs=_input_rows(results),
    )


def _metric_row(metric: Metric, evaluations: Sequence[Evaluation]) -> MetricRow:
    readings = [metric.read(evaluation) for evaluation in evaluations]
    base = readings[0]
    cells = [MetricCell(base.value, base.status, None, Direction.NONE)]
    for reading in readings[1:]:
        delta, direction = _delta(metric, base, reading)
        cells.append(MetricCell(reading.value, reading.status, delta, direction))
    return MetricRow(metric.key, metric.kind, metric.better, tuple(cells))


def _delta(metric: Metric, base: Reading, other: Reading) -> tuple[float | None, Direction]:
    if base.value is not None and other.value is not None:
        delta = other.value - base.value
        scale = max(abs(base.value), abs(other.value))
        if delta == 0 or abs(delta) <= SAME_TOLERANCE * scale:
            return delta, Direction.SAME
        up = delta > 0
        return delta, Direction.BETTER if up == (metric.better is Better.HIGHER) else Direction.WORSE
    if metric.key == "payback":
        # "not within the horizon" is worse than any payback that happens
        base_never = base.status == PaybackStatus.NOT_WITHIN.value
        other_never = other.status == PaybackStatus.NOT_WITHIN.value
        if base_never and other_never:
            return None, Direction.SAME
        if base_never:
            return None, Direction.BETTER
        if other_never:
            return None, Direction.WORSE
    if base.value is None and other.value is None and base.status == other.status:
        return None, Direction.SAME
    return None, Direction.NONE


def _differs(values: Sequence[object]) -> tuple[bool, ...]:
    base = values[0]
    return tuple(i > 0 and _not_equal(value, base) for i, value in enumerate(values))


def _not_equal(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return False
    return a != b


def _choice_rows(evaluations: Sequence[Evaluation]) -> tuple[ChoiceRow, ...]:
    readers: tuple[tuple[str, Callable[[Evaluation], object]], ...] = (
        ("origin", lambda e: e.origin),
        ("destination", lambda e: e.destination),
        ("mode", lambda e: e.mode),
        ("horizon", lambda e: e.horizon),
        ("move_date", lambda e: e.move_date),
        ("policies", lambda e: frozenset(p.policy_id for p in e.policies)),
    )
    rows = []
    for key, read in readers:
        values = tuple(read(evaluation) for evaluation in evaluations)
        if len(evaluations) > 1 and any(_not_equal(v, values[0]) for v in values[1:]):
            rows.append(ChoiceRow(key, values, _differs(values)))
    return tuple(rows)


def _input_rows(evaluations: Sequence[Evaluation]) -> tuple[InputRow, ...]:
    """Inputs matched by path, in the order they first appear (the base's order, then any extra)."""
    by_path = [{item.path: item for item in evaluation.inputs} for evaluation in evaluations]
    order: dict[str, None] = {}
    for evaluation in evaluations:
        for item in evaluation.inputs:
            order.setdefault(item.path, None)
    rows = []
    for path in order:
        found = [inputs.get(path) for inputs in by_path]
        values = tuple(item.value if item is not None else None for item in found)
        if len(evaluations) < 2 or not any(_not_equal(v, values[0]) for v in values[1:]):
            continue
        info = next(item for item in found if item is not None)
        rows.append(InputRow(path, info.label, info.unit, values, _differs(values)))
    return tuple(rows)


def policy_changes(base: frozenset[str], other: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Policy ids counted in ``other`` but not the base, and those left out, each sorted."""
    return tuple(sorted(other - base)), tuple(sorted(base - other))
