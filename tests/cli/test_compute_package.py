"""``main.py compute`` on a scenario that carries an incentive package (issue 17).

The demo firm moves 6 operations staff to Gui'an (its file says so); a grant of 1,000,000 yuan at
the move and 20,000 yuan a person for 2 years cost the region 1,000,000 in year 0 and 120,000 in
years 1 and 2. At the public rate of 5 %: 1,000,000 + 120,000/1.05 + 120,000/1.05^2 = 1,223,129.25;
the firm gains the same amounts at its own rate of 8 %: 1,000,000 + 120,000/1.08 + 120,000/1.08^2 =
1,213,991.77.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.domain.package import ItemKind, Package, PackageItem
from explorer.domain.scenario_codec import dump_scenario, parse_scenario

ROOT = Path(__file__).resolve().parents[2]
INFERENCE = ROOT / "data" / "personas" / "beijing_internet_inference.json"
PACKAGE = Package(
    items=(
        PackageItem(ItemKind.SETTLEMENT_GRANT, 1_000_000),
        PackageItem(ItemKind.TALENT_SUBSIDY, 20_000, years=2),
    ),
    public_discount_rate=0.05,
)
FISCAL_COST_PV = 1_000_000 + 120_000 / 1.05 + 120_000 / 1.05**2
FIRM_GAIN = 1_000_000 + 120_000 / 1.08 + 120_000 / 1.08**2


@pytest.fixture
def deal(tmp_path) -> Path:
    path = tmp_path / "deal.json"
    path.write_text(dump_scenario(parse_scenario(INFERENCE.read_bytes()), PACKAGE), encoding="utf-8")
    return path


def test_json_carries_the_fiscal_cost_and_the_firm_gain_by_hand(capsys, deal):
    assert main(["compute", "--json", str(deal)]) == 0
    report = json.loads(capsys.readouterr().out)["package"]
    region, firm = report["region"], report["firm"]
    assert region["fiscal_cost_by_year"][:4] == pytest.approx([1_000_000, 120_000, 120_000, 0])
    assert not any(region["fiscal_cost_by_year"][3:])
    assert region["fiscal_cost_pv"] == pytest.approx(FISCAL_COST_PV, abs=0.01)
    assert firm["gain"] == pytest.approx(FIRM_GAIN, abs=0.01)
    assert firm["npv_with"] - firm["npv_without"] == pytest.approx(FIRM_GAIN, abs=0.01)
    assert region["gain_per_yuan_of_cost"] == pytest.approx(FIRM_GAIN / FISCAL_COST_PV)
    assert report["package"]["items"][0]["kind"] == "settlement_grant"
    assert {hub["site_id"] for hub in report["hubs"]} == {"shaoguan", "horinger", "zhongwei", "qingyang"}
    assert report["ceilings_exceeded"] == []  # 20,000 a person is below the pack's 30,000


def test_the_summary_prints_both_sides(capsys, deal):
    assert main(["--lang", "en", "compute", str(deal)]) == 0
    out = capsys.readouterr().out
    section = out[out.index("Proposed package") :]
    assert "Settlement grant" in section and "Talent subsidy" in section
    assert "Fiscal cost (PV at 5.0%)" in section
    assert "CNY 1.2 M" in section  # 1,223,129 and 1,213,992, as the summary rounds money
    assert "Firm's gain (NPV)" in section
    assert "Against the best alternative hub" in section


def test_the_summary_in_chinese(capsys, deal):
    assert main(["--lang", "zh_CN", "compute", str(deal)]) == 0
    out = capsys.readouterr().out
    section = out[out.index("拟议") :]
    assert "财政成本" in section and "122万元" in section and "121万元" in section


def test_a_ceiling_passed_is_flagged(capsys, tmp_path):
    path = tmp_path / "over.json"
    over = Package(items=(PackageItem(ItemKind.SETTLEMENT_GRANT, 5_000_000),))
    path.write_text(dump_scenario(parse_scenario(INFERENCE.read_bytes()), over), encoding="utf-8")
    assert main(["compute", "--json", str(path)]) == 0
    (flag,) = json.loads(capsys.readouterr().out)["package"]["ceilings_exceeded"]
    assert (flag["item"], flag["limit"], flag["value"], flag["ceiling"]) == (
        "settlement_grant", "max_amount", 5_000_000, 2_000_000,
    )  # fmt: skip


def test_without_a_package_there_is_no_package_section(capsys):
    assert main(["--lang", "en", "compute", str(INFERENCE)]) == 0
    assert "Proposed package" not in capsys.readouterr().out
    assert main(["compute", "--json", str(INFERENCE)]) == 0
    assert "package" not in json.loads(capsys.readouterr().out)


def test_a_bad_package_exits_2_naming_the_field(capsys, tmp_path):
    document = json.loads(dump_scenario(parse_scenario(INFERENCE.read_bytes()), PACKAGE))
    document["package"]["items"][0]["kind"] = "free_lunch"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    assert "package.items[0].kind" in capsys.readouterr().err


def test_export_of_a_scenario_file_prints_its_package(capsys, deal, tmp_path):
    """The package a scenario file carries reaches the investor pack too (``export --package-copy``)."""
    import openpyxl

    books = {}
    for copy in ("firm", "bureau"):
        out = tmp_path / f"{copy}.xlsx"
        code = main(["--lang", "en", "export", str(deal), "--xlsx", str(out), "--samples", "0",
                     "--package-copy", copy])  # fmt: skip
        assert code == 0, capsys.readouterr().err
        books[copy] = openpyxl.load_workbook(out).sheetnames
    assert "Package" in books["firm"] and "Package, region" not in books["firm"]
    assert "Package, region" in books["bureau"]


def test_a_ceiling_passed_is_said_in_chinese_with_chinese_units(capsys, tmp_path):
    path = tmp_path / "talent.json"
    over = Package(items=(PackageItem(ItemKind.TALENT_SUBSIDY, 50_000, years=2),))
    path.write_text(dump_scenario(parse_scenario(INFERENCE.read_bytes()), over), encoding="utf-8")
    assert main(["--lang", "zh_CN", "compute", str(path)]) == 0
    section = capsys.readouterr().out.split("拟议")[1]  # the package section's flag, not the KPIs' marks
    (flag,) = [line for line in section.splitlines() if line.startswith("  (!) ")]
    assert "50,000 元/人/年" in flag and "30,000 元/人/年" in flag and "yuan" not in flag
