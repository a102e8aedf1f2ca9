"""Year-1 operating cost per site, stacked by category, with the net after incentives marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QWidget

from explorer.domain.evaluation import COLUMN_WORDS, COST_LINES
from explorer.ui.charts.base import PALETTE, StateChart, set_ticks, set_y_range
from explorer.ui.money import money
from explorer.ui.state import AppState

CATEGORIES = COST_LINES
_WIDTH = 0.6


def category_label(key: str) -> str:
    """A table column's words (explorer.domain.evaluation.COLUMN_WORDS), in the window's language."""
    return QCoreApplication.translate("Figures", COLUMN_WORDS[key])


class CostStackChart(StateChart):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "costStackChart", parent)
        self.legend = self.plot.addLegend(offset=(10, 4), labelTextSize="9pt", colCount=4)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for index, key in enumerate(CATEGORIES):
            item = pg.BarGraphItem(x=[0], height=[0], y0=[0], width=_WIDTH, brush=PALETTE[index], pen=None)
            self.plot.addItem(item)
            self.bars[key] = item
        self.net = pg.ScatterPlotItem(
            symbol="d", size=11, pen=pg.mkPen("#ffffff", width=1.5), brush="#2b2f36"
        )
        self.plot.addItem(self.net)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setTitle(QCoreApplication.translate("Charts", "Operating cost in year 1 by site"))
        self.setAccessibleName(QCoreApplication.translate("Charts", "Operating cost by category and site"))
        self.legend.clear()
        for key in CATEGORIES:
            self.legend.addItem(self.bars[key], category_label(key))
        self.legend.addItem(self.net, QCoreApplication.translate("Charts", "Net after incentives"))

    def stacks(self) -> dict[str, np.ndarray]:
        """Heights per category over the sites, as drawn."""
        return {key: np.asarray(item.opts["height"], dtype=float) for key, item in self.bars.items()}

    def redraw(self) -> None:
        evaluation = self._state.evaluation
        sites = evaluation.sites
        x = np.arange(len(sites), dtype=float)
        base = np.zeros(len(sites))
        for key in CATEGORIES:
            heights = np.array([float(getattr(site.table, key)[1]) for site in sites])
            self.bars[key].setOpts(x=x, height=heights, y0=base.copy(), width=_WIDTH)
            base += heights
        net = np.array([float(site.table.net[1]) for site in sites])
        self.net.setData(x=x, y=net)
        ticks = [(i, self._state.short_site_name(site.id)) for i, site in enumerate(sites)]
        set_ticks(self.plot, "bottom", ticks)
        self.plot.setXRange(-0.6, len(sites) - 0.4, padding=0)
        set_y_range(self.plot, float(min(net.min(initial=0), 0)), float(base.max(initial=1.0)), headroom=0.28)

    def hover_text(self, point: QPointF) -> str | None:
        sites = self._state.evaluation.sites
        index = round(point.x())
        if not 0 <= index < len(sites) or abs(point.x() - index) > _WIDTH / 2:
            return None
        site = sites[index]
        language = self._state.language
        lines = [self._state.site_name(site.id)]
        for key in CATEGORIES:
            value = float(getattr(site.table, key)[1])
            if value:
                lines.append(f"{category_label(key)}: {money(value, language)} ({value:,.0f})")
        lines.append(f"{category_label('incentives')}: {money(float(site.table.incentives[1]), language)}")
        net = float(site.table.net[1])
        lines.append(
            f"{QCoreApplication.translate('Charts', 'Net after incentives')}: {money(net, language)} ({net:,.0f})"
        )
        return "\n".join(lines)
