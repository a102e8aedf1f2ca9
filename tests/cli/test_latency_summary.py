"""``compute``: latency figures say which kind they are, the official claim beside the estimate (7.5)."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.cli import main

INFERENCE = Path(__file__).resolve().parents[2] / "data" / "personas" / "beijing_internet_inference.json"


def _latency_lines(out: str, heading: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    end = lines.index("", start)
    return lines[start:end]


def test_summary_in_english(capsys):
    assert main(["--lang", "en", "compute", str(INFERENCE)]) == 0
    lines = _latency_lines(capsys.readouterr().out, "Latency against a budget of 50 ms (round trip)")
    assert "Round-trip estimate, ms" in lines[1] and "Official claim (one-way), ms" in lines[1]
    guian_gba = next(line for line in lines if "Gui'an" in line and "Greater Bay Area" in line)
    assert " 20  ok " in guian_gba  # the round-trip estimate and its verdict
    assert " 10  China Daily, 23 Aug 2023" in guian_gba  # the claim beside the estimate, with its source
    beijing_bth = next(line for line in lines if line.strip().startswith("Beijing ") and "Hebei" in line)
    assert beijing_bth.rstrip().endswith("-  -")  # no claim for this pair
    assert "often one-way" in lines[-1]


def test_summary_in_chinese(capsys):
    assert main(["--lang", "zh_CN", "compute", str(INFERENCE)]) == 0
    lines = _latency_lines(capsys.readouterr().out, "网络时延（往返）")
    assert "往返估算（毫秒）" in lines[1] and "官方说法（单向）（毫秒）" in lines[1]
    guian_gba = next(line for line in lines if "贵安" in line and "粤港澳大湾区" in line)
    assert " 10  中国日报（英文版），2023年8月23日" in guian_gba  # the pack's source_zh
    assert "单向" in lines[-1]


def test_json_keeps_round_trip_ms_and_says_so(capsys):
    assert main(["compute", str(INFERENCE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    guian = next(site for site in data["sites"] if site["id"] == "guian")
    gba = next(result for result in guian["latency"] if result["region"] == "gba")
    assert gba["kind"] == "round_trip_estimate"
    assert (gba["latency_ms"], gba["low_ms"], gba["high_ms"], gba["budget_ms"]) == (20, 10, 30, 50)
