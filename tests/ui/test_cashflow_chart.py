"""The Calculator's cash-flow chart: the break-even line never crosses the legend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from explorer.personas import load_personas
from explorer.ui.charts.cashflow_chart import CashFlowChart
from explorer.ui.state import AppState

pytestmark = pytest.mark.gui

PERSONAS = {persona.id: persona for persona in load_personas()}


def _shown(chart: CashFlowChart, width: int, height: int) -> None:
    chart.resize(width, height)
    chart.show()
    chart.redraw()
    for _ in range(4):  # the legend anchors itself, then the line follows
        QApplication.processEvents()


def _under_legend(chart: CashFlowChart) -> bool:
    view = chart.plot.getPlotItem().getViewBox()
    x = view.mapViewToScene(QPointF(float(chart.break_even.value()), 0.0)).x()
    legend = chart.legend.sceneBoundingRect()
    return legend.left() <= x <= legend.right()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(520, 320), (900, 420)])
def test_the_break_even_line_ends_below_the_legend(qtbot, shipped_pack, language, size):
    # Beijing inference breaks even in its first year: the line falls where the legend is
    state = AppState(shipped_pack, language, PERSONAS["beijing_internet_inference"].scenario)
    chart = CashFlowChart(state)
    qtbot.addWidget(chart)
    _shown(chart, *size)
    assert chart.break_even.isVisible()
    assert _under_legend(chart)
    view = chart.plot.getPlotItem().getViewBox()
    line = chart.break_even.sceneBoundingRect()
    assert line.height() > 0.3 * view.sceneBoundingRect().height()  # still drawn down to the axis
    assert not chart.legend.sceneBoundingRect().intersects(line)


def test_a_line_clear_of_the_legend_is_drawn_full_height(qtbot, shipped_pack):
    state = AppState(shipped_pack, "en", PERSONAS["beijing_internet_inference"].scenario)
    chart = CashFlowChart(state)
    qtbot.addWidget(chart)
    _shown(chart, 900, 420)
    view = chart.plot.getPlotItem().getViewBox()
    right = view.viewRange()[0][1] - 0.5
    chart.break_even.setPos(right)
    chart._keep_legend_clear()
    QApplication.processEvents()
    assert not _under_legend(chart)
    assert chart.break_even.span == (0.0, 1.0)
