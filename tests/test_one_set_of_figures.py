"""Cost model 7.6: each figure of every demo firm is the same in the window, the PDF, the workbook,
the CSV and ``main.py compute --json`` (the domain's figures, formatted by each).

Exact numbers are compared where a layer keeps them (JSON, workbook, CSV); the PDF and the window
show text, so the text each shows is compared with the figure rendered in that layer's style.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.engine import evaluate
from explorer.domain.figure_style import Style, Unit
from explorer.domain.figures import case_figures
from explorer.paths import shipped_data_dir
from explorer.personas import load_personas
from explorer.reports.csv_writer import render_annual_csv
from explorer.reports.exporting import ExportRequest, prepare_report, write_pdf
from explorer.reports.language import ReportLanguage
from explorer.reports.xlsx_writer import render_xlsx

ROOT = Path(__file__).resolve().parents[1]
PERSONAS = {persona.id: persona for persona in load_personas()}
MONEY = (Unit.YUAN, Unit.YUAN_PER_HOUR)


@pytest.fixture(scope="module", params=sorted(PERSONAS))
def case(request, shipped_pack, qapp, tmp_path_factory):
    persona = PERSONAS[request.param]
    evaluation = evaluate(persona.scenario, shipped_pack)
    title = persona.title("en")
    export = ExportRequest(
        persona.scenario, shipped_pack, "en", title, prepared_on=dt.date(2026, 12, 1), samples=0
    )
    report = prepare_report(export)
    folder = tmp_path_factory.mktemp(request.param)
    pdf = write_pdf(folder / "pack.pdf", report)
    pdf_text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return persona, evaluation, case_figures(evaluation), report, pdf_text.stdout


def test_json_carries_the_same_figures(case, capsys):
    from explorer.cli import main

    persona, evaluation, figures, _, _ = case
    path = shipped_data_dir() / "personas" / f"{persona.id}.json"
    assert main(["compute", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    shown = {k["key"]: k for k in data["figures"]["kpis"]}
    for figure in figures.kpis:
        assert shown[figure.key]["value"] == figure.value, figure.key
        assert [m["driver"] for m in shown[figure.key]["marks"]] == [m.driver for m in figure.marks]
    primary = next(c for c in data["cases"] if c["site_id"] == evaluation.destination)
    assert primary["npv"] == figures.case.npv
    assert primary["cash_flows"] == [float(v) for v in figures.case.cash_flows]
    rows = data["figures"]["cash_flows"]
    assert [r["cash_flow"] for r in rows] == [r.cash_flow for r in figures.cash_flows]
    for site in data["sites"]:
        table = evaluation.site(site["id"]).table
        for column in table.COLUMNS:
            assert site["table"][column] == [float(v) for v in getattr(table, column)], (site["id"], column)


def test_workbook_cells_equal_the_figures(case):
    _, evaluation, figures, report, _ = case
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(report)), data_only=False)
    summary = report.tables["kpis"]
    sheet = book[summary.sheet]
    cells = {row[0]: row for row in sheet.iter_rows(values_only=True) if row and row[0]}
    exact = summary.column_index("amount")
    for kpi in report.kpis:
        figure = figures.kpi(kpi.key)
        if figure.value is None:  # no number (payback not within the horizon): the words, no value
            assert cells[kpi.label][exact] is None, kpi.key
        else:
            assert cells[kpi.label][exact] == pytest.approx(figure.value, rel=1e-15, abs=1e-9), kpi.key
    flows = report.tables["cashflows"]
    rows = [r for r in book[flows.sheet].iter_rows(values_only=True) if r and isinstance(r[0], int)]
    column = flows.column_index("cash_flow")
    assert [r[column] for r in rows] == pytest.approx([r.cash_flow for r in figures.cash_flows], rel=1e-15)


def test_csv_cells_equal_the_annual_tables(case):
    _, evaluation, _, report, _ = case
    text = render_annual_csv(report).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    net = header.index("Net cost (yuan)")
    for site in evaluation.sites:
        values = [float(r[net]) for r in rows[1:] if r[0] == site.id]
        assert values == [float(v) for v in site.table.net], site.id


def test_pdf_prints_each_figure_as_the_domain_gives_it(case):
    _, evaluation, figures, report, pdf_text = case
    style = Style(ReportLanguage("en").translate, "en", "CNY", evaluation.cny_per_usd)
    text = " ".join(pdf_text.split())
    for kpi in report.kpis:
        figure = figures.kpi(kpi.key)
        if kpi.key != "irr" or figure.value is not None:
            assert style.value(figure) in text, kpi.key
        for mark in figure.marks:  # the mark's words, as wrapped on the card
            assert " ".join(style.text(mark.reason).split()[:6]) in text


def test_the_window_shows_the_same_figures(case, qapp, user_home):
    from explorer.app import create_session
    from explorer.ui.calculator.kpis import MARK_SIGN
    from explorer.ui.charts.waterfall_chart import waterfall_steps
    from explorer.ui.money import figure_style

    persona, evaluation, figures, _, _ = case
    session = create_session([], language="en", open_demo=False)
    try:
        session.state.set_scenario(persona.scenario)
        calculator = session.window.calculator_tab
        style = figure_style("en")
        for key, card in calculator.cards.items():
            if key == "latency":
                continue
            figure = figures.kpi(key)
            expected = style.value(figure)
            if figure.marks:
                expected = f"{MARK_SIGN} {expected}"
            assert card.value.text() == expected, key
            assert card.detail.text() == style.detail(figure), key
        steps = waterfall_steps(session.state.figures, "en")  # what the waterfall chart draws
        assert [s.amount for s in steps] == [s.end if s.total else s.change for s in figures.waterfall]
    finally:
        session.window.close()
        session.window.deleteLater()
        session.state.deleteLater()
        QCoreApplication.processEvents()


def test_no_persona_has_an_implausible_figure_without_its_mark(case):
    """7.7 on every demo firm: no IRR above 100 %, negative net cost or unit cost unmarked."""
    _, evaluation, figures, _, _ = case
    irr = figures.kpi("irr")
    if irr.value is not None and irr.value > 1.0:
        assert irr.marks
    assert figures.waterfall[-1].end >= 0 or figures.kpi("incentives").marks
    for site in evaluation.sites:
        assert site.unit_cost_net is None or site.unit_cost_net >= 0
