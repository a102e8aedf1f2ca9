"""Every latency figure in the window says whether it is a round-trip estimate or an official claim (7.5)."""

from __future__ import annotations

import html

import pytest

ESTIMATE = {"en": "round-trip estimate", "zh_CN": "往返估算"}
CLAIM = {"en": "official claim (one-way)", "zh_CN": "官方说法（单向）"}
# source / source_zh
SOURCE = {"en": "China Daily, 23 Aug 2023", "zh_CN": "中国日报（英文版），2023年8月23日"}


@pytest.fixture
def calculator(session):
    session.window.resize(1366, 768)  # the cards' full width: a narrow card shortens its detail line
    session.window.show()
    session.window.tabs.setCurrentIndex(2)
    return session.window.calculator_tab


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_latency_card_labels_the_estimate_and_shows_the_claim_beside_it(session, calculator, language):
    session.window.set_language(language)
    assert session.state.scenario.firm.user_regions == ("gba",)  # Gui'an -> GBA has a published claim
    card = calculator.cards["latency"]
    kpi = calculator.kpi("latency")
    detail = card.detail.text()
    assert detail == kpi.detail
    ms = "毫秒" if language == "zh_CN" else "ms"
    assert f"{ESTIMATE[language]} 20 {ms}" in detail
    gap = "" if language == "zh_CN" else " "  # no space after a full-width bracket
    assert f"{CLAIM[language]}{gap}10 {ms}" in detail
    assert SOURCE[language] in card.toolTip()  # the claim's source, in the window's language
    assert ESTIMATE[language] in kpi.explanation and CLAIM[language] in kpi.explanation
    assert SOURCE[language] in kpi.explanation
    session.window.set_language("en")


def test_a_pair_without_a_published_claim_shows_the_estimate_alone(session, calculator):
    from explorer.ui.calculator.latency_card import latency_kpi

    state = session.state
    facts = tuple(f for f in state.pack.hub_facts if f.latency_region_id != "gba")
    bare = latency_kpi(state.evaluation, "en", facts)
    assert "round-trip estimate 20 ms" in bare.detail and "official claim" not in bare.detail
    assert "holds no official claim (one-way)" in bare.explanation


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_overview_latency_links_say_which_kind_each_figure_is(session, language):
    """The network's links (issue 16): the round-trip estimate and the official claim, each named."""
    session.window.set_language(language)
    network = session.window.overview_tab.network
    _line, label = network.links["guangdong"]
    ms = "毫秒" if language == "zh_CN" else "ms"
    text = label.text()
    assert ESTIMATE[language] in text and CLAIM[language] in text
    assert "20" in text and "10" in text and ms in text
    assert SOURCE[language] in html.unescape(label.toolTip())  # the claim's source, in the window's language
    session.window.set_language("en")
