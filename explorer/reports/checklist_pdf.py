"""The "what we still need" checklist as a one-page A4 PDF (issue 19).

The investor pack's layout and fonts (``pdf_writer``): a green heading, the firm and the
route, the ranked table and its note, the pack's header and footer. The domain's list (the
unknown facts and six estimates) fits one page; only the first 24 rows are printed, the
workbook holds them all.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from explorer import APP_NAME
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.reports.checklist import TABLE_KEY
from explorer.reports.errors import ExportFailed
from explorer.reports.pdf_writer import MUTED, RESOLUTION, _decorate, _Layout, report_font_family
from explorer.reports.report_model import Report

MAX_ROWS_ON_ONE_PAGE = 24  # beyond this the smallest items are left to the workbook


def render_checklist_pdf(report: Report) -> bytes:
    """The PDF's bytes: one page (a longer list would go on, never be cut)."""
    report_font_family()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    writer.setTitle(f"{report.title}: {report.firm}")
    writer.setCreator(APP_NAME)
    layout = _Layout(writer, report)
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
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("", QT_TRANSLATE_NOOP("Export", "could not start the PDF"))
    try:
        total = len(layout.pages)  # one, for the list the domain makes (a test checks); never cut
        for number, page in enumerate(layout.pages, start=1):
            if number > 1:
                writer.newPage()
            for op in page.ops:
                op(painter)
            _decorate(painter, layout, report, number, total)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
