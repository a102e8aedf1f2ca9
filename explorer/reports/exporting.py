"""Exports end to end: evaluate, analyse, build the report, write each file atomically.

Used by File → Export (in a worker thread, with progress and cancel) and by the
``export`` command. Every file is written to a temporary file beside the target
and moved into place only when complete (``explorer.project.atomic``).

PDF and PNG need a QGuiApplication (fonts and painting); XLSX and CSV do not.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from explorer.domain.engine import evaluate_model
from explorer.domain.model import build_model
from explorer.domain.pack import DataPack
from explorer.domain.package import Package, assess
from explorer.domain.scenario import Scenario
from explorer.domain.uncertainty import monte_carlo, tornado
from explorer.project.atomic import atomic_write_bytes
from explorer.reports.anonymise import withhold_client_figures
from explorer.reports.csv_writer import render_annual_csv
from explorer.reports.language import ReportLanguage
from explorer.reports.package_section import add_package
from explorer.reports.report_model import Report, build_report
from explorer.reports.why_guian import add_why_guian
from explorer.reports.xlsx_writer import render_xlsx

log = logging.getLogger("explorer.reports")

MONTE_CARLO_SAMPLES = 10_000
MONTE_CARLO_SEED = 0
CHART_KEYS = ("cashflow", "waterfall", "costs", "tornado", "montecarlo")

Check = Callable[[], None]
Progress = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything an export reads: plain, immutable data (safe to hand to a worker thread)."""

    scenario: Scenario
    pack: DataPack
    language: str = "en"
    scenario_name: str = ""
    pack_kind: str = "shipped"
    prepared_on: dt.date | None = None
    samples: int = MONTE_CARLO_SAMPLES
    seed: int = MONTE_CARLO_SEED
    currency: str = "CNY"  # of every amount: CNY, or USD at the scenario's rate (finance.cny_per_usd)
    package: Package | None = None  # a proposed incentive package (issue 17): its own section
    package_copy: str = "firm"  # "firm": without the region's side; "bureau": the finance bureau's copy
    anonymise: bool = False  # True: the client's raw figures (every input) left out, results only


def prepare_report(request: ExportRequest, check: Check | None = None) -> Report:
    """Evaluate the scenario, run the tornado and the Monte Carlo, and build the report."""
    model = build_model(request.scenario, request.pack)
    evaluation = evaluate_model(model)
    if check:
        check()
    sensitivity = tornado(model)
    if check:
        check()
    simulation = monte_carlo(model, samples=request.samples, seed=request.seed) if request.samples else None
    if check:
        check()
    report = build_report(
        evaluation,
        request.scenario,
        request.pack,
        ReportLanguage(request.language),
        scenario_name=request.scenario_name,
        prepared_on=request.prepared_on,
        pack_kind=request.pack_kind,
        tornado=sensitivity,
        monte_carlo=simulation,
        currency=request.currency,
    )
    if request.package is not None and not request.package.empty:
        assessment = assess(request.scenario, request.pack, request.package)
        report = add_package(
            report, assessment, request.package_copy, ReportLanguage(request.language), request.pack
        )
    # Issue 16: the "Why Gui'an" section (the story's figures, the network, latency, green power).
    report = add_why_guian(report, request.pack, ReportLanguage(request.language))
    if request.anonymise:  # issue 19: an investor pack without the client's own figures
        report = withhold_client_figures(report, ReportLanguage(request.language))
    return report


def write_pdf(
    path: Path | str, report: Report, check: Check | None = None, progress: Progress | None = None
) -> Path:
    from explorer.reports.pdf_writer import render_pdf

    data = render_pdf(report, check=check, progress=progress)
    atomic_write_bytes(path, data)
    return Path(path)


def write_xlsx(path: Path | str, report: Report) -> Path:
    atomic_write_bytes(path, render_xlsx(report))
    return Path(path)


def write_csv(path: Path | str, report: Report) -> Path:
    atomic_write_bytes(path, render_annual_csv(report))
    return Path(path)


def write_png(path: Path | str, report: Report, chart: str, width: int, height: int) -> Path:
    """A chart of the report as a PNG of exactly ``width`` x ``height`` pixels."""
    from explorer.reports.png_writer import render_png

    atomic_write_bytes(path, render_png(report, chart, width, height))
    return Path(path)
