"""Every figure of a relocation case, computed once (cost model 7.6), with its plausibility marks (7.7).
One module because it is the one place every figure of a case is computed, the rule that makes the
window, the reports and the command line agree; its texts are already figure_texts.py and its style
figure_style.py.

The window's KPI cards and charts, the PDF, the workbook, the CSV and ``main.py compute``
all show the same figures: this module computes them from an ``Evaluation`` and the
presentation layers only format them. A figure is a number with its unit; its texts
(label, subtitle, "how is this calculated") are ``Message``s whose values may be
``Amount``s, so each layer renders them in its language and currency through one
``Style``.

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import numpy as np

from explorer.domain.evaluation import (
    COLUMN_WORDS,
    COST_LINES,
    CaseResult,
    Evaluation,
    PolicyResult,
    SiteResult,
    to_plain,
)
from explorer.domain.figure_style import Amount, Unit, site_name
from explorer.domain.figure_texts import (
    CF_HOW,
    CF_ITEM,
    CO2_DETAIL,
    CO2_HOW,
    CUMULATIVE,
    ENERGY_HOW,
    EXTRA_ITEM,
    EXTRA_LABEL,
    IMMEDIATE,
    INCENTIVES_DETAIL,
    INCENTIVES_HOW,
    IRR_DEFINED,
    IRR_DETAIL,
    IRR_MULTIPLE,
    IRR_NO_ROOT,
    IRR_NO_SIGN_CHANGE,
    NET_LABEL,
    NO_ACCELERATORS,
    NO_INCENTIVES,
    NOT_WITHIN,
    NPV_DETAIL,
    NPV_HOW,
    ONE_OFF_DETAIL,
    ONE_OFF_HOW,
    ONE_OFF_TERMS,
    PART,
    PAYBACK_DETAIL,
    PAYBACK_HOW,
    POLICY_ITEM,
    SAVING_DETAIL,
    SAVING_HOW,
    SEVERAL,
    SITE_SUM,
    SITE_UNIT_COST,
    TAX_APART,
    TAX_DETAIL,
    TAX_HOW,
    UNDEFINED,
    UNIT_COST_DETAIL,
    UNIT_COST_DETAIL_SHORT,
    UNIT_COST_HOW,
)
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.messages import QT_TRANSLATE_NOOP, Bilingual, Joined, Message, Template
from explorer.domain.plausibility import Mark, plausibility_marks


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class KeyFigure:
    key: str
    label: Template
    value: float | None  # in ``unit``; None when there is no number (IRR undefined, no accelerators)
    unit: Unit
    detail: Message
    how: tuple[Message | str, ...]  # "how is this calculated": formula, this case's numbers
    sources: tuple[str, ...]  # input paths the figure rests on
    tone: Tone = Tone.NEUTRAL
    words: Message | None = None  # shown instead of the number ("immediate", "undefined")
    short_detail: Message | None = None  # the detail where room is short, when it differs
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class WaterfallStep:
    """One bar of the year-1 waterfall: from the origin's cost today to the net cost after the move."""

    key: str  # "origin", a cost line, "policy:<id>", "tax", "net"
    label: Message | str
    start: float
    end: float
    total: bool  # a level bar (the first and the last), not a change

    @property
    def change(self) -> float:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class PolicyLine:
    """One policy's effect on the case per year: at the destination less at the origin (7.3)."""

    policy_id: str
    title_zh: str
    title_en: str
    incentives: np.ndarray  # benefits other than profit-based, yuan per year
    tax: np.ndarray  # profit-based benefits, yuan per year


# The cash-flow table's columns in order; the first five add up to cash_flow, one_off counted negative.
CASH_FLOW_FIELDS = (
    "savings", "investment", "incentives", "tax", "one_off", "cash_flow", "cumulative", "discounted",
)  # fmt: skip
OPTIONAL_CASH_FLOW_FIELDS = ("investment", "tax")  # shown only where a case has them


@dataclass(frozen=True, slots=True)
class CashFlowRow:
    year: int
    savings: float
    investment: float
    incentives: float
    tax: float
    one_off: float  # one-off costs (year 0), parallel running (year 1), less the sale of the origin
    cash_flow: float
    cumulative: float
    discounted: float

    def signed(self, field: str) -> float:
        """The column as it adds up to the cash flow: the one-off costs negative."""
        value = getattr(self, field)
        return -value if field == "one_off" else value


