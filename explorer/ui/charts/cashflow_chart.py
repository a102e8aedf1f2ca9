"""Annual and cumulative cash flow of the relocation case, with the break-even point marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from explorer.domain.finance import PaybackStatus
from explorer.domain.formatting import format_months
from explorer.ui.charts.base import StateChart, set_ticks, set_y_range
from explorer.ui.charts.style import DESTINATION_COLOUR, ORIGIN_COLOUR
from explorer.ui.money import money
from explorer.ui.state import AppState

_WIDTH = 0.55


class CashFlowChart(StateChart):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, "cashFlowChart", parent)
        self.legend = self.plot.addLegend(offset=(10, 4), labelTextSize="9pt", colCount=2)
        self._title_size = ""  # the title's size in presenter mode; the style's otherwise
        self.annual = pg.BarGraphItem(x=[0], height=[0], width=_WIDTH, brush="#9fc9bb", pen=None)
        self.cumulative = pg.PlotDataItem(
            pen=pg.mkPen(DESTINATION_COLOUR, width=2.5),
            symbol="o",
            symbolSize=6,
            symbolBrush=DESTINATION_COLOUR,
        )
        self.zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#8a919c", width=1))
        self.break_even = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(ORIGIN_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.break_even_label = pg.TextItem(color=ORIGIN_COLOUR, anchor=(0, 1))
        for item in (self.annual, self.cumulative, self.zero, self.break_even, self.break_even_label):
            self.plot.addItem(item)
        view = self.plot.getPlotItem().getViewBox()
        view.sigResized.connect(self._keep_legend_clear)  # the legend stays put in pixels, the line does not
        view.sigRangeChanged.connect(self._keep_legend_clear)
        self.retranslate()

    def set_presenter(self, on: bool) -> None:
        """Larger type and thicker lines for a projector (presenter mode)."""
        font = QFont(self.font())
        font.setPixelSize(15 if on else 11)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
        self.cumulative.setPen(pg.mkPen(DESTINATION_COLOUR, width=4.5 if on else 2.5))
        self.cumulative.setSymbolSize(10 if on else 6)
        self.break_even_label.setFont(font)
        self._title_size = "15pt" if on else ""
        self.legend.setLabelTextSize("12pt" if on else "9pt")
        self.retranslate()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("Charts", "Cash flow of the move")
        if self._title_size:
            self.plot.setTitle(title, size=self._title_size)
        else:
            self.plot.setTitle(title)
        self.plot.setLabel("bottom", QCoreApplication.translate("Charts", "Year"))
        self.setAccessibleName(QCoreApplication.translate("Charts", "Annual and cumulative cash flow"))
        self.legend.clear()
        self.legend.addItem(self.annual, QCoreApplication.translate("Charts", "Cash flow in the year"))
        self.legend.addItem(self.cumulative, QCoreApplication.translate("Charts", "Cumulative"))
        self._keep_legend_clear()  # the legend's width follows its words

    def redraw(self) -> None:
        case = self._state.evaluation.primary
        years = np.arange(len(case.cash_flows), dtype=float)
        flows = np.asarray(case.cash_flows, dtype=float)
        brushes = ["#9fc9bb" if v >= 0 else "#e8b4ab" for v in flows]
        self.annual.setOpts(x=years, height=flows, width=_WIDTH, brushes=brushes)
        self.cumulative.setData(years, np.asarray(case.cumulative, dtype=float))
        payback = case.payback
        language = self._state.language
        if payback.status is PaybackStatus.WITHIN and payback.months is not None:
            at = payback.months / 12.0
            self.break_even.setPos(at)
            self.break_even.show()
            self.break_even_label.setText(
                QCoreApplication.translate("Charts", "break-even: {months}").format(
                    months=format_months(payback.months, language)
                )
            )
            self.break_even_label.setPos(at, 0)
            self.break_even_label.show()
        else:
            self.break_even.hide()
            self.break_even_label.hide()
        set_ticks(self.plot, "bottom", [(float(y), str(int(y))) for y in years])
        self.plot.setXRange(-0.6, len(years) - 0.4, padding=0)
        values = np.concatenate([flows, case.cumulative])
        set_y_range(self.plot, float(values.min()), float(values.max()), headroom=0.18)
        self._keep_legend_clear()

    def _keep_legend_clear(self, *_args: object) -> None:
        """End the break-even line below the legend when it would cross it (the legend sits top left)."""
        view = self.plot.getPlotItem().getViewBox()
        area = view.sceneBoundingRect()
        legend = self.legend.sceneBoundingRect()
        if area.height() <= 0 or not self.break_even.isVisible():
            return
        x = view.mapViewToScene(QPointF(float(self.break_even.value()), 0.0)).x()
        gap = 6.0  # pixels between the legend and the line's end, more than the line's pen reaches
        if legend.left() - gap <= x <= legend.right() + gap and legend.bottom() > area.top():
            top = min(1.0, max(0.0, (legend.bottom() + gap - area.top()) / area.height()))
            self.break_even.setSpan(0.0, 1.0 - top)
        else:
            self.break_even.setSpan(0.0, 1.0)

    def hover_text(self, point: QPointF) -> str | None:
        case = self._state.evaluation.primary
        year = round(point.x())
        if not 0 <= year < len(case.cash_flows):
            return None
        language = self._state.language
        flow, total = float(case.cash_flows[year]), float(case.cumulative[year])
        return QCoreApplication.translate(
            "Charts", "Year {year}\nCash flow: {flow} ({flow_exact})\nCumulative: {total} ({total_exact})"
        ).format(
            year=year,
            flow=money(flow, language),
            flow_exact=f"{flow:,.0f}",
            total=money(total, language),
            total_exact=f"{total:,.0f}",
        )
