"""Annual energy cost per site as bars: origin and Gui'an in colour, the rest greyed.

Items are created once per set of sites; every result change only calls setOpts.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QWidget

from explorer.ui.charts.base import StateChart, set_ticks, set_y_range
from explorer.ui.charts.style import DESTINATION_COLOUR, ORIGIN_COLOUR, OTHER_COLOUR
from explorer.ui.money import money
from explorer.ui.state import AppState

_BAR_WIDTH = 0.62


class EnergyCostChart(StateChart):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "energyCostChart", parent)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=_BAR_WIDTH, brush=OTHER_COLOUR, pen=None)
        self.plot.addItem(self.bars)
        self._value_labels: list[pg.TextItem] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setTitle(QCoreApplication.translate("EnergyCostChart", "Energy cost per year"))
        self.setAccessibleName(QCoreApplication.translate("EnergyCostChart", "Annual energy cost by site"))

    def redraw(self) -> None:
        site_ids = self._site_ids()
        if len(site_ids) != len(self._value_labels):
            # Only a different set of sites adds or removes items.
            for label in self._value_labels:
                self.plot.removeItem(label)
            self._value_labels = [pg.TextItem(anchor=(0.5, 1.0), color="#2b2f36") for _ in site_ids]
            for label in self._value_labels:
                self.plot.addItem(label)
        heights = np.array([self._state.energy_cost(site) for site in site_ids])
        self.bars.setOpts(
            x=np.arange(len(heights), dtype=float),
            height=heights,
            width=_BAR_WIDTH,
            brushes=[self._colour_for(site) for site in site_ids],
            pens=[pg.mkPen(None)] * len(heights),
        )
        language = self._state.language
        for i, (label, height) in enumerate(zip(self._value_labels, heights, strict=True)):
            label.setText(money(float(height), language))
            label.setPos(i, float(height))
        ticks = [(i, self._state.short_site_name(site)) for i, site in enumerate(site_ids)]
        set_ticks(self.plot, "bottom", ticks)
        self.plot.setXRange(-0.6, len(heights) - 0.4, padding=0)
        set_y_range(self.plot, 0.0, float(heights.max(initial=1.0)), headroom=0.18)

    def hover_text(self, point: QPointF) -> str | None:
        site_ids = self._site_ids()
        index = round(point.x())
        if not 0 <= index < len(site_ids) or abs(point.x() - index) > _BAR_WIDTH / 2:
            return None
        site = self._state.evaluation.site(site_ids[index])
        cost = self._state.energy_cost(site.id)
        return QCoreApplication.translate(
            "EnergyCostChart", "{site}\n{energy} kWh a year\nEnergy cost: {cost} ({exact} yuan)"
        ).format(
            site=self._state.site_name(site.id),
            energy=f"{site.energy_kwh:,.0f}",
            cost=money(cost, self._state.language),
            exact=f"{cost:,.0f}",
        )

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
