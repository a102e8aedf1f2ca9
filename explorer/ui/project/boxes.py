"""The message boxes of the project rooms: one look (plain text, named for tests and screen readers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def message_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and scenario names are data
    return box


def critical(parent: QWidget, title: str, text: str) -> None:
    """An error the user must read (blocks until OK)."""
    _tell(parent, QMessageBox.Icon.Critical, title, text, "projectErrorDialog")


def inform(parent: QWidget, title: str, text: str) -> None:
    _tell(parent, QMessageBox.Icon.Information, title, text, "projectInfoDialog")


def _tell(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str) -> None:
    box = message_box(parent, icon, title, text, name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    box.deleteLater()
