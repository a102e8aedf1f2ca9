"""Every figure of a relocation case, computed once (cost model 7.6), with its plausibility marks (7.7).

The window's KPI cards and charts, the PDF, the workbook, the CSV and ``main.py compute``
all show the same figures: this module computes them from an ``Evaluation`` and the
presentation layers only format them. A figure is a number with its unit; its texts
(label, subtitle, "how is this calculated") are ``Message``s whose values may be
``Amount``s, so each layer renders them in its language and currency through one
``Style``.

Nothing here imports Qt.
"""

from __future__ import annotations

import math
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
from explorer.domain.figure_texts import (
    BENEFIT_OVER_LINE,
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
    IRR_HIGH,
    IRR_MULTIPLE,
    IRR_NO_ROOT,
    IRR_NO_SIGN_CHANGE,
    LINE_WORDS,
    NET_LABEL,
    NET_NEGATIVE,
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
    PAYBACK_QUICK,
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
    UNIT_COST_ZERO,
)
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.formatting import (
    NOT_A_NUMBER,
    format_money,
    format_months,
    format_number,
    format_percent,
    format_tonnes,
)
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template, Translate

HOURS_PER_YEAR = 8760.0
IRR_MARK = 1.0  # an IRR above 100 % a year
PAYBACK_MARK_MONTHS = 3.0
PROFIT_KINDS = ("tax_rate",)
COST_BASED = {"electricity_price": "energy", "rent_subsidy": "space", "compute_voucher": "compute"}


class Unit(StrEnum):
    YUAN = "yuan"
    FRACTION = "fraction"  # shown as a percentage
    MONTHS = "months"
    TONNES_A_YEAR = "t/yr"
    YUAN_PER_HOUR = "yuan/accelerator-hour"
    KWH = "kWh"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Amount:
    """A number inside a text, formatted by whoever shows the text (language, currency)."""

    value: float
    unit: Unit = Unit.YUAN

    def __format__(self, spec: str) -> str:  # the English default a Message's str() shows
        return Style.english().amount(self)


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class Mark:
    """A "check the assumptions" mark (7.7): which figure, why, and the input that drives it."""

    figure: str
    reason: Message
    driver: str  # an input path, or a policy id ("policies.<id>")


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


# --- rendering -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Style:
    """How a layer shows figures: its translator, language and currency."""

    translate: Translate
    language: str = "en"
    currency: str = "CNY"
    cny_per_usd: float = 7.2
    # where room is short: "Guangdong" for "Guangdong (Guangzhou, Shenzhen)", "yuan/card-hour"
    short_names: bool = False

    @staticmethod
    def english() -> Style:
        return Style(lambda _context, source: source)

    @property
    def is_zh(self) -> bool:
        return self.language.startswith("zh")

    def money(self, yuan: float) -> str:
        return format_money(yuan, self.language, self.currency, self.cny_per_usd)

    def exact_money(self, yuan: float) -> str:
        """To the yuan (or cent), for tooltips: "16,330,122 yuan" / "US$2,268,072"."""
        if not math.isfinite(yuan):
            return NOT_A_NUMBER
        if self.currency == "USD":
            return f"US${yuan / self.cny_per_usd:,.0f}"
        return self.translate("Figures", "{amount} yuan").format(amount=f"{yuan:,.0f}")

    def amount(self, amount: Amount) -> str:
        value, unit = amount.value, amount.unit
        if unit is Unit.YUAN:
            return self.money(value)
        if unit is Unit.FRACTION:
            return format_percent(value)
        if unit is Unit.MONTHS:
            return format_months(value, self.language)
        if unit is Unit.TONNES_A_YEAR:
            return self.tonnes_a_year(value)
        if unit is Unit.YUAN_PER_HOUR:
            return self.unit_cost(value)
        if unit is Unit.KWH:
            return self.translate("Figures", "{amount} kWh").format(amount=f"{value:,.0f}")
        return format_number(value, self.language)

    def tonnes_a_year(self, tonnes: float) -> str:
        """CO2: "5.1 kt a year" / "每年5,065吨"."""
        return self.translate("Figures", "{tonnes} a year").format(
            tonnes=format_tonnes(tonnes, self.language)
        )

    def unit_cost(self, yuan_per_hour: float) -> str:
        """Cost per accelerator-hour in the display currency, to the cent."""
        if self.currency == "USD":
            template = "US${value}/card-hour" if self.short_names else "US${value} per accelerator-hour"
            value = yuan_per_hour / self.cny_per_usd
        else:
            template = "{value} yuan/card-hour" if self.short_names else "{value} yuan per accelerator-hour"
            value = yuan_per_hour
        return self.translate("Figures", UNIT_COST_WORDS[template]).format(value=f"{value:,.2f}")

    def text(self, value: Any) -> str:
        """A Message in this style's language with its Amounts formatted; anything else as it is."""
        if isinstance(value, Amount):
            return self.amount(value)
        if isinstance(value, _Joined):
            sep = "、" if self.is_zh and value.sep == ", " else value.sep
            return sep.join(self.text(item) for item in value.items)
        if isinstance(value, _Bilingual):
            name = value.zh if self.is_zh else str(value)
            return short_name(name) if self.short_names and isinstance(value, _SiteName) else name
        if isinstance(value, Template):
            return self.translate(value.context, str(value)) or str(value)
        if not isinstance(value, Message):
            return str(value)
        source = str(value.template)
        pattern = self.translate(value.template.context, source) or source
        values = {name: self.text(v) for name, v in value.params.items()}
        try:
            return pattern.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation never hides the text
            return source.format(**values)

    def value(self, figure: KeyFigure) -> str:
        """The figure as its card, page or line shows it."""
        if figure.words is not None:
            return self.text(figure.words)
        if figure.value is None:
            return NOT_A_NUMBER
        return self.amount(Amount(figure.value, figure.unit))

    def label(self, figure: KeyFigure) -> str:
        """The figure's name; its short name where room is short."""
        short = SHORT_LABELS.get(figure.key) if self.short_names else None
        return self.text(short or figure.label)

    def detail(self, figure: KeyFigure) -> str:
        """The figure's line of context; its short form where room is short."""
        short = figure.short_detail if self.short_names else None
        return self.text(short or figure.detail)

    def how(self, figure: KeyFigure) -> str:
        return "\n".join(self.text(line) for line in figure.how)

    def pick(self, zh: str, en: str) -> str:
        return zh if self.is_zh else en


