"""File → Export → Chart as an image: which chart, and its exact size in pixels."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.reports.charts import MAX_SIDE, MIN_SIDE  # one limit for the window and the command line
from explorer.reports.exporting import CHART_KEYS

DEFAULT_SIZE = (1920, 1080)


class ChartExportDialog(QDialog):
    """Choose a chart of the investor pack and the PNG's width and height in pixels."""

    def __init__(self, chart: str = "cashflow", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartExportDialog")
        self.setModal(True)
        self.chart_box = QComboBox(self)
        self.chart_box.setObjectName("chartExportChart")
        for key in CHART_KEYS:
            self.chart_box.addItem("", key)
        self.chart_box.setCurrentIndex(max(0, self.chart_box.findData(chart)))
        self.width_box = self._side("chartExportWidth", DEFAULT_SIZE[0])
        self.height_box = self._side("chartExportHeight", DEFAULT_SIZE[1])
        self.note = QLabel(self)
        self.note.setObjectName("chartExportNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("chartExportButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.chart_label = QLabel(self)
        self.width_label = QLabel(self)
        self.height_label = QLabel(self)
        self.form.addRow(self.chart_label, self.chart_box)
        self.form.addRow(self.width_label, self.width_box)
        self.form.addRow(self.height_label, self.height_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _side(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(MIN_SIDE, MAX_SIDE)
        box.setValue(value)
        box.setSuffix(" px")
        box.setAccelerated(True)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a chart"))
        self.setAccessibleName(self.tr("Export a chart"))
        names = {
            "cashflow": self.tr("Cash flow of the move"),
            "waterfall": self.tr("From today's cost to the net cost (waterfall)"),
            "costs": self.tr("Operating cost by site"),
            "tornado": self.tr("Sensitivity (tornado)"),
            "montecarlo": self.tr("Monte Carlo distribution of the NPV"),
        }
        for index in range(self.chart_box.count()):
            self.chart_box.setItemText(index, names[self.chart_box.itemData(index)])
        self.chart_box.setAccessibleName(self.tr("Chart"))
        self.width_box.setAccessibleName(self.tr("Width in pixels"))
        self.height_box.setAccessibleName(self.tr("Height in pixels"))
        self.chart_label.setText(self.tr("&Chart:"))
        self.chart_label.setBuddy(self.chart_box)
        self.width_label.setText(self.tr("&Width:"))
        self.width_label.setBuddy(self.width_box)
        self.height_label.setText(self.tr("&Height:"))
        self.height_label.setBuddy(self.height_box)
        self.note.setText(
            self.tr(
                "The image has exactly this many pixels, whatever the screen's scaling; the chart is the one in the investor pack."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    def choice(self) -> tuple[str, int, int]:
        return str(self.chart_box.currentData()), self.width_box.value(), self.height_box.value()
