"""The goal-seek dialog's common questions on the demo firms: an answer, its note, and Apply reaching it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from explorer.domain.engine import evaluate
from explorer.domain.formatting import format_money
from explorer.domain.goal_presets import solve_preset
from explorer.domain.scenario import OneOffCosts
from explorer.domain.scenario_codec import parse_scenario
from explorer.ui.calculator.goal_seek_dialog import GoalSeekDialog
from explorer.ui.state import AppState
from tests.domain.conftest import base_scenario, make_pack

pytestmark = pytest.mark.gui

PERSONAS = sorted((Path(__file__).resolve().parents[3] / "data" / "personas").glob("*.json"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def open_dialog(qtbot, state: AppState) -> GoalSeekDialog:
    dialog = GoalSeekDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def persona_state(pack, path: Path) -> AppState:
    return AppState(pack, "en", parse_scenario(path.read_bytes()))


@pytest.mark.parametrize("key", ["price", "incentive", "migration"])
@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_every_preset_answers_on_every_demo_firm_and_apply_reaches_the_target(qtbot, shipped_pack, path, key):
    state = persona_state(shipped_pack, path)
    dialog = open_dialog(qtbot, state)
    result = dialog.use_preset(key)
    answer = solve_preset(state.scenario, state.pack, key)
    unpaid = evaluate(state.scenario.replace_value("one_off.other", 0.0), state.pack).primary.npv < 0
    if key == "migration" and unpaid:  # a move that does not pay even with no migration cost (issue 14)
        assert result is not None and not result.solved and not answer.solved
        assert str(answer.reason()).startswith("The NPV stays below the target")
        assert not dialog.apply_button.isEnabled()
        return
    assert result is not None and result.solved
    assert result == answer.result  # the domain's answer, shown
    assert dialog.answer_title.text() != "No solution in range" and dialog.answer_value.text()
    assert dialog.preset_note.isVisible() and dialog.preset_note.text()
    assert dialog.apply_button.isEnabled()
    assert dialog.apply()
    assert state.evaluation.primary.npv == pytest.approx(0.0, abs=1.0)  # within a yuan of the target


def test_the_price_preset_seeks_p3s_price_on_the_demo_and_apply_sets_both_prices(qtbot, shipped_pack):
    state = persona_state(shipped_pack, next(p for p in PERSONAS if p.stem == "shenzhen_ai_startup"))
    dialog = open_dialog(qtbot, state)
    result = dialog.use_preset("price")
    assert dialog.current_path() == "policies.P3.price"
    assert dialog.preset_note.text().startswith(
        "The electricity price at Gui'an New Area is set by policy P3 ("
    )
    assert "the answer is the policy price at which the NPV reaches the target" in dialog.preset_note.text()
    assert dialog.answer_value.text().endswith(" yuan/kWh") and result.value > 0.35
    # the question in the boxes is the one answered: target 0 over the preset's range
    assert dialog.target_spin.value() == 0.0 and dialog.range_check.isChecked()
    assert (dialog.range_low.value(), dialog.range_high.value()) == (result.low, result.high)
    assert dialog.apply()
    values = {item.path: item.value for item in state.evaluation.inputs}
    assert values["policies.P3.price"] == result.value
    assert values["sites.guian.electricity_price"] == result.value  # the market rises with the policy price
    assert state.evaluation.primary.npv == pytest.approx(0.0, abs=1.0)


def test_the_incentive_range_is_scaled_to_the_case_not_the_fields_bound(qtbot, shipped_pack):
    state = persona_state(shipped_pack, PERSONAS[0])
    dialog = open_dialog(qtbot, state)
    result = dialog.use_preset("incentive")
    opex = max(site.table.opex[1] for site in state.evaluation.sites if site.id in ("beijing", "guian"))
    assert result.high == pytest.approx(3 * opex) and result.low == pytest.approx(-3 * opex)
    assert dialog.range_high.value() == pytest.approx(3 * opex, abs=1.0)
    details = dialog.answer_details.text()
    assert "10,000,000,000,000" not in details and "Searched from " in details
    assert format_money(3 * opex, "en") in dialog.preset_note.text()


def test_solve_after_a_new_target_asks_the_preset_again_and_widens(qtbot, qapp):
    state = AppState(make_pack(), "en", base_scenario())
    dialog = open_dialog(qtbot, state)
    first = dialog.use_preset("incentive")
    dialog.target_spin.setValue(1e11)  # far beyond the first range: the answer lies outside it
    assert dialog.answer() is None
    result = dialog.solve()
    assert result.solved and result.high > first.high
    assert dialog.range_high.value() == pytest.approx(result.high, abs=1.0)
    assert dialog.preset_note.isVisible()
    assert dialog.apply()
    assert state.evaluation.primary.npv == pytest.approx(1e11, abs=1.0)


def test_choosing_the_policy_price_by_hand_also_raises_the_market_with_it(qtbot, shipped_pack):
    state = persona_state(shipped_pack, PERSONAS[0])
    dialog = open_dialog(qtbot, state)
    dialog.set_input("policies.P3.price")
    result = dialog.solve()
    assert result.solved and result.linked == (("sites.guian.electricity_price", 0.35),)
    assert dialog.preset_note.text().startswith(
        "The electricity price at Gui'an New Area is set by policy P3"
    )
    dialog.set_input("one_off.other")  # another question: the note goes
    assert not dialog.preset_note.isVisible()


def test_a_preset_without_an_answer_says_precisely_why(qtbot, qapp):
    losing = base_scenario(one_off=OneOffCosts(early_exit=1e9))
    state = AppState(make_pack(), "en", losing)
    dialog = open_dialog(qtbot, state)
    result = dialog.use_preset("migration")
    assert not result.solved and not dialog.apply_button.isEnabled()
    assert dialog.answer_title.text() == "No solution in range"
    reason = dialog.answer_details.text().splitlines()[0]
    assert reason.startswith(
        "The NPV stays below the target of CNY 0 even with other one-off costs of CNY 0 ("
    )
    assert reason.endswith(
        f"Searched from CNY 0 to {format_money(result.high, 'en')} ({result.high:,.0f} yuan)."
    )


def test_the_note_and_the_reason_follow_the_language(qtbot, qapp):
    from explorer.translation import Translators

    losing = base_scenario(one_off=OneOffCosts(early_exit=1e9))
    state = AppState(make_pack(), "en", losing)
    dialog = open_dialog(qtbot, state)
    dialog.use_preset("migration")
    assert not CJK.search(dialog.answer_details.text() + dialog.preset_note.text())
    translators = Translators()
    try:
        translators.apply("zh_CN")  # as View -> Language does: Qt's translators, then the state
        state.set_language("zh_CN")
        QApplication.processEvents()
        assert dialog.answer_details.text().startswith("即使其他一次性费用为 0元，净现值仍低于目标值 0元")
        assert dialog.preset_note.text().startswith("在其余一次性费用项保持已输入值的情况下")
    finally:
        translators.apply("en")
