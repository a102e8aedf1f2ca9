"""The Policies tab inside the real main window: the shipped pack, the Calculator, the language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.ui.policies.catalogue import Column

pytestmark = pytest.mark.gui


def test_every_shipped_policy_can_be_found_read_and_valued(session):
    tab = session.window.policies_tab
    state = session.state
    assert sorted(tab.shown_ids()) == sorted(state.pack.policies)
    for policy in state.pack.policies.values():
        tab.filter_bar.search.setText(policy.id)
        assert policy.id in tab.shown_ids()
        tab.select_policy(policy.id)
        assert tab.details.title.text() == policy.title_en
        row = tab.model.row_of(policy.id)
        assert tab.model.index(row, int(Column.ELIGIBILITY)).data(), policy.id  # valued by the engine


def test_use_in_calculation_follows_the_calculator_both_ways(session, qtbot):
    tab, state = session.window.policies_tab, session.state
    session.window.tabs.setCurrentWidget(tab)
    session.window.show()
    policy_id = next(iter(state.pack.policies))
    before = state.is_policy_selected(policy_id)
    tab.select_policy(policy_id)
    with qtbot.waitSignal(state.policy_selection_changed):
        tab.details.use_check.click()
    assert state.is_policy_selected(policy_id) is (not before)
    assert (policy_id in [r.policy_id for r in state.evaluation.policies]) is (not before)
    with qtbot.waitSignal(state.policy_selection_changed):
        state.set_policy_selected(policy_id, before)  # as the Calculator does
    assert tab.details.use_check.isChecked() is before
    check = tab.model.index(tab.model.row_of(policy_id), int(Column.USE)).data(Qt.ItemDataRole.CheckStateRole)
    assert check == (Qt.CheckState.Checked if before else Qt.CheckState.Unchecked)


def test_live_language_switch_translates_the_tab(session, qtbot):
    tab = session.window.policies_tab
    session.window.set_language("zh_CN")
    qtbot.waitUntil(lambda: tab.filter_bar.clear_button.text() == "清除筛选", timeout=2000)  # LanguageChange
    assert tab.model.headerData(int(Column.USE), Qt.Orientation.Horizontal) == "计入"
    assert tab.details.use_check.text() == "计入测算"
    assert tab.titles() == [p.title_zh for p in session.state.pack.policies.values()]
    session.window.set_language("en")
    qtbot.waitUntil(lambda: tab.filter_bar.clear_button.text() == "Clear filters", timeout=2000)
    assert tab.model.headerData(int(Column.TITLE), Qt.Orientation.Horizontal) == "Title"
