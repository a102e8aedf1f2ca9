"""A chart's y range in a drag: it grows with the data but does not shrink until the values
are still, then fits the data as a lone change does (issue 18: the axis redrawn on most
steps of a fast drag)."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from explorer.ui.charts.base import DRAG_GAP_S, SETTLE_MS, set_y_range


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    return widget


def y_range(plot) -> tuple[float, float]:
    low, high = plot.getPlotItem().getViewBox().viewRange()[1]
    return low, high


def test_a_lone_change_fits_the_data(plot, qtbot):
    set_y_range(plot, 0.0, 300.0)
    assert y_range(plot)[1] == pytest.approx(300.0 * 1.12)
    qtbot.wait(int(DRAG_GAP_S * 1000) + 50)  # a lone step, later
    set_y_range(plot, 0.0, 10.0)
    assert y_range(plot)[1] == pytest.approx(10.0 * 1.12)


def test_in_a_drag_the_range_grows_then_fits_once_still(plot, qtbot):
    set_y_range(plot, 0.0, 100.0)
    set_y_range(plot, -20.0, 300.0)  # at once: a drag; the data leave the range, it grows
    low, high = y_range(plot)
    assert low <= -20.0 and high >= 300.0
    set_y_range(plot, 0.0, 10.0)  # still dragging: the data shrink, the range stays
    assert y_range(plot) == (low, high)
    qtbot.waitUntil(lambda: y_range(plot)[1] == pytest.approx(10.0 * 1.12), timeout=SETTLE_MS + 2000)
    assert y_range(plot)[0] == pytest.approx(-10.0 * 0.04)
