"""A chart of the report as PNG bytes of an exact pixel size. Needs a QGuiApplication."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.reports.charts import chart_image
from explorer.reports.errors import ExportError, ExportFailed
from explorer.reports.pdf_writer import report_font_family
from explorer.reports.report_model import Report


def render_png(report: Report, chart: str, width: int, height: int) -> bytes:
    if chart not in report.charts:
        known = ", ".join(report.charts)
        raise ExportError(
            "chart",
            QT_TRANSLATE_NOOP("Export", "{chart!r} is not a chart of this report (known: {known})"),
            chart=chart,
            known=known,
        )
    image = chart_image(report.charts[chart], int(width), int(height), report_font_family())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportFailed("", QT_TRANSLATE_NOOP("Export", "could not encode the PNG"))
    buffer.close()
    return bytes(data.data())
