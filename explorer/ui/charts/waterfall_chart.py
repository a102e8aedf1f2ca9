"""From the origin's annual cost to Gui'an's net cost: each category's saving, then each incentive."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QWidget

from explorer.domain.figures import CaseFigures
from explorer.ui.charts.base import StateChart, set_ticks, set_y_range
from explorer.ui.charts.style import DESTINATION_COLOUR, ORIGIN_COLOUR
from explorer.ui.money import figure_style, money
from explorer.ui.state import AppState, clip_to_width

_WIDTH = 0.6
TICK_WIDTH = 14  # characters of a tick label, a Chinese one counting as two
_DOWN = "#5aa88f"  # a step that lowers the cost
_UP = "#d9776a"  # a step that raises it


@dataclass(frozen=True, slots=True)
class Step:
    label: str
    bottom: float
    top: float
    kind: str  # total / down / up
    amount: float


def waterfall_steps(figures: CaseFigures, language: str) -> list[Step]:
    """The domain's year-1 waterfall (explorer.domain.figures) as bars: from the origin's
    operating cost, each cost line's change and each policy's gain, to the net cost."""
    style = figure_style(language)
    steps = []
    for step in figures.waterfall:
        low, high = sorted((step.start, step.end))
        kind = "total" if step.total else "down" if step.change < 0 else "up"
        steps.append(Step(style.text(step.label), low, high, kind, step.end if step.total else step.change))
    return steps


class WaterfallChart(StateChart):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "waterfallChart", parent)
        self.bars = pg.BarGraphItem(x=[0], height=[0], y0=[0], width=_WIDTH, brush=_DOWN, pen=None)
        self.plot.addItem(self.bars)
        self._steps: list[Step] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setTitle(
            QCoreApplication.translate("Charts", "From today's annual cost to Gui'an's net cost (year 1)")
        )
        self.setAccessibleName(QCoreApplication.translate("Charts", "Waterfall of the annual saving"))

    def steps(self) -> list[Step]:
        return list(self._steps)

    def redraw(self) -> None:
        self._steps = waterfall_steps(self._state.figures, self._state.language)
        steps = self._steps
        x = np.arange(len(steps), dtype=float)
        brushes = []
        for i, step in enumerate(steps):
            if step.kind == "total":
                brushes.append(ORIGIN_COLOUR if i == 0 else DESTINATION_COLOUR)
            else:
                brushes.append(_DOWN if step.kind == "down" else _UP)
        self.bars.setOpts(
            x=x,
            y0=np.array([s.bottom for s in steps]),
            height=np.array([s.top - s.bottom for s in steps]),
            width=_WIDTH,
            brushes=brushes,
        )
        ticks = [  # totals are short site names, kept whole; the policy steps are clipped
            (i, step.label if step.kind == "total" else clip_to_width(step.label, TICK_WIDTH))
            for i, step in enumerate(steps)
        ]
        set_ticks(self.plot, "bottom", ticks)
        self.plot.setXRange(-0.6, len(steps) - 0.4, padding=0)
        set_y_range(self.plot, min(s.bottom for s in steps), max(s.top for s in steps))

    def hover_text(self, point: QPointF) -> str | None:
        index = round(point.x())
        if not 0 <= index < len(self._steps):
            return None
        step = self._steps[index]
        language = self._state.language
        return f"{step.label}\n{money(step.amount, language)} ({step.amount:,.0f})"
