"""Slider to painted (issue 18): the first change is handed on at once, a burst becomes one more."""

from __future__ import annotations

import time

from explorer.ui.widgets.throttle import LeadingThrottle


def test_a_lone_change_is_handed_on_at_once(qtbot):
    throttle = LeadingThrottle(50)
    fired = []
    throttle.triggered.connect(lambda: fired.append(time.perf_counter()))
    throttle.throttle()
    assert len(fired) == 1  # synchronously: no timer on the leading edge
    qtbot.wait(80)
    throttle.throttle()
    assert len(fired) == 2  # the interval has passed: at once again


def test_a_burst_inside_the_interval_becomes_one_trailing_emission(qtbot):
    throttle = LeadingThrottle(40)
    fired = []
    throttle.triggered.connect(lambda: fired.append(time.perf_counter()))
    start = time.perf_counter()
    for _ in range(10):
        throttle.throttle()
    assert len(fired) == 1 and throttle.pending()
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=1000)
    assert not throttle.pending()
    # the interval runs from the start of the first emission, not from the last change
    assert fired[1] - start < 0.2
    qtbot.wait(80)
    assert len(fired) == 2


def test_the_interval_counts_the_work_of_the_emission(qtbot):
    """Work that takes longer than the interval does not delay the next change further."""
    throttle = LeadingThrottle(16)
    fired = []

    def slow():
        fired.append(True)
        time.sleep(0.02)

    throttle.triggered.connect(slow)
    throttle.throttle()
    throttle.throttle()  # 20 ms after the first started: past its interval
    assert len(fired) == 2


def test_flush_and_cancel(qtbot):
    throttle = LeadingThrottle(1000)
    fired = []
    throttle.triggered.connect(lambda: fired.append(True))
    throttle.throttle()
    throttle.throttle()
    throttle.flush()
    assert len(fired) == 2 and not throttle.pending()
    throttle.throttle()
    throttle.cancel()
    qtbot.wait(50)
    assert len(fired) == 2


def test_a_slider_step_reaches_the_state_without_waiting(qtbot):
    from explorer.app import create_session

    session = create_session([], language="en")
    window = session.window
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.calculator_tab)
    slider = window.calculator_tab.inputs.editor("sites.guian.rack_rent").slider
    evaluated = []
    session.state.evaluation_changed.connect(lambda: evaluated.append(True))
    qtbot.wait(50)
    slider.setValue(slider.value() + 40)
    assert evaluated  # handed on synchronously, not after a timer


def test_a_drag_on_the_risk_page_draws_the_tornado_once_when_it_stops(qtbot):
    from explorer.app import create_session

    session = create_session([], language="en")
    window = session.window
    qtbot.addWidget(window)
    window.show()
    tab = window.calculator_tab
    window.tabs.setCurrentWidget(tab)
    panel = tab.risk_panel
    tab.chart_tabs.setCurrentWidget(panel)
    qtbot.wait(300)
    redraws = []
    panel.tornado_updated.connect(lambda: redraws.append(session.state.scenario))
    slider = tab.inputs.editor("sites.guian.rack_rent").slider
    for _ in range(30):
        slider.setValue(slider.value() + 7)
        assert redraws == []  # a step never draws the tornado itself
        assert panel._tornado_timer.isActive()  # it waits for the inputs to settle
    qtbot.waitUntil(lambda: len(redraws) == 1, timeout=2000)
    assert redraws[-1] is session.state.scenario


def test_the_steps_of_a_120_hz_drag_never_wait(qtbot):
    """A 120 Hz pointer steps every 8.3 ms: each step is handed on at once (at a 16 ms throttle
    every other step waited for the rest of the interval)."""
    from explorer.ui.calculator.input_panel import THROTTLE_MS

    throttle = LeadingThrottle(THROTTLE_MS)
    fired = []
    throttle.triggered.connect(lambda: fired.append(True))
    for step in range(1, 6):
        throttle.throttle()
        assert len(fired) == step and not throttle.pending()
        time.sleep(1 / 120)