UNIT_COST_WORDS = {  # lupdate needs each text whole
    "US${value}/card-hour": QT_TRANSLATE_NOOP("Figures", "US${value}/card-hour"),
    "US${value} per accelerator-hour": QT_TRANSLATE_NOOP("Figures", "US${value} per accelerator-hour"),
    "{value} yuan/card-hour": QT_TRANSLATE_NOOP("Figures", "{value} yuan/card-hour"),
    "{value} yuan per accelerator-hour": QT_TRANSLATE_NOOP("Figures", "{value} yuan per accelerator-hour"),
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


# Where room is short (a KPI card): the same figures under their short names.
SHORT_LABELS: dict[str, Template] = {
    "saving": QT_TRANSLATE_NOOP("Figures", "Annual saving"),
    "npv": QT_TRANSLATE_NOOP("Figures", "NPV"),
    "irr": QT_TRANSLATE_NOOP("Figures", "IRR"),
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
        marks = self.marks(waterfall, policies)
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
            SITE_SUM, site=site_name(site), parts=_Joined(parts, " + "), total=Amount(float(table.opex[year]))
        )

    def cash_flow_list(self) -> _Joined:
        return _Joined(
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
                IRR_MULTIPLE, rates=_Joined([Amount(r, Unit.FRACTION) for r in irr.roots], ", ")
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
        cumulative = _Joined(
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
        lines += [
            Message(
                POLICY_ITEM,
                policy=p.policy_id,
                title=_Bilingual(p.title_zh, p.title_en),
                amount=Amount(float(np.sum(p.incentives))),
            )
            for p in paying
        ]
        extra = float(np.sum(self.ev.extra_incentive))
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
        lines += [
            Message(
                POLICY_ITEM,
                policy=p.policy_id,
                title=_Bilingual(p.title_zh, p.title_en),
                amount=Amount(float(np.sum(p.tax))),
            )
            for p in policies
            if np.any(p.tax)
        ]
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
                        _Bilingual(policy.title_zh, policy.title_en),
                        level,
                        level - gained,
                        False,
                    )
                )
                level -= gained
        extra = float(self.ev.extra_incentive[1])
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

    # --- 7.7
    def marks(
        self, waterfall: tuple[WaterfallStep, ...], policies: tuple[PolicyLine, ...]
    ) -> tuple[Mark, ...]:
        case, marks = self.case, []
        saving = float(case.savings[1]) if self.ev.horizon >= 1 else 0.0
        outlay = case.one_off + case.parallel_running
        share = Amount(outlay / saving if saving > 0 else 0.0, Unit.FRACTION)
        driver = _largest_one_off(self.ev, case)
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
        marks += self.benefits_over_their_line()
        if self.dest.unit_cost is not None and self.dest.unit_cost_net == 0.0 and self.dest.unit_cost > 0:
            marks.append(Mark("unit_cost", Message(UNIT_COST_ZERO), "policies"))
        return tuple(marks)

    def benefits_over_their_line(self) -> list[Mark]:
        """A cost-based benefit larger than the line it reduces, at the destination, in any year."""
        marks = []
        table = self.dest.table
        lines = {
            "energy": table.energy,
            "space": table.space,
            "compute": table.energy + table.space + table.service_fee,
        }
        for policy in self.ev.policies:
            for rule in policy.rules:
                line = COST_BASED.get(rule.kind)
                if line is None or rule.site_id != self.dest.id:
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


def site_name(site: SiteResult) -> _SiteName:
    return _SiteName(site.name_zh, site.name_en)


def short_name(name: str) -> str:
    """A name without its bracketed or comma qualifier: "Guangdong (Guangzhou, Shenzhen)" -> "Guangdong"."""
    for mark in ("（", "(", ",", "，"):
        name = name.split(mark)[0]
    return name.strip()


def _with_marks(figure: KeyFigure, marks: tuple[Mark, ...]) -> KeyFigure:
    return replace(figure, marks=marks) if marks else figure


def _profit_based(policy: PolicyResult, rule_id: str) -> bool:
    return any(rule.rule_id == rule_id and rule.kind in PROFIT_KINDS for rule in policy.rules)


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


class _Joined(str):
    """Texts shown as a list: each item rendered, then joined with ``sep`` ("、" for ", " in Chinese)."""

    items: tuple[Any, ...]
    sep: str

    def __new__(cls, items: list[Any], sep: str) -> _Joined:
        joined = super().__new__(cls, sep.join(str(item) for item in items))
        joined.items, joined.sep = tuple(items), sep
        return joined


class _Bilingual(str):
    """A data text the pack gives in both languages: English by default, Chinese for a Chinese style."""

    zh: str

    def __new__(cls, zh: str, en: str) -> _Bilingual:
        text = super().__new__(cls, en)
        text.zh = zh
        return text


class _SiteName(_Bilingual):
    """A site's name: a style short of room shows it without its qualifier."""
