"""The Calculator's Incentives chart stacks the case's figures: its columns add up to the KPI cards'."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.personas import load_personas
from explorer.ui.charts.incentives_chart import IncentivesChart
from explorer.ui.state import AppState

pytestmark = pytest.mark.gui

PERSONAS = {persona.id: persona for persona in load_personas()}


def _stacked(chart: IncentivesChart) -> np.ndarray:
    total = np.zeros(len(chart._state.evaluation.years))
    for item in chart.bars.values():
        total += np.asarray(item.opts["height"], dtype=float)
    return total


@pytest.mark.parametrize("persona_id", sorted(PERSONAS))
def test_each_years_column_is_the_cases_incentives_and_tax_relief(qtbot, shipped_pack, persona_id):
    scenario = PERSONAS[persona_id].scenario.replace_value("extra_incentive_per_year", 250_000.0)
    state = AppState(shipped_pack, "en", scenario)
    chart = IncentivesChart(state)
    qtbot.addWidget(chart)
    chart.redraw()
    case = state.evaluation.primary
    assert _stacked(chart) == pytest.approx(np.asarray(case.incentives) + np.asarray(case.tax), abs=0.01)
    # the KPI cards' two figures, over the horizon
    kpis = {figure.key: figure.value for figure in state.figures.kpis}
    assert float(_stacked(chart).sum()) == pytest.approx(kpis["incentives"] + kpis["tax"], abs=0.05)


def test_a_charge_the_move_avoids_is_no_incentive_bar(qtbot, shipped_pack):
    # Beijing's PUE surcharge (O2) is operating cost at the origin: in the Costs chart, not here
    state = AppState(shipped_pack, "en", PERSONAS["beijing_internet_inference"].scenario)
    chart = IncentivesChart(state)
    qtbot.addWidget(chart)
    chart.redraw()
    assert any(p.policy_id == "O2" and np.any(p.case_value) for p in state.evaluation.policies)
    assert not any(key.startswith("O2") for key in chart.bars)
    assert "Incentives and tax relief" in chart.accessibleName()