@dataclass(frozen=True, slots=True)
class CaseFigures:
    case: CaseResult
    origin: SiteResult
    destination: SiteResult
    kpis: tuple[KeyFigure, ...]
    waterfall: tuple[WaterfallStep, ...]
    cash_flows: tuple[CashFlowRow, ...]
    policies: tuple[PolicyLine, ...]
    marks: tuple[Mark, ...] = field(default=())

    def kpi(self, key: str) -> KeyFigure:
        for figure in self.kpis:
            if figure.key == key:
                return figure
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        """The figures as plain JSON data (``main.py compute --json``, key "figures"); texts in English."""
        return {
            "case": self.case.site_id,
            "kpis": [
                {
                    "key": k.key,
                    "value": k.value,
                    "unit": k.unit.value,
                    "shown_as": str(k.words) if k.words is not None else None,
                    "marks": [{"reason": str(m.reason), "driver": m.driver} for m in k.marks],
                }
                for k in self.kpis
            ],
            "waterfall_year_1": [
                {"key": step.key, "start": step.start, "end": step.end, "total": step.total}
                for step in self.waterfall
            ],
            "cash_flows": [to_plain(row) for row in self.cash_flows],
            "policies": [
                {"policy_id": p.policy_id, "incentives": to_plain(p.incentives), "tax": to_plain(p.tax)}
                for p in self.policies
            ],
            "unit_costs": {
                site.id: {"gross": site.unit_cost, "after_cost_based_incentives": site.unit_cost_net}
                for site in (self.origin, self.destination)
            },
        }


# --- the figures -----------------------------------------------------------------------

LABELS: dict[str, Template] = {
    "saving": QT_TRANSLATE_NOOP("Figures", "Saving in year 1"),
    "npv": QT_TRANSLATE_NOOP("Figures", "Net present value"),
    "irr": QT_TRANSLATE_NOOP("Figures", "Internal rate of return"),
    "payback": QT_TRANSLATE_NOOP("Figures", "Payback"),
    "incentives": QT_TRANSLATE_NOOP("Figures", "Incentives"),
    "tax": QT_TRANSLATE_NOOP("Figures", "Tax relief"),
    "one_off": QT_TRANSLATE_NOOP("Figures", "One-off costs of the move"),
    "co2": QT_TRANSLATE_NOOP("Figures", "CO₂ avoided"),
    "unit_cost": QT_TRANSLATE_NOOP("Figures", "Cost per accelerator-hour"),
}


def tone(amount: float) -> Tone:
    return Tone.GOOD if amount > 0 else Tone.BAD if amount < 0 else Tone.NEUTRAL


def case_figures(evaluation: Evaluation, site_id: str | None = None) -> CaseFigures:
    """Every figure of the case origin -> ``site_id`` (default: the scenario's destination)."""
    case = evaluation.case(site_id or evaluation.destination)
    return _Builder(evaluation, case).build()


