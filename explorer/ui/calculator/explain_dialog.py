"""'How is this calculated': a KPI's formula with this scenario's numbers and sources."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from explorer.ui.calculator.kpis import Kpi


class ExplainDialog(QDialog):
    def __init__(self, kpi: Kpi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setWindowTitle(self.tr("How is this calculated: {title}").format(title=kpi.title))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 440)
        heading = QLabel(f"{kpi.title}: {kpi.value}", self)
        heading.setObjectName("explainHeading")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("explainText")
        self.text.setAccessibleName(self.tr("Formula, numbers and sources"))
        self.text.setReadOnly(True)
        self.text.setPlainText(kpi.explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("explainButtons")
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("explainCopy")
        self.copy_button.setAccessibleName(self.tr("Copy the explanation"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(kpi.explanation))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
