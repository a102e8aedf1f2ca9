"""The Compare view on the real application state: what it shows is the engine's numbers."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from explorer.domain.formatting import format_money
from explorer.ui.compare.compare_view import (
    DELTA_TEXT_ROLE,
    DIFFERS_BACKGROUND,
    DIFFERS_ROLE,
    DIRECTION_ROLE,
    CompareView,
)
from explorer.ui.compare.comparison import Direction

PRICE = "sites.guian.electricity_price"
RENT = "sites.guian.rack_rent"
METRIC_ROWS = {"npv": 0, "irr": 1, "payback": 2, "annual_saving": 3}


@pytest.fixture
def state(session):
    return session.state


@pytest.fixture
def view(state, qtbot):
    widget = CompareView(state)
    qtbot.addWidget(widget)
    widget.resize(1366, 680)
    widget.show()
    return widget


def _duplicate(state, name="", **values):
    scenario_id = state.duplicate_scenario(state.current_id, name)
    for path, value in values.items():
        assert state.set_value(path.replace("__", "."), value)
    return scenario_id


def _input_rows(view):
    table = view.inputs
    return {table.item(r, 0).toolTip().split("\n")[-1]: r for r in range(table.rowCount())}


def test_a_duplicate_with_one_other_price_shows_that_input_and_the_npv_delta(state, view, qtbot):
    base_id = state.current_id
    other_id = _duplicate(state, **{PRICE.replace(".", "__"): 0.40})
    qtbot.waitUntil(lambda: view.chosen_ids() == [base_id, other_id] and not view._dirty, timeout=2000)

    # inputs: exactly the one that differs, its cell highlighted
    assert view.inputs.rowCount() == 1
    assert view.inputs.item(0, 0).toolTip().endswith(PRICE)
    base_cell, other_cell = view.inputs.item(0, 2), view.inputs.item(0, 3)
    assert other_cell.text() == "0.4"
    assert other_cell.data(DIFFERS_ROLE) is True
    assert other_cell.background().color() == DIFFERS_BACKGROUND
    assert base_cell.data(DIFFERS_ROLE) is False
    assert view.inputs.item(0, 1).text() == "yuan/kWh"

    # outputs: the NPV delta is the engine's difference
    base, other = state.evaluation_for(base_id), state.evaluation_for(other_id)
    npv = view.comparison().metric("npv").cells[1]
    assert npv.delta == other.primary.npv - base.primary.npv
    cell = view.outputs.item(METRIC_ROWS["npv"], 1)
    assert cell.text() == format_money(other.primary.npv, "en")
    assert f"{other.primary.npv - base.primary.npv:+,.2f}" in cell.toolTip()
    assert f"{base.primary.npv:,.2f}" in cell.toolTip()


def test_cheaper_racks_show_a_green_npv_delta_in_money_text(state, view, qtbot):
    base_id = state.current_id
    other_id = _duplicate(state, "Cheaper racks", **{RENT.replace(".", "__"): 2_000.0})
    view.refresh()
    base, other = state.evaluation_for(base_id), state.evaluation_for(other_id)
    delta = other.primary.npv - base.primary.npv
    assert delta > 0
    cell = view.outputs.item(METRIC_ROWS["npv"], 1)
    assert cell.data(DELTA_TEXT_ROLE) == format_money(delta, "en").replace("CNY ", "CNY +")
    assert cell.data(DIRECTION_ROLE) == Direction.BETTER.value
    saving = view.outputs.item(METRIC_ROWS["annual_saving"], 1)
    assert saving.data(DIRECTION_ROLE) == Direction.BETTER.value
    assert view.outputs.item(METRIC_ROWS["npv"], 0).data(DELTA_TEXT_ROLE) == ""  # the base has no delta


def test_a_longer_payback_is_red_because_lower_is_better(state, view, qtbot):
    assert state.set_value("one_off.hardware_move_per_rack", 30_000.0)
    base_id = state.current_id
    other_id = _duplicate(state, **{"one_off__early_exit": 80_000_000.0})
    view.refresh()
    base, other = state.evaluation_for(base_id), state.evaluation_for(other_id)
    assert other.primary.payback.months > base.primary.payback.months
    cell = view.outputs.item(METRIC_ROWS["payback"], 1)
    assert cell.data(DIRECTION_ROLE) == Direction.WORSE.value
    assert cell.data(DELTA_TEXT_ROLE).startswith("+")
    assert cell.data(DELTA_TEXT_ROLE).endswith("months")


def test_the_chart_draws_each_evaluations_cumulative_cash_flow(state, view, qtbot):
    base_id = state.current_id
    cheaper = _duplicate(state, "Cheaper", **{RENT.replace(".", "__"): 2_000.0})
    dearer = _duplicate(state, "Dearer", **{PRICE.replace(".", "__"): 0.55})
    view.refresh()
    assert view.chosen_ids() == [base_id, cheaper, dearer]
    for scenario_id in view.chosen_ids():
        evaluation = state.evaluation_for(scenario_id)
        x, y = view.chart.line_data(scenario_id)
        assert np.array_equal(x, evaluation.years)
        assert np.array_equal(y, evaluation.primary.cumulative)
    base_name = state.named(base_id).name
    assert view.chart.legend_texts() == [base_name, "Cheaper", "Dearer"]
    text = view.chart.hover_text(3)
    assert text.startswith("Year 3")
    assert f"Cheaper: {state.evaluation_for(cheaper).primary.cumulative[3]:,.2f} yuan" in text
    assert f"★ {base_name}: {state.evaluation_for(base_id).primary.cumulative[3]:,.2f} yuan" in text


def test_editing_the_current_scenario_updates_the_lines_in_place(state, view, qtbot):
    other_id = _duplicate(state)
    view.refresh()
    curve = view.chart.curves[other_id]
    assert state.set_value(RENT, 1_500.0)
    qtbot.waitUntil(lambda: not view._dirty, timeout=2000)
    assert view.chart.curves[other_id] is curve  # the same item, new data
    _, y = view.chart.line_data(other_id)
    assert np.array_equal(y, state.evaluation_for(other_id).primary.cumulative)


def test_the_base_is_always_compared_and_at_most_four_in_all(state, view, qtbot):
    base_id = state.current_id
    made = [_duplicate(state, f"Variant {n}") for n in range(4)]
    view.refresh()
    assert view.chosen_ids() == [base_id, *made[:3]]  # new ones join while there is room
    base_item = view.picker.item(0)
    assert base_item.text().startswith("★")
    assert not base_item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    last = view.picker.item(4)
    assert last.checkState() == Qt.CheckState.Unchecked
    assert not last.flags() & Qt.ItemFlag.ItemIsUserCheckable  # four are compared already

    view.picker.item(1).setCheckState(Qt.CheckState.Unchecked)  # as a click does
    assert view.chosen_ids() == [base_id, made[1], made[2]]
    view.picker.item(4).setCheckState(Qt.CheckState.Checked)
    assert view.chosen_ids() == [base_id, *made[1:]]
    assert view.outputs.columnCount() == 4


def test_a_new_base_moves_to_the_first_column(state, view, qtbot):
    first = state.current_id
    second = _duplicate(state, "Second", **{RENT.replace(".", "__"): 2_000.0})
    view.refresh()
    state.set_base(second)
    view.refresh()
    assert view.chosen_ids() == [second, first]
    assert view.outputs.horizontalHeaderItem(0).text() == "★ Second"
    npv = view.comparison().metric("npv").cells[1]
    assert npv.delta == state.evaluation_for(first).primary.npv - state.evaluation_for(second).primary.npv


def test_deleting_a_compared_scenario_drops_its_column(state, view, qtbot):
    other = _duplicate(state)
    view.refresh()
    state.delete_scenario(other)
    view.refresh()
    assert view.chosen_ids() == [state.base_id]
    assert view.outputs.columnCount() == 1
    assert list(view.chart.curves) == [state.base_id]
    assert "one scenario" in view.pick_hint.text()


def test_names_show_as_typed_never_as_markup(state, view, qtbot):
    name = "<b>x</b> & co"
    other = _duplicate(state, name, **{PRICE.replace(".", "__"): 0.40})
    view.refresh()
    assert view.outputs.horizontalHeaderItem(1).text() == name
    assert view.picker.item(1).text() == name
    assert view.chart.legend_texts()[1] == name
    label = view.chart.legend.getLabel(view.chart.curves[other])
    assert label.text == "&lt;b&gt;x&lt;/b&gt; &amp; co"  # the legend renders HTML: escaped
    tip = view.outputs.item(METRIC_ROWS["npv"], 1).toolTip()
    assert "<b>" not in tip and "&lt;b&gt;x&lt;/b&gt;" in tip


def test_copy_puts_the_table_on_the_clipboard(state, view, qtbot):
    _duplicate(state, "Copy me", **{PRICE.replace(".", "__"): 0.40})
    view.refresh()
    view.copy_table(view.outputs)
    text = QGuiApplication.clipboard().text()
    lines = text.split("\n")
    assert lines[0].split("\t") == ["", f"★ {state.named(state.base_id).name}", "Copy me"]
    assert lines[1].startswith("Net present value\t")


def test_interactive_widgets_are_named_for_tests_and_screen_readers(state, view):
    _duplicate(state)
    view.refresh()
    interactive = (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QAbstractItemView,
    )
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in [view, *view.findChildren(QWidget)]
        if isinstance(w, interactive)
        and not w.objectName().startswith("qt_")
        and not (w.parentWidget() and w.parentWidget().objectName().startswith("qt_"))
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []


def test_language_switch_redraws_in_chinese(session, state, view, qtbot):
    _duplicate(state, "方案乙", **{PRICE.replace(".", "__"): 0.40})
    view.refresh()
    session.window.set_language("zh_CN")
    qtbot.waitUntil(lambda: view.outputs_title.text() != "Results against the base", timeout=2000)
    view.refresh()
    assert view.outputs.verticalHeaderItem(METRIC_ROWS["npv"]).text() == "净现值"
    assert view.chart_title.text() == "累计现金流"
    npv = state.evaluation_for(state.base_id).primary.npv
    assert view.outputs.item(METRIC_ROWS["npv"], 0).text() == format_money(npv, "zh_CN")
    assert view.inputs.item(0, 0).text().endswith("电价")
    session.window.set_language("en")  # at once: the state tells every widget holding it
    assert view.outputs_title.text() == "Results against the base"


def test_a_scenario_the_data_pack_refuses_is_left_out_and_named(state, view, monkeypatch):
    from explorer.domain.errors import InvalidInput

    other = _duplicate(state, "Old pack case")
    real = state.evaluation_for

    def evaluation_for(scenario_id):
        if scenario_id == other:
            raise InvalidInput("sites.somewhere", "is not in the data pack")
        return real(scenario_id)

    monkeypatch.setattr(state, "evaluation_for", evaluation_for)
    view.refresh()
    assert view.comparison().ids == (state.base_id,)
    assert "Old pack case" in view.pick_hint.text()
    assert list(view.chart.curves) == [state.base_id]
