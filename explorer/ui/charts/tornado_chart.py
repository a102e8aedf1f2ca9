"""Tornado chart of NPV: one row per uncertain input, bars from the base NPV to the NPV at each end.

The chart draws an engine ``Tornado`` as given (bars already sorted by swing,
largest first) and computes nothing: the rows shown are the first
``MAX_BARS`` bars whose swing is not zero; the caller summarises the rest.
Items are created once; every update calls ``setOpts``/``setData``/``setTicks``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from explorer.domain.uncertainty import Tornado, TornadoBar
from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.charts.style import GRID_ALPHA
from explorer.ui.widgets.flow_layout import FlowLayout

MAX_BARS = 12
LOW_COLOUR = QColor("#4c78a8")  # the input at its low estimate
HIGH_COLOUR = QColor("#f58518")  # the input at its high estimate
BASE_COLOUR = QColor("#2b2f36")
_BAR_HEIGHT = 0.7
NEGLIGIBLE_SWING = 1.0  # yuan
_LABEL_CHARS = 28


@dataclass(frozen=True, slots=True)
class TornadoRow:
    """One drawn row: the engine's bar and the text shown for it."""

    bar: TornadoBar
    label: str  # short, for the axis
    full_label: str  # for the tooltip


def moves_npv(bar: TornadoBar) -> bool:
    """A swing under one yuan is rounding noise, not a sensitivity."""
    return bar.swing >= NEGLIGIBLE_SWING


def visible_bars(tornado: Tornado, limit: int = MAX_BARS) -> tuple[list[TornadoBar], list[TornadoBar]]:
    """(shown, rest): the first ``limit`` bars that move the NPV, and all the others."""
    moving = [bar for bar in tornado.bars if moves_npv(bar)]
    shown = moving[:limit]
    rest = [bar for bar in tornado.bars if bar not in shown]
    return shown, rest


class Swatch(QWidget):
    """A small legend key: a filled square, or a line in a pen style."""

    def __init__(
        self, colour: QColor, line: Qt.PenStyle | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self._line = line
        self.setFixedSize(18 if line is not None else 12, 12)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._line is None:
            painter.fillRect(self.rect().adjusted(0, 1, 0, -1), self._colour)
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self._colour, 2, self._line))
            y = self.height() / 2
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        painter.end()


class LegendRow(QWidget):
    """A chart legend outside the plot, so it never hides data. Texts are set with ``set_texts``."""

    def __init__(self, keys: Sequence[Swatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[QLabel] = []
        # Entries wrap onto a second line in a narrow pane (1,024 pixels, Chinese) rather than be cut.
        layout = FlowLayout(self, spacing=14)
        for key in keys:
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            key.setParent(entry)
            label = QLabel(entry)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(key)
            row.addWidget(label)
            layout.addWidget(entry)
            self.labels.append(label)

    def set_texts(self, texts: Sequence[str]) -> None:
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


def elide(text: str, limit: int = _LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class TornadoChart(QWidget):
    """Draws a Tornado. ``language`` gives the language of money texts; ``describe`` the tooltip text."""

    def __init__(
        self,
        language: Callable[[], str],
        describe: Callable[[TornadoRow, float], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tornadoChart")
        self._language = language
        self._describe = describe
        self._rows: list[TornadoRow] = []
        self._base = 0.0

        self._axis = MoneyAxis(language, orientation="bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self._axis})
        self.plot.setObjectName("tornadoPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=GRID_ALPHA)
        self.plot.getPlotItem().getViewBox().disableAutoRange()
        self.plot.getAxis("left").setStyle(tickLength=0)

        self.low_bars = pg.BarGraphItem(x0=[0], x1=[0], y=[0], height=_BAR_HEIGHT, brush=LOW_COLOUR, pen=None)
        self.high_bars = pg.BarGraphItem(
            x0=[0], x1=[0], y=[0], height=_BAR_HEIGHT, brush=HIGH_COLOUR, pen=None
        )
        self.base_line = pg.InfiniteLine(
            pos=0, angle=90, movable=False, pen=pg.mkPen(BASE_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.low_bars)
        self.plot.addItem(self.high_bars)
        self.plot.addItem(self.base_line)
        self.legend = LegendRow(
            [Swatch(LOW_COLOUR), Swatch(HIGH_COLOUR), Swatch(BASE_COLOUR, Qt.PenStyle.DashLine)], self
        )
        self.legend.setObjectName("tornadoLegend")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.legend.set_texts(
            [
                QCoreApplication.translate("TornadoChart", "Input low"),
                QCoreApplication.translate("TornadoChart", "Input high"),
                QCoreApplication.translate("TornadoChart", "Base NPV"),
            ]
        )
        self.plot.setLabel("bottom", QCoreApplication.translate("TornadoChart", "NPV"))
        self.plot.setAccessibleName(
            QCoreApplication.translate("TornadoChart", "Tornado chart of NPV by input")
        )
        self._axis.picture = None
        self._axis.update()

    def set_rows(self, base_npv: float, rows: Sequence[TornadoRow]) -> None:
        """Draw ``rows`` (largest swing first, at the top) around ``base_npv``."""
        self._rows = list(rows)
        self._base = float(base_npv)
        count = len(self._rows)
        y = np.arange(count - 1, -1, -1, dtype=float)  # first row at the top
        base = np.full(count, self._base)
        at_low = np.array([row.bar.npv_at_low for row in self._rows], dtype=float)
        at_high = np.array([row.bar.npv_at_high for row in self._rows], dtype=float)
        self.low_bars.setOpts(
            x0=np.minimum(base, at_low), x1=np.maximum(base, at_low), y=y, height=_BAR_HEIGHT, width=None
        )
        self.high_bars.setOpts(
            x0=np.minimum(base, at_high), x1=np.maximum(base, at_high), y=y, height=_BAR_HEIGHT, width=None
        )
        self.base_line.setValue(self._base)
        self.plot.getAxis("left").setTicks([[(float(y[i]), row.label) for i, row in enumerate(self._rows)]])
        values = np.concatenate(([self._base], at_low, at_high))
        left, right = float(values.min()), float(values.max())
        pad = (right - left) * 0.06 or max(abs(self._base) * 0.1, 1.0)
        self.plot.setXRange(left - pad, right + pad, padding=0)
        self.plot.setYRange(-0.6, max(count, 1) - 0.4, padding=0)

    def rows(self) -> list[TornadoRow]:
        return list(self._rows)

    def drawn(self) -> list[tuple[float, float, float, float, float]]:
        """What is on screen, per row top to bottom: (y, low x0, low x1, high x0, high x1). For tests."""
        low, high = self.low_bars.opts, self.high_bars.opts
        return [
            (
                float(low["y"][i]),
                float(low["x0"][i]),
                float(low["x1"][i]),
                float(high["x0"][i]),
                float(high["x1"][i]),
            )
            for i in range(len(self._rows))
        ]

    def tooltip_at_row(self, index: int) -> str:
        return self._describe(self._rows[index], self._base)

    # --- private ------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not self._rows or not view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view.mapSceneToView(scene_pos)
        row = round(len(self._rows) - 1 - point.y())
        if 0 <= row < len(self._rows) and abs((len(self._rows) - 1 - row) - point.y()) <= _BAR_HEIGHT / 2:
            global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, self.tooltip_at_row(row), self.plot)
        else:
            QToolTip.hideText()
