"""The Package tab (issue 17): live, both sides, frontier, alternatives, saved with the project."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QWidget,
)

from explorer.domain.package import ItemKind, Package, PackageItem, SeekStatus, TargetKind
from explorer.personas import load_personas
from explorer.ui.package_state import PackageState

pytestmark = pytest.mark.gui


def _tab(session):
    window = session.window
    window.tabs.setCurrentWidget(window.package_tab)
    return window.package_tab


def test_the_tab_follows_its_items_live(session, qtbot):
    tab = _tab(session)
    state = session.state
    row = tab.rows[ItemKind.SETTLEMENT_GRANT]
    row.include.setChecked(True)
    row.value.setValue(1_500_000)
    package = state.package()
    assert package.item(ItemKind.SETTLEMENT_GRANT).value == 1_500_000
    assessment = tab.packages.assessment
    # a grant at the move: the firm gains it yuan for yuan, the region pays it at year 0
    assert assessment.firm.gain == pytest.approx(1_500_000)
    assert assessment.region.fiscal_cost[0] == pytest.approx(1_500_000)
    texts = [tab.firm_model.item(0, c).text() for c in range(4)]
    assert texts[3]  # the change in NPV is shown
    assert tab.region_model.rowCount() == 5
    assert tab.years_model.rowCount() == assessment.horizon + 1
    assert tab.hubs_model.rowCount() == len(assessment.hubs) == 4
    # a hidden tab computes nothing; shown again, it catches up
    session.window.tabs.setCurrentWidget(session.window.compare_tab)
    row.value.setValue(1_600_000)
    assert tab._stale
    session.window.tabs.setCurrentWidget(tab)
    assert not tab._stale and tab.rows[ItemKind.SETTLEMENT_GRANT].value.value() == 1_600_000
    # above its ceiling (2 M in the shipped pack): flagged on the row
    row.value.setValue(2_500_000)
    assert tab.packages.assessment.flags
    assert row.flag.isVisibleTo(tab) and "2,000,000" in row.flag.text()
    qtbot.waitUntil(lambda: tab.packages.frontier is not None, timeout=5000)


def test_goal_seek_and_cheapest_mix_run_off_the_gui_thread_and_apply(session, qtbot):
    tab = _tab(session)
    tab.target_kind.setCurrentIndex(tab.target_kind.findData(TargetKind.NPV.value))
    npv = tab.packages.assessment.firm.npv_with
    tab.target_value.setValue(npv + 1_000_000)
    tab.seek_item.setCurrentIndex(tab.seek_item.findData(ItemKind.SETTLEMENT_GRANT.value))
    with qtbot.waitSignal(tab.packages.seek_finished, timeout=10_000) as blocker:
        tab.seek_button.click()
    result = blocker.args[0]
    assert result.status is SeekStatus.FOUND
    assert result.item.value == pytest.approx(1_000_000, abs=1.0)
    assert tab.apply_button.isEnabled()
    tab.apply_button.click()
    assert session.state.package().item(ItemKind.SETTLEMENT_GRANT).value == pytest.approx(1_000_000, abs=1.0)
    with qtbot.waitSignal(tab.packages.mix_finished, timeout=10_000) as blocker:
        tab.mix_button.click()
    assert blocker.args[0].met
    assert tab.search_result.text()


def test_packages_are_kept_per_scenario_and_saved(session, tmp_path):
    state = session.state
    first = state.current_id
    state.set_package(Package(items=(PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3),)))
    second = state.add_scenario("Other", load_personas()[0].scenario)
    assert state.package() is None
    state.set_current(first)
    assert state.package().item(ItemKind.RENT_SUBSIDY).value == 0.2
    path = tmp_path / "deal.gcx"
    assert session.window.project.save_to(path)
    assert session.window.project.open_path(path, confirmed=True)
    assert session.state.package(first).item(ItemKind.RENT_SUBSIDY).value == 0.2
    assert session.state.package(second) is None
    assert PackageState.of(session.state).assessment_for(first) is not None


def test_every_interactive_widget_has_a_name_and_an_accessible_name(session):
    tab = _tab(session)
    for widget in tab.findChildren(QWidget):
        interactive = QAbstractButton | QAbstractSpinBox | QComboBox | QAbstractItemView | QHeaderView
        if isinstance(widget, interactive) and widget.isVisibleTo(tab):
            if widget.parent() is not None and isinstance(widget.parent(), QAbstractSpinBox):
                continue
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_the_compare_tab_lists_each_scenarios_package(session):
    state = session.state
    compare = session.window.compare_tab
    session.window.tabs.setCurrentWidget(compare)
    assert not compare.packages.isVisibleTo(compare)  # no package yet
    state.set_package(Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 2_000_000),)))
    other = state.add_scenario("Bigger grant", state.scenario)
    state.set_package(Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 3_000_000),)))
    assert state.current_id == other
    model = compare.packages.model
    assert model.rowCount() == 2
    assert compare.packages.isVisibleTo(compare)
    assert model.item(1, 0).text() == "Bigger grant"
    assert model.item(0, 3).text() != model.item(1, 3).text()  # different gains
