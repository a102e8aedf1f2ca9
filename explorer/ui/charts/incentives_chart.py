"""Incentives by year, stacked by policy: where the money comes from."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QWidget

from explorer.domain.messages import local
from explorer.ui.charts.base import PALETTE, StateChart, set_ticks, set_y_range
from explorer.ui.money import money
from explorer.ui.state import AppState

_WIDTH = 0.6


class IncentivesChart(StateChart):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "incentivesChart", parent)
        self.legend = self.plot.addLegend(offset=(10, 4), labelTextSize="9pt", colCount=2)
        self.bars: dict[str, pg.BarGraphItem] = {}  # policy id -> its stack segment, kept while it pays
        self.empty_label = pg.TextItem(anchor=(0.5, 0.5), color="#6b7380")
        self.plot.addItem(self.empty_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setTitle(QCoreApplication.translate("Charts", "Incentives by year and policy"))
        self.plot.setLabel("bottom", QCoreApplication.translate("Charts", "Year"))
        self.setAccessibleName(QCoreApplication.translate("Charts", "Incentives by year and policy"))
        self.empty_label.setText(
            QCoreApplication.translate("Charts", "No chosen policy pays anything in this case")
        )
        self._relabel()

    def paying_policies(self):
        return [p for p in self._state.evaluation.policies if np.any(np.asarray(p.case_value) != 0)]

    def redraw(self) -> None:
        evaluation = self._state.evaluation
        paying = self.paying_policies()
        wanted = [p.policy_id for p in paying]
        if list(self.bars) != wanted:
            # Items are built per set of paying policies, not per redraw.
            for item in self.bars.values():
                self.plot.removeItem(item)
            self.bars = {}
            for index, policy_id in enumerate(wanted):
                item = pg.BarGraphItem(
                    x=[0], height=[0], width=_WIDTH, brush=PALETTE[index % len(PALETTE)], pen=None
                )
                self.plot.addItem(item)
                self.bars[policy_id] = item
            self._relabel()
        years = np.asarray(evaluation.years, dtype=float)
        up = np.zeros(len(years))
        down = np.zeros(len(years))
        for policy in paying:
            values = np.asarray(policy.case_value, dtype=float)
            y0 = np.where(values >= 0, up, down)
            self.bars[policy.policy_id].setOpts(x=years, height=values, y0=y0, width=_WIDTH)
            up += np.where(values >= 0, values, 0)
            down += np.where(values < 0, values, 0)
        self.empty_label.setVisible(not paying)
        self.empty_label.setPos(len(years) / 2, 0.5)
        set_ticks(self.plot, "bottom", [(float(y), str(int(y))) for y in years])
        self.plot.setXRange(-0.6, len(years) - 0.4, padding=0)
        set_y_range(self.plot, float(down.min(initial=0)), float(up.max(initial=1.0)), headroom=0.35)

    def _relabel(self) -> None:
        self.legend.clear()
        titles = {
            p.policy_id: self._state.local(p.title_en, p.title_zh) for p in self._state.evaluation.policies
        }
        for policy_id, item in self.bars.items():
            title = titles.get(policy_id, policy_id)
            self.legend.addItem(item, title if len(title) <= 28 else title[:27] + "…")

    def hover_text(self, point: QPointF) -> str | None:
        year = round(point.x())
        evaluation = self._state.evaluation
        if not 0 <= year < len(evaluation.years):
            return None
        language = self._state.language
        lines = [QCoreApplication.translate("Charts", "Year {year}").format(year=year)]
        for policy in self.paying_policies():
            value = float(policy.case_value[year])
            if value:
                lines.append(
                    f"{local(policy.title_en, policy.title_zh, language)}: {money(value, language)} ({value:,.0f})"
                )
        return "\n".join(lines) if len(lines) > 1 else None
