"""The workbook's Model sheet: recalculated by an independent evaluator, it gives the engine's figures.

``formulas`` (a dev dependency, pinned in pyproject.toml) parses and evaluates the
workbook's formulas in Python, without Excel: every persona's case is recomputed
from the Inputs sheet and compared with the engine, to the fen. The values cached
in the file (what a viewer that does not recalculate shows) are the engine's too.
Changing an input cell moves the result as the engine moves when that input changes.
"""

from __future__ import annotations

import dataclasses
import io
import re
import warnings

import formulas  # a pinned dev dependency: a missing install fails here, it never skips
import numpy as np
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from explorer.domain.engine import evaluate
from explorer.domain.scenario import Quantity
from explorer.reports.xlsx_writer import render_xlsx

from .conftest import make_report

PERSONAS = (
    "beijing_internet_inference",
    "shenzhen_ai_startup",
    "beijing_cloud_self_build",
    "chengdu_render_farm",
    "guangzhou_backup_storage",
)
YUAN = 0.01  # every amount agrees to the fen
SITE_LINES = (
    "energy",
    "space",
    "service_fee",
    "network",
    "labour",
    "charges",
    "opex",
    "investment",
    "tax",
    "net",
)


class Recalculated:
    """A workbook written to ``folder``, recalculated by ``formulas``; values by sheet and cell."""

    def __init__(self, data: bytes, folder, name: str = "case.xlsx") -> None:
        self.path = folder / name
        self.path.write_bytes(data)
        self.book = load_workbook(io.BytesIO(data))
        self.cached = load_workbook(io.BytesIO(data), data_only=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.model = formulas.ExcelModel().loads(str(self.path)).finish()
        self.values = self._solve()

    def _solve(self, inputs: dict[str, float] | None = None) -> dict[tuple[str, str], object]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            solution = self.model.calculate(inputs=inputs or {})
        titles = {title.upper(): title for title in self.book.sheetnames}  # the evaluator says "MODEL"
        values = {}
        for key, ranges in solution.items():
            match = re.fullmatch(r"'\[[^\]]+\](.+)'!([A-Z]+\d+)", key)
            if match:
                value = ranges.value[0][0] if hasattr(ranges, "value") else ranges
                values[(titles.get(match.group(1), match.group(1)), match.group(2))] = value
        return values

    def cell_key(self, defined_name: str) -> str:
        """The evaluator's key of the cell a defined name points at."""
        text = self.book.defined_names[defined_name].attr_text
        sheet, cell = text.rsplit("!", 1)
        return f"'[{self.path.name}]{sheet.strip(chr(39)).upper()}'!{cell.replace('$', '')}"

    def with_input(self, defined_name: str, value: float) -> dict[tuple[str, str], object]:
        return self._solve({self.cell_key(defined_name): value})


def _number(value) -> float:
    if isinstance(value, np.ndarray):
        value = value.item()
    assert isinstance(value, int | float | np.floating), f"not a number: {value!r}"
    return float(value)


def model_rows(report, sheet) -> dict[tuple[str, str], int]:
    """(site id or "case" / "common", line) -> row number on the Model sheet, found by the labels."""
    t = report.text
    labels = {
        t["model:energy"]: "energy", t["model:space"]: "space", t["model:upkeep"]: "space",
        t["model:service_fee"]: "service_fee", t["model:network"]: "network", t["model:labour"]: "labour",
        t["model:charges"]: "charges", t["model:opex"]: "opex", t["model:investment_origin"]: "investment",
        t["model:investment_dest"]: "investment", t["model:incentives"]: "incentives",
        t["model:incentives_extra"]: "incentives", t["model:tax"]: "tax", t["model:net"]: "net",
        t["model:kwh_line"]: "kwh", t["model:saving"]: "saving", t["model:cash_flow"]: "cash_flow",
        t["model:cumulative"]: "cumulative", t["model:discounted"]: "discounted", t["model:npv"]: "npv",
        t["model:irr"]: "irr", t["model:payback"]: "payback", t["model:racks_line"]: "racks",
        t["model:it_load"]: "it_load", t["model:one_off_total"]: "one_off", t["model:npv_usd"]: "npv_usd",
    }  # fmt: skip
    evaluation = report.evaluation
    roles = {
        "origin": t["model:origin"],
        "destination": t["model:destination"],
        "comparison": t["model:comparison"],
    }
    headings = {}
    for site in evaluation.sites:
        role = roles["origin" if site.is_origin else "destination" if site.is_destination else "comparison"]
        headings[t["model:site_heading"].format(site=t[f"site_name:{site.id}"], role=role)] = site.id
    rows, where = {}, "common"
    for (cell,) in sheet.iter_rows(min_col=1, max_col=1):
        text = cell.value
        if text in headings:
            where = headings[text]
        elif isinstance(text, str) and text.startswith(t["model:case_heading"].split("{")[0]) and "→" in text:
            where = "case"
        elif text in labels:
            rows[(where, labels[text])] = cell.row
    return rows


def compare_with_engine(report, sheet, values: dict, evaluation) -> int:
    """Assert every figure of the Model sheet equals the engine's; how many were compared."""
    rows = model_rows(report, sheet)
    title = sheet.title
    compared = 0

    def year_values(row: int) -> list[float]:
        return [
            _number(values[(title, f"{get_column_letter(4 + t)}{row}")])
            for t in range(evaluation.horizon + 1)
        ]

    for site in evaluation.sites:
        for line in SITE_LINES:
            if (site.id, line) not in rows:
                assert not np.any(getattr(site.table, line)), (site.id, line)  # a line the mode does not have
                continue
            got = year_values(rows[(site.id, line)])
            assert got == pytest.approx([float(v) for v in getattr(site.table, line)], abs=YUAN), (
                site.id,
                line,
            )
            compared += len(got)
        kwh = _number(values[(title, f"C{rows[(site.id, 'kwh')]}")])
        assert kwh == pytest.approx(site.energy_kwh, abs=1e-6)
    case = evaluation.primary
    for line, expected in (("saving", case.savings), ("cash_flow", case.cash_flows),
                           ("cumulative", case.cumulative), ("discounted", case.discounted)):  # fmt: skip
        assert year_values(rows[("case", line)]) == pytest.approx([float(v) for v in expected], abs=YUAN), (
            line
        )
        compared += len(expected)
    npv = _number(values[(title, f"C{rows[('case', 'npv')]}")])
    assert npv == pytest.approx(case.npv, abs=YUAN)
    assert (
        _number(values[(title, f"C{rows[('common', 'racks')]}")]) == evaluation.site(evaluation.origin).racks
    )
    assert _number(values[(title, f"C{rows[('case', 'one_off')]}")]) == pytest.approx(case.one_off, abs=YUAN)
    irr = values[(title, f"C{rows[('case', 'irr')]}")]
    if case.irr.defined:
        assert _number(irr) == pytest.approx(case.irr.value, rel=1e-7, abs=1e-9)
    payback = values[(title, f"C{rows[('case', 'payback')]}")]
    if case.payback.months is not None:
        assert _number(payback) == pytest.approx(case.payback.months, abs=1e-9)
    else:
        assert "#N/A" in str(payback)
    return compared + 3


@pytest.fixture(scope="module")
def recalculated(personas, shipped_pack, tmp_path_factory):
    """Each persona's English workbook, recalculated once."""
    folder = tmp_path_factory.mktemp("model")
    result = {}
    for persona_id in PERSONAS:
        report = make_report(personas[persona_id], shipped_pack, "en", samples=0)
        result[persona_id] = (report, Recalculated(render_xlsx(report), folder, f"{persona_id}.xlsx"))
    return result


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_the_recalculated_model_equals_the_engine_for_every_persona(recalculated, personas, shipped_pack,
                                                                     persona_id):  # fmt: skip
    report, book = recalculated[persona_id]
    evaluation = evaluate(personas[persona_id].scenario, shipped_pack)
    sheet = book.book["Model"]
    compared = compare_with_engine(report, sheet, book.values, evaluation)
    assert compared > 100
    formulas_on_sheet = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert len(formulas_on_sheet) > 100


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_the_cached_values_are_the_engines(recalculated, personas, shipped_pack, persona_id):
    """What a viewer that does not recalculate shows: the engine's figures, in every formula cell."""
    report, book = recalculated[persona_id]
    evaluation = evaluate(personas[persona_id].scenario, shipped_pack)
    sheet = book.cached["Model"]
    cached = {
        ("Model", c.coordinate): c.value for row in sheet.iter_rows() for c in row if c.value is not None
    }
    compare_with_engine(report, sheet, cached, evaluation)
    # and every formula cell's cached value is what the evaluator computes from the formula
    for row in book.book["Model"].iter_rows():
        for cell in row:
            if cell.data_type != "f":
                continue
            want, got = cached.get(("Model", cell.coordinate)), book.values[("Model", cell.coordinate)]
            if isinstance(want, str):  # an error value
                assert want in str(got), cell.coordinate
            else:
                assert _number(got) == pytest.approx(want, rel=1e-9, abs=1e-6), (cell.coordinate, cell.value)


def _scenario_with(persona, path: str, value: float):
    return dataclasses.replace(persona, scenario=persona.scenario.replace_quantity(path, Quantity(value)))


@pytest.mark.parametrize(
    ("persona_id", "path", "name", "factor"),
    [
        ("shenzhen_ai_startup", "sites.{origin}.electricity_price", "origin_electricity_price", 1.2),
        ("shenzhen_ai_startup", "finance.discount_rate", "discount_rate", 1.5),
        ("guangzhou_backup_storage", "workload.rack_density_kw", "rack_density_kw", 2.5),
        ("beijing_internet_inference", "finance.wage_escalation", "wage_escalation", 2.0),
        ("beijing_cloud_self_build", "workload.build_period_years", "build_period_years", 3.0),
        ("beijing_cloud_self_build", "workload.build_period_years", "build_period_years", 2.5),  # part years
        ("beijing_cloud_self_build", "workload.origin_remaining_life_years", "origin_remaining_life_years",
         0.3),
        ("beijing_cloud_self_build", "sites.{destination}.build_cost", "dest_build_cost", 0.8),
    ],
)
def test_changing_an_input_cell_moves_the_result_as_the_engine_does(
    recalculated, personas, shipped_pack, persona_id, path, name, factor
):
    report, book = recalculated[persona_id]
    persona = personas[persona_id]
    before = evaluate(persona.scenario, shipped_pack)
    path = path.format(origin=before.origin, destination=before.destination)
    value = next(i.value for i in before.inputs if i.path == path) * factor
    after = evaluate(_scenario_with(persona, path, value).scenario, shipped_pack)
    # the policy rules are not in Excel: the engine's incentives must be unmoved for an exact comparison
    for old, new in zip(before.sites, after.sites, strict=True):
        for line in ("incentives", "tax", "charges"):
            assert np.array_equal(getattr(old.table, line), getattr(new.table, line)), (old.id, line)
    values = book.with_input(name, value)
    sheet = book.book["Model"]
    rows = model_rows(report, sheet)
    npv = _number(values[("Model", f"C{rows[('case', 'npv')]}")])
    assert after.primary.npv != pytest.approx(before.primary.npv, abs=1.0)  # the input matters
    assert npv == pytest.approx(after.primary.npv, abs=YUAN)
    assert (npv > before.primary.npv) == (after.primary.npv > before.primary.npv)
    compare_with_engine(report, sheet, values, after)


def test_a_chinese_usd_workbook_recalculates_too(personas, shipped_pack, tmp_path):
    persona = personas["chengdu_render_farm"]
    report = make_report(persona, shipped_pack, "zh_CN", samples=0, currency="USD")
    book = Recalculated(render_xlsx(report), tmp_path)
    title = report.text["model:model_sheet"]
    assert title == "模型" and title in book.book.sheetnames
    evaluation = evaluate(persona.scenario, shipped_pack)
    values = book.values
    compare_with_engine(report, book.book[title], values, evaluation)
    rows = model_rows(report, book.book[title])
    usd = _number(values[(title, f"C{rows[('case', 'npv_usd')]}")])
    assert usd == pytest.approx(evaluation.primary.npv / evaluation.cny_per_usd, abs=YUAN)
    assert book.book[title]["A1"].value.startswith("金额单位：人民币元")


def test_formulas_hold_no_text_and_only_the_model_sheet_has_any(recalculated):
    """No formula is built from text that came from a file or a user: no string in any formula."""
    for _report, book in recalculated.values():
        for sheet in book.book.worksheets:
            cells = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
            if sheet.title != "Model":
                assert cells == [], sheet.title
            for cell in cells:
                assert '"' not in cell.value, (cell.coordinate, cell.value)
                names = re.findall(r"[A-Za-z_][A-Za-z0-9_.]*", cell.value.replace("'Inputs'!", ""))
                for token in names:
                    assert re.fullmatch(r"[A-Z]{1,3}\$?\d+|[A-Z]+|[a-z][a-z0-9_]*", token), (
                        cell.value,
                        token,
                    )
