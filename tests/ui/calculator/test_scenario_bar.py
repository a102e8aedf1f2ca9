"""The scenario bar: new, duplicate, rename, delete and set as base, through the real AppState."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QToolButton

from explorer.ui.calculator.scenario_bar import BASE_MARK, ScenarioBar


@pytest.fixture
def state(session):
    return session.state


@pytest.fixture
def bar(state, qtbot):
    widget = ScenarioBar(state)
    qtbot.addWidget(widget)
    widget.resize(400, widget.sizeHint().height())
    widget.show()
    return widget


@pytest.fixture
def answer_name(monkeypatch):
    """Replace the rename dialog: each call returns the next (text, accepted) and records its arguments."""
    calls = []

    def install(*answers):
        queue = list(answers)

        def get_text(parent, title, label, echo=None, text="", *args, **kwargs):
            calls.append((title, label, text))
            return queue.pop(0)

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
        return calls

    return install


@pytest.fixture
def answer_delete(monkeypatch):
    """Replace the delete confirmation: returns ``button`` and records the question asked."""
    asked = []

    def install(button):
        def exec_(box):
            asked.append((box.text(), box.textFormat()))
            return button

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked

    return install


def names(state):
    return [item.name for item in state.named_scenarios()]


def test_shows_the_scenarios_with_the_base_marked(state, bar):
    assert bar.scenario_names() == [f"{BASE_MARK} {state.named(state.base_id).name}"]
    assert bar.combo.currentData() == state.current_id
    assert not bar.delete_action.isEnabled()  # the last one cannot go
    assert not bar.base_action.isEnabled()  # it is the base already


def test_new_makes_a_default_scenario_current(state, bar):
    before = len(state.named_scenarios())
    bar.new_button.click()
    assert len(state.named_scenarios()) == before + 1
    assert state.current_id == state.named_scenarios()[-1].id
    assert bar.combo.currentData() == state.current_id
    assert bar.combo.count() == before + 1
    assert bar.delete_action.isEnabled()


def test_duplicate_copies_the_current_scenario(state, bar):
    assert state.set_value("sites.guian.electricity_price", 0.40)
    original = state.current_id
    bar.duplicate_button.click()
    assert state.current_id != original
    assert state.named(state.current_id).scenario == state.named(original).scenario
    assert state.named(state.current_id).name == f"{state.named(original).name} (copy)"
    assert bar.combo.currentText() == state.named(state.current_id).name


def test_rename_takes_the_typed_name_as_plain_text(state, bar, answer_name):
    calls = answer_name(("  <b>Gui'an</b>   low price ", True))
    old = state.named(state.current_id).name
    bar.rename_button.click()
    assert calls[0][2] == old  # the dialog starts from the current name
    assert state.named(state.current_id).name == "<b>Gui'an</b> low price"
    assert bar.combo.currentText() == f"{BASE_MARK} <b>Gui'an</b> low price"  # shown literally


def test_rename_refuses_an_empty_name_and_cancel_keeps_the_old_one(state, bar, answer_name):
    answer_name(("   ", True), ("Something", False))
    old = state.named(state.current_id).name
    bar.rename_button.click()
    assert state.named(state.current_id).name == old
    bar.rename_button.click()
    assert state.named(state.current_id).name == old


def test_delete_asks_first_and_names_the_scenario_as_plain_text(state, bar, answer_delete):
    bar.duplicate_button.click()
    state.rename_scenario(state.current_id, "<i>doomed</i>")
    doomed = state.current_id
    asked = answer_delete(QMessageBox.StandardButton.Cancel)
    bar.delete_button.click()
    assert doomed in [item.id for item in state.named_scenarios()]
    assert "“<i>doomed</i>”" in asked[0][0]
    assert asked[0][1] == Qt.TextFormat.PlainText

    answer_delete(QMessageBox.StandardButton.Yes)
    bar.delete_button.click()
    assert doomed not in [item.id for item in state.named_scenarios()]
    assert len(state.named_scenarios()) == 1
    assert not bar.delete_action.isEnabled()
    assert bar.combo.count() == 1


def test_set_as_base_moves_the_mark(state, bar):
    first = state.current_id
    bar.duplicate_button.click()
    second = state.current_id
    assert bar.base_action.isEnabled()
    bar.base_button.click()
    assert state.base_id == second
    texts = dict(
        zip([bar.combo.itemData(i) for i in range(bar.combo.count())], bar.scenario_names(), strict=True)
    )
    assert texts[second].startswith(BASE_MARK)
    assert not texts[first].startswith(BASE_MARK)
    assert not bar.base_action.isEnabled()


def test_choosing_in_the_combo_makes_that_scenario_current(state, bar, qtbot):
    first = state.current_id
    bar.duplicate_button.click()
    index = bar.combo.findData(first)
    bar.combo.setCurrentIndex(index)
    bar.combo.activated.emit(index)  # as a user's choice does
    assert state.current_id == first


def test_keyboard_shortcuts_and_tooltips(bar):
    assert bar.new_action.shortcut().toString() == "Ctrl+Shift+N"
    assert bar.duplicate_action.shortcut().toString() == "Ctrl+Shift+D"
    assert bar.rename_action.shortcut().toString() == "F2"
    assert bar.base_action.shortcut().toString() == "Ctrl+Shift+B"
    assert "Ctrl+Shift+N" in bar.new_action.toolTip()
    assert bar.label.buddy() is bar.combo
    for button in bar.findChildren(QToolButton):
        assert button.objectName() and button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.toolTip()
    assert bar.combo.objectName() and bar.combo.accessibleName()


def test_fits_the_input_panel(bar):
    assert bar.minimumSizeHint().width() <= 360


def test_follows_the_language(session, state, bar, qtbot):
    session.window.set_language("zh_CN")
    qtbot.waitUntil(lambda: bar.label.text() == "方案", timeout=2000)
    assert bar.new_action.text() == "新建方案"
    assert bar.base_action.text() == "设为基准方案"
    session.window.set_language("en")  # at once: the state tells every widget holding it
    assert bar.label.text() == "Scenario"


def test_a_long_name_is_shortened_in_the_middle_and_shown_whole_on_hover(bar, state):
    long_name = "Illustrative firm: Shenzhen AI start-up moving its training to Gui'an, variant B"
    state.rename_scenario(state.current_id, long_name)
    combo = bar.combo
    bar.resize(260, bar.sizeHint().height())
    QApplication.processEvents()
    shown = combo.shown_text()
    assert combo.is_elided() and "…" in shown
    assert shown.startswith(combo.currentText()[:3]) and shown.endswith(long_name[-2:])  # both ends kept
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()
    assert long_name in combo.toolTip() and "The scenario the Calculator shows and edits" in combo.toolTip()
    bar.resize(1400, bar.sizeHint().height())  # wide enough: whole, and the tip is the description alone
    QApplication.processEvents()
    assert combo.shown_text() == combo.currentText()
    assert combo.toolTip() == "The scenario the Calculator shows and edits"
