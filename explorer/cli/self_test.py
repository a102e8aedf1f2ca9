"""``main.py --self-test``: prove an installation works, offscreen, in a few seconds.

Each step prints one line; the first failure names the step and exits 1. The
lines, and the window it builds, are in the run's language (``main.py --lang``
or the system's); ``explorer.cli`` has made the QApplication and installed the
translator before this runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from explorer.logfile import log_path, log_uncaught
from explorer.translation import error_text


def run_self_test(language: str = "en") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    context: dict[str, object] = {"language": language}
    steps: list[tuple[str, Callable[[], str]]] = [
        (QCoreApplication.translate("SelfTest", "load the data pack"), lambda: _load_pack(context)),
        (QCoreApplication.translate("SelfTest", "compute a case"), lambda: _compute(context)),
        (QCoreApplication.translate("SelfTest", "build the main window"), lambda: _build_window(context)),
        (
            QCoreApplication.translate("SelfTest", "evaluate every persona"),
            lambda: _evaluate_personas(context),
        ),
        (
            QCoreApplication.translate("SelfTest", "export a PDF and an XLSX"),
            lambda: _export_pdf_and_xlsx(context),
        ),
    ]
    for name, step in steps:
        try:
            detail = step()
        except Exception as error:
            failed = QCoreApplication.translate("SelfTest", "FAIL {step}: {reason}")
            reason = error_text(error) or type(error).__name__
            print(failed.format(step=name, reason=reason), file=sys.stderr)
            log_uncaught(*sys.exc_info())  # the traceback, for support, goes to the log
            where = QCoreApplication.translate("SelfTest", "The details were written to the log file {path}")
            print(where.format(path=str(log_path())), file=sys.stderr)
            return 1
        print(
            QCoreApplication.translate("SelfTest", "ok   {step}: {detail}").format(step=name, detail=detail)
        )
    print(QCoreApplication.translate("SelfTest", "self-test passed"))
    return 0


def _load_pack(context: dict[str, object]) -> str:
    from explorer.cli import load_command_pack

    pack = load_command_pack()
    context["pack"] = pack
    return QCoreApplication.translate(
        "SelfTest", "version {version}, {sites} sites, {policies} policies"
    ).format(version=pack.manifest.version, sites=len(pack.sites), policies=len(pack.policies))


def _compute(context: dict[str, object]) -> str:
    from explorer.domain.editing import default_scenario
    from explorer.domain.engine import evaluate
    from explorer.domain.formatting import format_money

    evaluation = evaluate(default_scenario(context["pack"]), context["pack"])
    case = evaluation.primary
    return QCoreApplication.translate(
        "SelfTest", "{origin} -> {destination}: NPV {npv} over {years} years"
    ).format(
        origin=evaluation.origin,
        destination=evaluation.destination,
        npv=format_money(case.npv, str(context["language"])),
        years=evaluation.horizon,
    )


def _build_window(context: dict[str, object]) -> str:
    from explorer.app import create_session

    session = create_session([], language=str(context["language"]))
    session.window.show()
    session.app.processEvents()
    tabs = session.window.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        session.app.processEvents()
    session.window.close()
    return ", ".join(names)


def _evaluate_personas(context: dict[str, object]) -> str:
    from explorer.domain.engine import evaluate
    from explorer.personas import load_personas

    personas = load_personas()
    if not personas:
        raise RuntimeError(
            QCoreApplication.translate("SelfTest", "no demo firm could be loaded from data/personas")
        )
    for persona in personas:
        evaluate(persona.scenario, context["pack"])
    return QCoreApplication.translate("SelfTest", "{count} personas: {ids}").format(
        count=len(personas), ids=", ".join(p.id for p in personas)
    )


def _export_pdf_and_xlsx(context: dict[str, object]) -> str:
    import tempfile
    from pathlib import Path

    from PySide6.QtGui import QGuiApplication

    from explorer.personas import load_personas
    from explorer.reports.exporting import ExportRequest, prepare_report, write_pdf, write_xlsx

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - PDF fonts need it
    persona = load_personas()[0]
    report = prepare_report(
        ExportRequest(persona.scenario, context["pack"], "zh_CN", persona.title("zh"), samples=500)
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_pdf(Path(folder) / "self-test.pdf", report)
        xlsx = write_xlsx(Path(folder) / "self-test.xlsx", report)
        pdf_bytes, xlsx_bytes = pdf.read_bytes(), xlsx.read_bytes()
    if not pdf_bytes.startswith(b"%PDF") or len(pdf_bytes) < 10_000:
        raise RuntimeError(
            QCoreApplication.translate("SelfTest", "the PDF is not a PDF ({size} bytes)").format(
                size=len(pdf_bytes)
            )
        )
    if not xlsx_bytes.startswith(b"PK") or len(xlsx_bytes) < 5_000:
        raise RuntimeError(
            QCoreApplication.translate("SelfTest", "the workbook is not an XLSX file ({size} bytes)").format(
                size=len(xlsx_bytes)
            )
        )
    return QCoreApplication.translate("SelfTest", "PDF {pdf:,} bytes, XLSX {xlsx:,} bytes").format(
        pdf=len(pdf_bytes), xlsx=len(xlsx_bytes)
    )
