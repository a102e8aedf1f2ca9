"""What we still need from the client (issue 19): the ranked list, live, and its one-page export.

A window beside the main one (Case → "What we still need from the client…", or the button
on the Policies tab). The ranking is the domain's (``still_need``: some dozens of
evaluations, so it runs in a worker), worded by the same builder as the exported
checklist (``explorer.reports.checklist``), so the window, the PDF and the workbook say
the same. It follows the case: answer a fact in the Policies tab and the list is ranked again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.still_need import NeedKind, StillNeed
from explorer.reports.checklist import (
    TABLE_KEY,
    ChecklistRequest,
    prepare_checklist,
    write_checklist_pdf,
    write_checklist_xlsx,
)
from explorer.reports.naming import safe_file_stem
from explorer.reports.report_model import Report
from explorer.translation import error_text
from explorer.ui.state import AppState
from explorer.ui.workers import OperationRunner, WorkerControl

RECOMPUTE_AFTER_MS = 150  # a burst of changes (a slider drag) ranks once
SHOWN_COLUMNS = (0, 1, 2, 3, 4, 5)  # the checklist's columns but "Your answer" (for the client)


def _rank(control: WorkerControl, request: ChecklistRequest) -> tuple[StillNeed, Report]:
    return prepare_checklist(request, check=control.check)


def _write(control: WorkerControl, kind: str, path: Path, report: Report) -> Path:
    control.check()
    return write_checklist_pdf(path, report) if kind == "pdf" else write_checklist_xlsx(path, report)


class StillNeedDialog(QDialog):
    """The ranked list of what to ask the client, with Export PDF / Excel."""

    ranked = Signal()  # a new ranking is shown (tests, screenshots)
    exported = Signal(str)  # the path written

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stillNeedDialog")
        self._state = state
        self.need: StillNeed | None = None
        self.report: Report | None = None
        self.runner = OperationRunner(parent=self)
        self.resize(1220, 580)

        self.heading = QLabel(self)
        self.heading.setObjectName("stillNeedHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("stillNeedSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(SHOWN_COLUMNS), self)
        self.table.setObjectName("stillNeedTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in zip(SHOWN_COLUMNS, (34, 240, 300, 230, 220, 160), strict=True):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # "why it matters" takes the rest
        self.note = QLabel(self)
        self.note.setObjectName("stillNeedNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b7380;")

        self.pdf_button = self._button("stillNeedExportPdf", lambda: self.export("pdf"))
        self.xlsx_button = self._button("stillNeedExportXlsx", lambda: self.export("xlsx"))
        self.close_button = self._button("stillNeedClose", self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_AFTER_MS)
        self._timer.timeout.connect(self.recompute)
        state.evaluation_changed.connect(self._timer.start)
        state.language_changed.connect(self._on_language)
        self.retranslate()
        self.recompute()

    # --- public ---------------------------------------------------------------------
    def recompute(self) -> None:
        """Rank again in a worker for the current case; an older ranking still running is dropped."""
        self._timer.stop()
        state = self._state
        request = ChecklistRequest(
            state.scenario, state.pack, state.language, state.named(state.current_id).name, state.currency
        )
        self.summary.setText(self.tr("Ranking what could move the NPV most…"))
        self._set_exports_enabled(False)
        self.runner.run(_rank, request, channel="rank", on_done=self._show, on_error=self._failed)

    def wait(self, msecs: int = 30_000) -> None:
        """Block until the ranking (or an export) has arrived (tests, screenshots)."""
        from PySide6.QtCore import QCoreApplication

        self.runner.wait_for_done(msecs)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row."""
        return [
            [self.table.item(row, column).text() for column in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
        ]

    def export(self, kind: str, path: Path | str | None = None) -> bool:
        """Write the checklist as PDF or XLSX (asks where when ``path`` is None), in a worker."""
        if self.report is None:
            return False
        if path is None:
            suffix, label = (".pdf", self.tr("PDF documents (*.pdf)")) if kind == "pdf" else (
                ".xlsx", self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
            suggested = safe_file_stem(f"{self.report.firm} {self.report.title}") + suffix
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the checklist"), suggested, label
            )
            if not chosen:
                return False
            path = chosen if chosen.lower().endswith(suffix) else chosen + suffix
        if kind == "pdf":
            from explorer.reports.pdf_writer import report_font_family

            report_font_family()  # register the font on the GUI thread, before the worker paints
        self._set_exports_enabled(False)
        self.runner.run(
            _write,
            kind,
            Path(path),
            self.report,
            channel="export",
            on_done=self._written,
            on_error=self._failed,
        )
        return True

    def _on_language(self, _language: str) -> None:
        self.retranslate()
        self._timer.start()  # the ranking's words come from the worker, in the new language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What we still need from the client"))
        self.setAccessibleName(self.tr("What we still need from the client"))
        self.heading.setText(self.tr("What we still need from the client"))
        self.table.setAccessibleName(self.tr("Ranked list of what to ask the client"))
        self.note.setText(
            self.tr(
                "Answer a fact where its policy asks it (Policies tab), or set a figure in the Calculator: "
                "the list is ranked again. Export it as one page to send to the client."
            )
        )
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the checklist as PDF"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.xlsx_button.setAccessibleName(self.tr("Export the checklist as an Excel workbook"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the list"))

    # --- private ----------------------------------------------------------------------
    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    def _show(self, outcome: tuple[StillNeed, Report]) -> None:
        self.need, self.report = outcome
        table = self.report.tables[TABLE_KEY]
        self.summary.setText(self.report.description)
        self.table.setHorizontalHeaderLabels([table.columns[i].header for i in SHOWN_COLUMNS])
        for column, index in enumerate(SHOWN_COLUMNS):
            self.table.horizontalHeaderItem(column).setToolTip(table.columns[index].header)
        self.table.setRowCount(len(table.rows))
        for row, (cells, item) in enumerate(zip(table.rows, self.need.items, strict=True)):
            for column, index in enumerate(SHOWN_COLUMNS):
                cell = QTableWidgetItem(cells[index].text)
                if table.columns[index].kind != "text":
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if item.kind is NeedKind.FACT:
                    cell.setToolTip(self.tr("A fact that decides a policy: answer it in the Policies tab"))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self._set_exports_enabled(True)
        self.ranked.emit()

    def _written(self, path: Path) -> None:
        self._set_exports_enabled(True)
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self._set_exports_enabled(self.report is not None)
        if self.report is None:
            self.summary.setText(error_text(error))
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
