"""The Calculator's first live chart: the slider drives the bars through AppState."""

import pytest
from PySide6.QtCore import Qt

from explorer.domain.energy import annual_energy_cost
from explorer.domain.parameters import SiteParam


def expected_costs(pack, it_load_kw):
    return {
        site.id: annual_energy_cost(
            it_load_kw, site.value(SiteParam.PUE), site.value(SiteParam.ELECTRICITY_PRICE)
        )
        for site in pack.sites.values()
    }


def test_moving_the_slider_redraws_bars_at_the_engine_values(session, qtbot):
    tab = session.window.calculator_tab
    slider = tab.it_load.slider
    slider.setValue(slider.maximum() // 2)  # as a drag does: valueChanged from the slider
    new_load = tab.it_load.value()
    assert new_load != pytest.approx(10_000.0)
    qtbot.waitUntil(lambda: session.state.it_load_kw == new_load, timeout=2000)

    bars = tab.chart.bar_heights()
    expected = expected_costs(session.state.pack, new_load)
    assert bars.keys() == expected.keys()
    for site_id, cost in expected.items():
        assert bars[site_id] == pytest.approx(cost, rel=1e-12)


def test_saving_label_follows_the_slider(session, qtbot):
    tab = session.window.calculator_tab
    tab.it_load.spin.setValue(20_000)
    qtbot.waitUntil(lambda: session.state.it_load_kw == 20_000, timeout=2000)
    costs = expected_costs(session.state.pack, 20_000)
    saving = costs[session.state.origin_id] - costs["guian"]
    assert session.state.energy_saving == pytest.approx(saving, rel=1e-12)
    assert tab.saving_value.toolTip() == f"{session.state.energy_saving:,.0f}"
    assert saving > 0


def test_a_burst_of_slider_moves_recomputes_far_less_often_and_ends_on_the_last(session, qtbot):
    tab = session.window.calculator_tab
    recomputes = []
    session.state.evaluation_changed.connect(lambda: recomputes.append(session.state.it_load_kw))
    for position in range(100, 200):
        tab.it_load.slider.setValue(position)
    last = tab.it_load.value()
    qtbot.waitUntil(lambda: session.state.it_load_kw == last, timeout=2000)
    qtbot.wait(50)
    assert 1 <= len(recomputes) < 10
    assert recomputes[-1] == last


def test_choosing_another_origin_highlights_it(session, qtbot):
    tab = session.window.calculator_tab
    index = tab.origin_combo.findData("beijing")
    tab.origin_combo.setCurrentIndex(index)
    assert session.state.origin_id == "beijing"
    brushes = tab.chart.bars.opts["brushes"]
    site_ids = [site.id for site in session.state.evaluation.sites]
    from explorer.ui.charts.style import DESTINATION_COLOUR, ORIGIN_COLOUR

    assert brushes[site_ids.index("beijing")] == ORIGIN_COLOUR
    assert brushes[site_ids.index("guian")] == DESTINATION_COLOUR


def test_keyboard_on_the_slider_changes_the_load(session, qtbot):
    tab = session.window.calculator_tab
    before = session.state.it_load_kw
    tab.it_load.slider.setFocus()
    qtbot.keyClick(tab.it_load.slider, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: session.state.it_load_kw > before, timeout=2000)
