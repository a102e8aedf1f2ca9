"""Each policy's validity window as a bar on a date axis, today marked; a click on a bar picks the policy.

Rows follow the policy table (same filter, same order, top to bottom). The items are
built once; a new set of rows only calls ``setOpts``/``setData``.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QVBoxLayout, QWidget

from explorer.ui.charts.style import GRID_ALPHA
from explorer.ui.policies.catalogue import IN_FORCE_STATES, InForce, TimelineRows, date_seconds
from explorer.ui.widgets.plain_text import plain_tooltip

BAR_HEIGHT = 0.62
VISIBLE_ROWS = 14  # rows in view at once; the rest is a drag or a wheel away
YEAR = 365.25 * 86400.0
TICKED_ROWS = 80  # beyond this, policy ids on the axis would overlap: the axis counts rows instead

STATE_COLOURS = {
    InForce.ACTIVE: QColor("#1b8a6b"),
    InForce.NOT_YET: QColor("#3b6fb6"),
    InForce.EXPIRED: QColor("#b9c0c9"),
}
ISSUE_DATE_ALPHA = 110  # a window that starts at the issue date (no effective date) is paler
SELECTED_PEN = pg.mkPen(QColor("#d9822b"), width=2.5)
TODAY_PEN = pg.mkPen(QColor("#c8553d"), width=1.5, style=Qt.PenStyle.DashLine)


class PolicyTimeline(QWidget):
    policy_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyTimeline")
        self._rows = TimelineRows((), np.zeros(0), np.zeros(0), np.zeros(0, bool), np.zeros(0, np.int8))
        self._titles: dict[str, str] = {}
        self._selected: str | None = None
        self._drawn_start = np.zeros(0)
        self._drawn_end = np.zeros(0)
        self._open_end_x = 0.0

        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setObjectName("policyTimelinePlot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=GRID_ALPHA)
        self.plot.setMouseEnabled(x=True, y=True)
        self.view = self.plot.getPlotItem().getViewBox()
        self.view.invertY(True)
        self.view.disableAutoRange()
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.getAxis("left").setWidth(44)

        # One bar item per colour (state, paler when the window starts at the issue date): a
        # single-colour item draws its bars in one call; one item with a brush per bar replays
        # them one by one (1.2 s for 10,000 policies on the GUI thread).
        self.bar_layers: dict[tuple[int, bool], pg.BarGraphItem] = {}
        for code, state in enumerate(IN_FORCE_STATES):
            solid = QColor(STATE_COLOURS[state])
            pale = QColor(solid)
            pale.setAlpha(ISSUE_DATE_ALPHA)
            for is_pale, colour in ((False, solid), (True, pale)):
                layer = pg.BarGraphItem(
                    x0=[0.0], x1=[0.0], y=[0.0], height=BAR_HEIGHT, pen=None, brush=colour
                )
                layer.setVisible(False)
                self.bar_layers[(code, is_pale)] = layer
        self.selected_bar = pg.BarGraphItem(
            x0=[0.0], x1=[0.0], y=[0.0], height=BAR_HEIGHT + 0.2, pen=SELECTED_PEN, brush=None
        )
        self.selected_bar.setVisible(False)
        self.open_ends = pg.ScatterPlotItem(symbol="t2", size=9, pen=None, brush=QColor("#4a5260"))
        self.today = pg.InfiniteLine(angle=90, movable=False, pen=TODAY_PEN)
        self.today_label = pg.InfLineLabel(
            self.today, "", position=0.97, anchors=[(0, 1), (0, 1)], fill=pg.mkBrush(255, 255, 255, 210)
        )
        self.today_label.setColor(QColor("#c8553d"))
        for item in (*self.bar_layers.values(), self.open_ends, self.selected_bar, self.today):
            self.plot.addItem(item)

        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.retranslate()

    # --- public API -------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(
            QCoreApplication.translate("PolicyTimeline", "Validity of each policy over time")
        )
        self.plot.setAccessibleName(
            QCoreApplication.translate("PolicyTimeline", "Timeline of policy validity; click a bar to select")
        )
        self.today_label.setFormat(QCoreApplication.translate("PolicyTimeline", "Today"))

    def set_rows(self, rows: TimelineRows, titles: dict[str, str], today: dt.date) -> None:
        """Draw these windows, row i at y = i; ``titles`` (data text) for hovering."""
        self._rows, self._titles = rows, titles
        now = date_seconds(today)
        self.today.setValue(now)
        count = len(rows.ids)
        starts, ends = rows.start, rows.end
        known = np.concatenate([starts[np.isfinite(starts)], ends[np.isfinite(ends)], [now]])
        left = float(known.min()) - 0.6 * YEAR
        right = max(float(known.max()), now + 3 * YEAR) + 0.8 * YEAR
        self._open_end_x = right - 0.4 * YEAR
        open_ended = np.isfinite(starts) & ~np.isfinite(ends)
        drawn_end = np.where(open_ended, self._open_end_x, ends)
        self._drawn_start, self._drawn_end = starts, drawn_end
        has_bar = np.isfinite(starts) & np.isfinite(drawn_end)
        ys = np.arange(count, dtype=float)
        for (code, is_pale), layer in self.bar_layers.items():
            mine = has_bar & (rows.in_force == code) & (rows.start_is_issue_date == is_pale)
            if mine.any():
                layer.setOpts(x0=starts[mine], x1=drawn_end[mine], y=ys[mine], height=BAR_HEIGHT)
                layer.setVisible(True)
            else:
                layer.setVisible(False)
        self.open_ends.setData(x=drawn_end[open_ended], y=ys[open_ended])
        self._set_ticks(rows.ids)
        self.view.setXRange(left, right, padding=0)
        self._show_selected(keep_view=False)

    def select(self, policy_id: str | None) -> None:
        self._selected = policy_id
        self._show_selected(keep_view=True)

    def row_ids(self) -> tuple[str, ...]:
        return self._rows.ids

    def bar_centre(self, policy_id: str) -> QPointF | None:
        """Where the policy's bar is, in data coordinates (for tests and keyboard hints)."""
        if policy_id not in self._rows.ids:
            return None
        row = self._rows.ids.index(policy_id)
        start, end = self._drawn_start[row], self._drawn_end[row]
        if not (np.isfinite(start) and np.isfinite(end)):
            return None
        return QPointF((start + end) / 2.0, float(row))

    # --- slots ----------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        policy_id = self._policy_at(self.view.mapSceneToView(event.scenePos()))
        if policy_id is not None:
            event.accept()
            self.policy_clicked.emit(policy_id)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.view.sceneBoundingRect().contains(scene_pos):
            return
        policy_id = self._policy_at(self.view.mapSceneToView(scene_pos))
        if policy_id is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self._hover_text(policy_id), self)

    # --- private ------------------------------------------------------------------
    def _policy_at(self, point: QPointF) -> str | None:
        row = round(point.y())
        if not 0 <= row < len(self._rows.ids) or abs(point.y() - row) > BAR_HEIGHT / 2:
            return None
        start, end = self._drawn_start[row], self._drawn_end[row]
        if not (np.isfinite(start) and np.isfinite(end) and start <= point.x() <= end):
            return None
        return self._rows.ids[row]

    def _hover_text(self, policy_id: str) -> str:
        row = self._rows.ids.index(policy_id)
        start, end = self._rows.start[row], self._rows.end[row]
        start_text = _day_text(start) if np.isfinite(start) else "?"
        end_text = (
            _day_text(end - 86400.0)
            if np.isfinite(end)
            else QCoreApplication.translate("PolicyTimeline", "open-ended")
        )
        if self._rows.start_is_issue_date[row]:
            start_text = QCoreApplication.translate("PolicyTimeline", "issued {date}").format(date=start_text)
        return plain_tooltip(f"{policy_id} · {self._titles.get(policy_id, '')}\n{start_text} – {end_text}")

    def _set_ticks(self, ids: tuple[str, ...]) -> None:
        axis = self.plot.getAxis("left")
        if len(ids) <= TICKED_ROWS:
            axis.setTicks([[(float(i), policy_id) for i, policy_id in enumerate(ids)]])
        else:
            axis.setTicks(None)

    def _show_selected(self, keep_view: bool) -> None:
        ids = self._rows.ids
        count = len(ids)
        row = ids.index(self._selected) if self._selected in ids else None
        centre = self.bar_centre(self._selected) if row is not None and self._selected else None
        if centre is not None and row is not None:
            self.selected_bar.setOpts(
                x0=[self._drawn_start[row]],
                x1=[self._drawn_end[row]],
                y=[float(row)],
                height=BAR_HEIGHT + 0.2,
            )
            self.selected_bar.setVisible(True)
        else:
            self.selected_bar.setVisible(False)
        top, bottom = self.view.viewRange()[1]
        shown = min(count, VISIBLE_ROWS)
        if keep_view and row is not None and top + 0.5 <= row <= bottom - 0.5:
            return  # already in view: do not jump
        first = 0 if row is None else min(max(row - shown // 2, 0), max(count - shown, 0))
        self.view.setYRange(first - 0.6, first + max(shown, 1) - 0.4, padding=0)


def _day_text(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date().isoformat()
