"""Tornado, Monte Carlo and goal seek (cost-model.md section 5), all on the vectorised core.
One module because tornado, Monte Carlo and goal seek share how a case becomes rows of the
vectorised core and how the rows are read back; split, that shared setup would be exported as
internals.

Each analysis is about one relocation case (origin -> ``site_id``, by default
the scenario's destination) and runs ``cashflow.simulate`` on many rows at
once: 2k rows for a tornado over k inputs, N rows (in chunks) for a Monte
Carlo, a few dozen rows per step for goal seek.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np

from explorer.domain.cashflow import simulate
from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import in_both, to_plain
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.domain.model import Model, build_model
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Scenario

DEFAULT_SAMPLES = 10_000
MAX_SAMPLES = 5_000_000
CHUNK_CELLS = 400_000  # rows * sites * years per chunk: ~3 MB per (n, S, H+1) array
WHOLE_NUMBER = QT_TRANSLATE_NOOP("Engine", "must be a whole number from 1 to {maximum}, got {value!r}")
MAX_SEED = 2**63 - 1
# A goal seek's target: a finite amount of yuan (an NPV beyond it means nothing).
MAX_TARGET_NPV = 1e15


def check_seed(seed: object) -> int:
    """A Monte Carlo seed: a whole number from 0 to 2**63 - 1, else InvalidInput naming ``seed``."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise InvalidInput(
            "seed",
            QT_TRANSLATE_NOOP("Engine", "must be a whole number from 0 to {maximum}, got {value!r}"),
            maximum=f"{MAX_SEED}",
            value=seed,
        )
    return seed


def check_target_npv(target_npv: object) -> float:
    """A goal seek's target NPV: a finite number of yuan within +/-1e15, else InvalidInput."""
    value = target_npv if isinstance(target_npv, (int, float)) and not isinstance(target_npv, bool) else None
    if value is None or not np.isfinite(value) or abs(value) > MAX_TARGET_NPV:
        raise InvalidInput(
            "target_npv",
            QT_TRANSLATE_NOOP("Engine", "must be a finite amount of yuan within ±{maximum}, got {value}"),
            maximum="1e15",
            value=str(target_npv),
        )
    return float(value)


