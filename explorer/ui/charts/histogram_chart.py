"""Histogram of the Monte Carlo NPV with P10, P50 and P90 lines and the break-even line.

Draws an engine ``MonteCarlo`` as given: its histogram counts and edges, its
percentiles. Items are created once; every update calls ``setData``/``setValue``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from explorer.domain.formatting import format_number
from explorer.domain.uncertainty import MonteCarlo
from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.charts.style import DESTINATION_COLOUR, GRID_ALPHA, TEXT_COLOUR
from explorer.ui.charts.tornado_chart import LegendRow, Swatch

FILL_COLOUR = QColor(DESTINATION_COLOUR)
FILL_COLOUR.setAlpha(150)
PERCENTILE_COLOUR = QColor("#2b2f36")
ZERO_COLOUR = QColor("#c0392b")
STALE_OPACITY = 0.3


class CountAxis(pg.AxisItem):
    """Sample counts: in full below 100,000, then 万 in Chinese and K/M in English."""

    def __init__(self, language: Callable[[], str], orientation: str = "left") -> None:
        super().__init__(orientation)
        self._language = language
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        language = self._language()
        return [
            f"{v * scale:,.0f}" if abs(v * scale) < 100_000 else format_number(v * scale, language)
            for v in values
        ]


class HistogramChart(QWidget):
    def __init__(
        self,
        language: Callable[[], str],
        describe_bin: Callable[[float, float, int, int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("histogramChart")
        self._language = language
        self._describe_bin = describe_bin
        self._result: MonteCarlo | None = None

        self._x_axis = MoneyAxis(language, orientation="bottom")
        self._y_axis = CountAxis(language)
        self.plot = pg.PlotWidget(axisItems={"bottom": self._x_axis, "left": self._y_axis})
        self.plot.setObjectName("histogramPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=GRID_ALPHA)
        self.plot.getPlotItem().getViewBox().disableAutoRange()

        self.bins = pg.PlotDataItem(
            [0.0, 1.0],
            [0.0],
            stepMode="center",
            fillLevel=0,
            brush=FILL_COLOUR,
            pen=pg.mkPen(DESTINATION_COLOUR),
        )
        self.plot.addItem(self.bins)
        self.zero_line = pg.InfiniteLine(
            pos=0, angle=90, movable=False, pen=pg.mkPen(ZERO_COLOUR, width=1.5, style=Qt.PenStyle.DotLine)
        )
        self.plot.addItem(self.zero_line)
        self.percentile_lines: dict[str, pg.InfiniteLine] = {}
        self._percentile_labels: dict[str, pg.InfLineLabel] = {}
        for position, name in ((0.97, "P10"), (0.90, "P50"), (0.97, "P90")):
            style = Qt.PenStyle.SolidLine if name == "P50" else Qt.PenStyle.DashLine
            line = pg.InfiniteLine(
                pos=0, angle=90, movable=False, pen=pg.mkPen(PERCENTILE_COLOUR, width=1.5, style=style)
            )
            label = pg.InfLineLabel(
                line,
                text=name,
                position=position,
                anchors=[(0.5, 0), (0.5, 0)],
                color=TEXT_COLOUR,
                fill=(255, 255, 255, 200),
            )
            self.plot.addItem(line)
            self.percentile_lines[name] = line
            self._percentile_labels[name] = label
        self.legend = LegendRow(
            [
                Swatch(FILL_COLOUR),
                Swatch(PERCENTILE_COLOUR, Qt.PenStyle.DashLine),
                Swatch(ZERO_COLOUR, Qt.PenStyle.DotLine),
            ],
            self,
        )
        self.legend.setObjectName("histogramLegend")
        self.set_visible_items(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.legend.set_texts(
            [
                QCoreApplication.translate("HistogramChart", "Samples by NPV"),
                QCoreApplication.translate("HistogramChart", "P10 / P50 / P90"),
                QCoreApplication.translate("HistogramChart", "Break-even (NPV = 0)"),
            ]
        )
        self.plot.setLabel("bottom", QCoreApplication.translate("HistogramChart", "NPV"))
        self.plot.setLabel("left", QCoreApplication.translate("HistogramChart", "Samples"))
        self.plot.setAccessibleName(
            QCoreApplication.translate("HistogramChart", "Histogram of NPV over the Monte Carlo samples")
        )
        for axis in (self._x_axis, self._y_axis):
            axis.picture = None
            axis.update()

    def set_result(self, result: MonteCarlo | None) -> None:
        """Draw ``result``; ``None`` empties the chart."""
        self._result = result
        if result is None:
            self.bins.setData([0.0, 1.0], [0.0])
            self.set_visible_items(False)
            return
        edges = np.asarray(result.histogram_edges, dtype=float)
        counts = np.asarray(result.histogram_counts, dtype=float)
        self.bins.setData(edges, counts)
        for name, value in (("P10", result.p10), ("P50", result.p50), ("P90", result.p90)):
            self.percentile_lines[name].setValue(value)
        self.zero_line.setValue(0.0)
        self.set_visible_items(True)
        left, right = float(edges[0]), float(edges[-1])
        if left == right:
            left, right = left - max(abs(left) * 0.05, 1.0), right + max(abs(right) * 0.05, 1.0)
        pad = (right - left) * 0.04
        self.plot.setXRange(left - pad, right + pad, padding=0)
        self.plot.setYRange(0, float(counts.max()) * 1.15 or 1.0, padding=0)  # headroom for the line labels
        self.zero_line.setVisible(left - pad <= 0.0 <= right + pad)

    def set_stale(self, stale: bool) -> None:
        """Dim the drawing when the inputs changed since the run."""
        self.plot.getPlotItem().getViewBox().setOpacity(STALE_OPACITY if stale else 1.0)

    def result(self) -> MonteCarlo | None:
        return self._result

    def set_visible_items(self, visible: bool) -> None:
        for line in self.percentile_lines.values():
            line.setVisible(visible)
        self.zero_line.setVisible(visible)
        self.bins.setVisible(visible)

    def tooltip_at(self, x: float) -> str | None:
        """The tooltip for the bin under NPV ``x``, or None outside the histogram."""
        result = self._result
        if result is None:
            return None
        edges = result.histogram_edges
        index = int(np.searchsorted(edges, x, side="right")) - 1
        if not 0 <= index < len(result.histogram_counts):
            return None
        return self._describe_bin(
            float(edges[index]), float(edges[index + 1]), int(result.histogram_counts[index]), result.samples
        )

    # --- private ------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        text = self.tooltip_at(view.mapSceneToView(scene_pos).x())
        if text:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)
        else:
            QToolTip.hideText()
