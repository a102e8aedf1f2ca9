"""Dates and numbers at the edges (issue 18): refused with a message naming the field, never a traceback."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.domain.errors import InvalidInput
from explorer.domain.fields import MOVE_DATE_MAX
from explorer.domain.scenario_codec import parse_scenario

ROOT = Path(__file__).resolve().parents[2]
PERSONA = ROOT / "data" / "personas" / "shenzhen_ai_startup.json"


@pytest.fixture(autouse=True)
def command_line_language(qapp):
    yield
    from explorer.translation import install_command_line_language

    install_command_line_language("en")


def _with_move_date(tmp_path: Path, date: str) -> Path:
    data = json.loads(PERSONA.read_text(encoding="utf-8"))
    data["finance"]["move_date"] = date
    path = tmp_path / "late.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("date", ["9999-06-01", "9990-01-01", "2200-01-01", "1999-12-31", "0001-01-01"])
def test_a_move_date_out_of_range_is_refused_by_the_codec(date):
    data = json.loads(PERSONA.read_text(encoding="utf-8"))
    data["finance"]["move_date"] = date
    with pytest.raises(InvalidInput, match="finance.move_date: must be a date from 2000-01-01 to 2199-12-31"):
        parse_scenario(json.dumps(data).encode())


def test_the_last_move_date_allowed_computes_with_the_longest_horizon(capsys, tmp_path):
    data = json.loads(PERSONA.read_text(encoding="utf-8"))
    data["finance"]["move_date"] = MOVE_DATE_MAX.isoformat()
    data["finance"]["horizon_years"] = 20
    path = tmp_path / "last.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path), "--tornado"]) == 0
    assert main(["export", str(path), "--csv", str(tmp_path / "out.csv"), "--samples", "50"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("command", ["compute", "export"])
def test_compute_and_export_refuse_a_move_date_near_9999_naming_the_field(capsys, tmp_path, command):
    path = _with_move_date(tmp_path, "9999-06-01")
    args = [command, str(path)] + (["--csv", str(tmp_path / "x.csv")] if command == "export" else [])
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert "finance.move_date" in err and "Traceback" not in err and "Unexpected" not in err


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--monte-carlo", "10", "--seed", "-1"], "seed"),
        (["--monte-carlo", "10", "--seed", "99999999999999999999"], "seed"),
        (["--goal-seek", "preset:price", "--target-npv", "nan"], "target_npv"),
        (["--goal-seek", "preset:price", "--target-npv", "inf"], "target_npv"),
        (["--goal-seek", "preset:price", "--target-npv=-inf"], "target_npv"),
        (["--goal-seek", "finance.discount_rate", "--target-npv", "1e300"], "target_npv"),
        (["--goal-seek", "finance.discount_rate", "--goal-range", "nan", "0.2"], "finance.discount_rate"),
    ],
)
def test_compute_refuses_edge_numbers_without_a_traceback(capsys, args, field):
    assert main(["compute", str(PERSONA), *args]) == 2
    out, err = capsys.readouterr()
    assert f"{field}:" in err and "Traceback" not in err and "Unexpected" not in err


def test_export_refuses_a_negative_seed(capsys, tmp_path):
    assert main(["export", str(PERSONA), "--csv", str(tmp_path / "x.csv"), "--seed", "-1"]) == 2
    assert "seed" in capsys.readouterr().err


def test_the_domain_checks_seed_and_target():
    from explorer.domain.uncertainty import check_seed, check_target_npv

    assert check_seed(0) == 0 and check_target_npv(-5) == -5.0
    for bad in (-1, 2**63, 1.5, True, "3"):
        with pytest.raises(InvalidInput):
            check_seed(bad)
    for bad in (math.nan, math.inf, -math.inf, 2e15, "0"):
        with pytest.raises(InvalidInput):
            check_target_npv(bad)


def test_the_window_date_editor_stops_at_the_allowed_range(qtbot):
    from PySide6.QtCore import QDate

    from explorer.datapack import load_shipped_pack
    from explorer.domain.scenario_codec import read_scenario
    from explorer.ui.calculator.input_panel import InputPanel
    from explorer.ui.state import AppState

    state = AppState(load_shipped_pack(), scenario=read_scenario(PERSONA.read_bytes()).scenario)
    panel = InputPanel(state)
    qtbot.addWidget(panel)
    editor = panel.findChild(type(panel.move_date), "moveDate") or panel.move_date
    assert editor.maximumDate() == QDate(2199, 12, 31)
    editor.setDate(QDate(9999, 6, 1))
    assert state.scenario.finance.move_date <= MOVE_DATE_MAX


@pytest.mark.parametrize(
    "document",
    [
        '{"a": 1, "a": 2}',  # a duplicate key
        '{"firm": {}, "workload": {}, "x": NaN}',  # NaN
        "[" * 60 + "]" * 60,  # nested deeper than the limit
        '{"firm": {}, "workload": {}, "note": "' + "x" * 100_001 + '"}',  # a text over the limit
    ],
)
def test_compute_and_export_refuse_the_same_files_through_one_loader(capsys, tmp_path, document):
    path = tmp_path / "case.json"
    path.write_text(document, encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    compute_err = capsys.readouterr().err
    assert main(["export", str(path), "--csv", str(tmp_path / "x.csv")]) == 2
    export_err = capsys.readouterr().err
    assert compute_err == export_err and "Traceback" not in compute_err


def test_compute_and_export_accept_the_same_large_file(capsys, tmp_path):
    data = json.loads(PERSONA.read_text(encoding="utf-8"))
    data["description_en"] = "x" * 90_000  # near the text limit: within it for both commands
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path)]) == 0
    assert main(["export", str(path), "--csv", str(tmp_path / "x.csv"), "--samples", "0"]) == 0
    capsys.readouterr()


def test_a_scenario_of_too_many_sites_is_refused(capsys, tmp_path):
    """Work sized by the user: 5,000 custom sites took 26 s to export; a scenario holds at most 64."""
    from explorer.domain.fields import MAX_SITES

    data = json.loads(PERSONA.read_text(encoding="utf-8"))
    custom = dict(data["sites"][-1]) if isinstance(data.get("sites"), list) and data["sites"] else None
    sites = list(data.get("sites", []))
    for i in range(MAX_SITES + 10):
        site = dict(custom or {"id": "x"})
        site["id"] = f"custom{i}"
        sites.append(site)
    data["sites"] = sites
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    assert f"at most {MAX_SITES} sites can be compared" in capsys.readouterr().err
    assert main(["export", str(path), "--csv", str(tmp_path / "x.csv")]) == 2
    assert f"at most {MAX_SITES} sites can be compared" in capsys.readouterr().err


@pytest.mark.parametrize("size", ["20000x20000", "8000x8000", "8001x100"])
def test_export_refuses_an_image_beyond_the_bounds(capsys, tmp_path, size):
    """Work sized by the user: a 20,000 px PNG took 31 s with no progress; now at most 32 million pixels."""
    assert main(["export", str(PERSONA), "--png", str(tmp_path / "x.png"), "--size", size]) == 2
    assert "--size must be WIDTHxHEIGHT" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
