"""Latency has one meaning (cost-model.md 7.5): round-trip estimates, official claims beside them."""

from __future__ import annotations

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import LatencyResult, LatencyVerdict
from explorer.domain.latency import (
    KIND_WORDS,
    LatencyKind,
    citation,
    is_latency_fact,
    ms_text,
    official_claims,
)
from explorer.domain.pack import HubFact
from explorer.domain.parameters import Confidence, Provenance

from .conftest import base_scenario


def _fact(fact_id: str, site: str | None, region: str | None, value: float | None = 10.0, unit: str = "ms"):
    provenance = Provenance("China Daily, Aug 2023", "2023-08", Confidence.PRESS)
    return HubFact(fact_id, "", "", value, unit, "", "", provenance, False, site, region)


def test_claims_match_their_site_and_region_only():
    facts = (
        _fact("a", "guian", "gba"),
        _fact("b", "guian", "yrd", 15),
        _fact("c", "guian", None, 3),
        _fact("d", None, None, 57, "EFLOPS"),
        _fact("e", "guian", "gba", None),  # no figure: nothing to show beside an estimate
    )
    assert [f.id for f in official_claims(facts, "guian", "gba")] == ["a"]
    assert official_claims(facts, "beijing", "gba") == ()
    assert [f.id for f in facts if is_latency_fact(f)] == ["a", "b", "c", "e"]


def test_the_shipped_pack_has_gui_ans_claims_beside_its_estimates(shipped_pack):
    published = {"gba": 10, "yrd": 15, "bth": 20, "chengyu": 6}
    for region, one_way in published.items():
        (claim,) = official_claims(shipped_pack.hub_facts, "guian", region)
        assert claim.value == one_way and claim.unit == "ms"
        assert "China Daily" in citation(claim)
        estimate = shipped_pack.latency_ms[("guian", region)]
        assert estimate.value == 2 * one_way  # the estimate is a round trip; the claim is not
    assert official_claims(shipped_pack.hub_facts, "beijing", "bth") == ()


def test_every_figure_says_which_kind_it_is():
    assert KIND_WORDS[LatencyKind.ROUND_TRIP_ESTIMATE] == "round-trip estimate"
    assert KIND_WORDS[LatencyKind.OFFICIAL_CLAIM] == "official claim (one-way)"
    assert ms_text(20.0) == "20" and ms_text(1.3) == "1.3"


def test_the_json_says_latency_is_a_round_trip_estimate(shipped_pack):
    data = evaluate(base_scenario(), shipped_pack).to_dict()
    guian = next(site for site in data["sites"] if site["id"] == "guian")
    gba = next(result for result in guian["latency"] if result["region"] == "gba")
    assert gba["kind"] == "round_trip_estimate"
    assert gba["latency_ms"] == 20 and gba["low_ms"] == 10
    assert LatencyResult("gba", "", "", 1, 1, 1, 2, LatencyVerdict.OK).kind is LatencyKind.ROUND_TRIP_ESTIMATE
