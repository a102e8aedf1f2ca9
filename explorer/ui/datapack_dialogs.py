"""File → Import data pack… and File → Revert to shipped data: choose, validate, diff, confirm, install.

``import_data_pack(parent)`` and ``revert_to_shipped_data(parent)`` return the newly
active DataPack, or None when nothing changed. Problems and diffs are data, so
they are shown as plain text only (QPlainTextEdit), never as rich text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.datapack import (
    DataPackError,
    PendingImport,
    active_pack_info,
    load_shipped_pack,
    prepare_import,
    revert_to_shipped,
)
from explorer.domain.pack import DataPack
from explorer.translation import error_text
from explorer.ui.workers import wait_in_thread

log = logging.getLogger("explorer.ui")
MAX_PROBLEMS_SHOWN = 100


def _language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class _TextDialog(QDialog):
    """A heading, a read-only plain-text body and buttons: the shape of both dialogs below."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModal(True)
        self.resize(760, 480)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName(f"{name}Text")
        self.body.setReadOnly(True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName(f"{name}Buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)


class ProblemsDialog(_TextDialog):
    """Every problem of an invalid pack, one per line, with a button to copy them."""

    def __init__(self, error: DataPackError, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, "dataPackProblems")
        self.setWindowTitle(self.tr("The data pack is invalid"))
        count = len(error.problems)
        self.heading.setText(
            self.tr("%n problem(s) in %1. Nothing was imported; the active data is unchanged.", "", count)
            .replace("%1", source.name)
        )  # fmt: skip
        translate = QCoreApplication.translate
        self._all_text = "\n".join(problem.text(translate) for problem in error.problems)
        shown = [problem.text(translate) for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
        if count > MAX_PROBLEMS_SHOWN:  # reliability.md item 7: the first 100 plus a total
            shown.append(
                self.tr("… and %1 more (Copy copies all of them).").replace("%1", str(count - len(shown)))
            )
        self.body.setPlainText("\n".join(shown))
        self.body.setAccessibleName(self.tr("List of problems"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("dataPackProblemsCopy")
        self.copy_button.setAccessibleName(self.tr("Copy the problems to the clipboard"))
        self.copy_button.clicked.connect(self._copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("dataPackProblemsClose")
        close.setAccessibleName(self.tr("Close"))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._all_text)


class DiffDialog(_TextDialog):
    """What the import changes; Import replaces the active pack, Cancel leaves it."""

    def __init__(self, pending: PendingImport, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent, "dataPackDiff")
        self.setWindowTitle(self.tr("Import data pack"))
        manifest = pending.pack.manifest
        self.heading.setText(
            self.tr("%1 is valid: data pack %2, as of %3. Review the changes, then import it to replace the "
                    "active data. You can revert to the shipped data at any time.")
            .replace("%1", pending.source.name).replace("%2", manifest.version)
            .replace("%3", manifest.as_of.isoformat())
        )  # fmt: skip
        self.body.setPlainText(pending.diff.text(language, QCoreApplication.translate))
        self.body.setAccessibleName(self.tr("Changes the import makes"))
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("dataPackDiffImport")
        self.import_button.setAccessibleName(self.tr("Import this data pack"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("dataPackDiffCancel")
        cancel.setAccessibleName(self.tr("Cancel the import"))
        cancel.setDefault(True)  # Enter must not replace data by accident


def choose_pack_path(parent: QWidget | None) -> Path | None:
    """A .zip, an .xlsx, or a folder (picked through its manifest.json); None if cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate(
            "DataPackDialogs",
            "Import data pack: choose a .zip, an .xlsx workbook, or a pack folder's manifest.json",
        ),
        "",
        QCoreApplication.translate(
            "DataPackDialogs", "Data packs (*.zip *.xlsx manifest.json);;All files (*)"
        ),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen.parent if chosen.name.lower() == "manifest.json" else chosen


def import_data_pack(parent: QWidget | None, path: Path | None = None) -> DataPack | None:
    """The whole import: choose, validate, show problems or the diff, confirm, install."""
    source = path or choose_pack_path(parent)
    if source is None:
        return None
    pending: PendingImport | None = None
    failure: DataPackError | OSError | None = None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        checking = QCoreApplication.translate("DataPackDialogs", "Checking the data pack…")
        pending = wait_in_thread(prepare_import, source, parent=parent, label=checking)
    except (DataPackError, OSError) as error:
        failure = error
    finally:
        QApplication.restoreOverrideCursor()
    if isinstance(failure, DataPackError):
        ProblemsDialog(failure, source, parent).exec()
        return None
    if failure is not None or pending is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("DataPackDialogs", "Import data pack"),
            QCoreApplication.translate("DataPackDialogs", "Could not read %1: %2")
            .replace("%1", str(source))
            .replace("%2", error_text(failure)),
        )
        return None
    if DiffDialog(pending, parent, _language()).exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        installing = QCoreApplication.translate("DataPackDialogs", "Installing the data pack…")
        pack = wait_in_thread(pending.install, parent=parent, label=installing)
    except (OSError, DataPackError) as error:
        log.exception("Installing the data pack failed")
        QMessageBox.critical(parent, QCoreApplication.translate("DataPackDialogs", "Import data pack"),
                             QCoreApplication.translate("DataPackDialogs", "The data pack could not be installed; the active data is unchanged.\n%1")
                             .replace("%1", error_text(error)))  # fmt: skip
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("DataPackDialogs", "Import data pack"),
        QCoreApplication.translate("DataPackDialogs", "Data pack %1 (as of %2) is now active.").replace("%1", pack.manifest.version)
        .replace("%2", pack.manifest.as_of.isoformat()),
    )  # fmt: skip
    return pack


def revert_to_shipped_data(parent: QWidget | None) -> DataPack | None:
    """Ask, then drop the imported pack; returns the shipped pack, or None if nothing changed."""
    info = active_pack_info()
    title = QCoreApplication.translate("DataPackDialogs", "Revert to shipped data")
    if info.kind == "shipped" and not info.fallback_reason:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("DataPackDialogs", "The shipped data pack is already in use."),
        )
        return None
    shipped = load_shipped_pack()
    question = (
        QCoreApplication.translate("DataPackDialogs", "Replace the imported data pack %1 with the shipped data pack %2 (as of %3)? The imported pack "
            "will be deleted.")
        .replace("%1", info.version).replace("%2", shipped.manifest.version)
        .replace("%3", shipped.manifest.as_of.isoformat())
    )  # fmt: skip
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )  # fmt: skip
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        revert_to_shipped()
    except OSError as error:
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate(
                "DataPackDialogs", "Could not remove the imported data pack: %1"
            ).replace("%1", error_text(error)),
        )
        return None
    return shipped
