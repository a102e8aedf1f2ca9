"""Cumulative cash flow of the compared scenarios: one line each, the zero line, a legend, hover values.

Lines are created once per set of compared scenarios; a new evaluation only
calls ``setData``. The chart draws what it is given (each Evaluation's
``primary.cumulative``) and computes nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.charts.style import GRID_ALPHA, TEXT_COLOUR
from explorer.ui.widgets.plain_text import plain_tip

_ZERO_PEN = pg.mkPen(QColor("#8a919c"), width=1, style=Qt.PenStyle.DashLine)
_HOVER_PEN = pg.mkPen(QColor("#b8bec7"), width=1)
_Y_PADDING = 0.08


@dataclass(frozen=True, slots=True)
class Line:
    """One scenario's line: its id, its name as the user typed it, its colour and the engine's numbers."""

    scenario_id: str
    name: str
    colour: QColor
    years: np.ndarray
    cumulative: np.ndarray
    is_base: bool = False


class CumulativeChart(QWidget):
    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareCumulativeChart")
        self._language = language
        self._axis = MoneyAxis(language)
        self.plot = pg.PlotWidget(axisItems={"left": self._axis})
        self.plot.setObjectName("compareCumulativePlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=GRID_ALPHA)
        self.plot.getPlotItem().getViewBox().disableAutoRange()
        self.plot.setMouseTracking(True)

        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, pen=_ZERO_PEN, movable=False)
        self.zero_line.setZValue(-5)
        self.plot.addItem(self.zero_line, ignoreBounds=True)
        self.hover_line = pg.InfiniteLine(pos=0.0, angle=90, pen=_HOVER_PEN, movable=False)
        self.hover_line.setZValue(-4)
        self.hover_line.hide()
        self.plot.addItem(self.hover_line, ignoreBounds=True)
        self.legend = pg.LegendItem(offset=(12, 8), labelTextColor=TEXT_COLOUR, labelTextSize="9pt")
        self.legend.setParentItem(self.plot.getPlotItem().getViewBox())
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 225))
        self.legend.setPen(pg.mkPen(QColor("#dde1e6")))

        self.curves: dict[str, pg.PlotDataItem] = {}
        self._lines: tuple[Line, ...] = ()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.plot.setLabel("bottom", QCoreApplication.translate("CumulativeChart", "Year"))
        self.plot.setLabel("left", QCoreApplication.translate("CumulativeChart", "Cumulative cash flow"))
        self.setAccessibleName(
            QCoreApplication.translate("CumulativeChart", "Cumulative cash flow by scenario")
        )
        self.plot.setAccessibleName(
            QCoreApplication.translate("CumulativeChart", "Cumulative cash flow by scenario")
        )
        self._axis.picture = None  # the tick texts follow the language
        self._axis.update()

    def set_lines(self, lines: Sequence[Line]) -> None:
        """Draw ``lines``; curves are only made anew when the set of scenarios changes."""
        lines = tuple(lines)
        ids = [line.scenario_id for line in lines]
        if ids != list(self.curves):
            self._rebuild(lines)
        for line in lines:
            curve = self.curves[line.scenario_id]
            curve.setData(np.asarray(line.years, dtype=float), np.asarray(line.cumulative, dtype=float))
            # the base is dashed and on top: a scenario that matches it still shows through the gaps
            style = Qt.PenStyle.DashLine if line.is_base else Qt.PenStyle.SolidLine
            pen = pg.mkPen(line.colour, width=2.2, style=style)
            if line.is_base:
                pen.setDashPattern([3.0, 2.0])  # in pen widths: short dashes, gaps wide enough to see through
            curve.setPen(pen)
            curve.setSymbolPen(pg.mkPen(line.colour, width=1.2))
            curve.setSymbolBrush(pg.mkBrush("w" if line.is_base else line.colour))
            label = self.legend.getLabel(curve)
            if label is not None:
                label.setText(self._legend_text(line))
        self._lines = lines
        self.legend.updateSize()
        self._set_ranges()

    def line_data(self, scenario_id: str) -> tuple[np.ndarray, np.ndarray]:
        """What the chart draws for a scenario (years, cumulative yuan): for tests and accessibility."""
        x, y = self.curves[scenario_id].getData()
        return np.asarray(x), np.asarray(y)

    def legend_texts(self) -> list[str]:
        """The legend's entries as plain text, in order."""
        return [line.name for line in self._lines]

    def hover_text(self, year: int) -> str:
        """Exact cumulative cash flow of every line at ``year``, one line of text each."""
        rows = [QCoreApplication.translate("CumulativeChart", "Year {year}").format(year=year)]
        for line in self._lines:
            index = np.flatnonzero(np.asarray(line.years) == year)
            if index.size:
                value = float(line.cumulative[index[0]])
                amount = QCoreApplication.translate("CumulativeChart", "{amount} yuan").format(
                    amount=f"{value:,.2f}"
                )
                name = f"★ {line.name}" if line.is_base else line.name
                row = QCoreApplication.translate("CumulativeChart", "{name}: {value}")
                rows.append(row.format(name=name, value=amount))
        return "\n".join(rows)

    # --- private ------------------------------------------------------------
    def _rebuild(self, lines: tuple[Line, ...]) -> None:
        for curve in self.curves.values():
            self.legend.removeItem(curve)
            self.plot.removeItem(curve)
        self.curves = {}
        for line in lines:
            curve = pg.PlotDataItem(symbol="o", symbolSize=5, antialias=True)
            curve.setZValue(3 if line.is_base else 2)
            self.plot.addItem(curve)
            self.legend.addItem(curve, self._legend_text(line))
            self.curves[line.scenario_id] = curve

    def _legend_text(self, line: Line) -> str:
        # legend labels render HTML: a name is escaped so that it shows exactly as typed
        name = html.escape(line.name)
        return f"★ {name}" if line.is_base else name

    def _set_ranges(self) -> None:
        if not self._lines:
            self.plot.setXRange(0, 1, padding=0)
            self.plot.setYRange(-1, 1, padding=0)
            return
        values = np.concatenate([np.asarray(line.cumulative, dtype=float) for line in self._lines])
        low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
        span = (high - low) or max(abs(high), 1.0)
        last = max(float(np.max(line.years)) for line in self._lines)
        self.plot.setXRange(-0.3, last + 0.3, padding=0)
        self.plot.setYRange(low - span * _Y_PADDING, high + span * _Y_PADDING, padding=0)
        step = 1 if last <= 12 else 2
        ticks = [(float(year), str(year)) for year in range(0, int(last) + 1, step)]
        self.plot.getAxis("bottom").setTicks([ticks])

    def _on_mouse_moved(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not self._lines or not view.sceneBoundingRect().contains(position):
            self.hover_line.hide()
            QToolTip.hideText()
            return
        x = view.mapSceneToView(position).x()
        last = max(float(np.max(line.years)) for line in self._lines)
        year = int(round(min(max(x, 0.0), last)))
        self.hover_line.setPos(year)
        self.hover_line.show()
        QToolTip.showText(QCursor.pos(), plain_tip(self.hover_text(year)), self.plot)

    def leaveEvent(self, event) -> None:
        self.hover_line.hide()
        super().leaveEvent(event)
