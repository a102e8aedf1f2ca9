"""The charts' horizontal grid (issue 18): drawn as opaque lines inside the plot, at the money
axis's ticks, in the colour pyqtgraph's translucent grid gave over the white plot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from explorer.personas import load_personas
from explorer.ui.charts.base import set_y_range
from explorer.ui.charts.cost_stack_chart import CostStackChart
from explorer.ui.charts.style import GRID_ALPHA, configure_pyqtgraph
from explorer.ui.charts.value_grid import over
from explorer.ui.state import AppState

pytestmark = pytest.mark.gui

PERSONAS = {persona.id: persona for persona in load_personas()}


def test_a_translucent_colour_over_a_background():
    assert over(QColor(0, 0, 0), 0.25, QColor("white")).getRgb() == (191, 191, 191, 255)
    assert over(QColor(10, 20, 30), 1.0, QColor("white")).getRgb() == (10, 20, 30, 255)
    assert over(QColor(10, 20, 30), 0.0, QColor(1, 2, 3)).getRgb() == (1, 2, 3, 255)


@pytest.fixture
def chart(qtbot, shipped_pack):
    configure_pyqtgraph()  # as the app does before any plot: white plots
    state = AppState(shipped_pack, "en", PERSONAS["beijing_internet_inference"].scenario)
    chart = CostStackChart(state)
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.show()
    chart.redraw()
    for _ in range(4):
        QApplication.processEvents()
    return chart


def test_the_grid_is_drawn_by_the_plot_not_by_the_axis(chart):
    assert chart.axis.grid is False  # the axis's own grid would make its pixmap plot-sized
    assert chart.axis.boundingRect().width() < 200


def test_a_line_at_each_major_tick_in_the_translucent_grids_colour(chart):
    view = chart.plot.getPlotItem().getViewBox()
    low, high = view.viewRange()[1]
    (_spacing, majors), *_minors = chart.axis.tickValues(low, high, view.height())
    image = chart.plot.grab().toImage()
    fade = min(max(0.05 * view.height() / (len(majors) + 1), 0.0), 1.0)
    expected = over(chart.axis.pen().color(), GRID_ALPHA * fade, QColor("white"))
    right_edge = view.mapViewToScene(QPointF(view.viewRange()[0][1], 0.0)).x() - 3  # right of every bar
    rows = []
    for value in majors:
        if low < value < high:
            y = chart.plot.mapFromScene(view.mapViewToScene(QPointF(0.0, value))).y()
            x = chart.plot.mapFromScene(QPointF(right_edge, 0.0)).x()
            rows.append(max((image.pixelColor(x, y + dy) for dy in (-1, 0, 1)), key=lambda c: -c.lightness()))
    assert len(rows) >= 3
    assert all(c.getRgb() == expected.getRgb() for c in rows), [c.name() for c in rows]


def test_the_lines_follow_the_range(chart, qtbot):
    set_y_range(chart.plot, 0.0, 1e9)
    qtbot.wait(150)  # not a drag
    set_y_range(chart.plot, 0.0, 5e6)
    values = [v for _pen, line_values in chart.value_grid._lines for v in line_values]
    assert values and max(values) <= 5e6 * 1.2
