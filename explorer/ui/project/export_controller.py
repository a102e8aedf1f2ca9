"""File → Export: the investor pack (PDF in either language), Excel, CSV and a chart as PNG.

Exports run through OperationRunner in a pool thread, with a progress dialog shown only if
one takes longer than half a second; one at a time. The menu also chooses the currency of
exports (the window's until chosen), the copy of the incentive package they carry, and
whether the client's own figures are left out (results only).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QProgressDialog, QPushButton

from explorer.reports.naming import safe_file_stem
from explorer.translation import error_text
from explorer.ui.money import CURRENCIES, display_currency
from explorer.ui.project.boxes import critical
from explorer.ui.project.recent_files import EXPORT_FOLDER_KEY, last_folder, remember_folder
from explorer.ui.state import AppState
from explorer.ui.workers import Operation, OperationRunner, WorkerControl

# The writers (openpyxl, the report model) are imported at the first export, not at start-up.
if TYPE_CHECKING:
    from explorer.reports.exporting import ExportRequest

PROGRESS_DELAY_MS = 500
EXPORT_CHANNEL = "export"
PACKAGE_COPIES = ("firm", "bureau")


class ExportController(QObject):
    """The Export menu and the exports it starts."""

    exported = Signal(str)  # path of a finished export

    def __init__(self, state: AppState, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exportController")
        self._state = state
        self._window = window
        self._export: Operation | None = None
        self._progress: QProgressDialog | None = None
        self._runner = OperationRunner(self)
        self._currency: str | None = None  # None: the window's (View → Currency)
        self.package_copy = "firm"
        self._build_menu()

    def _build_menu(self) -> None:
        window = self._window

        def action(name: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            item = QAction(window)
            item.setObjectName(name)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(lambda _checked=False: slot())
            return item

        self.menu = QMenu(window)
        self.menu.setObjectName("exportMenu")
        self.pdf_zh_action = action("exportPdfZhAction", lambda: self.export_pdf("zh_CN"), "Ctrl+E")
        self.pdf_en_action = action("exportPdfEnAction", lambda: self.export_pdf("en"), "Ctrl+Alt+E")
        self.xlsx_action = action("exportXlsxAction", self.export_xlsx, "Ctrl+Shift+E")
        self.csv_action = action("exportCsvAction", self.export_csv)
        self.png_action = action("exportPngAction", self.export_png)
        for item in (
            self.pdf_zh_action,
            self.pdf_en_action,
            self.xlsx_action,
            self.csv_action,
            self.png_action,
        ):
            self.menu.addAction(item)
        # the currency of every export: the window's until chosen here (USD at the scenario's rate)
        self.currency_menu = QMenu(window)
        self.currency_menu.setObjectName("exportCurrencyMenu")
        self.currency_menu.aboutToShow.connect(self._show_currency)
        group = QActionGroup(window)
        self.currency_actions: dict[str, QAction] = {}
        for code in CURRENCIES:
            item = action(f"exportCurrency{code.title()}Action", lambda c=code: self.set_currency(c))
            item.setCheckable(True)
            group.addAction(item)
            self.currency_menu.addAction(item)
            self.currency_actions[code] = item
        self.menu.addSeparator()
        self.menu.addMenu(self.currency_menu)
        # the proposed incentive package (issue 17): the firm's copy leaves the region's side out
        self.package_menu = QMenu(window)
        self.package_menu.setObjectName("exportPackageMenu")
        package_group = QActionGroup(self)
        self.package_actions: dict[str, QAction] = {}
        for copy in PACKAGE_COPIES:
            item = action(f"exportPackage{copy.title()}Action", lambda c=copy: self.set_package_copy(c))
            item.setCheckable(True)
            item.setChecked(copy == self.package_copy)
            package_group.addAction(item)
            self.package_menu.addAction(item)
            self.package_actions[copy] = item
        self.menu.addMenu(self.package_menu)
        # issue 19: an investor pack without the client's raw figures (the results only)
        self.anonymised_action = action("exportAnonymisedAction", lambda: None)
        self.anonymised_action.setCheckable(True)
        self.menu.addAction(self.anonymised_action)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        self.pdf_zh_action.setText(self.tr("Investor pack in Chinese (PDF)…"))
        self.pdf_en_action.setText(self.tr("Investor pack in English (PDF)…"))
        self.xlsx_action.setText(self.tr("Excel workbook…"))
        self.csv_action.setText(self.tr("Annual table (CSV)…"))
        self.png_action.setText(self.tr("Chart as an image (PNG)…"))
        self.currency_menu.setTitle(self.tr("&Currency of exports"))
        self.package_menu.setTitle(self.tr("Incentive &package in exports"))
        self.package_actions["firm"].setText(self.tr("The firm's copy (without the region's side)"))
        self.package_actions["bureau"].setText(
            self.tr("The finance bureau's copy (with the fiscal cost and the region's return)")
        )
        self.anonymised_action.setText(self.tr("Leave out the client's figures (results only)"))
        self._show_currency()

    # --- choices ------------------------------------------------------------------------------
    @property
    def currency(self) -> str:
        """The currency of exports: the one chosen in File → Export, else the window's (View → Currency)."""
        return self._currency or display_currency()[0]

    def set_currency(self, currency: str | None) -> None:
        """CNY or USD for every export from now on; None: follow the window's currency again."""
        if currency is not None and currency not in CURRENCIES:
            raise ValueError(f"currency: expected one of {CURRENCIES}, got {currency!r}")
        self._currency = currency
        self._show_currency()

    def set_package_copy(self, copy: str) -> None:
        """Which copy of the proposed package exports carry: "firm" or "bureau"."""
        if copy not in PACKAGE_COPIES:
            raise ValueError(f"package copy: expected firm or bureau, got {copy!r}")
        self.package_copy = copy
        self.package_actions[copy].setChecked(True)

    def _show_currency(self) -> None:
        """Tick the currency exports use and name the scenario's exchange rate."""
        rate = display_currency()[1]
        self.currency_actions["CNY"].setText(self.tr("Yuan (CNY)"))
        self.currency_actions["USD"].setText(
            self.tr("US dollars at {rate} CNY per USD").format(rate=f"{rate:,.2f}")
        )
        self.currency_actions[self.currency].setChecked(True)

    # --- exports ----------------------------------------------------------------------------------
    def export_pdf(self, language: str, path: Path | str | None = None) -> Operation | None:
        return self._export_file("pdf", language, path)

    def export_xlsx(self, path: Path | str | None = None) -> Operation | None:
        return self._export_file("xlsx", self._state.language, path)

    def export_csv(self, path: Path | str | None = None) -> Operation | None:
        return self._export_file("csv", self._state.language, path)

    def export_png(self, path: Path | str | None = None, chart: str | None = None,
                   width: int | None = None, height: int | None = None) -> Operation | None:  # fmt: skip
        if path is None or chart is None or width is None or height is None:
            from explorer.ui.export_dialogs import ChartExportDialog

            dialog = ChartExportDialog(self._default_chart(), self._window)
            if dialog.exec() != ChartExportDialog.DialogCode.Accepted:
                return None
            chart, width, height = dialog.choice()
        return self._export_file("png", self._state.language, path, chart=chart, size=(width, height))

    @property
    def running(self) -> bool:
        return self._export is not None and self._export.live

    def cancel_all(self) -> None:
        self._runner.cancel_all()

    def _current_name(self) -> str:
        return self._state.named(self._state.current_id).name

    def _default_chart(self) -> str:
        window = self._window
        tabs = getattr(window, "tabs", None)
        current = tabs.currentWidget() if tabs is not None else None
        if current is not None and current is getattr(window, "compare_tab", None):
            return "costs"
        return "cashflow"

    def _export_file(self, kind: str, language: str, path: Path | str | None, chart: str = "",
                     size: tuple[int, int] = (0, 0)) -> Operation | None:  # fmt: skip
        if self.running:
            self._window.statusBar().showMessage(self.tr("An export is still running"), 5000)
            return None
        if path is None:
            path = self._ask_path(kind, language, chart)
            if path is None:
                return None
        target = Path(path)
        state = self._state
        # imported here, on the GUI thread, once: the worker then finds the writers loaded
        from explorer.reports.exporting import ExportRequest

        request = ExportRequest(
            state.scenario, state.pack, language, self._current_name(), currency=self.currency,
            package=state.package(), package_copy=self.package_copy,
            anonymise=self.anonymised_action.isChecked(),
        )  # fmt: skip
        if kind in ("pdf", "png"):
            from explorer.reports.pdf_writer import report_font_family

            report_font_family()  # register the font on the GUI thread, before the worker paints
        self._progress = self._progress_dialog(target)
        self._export = self._runner.run(
            _export_work,
            request,
            kind,
            target,
            chart,
            size,
            channel=EXPORT_CHANNEL,
            on_done=self._done,
            on_error=lambda error, t=target: self._failed(t, error),
            on_progress=self._show_progress,
            on_cancelled=self._cancelled,
        )
        return self._export

    def _ask_path(self, kind: str, language: str, chart: str) -> Path | None:
        suffix, label = {
            "pdf": (".pdf", self.tr("PDF documents (*.pdf)")),
            "xlsx": (".xlsx", self.tr("Excel workbooks (*.xlsx)")),
            "csv": (".csv", self.tr("CSV files (*.csv)")),
            "png": (".png", self.tr("PNG images (*.png)")),
        }[kind]
        name = self._current_name()
        if kind == "pdf":
            name = f"{name} ({'中文' if language.startswith('zh') else 'EN'})"
        if kind == "png":
            name = f"{name} {chart}"
        suggested = str(Path(last_folder(EXPORT_FOLDER_KEY)) / f"{safe_file_stem(name)}{suffix}")
        path, _filter = QFileDialog.getSaveFileName(self._window, self.tr("Export"), suggested, label)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        remember_folder(EXPORT_FOLDER_KEY, target.parent)
        return target

    # --- progress and outcome -------------------------------------------------------------------------
    def _progress_dialog(self, target: Path) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Exporting {file}…").format(file=target.name), self.tr("Cancel"), 0, 100, self._window
        )
        dialog.setObjectName("exportProgress")
        dialog.setAccessibleName(self.tr("Export progress"))
        cancel = QPushButton(self.tr("Cancel"), dialog)
        cancel.setObjectName("exportCancel")
        cancel.setAccessibleName(self.tr("Cancel the export"))
        dialog.setCancelButton(cancel)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)  # shown only if the export takes longer
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self._cancel)
        return dialog

    def _cancel(self) -> None:
        if self._export is not None:
            self._export.cancel()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _show_progress(self, fraction: float) -> None:
        if self._progress is not None:
            self._progress.setValue(round(fraction * 100))

    def _done(self, path: Path) -> None:
        self._close_progress()
        self._export = None
        self.exported.emit(str(path))
        self._window.statusBar().showMessage(self.tr("Exported {file}").format(file=path.name), 10000)

    def _failed(self, target: Path, error: BaseException) -> None:
        self._close_progress()
        self._export = None
        critical(
            self._window,
            self.tr("Export failed"),
            self.tr("{file} could not be written: {reason}").format(
                file=target.name, reason=error_text(error)
            ),
        )

    def _cancelled(self) -> None:
        self._close_progress()
        self._export = None
        self._window.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 6000)


