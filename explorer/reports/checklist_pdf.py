"""The "what we still need" checklist as a one-page A4 PDF (issue 19).

The investor pack's layout and fonts (``pdf_writer``): a green heading, the firm and the
route, the ranked table and its note, the pack's header and footer. The domain's list (the
unknown facts and six estimates) fits one page; only the first 24 rows are printed, the
workbook holds them all.
"""

from __future__ import annotations

from explorer.reports.checklist import TABLE_KEY
from explorer.reports.pdf_writer import MUTED, _Layout, render_layout
from explorer.reports.report_model import Report

MAX_ROWS_ON_ONE_PAGE = 24  # beyond this the smallest items are left to the workbook


def render_checklist_pdf(report: Report) -> bytes:
    """The PDF's bytes: one page (a longer list would go on, never be cut)."""

    def lay_out(layout: _Layout) -> None:
        layout.new_page()
        layout.heading(report.title)
        layout.text(report.firm, 12, bold=True, after=1)
        layout.text(f"{report.subtitle} · {report.text['prepared']}", 8, colour=MUTED, after=6)
        layout.text(report.description, 9, after=6)
        table = report.tables[TABLE_KEY]
        if len(table.rows) > MAX_ROWS_ON_ONE_PAGE:
            table = type(table)(
                table.key, table.title, table.columns, table.rows[:MAX_ROWS_ON_ONE_PAGE], table.note
            )
        layout.table(table)

    return render_layout(report, lay_out)
