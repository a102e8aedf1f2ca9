"""GoalSeekDialog: shows the engine's answer, applies it through AppState, says when there is none."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QWidget

from explorer.domain.formatting import format_money
from explorer.domain.goal_presets import solve_preset
from explorer.domain.uncertainty import goal_seek
from explorer.ui.calculator import goal_seek_dialog as dialog_module
from explorer.ui.calculator.goal_seek_dialog import GoalSeekDialog
from explorer.ui.state import AppState
from tests.domain.conftest import base_scenario, make_pack

pytestmark = pytest.mark.gui


@pytest.fixture
def state(qapp):
    """10 MW of AI training, Beijing -> Gui'an, NPV about CNY 513.7 M (tests/domain)."""
    return AppState(make_pack(), "en", base_scenario())


@pytest.fixture
def dialog(qtbot, state):
    dialog = GoalSeekDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_every_input_that_moves_the_npv_in_groups(dialog, state):
    combo = dialog.input_combo
    paths = [combo.itemData(i) for i in range(combo.count()) if isinstance(combo.itemData(i), str)]
    assert paths == [item.path for item in state.evaluation.inputs if item.affects_npv]
    headers = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is None]
    assert "Site: Guian" in headers and "One-off relocation costs" in headers
    header_rows = [i for i in range(combo.count()) if combo.itemData(i) is None]
    assert all(not combo.model().item(i).isEnabled() for i in header_rows)
    assert dialog.current_path() == "sites.guian.electricity_price"  # the first question asked


