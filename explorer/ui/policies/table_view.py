"""The policy table view: Enter opens the details, Space ticks "use in calculation" for the row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget


class PolicyTableView(QTableView):
    details_requested = Signal()
    use_toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyTable")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.currentIndex().isValid() and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.details_requested.emit()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Space:
                self.use_toggle_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)
