"""Exports in CNY or in USD at the scenario's rate: every amount converted, the currency named everywhere."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from openpyxl import load_workbook

from explorer.domain.engine import evaluate
from explorer.reports.csv_writer import render_annual_csv
from explorer.reports.errors import ExportError
from explorer.reports.xlsx_writer import render_xlsx

from .conftest import make_report


@pytest.fixture(scope="module")
def usd_report(persona, shipped_pack):
    return make_report(persona, shipped_pack, "en", samples=500, currency="USD")


def test_every_amount_is_converted_at_the_scenarios_rate(usd_report, report_en, persona, shipped_pack):
    evaluation = evaluate(persona.scenario, shipped_pack)
    rate = evaluation.cny_per_usd
    case = evaluation.primary
    kpis = {k.key: k for k in usd_report.kpis}
    assert kpis["npv"].amount == case.npv / rate and kpis["npv"].unit == "USD"
    assert kpis["npv"].value.startswith("USD ")
    assert kpis["incentives"].amount == float(np.sum(case.incentives)) / rate
    table = usd_report.tables["cashflows"]
    column = table.column_index("cash_flow")
    assert [row[column].raw for row in table.rows] == [float(v) / rate for v in case.cash_flows]
    assert usd_report.charts["cashflow"].annual == tuple(float(v) / rate for v in case.cash_flows)
    assert usd_report.charts["cashflow"].currency == "USD"
    assert usd_report.tables["cashflows"].note.startswith("In USD thousand")
    # inputs stay in their sources' units (a price in yuan/kWh is quoted so)
    assert usd_report.tables["assumptions"].rows == report_en.tables["assumptions"].rows


def test_the_currency_is_named_on_every_sheet_and_in_the_csv(usd_report):
    book = load_workbook(io.BytesIO(render_xlsx(usd_report)))
    line = "Amounts in USD at 7.20 CNY per USD."
    inputs = (
        "Amounts in USD at 7.20 CNY per USD; inputs and assumptions in the units shown, "
        "as their sources give them (yuan)."
    )
    model = (
        "Amounts in yuan (CNY), as the inputs are; the net present value is also given in USD "
        "at 7.20 CNY per USD."
    )
    for sheet in book.worksheets:
        texts = [c.value for row in sheet.iter_rows(max_row=6) for c in row if isinstance(c.value, str)]
        wanted = {"Inputs": inputs, "Assumptions": inputs, "Model": model}.get(sheet.title, line)
        assert wanted in texts, sheet.title
    header = next(iter(book["Cash flows"].iter_rows(min_row=4, max_row=4, values_only=True)))
    assert "Cash flow (USD)" in header
    rows = list(csv.reader(io.StringIO(render_annual_csv(usd_report).decode("utf-8-sig"))))
    assert "Energy (USD)" in rows[0] and rows[0][-1] == "CNY per USD"
    assert {r[-1] for r in rows[1:]} == {"7.2"}


def test_a_chinese_usd_report_says_美元(persona, shipped_pack):
    report = make_report(persona, shipped_pack, "zh_CN", samples=0, currency="USD")
    assert report.text["currency"] == "金额单位：美元，按 1 美元 = 7.20 元人民币折算。"
    assert report.tables["cashflows"].note.startswith("单位：万美元")
    assert report.tables["cashflows"].exact_note.startswith("单位：美元")
    assert {k.key: k for k in report.kpis}["npv"].value.endswith("美元")


def test_an_unknown_currency_is_refused(persona, shipped_pack):
    with pytest.raises(ExportError, match="currency: must be CNY or USD"):
        make_report(persona, shipped_pack, "en", samples=0, currency="EUR")


def test_co2_is_in_kt_or_吨_a_year(report_en, report_zh, persona, shipped_pack):
    from explorer.domain.formatting import format_tonnes

    site = evaluate(persona.scenario, shipped_pack).site(persona.scenario.destination)
    en = {k.key: k for k in report_en.kpis}["co2"].value
    zh = {k.key: k for k in report_zh.kpis}["co2"].value
    assert en == f"{format_tonnes(site.co2_avoided_t, 'en')} a year" and " kt " in f" {en} "
    assert zh.startswith("每年") and zh.endswith("吨")


@pytest.mark.parametrize(
    ("tonnes", "en", "zh"),
    [(0, "0 t", "0吨"), (950, "950 t", "950吨"), (5065, "5.1 kt", "5,065吨"), (12_345, "12.3 kt", "1.23万吨"),
     (1_234_000, "1.2 Mt", "123万吨"), (-5065, "-5.1 kt", "-5,065吨"), (float("nan"), "—", "—")],
)  # fmt: skip
def test_format_tonnes(tonnes, en, zh):
    from explorer.domain.formatting import format_tonnes

    assert (format_tonnes(tonnes, "en"), format_tonnes(tonnes, "zh")) == (en, zh)
