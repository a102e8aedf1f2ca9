"""``main.py compute``: summary, JSON, analyses and exit codes, run as a user runs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.domain.engine import evaluate
from explorer.domain.scenario_codec import parse_scenario

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = sorted((ROOT / "data" / "personas").glob("*.json"))
INFERENCE = ROOT / "data" / "personas" / "beijing_internet_inference.json"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["compute", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_summary_shows_kpis_and_every_site_table(capsys, shipped_pack):
    code, out, err = run(capsys, INFERENCE)
    assert code == 0, err
    evaluation = evaluate(parse_scenario(INFERENCE.read_bytes()), shipped_pack)
    assert "Key figures (case Beijing -> Gui'an New Area, Guizhou)" in out
    assert "NPV" in out and "IRR" in out and "Payback" in out
    for site in evaluation.sites:
        assert f"Annual table: {site.name_en}" in out
    assert "Policies" in out and "O2 " in out
    assert "Latency against a budget of 50 ms" in out
    assert not re.search(r"\b(nan|inf|infinity)\b", out, re.IGNORECASE)


def test_summary_in_chinese_units(capsys):
    code, out, _ = run(capsys, INFERENCE, "--language", "zh")
    assert code == 0
    assert "万元" in out and "CNY" not in out


def test_json_is_the_whole_evaluation(capsys, shipped_pack):
    code, out, err = run(capsys, INFERENCE, "--json")
    assert code == 0, err
    data = json.loads(out)
    evaluation = evaluate(parse_scenario(INFERENCE.read_bytes()), shipped_pack)
    assert data["primary_case"] == "guian"
    assert data["cases"][0]["npv"] == pytest.approx(evaluation.primary.npv, rel=1e-12)
    assert [s["id"] for s in data["sites"]] == [s.id for s in evaluation.sites]
    assert set(data["sites"][0]["table"]) >= {
        "energy",
        "space",
        "network",
        "labour",
        "charges",
        "incentives",
        "net",
    }
    assert {p["policy_id"] for p in data["policies"]} == {"O2", "P3", "N1", "N3", "G5"}
    assert "tornado" not in data and "monte_carlo" not in data


def test_json_with_every_analysis(capsys):
    code, out, err = run(
        capsys, INFERENCE, "--json", "--tornado", "--monte-carlo", "2000", "--seed", "3",
        "--goal-seek", "one_off.other",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    bars = data["tornado"]["bars"]
    assert bars and all(b["bar_low"] <= data["tornado"]["base_npv"] <= b["bar_high"] for b in bars)
    assert data["monte_carlo"]["samples"] == 2000 and data["monte_carlo"]["seed"] == 3
    assert "npv" not in data["monte_carlo"]  # the samples themselves are left out
    assert sum(data["monte_carlo"]["histogram_counts"]) == 2000
    assert data["goal_seek"]["status"] == "solved"
    # the largest "other" one-off the case can bear: what it has now plus the NPV
    seek = data["goal_seek"]
    assert seek["value"] == pytest.approx(seek["current_value"] + data["cases"][0]["npv"], rel=1e-9)


def test_text_with_every_analysis(capsys):
    seek = ("--goal-seek", "sites.guian.electricity_price", "--goal-range", "0", "2")
    code, out, _ = run(capsys, INFERENCE, "--tornado", "--monte-carlo", "1000", *seek)
    assert code == 0
    assert "Tornado: NPV with each input at its low and high end" in out
    assert "Monte Carlo: 1,000 samples, seed 0" in out and "P(NPV > 0)" in out
    assert (
        "Goal seek: Gui'an New Area, Guizhou: Electricity price (sites.guian.electricity_price) "
        "for NPV = CNY 0" in out
    )


def test_goal_seek_without_a_solution_says_so(capsys):
    code, out, _ = run(
        capsys, INFERENCE, "--goal-seek", "extra_incentive_per_year", "--goal-range", "0", "1e6"
    )
    assert code == 0
    assert "no solution in range 0 .. 1,000,000 yuan/yr" in out


@pytest.mark.parametrize("persona", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_every_persona_computes(capsys, persona):
    code, out, err = run(capsys, persona, "--json")
    assert code == 0, err
    assert json.loads(out)["cases"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(schema_version=99), "schema_version"),
        (lambda d: d["finance"].update(horizon_years=30), "finance.horizon_years"),
        (lambda d: d["finance"].update(discount_rate=1.5), "finance.discount_rate"),
        (lambda d: d["workload"].update(it_load_kw=-5), "workload.it_load_kw"),
        (lambda d: d["sites"][0].update(params={"pue": 0.9}), "sites.beijing.pue"),
        (lambda d: d["firm"].update(origin="atlantis"), "sites.atlantis"),
        (lambda d: d["policies"].append({"id": "NOPE"}), "policies.NOPE"),
        (lambda d: d.update(surprise=1), "surprise"),
    ],
)
def test_invalid_input_exits_2_naming_the_field(capsys, tmp_path, change, field):
    data = json.loads(INFERENCE.read_text(encoding="utf-8"))
    change(data)
    code, out, err = run(capsys, write(tmp_path, data))
    assert code == 2
    assert out == ""
    assert field in err and err.startswith("error:")


def test_unreadable_or_malformed_files_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path / "missing.json")
    assert code == 2 and "missing.json: cannot be read" in err
    code, _, err = run(capsys, write(tmp_path, "{not json"))
    assert code == 2 and "not valid JSON" in err


def test_bad_analysis_arguments_exit_2(capsys):
    code, _, err = run(capsys, INFERENCE, "--goal-seek", "sites.guian.colour")
    assert code == 2 and "sites.guian.colour" in err
    code, _, err = run(capsys, INFERENCE, "--monte-carlo", "0")
    assert code == 2 and "samples" in err


def test_main_py_end_to_end(tmp_path):
    env = {**os.environ, "GUIAN_EXPLORER_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    ok = subprocess.run(
        [sys.executable, "main.py", "compute", str(INFERENCE), "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["destination"] == "guian"
    bad = write(tmp_path, {"schema_version": 3})
    refused = subprocess.run(
        [sys.executable, "main.py", "compute", str(bad)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 2
    assert refused.stdout == ""
    assert "schema_version" in refused.stderr
