"""The detail pane: checklist against the firm, benefits valued, plain text, links behind a confirmation."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox

from explorer.domain.incentives import Status

from .conftest import HTML_SUMMARY, HTML_TITLE, firm

pytestmark = pytest.mark.gui


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the confirmation instead of showing it; record what it said and what was opened."""
    record = {"texts": [], "opened": [], "answer": QMessageBox.StandardButton.Open}

    def exec_(box):
        record["texts"].append((box.text(), box.textFormat()))
        return record["answer"]

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: record["opened"].append(url) or True)
    )
    return record


def test_checklist_of_a_firm_that_meets_misses_and_lacks_data(tab):
    tab.select_policy("C1")
    rows = tab.details.checklist()
    assert [row.status for row in rows] == [Status.MET, Status.NOT_MET, Status.UNKNOWN]
    assert rows[0].text == "Domestic chips are at least 20% of accelerators"
    assert rows[0].change == ""
    assert "50.0 M" in rows[1].reason
    assert rows[1].change == "would be met with fixed-asset investment at least 100000000 yuan"
    assert "does not give" in rows[2].reason
    assert rows[2].change == "state the firm's High and New Technology Enterprise status in the scenario"
    shown = [label.text() for label in tab.details.checklist_box.findChildren(QLabel)]
    assert "✓" in shown and "✗" in shown and "?" in shown
    assert any(text.startswith("What would change it: would be met with") for text in shown)
    assert tab.details.verdict.text().startswith("Not eligible · CNY 0 over 10 years")
    assert "Worth CNY 5.0 M over 10 years if every condition were met." in tab.details.verdict_detail.text()


def test_checklist_when_the_firm_meets_every_condition(tab, state):
    richer = firm(fixed_asset_investment=200_000_000.0, high_tech=True)
    state.set_scenario(dataclasses.replace(state.scenario, firm=richer))
    tab.select_policy("C1")
    assert [row.status for row in tab.details.checklist()] == [Status.MET] * 3
    assert tab.details.verdict.text().startswith("Eligible · CNY 5.0 M over 10 years")
    benefit = " ".join(tab.details.benefit_texts())
    assert "Investment subsidy: 10.0% of fixed-asset investment, paid once" in benefit
    assert "at most CNY 5.0 M in total" in benefit
    assert "CNY 5.0 M in year 1" in benefit


def test_benefit_in_words_with_its_value_per_year_and_over_the_horizon(tab, state):
    tab.select_policy("E1")
    texts = tab.details.benefit_texts()
    assert "Electricity at a policy price of 0.3 yuan/kWh" in texts
    value = next(t for t in texts if t.startswith("Guian:"))
    assert "CNY 5.3 M a year, years 1 to 10; CNY 52.6 M over 10 years, present value" in value
    result = next(r for r in state.evaluation.policies if r.policy_id == "E1")
    assert tab.details.verdict.text() == (
        f"Eligible · CNY 52.6 M over 10 years (present value CNY {result.present_value / 1e6:.1f} M)"
    )
    assert tab.details.checklist() == []
    assert (
        tab.details.eligibility_reason.text()
        == "The data pack records no conditions on the firm for this policy."
    )


def test_unpublished_amounts_are_said_so(tab):
    tab.select_policy("N1")
    assert tab.details.verdict.text() == "Eligible (no amount)"
    texts = tab.details.benefit_texts()
    assert "Compute voucher: amount not published" in texts
    assert "Amount not published: not counted." in texts


def test_html_in_the_data_pack_is_shown_literally(tab):
    tab.select_policy("H1")
    details = tab.details
    assert details.title.text() == HTML_TITLE
    assert details.summary.text() == HTML_SUMMARY
    assert details._fact_values["issuer"].text() == "<script>alert(1)</script>"
    assert details._fact_values["doc_number"].text() == "<u>No. 1</u>"
    for label in details.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_dates_issuer_document_number_confidence(tab):
    tab.select_policy("C1")
    facts = {name: label.text() for name, label in tab.details._fact_values.items()}
    assert facts["effective"] == "2023-01-01"
    assert facts["expiry"] == "2030-12-31"
    assert facts["issuer"] == "Gui'an New Area Management Committee"
    assert facts["doc_number"] == "none"
    assert facts["level"] == "District"
    assert facts["in_force"] == "In force"
    assert tab.details.provenance.text() == "Confidence: Official source · last verified 2025-01-01"


def test_a_source_opens_only_after_a_confirmation_showing_its_address(tab, dialogs, qtbot):
    tab.select_policy("E1")
    details = tab.details
    address = "https://nyj.guizhou.gov.cn/notice?id=7"
    assert details.source_addresses() == [address, "file:///C:/copy.pdf"]
    assert len(details.source_buttons) == 1  # file:// is shown, never opened
    dialogs["answer"] = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(details.source_buttons[0], Qt.MouseButton.LeftButton)
    assert dialogs["opened"] == []
    dialogs["answer"] = QMessageBox.StandardButton.Open
    qtbot.mouseClick(details.source_buttons[0], Qt.MouseButton.LeftButton)
    assert dialogs["opened"] == [QUrl(address)]
    text, text_format = dialogs["texts"][-1]
    assert address in text
    assert text_format == Qt.TextFormat.PlainText


def test_only_web_addresses_can_be_opened(dialogs):
    from explorer.ui.widgets.external_link import confirm_and_open, openable_url

    for address in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "https://",
        "not a url",
    ):
        assert openable_url(address) is None
        assert not confirm_and_open(None, address)
    assert dialogs["texts"] == [] and dialogs["opened"] == []


def test_details_follow_the_data_language(tab, state):
    tab.select_policy("E1")
    state.set_language("zh_CN")
    assert tab.details.title.text() == "贵安数据中心电价优惠"
    assert tab.details.subtitle.text() == "Gui'an data-centre power price discount"
    assert tab.details.summary.text() == "大数据中心用电价格降至每千瓦时0.30元。"
    assert tab.details.verdict.text().startswith("Eligible · 5,256万元")


def test_the_first_policy_is_shown_from_the_start(tab):
    assert tab.current_policy_id() == "E1"
    assert tab.details.title.isVisible() and not tab.details.placeholder.isVisible()


def test_an_empty_catalogue_shows_a_hint(qtbot, qapp):
    from explorer.ui.policies.policies_tab import PoliciesTab
    from explorer.ui.state import AppState
    from tests.domain.conftest import base_scenario, make_pack

    widget = PoliciesTab(AppState(make_pack(), "en", base_scenario()))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.details.placeholder.isVisible()
    assert not widget.details.title.isVisible()
    assert widget.filter_bar.count_label.text() == "All 0 policies"


def test_no_money_words_for_a_policy_that_cannot_pay(tab):
    tab.select_policy("X1")
    assert tab.details.verdict.text() == "Expired before the move"
    tab.select_policy("H1")
    assert tab.details.verdict.text() == "Not applicable"
    assert "No benefit the calculation can count" in " ".join(tab.details.benefit_texts())
