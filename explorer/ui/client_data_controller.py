"""File → New client data template… / Import client data… / Remove client data (issue 19).

The template is written in the window's language; an import is read and checked as a data
pack is (every problem at once, nothing applied), then its diff is confirmed in
``ClientImportDialog`` and applied as one new scenario. Removing puts every input the client
data set back to the pack's default. The client data lives in the scenario, so it is saved
in the project file only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from explorer.datapack.client_file import ClientDataError, read_client_file, write_template
from explorer.domain.client_data import ClientPlan, apply_plan, plan_import, remove_client
from explorer.translation import error_text
from explorer.ui.client_import_dialog import ClientImportDialog, ClientProblemsDialog
from explorer.ui.state import AppState


class ClientDataController(QObject):
    def __init__(self, state: AppState, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("clientDataController")
        self._state = state
        self._window = window
        self.template_action = QAction(window)
        self.template_action.setObjectName("clientTemplateAction")
        self.template_action.triggered.connect(lambda: self.write_template())
        self.import_action = QAction(window)
        self.import_action.setObjectName("clientImportAction")
        self.import_action.triggered.connect(lambda: self.import_file())
        self.remove_action = QAction(window)
        self.remove_action.setObjectName("clientRemoveAction")
        self.remove_action.triggered.connect(lambda: self.remove())
        state.scenario_changed.connect(self._enable)
        state.language_changed.connect(self._on_language)
        self.retranslate()
        self._enable()

    def install_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        for action in (self.template_action, self.import_action, self.remove_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        menu.insertSeparator(before) if before is not None else menu.addSeparator()

    def _on_language(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.template_action.setText(self.tr("New client data &template…"))
        self.template_action.setStatusTip(
            self.tr("Write a one-sheet workbook of the facts a firm knows, to fill in")
        )
        self.import_action.setText(self.tr("Import &client data…"))
        self.import_action.setStatusTip(self.tr("Read a filled client template and show what it changes"))
        self.remove_action.setText(self.tr("Remove client data"))
        self.remove_action.setStatusTip(
            self.tr("Put every input the client data set back to the pack's default")
        )

    def _enable(self) -> None:
        self.remove_action.setEnabled(self._state.scenario.client is not None)

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    # --- the three actions -------------------------------------------------------
    def write_template(self, path: Path | str | None = None) -> Path | None:
        if path is None:
            name = (
                "客户数据模板.xlsx" if self._state.language.startswith("zh") else "client-data-template.xlsx"
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window, self.tr("New client data template"), str(Path(self._folder()) / name),
                self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        try:
            write_template(target, self._state.language, translate=self._translate)
        except OSError as error:
            QMessageBox.warning(
                self._window, self.tr("New client data template"),
                self.tr("Could not write {path}: {reason}").format(path=target, reason=error_text(error)),
            )  # fmt: skip
            return None
        self._window.statusBar().showMessage(self.tr("Wrote {file}").format(file=target.name), 5000)
        return target

    def prepare(self, path: Path | str) -> ClientPlan:
        """The plan of a client file; ClientDataError with every problem when it cannot be imported."""
        state = self._state
        client = read_client_file(path, state.scenario, state.pack)
        return plan_import(state.scenario, state.pack, client.facts, client.name, dt.date.today())

    def import_file(self, path: Path | str | None = None, confirm: bool = True) -> bool:
        """Read, check, show the diff, apply on Apply. True when the scenario changed."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self._window, self.tr("Import client data"), self._folder(),
                self.tr("Client data (*.xlsx *.csv)"),
            )  # fmt: skip
            if not chosen:
                return False
            path = chosen
        try:
            plan = self.prepare(path)
        except ClientDataError as error:
            if confirm:
                ClientProblemsDialog(error.translated(self._translate), self._window).exec()
            return False
        except OSError as error:
            if confirm:
                QMessageBox.warning(self._window, self.tr("Import client data"), error_text(error))
            return False
        if confirm:
            dialog = ClientImportDialog(plan, self._state.language, self._window, self._state.pack)
            if dialog.exec() != ClientImportDialog.DialogCode.Accepted:
                return False
        return self.apply(plan)

    def apply(self, plan: ClientPlan) -> bool:
        """The plan as one change of the scenario (one step: the whole diff, or nothing)."""
        return self._state.set_scenario(apply_plan(self._state.scenario, plan))

    def remove(self, confirm: bool = True) -> bool:
        if self._state.scenario.client is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self._window, self.tr("Remove client data"),
                self.tr("Put every input the client data set back to the data pack's default, "
                        "and forget the client's figures in this scenario?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._state.set_scenario(remove_client(self._state.scenario))

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)
