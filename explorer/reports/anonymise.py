"""An investor pack without the client's raw figures (issue 19): the results only.

The client's own numbers (its electricity, bill, racks, rent, staff, wages, profit...) are
inputs; the report shows inputs in the Inputs section, the workbook's Inputs and Model
sheets, the annual table of each site (the origin's cost lines are the client's bills) and
the tornado (each input's low and high). Those go; the case's results stay (KPIs, cash
flows, incentives, the policies, the Monte Carlo, the assumptions the pack gives).
"""

from __future__ import annotations

from dataclasses import replace

from explorer.reports.language import ReportLanguage
from explorer.reports.report_model import Report, Section

WITHHELD_SECTIONS = ("inputs", "annual")
WITHHELD_TABLES = ("settings", "inputs", "model_inputs", "tornado")
WITHHELD_CHARTS = ("costs", "tornado")


def withhold_client_figures(report: Report, language: ReportLanguage) -> Report:
    """``report`` with every block that shows an input's figure left out, and a line saying so."""
    tables = {
        key: table
        for key, table in report.tables.items()
        if key not in WITHHELD_TABLES and not key.startswith("annual:")
    }
    charts = {key: chart for key, chart in report.charts.items() if key not in WITHHELD_CHARTS}
    kept_blocks = {id(block) for block in (*tables.values(), *charts.values())}
    note = language.translate(
        "Report",
        "This copy leaves out the client's own figures and every input: it shows the results only.",
    )
    sections: list[Section] = []
    for section in report.sections:
        if section.key in WITHHELD_SECTIONS:
            continue
        blocks = tuple(block for block in section.blocks if id(block) in kept_blocks)
        if section.key == "about":
            section = replace(section, paragraphs=(note, *section.paragraphs))
        if blocks or section.paragraphs or not section.blocks:
            sections.append(replace(section, blocks=blocks))
    return replace(report, tables=tables, charts=charts, sections=tuple(sections), evaluation=None)
