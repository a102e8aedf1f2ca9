"""The report's charts, drawn with QPainter from the report's chart data.
One module because the report's five charts share one drawing kit (the pen scaled from points to
pixels, ticks, axes, legends) and one look; split, the kit would become a module of internals every
chart reaches into.

One drawing serves both outputs: vector graphics straight into the PDF (sharp
at any zoom, text selectable) and a PNG of an exact pixel size. Sizes are
given in points and multiplied by ``px_per_pt``, so a chart looks the same
at any resolution; fonts use pixel sizes, so the screen's scale factor and
DPI never change a PNG.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from explorer.domain.formatting import format_money
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.reports.errors import ExportError
from explorer.reports.report_model import (
    CashFlowChart,
    Chart,
    CostChart,
    HistogramChart,
    TornadoChart,
    WaterfallChart,
)

TEXT = QColor("#2b2f36")
MUTED = QColor("#6b7280")
GRID = QColor("#e3e6ea")
AXIS = QColor("#8a919c")
ORIGIN = QColor("#d9822b")
DESTINATION = QColor("#1b8a6b")
POSITIVE = QColor("#9fc9bb")
NEGATIVE = QColor("#e8b4ab")
DOWN = QColor("#5aa88f")
UP = QColor("#d9776a")
LOW = QColor("#4c78a8")
HIGH = QColor("#f58518")
PALETTE = tuple(
    QColor(c) for c in ("#1b8a6b", "#d9822b", "#3b6fb6", "#8e5bb5", "#c8553d", "#5a9e3a", "#b08d1a")
)
DESIGN_WIDTH_PT = 520.0  # a PNG is drawn as a chart of this width, scaled to the pixels asked for
DESIGN_HEIGHT_PT = 300.0


class _Pen:
    """Sizes in points turned into device pixels, and fonts of a family."""

    def __init__(self, painter: QPainter, px_per_pt: float, family: str) -> None:
        self.painter = painter
        self.k = px_per_pt
        self.family = family

    def pt(self, points: float) -> float:
        return points * self.k

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(points * self.k)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.painter.device())

    def text(self, rect: QRectF, flags: int, text: str, font: QFont, colour: QColor = TEXT) -> None:
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(rect, flags, text)

    def line(
        self, a: QPointF, b: QPointF, colour: QColor, width_pt: float, style=Qt.PenStyle.SolidLine
    ) -> None:
        pen = QPen(colour, self.pt(width_pt), style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)
        self.painter.drawLine(a, b)

    def box(self, rect: QRectF, colour: QColor) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(colour))
        self.painter.drawRect(rect.normalized())


def nice_ticks(low: float, high: float, count: int = 5, headroom: float = 0.0) -> list[float]:
    """Round tick values from at or below ``low`` to at or above ``high`` (1, 2, 2.5 or 5 x 10^n apart).

    ``headroom``: the top tick stays at least this share of the span above ``high`` (room for labels).
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * 0.999)
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    if last - high < headroom * (high - low):
        last += step
    count = round((last - first) / step)
    return [0.0 if abs(first + i * step) < step * 1e-9 else first + i * step for i in range(count + 1)]


_ZH_SCALE = ((1e8, "亿"), (1e4, "万"), (1.0, ""))


def _axis_money(
    language: str, ticks: list[float] | None = None, currency: str = "CNY"
) -> Callable[[float], str]:
    """Tick labels in one unit with one number of decimals: "0", "5,000万元", "1.0亿元" would
    read badly beside each other, so every tick of an axis is "0.5亿元", "1.0亿元", "1.5亿元"."""
    if not ticks:  # values are in ``currency`` already: format without converting again
        return lambda value: format_money(value, language, currency, 1.0)
    largest = max(abs(t) for t in ticks)
    step = min((abs(b - a) for a, b in zip(ticks, ticks[1:], strict=False) if b != a), default=largest or 1.0)
    zh = language.startswith("zh")
    units = (
        tuple((factor, word + ("美元" if currency == "USD" else "元")) for factor, word in _ZH_SCALE)
        if zh
        else ((1e9, " B"), (1e6, " M"), (1e3, " K"), (1.0, ""))
    )
    factor, suffix = next(((f, u) for f, u in units if largest >= f), units[-1])
    decimals = 0
    while decimals < 3 and abs(round(step / factor, decimals) - step / factor) > 1e-9 * max(
        1.0, step / factor
    ):
        decimals += 1

    def label(value: float) -> str:
        number = f"{value / factor:,.{decimals}f}"
        if float(number.replace(",", "")) == 0:
            return "0"
        return f"{number}{suffix}" if zh else f"{currency} {number}{suffix}"

    return label