class _Builder:
    def __init__(self, evaluation: Evaluation, case: CaseResult) -> None:
        self.ev = evaluation
        self.case = case
        self.origin = evaluation.site(evaluation.origin)
        self.dest = evaluation.site(case.site_id)
        self.names = {"origin": site_name(self.origin), "destination": site_name(self.dest)}

    def build(self) -> CaseFigures:
        policies = self.policy_lines()
        waterfall = self.waterfall(policies)
        marks = plausibility_marks(self.ev, self.case, waterfall, policies)
        by_figure: dict[str, list[Mark]] = {}
        for mark in marks:
            by_figure.setdefault(mark.figure, []).append(mark)
        kpis = tuple(
            _with_marks(figure, tuple(by_figure.get(figure.key, ())))
            for figure in (  # the order a report reads them in
                self.npv(),
                self.irr(),
                self.payback(),
                self.saving(),
                self.incentives(policies),
                self.tax(policies),
                self.one_off(),
                self.co2(),
                self.unit_cost(),
            )
        )
        return CaseFigures(
            self.case, self.origin, self.dest, kpis, waterfall, self.cash_flow_rows(), policies, marks
        )

    # --- shared pieces
    def site_terms(self, site: SiteResult, year: int) -> Message:
        """A site's operating cost as a sum: "Beijing: energy 74.0 M + space 60.0 M + … = 140.0 M"."""
        table = site.table
        parts = [
            Message(PART, label=Message(COLUMN_WORDS[k]), amount=Amount(float(getattr(table, k)[year])))
            for k in COST_LINES
            if getattr(table, k)[year]
        ]
        return Message(
            SITE_SUM, site=site_name(site), parts=Joined(parts, " + "), total=Amount(float(table.opex[year]))
        )

    def cash_flow_list(self) -> Joined:
        return Joined(
            [Message(CF_ITEM, year=t, amount=Amount(float(v))) for t, v in enumerate(self.case.cash_flows)],
            ", ",
        )

    # --- key figures
    def saving(self) -> KeyFigure:
        case, o, d = self.case, self.origin, self.dest
        saving = float(case.savings[1]) if self.ev.horizon >= 1 else 0.0
        how = (
            Message(SAVING_HOW, destination=site_name(d)),
            self.site_terms(o, 1),
            self.site_terms(d, 1),
            Message(
                ENERGY_HOW,
                origin=site_name(o),
                destination=site_name(d),
                e_o=Amount(o.energy_kwh, Unit.KWH),
                e_d=Amount(d.energy_kwh, Unit.KWH),
            ),
        )
        paths = [
            f"sites.{s}.{p}" for s in (o.id, d.id) for p in ("electricity_price", "pue", "rack_rent", "wage")
        ]
        return KeyFigure(
            "saving",
            LABELS["saving"],
            saving,
            Unit.YUAN,
            Message(SAVING_DETAIL, **self.names),
            how,
            ("workload.it_load_kw", "workload.accelerators", "workload.accelerator_power_kw", *paths),
            tone(saving),
        )

    def npv(self) -> KeyFigure:
        case, ev = self.case, self.ev
        how = (
            Message(NPV_HOW, years=ev.horizon, rate=Amount(ev.discount_rate, Unit.FRACTION)),
            Message(CF_HOW, one_off=Amount(case.one_off), parallel=Amount(case.parallel_running)),
            self.cash_flow_list(),
        )
        return KeyFigure(
            "npv",
            LABELS["npv"],
            case.npv,
            Unit.YUAN,
            Message(NPV_DETAIL, years=ev.horizon, rate=Amount(ev.discount_rate, Unit.FRACTION)),
            how,
            ("finance.discount_rate", "finance.electricity_escalation", "finance.wage_escalation"),
            tone(case.npv),
        )

    def irr(self) -> KeyFigure:
        irr, rate = self.case.irr, self.ev.discount_rate
        words = None
        if irr.status is IrrStatus.MULTIPLE:
            words = Message(SEVERAL)
        elif irr.status is not IrrStatus.DEFINED:
            words = Message(UNDEFINED)
        reasons = {
            IrrStatus.DEFINED: Message(IRR_DEFINED),
            IrrStatus.NO_SIGN_CHANGE: Message(IRR_NO_SIGN_CHANGE),
            IrrStatus.NO_ROOT: Message(IRR_NO_ROOT),
            IrrStatus.MULTIPLE: Message(
                IRR_MULTIPLE, rates=Joined([Amount(r, Unit.FRACTION) for r in irr.roots], ", ")
            ),
        }
        value = irr.value if irr.status is IrrStatus.DEFINED else None
        return KeyFigure(
            "irr",
            LABELS["irr"],
            value,
            Unit.FRACTION,
            Message(IRR_DETAIL, rate=Amount(rate, Unit.FRACTION)),
            (reasons[irr.status], self.cash_flow_list()),
            ("finance.discount_rate",),
            tone(value - rate) if value is not None else Tone.NEUTRAL,
            words,
        )

    def payback(self) -> KeyFigure:
        payback = self.case.payback
        words, value, good = None, payback.months, Tone.GOOD
        if payback.status is PaybackStatus.IMMEDIATE:
            words = Message(IMMEDIATE)
        elif payback.status is not PaybackStatus.WITHIN:
            words, value, good = Message(NOT_WITHIN, years=payback.horizon_years), None, Tone.BAD
        cumulative = Joined(
            [Message(CF_ITEM, year=t, amount=Amount(float(v))) for t, v in enumerate(self.case.cumulative)],
            ", ",
        )
        how = (Message(PAYBACK_HOW), Message(CUMULATIVE, flows=cumulative))
        return KeyFigure(
            "payback", LABELS["payback"], value, Unit.MONTHS, Message(PAYBACK_DETAIL), how, (), good, words
        )

    def incentives(self, policies: tuple[PolicyLine, ...]) -> KeyFigure:
        total = float(np.sum(self.case.incentives))
        lines: list[Message | str] = [Message(INCENTIVES_HOW)]
        paying = [p for p in policies if np.any(p.incentives)]
        lines += _policy_items(paying, "incentives")
        extra = float(np.sum(self.extra_incentive()))
        if extra:
            lines.append(Message(EXTRA_ITEM, amount=Amount(extra)))
        if not paying and not extra:
            lines.append(Message(NO_INCENTIVES))
        tax = float(np.sum(self.case.tax))
        lines.append(Message(TAX_APART, amount=Amount(tax)))
        return KeyFigure(
            "incentives",
            LABELS["incentives"],
            total,
            Unit.YUAN,
            Message(INCENTIVES_DETAIL, years=self.ev.horizon),
            tuple(lines),
            tuple(f"policies.{p.policy_id}" for p in paying),
            tone(total),
        )

    def tax(self, policies: tuple[PolicyLine, ...]) -> KeyFigure:
        total = float(np.sum(self.case.tax))
        lines: list[Message | str] = [Message(TAX_HOW)]
        lines += _policy_items([p for p in policies if np.any(p.tax)], "tax")
        return KeyFigure(
            "tax",
            LABELS["tax"],
            total,
            Unit.YUAN,
            Message(TAX_DETAIL, years=self.ev.horizon),
            tuple(lines),
            ("firm.taxable_profit",),
            tone(total),
        )

    def one_off(self) -> KeyFigure:
        case = self.case
        total = case.one_off + case.parallel_running - case.salvage
        how = (
            Message(ONE_OFF_HOW),
            Message(
                ONE_OFF_TERMS,
                one_off=Amount(case.one_off),
                parallel=Amount(case.parallel_running),
                salvage=Amount(case.salvage),
            ),
        )
        paths = tuple(
            f"one_off.{name}"
            for name in (
                "hardware_move_per_rack",
                "data_tb",
                "cost_per_tb",
                "downtime_days",
                "downtime_cost_per_day",
                "hiring_per_person",
                "early_exit",
                "parallel_months",
                "other",
            )
        )
        return KeyFigure(
            "one_off",
            LABELS["one_off"],
            total,
            Unit.YUAN,
            Message(ONE_OFF_DETAIL, one_off=Amount(case.one_off), parallel=Amount(case.parallel_running)),
            how,
            paths,
            tone(-total),
        )

    def co2(self) -> KeyFigure:
        o, d = self.origin, self.dest
        paths = tuple(f"sites.{s}.{p}" for s in (o.id, d.id) for p in ("grid_emission_factor", "green_share"))
        return KeyFigure(
            "co2",
            LABELS["co2"],
            d.co2_avoided_t,
            Unit.TONNES_A_YEAR,
            Message(
                CO2_DETAIL,
                origin=site_name(o),
                destination=site_name(d),
                o=Amount(o.co2_t, Unit.TONNES_A_YEAR),
                d=Amount(d.co2_t, Unit.TONNES_A_YEAR),
            ),
            (Message(CO2_HOW),),
            paths,
            tone(d.co2_avoided_t),
        )

    def unit_cost(self) -> KeyFigure:
        o, d = self.origin, self.dest
        paths = ("workload.accelerators", "workload.utilisation")
        if d.unit_cost is None or o.unit_cost is None:
            return KeyFigure(
                "unit_cost",
                LABELS["unit_cost"],
                None,
                Unit.YUAN_PER_HOUR,
                Message(NO_ACCELERATORS),
                (Message(UNIT_COST_HOW),),
                paths,
            )
        per_site = [
            Message(
                SITE_UNIT_COST,
                site=site_name(s),
                gross=Amount(s.unit_cost, Unit.YUAN_PER_HOUR),
                net=Amount(s.unit_cost_net or 0.0, Unit.YUAN_PER_HOUR),
            )
            for s in self.ev.sites
            if s.unit_cost is not None
        ]
        return KeyFigure(
            "unit_cost",
            LABELS["unit_cost"],
            d.unit_cost,
            Unit.YUAN_PER_HOUR,
            Message(
                UNIT_COST_DETAIL,
                origin=site_name(o),
                destination=site_name(d),
                o=Amount(o.unit_cost, Unit.YUAN_PER_HOUR),
                net=Amount(d.unit_cost_net or 0.0, Unit.YUAN_PER_HOUR),
            ),
            (Message(UNIT_COST_HOW), *per_site),
            paths,
            tone(o.unit_cost - d.unit_cost),
            short_detail=Message(
                UNIT_COST_DETAIL_SHORT,
                origin=site_name(o),
                o=Amount(o.unit_cost, Unit.YUAN_PER_HOUR),
                net=Amount(d.unit_cost_net or 0.0, Unit.YUAN_PER_HOUR),
            ),
        )

    def extra_incentive(self) -> np.ndarray:
        """The what-if extra incentive by year: paid at the scenario's destination only."""
        if self.dest.id == self.ev.destination:
            return np.asarray(self.ev.extra_incentive, dtype=np.float64)
        return np.zeros(len(self.case.cash_flows))

    # --- tables and charts
    def policy_lines(self) -> tuple[PolicyLine, ...]:
        """Each chosen policy's effect on the case: + at the destination, - at the origin.

        Surcharges are left out: they are operating cost at the origin (the charges line),
        so avoiding them is part of the saving.
        """
        sign = {self.dest.id: 1.0, self.origin.id: -1.0}
        lines = []
        zero = np.zeros(len(self.case.cash_flows))
        for policy in self.ev.policies:
            incentives, tax = zero.copy(), zero.copy()
            for rule in policy.rules:
                if rule.kind == "surcharge" or rule.site_id not in sign:
                    continue
                target = tax if _profit_based(policy, rule.rule_id) else incentives
                target += sign[rule.site_id] * rule.amounts
            lines.append(PolicyLine(policy.policy_id, policy.title_zh, policy.title_en, incentives, tax))
        return tuple(lines)

    def waterfall(self, policies: tuple[PolicyLine, ...]) -> tuple[WaterfallStep, ...]:
        """Year 1: the origin's operating cost, each cost line's change, each policy's gain, the net."""
        o, d = self.origin, self.dest
        if self.ev.horizon < 1:
            return ()
        level = float(o.table.opex[1])
        steps = [WaterfallStep("origin", site_name(o), 0.0, level, True)]
        for key in COST_LINES:
            change = float(getattr(d.table, key)[1]) - float(getattr(o.table, key)[1])
            if change:
                steps.append(WaterfallStep(key, Message(COLUMN_WORDS[key]), level, level + change, False))
                level += change
        for policy in policies:
            gained = float(policy.incentives[1])
            if gained:
                steps.append(
                    WaterfallStep(
                        f"policy:{policy.policy_id}",
                        Bilingual(policy.title_zh, policy.title_en),
                        level,
                        level - gained,
                        False,
                    )
                )
                level -= gained
        extra = float(self.extra_incentive()[1])
        if extra:
            steps.append(WaterfallStep("extra", Message(EXTRA_LABEL), level, level - extra, False))
            level -= extra
        tax = float(self.case.tax[1])
        if tax:
            steps.append(WaterfallStep("tax", Message(COLUMN_WORDS["tax"]), level, level - tax, False))
            level -= tax
        steps.append(WaterfallStep("net", Message(NET_LABEL, site=site_name(d)), 0.0, level, True))
        return tuple(steps)

    def cash_flow_rows(self) -> tuple[CashFlowRow, ...]:
        case = self.case
        other = case.cash_flows - case.savings - case.investment - case.incentives - case.tax
        return tuple(
            CashFlowRow(
                t,
                float(case.savings[t]),
                float(case.investment[t]),
                float(case.incentives[t]),
                float(case.tax[t]),
                float(-other[t]),
                float(case.cash_flows[t]),
                float(case.cumulative[t]),
                float(case.discounted[t]),
            )
            for t in range(len(case.cash_flows))
        )


def _policy_items(policies: list[PolicyLine], line: str) -> list[Message]:
    """One line per policy for a how-text: "• P3 <title>: <its total of ``line``>"."""
    return [
        Message(
            POLICY_ITEM,
            policy=p.policy_id,
            title=Bilingual(p.title_zh, p.title_en),
            amount=Amount(float(np.sum(getattr(p, line)))),
        )
        for p in policies
    ]


def _with_marks(figure: KeyFigure, marks: tuple[Mark, ...]) -> KeyFigure:
    return replace(figure, marks=marks) if marks else figure


def _profit_based(policy: PolicyResult, rule_id: str) -> bool:
    return any(rule.rule_id == rule_id and rule.profit_based for rule in policy.rules)
