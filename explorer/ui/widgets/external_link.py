"""Opening a data pack's web address: only http(s), only after the user has seen the full address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

OPENABLE_SCHEMES = ("https", "http")


def openable_url(address: str) -> QUrl | None:
    """The address as a URL a browser may open, or None (other schemes are shown, never opened)."""
    url = QUrl(address.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in OPENABLE_SCHEMES or not url.host():
        return None
    return url


def confirm_and_open(parent: QWidget | None, address: str) -> bool:
    """Ask first, showing the whole address as plain text; True if the browser was asked to open it."""
    url = openable_url(address)
    if url is None:
        return False
    box = QMessageBox(parent)
    box.setObjectName("openLinkDialog")
    box.setAccessibleName(QCoreApplication.translate("ExternalLink", "Open a web page"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ExternalLink", "Open a web page"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "ExternalLink",
            "Open this address in your web browser?\n\n{address}\n\nThis needs an internet connection.",
        ).format(address=url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if QMessageBox.StandardButton(box.exec()) != QMessageBox.StandardButton.Open:
        return False
    return QDesktopServices.openUrl(url)
