"""What every Calculator chart shares: a money axis, hover tooltips, lazy redraws.

A chart redraws only while it is visible; a hidden chart marks itself stale and
catches up when shown, so a slider drag repaints just what the user sees.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QVBoxLayout, QWidget

from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.charts.style import GRID_ALPHA
from explorer.ui.charts.value_grid import ValueGrid
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tooltip

PALETTE = (
    "#1b8a6b", "#d9822b", "#3b6fb6", "#8e5bb5", "#c8553d", "#5a9e3a", "#b08d1a", "#4aa3b5",
    "#9b6b4f", "#6c7a89", "#d45d8a", "#2f4858",
)  # fmt: skip


class StateChart(QWidget):
    """Base for charts that draw from AppState's evaluation."""

    def __init__(self, state: AppState, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._state = state
        self._stale = True
        self.axis = MoneyAxis(lambda: self._state.language)
        self.plot = pg.PlotWidget(axisItems={"left": self.axis})
        self.plot.setObjectName(f"{object_name}Plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getPlotItem().getViewBox().disableAutoRange()
        self.value_grid = ValueGrid(self.axis, GRID_ALPHA)  # not showGrid: see value_grid.py
        self.value_grid.attach(self.plot)
        cache_axes(self.plot)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        state.evaluation_changed.connect(self.request_refresh)
        state.language_changed.connect(lambda _lang: self._language_changed())
        state.currency_changed.connect(lambda _currency: self._language_changed())

    # --- for subclasses -----------------------------------------------------
    def redraw(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Titles and axis labels in the UI language."""

    def hover_text(self, point: QPointF) -> str | None:
        """The tooltip at a point in data coordinates, or None."""
        return None

    # --- public -------------------------------------------------------------
    def request_refresh(self) -> None:
        if self.isVisible():
            self._stale = False
            self.redraw()
        else:
            self._stale = True

    def refresh_now(self) -> None:
        self._stale = False
        self.redraw()

    # --- private ------------------------------------------------------------
    def _language_changed(self) -> None:
        """Language or currency: titles, and the axis's money labels drawn afresh."""
        self.retranslate()
        self.axis.picture = None  # pyqtgraph redraws an axis's text only when this is cleared
        self.axis.update()
        self.request_refresh()

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        text = self.hover_text(view.mapSceneToView(scene_pos))
        if text:
            QToolTip.showText(QCursor.pos(), plain_tooltip(text), self)
        else:
            QToolTip.hideText()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()


def cache_axes(plot: pg.PlotWidget) -> None:
    """Keep each axis as a pixmap: its text is drawn again only when its range or ticks change.

    Replaying the axes' text costs ~2.5 ms an axis on every repaint otherwise.
    """
    for name in ("left", "bottom"):
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def set_ticks(plot: pg.PlotWidget, axis_name: str, ticks: list[tuple[float, str]]) -> None:
    """Set an axis's ticks only when they differ: new ticks make the axis draw its text again."""
    axis = plot.getAxis(axis_name)
    if getattr(axis, "_explorer_ticks", None) != ticks:
        axis.setTicks([ticks])
        axis._explorer_ticks = ticks


DRAG_GAP_S = 0.1  # asked again this soon: a drag (lone steps and clicks come further apart)
SETTLE_MS = 250  # a drag's range fits the data again once the values are still this long


def set_y_range(plot: pg.PlotWidget, low: float, high: float, headroom: float = 0.12) -> None:
    """A fixed y range with room above for labels and the legend.

    The range only moves when the data leaves it or shrinks to under 60 % of it:
    redrawing the axes costs several ms, so a slider drag mostly keeps them still.
    In a drag (asked again within DRAG_GAP_S) the range only grows, to cover what the drag
    has shown, and fits the data again once the values have been still for SETTLE_MS: a
    fast drag otherwise redraws the axis on most steps (the Cash flow page's p95).
    """
    low, high = min(low, 0.0), max(high, 0.0)
    span = (high - low) or 1.0
    want_low, want_high = low - span * 0.04, high + span * headroom
    (cur_low, cur_high) = plot.getPlotItem().getViewBox().viewRange()[1]
    inside = cur_low <= low and high <= cur_high - span * headroom * 0.5
    snug = (high - low) >= 0.6 * (cur_high - cur_low)
    now = time.monotonic()
    dragging = now - getattr(plot, "_y_asked_at", -1e9) < DRAG_GAP_S
    plot._y_asked_at = now  # type: ignore[attr-defined]
    if inside and snug:
        return
    if dragging:
        if not inside:
            plot.setYRange(min(want_low, cur_low), max(want_high, cur_high), padding=0)
        plot._y_latest = (low, high, headroom)  # type: ignore[attr-defined]
        settle = getattr(plot, "_y_settle", None)
        if settle is None:
            settle = plot._y_settle = QTimer(plot)  # type: ignore[attr-defined]
            settle.setSingleShot(True)
            settle.setInterval(SETTLE_MS)
            settle.timeout.connect(lambda: _settle_y(plot))
        settle.start()
        return
    plot.setYRange(want_low, want_high, padding=0)


def _settle_y(plot: pg.PlotWidget) -> None:
    """The values have been still: fit the range to the latest data, as a lone step would."""
    plot._y_asked_at = -1e9  # type: ignore[attr-defined]
    set_y_range(plot, *plot._y_latest)
