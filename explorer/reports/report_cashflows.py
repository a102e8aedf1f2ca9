"""The investor pack's year-by-year tables: the annual table of each site, the case's cash flows
and its incentives by policy and year."""

from __future__ import annotations

import numpy as np

from explorer.domain.evaluation import COLUMN_WORDS, AnnualTable, SiteResult
from explorer.domain.figures import CASH_FLOW_FIELDS, OPTIONAL_CASH_FLOW_FIELDS
from explorer.reports.report_structure import Cell, Column, Table
from explorer.reports.report_words import ReportWords, short_name

# Columns a PDF table leaves out when every value is zero (a workbook keeps them all).
OPTIONAL_COLUMNS = ("service_fee", "charges", "investment", "tax")


def annual_table(w: ReportWords, site: SiteResult) -> Table:
    table = site.table
    keys = AnnualTable.COLUMNS
    rows = tuple(
        (
            Cell(int(year), str(int(year)), "year"),
            *(w.table_money(float(getattr(table, k)[t])) for k in keys),
        )
        for t, year in enumerate(w.ev.years)
    )
    columns = (
        Column("year", w.lang.translate("Report", "Year"), "year", weight=0.6),
        *(Column(k, w.category_label(k), "money", optional=k in OPTIONAL_COLUMNS) for k in keys),
    )
    role = (
        w.lang.translate("Report", "origin") if site.is_origin
        else w.lang.translate("Report", "destination") if site.is_destination
        else w.lang.translate("Report", "comparison")
    )  # fmt: skip
    return Table(
        f"annual:{site.id}",
        w.lang.translate("Report", "Annual table: {site} ({role})").format(site=w.name(site), role=role),
        columns,
        rows,
        **w.unit_notes(
            w.lang.translate(
                "Report",
                "In {unit}. Net cost = operating cost + investment − incentives − tax relief.",
            )
        ),
        sheet=short_name(w.name(site)),
    )


def cashflow_table(w: ReportWords) -> Table:
    case = w.case
    fields = CASH_FLOW_FIELDS
    rows = tuple(
        (
            Cell(row.year, str(row.year), "year"),
            *(w.table_money(row.signed(f)) for f in fields),
        )
        for row in w.figures.cash_flows
    )
    words = {
        "savings": w.lang.translate("Report", "Saving before incentives"),
        "investment": w.lang.translate("Report", "Investment"),
        "incentives": w.lang.translate("Report", "Incentives received"),
        "tax": w.lang.translate("Figures", COLUMN_WORDS["tax"]),
        "one_off": w.lang.translate("Report", "One-off costs"),
        "cash_flow": w.lang.translate("Report", "Cash flow"),
        "cumulative": w.lang.translate("Report", "Cumulative"),
        "discounted": w.lang.translate("Report", "Discounted"),
    }
    columns = (
        Column("year", w.lang.translate("Report", "Year"), "year", weight=0.6),
        *(Column(f, words[f], "money", optional=f in OPTIONAL_CASH_FLOW_FIELDS) for f in fields),
    )
    return Table(
        "cashflows",
        w.lang.translate("Report", "Cash flows of the case {origin} → {destination}").format(
            origin=w.name(w.origin), destination=w.name(w.dest)
        ),
        columns,
        rows,
        **w.unit_notes(
            w.lang.translate(
                "Report",
                "In {unit}. Cash flow = saving + investment (self-build: the origin's less the new site's) + incentives + tax relief − one-off costs (year 0, less any sale of the origin facility) and parallel running (year 1). NPV = sum of the discounted cash flows = {npv}.",
            ),
            npv=w.money(case.npv),
        ),
        sheet=w.lang.translate("Report", "Cash flows"),
    )


def policy_incentives(w: ReportWords) -> list[tuple[str, str, np.ndarray]]:
    """Each chosen policy's incentives in the case by year (destination less origin), tax relief apart.

    Charges (surcharges at the origin) are left out: the engine counts them
    in the operating cost, so avoiding them is part of the saving.
    """
    return [
        (line.policy_id, w.lang.pick(line.title_zh, line.title_en), line.incentives)
        for line in w.figures.policies
        if np.any(line.incentives)
    ]


def incentives_table(w: ReportWords) -> Table:
    case = w.case
    paying = policy_incentives(w)
    extra = w.ev.extra_incentive
    columns = [Column("year", w.lang.translate("Report", "Year"), "year", weight=0.6)]
    columns += [Column(f"policy:{policy_id}", policy_id, "money") for policy_id, _, _ in paying]
    if np.any(extra):
        columns.append(Column("extra", w.lang.translate("Report", "Extra (what-if)"), "money"))
    columns.append(Column("total", w.lang.translate("Report", "Total"), "money"))
    if np.any(case.tax):
        columns.append(Column("tax", w.lang.translate("Figures", COLUMN_WORDS["tax"]), "money"))
    rows = []
    for t in range(len(case.cash_flows)):
        row = [Cell(int(t), str(int(t)), "year")]
        row += [w.table_money(float(amounts[t])) for _, _, amounts in paying]
        if np.any(extra):
            row.append(w.table_money(float(extra[t])))
        row.append(w.table_money(float(case.incentives[t])))
        if np.any(case.tax):
            row.append(w.table_money(float(case.tax[t])))
        rows.append(tuple(row))
    legend = "; ".join(f"{policy_id}: {title}" for policy_id, title, _ in paying)
    notes = w.unit_notes(
        w.lang.translate(
            "Report",
            "In {unit}: incentives received at the destination less those at the origin, by year; tax relief (profit-based benefits) in its own column, not in the total. Charges at the origin that the move avoids count in the saving, not here.",
        )
    )
    return Table(
        "incentives",
        w.lang.translate("Report", "Incentives by policy and year"),
        tuple(columns),
        tuple(rows),
        note=" ".join(filter(None, (notes["note"], legend))),
        sheet=w.lang.translate("Report", "Incentives"),
        exact_note=" ".join(filter(None, (notes["exact_note"], legend))),
    )
