"""``main.py compute --goal-seek preset:KIND``: the window's common questions on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.domain.engine import evaluate
from explorer.domain.goal_presets import solve_preset
from explorer.domain.scenario_codec import parse_scenario
from explorer.domain.uncertainty import apply_goal_seek

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = sorted((ROOT / "data" / "personas").glob("*.json"))
DEMO = ROOT / "data" / "personas" / "shenzhen_ai_startup.json"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["compute", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["price", "incentive", "migration"])
@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_each_preset_answers_as_in_the_window(capsys, shipped_pack, path, kind):
    code, out, err = run(capsys, path, "--goal-seek", f"preset:{kind}", "--json")
    assert code == 0, err
    seek = json.loads(out)["goal_seek"]
    scenario = parse_scenario(path.read_bytes())
    expected = solve_preset(scenario, shipped_pack, kind)
    if not expected.solved and kind == "migration":  # a move that does not pay even with no migration cost
        assert seek["status"] != "solved" and seek["reason"] == str(expected.reason())
        return
    assert seek["status"] == "solved" and seek["value"] == expected.result.value
    assert seek["preset"] == kind and seek["note"] == str(expected.preset.note()) and seek["reason"] is None
    for change_path, value in seek["changes"]:
        scenario = scenario.replace_value(change_path, value)
    assert evaluate(scenario, shipped_pack).primary.npv == pytest.approx(0.0, abs=1.0)


def test_the_price_preset_prints_the_policy_price_and_its_note(capsys, shipped_pack):
    code, out, err = run(capsys, DEMO, "--goal-seek", "preset:price")
    assert code == 0, err
    answer = solve_preset(parse_scenario(DEMO.read_bytes()), shipped_pack, "price").result
    section = out[out.index("Goal seek: ") :]
    assert section.startswith(
        "Goal seek: P3: guaranteed electricity price (policies.P3.price) for NPV = CNY 0"
    )
    assert f"  {answer.value:.6g} yuan/kWh (now 0.35; NPV there CNY 0)" in section
    assert f"  with sites.guian.electricity_price raised to {answer.value:.6g} yuan/kWh" in section
    assert "  The electricity price at Gui'an New Area, Guizhou is set by policy P3 (" in section
    check = apply_goal_seek(parse_scenario(DEMO.read_bytes()), answer)
    assert evaluate(check, shipped_pack).primary.npv == pytest.approx(0.0, abs=1.0)


def test_a_preset_without_an_answer_prints_why(capsys):
    code, out, err = run(capsys, DEMO, "--goal-seek", "preset:migration", "--target-npv", "1e12")
    assert code == 0, err
    reason = "  The NPV stays below the target of CNY 1,000.0 B even with other one-off costs of CNY 0 ("
    assert reason in out
    assert "No solution" not in out and "10,000,000,000,000" not in out


def test_a_preset_with_a_range_of_ones_own_searches_just_that(capsys):
    code, out, err = run(capsys, DEMO, "--goal-seek", "preset:price", "--goal-range", "0.3", "0.4")
    assert code == 0, err
    assert "even at a price of 0.400 yuan/kWh" in out
    assert "Searched from 0.300 yuan/kWh to 0.400 yuan/kWh." in out


def test_an_unknown_preset_is_refused_by_name(capsys):
    code, _, err = run(capsys, DEMO, "--goal-seek", "preset:cheapest")
    assert code == 2
    assert "preset: unknown preset 'cheapest' (known: price, incentive, migration)" in err


def test_the_preset_note_reads_in_chinese(capsys):
    code, out, err = (
        main(["--lang", "zh_CN", "compute", str(DEMO), "--goal-seek", "preset:price"]),
        *capsys.readouterr(),
    )
    assert code == 0, err
    assert "贵州贵安新区的电价由政策 P3（" in out
