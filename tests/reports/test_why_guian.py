"""The investor pack's "Why Gui'an" section (issue 16), in both languages."""

from __future__ import annotations

import pytest

from explorer.domain.story import build_story
from explorer.reports.why_guian import NetworkChart

TITLE = {"en": "Why Gui'an", "zh_CN": "为什么选择贵安"}


@pytest.mark.parametrize("fixture", ["report_en", "report_zh"])
def test_the_section_has_the_storys_figures_the_network_latency_and_green_power(
    request, fixture, shipped_pack
):
    report = request.getfixturevalue(fixture)
    language = report.language
    zh = language == "zh_CN"
    section = report.sections[0]
    assert section.key == "why_guian" and section.title == TITLE[language]
    blocks = {block.key: block for block in section.blocks}
    assert set(blocks) == {"why_figures", "why_network", "why_latency", "why_green", "why_sources"}
    figures = [row[1].text for row in blocks["why_figures"].rows]
    story = build_story(shipped_pack)
    assert figures == [f.text_zh if zh else f.text_en for f in story.facts]  # as the sources state them
    for fact in shipped_pack.hub_facts:
        if fact.from_article:
            assert (fact.text_zh if zh else fact.text_en) in figures, fact.id
    network = blocks["why_network"]
    assert isinstance(network, NetworkChart)
    assert len(network.names) == 21 and len(network.links) == 3
    estimate, claim = (
        ("往返估算", "官方说法（单向）") if zh else ("round-trip estimate", "official claim (one-way)")
    )
    assert all(estimate in label and claim in label for _node, label in network.links)
    latency = {row[1].text: row for row in blocks["why_latency"].rows}
    assert len(latency) == 3
    sources = "\n".join(row[0].text for row in blocks["why_sources"].rows)
    assert ("中国日报" if zh else "China Daily, 29 Apr 2025") in sources
    green = " ".join(row[0].text for row in blocks["why_green"].rows)
    assert ("约15°C" if zh else "about 15 °C") in green


def test_the_pdf_draws_it(report_en, report_zh):
    from explorer.reports.pdf_writer import render_pdf

    for report in (report_en, report_zh):
        data = render_pdf(report)
        assert data.startswith(b"%PDF") and len(data) > 20_000
