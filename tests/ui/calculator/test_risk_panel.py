"""RiskPanel: the tornado and the Monte Carlo histogram draw exactly what the engine computes."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

from explorer.domain.formatting import format_money, format_percent
from explorer.domain.uncertainty import monte_carlo, tornado
from explorer.ui.calculator import risk_panel as risk_panel_module
from explorer.ui.calculator.risk_panel import RiskPanel
from explorer.ui.charts.tornado_chart import moves_npv, visible_bars
from explorer.ui.state import AppState
from tests.domain.conftest import base_scenario, make_pack

pytestmark = pytest.mark.gui


@pytest.fixture
def state(qapp):
    """A small case with round numbers: 10 MW of AI training, Beijing -> Gui'an (tests/domain)."""
    return AppState(make_pack(), "en", base_scenario())


@pytest.fixture
def panel(qtbot, state):
    panel = RiskPanel(state)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    yield panel
    panel.runner.cancel_all()
    assert panel.runner.wait_for_done(10_000)


@pytest.fixture
def gate(monkeypatch):
    """Hold the engine's Monte Carlo in the worker until the test opens the gate."""
    opened = threading.Event()
    entered = threading.Event()
    real = risk_panel_module.monte_carlo

    def held(*args, **kwargs):
        entered.set()
        assert opened.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(risk_panel_module, "monte_carlo", held)
    yield opened, entered
    opened.set()


def show_and_settle(qtbot, panel):
    """Show the panel; at 10,000 samples its first simulation starts by itself."""
    with qtbot.waitSignal(panel.monte_carlo_shown, timeout=10_000):
        panel.show()
    qtbot.waitUntil(lambda: not panel.runner.busy(), timeout=10_000)


def assert_tornado_matches_engine(panel, state):
    expected = tornado(state.scenario, state.pack)
    shown, _rest = visible_bars(expected)
    rows = panel.tornado_chart.rows()
    assert [row.bar for row in rows] == shown
    assert panel.tornado_result() == expected
    drawn = panel.tornado_chart.drawn()
    base = expected.base_npv
    for (y, low0, low1, high0, high1), bar, y_expected in zip(
        drawn, shown, range(len(shown) - 1, -1, -1), strict=True
    ):
        assert y == y_expected  # largest swing on top
        assert (low0, low1) == (min(base, bar.npv_at_low), max(base, bar.npv_at_low))
        assert (high0, high1) == (min(base, bar.npv_at_high), max(base, bar.npv_at_high))
    assert panel.tornado_chart.base_line.value() == base
    return expected


# --- tornado -------------------------------------------------------------------


