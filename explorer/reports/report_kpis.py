"""The investor pack's key figures: the cards of the first page and the Summary sheet's table.

The figures are the domain's (``explorer.domain.figures``); here they are only worded.
"""

from __future__ import annotations

from explorer.domain.figure_style import Unit
from explorer.domain.finance import IrrStatus
from explorer.domain.formatting import format_percent
from explorer.reports.report_structure import Cell, Column, Kpi, Table
from explorer.reports.report_words import ReportWords

NOT_IN_REPORT = ("tax",)  # shown with the incentives (their how-text and tables), not as a card
# how the workbook formats each key figure's exact value (fractions as percentages)
KPI_KINDS = {"npv": "money", "saving": "money", "incentives": "money", "one_off": "money",
             "unit_cost": "money", "irr": "percent"}  # fmt: skip


def irr_text(w: ReportWords) -> str:
    """The IRR as a card shows it: a percentage, or the word for several or none."""
    irr = w.case.irr
    if irr.status is IrrStatus.DEFINED and irr.value is not None:
        return format_percent(irr.value)
    if irr.status is IrrStatus.MULTIPLE:
        return w.lang.translate("Report", "several")
    return w.lang.translate("Report", "undefined")


def kpis(w: ReportWords) -> tuple[Kpi, ...]:
    units = {
        Unit.YUAN: w.exact_unit,
        Unit.FRACTION: w.lang.translate("Report", "per year"),
        Unit.MONTHS: w.lang.translate("Report", "months"),
        Unit.TONNES_A_YEAR: w.lang.translate("Report", "t a year"),
        Unit.YUAN_PER_HOUR: w.lang.translate("Report", "USD per accelerator-hour")
        if w.currency == "USD"
        else w.lang.translate("Report", "yuan per accelerator-hour"),
    }
    kpis = []
    for figure in w.figures.kpis:
        if figure.key in NOT_IN_REPORT or (figure.key == "unit_cost" and figure.value is None):
            continue
        amount = figure.value
        if amount is not None and figure.unit in (Unit.YUAN, Unit.YUAN_PER_HOUR):
            amount = w.convert(amount)
        value = irr_text(w) if figure.key == "irr" else w.style.value(figure)
        kpis.append(
            Kpi(
                figure.key, w.style.text(figure.label), value, w.style.text(figure.detail), amount,
                units.get(figure.unit, ""), tuple(w.style.text(mark.reason) for mark in figure.marks),
            )
        )  # fmt: skip
    return tuple(kpis)


def kpi_table(w: ReportWords) -> Table:
    rows = tuple(
        (
            Cell(k.label, k.label),
            Cell(k.amount, k.value, KPI_KINDS.get(k.key, "number"))
            if k.amount is not None
            else Cell(None, k.value),
            Cell(k.unit, k.unit),
            Cell(k.value, k.value),
            Cell(k.detail, k.detail),
        )
        for k in kpis(w)
    )
    columns = (
        Column("label", w.lang.translate("Report", "Figure"), weight=2),
        Column("amount", w.lang.translate("Report", "Exact value"), "number", weight=1.5, in_pdf=False),
        Column("unit", w.lang.translate("Report", "Unit"), weight=1, in_pdf=False),
        Column("value", w.lang.translate("Report", "Value"), weight=1.2),
        Column("detail", w.lang.translate("Report", "Detail"), weight=3),
    )
    return Table(
        "kpis",
        w.lang.translate("Report", "Key figures"),
        columns,
        rows,
        sheet=w.lang.translate("Report", "Summary"),
    )
