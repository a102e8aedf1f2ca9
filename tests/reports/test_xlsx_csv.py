"""Excel and CSV: numbers stay numbers and equal the Evaluation; no formula; hostile text stays text."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from openpyxl import load_workbook

from explorer.domain.engine import evaluate
from explorer.domain.scenario import Quantity, SiteChoice
from explorer.reports.csv_writer import render_annual_csv
from explorer.reports.exporting import write_csv, write_xlsx
from explorer.reports.xlsx_writer import render_xlsx, sheet_title

from .conftest import make_report

HOSTILE = (
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(A1:A9)",
    "\t=1+2",
    "\r=1+2",
    '=HYPERLINK("http://example.com","click")',
    "=cmd|' /C calc'!A0",
)


def _workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def test_the_workbook_has_every_part(tmp_path, report_en):
    path = write_xlsx(tmp_path / "case.xlsx", report_en)
    book = load_workbook(path)
    assert book.sheetnames[:4] == ["Summary", "Inputs", "Assumptions", "Policies"]
    assert {"Beijing", "Gui'an New Area", "Cash flows", "Incentives", "Risk"} <= set(book.sheetnames)


def test_annual_sheets_equal_the_evaluation_and_hold_no_formula(report_en, persona, shipped_pack):
    book = _workbook(render_xlsx(report_en))
    formulas = [
        c.coordinate for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"
    ]
    model = [c.coordinate for row in book["Model"].iter_rows() for c in row if c.data_type == "f"]
    assert formulas == model  # the values are values; only the Model sheet recomputes (test_xlsx_model)
    evaluation = evaluate(persona.scenario, shipped_pack)
    for site in evaluation.sites:
        table = report_en.tables[f"annual:{site.id}"]
        sheet = book[table.sheet]
        rows = list(sheet.iter_rows(values_only=True))
        header_at = next(i for i, row in enumerate(rows) if row[0] == "Year")
        header = rows[header_at]
        body = rows[header_at + 1 : header_at + 2 + evaluation.horizon]
        assert [r[0] for r in body] == list(range(evaluation.horizon + 1))
        labels = {
            "energy": "Energy (yuan)",
            "opex": "Operating cost (yuan)",
            "incentives": "Incentives (yuan)",
            "net": "Net cost (yuan)",
        }
        for key, label in labels.items():
            column = header.index(label)
            # exact as openpyxl writes numbers (16 significant digits; Excel itself keeps 15)
            assert [r[column] for r in body] == [float(f"{v:.16g}") for v in getattr(site.table, key)]
            assert [r[column] for r in body] == pytest.approx(
                [float(v) for v in getattr(site.table, key)], rel=1e-15
            )
            assert all(isinstance(r[column], float | int) for r in body)


def test_cash_flows_sheet_equals_the_case(report_en, persona, shipped_pack):
    case = evaluate(persona.scenario, shipped_pack).primary
    sheet = _workbook(render_xlsx(report_en))["Cash flows"]
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if row[0] == "Year")
    column = rows[header_at].index("Cash flow (yuan)")
    body = rows[header_at + 1 : header_at + 1 + len(case.cash_flows)]
    assert [r[column] for r in body] == [float(f"{v:.16g}") for v in case.cash_flows]


def _hostile_report(persona, pack):
    """A case whose firm name, scenario name, site names and sources are all formula triggers."""
    scenario = persona.scenario
    firm = dataclasses.replace(scenario.firm, name=HOSTILE[0])
    sources = {"one_off.other": 1, "one_off.data_tb": 2, "one_off.early_exit": 3, "one_off.cost_per_tb": 4,
               "one_off.hiring_per_person": 5, "one_off.hardware_move_per_rack": 6}  # fmt: skip
    for path, index in sources.items():
        scenario = scenario.replace_quantity(path, Quantity(1000.0 + index, source=HOSTILE[index]))
    params = ("electricity_price", "pue", "rack_rent", "bandwidth_price", "wage", "social_oncost",
              "grid_emission_factor", "green_share", "build_cost")  # fmt: skip
    values = {k: 1.2 if k == "pue" else 1.0 for k in params}
    custom = SiteChoice("custom", params=values, name_en=HOSTILE[7], name_zh=HOSTILE[7])
    scenario = dataclasses.replace(scenario, firm=firm, sites=(*scenario.sites, custom), title=HOSTILE[7])
    hostile = dataclasses.replace(persona, scenario=scenario)
    return make_report(hostile, pack, "en", samples=200)


def test_hostile_text_stays_text_in_excel(persona, shipped_pack):
    report = _hostile_report(persona, shipped_pack)
    book = _workbook(render_xlsx(report))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    formulas = [c for c in cells if c.data_type == "f"]
    assert {c.parent.title for c in formulas} == {"Model"}  # the auditable model, from our own names only
    for cell in formulas:
        assert '"' not in cell.value and not any(h.strip("=+-@\t\r") in cell.value for h in HOSTILE)
    cells = [c for c in cells if c.data_type != "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    for variant in HOSTILE:
        stored = variant.replace("\r", "\n")  # XML keeps no carriage return; the writer says so
        assert stored in texts, f"{variant!r} is missing or changed"
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@", "\t", "\r", "\n")):
            assert cell.data_type == "s" and cell.quotePrefix
    numbers = [c for c in cells if isinstance(c.value, float)]
    assert numbers and all(c.data_type == "n" for c in numbers)


def test_csv_has_a_bom_exact_numbers_and_guarded_text(persona, shipped_pack, tmp_path):
    report = _hostile_report(persona, shipped_pack)
    path = write_csv(tmp_path / "annual.csv", report)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header = rows[0]
    assert header[:3] == ["Site id", "Site", "Year"] and "\ufeff" not in header[0]
    custom = [r for r in rows[1:] if r[0] == "custom"]
    assert custom and all(r[1] == "'" + HOSTILE[7] for r in custom)
    beijing = [r for r in rows[1:] if r[0] == "beijing"]
    energy = header.index("Energy (yuan)")
    site = evaluate(persona.scenario, shipped_pack).site("beijing")
    assert [float(r[energy]) for r in beijing] == [float(v) for v in site.table.energy]


def test_chinese_csv_reads_back_in_chinese(report_zh):
    text = render_annual_csv(report_zh).decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:3] == ["地区代码", "地区", "年份"]
    assert "北京" in text


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("Summary", "Summary"),
        ("a/b:c*d?e[f]", "a b c d e f"),
        ("x" * 40, "x" * 31),
        ("", "Sheet"),
        ("'quoted'", "quoted"),
    ],
)
def test_sheet_names_are_valid(wanted, expected):
    assert sheet_title(wanted, set()) == expected


def test_duplicate_sheet_names_get_a_number():
    taken: set[str] = set()
    assert [sheet_title("Site", taken) for _ in range(3)] == ["Site", "Site (2)", "Site (3)"]


def _texts(sheet) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize(("language", "exact", "scaled"), [("en", "In yuan", "In CNY thousand"),
                                                           ("zh", "单位：元", "单位：万元")])  # fmt: skip
def test_money_in_the_workbook_is_exact_and_says_yuan(report_en, report_zh, language, exact, scaled):
    """The workbook's amounts are exact yuan and say so; the PDF's tables say 万元 / CNY thousand."""
    report = report_en if language == "en" else report_zh
    book = _workbook(render_xlsx(report))
    money_sheets = [report.tables[k].sheet for k in report.tables if k.startswith("annual:")]
    money_sheets += [report.tables["cashflows"].sheet, report.tables["incentives"].sheet]
    for title in money_sheets:
        texts = _texts(book[title])
        notes = [t for t in texts if t.startswith(exact[:3])]
        assert notes and all(t.startswith(exact) for t in notes), (title, notes)
        assert not any("万元" in t or "thousand" in t for t in texts), title
        assert texts[0] == ("Amounts in yuan (CNY)." if language == "en" else "金额单位：元（人民币）。")
        money = [c for row in book[title].iter_rows() for c in row if c.number_format == "#,##0.00"]
        assert money and all(isinstance(c.value, float | int) for c in money)
    for key in ("cashflows", "incentives"):
        assert report.tables[key].note.startswith(scaled)
    # every money column of the workbook names its unit in its header
    unit = "(yuan)" if language == "en" else "（元）"
    for table in report.tables.values():
        for column in table.columns:
            if column.kind == "money" and column.in_xlsx:
                assert report.exact_header(column).endswith(unit)


def test_fractions_are_percentages_in_the_workbook(report_en):
    book = _workbook(render_xlsx(report_en))
    rows = list(book["Summary"].iter_rows())
    irr = next(r for r in rows if r[0].value == "Internal rate of return")
    assert irr[1].number_format == "0.00%" and 0 < irr[1].value < 10
