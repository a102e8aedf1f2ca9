"""The client template: written in either language, read back the same, refused precisely (issue 19)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from explorer.datapack.client_file import ClientDataError, read_client_file, template_rows, write_template
from explorer.domain.client_data import apply_plan, plan_import
from explorer.domain.client_facts import CLIENT_FACTS
from explorer.domain.model import build_model
from tests.client.conftest import CLIENT_VALUES, CLIENT_VALUES_ZH


def _applied(path, scenario, pack):
    client = read_client_file(path, scenario, pack)
    plan = plan_import(scenario, pack, client.facts, client.name, dt.date(2026, 12, 6))
    return client, apply_plan(scenario, plan)


def test_template_has_every_fact_with_unit_and_example_in_the_users_language(tmp_path, chinese):
    # the items and notes are translatable texts (context ClientData): Chinese through Qt's translator
    for language, header in (("en", "value"), ("zh_CN", "数值")):
        chinese.apply(language)
        path = write_template(tmp_path / f"t-{language}.xlsx", language, translate=QCoreApplication.translate)
        sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert len(openpyxl.load_workbook(path).worksheets) == 1
        assert rows[0][2] == header
        assert [row[0] for row in rows[1:]] == [fact.key for fact in CLIENT_FACTS]
        assert all(row[2] is None and row[4] for row in rows[1:])  # every row optional, with an example
    zh = template_rows("zh_CN", QCoreApplication.translate)
    assert ["electricity_kwh", "年用电量", "", "千瓦时/年", "52560000", "整个机房电表读数，全年"] == zh[2]
    assert openpyxl.load_workbook(path).worksheets[0].title == "客户数据"
    assert template_rows("en")[2][1] == "Annual electricity"  # no translator: the English source texts


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_filled_template_round_trips_into_the_scenario_exactly(tmp_path, scenario, shipped_pack, suffix):
    path = write_template(tmp_path / f"acme{suffix}", "en", CLIENT_VALUES)
    client, applied = _applied(path, scenario, shipped_pack)
    model = build_model(applied, shipped_pack)
    value = lambda p: model.info(p).value  # noqa: E731
    assert applied.firm.origin == "beijing"
    assert value("sites.beijing.electricity_price") == 29876543 / 41234567
    assert value("sites.beijing.pue") == 1.37
    assert value("workload.it_load_kw") == 41234567 / (8760 * 1.37)
    assert value("sites.beijing.rack_rent") == 6123
    assert value("workload.bandwidth_mbps") == 1777
    assert value("sites.beijing.bandwidth_price") == 27.5
    assert value("sites.beijing.staff") == 47
    assert value("sites.beijing.wage") == 287654
    assert value("firm.taxable_profit") == 61234567
    assert value("firm.fixed_asset_investment") == 187654321
    assert applied.firm.high_tech is True
    assert applied.firm.encouraged_industry_share == 0.75 and applied.firm.domestic_chip_share == 0.3
    assert applied.finance.move_date == dt.date(2027, 3, 1)
    assert applied.client.file_name == f"acme{suffix}"
    assert applied.client.facts["revenue"] == repr(512345678.0)


def test_a_template_filled_in_chinese_imports_the_same_as_in_english(tmp_path, scenario, shipped_pack):
    _, english = _applied(write_template(tmp_path / "c.xlsx", "en", CLIENT_VALUES), scenario, shipped_pack)
    _, chinese = _applied(
        write_template(tmp_path / "c.csv", "zh_CN", CLIENT_VALUES_ZH), scenario, shipped_pack
    )
    assert chinese.client.file_name == "c.csv"
    assert chinese.client.facts["current_site"] == english.client.facts["current_site"] == "beijing"
    assert chinese.client.facts["high_tech"] == "yes"
    strip = lambda s: s.__class__(**{**{f: getattr(s, f) for f in s.__dataclass_fields__}, "client": None})  # noqa: E731
    assert _without_sources(strip(chinese)) == _without_sources(strip(english))


def _without_sources(scenario):
    from explorer.domain.scenario_codec import dump_scenario

    return dump_scenario(scenario).replace("c.csv", "FILE").replace("c.xlsx", "FILE")


def _refused(path, scenario, pack) -> list[str]:
    with pytest.raises(ClientDataError) as caught:
        read_client_file(path, scenario, pack)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_bad_template_is_refused_by_row_and_column_all_at_once(tmp_path, scenario, shipped_pack, suffix):
    values = {
        **CLIENT_VALUES,
        "electricity_kwh": "-5",
        "pue": "about 1.4",
        "rack_rent": "6,500",
        "staff": "40%",
    }
    path = write_template(tmp_path / f"bad{suffix}", "en", values)
    if suffix == ".xlsx":  # a unit changed by hand: MWh where the template says kWh/yr
        workbook = openpyxl.load_workbook(path)
        workbook.worksheets[0]["D3"] = "MWh"
        workbook.save(path)
    else:
        path.write_bytes(path.read_bytes().replace(b"kWh/yr", b"MWh", 1))
    problems = _refused(path, scenario, shipped_pack)
    name = path.name
    assert problems == [
        f"{name}, row 3, column 'unit': wrong unit: this row takes kWh/yr / 千瓦时/年 (value: 'MWh')",
        f"{name}, row 3, column 'value': must be >= 0 (negative values are not allowed) (value: '-5')",
        f"{name}, row 6, column 'value': must be a number (value: 'about 1.4')",
        f"{name}, row 9, column 'value': thousands separator in a number: write it without commas, "
        "e.g. 1234567 (value: '6,500')",
        f"{name}, row 12, column 'value': percent sign in a number: write a fraction, e.g. 0.15 for 15% "
        "(value: '40%')",
    ]


def test_a_bill_without_kwh_is_refused_naming_its_row(tmp_path, scenario, shipped_pack):
    path = write_template(tmp_path / "bill.xlsx", "zh_CN", {"electricity_bill": "29876543", "pue": "1.4"})
    assert _refused(path, scenario, shipped_pack) == [
        "bill.xlsx, row 4, column '数值': a bill needs the annual electricity (kWh) to give a price "
        "(value: '29876543.0')"
    ]


def test_unknown_rows_and_files_are_refused(tmp_path, scenario, shipped_pack):
    path = tmp_path / "odd.csv"
    path.write_text(
        "key,value\nelectricity_kwh,1000\nsolar_panels,3\nelectricity_kwh,2000\n", encoding="utf-8"
    )
    problems = _refused(path, scenario, shipped_pack)
    assert problems[0].startswith("odd.csv, row 3, column 'key': not a fact of the client template")
    assert (
        problems[1]
        == "odd.csv, row 4, column 'key': this fact appears twice (first in row 2) (value: 'electricity_kwh')"
    )
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert _refused(text, scenario, shipped_pack) == [
        "notes.txt: not a client data file: choose an .xlsx workbook or a .csv file"
    ]
