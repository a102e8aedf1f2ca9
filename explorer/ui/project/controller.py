"""``ProjectController(state, window)``: the File menu's project rooms, behind one face.

It builds the rooms, wires them together with signals and keeps the surface the main
window and the tests use (``window.project.save_to(...)``, ``.export_pdf(...)``, the actions):

* ``files`` (files.py): New / Open / Save / Save As, the unsaved mark, the window title;
* ``autosave`` (autosave.py): the autosave file and crash recovery;
* ``recent`` (recent_files.py): Open recent;
* ``exports`` (export_controller.py): the Export menu and the exports in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from explorer.project import Project
from explorer.ui.project.autosave import Autosave
from explorer.ui.project.export_controller import ExportController
from explorer.ui.project.files import ProjectFiles
from explorer.ui.project.recent_files import RecentFiles
from explorer.ui.state import AppState
from explorer.ui.workers import Operation


class ProjectController(QObject):
    """Project files, autosave, recovery, recent files and exports for one main window."""

    exported = Signal(str)  # path of a finished export

    def __init__(self, state: AppState, window: QMainWindow, autosave_folder: Path | None = None) -> None:
        super().__init__(window)
        self.setObjectName("projectController")
        self._window = window
        self.files = ProjectFiles(state, window)
        self.autosave = Autosave(state, window, self.files, autosave_folder)
        self.recent = RecentFiles(window)
        self.exports = ExportController(state, window)

        self.files.title_changed.connect(window.setWindowTitle)
        self.files.used.connect(self.recent.remember)
        self.recent.open_requested.connect(self._open_recent)
        self.exports.exported.connect(self.exported)

        # the menu items, under the names the window and the tests know
        self.new_action = self.files.new_action
        self.open_action = self.files.open_action
        self.save_action = self.files.save_action
        self.save_as_action = self.files.save_as_action
        self.recent_menu = self.recent.menu
        self.export_menu = self.exports.menu
        self.export_pdf_zh_action = self.exports.pdf_zh_action
        self.export_pdf_en_action = self.exports.pdf_en_action
        self.export_xlsx_action = self.exports.xlsx_action
        self.export_csv_action = self.exports.csv_action
        self.export_png_action = self.exports.png_action
        self.export_currency_menu = self.exports.currency_menu
        self.export_currency_actions = self.exports.currency_actions
        self.export_package_menu = self.exports.package_menu
        self.export_package_actions = self.exports.package_actions
        self.export_anonymised_action = self.exports.anonymised_action

        state.language_changed.connect(self._on_language)
        self.retranslate()

    # --- menus ------------------------------------------------------------------------------
    def install_menu(self, file_menu: QMenu) -> None:
        """Put New … Export at the top of the File menu."""
        first = file_menu.actions()[0] if file_menu.actions() else None
        for item in (self.new_action, self.open_action, self.recent_menu.menuAction(), None,
                     self.save_action, self.save_as_action, None, self.export_menu.menuAction(), None):  # fmt: skip
            if item is None:
                file_menu.insertSeparator(first) if first is not None else file_menu.addSeparator()
            elif first is not None:
                file_menu.insertAction(first, item)
            else:
                file_menu.addAction(item)

    def _on_language(self, _language: str) -> None:
        self.retranslate()  # menus and title; the window asks title() for the same words

    def retranslate(self) -> None:
        self.recent.retranslate()
        self.exports.retranslate()
        self.files.retranslate()  # last: it shares the window title

    # --- the project file --------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.files.path

    @property
    def is_modified(self) -> bool:
        return self.files.is_modified

    @property
    def close_box(self) -> QMessageBox | None:
        return self.files.close_box

    def title(self) -> str:
        return self.files.title()

    def project(self) -> Project:
        """The project as a save would write it now."""
        return self.files.project()

    def new_project(self) -> bool:
        return self.files.new_project()

    def open_dialog(self) -> bool:
        return self.files.open_dialog()

    def open_path(self, path: Path | str, confirmed: bool = False) -> bool:
        """Open a project or scenario file; on any problem say so and change nothing."""
        return self.files.open_path(path, confirmed)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_to(self, path: Path | str) -> bool:
        """Write the project atomically; on failure say why, and the file on disk is as it was."""
        return self.files.save_to(path)

    def recent_files(self) -> list[Path]:
        return self.recent.paths()

    def _open_recent(self, path: Path) -> None:
        self.files.open_path(path)

    def maybe_close(self) -> bool:
        """The window is closing: True lets it close (and ends this session cleanly).

        With unsaved changes it returns False and asks Save / Discard / Cancel without
        blocking; after Save (done) or Discard it closes the window again (files.py).
        """
        if self.files.closed:
            return True
        if not self.files.may_close():
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        """A clean exit: stop the timers, cancel exports, remove this session's autosave."""
        self.files.closed = True
        self.autosave.shutdown()
        self.exports.cancel_all()

    # --- autosave and recovery ------------------------------------------------------------------
    def autosave_now(self) -> bool:
        """Write the autosave if there are changes it does not hold yet; True when written."""
        return self.autosave.write()

    def offer_recovery(self) -> QMessageBox | None:
        """Once, after the window shows: offer the newest autosave an unclean exit left behind."""
        return self.autosave.offer_recovery()

    @property
    def recovery_box(self) -> QMessageBox | None:
        return self.autosave.recovery_box

    # --- exports -----------------------------------------------------------------------------------
    def export_pdf(self, language: str, path: Path | str | None = None) -> Operation | None:
        return self.exports.export_pdf(language, path)

    def export_xlsx(self, path: Path | str | None = None) -> Operation | None:
        return self.exports.export_xlsx(path)

    def export_csv(self, path: Path | str | None = None) -> Operation | None:
        return self.exports.export_csv(path)

    def export_png(self, path: Path | str | None = None, chart: str | None = None,
                   width: int | None = None, height: int | None = None) -> Operation | None:  # fmt: skip
        return self.exports.export_png(path, chart, width, height)

    @property
    def export_running(self) -> bool:
        return self.exports.running

    @property
    def export_currency(self) -> str:
        """The currency of exports: the one chosen in File → Export, else the window's."""
        return self.exports.currency

    def set_export_currency(self, currency: str | None) -> None:
        self.exports.set_currency(currency)

    @property
    def export_package_copy(self) -> str:
        return self.exports.package_copy

    def set_export_package_copy(self, copy: str) -> None:
        self.exports.set_package_copy(copy)
