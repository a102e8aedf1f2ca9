"""Plausibility, said out loud (cost model 7.7): the "check the assumptions" marks of a case.

A figure a finance analyst would question is not hidden: it carries a mark that says why
and names the input driving it. ``explorer.domain.figures`` attaches them to its figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from explorer.domain.evaluation import CaseResult, Evaluation, SiteResult
from explorer.domain.figure_style import Amount, Unit
from explorer.domain.figure_texts import (
    BENEFIT_OVER_LINE,
    IRR_HIGH,
    LINE_WORDS,
    NET_NEGATIVE,
    PAYBACK_QUICK,
    UNIT_COST_ZERO,
)
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.messages import Message

if TYPE_CHECKING:
    from explorer.domain.figures import PolicyLine, WaterfallStep

IRR_MARK = 1.0  # an IRR above 100 % a year
PAYBACK_MARK_MONTHS = 3.0
COST_BASED = {"electricity_price": "energy", "rent_subsidy": "space", "compute_voucher": "compute"}


@dataclass(frozen=True, slots=True)
class Mark:
    """A "check the assumptions" mark (7.7): which figure, why, and the input that drives it."""

    figure: str
    reason: Message
    driver: str  # an input path, or a policy id ("policies.<id>")


def plausibility_marks(
    evaluation: Evaluation,
    case: CaseResult,
    waterfall: tuple[WaterfallStep, ...],
    policies: tuple[PolicyLine, ...],
) -> tuple[Mark, ...]:
    """Every "check the assumptions" mark of the case origin -> ``case.site_id`` (7.7)."""
    dest = evaluation.site(case.site_id)
    marks: list[Mark] = []
    saving = float(case.savings[1]) if evaluation.horizon >= 1 else 0.0
    outlay = case.one_off + case.parallel_running
    share = Amount(outlay / saving if saving > 0 else 0.0, Unit.FRACTION)
    driver = _largest_one_off(evaluation, case)
    if case.irr.status is IrrStatus.DEFINED and case.irr.value is not None and case.irr.value > IRR_MARK:
        marks.append(
            Mark(
                "irr",
                Message(IRR_HIGH, share=share, outlay=Amount(outlay), saving=Amount(saving)),
                driver,
            )
        )
    payback = case.payback
    quick = payback.status is PaybackStatus.WITHIN and (payback.months or 0.0) < PAYBACK_MARK_MONTHS
    no_outlay = payback.status is PaybackStatus.IMMEDIATE and bool(np.any(case.cash_flows))
    if quick or no_outlay:
        marks.append(
            Mark(
                "payback",
                Message(PAYBACK_QUICK, share=share, outlay=Amount(outlay), saving=Amount(saving)),
                driver,
            )
        )
    if waterfall and waterfall[-1].end < 0:
        largest = max(policies, key=lambda p: float(p.incentives[1]), default=None)
        marks.append(
            Mark(
                "incentives",
                Message(NET_NEGATIVE, net=Amount(waterfall[-1].end)),
                f"policies.{largest.policy_id}" if largest else "extra_incentive_per_year",
            )
        )
    marks += _benefits_over_their_line(evaluation, dest)
    if dest.unit_cost is not None and dest.unit_cost_net == 0.0 and dest.unit_cost > 0:
        marks.append(Mark("unit_cost", Message(UNIT_COST_ZERO), "policies"))
    return tuple(marks)


def _benefits_over_their_line(evaluation: Evaluation, dest: SiteResult) -> list[Mark]:
    """A cost-based benefit larger than the line it reduces, at the destination, in any year."""
    marks = []
    table = dest.table
    lines = {
        "energy": table.energy,
        "space": table.space,
        "compute": table.energy + table.space + table.service_fee,
    }
    for policy in evaluation.policies:
        for rule in policy.rules:
            line = COST_BASED.get(rule.kind)
            if line is None or rule.site_id != dest.id:
                continue
            over = np.nonzero(rule.amounts > lines[line] + 0.5)[0]
            if over.size:
                year = int(over[0])
                marks.append(
                    Mark(
                        "incentives",
                        Message(
                            BENEFIT_OVER_LINE,
                            policy=policy.policy_id,
                            benefit=Amount(float(rule.amounts[year])),
                            line=Message(LINE_WORDS[line]),
                            cost=Amount(float(lines[line][year])),
                            year=year,
                        ),
                        f"policies.{policy.policy_id}",
                    )
                )
    return marks


def _largest_one_off(evaluation: Evaluation, case: CaseResult) -> str:
    """The one-off input that weighs most in this case (its path), for the marks' "driven by"."""
    values = {info.path: info.value for info in evaluation.inputs}
    site = evaluation.site(case.site_id)
    staff = next(
        (v for p, v in values.items() if p == f"sites.{site.id}.staff"), values.get("workload.staff", 0.0)
    )

    def product(*paths: str) -> float:
        return float(np.prod([values.get(path, 0.0) for path in paths]))

    terms = {
        "one_off.other": values.get("one_off.other", 0.0),
        "one_off.early_exit": values.get("one_off.early_exit", 0.0),
        "one_off.cost_per_tb": product("one_off.data_tb", "one_off.cost_per_tb"),
        "one_off.downtime_cost_per_day": product("one_off.downtime_days", "one_off.downtime_cost_per_day"),
        "one_off.hiring_per_person": staff * values.get("one_off.hiring_per_person", 0.0),
        "one_off.hardware_move_per_rack": site.racks * values.get("one_off.hardware_move_per_rack", 0.0),
        "one_off.parallel_months": case.parallel_running,
    }
    return max(terms, key=lambda path: terms[path]) if any(terms.values()) else "one_off.other"