def _pack_kind(version: str) -> str:
    """ "shipped" when the app runs on the pack it ships with, else "imported"."""
    from explorer.datapack import load_shipped_pack

    try:
        return "shipped" if load_shipped_pack().manifest.version == version else "imported"
    except Exception:  # the label only; never let it stop an export
        return "imported"


def _export_work(control: WorkerControl, request: ExportRequest, kind: str, target: Path, chart: str,
                 size: tuple[int, int]) -> Path:  # fmt: skip
    """Runs in a pool thread: build the report, write the file (atomically), report progress."""
    from explorer.reports.exporting import prepare_report, write_csv, write_pdf, write_png, write_xlsx

    control.progress(0.05)
    request = dataclasses.replace(request, pack_kind=_pack_kind(request.pack.manifest.version))
    report = prepare_report(request, check=control.check)
    control.check()
    control.progress(0.4)
    if kind == "pdf":
        write_pdf(target, report, check=control.check, progress=lambda f: control.progress(0.4 + 0.6 * f))
    elif kind == "xlsx":
        write_xlsx(target, report)
    elif kind == "csv":
        write_csv(target, report)
    elif kind == "png":
        write_png(target, report, chart, *size)
    else:  # pragma: no cover - the menu offers only these
        raise ValueError(kind)
    control.progress(1.0)
    return target
