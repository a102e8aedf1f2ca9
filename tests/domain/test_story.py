"""The hub's story (issue 16): grouping, citations, charts' points, the network, clicking a site."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.domain.story import (
    NETWORK,
    SHORT_LIMIT,
    NodeKind,
    OpenAs,
    article_facts_left_out,
    build_story,
    chart_series,
    open_as,
    open_site,
    origin_links,
    short_citation,
    source_list,
)


@pytest.fixture(scope="module")
def pack():
    from explorer.datapack import load_pack

    return load_pack()


@pytest.fixture(scope="module")
def scenario(pack):
    from explorer.personas import load_personas

    return {p.id: p for p in load_personas()}["shenzhen_ai_startup"].scenario


def test_every_article_figure_is_in_the_story_as_stated(pack):
    story = build_story(pack)
    article = [f for f in pack.hub_facts if f.from_article]
    assert len(article) >= 15
    assert article_facts_left_out(pack) == ()
    shown = {f.id: f for f in story.facts}
    for fact in article:
        assert shown[fact.id] is fact  # the pack's own text (qualifiers included), never rewritten
    assert shown["article_compute_power"].text_en == "surpassing 57 EFLOPS"
    assert shown["article_transactions_cny"].text_en == "approximately 11.35 billion yuan"
    assert shown["article_transactions_usd"].text_zh == "约15.6亿美元"
    assert [s.key.value for s in story.sections] == ["scale", "market", "support", "runs_here"]


def test_a_fact_the_pack_lacks_is_left_out(pack):
    fewer = dataclasses.replace(pack, hub_facts=tuple(f for f in pack.hub_facts if f.id != "article_nezha2"))
    assert "article_nezha2" not in {f.id for f in build_story(fewer).facts}


def test_short_citations_are_outlet_and_date_in_each_language(pack):
    fact = next(f for f in pack.hub_facts if f.id == "article_compute_power")
    assert short_citation(fact.provenance, "en") == "China Daily, 29 Apr 2025"
    assert short_citation(fact.provenance, "zh_CN") == "中国日报（英文版），2025年4月29日"
    for fact in pack.hub_facts:
        assert len(short_citation(fact.provenance, "en")) <= SHORT_LIMIT


def test_each_source_is_listed_once(pack):
    story = build_story(pack)
    sources = source_list(story.facts)
    assert [s.number for s in sources] == list(range(1, len(sources) + 1))
    assert len(sources) < len(story.facts)  # the article's one source, not one line per figure
    assert sum(len(s.fact_ids) for s in sources) == len(story.facts)


def test_the_charts_are_the_packs_sourced_points(pack):
    series = {s.key: s for s in chart_series(pack)}
    assert set(series) == {"compute", "loans"}
    known = {f.id: f for f in pack.hub_facts}
    for chart in series.values():
        assert len(chart.points) >= 2
    compute = series["compute"].points
    assert [p.value for p in compute] == [known[p.fact.id].value for p in compute]
    # money is drawn in yuan (the pack states the loans in bn yuan), on a money axis (no unit label)
    assert series["loans"].money and not series["compute"].money
    assert [p.value for p in series["loans"].points] == pytest.approx([99.84e9, 83.38e9])


def test_the_network_has_8_hubs_and_10_clusters_without_boundaries(pack):
    hubs = [n for n in NETWORK if n.kind is NodeKind.HUB]
    clusters = [n for n in NETWORK if n.kind is NodeKind.CLUSTER]
    assert len(hubs) == 8 and len(clusters) == 10
    assert all(0 <= n.x <= 1 and 0 <= n.y <= 1 for n in NETWORK)
    assert {n.hub for n in clusters} == {h.id for h in hubs}
    # every site of the pack is a node one can click
    assert {n.site_id for n in NETWORK if n.site_id} == set(pack.sites)


def test_the_origins_are_linked_with_estimate_and_claim(pack):
    links = {link.origin_site: link for link in origin_links(pack)}
    assert set(links) == {"guangdong", "sichuan", "beijing"}
    gba = links["guangdong"]
    assert gba.estimate.value == pack.latency_ms[("guian", "gba")].value == 20
    assert [c.value for c in gba.claims] == [10]
    assert [c.value for c in links["beijing"].claims] == [20]


def test_clicking_a_site_opens_it_as_destination_comparator_or_origin(pack, scenario):
    assert open_as(pack, "guian") is OpenAs.DESTINATION
    assert open_as(pack, "shaoguan") is OpenAs.COMPARATOR
    assert open_as(pack, "sichuan") is OpenAs.ORIGIN
    assert open_site(scenario, pack, "guian") is scenario  # already the destination
    with_hub = open_site(scenario, pack, "horinger")
    assert "horinger" in with_hub.site_ids and with_hub.destination == scenario.destination
    assert open_site(with_hub, pack, "horinger") is with_hub
    moved = open_site(scenario, pack, "sichuan")
    assert moved.firm.origin == "sichuan"
