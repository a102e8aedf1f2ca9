"""The data of the investor pack's charts: cash flow, waterfall, cost by site, tornado, Monte Carlo.

Every amount is converted to the report's currency here; the writers only draw (``charts.py``).
"""

from __future__ import annotations

from explorer.domain.evaluation import COST_LINES
from explorer.domain.finance import PaybackStatus
from explorer.domain.formatting import format_months
from explorer.reports.report_structure import (
    CashFlowChart,
    CostChart,
    HistogramChart,
    TornadoChart,
    TornadoRowData,
    WaterfallChart,
    WaterfallStep,
)
from explorer.reports.report_words import ReportWords, short_name

COST_KEYS = COST_LINES
TORNADO_BARS = 12
NEGLIGIBLE_SWING = 1.0  # yuan: a smaller swing is rounding noise


def cashflow_chart(w: ReportWords) -> CashFlowChart:
    case = w.case
    payback = case.payback
    at = None
    label = ""
    if payback.status is PaybackStatus.WITHIN and payback.months is not None:
        at = payback.months / 12.0
        label = w.lang.translate("Report", "break-even: {months}").format(
            months=format_months(payback.months, w.ml)
        )
    return CashFlowChart(
        "cashflow",
        w.lang.translate("Report", "Cash flow of the move: each year and cumulative"),
        tuple(range(len(case.cash_flows))),
        tuple(w.convert(v) for v in case.cash_flows),
        tuple(w.convert(v) for v in case.cumulative),
        at,
        label,
        w.lang.translate("Report", "Cash flow in the year"),
        w.lang.translate("Report", "Cumulative"),
        w.lang.translate("Report", "Year"),
        w.ml,
        w.currency,
    )


def waterfall_chart(w: ReportWords) -> WaterfallChart:
    steps = []
    for step in w.figures.waterfall:
        low, high = sorted((step.start, step.end))
        kind = "total" if step.total else "down" if step.change < 0 else "up"
        label = step.key.split(":", 1)[1] if step.key.startswith("policy:") else w.style.text(step.label)
        amount = step.end if step.total else step.change
        label = short_name(label) if step.key == "origin" else label
        steps.append(WaterfallStep(label, w.convert(low), w.convert(high), kind, w.convert(amount)))
    return WaterfallChart(
        "waterfall",
        w.lang.translate("Report", "From today's annual cost to the net cost after the move (year 1)"),
        tuple(steps),
        w.ml,
        w.currency,
    )


def cost_chart(w: ReportWords) -> CostChart:
    sites = w.ev.sites
    return CostChart(
        "costs",
        w.lang.translate("Report", "Operating cost in year 1 by site"),
        tuple(short_name(w.name(s)) for s in sites),
        tuple(w.category_label(k) for k in COST_KEYS),
        tuple(tuple(w.convert(getattr(s.table, k)[1]) for s in sites) for k in COST_KEYS),
        tuple(w.convert(s.table.net[1]) for s in sites),
        w.lang.translate("Report", "Net of incentives"),
        w.ml,
        w.currency,
    )


def tornado_rows(w: ReportWords) -> list:
    assert w.tornado is not None
    return [bar for bar in w.tornado.bars if bar.swing >= NEGLIGIBLE_SWING]


def tornado_chart(w: ReportWords) -> TornadoChart:
    assert w.tornado is not None
    rows = tuple(
        TornadoRowData(
            w.input_label(bar.label),
            w.convert(bar.npv_at_low),
            w.convert(bar.npv_at_high),
            w.value_text(bar.low, bar.unit),
            w.value_text(bar.high, bar.unit),
        )
        for bar in tornado_rows(w)[:TORNADO_BARS]
    )
    return TornadoChart(
        "tornado",
        w.lang.translate("Report", "Sensitivity: NPV with each input at its low and high estimate"),
        w.convert(w.tornado.base_npv),
        w.lang.translate("Report", "NPV {value}").format(value=w.money(w.tornado.base_npv)),
        rows,
        w.lang.translate("Report", "Input at its low estimate"),
        w.lang.translate("Report", "Input at its high estimate"),
        w.lang.translate("Report", "Net present value"),
        w.ml,
        w.currency,
    )


def histogram_chart(w: ReportWords) -> HistogramChart:
    mc = w.monte_carlo
    assert mc is not None
    return HistogramChart(
        "montecarlo",
        w.lang.translate("Report", "Monte Carlo: distribution of the NPV ({samples} samples)").format(
            samples=f"{mc.samples:,}"
        ),
        tuple(w.convert(v) for v in mc.histogram_edges),
        tuple(int(v) for v in mc.histogram_counts),
        ((w.convert(mc.p10), "P10"), (w.convert(mc.p50), "P50"), (w.convert(mc.p90), "P90")),
        w.lang.translate("Report", "Net present value"),
        w.lang.translate("Report", "Samples"),
        w.ml,
        w.currency,
    )
