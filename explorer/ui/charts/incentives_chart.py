"""Incentives and tax relief by year, stacked by policy: where the money comes from.

The stacks are the case's figures (AppState.figures), so each year's column adds up to the
Incentives and Tax relief the KPI cards, the PDF and the workbook show.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QWidget

from explorer.ui.charts.base import PALETTE, StateChart, set_ticks, set_y_range
from explorer.ui.money import money
from explorer.ui.state import AppState

_WIDTH = 0.6


class IncentivesChart(StateChart):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "incentivesChart", parent)
        self.legend = self.plot.addLegend(offset=(10, 4), labelTextSize="9pt", colCount=2)
        self.bars: dict[str, pg.BarGraphItem] = {}  # stack key -> its bars, kept while it pays
        self._legend: list[tuple[str, str]] | None = None
        self.empty_label = pg.TextItem(anchor=(0.5, 0.5), color="#6b7380")
        self.plot.addItem(self.empty_label)
        self.retranslate()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("Charts", "Incentives and tax relief by year and policy")
        self.plot.setTitle(title)
        self.plot.setLabel("bottom", QCoreApplication.translate("Charts", "Year"))
        self.setAccessibleName(title)
        self.empty_label.setText(
            QCoreApplication.translate("Charts", "No chosen policy pays anything in this case")
        )
        self._relabel()

    def series(self) -> list[tuple[str, str, np.ndarray]]:
        """(key, legend text, yuan by year) of each stack: the case's figures, as the KPI cards show them.

        A policy's incentives and its tax relief (the Incentives and Tax relief figures, at the
        destination less at the origin); a charge the move avoids at the origin is not here but in
        the operating costs (the Costs chart's charges), as in the case's table.
        """
        state = self._state
        figures = state.figures
        shown: list[tuple[str, str, np.ndarray]] = []
        for line in figures.policies:
            title = state.local(line.title_en, line.title_zh)
            if np.any(line.incentives):
                shown.append((line.policy_id, title, np.asarray(line.incentives, dtype=float)))
            if np.any(line.tax):
                tax = QCoreApplication.translate("Charts", "{policy} (tax relief)").format(policy=title)
                shown.append((f"{line.policy_id}:tax", tax, np.asarray(line.tax, dtype=float)))
        extra = np.asarray(state.evaluation.extra_incentive, dtype=float)
        if np.any(extra):
            shown.append(("extra", QCoreApplication.translate("Charts", "Extra incentive (what-if)"), extra))
        return shown

    def redraw(self) -> None:
        evaluation = self._state.evaluation
        shown = self.series()
        wanted = [key for key, _title, _values in shown]
        if list(self.bars) != wanted:
            # Items are built per set of paying stacks, not per redraw.
            for item in self.bars.values():
                self.plot.removeItem(item)
            self.bars = {}
            for index, key in enumerate(wanted):
                item = pg.BarGraphItem(
                    x=[0], height=[0], width=_WIDTH, brush=PALETTE[index % len(PALETTE)], pen=None
                )
                self.plot.addItem(item)
                self.bars[key] = item
        self._relabel(shown)
        years = np.asarray(evaluation.years, dtype=float)
        up = np.zeros(len(years))
        down = np.zeros(len(years))
        for key, _title, values in shown:
            y0 = np.where(values >= 0, up, down)
            self.bars[key].setOpts(x=years, height=values, y0=y0, width=_WIDTH)
            up += np.where(values >= 0, values, 0)
            down += np.where(values < 0, values, 0)
        self.empty_label.setVisible(not shown)
        self.empty_label.setPos(len(years) / 2, 0.5)
        set_ticks(self.plot, "bottom", [(float(y), str(int(y))) for y in years])
        self.plot.setXRange(-0.6, len(years) - 0.4, padding=0)
        set_y_range(self.plot, float(down.min(initial=0)), float(up.max(initial=1.0)), headroom=0.35)

    def _relabel(self, shown: list[tuple[str, str, np.ndarray]] | None = None) -> None:
        titles = {key: title for key, title, _values in (shown if shown is not None else self.series())}
        legend = [(key, titles.get(key, key)) for key in self.bars]
        if legend == self._legend:
            return  # the legend only changes with its stacks or the language
        self._legend = legend
        self.legend.clear()
        for key, title in legend:
            self.legend.addItem(self.bars[key], title if len(title) <= 28 else title[:27] + "…")

    def hover_text(self, point: QPointF) -> str | None:
        year = round(point.x())
        evaluation = self._state.evaluation
        if not 0 <= year < len(evaluation.years):
            return None
        language = self._state.language
        lines = [QCoreApplication.translate("Charts", "Year {year}").format(year=year)]
        for _key, title, values in self.series():
            value = float(values[year])
            if value:
                lines.append(f"{title}: {money(value, language)} ({value:,.0f})")
        return "\n".join(lines) if len(lines) > 1 else None
