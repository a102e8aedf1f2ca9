"""The Policies tab driven as a user would: typing, filters, keys, sorting, the use switch, the timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from explorer.domain.policies import PolicyCategory, PolicyLevel
from explorer.ui.policies.catalogue import Column, InForce
from explorer.ui.policies.table_model import POLICY_ID_ROLE

pytestmark = pytest.mark.gui

ALL = ["E1", "C1", "T1", "N1", "X1", "H1"]


def type_search(tab, qtbot, text: str) -> list[str]:
    """Latin letters as key presses; Chinese as an input method commits it (QTest cannot press 电)."""
    search = tab.filter_bar.search
    search.clear()
    search.setFocus()
    if text.isascii():
        qtbot.keyClicks(search, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(search, event)
    assert search.text() == text
    return tab.shown_ids()


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_every_policy_is_listed_in_pack_order(tab, state):
    assert tab.shown_ids() == ALL
    assert tab.titles() == [p.title_en for p in state.pack.policies.values()]
    assert tab.filter_bar.count_label.text() == "All 6 policies"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("电价", ["E1"]),
        ("power price", ["E1"]),
        ("dianjia", ["E1"]),
        ("dj", ["E1"]),
        ("所得税", ["T1"]),
        ("suodeshui", ["T1"]),
        ("income tax", ["T1"]),
        ("〔2021〕7号", ["E1"]),
        ("能源局", ["E1"]),
        ("Management Committee", ["C1"]),
        ("nothing like this", []),
    ],
)
def test_search_in_chinese_english_and_pinyin(tab, qtbot, query, expected):
    assert type_search(tab, qtbot, query) == expected


def test_every_keystroke_filters_and_the_count_follows(tab, qtbot):
    seen = []
    for char in "dian":
        qtbot.keyClicks(tab.filter_bar.search, char)
        seen.append(len(tab.shown_ids()))
    assert seen[-1] < seen[0] <= len(ALL)
    assert tab.filter_bar.count_label.text() == f"{seen[-1]} of 6 shown"


def test_filters_combine_and_show_their_counts(tab, qtbot):
    bar = tab.filter_bar
    choose(bar.level, PolicyLevel.PROVINCIAL)
    assert tab.shown_ids() == ["E1", "N1"]
    bar.quantified.setChecked(True)
    assert tab.shown_ids() == ["E1"]
    choose(bar.category, PolicyCategory.ELECTRICITY)
    assert tab.shown_ids() == ["E1"]
    tab.flush()
    # each choice counts the rows it would leave, given the other filters
    assert bar.level.itemText(bar.level.findData(PolicyLevel.NATIONAL)) == "National (0)"
    assert bar.quantified.text() == "Quantified only (1)"
    bar.quantified.setChecked(False)
    choose(bar.category, None)
    choose(bar.level, None)
    choose(bar.in_force, InForce.EXPIRED)
    assert tab.shown_ids() == ["X1"]
    choose(bar.in_force, None)
    choose(bar.origin, "beijing")
    assert tab.shown_ids() == ["X1"]
    tab.flush()
    assert bar.origin.itemText(bar.origin.currentIndex()) == "Aimed at firms from Beijing (1)"
    choose(bar.origin, None)
    bar.eligible.setChecked(True)
    assert tab.shown_ids() == ["E1", "N1"]  # N1: eligible, amount not published
    type_search(tab, qtbot, "dj")
    assert tab.shown_ids() == ["E1"]


def test_escape_clears_the_search_then_the_filters(tab, qtbot):
    bar = tab.filter_bar
    choose(bar.level, PolicyLevel.NATIONAL)
    type_search(tab, qtbot, "tax")
    assert tab.shown_ids() == ["T1"]
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert bar.search.text() == ""
    assert tab.shown_ids() == ["T1", "X1"]
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert bar.filters().is_default()
    assert tab.shown_ids() == ALL


def test_ctrl_f_focuses_the_search(tab, qtbot):
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab.window(), timeout=2000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_bar.search.hasFocus()


def test_keyboard_only_arrows_enter_and_space(tab, qtbot, state):
    tab.activateWindow()
    tab.table.setFocus(Qt.FocusReason.TabFocusReason)  # arriving in the table makes the first row current
    assert tab.current_policy_id() == "E1"
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.current_policy_id() == "C1"
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert not state.is_policy_selected("C1")
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert state.is_policy_selected("C1")
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.details.hasFocus()
    assert tab.details.title.text() == "Capital subsidy for computing centres"


def test_tab_key_walks_from_the_search_to_the_table_and_the_details(tab, qtbot):
    tab.activateWindow()
    bar = tab.filter_bar
    expected = [bar.level, bar.category, bar.in_force, bar.origin, bar.quantified, bar.eligible]
    expected += [bar.clear_button, tab.table, tab.details, tab.details.use_check]
    bar.search.setFocus()
    reached = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected


def test_sorting_by_value_and_by_date(tab, qtbot):
    tab.table.sortByColumn(int(Column.VALUE), Qt.SortOrder.DescendingOrder)
    # 52.6 M; then nothing yet, but up to 10 M (T1) and up to 5 M (C1) once the conditions are met
    assert tab.shown_ids()[:3] == ["E1", "T1", "C1"]
    assert tab.shown_ids()[-1] == "N1"  # no figure: last
    tab.table.sortByColumn(int(Column.EFFECTIVE), Qt.SortOrder.AscendingOrder)
    assert tab.shown_ids() == ["T1", "X1", "E1", "C1", "N1", "H1"]  # H1 has no date: last
    type_search(tab, qtbot, "20")
    assert tab.shown_ids() == [i for i in ["T1", "X1", "E1", "C1", "N1", "H1"] if i in tab.shown_ids()]


def test_selection_survives_filtering(tab, qtbot):
    tab.select_policy("T1")
    type_search(tab, qtbot, "tax")
    assert tab.current_policy_id() == "T1"
    assert tab.table.currentIndex().data(POLICY_ID_ROLE) == "T1"


def test_use_in_calculation_is_the_calculators_switch(tab, state, qtbot):
    tab.select_policy("E1")
    assert tab.details.use_check.isChecked()
    incentives_before = float(state.evaluation.primary.incentives.sum())
    tab.details.use_check.click()
    assert not state.is_policy_selected("E1")
    assert "E1" not in [r.policy_id for r in state.evaluation.policies]
    assert float(state.evaluation.primary.incentives.sum()) < incentives_before
    row = tab.model.row_of("E1")
    use = tab.model.index(row, int(Column.USE))
    assert use.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    value = tab.model.index(row, int(Column.VALUE))
    assert value.data() == "CNY 52.6 M"  # still valued, as a preview
    assert value.data(Qt.ItemDataRole.FontRole).italic()
    # the Calculator (or anything else) switches it back through AppState
    state.set_policy_selected("E1", True)
    assert tab.details.use_check.isChecked()
    assert use.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not value.data(Qt.ItemDataRole.FontRole)


def test_a_hidden_tab_catches_up_when_shown(tab, state):
    tab.hide()
    state.set_policy_selected("T1", False)
    tab.show()
    row = tab.model.row_of("T1")
    assert (
        tab.model.index(row, int(Column.USE)).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )


def test_clicking_a_timeline_bar_selects_the_policy(tab, qtbot):
    timeline = tab.timeline
    tab.flush()
    centre = timeline.bar_centre("C1")
    assert centre is not None
    scene = timeline.view.mapViewToScene(centre)
    point = timeline.plot.mapFromScene(scene)
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tab.current_policy_id() == "C1"
    assert timeline.selected_bar.isVisible()


def test_timeline_rows_follow_the_table(tab, qtbot):
    type_search(tab, qtbot, "tax")
    tab.flush()
    assert tab.timeline.row_ids() == tuple(tab.shown_ids())


def test_data_language_switch(tab, state):
    tab.select_policy("E1")
    state.set_language("zh_CN")
    assert tab.titles()[0] == "贵安数据中心电价优惠"
    assert tab.details.title.text() == "贵安数据中心电价优惠"
    assert tab.model.index(0, int(Column.VALUE)).data() == "5,256万元"


def test_a_new_data_pack_replaces_the_catalogue(tab, state, qtbot):
    from tests.domain.conftest import make_pack

    from .conftest import catalogue_policies

    type_search(tab, qtbot, "tax")
    smaller = make_pack(*[p for p in catalogue_policies() if p.id != "T1"])
    state.set_pack(smaller)
    assert tab.shown_ids() == []  # the search still stands: T1 is gone
    tab.filter_bar.search.clear()
    assert tab.shown_ids() == ["E1", "C1", "N1", "X1", "H1"]
    assert tab.current_policy_id() == "E1"  # still the policy being read
    type_search(tab, qtbot, "dianjia")
    assert tab.shown_ids() == ["E1"]
