"""The Compare tab's words (compare_words.py) keep their Chinese, plurals included, after the split."""

from __future__ import annotations

from explorer.ui.compare.compare_view import CompareView


def test_the_choice_rows_plurals_are_worded_in_chinese(session, qtbot):
    state = session.state
    base_id = state.current_id
    other_id = state.duplicate_scenario(base_id, "")
    assert state.set_value("finance.horizon_years", 12)
    view = CompareView(state)
    qtbot.addWidget(view)
    view.set_chosen([base_id, other_id])
    session.window.set_language("zh_CN")
    try:
        view.refresh()
        rows = {view.inputs.item(r, 0).text(): r for r in range(view.inputs.rowCount())}
        horizon = rows["测算期"]  # "Horizon": a text that moved to compare_words.py
        assert view.inputs.item(horizon, 3).text() == "12年"  # "%n year(s)", the view's plural
        base_horizon = state.named(base_id).scenario.finance.horizon_years
        assert view.inputs.item(horizon, 2).text() == f"{base_horizon}年"
    finally:
        session.window.set_language("en")
    view.refresh()
    rows = {view.inputs.item(r, 0).text(): r for r in range(view.inputs.rowCount())}
    assert view.inputs.item(rows["Horizon"], 3).text().startswith("12 year")