def _chunk_rows(model: Model) -> int:
    return max(1, CHUNK_CELLS // (2 * (model.horizon + 1)))


def _case_npv(model: Model, X: np.ndarray, target: int, varying: Collection[int] | None = None) -> np.ndarray:
    """NPV of origin -> target for each row of X, in chunks so memory stays bounded."""
    rows = _chunk_rows(model)
    out = np.empty(X.shape[0])
    for start in range(0, X.shape[0], rows):
        sim = simulate(model, X[start : start + rows], sites=(target,), varying=varying, detail=False)
        out[start : start + rows] = sim.npv[:, sim.slot(target)]
    return out


def _target(model: Model, site_id: str | None) -> int:
    position = model.destination if site_id is None else model.site_position(site_id)
    if position == model.origin:
        raise InvalidInput(
            "site", QT_TRANSLATE_NOOP("Engine", "the origin cannot be the site a case moves to")
        )
    return position


def _model(scenario: Scenario | Model, pack: DataPack | None) -> Model:
    if isinstance(scenario, Model):
        return scenario
    if pack is None:
        raise TypeError("a data pack is needed to evaluate a scenario")
    return build_model(scenario, pack)


# --- tornado ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TornadoBar:
    path: str
    label: str  # the input's name: a Template or Message (context "Fields"), rendered by the layer
    unit: str
    low: float
    value: float
    high: float
    npv_at_low: float
    npv_at_high: float
    base_npv: float

    @property
    def bar_low(self) -> float:
        """The bar is drawn from the base NPV to the NPV at each end, so it always holds the base."""
        return min(self.npv_at_low, self.npv_at_high, self.base_npv)

    @property
    def bar_high(self) -> float:
        return max(self.npv_at_low, self.npv_at_high, self.base_npv)

    @property
    def swing(self) -> float:
        return abs(self.npv_at_high - self.npv_at_low)


@dataclass(frozen=True, slots=True)
class Tornado:
    site_id: str
    base_npv: float
    bars: tuple[TornadoBar, ...]  # largest swing first

    def to_dict(self, chinese: Callable[[Any], str] | None = None) -> dict:
        """JSON-ready; each bar's label as ``label_en`` and ``label_zh`` (``chinese`` renders the
        Chinese, as for ``Evaluation.to_dict``; without it ``label_zh`` holds the English)."""
        data = to_plain(self)
        bars = zip(self.bars, data["bars"], strict=True)
        data["bars"] = [
            {
                **in_both(bar, plain, chinese or str, ("label",)),
                "bar_low": bar.bar_low,
                "bar_high": bar.bar_high,
                "swing": bar.swing,
            }
            for bar, plain in bars
        ]
        return data


def tornado(scenario: Scenario | Model, pack: DataPack | None = None, site_id: str | None = None) -> Tornado:
    """NPV with each uncertain input at its low and its high, all others at base; sorted by swing."""
    model = _model(scenario, pack)
    target = _target(model, site_id)
    columns = model.case_columns(target)
    X = np.repeat(model.base[None, :], 2 * len(columns) + 1, axis=0)
    for i, column in enumerate(columns):
        X[2 * i, column] = model.inputs[column].low
        X[2 * i + 1, column] = model.inputs[column].high
    npv = _case_npv(model, X, target, varying=columns)
    bars = []
    for i, column in enumerate(columns):
        item = model.inputs[column]
        bars.append(
            TornadoBar(
                item.path,
                item.label,
                item.unit,
                item.low,
                item.value,
                item.high,
                float(npv[2 * i]),
                float(npv[2 * i + 1]),
                float(npv[-1]),
            )
        )
    bars.sort(key=lambda bar: (-bar.swing, bar.path))
    return Tornado(model.sites[target].id, float(npv[-1]), tuple(bars))


# --- Monte Carlo -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonteCarlo:
    site_id: str
    samples: int
    seed: int
    base_npv: float
    mean: float
    std: float
    p10: float
    p50: float
    p90: float
    probability_positive: float  # P(NPV > 0)
    histogram_counts: np.ndarray  # (bins,)
    histogram_edges: np.ndarray  # (bins + 1,) yuan
    drawn: tuple[str, ...]  # the inputs drawn (every uncertain input the case's NPV depends on)
    npv: np.ndarray  # (samples,) read-only

    def to_dict(self) -> dict:
        """Everything but the samples themselves (a million numbers is no summary)."""
        data = to_plain(self)
        del data["npv"]
        return data


class MonteCarloCancelled(Exception):
    """A Monte Carlo run stopped by its caller before it finished."""


def triangular(u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Inverse CDF of triangular(low, mode, high) at uniform draws ``u``; exact for zero width.

    Left of the mode: low + sqrt(u (h - l)(m - l)); right: high - sqrt((1 - u)(h - l)(h - m)).
    One square root per draw: the branch picks its argument and its end first.
    """
    width = high - low
    split = (mode - low) / np.where(width > 0, width, 1.0)
    left = u < split
    root = np.sqrt(np.where(left, u * (width * (mode - low)), (1.0 - u) * (width * (high - mode))))
    return np.where(left, low + root, high - root)


def sample_inputs(model: Model, columns: np.ndarray, samples: int, seed: int) -> Iterator[np.ndarray]:
    """The Monte Carlo's input rows, chunk by chunk: every column at its value, ``columns`` drawn.

    One buffer is refilled for each chunk (only the drawn columns change), so a
    million samples never hold more than one chunk of rows in memory.
    """
    low = np.array([model.inputs[c].low for c in columns])
    mode = np.array([model.inputs[c].value for c in columns])
    high = np.array([model.inputs[c].high for c in columns])
    rng = np.random.default_rng(seed)
    rows = min(samples, _chunk_rows(model))
    buffer = np.repeat(model.base[None, :], rows, axis=0)
    for start in range(0, samples, rows):
        X = buffer[: min(rows, samples - start)]
        if columns.size:
            X[:, columns] = triangular(rng.random((len(X), columns.size)), low, mode, high)
        yield X


def monte_carlo(
    scenario: Scenario | Model,
    pack: DataPack | None = None,
    samples: int = DEFAULT_SAMPLES,
    seed: int = 0,
    site_id: str | None = None,
    bins: int = 50,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MonteCarlo:
    """NPV distribution with every uncertain input drawn from triangular(low, value, high).

    ``progress(fraction)`` is told after each chunk; when ``cancelled()`` turns true the
    run stops between chunks by raising ``MonteCarloCancelled``. Neither changes a result.

    Inputs are drawn independently. The same seed and sample count give the
    same result on any machine (numpy's PCG64 generator, fixed chunking).
    """
    if isinstance(samples, bool) or not isinstance(samples, int) or not 1 <= samples <= MAX_SAMPLES:
        raise InvalidInput("samples", WHOLE_NUMBER, maximum=f"{MAX_SAMPLES:,}", value=samples)
    if not isinstance(bins, int) or not 1 <= bins <= 1000:
        raise InvalidInput("bins", WHOLE_NUMBER, maximum="1000", value=bins)
    check_seed(seed)
    model = _model(scenario, pack)
    target = _target(model, site_id)
    columns = np.array(model.case_columns(target), dtype=np.intp)
    npv = np.empty(samples)
    start = 0
    for X in sample_inputs(model, columns, samples, seed):
        if cancelled is not None and cancelled():
            raise MonteCarloCancelled(f"stopped after {start:,} of {samples:,} samples")
        sim = simulate(model, X, sites=(target,), varying=columns, detail=False)
        npv[start : start + len(X)] = sim.npv[:, sim.slot(target)]
        start += len(X)
        if progress is not None:
            progress(start / samples)
    base = float(_case_npv(model, model.base[None, :], target)[0])
    p10, p50, p90 = np.percentile(npv, [10, 50, 90])
    counts, edges = np.histogram(npv, bins=bins)
    npv.setflags(write=False)
    return MonteCarlo(
        model.sites[target].id, samples, seed, base, float(npv.mean()), float(npv.std()),
        float(p10), float(p50), float(p90), float(np.count_nonzero(npv > 0) / samples),
        counts, edges, tuple(model.inputs[c].path for c in columns), npv,
    )  # fmt: skip


# --- goal seek ---------------------------------------------------------------


class GoalSeekStatus(StrEnum):
    SOLVED = "solved"
    NO_SOLUTION = "no_solution_in_range"


@dataclass(frozen=True, slots=True)
class GoalSeek:
    path: str
    site_id: str
    target_npv: float
    status: GoalSeekStatus
    value: float | None  # the input value that gives the target NPV
    npv_at_value: float | None
    current_value: float
    low: float  # the range searched
    high: float
    npv_at_low: float
    npv_at_high: float
    step: bool  # the NPV jumps across the target at ``value`` (e.g. a whole rack more)
    # inputs raised with the sought one, never lowered: (path, current value); see ``goal_seek``
    linked: tuple[tuple[str, float], ...] = ()
    unit: str = ""  # the input's unit (fields.py), for the texts that show its values

    @property
    def solved(self) -> bool:
        return self.status is GoalSeekStatus.SOLVED

    def changes(self) -> tuple[tuple[str, float], ...]:
        """The inputs to set for the answer: ``path`` at ``value``, and each linked input it overtakes."""
        if self.value is None:
            return ()
        raised = tuple((path, self.value) for path, current in self.linked if self.value > current)
        return ((self.path, self.value), *raised)

    def to_dict(self) -> dict:
        data = to_plain(self)
        data["changes"] = to_plain(self.changes())
        return data


GRID_POINTS = 129
REFINE_POINTS = 32
MAX_REFINEMENTS = 20


def goal_seek(
    scenario: Scenario | Model,
    pack: DataPack | None = None,
    path: str = "",
    target_npv: float = 0.0,
    low: float | None = None,
    high: float | None = None,
    site_id: str | None = None,
    raise_with: Sequence[str] = (),
) -> GoalSeek:
    """The value of input ``path`` at which the case's NPV equals ``target_npv``.

    Brackets the answer on a grid over [low, high] (default: the input's whole
    allowed range), then narrows the bracket by repeated subdivision (bisection
    with 32 points a step). When several values qualify, the one nearest the
    current value is given. ``NO_SOLUTION`` when NPV - target keeps one sign
    over the range.

    ``raise_with``: inputs in the same unit that rise with the sought value and
    never fall: each is taken at max(its value, the sought value). A guaranteed
    policy price only ever lowers the market price, so seeking it above the
    market raises the market with it (cost-model-notes.md, "Goal seek").
    """
    target_npv = check_target_npv(target_npv)
    if isinstance(scenario, Scenario):
        scenario = _with_input(scenario, pack, path)
    model = _model(scenario, pack)
    column = model.column(path)
    item = model.inputs[column]
    followers = [model.column(other) for other in raise_with if other != path]
    if not item.affects_npv:
        raise InvalidInput(
            path, QT_TRANSLATE_NOOP("Engine", "no cash flow depends on this input, so it cannot move the NPV")
        )
    target = _target(model, site_id)
    lo = item.minimum if low is None else float(low)
    hi = item.maximum if high is None else float(high)
    if not (np.isfinite(lo) and np.isfinite(hi) and item.minimum <= lo < hi <= item.maximum):
        raise InvalidInput(
            path,
            QT_TRANSLATE_NOOP(
                "Engine",
                "search range must lie within {minimum:g}..{maximum:g} with low < high, "
                "got {low:g}..{high:g}",
            ),
            minimum=item.minimum,
            maximum=item.maximum,
            low=lo,
            high=hi,
        )

    varying = (column, *followers)

    def excess(values: np.ndarray) -> np.ndarray:
        X = np.repeat(model.base[None, :], values.size, axis=0)
        X[:, column] = values
        for follower in followers:
            X[:, follower] = np.maximum(model.base[follower], values)
        return _case_npv(model, X, target, varying=varying) - target_npv

    grid = np.linspace(lo, hi, GRID_POINTS)
    f = excess(grid)
    common = dict(
        path=path, site_id=model.sites[target].id, target_npv=target_npv, current_value=item.value, low=lo,
        high=hi, npv_at_low=float(f[0] + target_npv), npv_at_high=float(f[-1] + target_npv),
        linked=tuple((model.inputs[c].path, model.inputs[c].value) for c in followers), unit=item.unit,
    )  # fmt: skip
    exact = np.flatnonzero(f == 0.0)
    crossings = np.flatnonzero(np.sign(f[:-1]) * np.sign(f[1:]) < 0)
    candidates = [(abs(grid[i] - item.value), "exact", i) for i in exact]
    candidates += [
        (min(abs(grid[i] - item.value), abs(grid[i + 1] - item.value)), "bracket", i) for i in crossings
    ]
    if not candidates:
        return GoalSeek(
            status=GoalSeekStatus.NO_SOLUTION, value=None, npv_at_value=None, step=False, **common
        )
    _, kind, i = min(candidates)
    if kind == "exact":
        return GoalSeek(
            status=GoalSeekStatus.SOLVED, value=float(grid[i]), npv_at_value=target_npv, step=False, **common
        )
    a, b, fa, fb = grid[i], grid[i + 1], f[i], f[i + 1]
    for _ in range(MAX_REFINEMENTS):
        if b - a <= 1e-12 * max(1.0, abs(a), abs(b)):
            break
        points = np.linspace(a, b, REFINE_POINTS + 2)
        inner = excess(points[1:-1])
        zero = np.flatnonzero(inner == 0.0)
        if zero.size:
            a = b = points[1 + zero[0]]
            break
        fs = np.concatenate(([fa], inner, [fb]))
        k = int(np.flatnonzero(np.sign(fs[:-1]) != np.sign(fs[1:]))[0])
        a, b, fa, fb = points[k], points[k + 1], fs[k], fs[k + 1]
    value = float((a + b) / 2.0)
    at_value = float(excess(np.array([value]))[0])
    # a jump: the NPV is far from the target even at the converged point
    scale = max(abs(common["npv_at_low"]), abs(common["npv_at_high"]), 1.0)
    step = abs(at_value) > 1e-6 * scale
    return GoalSeek(
        status=GoalSeekStatus.SOLVED, value=value, npv_at_value=at_value + target_npv, step=step, **common
    )


def apply_goal_seek(scenario: Scenario, result: GoalSeek) -> Scenario:
    """``scenario`` with the answer of ``result`` set: the sought input and any linked input it overtakes."""
    if not result.solved or result.value is None:
        raise ValueError("a goal seek without an answer cannot be applied")
    for path, value in result.changes():
        scenario = scenario.replace_value(path, value)
    return scenario


def _with_input(scenario: Scenario, pack: DataPack | None, path: str) -> Scenario:
    """Make sure ``path`` is an input of the model (e.g. a realisation the scenario left to the rules)."""
    if pack is None:
        raise TypeError("a data pack is needed to evaluate a scenario")
    parts = path.split(".")
    if parts[0] == "policies" and len(parts) == 3 and parts[2] == "realisation":
        chosen = {c.policy_id: c for c in scenario.policies}
        if parts[1] in chosen and chosen[parts[1]].realisation is None:
            policy = pack.policies.get(parts[1])
            current = policy.rules[0].realisation if policy and policy.rules else 1.0
            return scenario.replace_value(path, current)
    return scenario
