"""The investor pack's risk tables: the tornado (each input alone at its low and high) and the
Monte Carlo simulation of the NPV."""

from __future__ import annotations

from explorer.domain.formatting import format_percent
from explorer.reports.report_charts import tornado_rows
from explorer.reports.report_structure import Cell, Column, Table
from explorer.reports.report_words import ReportWords


def tornado_table(w: ReportWords) -> Table:
    assert w.tornado is not None
    rows = []
    for bar in tornado_rows(w):
        label = w.input_label(bar.label)
        unit = w.unit_text(bar.unit)
        rows.append(
            (
                Cell(label, label),
                Cell(unit, unit),
                w.value_cell(bar.low, bar.unit),
                w.value_cell(bar.high, bar.unit),
                w.money_cell(bar.npv_at_low),
                w.money_cell(bar.npv_at_high),
                w.money_cell(bar.swing),
            )
        )
    columns = (
        Column("input", w.lang.translate("Report", "Input"), weight=3.0),
        Column("unit", w.lang.translate("Report", "Unit"), weight=1.2),
        Column("low", w.lang.translate("Report", "Low"), "number"),
        Column("high", w.lang.translate("Report", "High"), "number"),
        Column("npv_low", w.lang.translate("Report", "NPV at low"), "money", weight=1.2),
        Column("npv_high", w.lang.translate("Report", "NPV at high"), "money", weight=1.2),
        Column("swing", w.lang.translate("Report", "Swing"), "money", weight=1.2),
    )
    return Table(
        "tornado",
        w.lang.translate("Report", "Sensitivity of the NPV, largest swing first"),
        columns,
        tuple(rows),
        note=w.lang.translate(
            "Report",
            "Each input moved alone to its low and high estimate; all others at their values. Base NPV {npv}.",
        ).format(npv=w.money(w.tornado.base_npv)),
        sheet=w.lang.translate("Report", "Risk"),
    )


def monte_carlo_table(w: ReportWords) -> Table:
    mc = w.monte_carlo
    assert mc is not None
    items = [
        (w.lang.translate("Report", "Samples"), Cell(mc.samples, f"{mc.samples:,}", "int")),
        (w.lang.translate("Report", "Random seed"), Cell(mc.seed, str(mc.seed), "int")),
        (
            w.lang.translate("Report", "Uncertain inputs drawn"),
            Cell(len(mc.drawn), str(len(mc.drawn)), "int"),
        ),
        (w.lang.translate("Report", "Mean NPV"), w.money_cell(mc.mean)),
        (w.lang.translate("Report", "Standard deviation"), w.money_cell(mc.std)),
        (w.lang.translate("Report", "P10 (9 in 10 cases are above)"), w.money_cell(mc.p10)),
        (w.lang.translate("Report", "P50 (median)"), w.money_cell(mc.p50)),
        (w.lang.translate("Report", "P90 (1 in 10 cases is above)"), w.money_cell(mc.p90)),
        (
            w.lang.translate("Report", "Probability that the NPV is positive"),
            Cell(mc.probability_positive, format_percent(mc.probability_positive), "percent"),
        ),
    ]
    columns = (
        Column("figure", w.lang.translate("Report", "Figure"), weight=3),
        Column("value", w.lang.translate("Report", "Value"), "number", weight=2),
        Column("unit", w.lang.translate("Report", "Unit"), in_pdf=False),
    )
    units = {"money": w.exact_unit, "percent": "%"}
    return Table(
        "montecarlo",
        w.lang.translate("Report", "Monte Carlo simulation of the NPV"),
        columns,
        tuple(
            (Cell(label, label), cell, Cell(units.get(cell.kind, ""), units.get(cell.kind, "")))
            for label, cell in items
        ),
        note=w.lang.translate(
            "Report",
            "Every uncertain input drawn independently from a triangular distribution (low, value, high).",
        ),
        sheet=w.lang.translate("Report", "Risk"),
    )
