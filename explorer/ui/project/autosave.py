"""The autosave and crash recovery of the open project.

An autosave every two minutes while there are unsaved changes, into the app-data folder
(explorer.project.AutosaveSession); removed after a clean save, when changes are discarded
and at a clean exit. After a crash, ``offer_recovery()`` (called once the window shows)
offers the newest autosave an unclean exit left behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from explorer.domain.errors import InvalidInput
from explorer.project import AutosaveSession, ProjectError, Recoverable, fit_to_pack, recoverable
from explorer.translation import error_text
from explorer.ui.project.boxes import message_box
from explorer.ui.project.files import ProjectFiles
from explorer.ui.state import AppState

log = logging.getLogger("explorer.ui")

AUTOSAVE_INTERVAL_MS = 2 * 60 * 1000


class Autosave(QObject):
    """This session's autosave file, and the offer to recover another session's."""

    def __init__(self, state: AppState, window: QMainWindow, files: ProjectFiles,
                 folder: Path | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self.setObjectName("projectAutosave")
        self._state = state
        self._window = window
        self._files = files
        self._written_fingerprint = files.saved_fingerprint  # what the autosave file holds
        self.offered = False  # recovery is offered once a session
        self.recovery_box: QMessageBox | None = None
        try:
            self._session: AutosaveSession | None = AutosaveSession(folder)
        except OSError as error:
            log.warning("Autosave is off: %s", error)
            self._session = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()
        files.cleaned.connect(self._clean)
        files.discarded.connect(self._remove)

    def write(self) -> bool:
        """Write the autosave if there are changes it does not hold yet; True when written."""
        if self._session is None:
            return False
        fingerprint = self._files.fingerprint()
        if fingerprint == self._files.saved_fingerprint:
            self._session.remove()  # nothing unsaved: nothing to recover
            self._written_fingerprint = fingerprint
            return False
        if fingerprint == self._written_fingerprint and self._session.exists:
            return False
        path = self._files.path
        try:
            self._session.write(self._files.project(), str(path) if path else "")
        except (OSError, ProjectError, InvalidInput) as error:
            log.warning("Autosave failed: %s", error)
            return False
        self._written_fingerprint = fingerprint
        return True

    def shutdown(self) -> None:
        """A clean exit: no more autosaves, and this session's file goes."""
        self.timer.stop()
        if self._session is not None:
            self._session.close()
            self._session = None

    def _clean(self) -> None:
        self._written_fingerprint = self._files.saved_fingerprint
        self._remove()

    def _remove(self) -> None:
        if self._session is not None:
            self._session.remove()

    # --- recovery ------------------------------------------------------------------------------
    def offer_recovery(self) -> QMessageBox | None:
        """Once, after the window shows: offer the newest autosave an unclean exit left behind.

        The question is window-modal but does not block (``open()``): the answer
        is handled when the user clicks. Returns the question, or None.
        """
        if self.offered or self._files.closed:
            return None
        self.offered = True
        try:
            found = recoverable(self._session.folder if self._session else None)
        except OSError as error:
            log.warning("Could not look for autosaves: %s", error)
            return None
        if not found:
            return None
        box = self._recovery_box(found[0], len(found) - 1)
        box.finished.connect(lambda _result, b=box, f=found[0]: self._recovery_answered(b, f))
        self.recovery_box = box
        box.open()
        return box

    def _recovery_box(self, found: Recoverable, older: int) -> QMessageBox:
        names = ", ".join(item.name for item in found.project.scenarios[:4])
        text = self.tr(
            "The explorer did not close properly last time. Work autosaved at {time} can be recovered: {names}."
        ).format(time=found.saved_at.replace("T", " ")[:16], names=names)
        if found.source_path:
            text += "\n" + self.tr("It belongs to {file}.").format(file=Path(found.source_path).name)
        box = message_box(
            self._window, QMessageBox.Icon.Question, self.tr("Recover unsaved work"), text, "recoveryDialog"
        )
        if older:
            box.setInformativeText(self.tr("{count} older autosaves are kept for later.").format(count=older))
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        recover.setObjectName("recoverAutosave")
        recover.setAccessibleName(recover.text())
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardAutosave")
        discard.setAccessibleName(discard.text())
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("keepAutosave")
        later.setAccessibleName(later.text())
        box.setDefaultButton(recover)
        return box

    def _recovery_answered(self, box: QMessageBox, found: Recoverable) -> None:
        clicked = box.clickedButton()
        answer = clicked.objectName() if clicked is not None else ""
        self.recovery_box = None
        box.deleteLater()
        if answer == "recoverAutosave":
            self._recover(found)
        elif answer == "discardAutosave":
            found.discard()

    def _recover(self, found: Recoverable) -> bool:
        files = self._files
        pack = self._state.pack
        try:
            keep = True
            if not found.project.pack.matches(pack):
                choice = files.ask_pack_choice(found.project)
                if choice is None:
                    return False
                keep = choice == "keep"
            files.load(fit_to_pack(found.project, pack, keep_values=keep))
        except (ProjectError, InvalidInput, ValueError) as error:
            files.refuse(found.path, error_text(error))
            return False
        files.adopt_recovered(Path(found.source_path) if found.source_path else None)
        self._written_fingerprint = ""
        self.write()  # this session holds it now ...
        found.discard()  # ... so the old autosave can go
        files.check_modified()
        self._window.statusBar().showMessage(self.tr("Recovered the autosaved work"), 8000)
        return True
