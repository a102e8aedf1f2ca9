"""Horizontal grid lines at the money axis's ticks, drawn inside the plot instead of by the axis.

pyqtgraph draws a grid as part of its axis, which then covers the whole plot: the axis's
cached pixmap (charts.base.cache_axes) is plot-sized and is drawn anew whenever the y range
moves, with the grid as translucent lines. Qt's raster engine draws a translucent aliased
line 6 to 70 times slower than an opaque one (45-500 us against 7 us for 1,200 px here), so
a slider step that moved the Cash flow page's range took 16-25 ms to paint instead of 4.
Here the grid is a handful of opaque lines in the view, of the colour the translucent ones
made over the plot's background, at the same ticks and with the same fading.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen


def over(colour: QColor, alpha: float, background: QColor) -> QColor:
    """The opaque colour ``colour`` at ``alpha`` (0..1) gives drawn over ``background``."""
    return QColor(
        *(round(b + (c - b) * alpha) for c, b in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True))
    )


class ValueGrid(pg.GraphicsObject):
    """Lines across the view at ``axis``'s tick values (major, then fainter minor ones)."""

    def __init__(self, axis: pg.AxisItem, alpha: float) -> None:
        super().__init__()
        self._axis = axis
        self._alpha = alpha  # 0..1, as PlotItem.showGrid takes it
        self.setZValue(-1000)  # under every data item
        self._view: pg.ViewBox | None = None
        self._background = QColor("white")
        self._rect = QRectF()
        self._height = 0.0
        self._lines: list[tuple[QPen, list[float]]] = []

    def attach(self, plot: pg.PlotWidget) -> None:
        self._view = plot.getPlotItem().getViewBox()
        background = plot.backgroundBrush().color()
        if background.alpha() == 255:
            self._background = background
        plot.addItem(self, ignoreBounds=True)
        self._view.sigRangeChanged.connect(self._range_changed)
        self._view.sigResized.connect(self._range_changed)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(self, painter: QPainter, *_args: object) -> None:
        to_device = painter.transform()  # whole device pixels: a line is one pixel row
        left = to_device.map(QPointF(self._rect.left(), 0.0)).x()
        right = to_device.map(QPointF(self._rect.right(), 0.0)).x()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, values in self._lines:
            painter.setPen(pen)
            for value in values:
                y = round(to_device.map(QPointF(0.0, value)).y())
                painter.drawLine(QLineF(left, y, right, y))
        painter.restore()

    def _range_changed(self, *_args: object) -> None:
        """Work out the lines once per range or size (a repaint only draws them)."""
        view = self._view
        if view is None:
            return
        rect, height = view.viewRect(), view.height()
        if rect == self._rect and height == self._height:
            return  # asked again with the same range: nothing to draw anew
        self.prepareGeometryChange()
        self._rect, self._height = rect, height
        self._lines = self._lines_for(rect, height) if height > 0 else []
        self.update()

    def _lines_for(self, rect: QRectF, height: float) -> list[tuple[QPen, list[float]]]:
        low, high = rect.top(), rect.bottom()  # viewRect's top is the smaller y value
        colour = self._axis.pen().color()
        lines = []
        for level, (_spacing, values) in enumerate(self._axis.tickValues(low, high, height)):
            # pyqtgraph's fading: each finer level fainter, and fainter the denser its lines
            fade = min(max(0.05 * height / (len(values) + 1), 0.0), 1.0)
            pen = QPen(over(colour, self._alpha * fade / (level + 1), self._background), 1)
            pen.setCosmetic(True)
            lines.append((pen, [v for v in values if low <= v <= high]))
        return lines
