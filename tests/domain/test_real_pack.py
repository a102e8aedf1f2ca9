"""Integration: the engine against the shipped data pack and the persona files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.domain.engine import evaluate
from explorer.domain.evaluation import PolicyStatus
from explorer.domain.scenario import FirmProfile, PolicyChoice, Scenario, SiteChoice, Workload
from explorer.domain.scenario_codec import dump_scenario, parse_scenario
from explorer.domain.uncertainty import monte_carlo, tornado

PERSONAS = sorted((Path(__file__).resolve().parents[2] / "data" / "personas").glob("*.json"))


def persona(name: str) -> Scenario:
    return parse_scenario((PERSONAS[0].parent / f"{name}.json").read_bytes())


def test_there_are_at_least_four_complete_personas_in_both_languages():
    assert len(PERSONAS) >= 4
    for path in PERSONAS:
        scenario = parse_scenario(path.read_bytes())
        assert scenario.title and scenario.description_en and scenario.description_zh
        assert any("\u4e00" <= ch <= "\u9fff" for ch in scenario.description_zh)
        assert parse_scenario(dump_scenario(scenario)) == scenario  # they round-trip


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_every_persona_evaluates_with_finite_results(shipped_pack, path):
    scenario = parse_scenario(path.read_bytes())
    result = evaluate(scenario, shipped_pack)
    json.dumps(result.to_dict(), allow_nan=False)
    assert len(result.sites) == len(scenario.sites)
    assert result.primary.site_id == scenario.destination
    assert tornado(scenario, shipped_pack).bars
    mc = monte_carlo(scenario, shipped_pack, samples=500, seed=1)
    assert mc.p10 <= mc.p50 <= mc.p90


def test_guian_price_policy_pays_nothing_at_the_policy_price(shipped_pack):
    # the pack's Gui'an price already is P3's 0.35 yuan/kWh: counting P3 must not double it
    scenario = Scenario(
        FirmProfile(origin="beijing"), Workload("ai_training"), policies=(PolicyChoice("P3"),)
    )
    p3 = evaluate(scenario, shipped_pack).policies[0]
    assert p3.status is PolicyStatus.ELIGIBLE and p3.total == 0.0
    dearer = scenario.replace_value("sites.guian.electricity_price", 0.45)
    p3 = evaluate(dearer, shipped_pack).policies[0]
    energy_kwh = evaluate(dearer, shipped_pack).site("guian").energy_kwh
    assert p3.case_value[1] == pytest.approx(0.10 * energy_kwh)


def test_beijing_pue_surcharge_from_the_pack(shipped_pack):
    scenario = Scenario(
        FirmProfile(origin="beijing"),
        Workload("ai_training", it_load_kw=10_000),
        sites=(SiteChoice("beijing", params={"pue": 1.5}),),
        policies=(PolicyChoice("O2"),),
    )
    result = evaluate(scenario, shipped_pack)
    # 0.15 over the 1.35 limit on 10 MW all year, at +0.2 yuan/kWh
    assert result.site("beijing").table.charges[1] == pytest.approx(10_000 * 8760 * 0.15 * 0.2)
    assert result.policies[0].status is PolicyStatus.ELIGIBLE


def test_western_tax_rate_needs_the_encouraged_industry_share(shipped_pack):
    base = dict(origin="beijing", taxable_profit=100e6)
    scenario = Scenario(FirmProfile(**base), Workload("ai_training"), policies=(PolicyChoice("N1"),))
    unknown = evaluate(scenario, shipped_pack).policies[0]
    assert unknown.status is PolicyStatus.UNKNOWN
    eligible = Scenario(
        FirmProfile(encouraged_industry_share=0.7, **base),
        Workload("ai_training"),
        policies=(PolicyChoice("N1"),),
    )
    n1 = evaluate(eligible, shipped_pack).policies[0]
    assert n1.status is PolicyStatus.ELIGIBLE
    assert n1.case_value[1] == pytest.approx(100e6 * 0.10)


def test_chengdu_render_farm_keeps_the_western_rate_either_way(shipped_pack):
    # Sichuan is western too: N1 applies at the origin and at Gui'an, so it does not favour the move
    result = evaluate(persona("chengdu_render_farm"), shipped_pack)
    n1 = next(p for p in result.policies if p.policy_id == "N1")
    assert n1.status is PolicyStatus.ELIGIBLE
    assert n1.total == pytest.approx(0.0, abs=1e-6)
    assert result.site("sichuan").table.tax[1] > 0  # a tax rate: the tax line (7.3)
