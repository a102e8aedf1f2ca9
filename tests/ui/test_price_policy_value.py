"""An eligible power-price policy already at the site's price: words and the engine's note, not "CNY 0"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from explorer.domain.engine import PRICE_ALREADY_SET, price_note
from explorer.ui.policies.catalogue import Column, Filters, PolicyCatalogue, result_table
from explorer.ui.policies.table_model import SORT_ROLE, PolicyTableModel
from explorer.ui.policies.valuation import every_policy_result

pytestmark = pytest.mark.gui

WORDS = {"en": "in the site's price", "zh_CN": "已含在电价中"}


@pytest.fixture
def session_in(qapp, user_home):
    from explorer.app import create_session

    made = []

    def make(language: str):
        session = create_session([], language=language, open_demo=False)
        made.append(session)
        return session

    yield make
    for session in made:
        session.window.close()
        session.window.deleteLater()
        session.state.deleteLater()
        session.translators.apply("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _p3(state):
    # the default case: Gui'an's price is P3's own 0.35 yuan/kWh
    result = next(p for p in state.evaluation.policies if p.policy_id == "P3")
    assert result.total == 0 and result.notes and result.notes[0].template == PRICE_ALREADY_SET
    assert price_note(result) is not None
    return result


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_policies_table_says_in_the_sites_price_and_sorts_by_the_number(session_in, language):
    state = session_in(language).state
    _p3(state)
    catalogue = PolicyCatalogue(list(state.pack.policies.values()))
    results = every_policy_result(state.scenario, state.pack, state.evaluation)
    catalogue.set_results(result_table(catalogue.ids, results.by_id, results.chosen, results.in_calculation))
    model = PolicyTableModel()
    model.set_catalogue(catalogue, language, state.evaluation.move_date, state.evaluation.horizon)
    model.set_rows(catalogue.rows(Filters(), Column.TITLE, False, language, state.evaluation.move_date))
    index = model.index(model.row_of("P3"), int(Column.VALUE))
    assert index.data() == WORDS[language]
    assert index.data(SORT_ROLE) == 0.0  # sorting stays numeric
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "0.35" in tip and ("already" in tip if language == "en" else "已" in tip)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_presenters_policies_screen_says_in_the_sites_price(session_in, language):
    session = session_in(language)
    window = session.window
    _p3(session.state)
    window.resize(1024, 768)
    window.show()
    presenter = window.enter_presenter(full_screen=False)
    presenter.go_to(2)
    assert presenter.step_name == "policies"
    table = presenter.policies
    title = session.state.local(*(lambda p: (p.title_en, p.title_zh))(session.state.pack.policies["P3"]))
    rows = [r for r in range(table.rowCount()) if table.item(r, 0).text() == title]
    assert len(rows) == 1
    value = table.item(rows[0], 2)
    assert value.text() == WORDS[language]
    assert "0.35" in value.toolTip()
    assert all("0" != table.item(r, 2).text().split()[-1] for r in range(table.rowCount()))  # no "CNY 0"
    window.leave_presenter()
