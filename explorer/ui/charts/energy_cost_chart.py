"""Annual energy cost per site as bars: origin and Gui'an in colour, the rest greyed.

Items are created once per data pack; every result change only calls setOpts.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.domain.formatting import format_money
from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.charts.style import DESTINATION_COLOUR, GRID_ALPHA, ORIGIN_COLOUR, OTHER_COLOUR
from explorer.ui.state import AppState

_BAR_WIDTH = 0.62


class EnergyCostChart(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("energyCostChart")
        self._state = state
        self._axis = MoneyAxis(lambda: self._state.language)
        self.plot = pg.PlotWidget(axisItems={"left": self._axis})
        self.plot.setObjectName("energyCostPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=GRID_ALPHA)
        self.plot.getPlotItem().getViewBox().disableAutoRange()

        self.bars = pg.BarGraphItem(x=[0], height=[0], width=_BAR_WIDTH, brush=OTHER_COLOUR, pen=None)
        self.plot.addItem(self.bars)
        self._value_labels: list[pg.TextItem] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        state.pack_changed.connect(self._rebuild_for_pack)
        state.evaluation_changed.connect(self.refresh)
        state.language_changed.connect(self._on_language)
        self._rebuild_for_pack()
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("left", QCoreApplication.translate("EnergyCostChart", "Energy cost per year"))
        self.setAccessibleName(QCoreApplication.translate("EnergyCostChart", "Annual energy cost by site"))
        self._update_ticks()
        self.refresh()

    def _on_language(self, _language: str) -> None:
        self.retranslate()

    def _rebuild_for_pack(self) -> None:
        """Only a new data pack (a different set of sites) adds or removes items."""
        for label in self._value_labels:
            self.plot.removeItem(label)
        self._value_labels = []
        for _ in self._site_ids():
            label = pg.TextItem(anchor=(0.5, 1.0), color="#2b2f36")
            self.plot.addItem(label)
            self._value_labels.append(label)
        self._update_ticks()
        self.refresh()

    def _update_ticks(self) -> None:
        ticks = [(i, self._state.site_name(site)) for i, site in enumerate(self._site_ids())]
        self.plot.getAxis("bottom").setTicks([ticks])

    def refresh(self) -> None:
        site_ids = self._site_ids()
        if len(site_ids) != len(self._value_labels):
            self._rebuild_for_pack()  # the scenario now compares another set of sites
            return
        colours = [self._colour_for(site) for site in site_ids]
        heights = np.array([self._state.energy_cost(site) for site in site_ids])
        self.bars.setOpts(
            x=list(range(len(heights))),
            height=heights,
            width=_BAR_WIDTH,
            brushes=colours,
            pens=[pg.mkPen(None)] * len(heights),
        )
        language = self._state.language
        for i, (label, height) in enumerate(zip(self._value_labels, heights, strict=True)):
            label.setText(format_money(float(height), language))
            label.setPos(i, float(height))
        top = float(heights.max()) if len(heights) else 1.0
        self.plot.setXRange(-0.6, len(heights) - 0.4, padding=0)
        self.plot.setYRange(0, top * 1.18 or 1.0, padding=0)

    def _site_ids(self) -> list[str]:
        return [site.id for site in self._state.evaluation.sites]

    def _colour_for(self, site_id: str):
        evaluation = self._state.evaluation
        if site_id == evaluation.origin:
            return ORIGIN_COLOUR
        if site_id == evaluation.destination:
            return DESTINATION_COLOUR
        return OTHER_COLOUR

    def bar_heights(self) -> dict[str, float]:
        """What the chart draws, by site id: for tests and accessibility."""
        heights = self.bars.opts["height"]
        return {site: float(h) for site, h in zip(self._site_ids(), heights, strict=True)}