def test_break_even_price_is_the_engine_answer_and_apply_sets_it(qtbot, dialog, state):
    dialog.set_input("sites.guian.electricity_price")
    qtbot.mouseClick(dialog.solve_button, Qt.MouseButton.LeftButton)
    expected = goal_seek(state.scenario, state.pack, "sites.guian.electricity_price")
    result = dialog.answer()
    assert result == expected and result.solved
    assert dialog.answer_value.text() == f"{expected.value:,.5f} yuan/kWh"
    assert "Current value: 0.350 yuan/kWh" in dialog.answer_details.text()
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(state.evaluation_changed, timeout=2000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.answer() == expected
    assert dialog.isVisible() is False and QDialog.result(dialog) == QDialog.DialogCode.Accepted
    info = next(i for i in state.evaluation.inputs if i.path == "sites.guian.electricity_price")
    assert info.value == expected.value
    assert state.evaluation.primary.npv == pytest.approx(0.0, abs=1.0)  # within a yuan of the target


def test_a_target_npv_other_than_zero(qtbot, dialog, state):
    dialog.set_input("one_off.other")
    dialog.target_spin.setValue(100_000_000)
    result = dialog.solve()
    assert result == goal_seek(state.scenario, state.pack, "one_off.other", target_npv=100_000_000)
    assert "for an NPV of CNY 100.0 M" in dialog.answer_title.text()
    assert dialog.apply()
    assert state.evaluation.primary.npv == pytest.approx(100_000_000, abs=1.0)


def test_largest_migration_cost_preset_equals_the_npv_it_uses_up(dialog, state):
    npv = state.evaluation.primary.npv
    result = dialog.use_preset("migration")
    assert dialog.current_path() == "one_off.other"
    assert result.solved and result.value == pytest.approx(npv, rel=1e-9)
    assert dialog.answer_value.text().startswith(format_money(result.value, "en"))


def test_incentive_needed_preset_explains_a_negative_answer(dialog, state):
    result = dialog.use_preset("incentive")
    assert dialog.current_path() == "extra_incentive_per_year"
    assert result == solve_preset(state.scenario, state.pack, "incentive").result
    # the same answer as over the whole allowed range, found in a range scaled to the case
    whole = goal_seek(state.scenario, state.pack, "extra_incentive_per_year")
    assert result.value == pytest.approx(whole.value, rel=1e-9)
    assert result.high < 1e10 and result.low == -result.high
    assert result.value < 0  # this case pays without any extra incentive
    assert "Negative: the case reaches the target without any additional incentive" in (
        dialog.answer_details.text()
    )
    assert dialog.apply()
    assert state.evaluation.primary.npv == pytest.approx(0.0, abs=1.0)


def test_break_even_price_preset(dialog, state):
    result = dialog.use_preset("price")
    assert dialog.current_path() == "sites.guian.electricity_price"  # no policy sets the price here
    assert result == solve_preset(state.scenario, state.pack, "price").result
    whole = goal_seek(state.scenario, state.pack, "sites.guian.electricity_price")
    assert result.value == pytest.approx(whole.value, rel=1e-9)
    assert "Gui" in dialog.preset_buttons["price"].text() or "guian" in dialog.preset_buttons["price"].text()


def test_no_solution_in_range_shows_the_npv_at_both_ends(qtbot, dialog, state):
    dialog.set_input("sites.guian.electricity_price")
    dialog.range_check.setChecked(True)
    dialog.range_low.setValue(0.30)
    dialog.range_high.setValue(0.40)  # the case pays at every price in here
    result = dialog.solve()
    expected = goal_seek(state.scenario, state.pack, "sites.guian.electricity_price", low=0.30, high=0.40)
    assert result == expected and not result.solved
    assert dialog.answer_title.text() == "No solution in range"
    details = dialog.answer_details.text()
    assert f"NPV at 0.300 yuan/kWh: {format_money(expected.npv_at_low, 'en')}" in details
    assert f"({expected.npv_at_low:,.0f} yuan)" in details
    assert f"NPV at 0.400 yuan/kWh: {format_money(expected.npv_at_high, 'en')}" in details
    assert not dialog.apply_button.isEnabled()
    assert not dialog.apply()


def test_an_input_the_case_does_not_depend_on_here_has_no_solution(dialog, state):
    dialog.set_input("one_off.cost_per_tb")  # no data volume entered: the price per TB changes nothing
    result = dialog.solve()
    assert not result.solved
    assert result.npv_at_low == result.npv_at_high
    assert dialog.answer_title.text() == "No solution in range"


def test_an_invalid_range_is_explained_not_raised(dialog):
    dialog.set_input("sites.guian.electricity_price")
    dialog.range_check.setChecked(True)
    dialog.range_low.setValue(0.5)
    dialog.range_high.setValue(0.4)
    assert dialog.solve() is None
    assert dialog.answer_title.text() == "Cannot solve"
    assert "search range" in dialog.answer_details.text()
    assert not dialog.apply_button.isEnabled()


def test_the_step_caveat_is_shown_when_the_engine_flags_it(dialog, state, monkeypatch):
    real = dialog_module.goal_seek
    monkeypatch.setattr(
        dialog_module, "goal_seek", lambda *a, **k: dataclasses.replace(real(*a, **k), step=True)
    )
    dialog.set_input("workload.rack_density_kw")
    dialog.target_spin.setValue(1_000_000_000)
    result = dialog.solve()
    assert result.step
    assert dialog.answer_caveat.isVisible()
    assert dialog.answer_caveat.text().startswith("Caution: the NPV jumps at this value")


def test_a_change_of_inputs_after_solving_blocks_apply(dialog, state):
    dialog.use_preset("migration")
    assert dialog.apply_button.isEnabled()
    state.set_value("sites.guian.pue", 1.25)
    assert not dialog.apply_button.isEnabled()
    assert dialog.answer_caveat.text() == "Inputs changed since this answer: solve again."
    assert not dialog.apply()


def test_changing_the_question_clears_the_answer(dialog):
    dialog.use_preset("migration")
    dialog.target_spin.setValue(1_000)
    assert dialog.answer() is None and not dialog.apply_button.isEnabled()


def test_labels_follow_the_data_language(dialog, state, chinese):  # labels through Qt's translator
    state.set_language("zh_CN")
    assert dialog.input_combo.currentText().strip() == "guian·zh：电价"
    dialog.use_preset("migration")
    assert dialog.answer_value.text().startswith(format_money(dialog.answer().value, "zh_CN"))


INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)


def test_every_interactive_widget_has_object_and_accessible_names(dialog):
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not w.objectName().startswith("qt_")
        and (not w.objectName() or not w.accessibleName())
    ]
    assert unnamed == []


def test_with_the_shipped_data_pack(qtbot, session):
    dialog = GoalSeekDialog(session.state)
    qtbot.addWidget(dialog)
    for key in ("price", "incentive", "migration"):
        result = dialog.use_preset(key)
        assert result is not None
        expected = solve_preset(session.state.scenario, session.state.pack, key).result
        assert result == expected and expected.solved  # every preset answers on the demo firm
        assert dialog.answer_title.text() != "No solution in range"
    dialog.use_preset("migration")
    assert dialog.apply()
    assert session.state.evaluation.primary.npv == pytest.approx(0.0, abs=1.0)
