"""Issue 19: an unknown condition is answered where the checklist asks it; status, value and case follow."""

from __future__ import annotations

import pytest

from explorer.domain.evaluation import PolicyStatus
from explorer.domain.incentives import Status
from explorer.ui.policies.catalogue import Column

pytestmark = pytest.mark.gui


def _result(state, policy_id):
    return next(r for r in state.evaluation.policies if r.policy_id == policy_id)


def _answer_row(tab, fact):
    return next(row for row in tab.details.answer_rows if row.spec.name == fact)


def test_a_yes_no_answer_in_the_pane_decides_the_policy_and_the_case(tab, state):
    tab.select_policy("T1")
    assert _result(state, "T1").status is PolicyStatus.UNKNOWN
    before = state.evaluation.primary.npv
    row = _answer_row(tab, "high_tech")
    assert row.objectName() == "factAnswer_high_tech"
    assert row.accessibleName() == "Answer for High and New Technology Enterprise status"
    assert all(button.accessibleName() for button in row.buttons.values())

    row.buttons["yes"].click()
    assert state.scenario.firm.high_tech is True
    assert _result(state, "T1").status is PolicyStatus.ELIGIBLE
    gained = state.evaluation.primary.npv - before
    assert gained == pytest.approx(_result(state, "T1").present_value) and gained > 0
    assert [r.status for r in tab.details.checklist()] == [Status.MET]
    assert tab.details.verdict.text().startswith("Eligible · CNY")
    cell = tab.model.index(tab.model.row_of("T1"), int(Column.ELIGIBILITY)).data()
    assert cell == "Eligible"
    # the answer stays answerable: No, then "not known" again
    _answer_row(tab, "high_tech").buttons["no"].click()
    assert _result(state, "T1").status is PolicyStatus.NOT_ELIGIBLE
    assert state.evaluation.primary.npv == pytest.approx(before)
    _answer_row(tab, "high_tech").buttons["unknown"].click()
    assert state.scenario.firm.high_tech is None
    assert _result(state, "T1").status is PolicyStatus.UNKNOWN


def test_a_number_answer_with_its_unit_goes_into_the_firm_profile(tab, state):
    tab.select_policy("C1")
    row = _answer_row(tab, "domestic_chip_share")
    assert row.value_box is not None and row.value_box.suffix() == "%"
    assert row.value_box.value() == pytest.approx(50.0)  # the firm's 0.5, shown in percent
    row.value_box.setValue(10.0)
    row.buttons["apply"].click()
    assert state.scenario.firm.domestic_chip_share == pytest.approx(0.10)
    statuses = [r.status for r in tab.details.checklist()]
    assert statuses[0] is Status.NOT_MET


def test_an_answer_out_of_range_is_refused_and_changes_nothing(tab, state, qtbot):
    tab.select_policy("C1")
    before = state.scenario
    with qtbot.waitSignal(state.input_rejected) as refused:
        _answer_row(tab, "domestic_chip_share").answer(1.5)
    assert refused.args[0] == "firm.domestic_chip_share"
    assert state.scenario is before
