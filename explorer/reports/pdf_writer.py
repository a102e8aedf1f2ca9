"""The investor pack as an A4 PDF, drawn with QPainter on a QPdfWriter. Needs a QGuiApplication.
One module because the page layout (cover, headers, footers, page breaks, tables split with their
header repeated) is one running position over one QPainter; split, that position would be passed
between files.

Layout: a cover; "the case in one page" (key figures, the cumulative cash-flow
chart and the waterfall); then one section per part of the Report, each on a
new page, with tables split across pages (their header row repeated). Every
page after the cover has a header (firm, scenario, date) and a footer (the
disclaimer in short, the data pack, "Page n of N").

Text is laid out with QTextLayout (wrapping at word boundaries, or anywhere
for long URLs and Chinese) in the bundled CJK font, which the PDF embeds, so
Chinese shows on any machine. Charts are drawn as vector graphics.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
    QTextLayout,
    QTextOption,
)

from explorer import APP_NAME
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.paths import resources_dir
from explorer.reports.charts import draw_chart
from explorer.reports.errors import ExportFailed
from explorer.reports.report_model import Cell, Chart, Column, Report, Section, Table

log = logging.getLogger("explorer.reports")

BUNDLED_CJK_FONT = "WQYMicroHei-GB2312.ttf"  # the same file explorer.ui.fonts registers
RESOLUTION = 1200  # device pixels per inch; the output is vector, this only sets the grid
MM = RESOLUTION / 25.4
PT = RESOLUTION / 72.0

GREEN = QColor("#1b8a6b")
TEXT = QColor("#2b2f36")
MUTED = QColor("#6b7280")
RULE = QColor("#d5d9de")
HEADER_FILL = QColor("#e9f3ef")
ZEBRA = QColor("#f6f7f8")
CARD = QColor("#f3f5f6")

# Characters the bundled font lacks, and the nearest it has (Qt would otherwise fall back
# to a system font the client's machine may not have).
_SUBSTITUTES = str.maketrans({"−": "-", "•": "·", "✓": "√", "✗": "×"})

_family_cache: list[str] = []


MARK_SIGN = "▲"


def report_font_family() -> str:
    """Register the bundled CJK font (once) and return its family. GUI thread first, then any."""
    if _family_cache:
        return _family_cache[0]
    # A bare QCoreApplication is not enough: registering a font without a QGuiApplication crashes.
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise ExportFailed("", QT_TRANSLATE_NOOP("Export", "PDF and PNG exports need a QGuiApplication"))
    path = resources_dir() / "fonts" / BUNDLED_CJK_FONT
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Could not load the bundled font %s; Chinese may not show", path)
        family = QGuiApplication.font().family()
    else:
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    _family_cache.append(family)
    return family


def missing_characters(text: str, family: str | None = None) -> set[str]:
    """Characters of ``text`` the report font cannot draw (after the substitutions)."""
    path = resources_dir() / "fonts" / BUNDLED_CJK_FONT
    raw = QRawFont(str(path), 12)
    cleaned = text.translate(_SUBSTITUTES)
    return {ch for ch in set(cleaned) if ch >= " " and not raw.supportsCharacter(ord(ch))}


def clean(text: str) -> str:
    return text.translate(_SUBSTITUTES)


# --- building blocks ------------------------------------------------------------------


def font(points: float, bold: bool = False) -> QFont:
    result = QFont(report_font_family())
    result.setPixelSize(max(1, round(points * PT)))
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


class TextBlock:
    """A paragraph laid out once at a width; drawn wherever it is placed."""

    def __init__(
        self,
        text: str,
        qfont: QFont,
        width: float,
        device,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        colour: QColor = TEXT,
        spacing: float = 1.18,
    ) -> None:
        self.colour = colour
        self.layout = QTextLayout(clean(text).replace("\n", "\u2028"), qfont, device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        self.layout.beginLayout()
        y = 0.0
        widest = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height() * spacing
            widest = max(widest, line.naturalTextWidth())
        self.layout.endLayout()
        self.height = y
        self.natural_width = widest

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.colour)
        self.layout.draw(painter, QPointF(x, y))


Op = Callable[[QPainter], None]


@dataclass
class Page:
    ops: list[Op]
    cover: bool = False


class _Layout:
    """Places blocks top to bottom on A4 pages; remembers what to draw on each."""

    def __init__(self, writer: QPdfWriter, report: Report) -> None:
        self.device = writer
        self.report = report
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.page_width = float(rect.width())
        self.page_height = float(rect.height())
        self.left = 18 * MM
        self.right = self.page_width - 18 * MM
        self.top = 24 * MM
        self.bottom = self.page_height - 20 * MM
        self.width = self.right - self.left
        self.pages: list[Page] = []
        self.y = self.top

    # --- pages ------------------------------------------------------------------
    def new_page(self, cover: bool = False) -> None:
        self.pages.append(Page([], cover))
        self.y = self.top

    @property
    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        if height > self.room and self.y > self.top + 1:
            self.new_page()

    def add(self, op: Op) -> None:
        self.pages[-1].ops.append(op)

    # --- blocks -----------------------------------------------------------------
    def text(self, text: str, points: float, bold: bool = False, colour: QColor = TEXT,
             after: float = 3.0, indent: float = 0.0, keep: float = 0.0) -> float:  # fmt: skip
        block = TextBlock(text, font(points, bold), self.width - indent, self.device, colour=colour)
        self.ensure(block.height + keep)
        x, y = self.left + indent, self.y
        self.add(lambda p, b=block, x=x, y=y: b.draw(p, x, y))
        self.y += block.height + after * PT
        return block.height

    def heading(self, text: str) -> None:
        self.ensure(60 * PT)
        y = self.y
        self.add(lambda p, y=y: _fill(p, QRectF(self.left, y, 3 * PT, 16 * PT), GREEN))
        block = TextBlock(text, font(14, True), self.width - 8 * PT, self.device, colour=TEXT)
        self.add(lambda p, b=block, y=y: b.draw(p, self.left + 8 * PT, y))
        self.y += max(block.height, 16 * PT) + 8 * PT

    def chart(self, chart: Chart, height_pt: float) -> None:
        height = height_pt * PT
        self.ensure(height)
        rect = QRectF(self.left, self.y, self.width, height)
        self.add(lambda p, r=rect, c=chart: draw_chart(p, r, c, PT, report_font_family()))
        self.y += height + 10 * PT

    def table(self, table: Table) -> None:
        columns = [c for c in table.columns if c.in_pdf]
        columns = [c for c in columns if not (c.optional and _all_zero(table, c))]
        indexes = [table.column_index(c.key) for c in columns]
        total = sum(c.weight for c in columns)
        widths = [self.width * c.weight / total for c in columns]
        size = 7.0 if len(columns) > 7 else 7.5
        pad = 2.2 * PT
        head = [
            TextBlock(c.header, font(size, True), w - 2 * pad, self.device, _align(c))
            for c, w in zip(columns, widths, strict=True)
        ]
        head_height = max(b.height for b in head) + 2 * pad
        rows = []
        for row in table.rows:
            cells = [
                TextBlock(row[i].text, font(size), w - 2 * pad, self.device, _align(c))
                for i, c, w in zip(indexes, columns, widths, strict=True)
            ]
            rows.append((cells, max(b.height for b in cells) + 2 * pad))
        title = TextBlock(table.title, font(10, True), self.width, self.device)
        first_rows = sum(h for _, h in rows[:3])
        self.ensure(title.height + 4 * PT + head_height + first_rows)

        def header(continued: bool) -> None:
            text = f"{table.title} {self.report.text.get('continued', '')}" if continued else table.title
            block = TextBlock(text, font(10, True), self.width, self.device)
            y = self.y
            self.add(lambda p, b=block, y=y: b.draw(p, self.left, y))
            self.y += block.height + 4 * PT
            y = self.y
            self.add(lambda p, y=y: self._row(p, head, widths, y, head_height, HEADER_FILL, pad))
            self.y += head_height

        header(False)
        for index, (cells, height) in enumerate(rows):
            if height > self.room:
                self.new_page()
                header(True)
            y = self.y
            fill = ZEBRA if index % 2 else None
            self.add(lambda p, c=cells, y=y, h=height, f=fill: self._row(p, c, widths, y, h, f, pad))
            self.y += height
        y = self.y
        self.add(lambda p, y=y: _line(p, QPointF(self.left, y), QPointF(self.right, y), RULE, 0.8 * PT))
        self.y += 3 * PT
        if table.note:
            self.text(table.note, 7, colour=MUTED, after=2)
        self.y += 8 * PT

    def _row(self, painter: QPainter, cells: list[TextBlock], widths: list[float], y: float,
             height: float, fill: QColor | None, pad: float) -> None:  # fmt: skip
        if fill is not None:
            _fill(painter, QRectF(self.left, y, self.width, height), fill)
        x = self.left
        for block, width in zip(cells, widths, strict=True):
            block.draw(painter, x + pad, y + pad)
            x += width
        _line(painter, QPointF(self.left, y + height), QPointF(self.right, y + height), RULE, 0.4 * PT)

    def kpi_cards(self) -> None:
        kpis = self.report.kpis
        per_row = 4
        gap = 6 * PT
        width = (self.width - gap * (per_row - 1)) / per_row
        pad = 6 * PT
        cards = []
        for kpi in kpis:
            label = TextBlock(kpi.label, font(7.5), width - 2 * pad, self.device, colour=MUTED)
            value = TextBlock(kpi.value, font(14, True), width - 2 * pad, self.device, colour=TEXT)
            # a "check the assumptions" mark under the figure it concerns (the bundled font has no ⚠)
            marked = "\n".join((kpi.detail, *(f"{MARK_SIGN} {mark}" for mark in kpi.marks)))
            detail = TextBlock(marked, font(6.5), width - 2 * pad, self.device, colour=MUTED)
            cards.append((label, value, detail))
        for start in range(0, len(cards), per_row):
            chunk = cards[start : start + per_row]
            height = max(a.height + b.height + c.height for a, b, c in chunk) + 2 * pad + 4 * PT
            self.ensure(height)
            y = self.y
            for column, (label, value, detail) in enumerate(chunk):
                x = self.left + column * (width + gap)

                def draw(p, x=x, y=y, label=label, value=value, detail=detail, h=height):
                    _fill(p, QRectF(x, y, width, h), CARD)
                    _fill(p, QRectF(x, y, 2 * PT, h), GREEN)
                    label.draw(p, x + pad, y + pad)
                    value.draw(p, x + pad, y + pad + label.height + 1 * PT)
                    detail.draw(p, x + pad, y + pad + label.height + value.height + 3 * PT)

                self.add(draw)
            self.y += height + gap


def _align(column: Column) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignLeft if column.kind == "text" else Qt.AlignmentFlag.AlignRight


def _all_zero(table: Table, column: Column) -> bool:
    index = table.column_index(column.key)
    return all(isinstance(row[index], Cell) and not row[index].raw for row in table.rows)


def _fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawRect(rect)


def _line(painter: QPainter, a: QPointF, b: QPointF, colour: QColor, width: float) -> None:
    painter.setPen(QPen(colour, width))
    painter.drawLine(a, b)


# --- the document ------------------------------------------------------------------------


def _cover(layout: _Layout, report: Report) -> None:
    layout.new_page(cover=True)
    device = layout.device
    layout.add(lambda p: _fill(p, QRectF(0, 0, layout.page_width, 62 * MM), GREEN))
    title = TextBlock(report.title, font(24, True), layout.width, device, colour=QColor("white"))
    subtitle = TextBlock(report.subtitle, font(13), layout.width, device, colour=QColor("#dff1ea"))
    layout.add(lambda p: title.draw(p, layout.left, 22 * MM))
    layout.add(lambda p: subtitle.draw(p, layout.left, 22 * MM + title.height + 3 * PT))
    layout.y = 78 * MM
    layout.text(report.firm, 20, bold=True, after=10)
    label_width = 32 * MM
    for label, value in report.cover_lines:
        left = TextBlock(label, font(9.5), label_width, device, colour=MUTED)
        right = TextBlock(value, font(9.5), layout.width - label_width, device)
        y = layout.y
        layout.add(
            lambda p, a=left, b=right, y=y: (
                a.draw(p, layout.left, y),
                b.draw(p, layout.left + label_width, y),
            )
        )
        layout.y += max(left.height, right.height) + 4 * PT
    if report.description:
        layout.y += 8 * PT
        layout.text(report.description, 9.5, colour=TEXT, after=6)
    box = TextBlock(report.disclaimer, font(8), layout.width - 16 * PT, device, colour=TEXT)
    top = layout.bottom - box.height - 16 * PT
    layout.add(lambda p: _fill(p, QRectF(layout.left, top, layout.width, box.height + 16 * PT), CARD))
    layout.add(lambda p: _fill(p, QRectF(layout.left, top, 2 * PT, box.height + 16 * PT), QColor("#d9822b")))
    layout.add(lambda p: box.draw(p, layout.left + 8 * PT, top + 8 * PT))


def _case_page(layout: _Layout, report: Report) -> None:
    layout.new_page()
    layout.heading(report.text["case_page"])
    layout.text(report.text["route"], 10, bold=True, after=2)
    layout.text(report.text["horizon"], 7.5, colour=MUTED, after=8)
    layout.kpi_cards()
    room_pt = (layout.room - 24 * PT) / PT
    height = max(150.0, min(235.0, room_pt / 2 - 12))
    layout.chart(report.charts["cashflow"], height)
    layout.chart(report.charts["waterfall"], height)
    layout.text(report.text["money"], 7, colour=MUTED)


def _section(layout: _Layout, section: Section) -> None:
    if section.new_page or not layout.pages:
        layout.new_page()
    layout.heading(section.title)
    for paragraph in section.paragraphs:
        layout.text(paragraph, 9, after=5)
    for block in section.blocks:
        if isinstance(block, Table):
            layout.table(block)
        else:
            layout.chart(block, 250 if block.key in ("tornado", "montecarlo") else 220)


def _decorate(painter: QPainter, layout: _Layout, report: Report, number: int, total: int) -> None:
    """Header and footer of a page after the cover."""
    small = font(7)
    named = report.scenario_name and report.scenario_name != report.firm
    left = f"{report.firm} · {report.scenario_name}" if named else report.firm
    head = TextBlock(left, small, layout.width * 0.75, layout.device, colour=MUTED)
    date = TextBlock(report.prepared_on.isoformat(), small, layout.width * 0.25, layout.device,
                     Qt.AlignmentFlag.AlignRight, MUTED)  # fmt: skip
    y = 12 * MM
    head.draw(painter, layout.left, y)
    date.draw(painter, layout.left + layout.width * 0.75, y)
    _line(
        painter,
        QPointF(layout.left, y + head.height + 2 * PT),
        QPointF(layout.right, y + head.height + 2 * PT),
        RULE,
        0.6 * PT,
    )
    foot_y = layout.page_height - 14 * MM
    _line(
        painter, QPointF(layout.left, foot_y - 3 * PT), QPointF(layout.right, foot_y - 3 * PT), RULE, 0.6 * PT
    )
    note = TextBlock(
        "  ·  ".join(filter(None, (report.short_disclaimer, report.pack_line, report.text.get("currency")))),
        small,
        layout.width * 0.75,
        layout.device,
        colour=MUTED,
    )
    page = TextBlock(report.text["page"].format(page=number, pages=total), small, layout.width * 0.25,
                     layout.device, Qt.AlignmentFlag.AlignRight, MUTED)  # fmt: skip
    note.draw(painter, layout.left, foot_y)
    page.draw(painter, layout.left + layout.width * 0.75, foot_y)


def render_pdf(report: Report, check: Callable[[], None] | None = None,
               progress: Callable[[float], None] | None = None) -> bytes:  # fmt: skip
    """The PDF's bytes. ``check`` is called between pages (it may raise to cancel)."""

    def lay_out(layout: _Layout) -> None:
        _cover(layout, report)
        _case_page(layout, report)
        for section in report.sections:
            _section(layout, section)
            if check is not None:
                check()

    return render_layout(report, lay_out, check, progress)


def render_layout(report: Report, lay_out: Callable[[_Layout], None], check: Callable[[], None] | None = None,
                  progress: Callable[[float], None] | None = None) -> bytes:  # fmt: skip
    """An A4 PDF of ``report`` whose pages ``lay_out(layout)`` places; every page but a cover
    gets the header and footer. Shared by the investor pack and the client checklist."""
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
    lay_out(layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("", QT_TRANSLATE_NOOP("Export", "could not start the PDF"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        total = len(layout.pages)
        for number, page in enumerate(layout.pages, start=1):
            if number > 1:
                writer.newPage()
            for op in page.ops:
                op(painter)
            if not page.cover:
                _decorate(painter, layout, report, number, total)
            if check is not None:
                check()
            if progress is not None:
                progress(number / total)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def page_size_mm() -> QSizeF:
    return QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
