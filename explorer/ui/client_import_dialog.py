"""File → Import client data…: the diff of the scenario inputs the client's file changes (issue 19).

One row per input: what the scenario has now (the pack's default unless set), the client's
value, the unit, and how a derived figure was worked out (price = bill ÷ kWh). Nothing is
applied until Apply is pressed. Every text from the file is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.client_data import ClientPlan
from explorer.domain.client_diff import diff_rows, unused_text
from explorer.domain.pack import DataPack


class ClientImportDialog(QDialog):
    """The diff, confirmed before it applies: ``exec()`` returns Accepted for Apply."""

    def __init__(
        self, plan: ClientPlan, language: str, parent: QWidget | None = None, pack: DataPack | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.pack = pack  # names the sites; None: shown by id
        self.setObjectName("clientImportDialog")
        self.setModal(True)
        self.resize(1100, 540)
        self.heading = QLabel(self)
        self.heading.setObjectName("clientImportHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("clientImportTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a row; the tooltip holds the whole text
        self.note = QLabel(self)
        self.note.setObjectName("clientImportNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("clientImportButtons")
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("clientImportApply")
        self.apply_button.clicked.connect(self.accept)
        self.apply_button.setEnabled(bool(plan.changes))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("clientImportCancel")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.fill(language)

    def fill(self, language: str) -> None:
        record = self.plan.record
        self.setWindowTitle(self.tr("Import client data"))
        self.heading.setText(
            self.tr("{file}, {date}: {count} input(s) of the scenario change. Apply them?").format(
                file=record.file_name, date=record.imported_on.isoformat(), count=len(self.plan.changes)
            )
        )
        headers = [
            self.tr("Input"),
            self.tr("Now in the scenario"),
            self.tr("Client value"),
            self.tr("Unit"),
            self.tr("How it is worked out"),
        ]
        rows = diff_rows(self.plan, language, QCoreApplication.translate, self.pack)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.label, row.before, row.after, row.unit, row.derivation)):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{row.path}\n{text}")
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setAccessibleName(self.tr("Inputs the client data changes"))
        unused = unused_text(self.plan, language, QCoreApplication.translate)
        lines = [unused] if unused else []
        lines.append(
            self.tr(
                'The values are labelled "client data" with the file name and date wherever a source is '
                "shown. They are saved in the project file only; File → Remove client data puts the pack's "
                "defaults back."
            )
        )
        self.note.setText("\n".join(lines))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the client data"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))


class ClientProblemsDialog(QDialog):
    """Why a client file was refused: every problem, by row and column, as plain text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientProblemsDialog")
        self.setModal(True)
        self.resize(760, 420)
        self.setWindowTitle(self.tr("Import client data"))
        heading = QLabel(self.tr("Nothing was applied. Correct the file and import it again."), self)
        heading.setObjectName("clientProblemsHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("clientProblemsText")
        self.body.setReadOnly(True)
        self.body.setPlainText(text)
        self.body.setAccessibleName(self.tr("Problems in the client data"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("clientProblemsButtons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("clientProblemsClose")
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
