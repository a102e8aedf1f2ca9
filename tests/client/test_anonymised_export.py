"""An investor pack without the client's raw figures (issue 19): checked in PDF text and workbook cells."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import openpyxl
import pytest

from explorer.datapack.client_file import read_client_file, write_template
from explorer.domain.client_data import apply_plan, plan_import
from explorer.reports.exporting import ExportRequest, prepare_report, write_pdf, write_xlsx
from tests.client.conftest import CLIENT_VALUES

# The raw figures of the client's file (the site, yes/no, the date and the shares are no figures).
RAW = {
    key: float(text)
    for key, text in CLIENT_VALUES.items()
    if key
    not in ("current_site", "high_tech", "move_start", "encouraged_industry_share", "domestic_chip_share")
}
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def _forms(value: float) -> list[str]:
    """How a figure can be written: 41234567, 41,234,567, 4123.4567万, 1.37, 27.5."""
    forms = {f"{value:g}", f"{value:,.0f}" if value.is_integer() else f"{value:,}", repr(value)}
    if value >= 1e4:
        forms.add(f"{value / 1e4:,g}万")
    return sorted(forms)


def _found(text: str, value: float) -> list[str]:
    hits = []
    for form in _forms(value):
        if re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", text):
            hits.append(form)
    return hits


def _cells(path) -> list[object]:
    workbook = openpyxl.load_workbook(path)
    return [
        cell.value
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


@pytest.fixture(scope="module")
def exports(tmp_path_factory, shipped_pack):
    from explorer.domain.editing import default_scenario

    folder = tmp_path_factory.mktemp("anon")
    scenario = default_scenario(shipped_pack)
    client = read_client_file(
        write_template(folder / "acme.xlsx", "en", CLIENT_VALUES), scenario, shipped_pack
    )
    plan = plan_import(scenario, shipped_pack, client.facts, client.name, dt.date(2026, 12, 6))
    scenario = apply_plan(scenario, plan)
    files = {}
    for language in ("en", "zh_CN"):
        for anonymise in (False, True):
            request = ExportRequest(
                scenario, shipped_pack, language, "acme", samples=200, anonymise=anonymise
            )
            report = prepare_report(request)
            pdf = write_pdf(folder / f"{language}-{anonymise}.pdf", report)
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
            files[language, anonymise] = (
                text,
                _cells(write_xlsx(folder / f"{language}-{anonymise}.xlsx", report)),
            )
    return files


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_full_pack_shows_the_client_figures_labelled_client_data(exports, language):
    text, cells = exports[language, False]
    assert "client data" in text or "客户数据" in text
    assert any(
        isinstance(c, str) and ("client data: acme.xlsx, 2026-12-06" in c or "客户数据：acme.xlsx" in c)
        for c in cells
    )
    for key in ("electricity_kwh", "rack_rent", "wage", "taxable_profit"):
        assert _found(text, RAW[key]) or RAW[key] in cells, key  # the check below can see them


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_anonymised_pack_holds_none_of_the_client_raw_figures(exports, language):
    text, cells = exports[language, True]
    for key, value in RAW.items():
        assert not _found(text, value), (key, _found(text, value))
        numbers = [c for c in cells if isinstance(c, int | float) and not isinstance(c, bool)]
        assert all(abs(c - value) > 1e-9 * max(1.0, abs(value)) for c in numbers), key
        assert not any(isinstance(c, str) and _found(c, value) for c in cells), key
    assert "acme.xlsx" not in text and not any(isinstance(c, str) and "acme.xlsx" in c for c in cells)
    assert "NPV" in text or "净现值" in text  # the results are still there
