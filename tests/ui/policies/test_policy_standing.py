"""Where each policy stands on the pack's date, in the Policies tab and the report (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.ui.policies.catalogue import Column, Filters, PolicyCatalogue
from explorer.ui.policies.table_model import PolicyTableModel

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def model(shipped_pack, qapp):
    catalogue = PolicyCatalogue(list(shipped_pack.policies.values()))
    model = PolicyTableModel()
    model.set_catalogue(catalogue, "en", TODAY, 10)
    model.set_rows(catalogue.rows(Filters(), Column.TITLE, False, "en", TODAY))
    return model


def standing(model, policy_id: str) -> str:
    return model.index(model.row_of(policy_id), int(Column.IN_FORCE)).data()


def test_the_table_says_superseded_target_passed_and_unconfirmed(model):
    assert standing(model, "N2") == "Superseded by N11"
    assert standing(model, "O4") == "Superseded by O7"
    assert standing(model, "N6") == "Target year passed"
    assert standing(model, "P14") == "Reported only, not confirmed"
    assert standing(model, "P7") == "Expired"  # by its dates
    assert standing(model, "N11") == "In force"


def test_the_report_lists_each_policys_status_and_whether_it_was_re_checked(shipped_pack):
    from explorer.personas import load_personas
    from explorer.reports.exporting import ExportRequest, prepare_report

    persona = next(p for p in load_personas() if p.id == "beijing_cloud_self_build")
    request = ExportRequest(persona.scenario, shipped_pack, "en", persona.title("en"), samples=200)
    table = prepare_report(request).tables["policies"]
    rows = {row[table.column_index("id")].raw: row for row in table.rows}
    status = table.column_index("standing")
    verified = table.column_index("verified")
    assert rows["P14"][status].text == "Reported only, not confirmed"
    assert "(Reported only, not confirmed)" in rows["P14"][table.column_index("policy")].text
    assert rows["P14"][verified].text == "2026-12-06"
    assert rows["P3"][status].text == "In force" and rows["P3"][verified].text == "not re-checked"