class _Plot:
    """A value axis (vertical or horizontal) mapped onto a rectangle."""

    def __init__(self, rect: QRectF, low: float, high: float, vertical: bool = True) -> None:
        self.rect = rect
        self.low = low
        self.high = high if high > low else low + 1.0
        self.vertical = vertical

    def at(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        if self.vertical:
            return self.rect.bottom() - share * self.rect.height()
        return self.rect.left() + share * self.rect.width()


def _title(pen: _Pen, rect: QRectF, title: str) -> QRectF:
    """Draw the title at the top; return the rest of the rectangle."""
    font = pen.font(10.5, bold=True)
    height = pen.metrics(font).height() * 1.5
    pen.text(
        QRectF(rect.left(), rect.top(), rect.width(), height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
        font,
    )
    return QRectF(rect.left(), rect.top() + height, rect.width(), rect.height() - height)


def _legend(pen: _Pen, rect: QRectF, items: list[tuple[QColor, str, str]]) -> QRectF:
    """A row of legend keys (colour, kind "box"/"line"/"dash", label); returns the rest below it."""
    font = pen.font(8)
    metrics = pen.metrics(font)
    height = metrics.height() * 1.5
    x = rect.left()
    y = rect.top()
    for colour, kind, label in items:
        width = pen.pt(14) + pen.pt(4) + metrics.horizontalAdvance(label) + pen.pt(12)
        if x + width > rect.right() and x > rect.left():
            x = rect.left()
            y += height
        middle = y + height / 2
        if kind == "box":
            pen.box(QRectF(x, middle - pen.pt(4), pen.pt(10), pen.pt(8)), colour)
        else:
            style = Qt.PenStyle.DashLine if kind == "dash" else Qt.PenStyle.SolidLine
            pen.line(QPointF(x, middle), QPointF(x + pen.pt(14), middle), colour, 1.8, style)
        pen.text(
            QRectF(x + pen.pt(18), y, width, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
            font,
        )
        x += width
    bottom = y + height
    return QRectF(rect.left(), bottom, rect.width(), rect.bottom() - bottom)


def _value_axis_area(pen: _Pen, rect: QRectF, ticks: list[float], fmt, bottom_pt: float) -> QRectF:
    """The plot area inside ``rect``: room on the left for tick labels, below for category labels."""
    font = pen.font(7.5)
    widest = max(pen.metrics(font).horizontalAdvance(fmt(t)) for t in ticks)
    left = widest + pen.pt(8)
    return QRectF(rect.left() + left, rect.top() + pen.pt(4), rect.width() - left - pen.pt(4),
                  rect.height() - pen.pt(4) - pen.pt(bottom_pt))  # fmt: skip


def _draw_value_grid(pen: _Pen, plot: _Plot, ticks: list[float], fmt) -> None:
    font = pen.font(7.5)
    metrics = pen.metrics(font)
    for tick in ticks:
        y = plot.at(tick)
        colour = AXIS if tick == 0 else GRID
        pen.line(
            QPointF(plot.rect.left(), y), QPointF(plot.rect.right(), y), colour, 0.9 if tick == 0 else 0.5
        )
        label_rect = QRectF(
            plot.rect.left() - pen.pt(200),
            y - metrics.height() / 2,
            pen.pt(200) - pen.pt(5),
            metrics.height(),
        )
        pen.text(
            label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt(tick), font, MUTED
        )


def _category_labels(
    pen: _Pen, plot_rect: QRectF, labels: list[str], height_pt: float, size_pt: float = 7.5
) -> None:
    slot = plot_rect.width() / max(1, len(labels))
    font = pen.font(size_pt)
    for index, label in enumerate(labels):
        rect = QRectF(
            plot_rect.left() + index * slot, plot_rect.bottom() + pen.pt(3), slot, pen.pt(height_pt)
        )
        pen.text(
            rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label,
            font,
        )


# --- the charts ------------------------------------------------------------------


def draw_cashflow(pen: _Pen, rect: QRectF, chart: CashFlowChart) -> None:
    rect = _title(pen, rect, chart.title)
    legend = [(POSITIVE, "box", chart.annual_label), (DESTINATION, "line", chart.cumulative_label)]
    if chart.break_even is not None:
        legend.append((ORIGIN, "dash", chart.break_even_label))
    rect = _legend(pen, rect, legend)
    values = [*chart.annual, *chart.cumulative, 0.0]
    ticks = nice_ticks(min(values), max(values))
    fmt = _axis_money(chart.money_language, ticks, chart.currency)
    area = _value_axis_area(pen, rect, ticks, fmt, 22)
    plot = _Plot(area, ticks[0], ticks[-1])
    _draw_value_grid(pen, plot, ticks, fmt)
    count = len(chart.years)
    slot = area.width() / max(1, count)
    for index, value in enumerate(chart.annual):
        x = area.left() + slot * (index + 0.2)
        pen.box(
            QRectF(x, plot.at(0), slot * 0.6, plot.at(value) - plot.at(0)),
            POSITIVE if value >= 0 else NEGATIVE,
        )
    path = QPainterPath()
    points = [QPointF(area.left() + slot * (i + 0.5), plot.at(v)) for i, v in enumerate(chart.cumulative)]
    if points:
        path.moveTo(points[0])
        for point in points[1:]:
            path.lineTo(point)
        pen.painter.setBrush(Qt.BrushStyle.NoBrush)
        pen.painter.setPen(
            QPen(
                DESTINATION,
                pen.pt(2),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        pen.painter.drawPath(path)
        pen.painter.setBrush(QBrush(DESTINATION))
        pen.painter.setPen(Qt.PenStyle.NoPen)
        for point in points:
            pen.painter.drawEllipse(point, pen.pt(2.2), pen.pt(2.2))
    if chart.break_even is not None:
        x = area.left() + slot * (chart.break_even + 0.5)
        pen.line(QPointF(x, area.top()), QPointF(x, area.bottom()), ORIGIN, 1.2, Qt.PenStyle.DashLine)
    _category_labels(pen, area, [str(y) for y in chart.years], 12)
    font = pen.font(7.5)
    pen.text(
        QRectF(area.left(), area.bottom() + pen.pt(12), area.width(), pen.pt(10)),
        Qt.AlignmentFlag.AlignHCenter,
        chart.x_label,
        font,
        MUTED,
    )


def draw_waterfall(pen: _Pen, rect: QRectF, chart: WaterfallChart) -> None:
    rect = _title(pen, rect, chart.title)
    values = [0.0] + [s.bottom for s in chart.steps] + [s.top for s in chart.steps]
    ticks = nice_ticks(min(values), max(values), headroom=0.08)
    fmt = _axis_money(chart.money_language, ticks, chart.currency)
    area = _value_axis_area(pen, rect, ticks, fmt, 30)
    plot = _Plot(area, ticks[0], ticks[-1])
    _draw_value_grid(pen, plot, ticks, fmt)
    slot = area.width() / max(1, len(chart.steps))
    font = pen.font(7)
    metrics = pen.metrics(font)
    for index, step in enumerate(chart.steps):
        if step.kind == "total":
            colour = ORIGIN if index == 0 else DESTINATION
        else:
            colour = DOWN if step.kind == "down" else UP
        x = area.left() + slot * (index + 0.15)
        top, bottom = plot.at(step.top), plot.at(step.bottom)
        pen.box(QRectF(x, top, slot * 0.7, bottom - top), colour)
        if index + 1 < len(chart.steps):  # a dotted line on to the next bar, at the running level
            level = step.top if step.kind in ("total", "up") else step.bottom
            y = plot.at(level)
            pen.line(QPointF(x + slot * 0.7, y), QPointF(x + slot, y), AXIS, 0.5, Qt.PenStyle.DotLine)
        label = format_money(step.amount, chart.money_language, chart.currency, 1.0)  # converted already
        above = min(top, bottom) - metrics.height() - pen.pt(1)
        pen.text(
            QRectF(area.left() + slot * index, above, slot, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            label,
            font,
        )
    _category_labels(pen, area, [s.label for s in chart.steps], 28, 7)


def draw_costs(pen: _Pen, rect: QRectF, chart: CostChart) -> None:
    rect = _title(pen, rect, chart.title)
    shown = [i for i, values in enumerate(chart.values) if any(values)]
    legend = [(PALETTE[i % len(PALETTE)], "box", chart.categories[i]) for i in shown]
    legend.append((TEXT, "line", chart.net_label))
    rect = _legend(pen, rect, legend)
    totals = [
        sum(chart.values[i][s] for i in shown if chart.values[i][s] > 0) for s in range(len(chart.sites))
    ]
    lows = [sum(chart.values[i][s] for i in shown if chart.values[i][s] < 0) for s in range(len(chart.sites))]
    ticks = nice_ticks(min([0.0, *lows, *chart.net]), max([0.0, *totals, *chart.net]))
    fmt = _axis_money(chart.money_language, ticks, chart.currency)
    area = _value_axis_area(pen, rect, ticks, fmt, 22)
    plot = _Plot(area, ticks[0], ticks[-1])
    _draw_value_grid(pen, plot, ticks, fmt)
    slot = area.width() / max(1, len(chart.sites))
    for s in range(len(chart.sites)):
        x = area.left() + slot * (s + 0.2)
        up = down = 0.0
        for i in shown:
            value = chart.values[i][s]
            base = up if value >= 0 else down
            pen.box(
                QRectF(x, plot.at(base), slot * 0.6, plot.at(base + value) - plot.at(base)),
                PALETTE[i % len(PALETTE)],
            )
            if value >= 0:
                up += value
            else:
                down += value
        y = plot.at(chart.net[s])
        pen.line(QPointF(x - slot * 0.05, y), QPointF(x + slot * 0.65, y), TEXT, 2.0)
    _category_labels(pen, area, list(chart.sites), 20)


def draw_tornado(pen: _Pen, rect: QRectF, chart: TornadoChart) -> None:
    rect = _title(pen, rect, chart.title)
    rect = _legend(
        pen,
        rect,
        [(LOW, "box", chart.low_label), (HIGH, "box", chart.high_label), (TEXT, "line", chart.base_label)],
    )
    if not chart.rows:
        return
    values = [chart.base_npv] + [r.npv_at_low for r in chart.rows] + [r.npv_at_high for r in chart.rows]
    ticks = nice_ticks(min(values), max(values), count=4)
    fmt = _axis_money(chart.money_language, ticks, chart.currency)
    label_width = rect.width() * 0.34
    font = pen.font(7.5)
    metrics = pen.metrics(font)
    half = max(metrics.horizontalAdvance(fmt(t)) for t in ticks) / 2 + pen.pt(2)
    area = QRectF(
        rect.left() + label_width,
        rect.top() + pen.pt(4),
        rect.width() - label_width - max(half, pen.pt(30)),
        rect.height() - pen.pt(4) - metrics.height() * 2.4,
    )
    plot = _Plot(area, ticks[0], ticks[-1], vertical=False)
    for tick in ticks:
        x = plot.at(tick)
        pen.line(QPointF(x, area.top()), QPointF(x, area.bottom()), GRID, 0.5)
        pen.text(
            QRectF(x - half, area.bottom() + pen.pt(2), 2 * half, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            fmt(tick),
            font,
            MUTED,
        )
    pen.text(
        QRectF(area.left(), area.bottom() + metrics.height() * 1.2, area.width(), metrics.height()),
        Qt.AlignmentFlag.AlignHCenter,
        chart.x_label,
        font,
        MUTED,
    )
    row_height = area.height() / len(chart.rows)
    small = pen.font(6.5)
    small_metrics = pen.metrics(small)
    base_x = plot.at(chart.base_npv)
    for index, row in enumerate(chart.rows):
        top = area.top() + index * row_height
        bar_top, bar_height = top + row_height * 0.18, row_height * 0.64
        label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - pen.pt(8))
        pen.text(
            QRectF(rect.left(), top, label_width - pen.pt(6), row_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
            font,
        )
        ends = ((row.npv_at_low, LOW, row.low_text), (row.npv_at_high, HIGH, row.high_text))
        for value, colour, _text in sorted(ends, key=lambda end: -abs(end[0] - chart.base_npv)):
            x = plot.at(value)  # the longer bar first, so the shorter one shows on top of it
            pen.box(QRectF(min(x, base_x), bar_top, abs(x - base_x), bar_height), colour)
        # the input's low and high values at the ends of the row
        left_end = min(base_x, *(plot.at(v) for v, _, _ in ends))
        right_end = max(base_x, *(plot.at(v) for v, _, _ in ends))
        left_text, right_text = (
            (row.low_text, row.high_text)
            if row.npv_at_low <= row.npv_at_high
            else (row.high_text, row.low_text)
        )
        if plot.at(row.npv_at_low) < base_x < plot.at(row.npv_at_high) or plot.at(
            row.npv_at_high
        ) < base_x < plot.at(row.npv_at_low):
            pen.text(
                QRectF(left_end - pen.pt(62), top, pen.pt(60), row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                left_text,
                small,
                MUTED,
            )
            pen.text(
                QRectF(right_end + pen.pt(2), top, pen.pt(60), row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                right_text,
                small,
                MUTED,
            )
        else:
            both = f"{row.low_text} / {row.high_text}"
            pen.text(
                QRectF(
                    right_end + pen.pt(2), top, small_metrics.horizontalAdvance(both) + pen.pt(4), row_height
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                both,
                small,
                MUTED,
            )
    pen.line(QPointF(base_x, area.top()), QPointF(base_x, area.bottom()), TEXT, 1.2)


def draw_histogram(pen: _Pen, rect: QRectF, chart: HistogramChart) -> None:
    rect = _title(pen, rect, chart.title)
    rect = _legend(pen, rect, [(POSITIVE, "box", chart.y_label), (ORIGIN, "dash", "P10 · P50 · P90")])
    font = pen.font(7.5)
    metrics = pen.metrics(font)
    counts = chart.counts or (0,)
    count_ticks = nice_ticks(0, max(counts) or 1, 4)
    x_ticks = nice_ticks(chart.edges[0], chart.edges[-1], 5)
    fmt = _axis_money(chart.money_language, x_ticks, chart.currency)
    x_low, x_high = min(x_ticks[0], chart.edges[0]), max(x_ticks[-1], chart.edges[-1])
    half = max(metrics.horizontalAdvance(fmt(t)) for t in x_ticks) / 2 + pen.pt(2)
    area = _value_axis_area(pen, rect, count_ticks, lambda v: f"{v:,.0f}", 24)
    shift = max(0.0, half - (area.left() - rect.left()))
    area = QRectF(area.left() + shift, area.top(), area.width() - shift - half, area.height())
    xs = _Plot(area, x_low, x_high, vertical=False)
    ys = _Plot(area, 0, count_ticks[-1])
    _draw_value_grid(pen, ys, count_ticks, lambda v: f"{v:,.0f}")
    for index, count in enumerate(chart.counts):
        left, right = xs.at(chart.edges[index]), xs.at(chart.edges[index + 1])
        colour = POSITIVE if chart.edges[index + 1] > 0 else NEGATIVE
        pen.box(
            QRectF(left, ys.at(count), max(right - left - pen.pt(0.3), pen.pt(0.2)), ys.at(0) - ys.at(count)),
            colour,
        )
    for tick in x_ticks:
        x = xs.at(tick)
        if area.left() - 1 <= x <= area.right() + 1:
            pen.line(QPointF(x, area.bottom()), QPointF(x, area.bottom() + pen.pt(3)), AXIS, 0.6)
            pen.text(
                QRectF(x - half, area.bottom() + pen.pt(3), 2 * half, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                fmt(tick),
                font,
                MUTED,
            )
    if x_low < 0 < x_high:
        pen.line(QPointF(xs.at(0), area.top()), QPointF(xs.at(0), area.bottom()), AXIS, 0.9)
    small = pen.font(7, bold=True)
    for value, label in chart.markers:
        x = xs.at(value)
        pen.line(
            QPointF(x, area.top() + metrics.height()),
            QPointF(x, area.bottom()),
            ORIGIN,
            1.1,
            Qt.PenStyle.DashLine,
        )
        pen.text(
            QRectF(x - pen.pt(30), area.top(), pen.pt(60), metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            label,
            small,
            ORIGIN,
        )
    pen.text(
        QRectF(area.left(), area.bottom() + metrics.height() + pen.pt(4), area.width(), metrics.height()),
        Qt.AlignmentFlag.AlignHCenter,
        chart.x_label,
        font,
        MUTED,
    )


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart, px_per_pt: float, family: str) -> None:
    """Draw ``chart`` into ``rect`` (device pixels) with sizes scaled by ``px_per_pt``."""
    pen = _Pen(painter, px_per_pt, family)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setClipRect(rect)
    drawers = {
        CashFlowChart: draw_cashflow,
        WaterfallChart: draw_waterfall,
        CostChart: draw_costs,
        TornadoChart: draw_tornado,
        HistogramChart: draw_histogram,
    }
    drawer = drawers.get(type(chart))
    if drawer is None:
        chart.draw(pen, rect)  # a chart that draws itself (the "Why Gui'an" network, reports/why_guian.py)
    else:
        drawer(pen, rect, chart)
    painter.restore()


# A chart image: each side up to MAX_SIDE pixels and MAX_PIXELS in all (8000 x 4000 draws in
# about a second; a 20,000 px square took 31 s with no progress). Enough for a poster.
MIN_SIDE, MAX_SIDE = 16, 8_000
MAX_PIXELS = 32_000_000


def check_image_size(width: int, height: int) -> None:
    """ExportError unless both sides and the area are within the limits (window and command line)."""
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE) or width * height > MAX_PIXELS:
        raise ExportError(
            "",
            QT_TRANSLATE_NOOP(
                "Export",
                "image size must be 16..8000 pixels a side and at most 32 million pixels, "
                "got {width} x {height}",
            ),
            width=width,
            height=height,
        )


def chart_image(chart: Chart, width: int, height: int, family: str) -> QImage:
    """The chart as an image of exactly ``width`` x ``height`` pixels, on white, whatever the screen."""
    check_image_size(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(1.0)
    image.setDotsPerMeterX(3780)  # 96 dpi, stated in the file; sizes are in pixels anyway
    image.setDotsPerMeterY(3780)
    image.fill(QColor("white"))
    px_per_pt = min(width / DESIGN_WIDTH_PT, height / DESIGN_HEIGHT_PT)
    margin = 10 * px_per_pt
    painter = QPainter(image)
    try:
        draw_chart(
            painter, QRectF(margin, margin, width - 2 * margin, height - 2 * margin), chart, px_per_pt, family
        )
    finally:
        painter.end()
    return image
