"""The table model on its own: qtmodeltester, roles, plain text, sort values."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.ui.policies.catalogue import Column, Filters, PolicyCatalogue, result_table
from explorer.ui.policies.table_model import POLICY_ID_ROLE, SORT_ROLE, PolicyTableModel
from explorer.ui.policies.valuation import every_policy_result

from .conftest import HTML_TITLE, TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def model(state, qapp):
    catalogue = PolicyCatalogue(list(state.pack.policies.values()))
    results = every_policy_result(state.scenario, state.pack, state.evaluation)
    catalogue.set_results(result_table(catalogue.ids, results.by_id, results.chosen, results.in_calculation))
    model = PolicyTableModel()
    model.set_catalogue(catalogue, "en", TODAY, state.evaluation.horizon)
    model.set_rows(catalogue.rows(Filters(), Column.TITLE, False, "en", TODAY))
    model.catalogue = catalogue
    return model


def cell(model, policy_id: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(policy_id), int(column)).data(role)


def test_qtmodeltester_through_filtering_sorting_and_new_words(model, qtmodeltester):
    qtmodeltester.check(model, force_py=True)  # stays connected: checks every change below
    model.set_rows(np.array([2, 0], dtype=np.int64))
    model.set_rows(np.zeros(0, dtype=np.int64))
    model.set_rows(np.arange(len(model.catalogue)))
    model.refresh_texts("zh_CN", TODAY, 10)
    assert model.rowCount() == len(model.catalogue)


def test_qtmodeltester_on_the_cpp_tester(model, qtmodeltester):
    qtmodeltester.check(model, force_py=False)


def test_fixed_columns_and_headers(model):
    assert model.columnCount() == len(Column) == 12
    assert model.headers()[Column.TITLE] == "Title"
    assert model.headers()[Column.VALUE] == "Value, 10 years"


def test_display_and_sort_roles(model):
    assert cell(model, "E1", Column.TITLE) == "Gui'an data-centre power price discount"
    assert cell(model, "E1", Column.EFFECTIVE) == "2021-03-01"
    assert cell(model, "E1", Column.EFFECTIVE, SORT_ROLE) == dt.date(2021, 3, 1)
    assert cell(model, "E1", Column.EXPIRY) == "open-ended"
    assert cell(model, "E1", Column.EXPIRY, SORT_ROLE) is None
    assert cell(model, "E1", Column.VALUE) == "CNY 52.6 M"
    assert cell(model, "E1", Column.VALUE, SORT_ROLE) == pytest.approx(52_560_000.0)
    assert cell(model, "E1", Column.ELIGIBILITY) == "Eligible"
    assert cell(model, "E1", Column.IN_FORCE) == "In force"
    assert cell(model, "X1", Column.IN_FORCE) == "Expired"
    assert cell(model, "N1", Column.VALUE) == "not published"
    assert cell(model, "C1", Column.VALUE) == "CNY 0 (up to CNY 5.0 M)"
    assert cell(model, "E1", Column.USE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(model, "E1", Column.TITLE, POLICY_ID_ROLE) == "E1"


def test_html_in_data_is_shown_literally(model):
    assert cell(model, "H1", Column.TITLE) == HTML_TITLE
    tip = cell(model, "H1", Column.TITLE, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tip and "<b>" not in tip
    assert cell(model, "H1", Column.ISSUER) == "<script>alert(1)</script>"


def test_ticking_use_asks_for_the_change(model, qtbot):
    index = model.index(model.row_of("E1"), int(Column.USE))
    with qtbot.waitSignal(model.use_toggled) as blocker:
        assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == ["E1", False]
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(0, int(Column.TITLE)), "x", Qt.ItemDataRole.EditRole)
