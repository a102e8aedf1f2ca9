"""``main.py client template|apply`` (issue 19)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from explorer.cli import main
from explorer.datapack.client_file import write_template
from explorer.domain.parameters import Confidence
from explorer.domain.scenario_codec import parse_scenario
from tests.client.conftest import CLIENT_VALUES

ROOT = Path(__file__).resolve().parents[2]
PERSONA = ROOT / "data" / "personas" / "shenzhen_ai_startup.json"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_template_in_each_language(tmp_path, capsys):
    code, out, _ = run(capsys, "client", "template", tmp_path / "t.xlsx")
    assert code == 0 and "t.xlsx" in out
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[0]["B2"].value == "Current site"
    code, _, _ = run(capsys, "--lang", "zh_CN", "client", "template", tmp_path / "t.csv")
    assert code == 0
    assert (
        (tmp_path / "t.csv")
        .read_text(encoding="utf-8-sig")
        .splitlines()[1]
        .startswith("current_site,现所在地")
    )


def test_apply_prints_the_diff_and_writes_the_scenario(tmp_path, capsys, shipped_pack):
    client = write_template(tmp_path / "acme.xlsx", "en", CLIENT_VALUES)
    out_file = tmp_path / "out.json"
    code, out, err = run(capsys, "client", "apply", PERSONA, client, "-o", out_file, "--pack", ROOT / "data")
    assert code == 0, err
    assert "Electricity price: " in out and "(bill ÷ annual electricity = 29,876,543 ÷ 41,234,567)" in out
    assert "Kept with the client data, used by no input: Annual revenue" in out
    scenario = parse_scenario(out_file.read_text(encoding="utf-8"))
    assert scenario.client.file_name == "acme.xlsx"
    assert scenario.site("beijing").params["electricity_price"].value == 29876543 / 41234567
    from explorer.domain.model import build_model

    info = build_model(scenario, shipped_pack).info("sites.beijing.rack_rent")
    assert info.value == 6123 and info.provenance.confidence is Confidence.CLIENT


def test_apply_keeps_the_scenarios_incentive_package(tmp_path, capsys):
    from explorer.domain.package import ItemKind, Package, PackageItem
    from explorer.domain.scenario_codec import dump_scenario, read_scenario

    package = Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 1_000_000),))
    with_package = tmp_path / "firm.json"
    with_package.write_text(dump_scenario(parse_scenario(PERSONA.read_bytes()), package), encoding="utf-8")
    client = write_template(tmp_path / "acme.xlsx", "en", CLIENT_VALUES)
    out_file = tmp_path / "out.json"
    pack = ROOT / "data"
    code, _, err = run(capsys, "client", "apply", with_package, client, "-o", out_file, "--pack", pack)
    assert code == 0, err
    decoded = read_scenario(out_file.read_bytes())
    assert decoded.package == package and decoded.scenario.client.file_name == "acme.xlsx"


def test_apply_refuses_a_bad_file_and_writes_nothing(tmp_path, capsys):
    client = write_template(tmp_path / "bad.csv", "en", {"electricity_kwh": "-1", "electricity_bill": "5"})
    out_file = tmp_path / "out.json"
    code, out, err = run(capsys, "client", "apply", PERSONA, client, "-o", out_file, "--pack", ROOT / "data")
    assert code == 2 and not out_file.exists() and out == ""
    assert "bad.csv, row 3, column 'value': must be >= 0" in err


def test_apply_in_chinese(tmp_path, capsys):
    client = write_template(tmp_path / "acme.csv", "zh_CN", CLIENT_VALUES)
    code, out, _ = run(
        capsys, "--lang", "zh_CN", "client", "apply", PERSONA, client, "-o", tmp_path / "o.json",
        "--pack", ROOT / "data",
    )  # fmt: skip
    assert code == 0 and "电价" in out


def test_export_results_only_leaves_the_client_figures_out(tmp_path, capsys):
    from tests.client.test_anonymised_export import RAW, _cells

    client = write_template(tmp_path / "acme.xlsx", "en", CLIENT_VALUES)
    case = tmp_path / "case.json"
    code, _, err = run(capsys, "client", "apply", PERSONA, client, "-o", case, "--pack", ROOT / "data")
    assert code == 0, err
    for flag, book in (([], tmp_path / "full.xlsx"), (["--results-only"], tmp_path / "results.xlsx")):
        code, _, err = run(capsys, "export", case, "--xlsx", book, "--samples", "0", *flag)
        assert code == 0, err
    numbers = {
        name: [c for c in _cells(name) if isinstance(c, int | float) and not isinstance(c, bool)]
        for name in (tmp_path / "full.xlsx", tmp_path / "results.xlsx")
    }
    assert any(c == RAW["rack_rent"] for c in numbers[tmp_path / "full.xlsx"])  # the check can see them
    for value in RAW.values():
        assert all(abs(c - value) > 1e-9 * max(1.0, abs(value)) for c in numbers[tmp_path / "results.xlsx"])
    # the annual table is the client's bills: refused with the flag, nothing written
    code, _, err = run(capsys, "export", case, "--csv", tmp_path / "a.csv", "--results-only")
    assert code == 2 and "--results-only" in err and not (tmp_path / "a.csv").exists()