def test_tornado_bars_equal_the_engine_tornado(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    expected = assert_tornado_matches_engine(panel, state)
    assert len(panel.tornado_chart.rows()) == 12  # at most 12; the rest are summarised
    assert len(expected.bars) > 12
    moving = [bar for bar in expected.bars if moves_npv(bar)]
    still = len(expected.bars) - len(moving)
    largest_rest = format_money(moving[12].swing, "en")
    text = panel.tornado_rest.text()
    rest = len(moving) - 12
    assert f"Not shown: {rest} more inputs, each moving the NPV by {largest_rest} or less." in text
    assert ("do not move this NPV" in text) == (still > 0)
    labels = [row.label for row in panel.tornado_chart.rows()]
    assert labels[0] == "Accelerators"
    assert "Guian: Electricity price" in labels


def test_tornado_follows_a_value_change(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    before = panel.tornado_result()
    with qtbot.waitSignal(panel.tornado_updated, timeout=2000):
        assert state.set_value("sites.guian.electricity_price", 0.42)
    after = assert_tornado_matches_engine(panel, state)
    assert after.base_npv < before.base_npv


def test_a_burst_of_changes_redraws_the_tornado_once_when_it_ends_on_the_last(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    redraws = []
    panel.tornado_updated.connect(lambda: redraws.append(state.scenario))
    for step in range(40):
        state.set_value("workload.staff", 10.0 + step * 0.1)
    qtbot.waitUntil(lambda: bool(redraws) and redraws[-1] is state.scenario, timeout=2000)
    assert len(redraws) == 1
    assert_tornado_matches_engine(panel, state)


def test_a_hidden_panel_waits_and_catches_up_when_shown(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    panel.hide()
    redraws = []
    panel.tornado_updated.connect(lambda: redraws.append(True))
    state.set_value("sites.guian.pue", 1.25)
    qtbot.wait(150)  # longer than the throttle: nothing is computed for a hidden panel
    assert redraws == []
    with qtbot.waitSignal(panel.tornado_updated, timeout=2000):
        panel.show()
    assert_tornado_matches_engine(panel, state)


def test_tornado_tooltip_gives_the_exact_values(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    bar = panel.tornado_chart.rows()[0].bar
    text = panel.tornado_chart.tooltip_at_row(0)
    assert text.splitlines()[0] == "Accelerators"
    assert f"Low: 500 → NPV {format_money(bar.npv_at_low, 'en')} ({bar.npv_at_low:,.0f} yuan)" in text
    assert f"High: 2,000 → NPV {format_money(bar.npv_at_high, 'en')} ({bar.npv_at_high:,.0f} yuan)" in text
    paths = [row.bar.path for row in panel.tornado_chart.rows()]
    price = paths.index("sites.guian.electricity_price")
    assert "Low: 0.300 yuan/kWh" in panel.tornado_chart.tooltip_at_row(price)


def test_tornado_labels_follow_the_data_language(qtbot, panel, state, chinese):  # via Qt's translator
    show_and_settle(qtbot, panel)
    state.set_language("zh_CN")
    labels = [row.label for row in panel.tornado_chart.rows()]
    assert labels[0] == "加速卡数量"
    assert "guian·zh：电价" in labels
    assert "元" in panel.tornado_rest.text()


# --- Monte Carlo ---------------------------------------------------------------


def test_first_show_simulates_10000_samples_equal_to_the_engine(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    result = panel.monte_carlo_result()
    expected = monte_carlo(state.scenario, state.pack, samples=10_000, seed=0)
    assert (result.samples, result.seed) == (10_000, 0)
    assert (result.p10, result.p50, result.p90) == (expected.p10, expected.p50, expected.p90)
    assert result.probability_positive == expected.probability_positive
    np.testing.assert_array_equal(result.histogram_counts, expected.histogram_counts)


def test_run_with_a_seed_and_100000_samples_shows_the_engine_result(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    panel.set_samples(100_000)
    panel.seed_spin.setValue(42)
    with qtbot.waitSignal(panel.monte_carlo_shown, timeout=20_000):
        qtbot.mouseClick(panel.run_button, _left())
    expected = monte_carlo(state.scenario, state.pack, samples=100_000, seed=42)
    result = panel.monte_carlo_result()
    assert (result.samples, result.seed) == (100_000, 42)
    assert (result.p10, result.p50, result.p90, result.mean) == (
        expected.p10,
        expected.p50,
        expected.p90,
        expected.mean,
    )
    x, y = panel.histogram.bins.getData()
    np.testing.assert_array_equal(x, expected.histogram_edges)
    np.testing.assert_array_equal(y, expected.histogram_counts)
    lines = panel.histogram.percentile_lines
    drawn = [lines[name].value() for name in ("P10", "P50", "P90")]
    assert drawn == [expected.p10, expected.p50, expected.p90]
    values = panel.stat_values
    assert values["p10"].text() == format_money(expected.p10, "en")
    assert values["p50"].text() == format_money(expected.p50, "en")
    assert values["p90"].text() == format_money(expected.p90, "en")
    assert values["positive"].text() == format_percent(expected.probability_positive)
    assert "100,000 samples, seed 42" in panel.run_details.text()
    assert panel.monte_carlo_status == "done"
    assert not panel.cancel_button.isEnabled() and not panel.progress.isVisible()


def test_a_result_for_old_inputs_is_dropped_when_the_scenario_changes_mid_run(qtbot, panel, state, gate):
    opened, entered = gate
    panel.set_samples(100_000)  # no automatic run
    panel.show()
    shown = []
    panel.monte_carlo_shown.connect(lambda: shown.append(True))
    operation = panel.run_monte_carlo()
    assert entered.wait(10)
    assert panel.monte_carlo_status == "running" and panel.progress.isVisible()
    state.set_value("sites.guian.electricity_price", 0.40)  # the scenario changes while it runs
    assert operation.stale
    assert panel.monte_carlo_status == "stale"
    opened.set()
    qtbot.waitUntil(lambda: operation.finished, timeout=10_000)
    assert operation.outcome == "stale"
    assert shown == [] and panel.monte_carlo_result() is None
    assert not panel.cancel_button.isEnabled()


def test_at_10000_samples_a_change_re_runs_by_itself(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    with qtbot.waitSignal(panel.monte_carlo_shown, timeout=10_000):
        state.set_value("sites.beijing.electricity_price", 0.70)
        assert panel.monte_carlo_is_stale()
        assert panel.status_label.text() == "Inputs changed: updating…"
    expected = monte_carlo(state.scenario, state.pack, samples=10_000, seed=0)
    assert panel.monte_carlo_result().p50 == expected.p50
    assert not panel.monte_carlo_is_stale()


def test_after_the_first_run_a_change_waits_for_the_inputs_to_be_still(qtbot, panel, state):
    """The first show simulates at once; that must not make every later change do so (a slider
    drag started a simulation on every step, each redrawing the histogram)."""
    show_and_settle(qtbot, panel)
    finished = panel._operation
    state.set_value("sites.beijing.electricity_price", 0.70)
    timer = panel._auto_run_timer
    assert timer.isActive() and timer.interval() == risk_panel_module.AUTO_RUN_DELAY_MS
    assert panel._operation is finished  # nothing started yet
    with qtbot.waitSignal(panel.monte_carlo_shown, timeout=10_000):
        pass  # once the inputs have been still that long, it runs


def test_at_larger_sizes_a_change_dims_the_result_and_asks_to_run_again(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    panel.set_samples(100_000)
    with qtbot.waitSignal(panel.monte_carlo_shown, timeout=20_000):
        panel.run_monte_carlo()
    shown = []
    panel.monte_carlo_shown.connect(lambda: shown.append(True))
    state.set_value("sites.beijing.electricity_price", 0.70)
    assert panel.monte_carlo_is_stale()
    assert panel.status_label.text() == "Inputs changed: run again."
    assert all(label.text() == "—" for label in panel.stat_values.values())
    assert panel.histogram.plot.getPlotItem().getViewBox().opacity() < 1.0
    qtbot.wait(600)  # longer than the automatic re-run delay: nothing starts at 100,000
    assert shown == [] and not panel.runner.busy()


def test_cancel_stops_waiting_at_once_and_drops_the_result(qtbot, panel, state, gate):
    opened, entered = gate
    panel.set_samples(1_000_000)
    panel.show()
    operation = panel.run_monte_carlo()
    assert entered.wait(10)
    assert panel.cancel_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, _left())
    assert panel.monte_carlo_status == "cancelled"
    assert not panel.cancel_button.isEnabled() and not panel.progress.isVisible()
    assert panel.status_label.text() == "Cancelled."
    opened.set()
    qtbot.waitUntil(lambda: operation.finished, timeout=30_000)
    assert operation.outcome == "cancelled"
    assert panel.monte_carlo_result() is None


def test_an_engine_error_is_shown_not_raised(qtbot, panel, state, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("the engine refused")

    monkeypatch.setattr(risk_panel_module, "monte_carlo", broken)
    panel.set_samples(100_000)
    panel.show()
    operation = panel.run_monte_carlo()
    qtbot.waitUntil(lambda: operation.finished, timeout=5000)
    assert panel.monte_carlo_status == "failed"
    assert panel.status_label.text() == "The simulation failed: the engine refused"


def test_histogram_tooltip_counts_the_bin(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    result = panel.monte_carlo_result()
    index = int(np.argmax(result.histogram_counts))
    middle = (result.histogram_edges[index] + result.histogram_edges[index + 1]) / 2
    text = panel.histogram.tooltip_at(middle)
    assert f"{int(result.histogram_counts[index]):,} of 10,000 samples" in text
    assert panel.histogram.tooltip_at(result.histogram_edges[-1] + 1e9) is None


def test_money_texts_follow_the_language(qtbot, panel, state):
    show_and_settle(qtbot, panel)
    state.set_language("zh_CN")
    result = panel.monte_carlo_result()
    assert panel.stat_values["p50"].text() == format_money(result.p50, "zh_CN")
    assert panel.stat_values["p50"].text().endswith("元")


# --- names and the real app ------------------------------------------------------

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox)


def test_every_interactive_widget_has_object_and_accessible_names(qtbot, panel):
    panel.show()
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in panel.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not w.objectName().startswith("qt_")
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []
    assert panel.progress.objectName() and panel.progress.accessibleName()


def test_with_the_shipped_data_pack(qtbot, session):
    panel = RiskPanel(session.state)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    show_and_settle(qtbot, panel)
    assert_tornado_matches_engine(panel, session.state)
    expected = monte_carlo(session.state.scenario, session.state.pack, samples=10_000, seed=0)
    assert panel.monte_carlo_result().p50 == expected.p50
    panel.runner.wait_for_done(10_000)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
