"""The frontier: the region's fiscal cost (x) against the firm's NPV (y), with the current package on it.

The cheapest path (items filled best-first up to their ceilings) is a line; the package
as it stands and "no package" are points. Items are made once and updated with setData.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from explorer.domain.package import Frontier
from explorer.ui.charts.base import cache_axes
from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.charts.style import GRID_ALPHA
from explorer.ui.money import money
from explorer.ui.package_state import PackageState
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tooltip

_PATH_PEN = pg.mkPen(QColor("#3b6fb6"), width=2)
_ZERO_PEN = pg.mkPen(QColor("#8a919c"), width=1, style=Qt.PenStyle.DashLine)


class FrontierChart(QWidget):
    def __init__(self, state: AppState, packages: PackageState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageFrontierChart")
        self._state = state
        self._packages = packages
        self.title = QLabel(self)
        self.title.setObjectName("packageFrontierTitle")
        self.title.setWordWrap(True)
        self.left_axis = MoneyAxis(lambda: self._state.language)
        self.bottom_axis = MoneyAxis(lambda: self._state.language, orientation="bottom")
        self.plot = pg.PlotWidget(axisItems={"left": self.left_axis, "bottom": self.bottom_axis})
        self.plot.setObjectName("packageFrontierPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
        cache_axes(self.plot)
        self.zero = pg.InfiniteLine(pos=0.0, angle=0, pen=_ZERO_PEN, movable=False)
        self.plot.addItem(self.zero)
        self.path = pg.PlotDataItem([], [], pen=_PATH_PEN, symbol="o", symbolSize=5,
                                    symbolBrush=QColor("#3b6fb6"), symbolPen=None)  # fmt: skip
        self.plot.addItem(self.path)
        self.without = pg.ScatterPlotItem([], [], size=11, brush=QColor("#8a919c"), pen=pg.mkPen("w"))
        self.plot.addItem(self.without)
        self.current = pg.ScatterPlotItem([], [], size=15, symbol="star", brush=QColor("#d9822b"),
                                          pen=pg.mkPen("#7a3f00"))  # fmt: skip
        self.plot.addItem(self.current)
        self.legend = pg.LegendItem(offset=(10, 10))
        self.legend.setParentItem(self.plot.getPlotItem().getViewBox())
        self.plot.scene().sigMouseMoved.connect(self._hover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Frontier: the region's fiscal cost against the firm's NPV"))
        self.plot.setAccessibleName(self.title.text())
        self.plot.getPlotItem().setLabel("bottom", self.tr("Fiscal cost (present value)"))
        self.plot.getPlotItem().setLabel("left", self.tr("Firm's NPV"))
        self.legend.clear()
        self.legend.addItem(self.path, self.tr("Cheapest path (best value items first)"))
        self.legend.addItem(self.current, self.tr("This package"))
        self.legend.addItem(self.without, self.tr("No package"))
        for axis in (self.left_axis, self.bottom_axis):
            axis.picture = None
            axis.update()

    def redraw(self) -> None:
        """Drawn by the Package tab when it is the page shown."""
        frontier: Frontier | None = self._packages.frontier
        assessment = self._packages.assessment
        xs, ys = [], []
        if frontier is not None:
            x, y = frontier.arrays()
            xs, ys = list(x), list(y)
        self.path.setData(xs, ys)
        if assessment is not None:
            self.current.setData([assessment.region.fiscal_cost_pv], [assessment.firm.npv_with])
            self.without.setData([0.0], [assessment.firm.npv_without])
            xs += [assessment.region.fiscal_cost_pv, 0.0]
            ys += [assessment.firm.npv_with, assessment.firm.npv_without]
        if xs:
            low_x, high_x = min(xs + [0.0]), max(xs)
            low_y, high_y = min(ys), max(ys)
            if low_y <= 0 or low_y < 0.25 * high_y:  # show the zero line when it is near
                low_y, high_y = min(low_y, 0.0), max(high_y, 0.0)
            span_x = (high_x - low_x) or 1.0
            span_y = (high_y - low_y) or 1.0
            self.plot.setXRange(low_x - span_x * 0.05, high_x + span_x * 0.08, padding=0)
            self.plot.setYRange(low_y - span_y * 0.08, high_y + span_y * 0.2, padding=0)

    def _hover(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        assessment = self._packages.assessment
        if assessment is None:
            return
        point = view.mapSceneToView(scene_pos)
        language = self._state.language
        x_span = (view.viewRange()[0][1] - view.viewRange()[0][0]) or 1.0
        if abs(point.x() - assessment.region.fiscal_cost_pv) < x_span * 0.03:
            text = self.tr("This package: fiscal cost {cost}, firm's NPV {npv}").format(
                cost=money(assessment.region.fiscal_cost_pv, language),
                npv=money(assessment.firm.npv_with, language),
            )
            QToolTip.showText(
                self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), plain_tooltip(text), self
            )
