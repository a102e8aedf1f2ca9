"""Reports built from the shipped demo firms, in English and Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.personas import load_personas
from explorer.reports.exporting import ExportRequest, prepare_report

PERSONA = "beijing_internet_inference"  # counts N1, whose document number must reach the PDF


@pytest.fixture(scope="session")
def personas():
    return {p.id: p for p in load_personas()}


@pytest.fixture(scope="session")
def persona(personas):
    return personas[PERSONA]


def make_report(persona, pack, language, **kwargs):
    request = ExportRequest(
        persona.scenario, pack, language, persona.title(language), prepared_on=dt.date(2026, 3, 1),
        samples=kwargs.pop("samples", 2_000), **kwargs,
    )  # fmt: skip
    return prepare_report(request)


@pytest.fixture(scope="session")
def report_en(persona, shipped_pack):
    return make_report(persona, shipped_pack, "en")


@pytest.fixture(scope="session")
def report_zh(persona, shipped_pack):
    from explorer.reports.language import ReportLanguage

    if not ReportLanguage("zh_CN").translated:
        pytest.fail("resources/i18n/explorer_zh_CN.qm is missing: run `make translations` first")
    return make_report(persona, shipped_pack, "zh_CN")
