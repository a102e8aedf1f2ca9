"""The engine's verdict on every policy of the pack, chosen for the calculation or not. No Qt.

``Evaluation.policies`` holds only the policies the scenario counts. The browser must
also say what an unticked policy would be worth, so those are valued by the engine in
a second evaluation of the same scenario with them added. Nothing is computed here:
the figures are the engine's, picked out and described.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

import numpy as np

from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import Evaluation, PolicyResult
from explorer.domain.pack import DataPack
from explorer.domain.scenario import PolicyChoice, Scenario

log = logging.getLogger("explorer.ui")


@dataclasses.dataclass(frozen=True, slots=True)
class PolicyResults:
    by_id: dict[str, PolicyResult]
    in_calculation: frozenset[str]  # ids whose result is the Calculator's own evaluation
    chosen: frozenset[str]


def every_policy_result(
    scenario: Scenario,
    pack: DataPack,
    evaluation: Evaluation,
    evaluate_scenario: Callable[[Scenario], Evaluation] | None = None,
) -> PolicyResults:
    """Chosen policies from ``evaluation``; the others from the engine as if they were chosen too.

    ``evaluate_scenario`` is the engine entry to use (AppState.evaluation_for_scenario in the app).
    """
    by_id = {result.policy_id: result for result in evaluation.policies}
    chosen = frozenset(choice.policy_id for choice in scenario.policies)
    in_calculation = frozenset(by_id)
    missing = [policy_id for policy_id in pack.policies if policy_id not in by_id]
    if missing:
        extra = tuple(PolicyChoice(policy_id) for policy_id in missing)
        try:
            wider = dataclasses.replace(scenario, policies=(*scenario.policies, *extra))
            preview = evaluate_scenario(wider) if evaluate_scenario else evaluate(wider, pack)
        except InvalidInput as error:  # the Calculator's own evaluation still stands
            log.info("Could not value the policies left out of the calculation: %s", error)
        else:
            wanted = set(missing)
            by_id.update({r.policy_id: r for r in preview.policies if r.policy_id in wanted})
    return PolicyResults(by_id, in_calculation, chosen)


@dataclasses.dataclass(frozen=True, slots=True)
class PaidYears:
    """When an engine amount series pays: for describing it, e.g. "CNY 1.2 M a year, years 1-5"."""

    first: int | None  # None: never
    last: int | None
    per_year: float | None  # the same amount every paying year; None when it varies
    years: tuple[tuple[int, float], ...]  # (year, amount) of every paying year


def paid_years(amounts: np.ndarray, tolerance: float = 0.5) -> PaidYears:
    """Describe a per-year series (year 0..H). ``tolerance`` in yuan: smaller amounts count as none."""
    values = np.asarray(amounts, dtype=float)
    paying = np.flatnonzero(np.abs(values) > tolerance)
    if paying.size == 0:
        return PaidYears(None, None, None, ())
    years = tuple((int(year), float(values[year])) for year in paying)
    first, last = int(paying[0]), int(paying[-1])
    contiguous = paying.size == last - first + 1
    same = np.allclose(values[paying], values[paying[0]], rtol=1e-9, atol=tolerance)
    return PaidYears(first, last, float(values[first]) if contiguous and same else None, years)
