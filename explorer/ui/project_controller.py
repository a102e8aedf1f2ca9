"""File → New / Open / Save / Save As / Open Recent / Export, autosave and crash recovery.

``ProjectController(state, window)`` owns the project file the window works on:

* the path and the unsaved-changes mark: the project is *modified* when what
  a save would write (the named scenarios, their names, the base, the data
  pack) differs from what was last saved or opened; the window title reads
  "name* — Gui'an Compute Explorer";
* saving (atomic, with a ``.bak`` of the previous file: explorer.project);
* recent files, kept in the settings and robust to damaged values;
* an autosave every two minutes while there are unsaved changes, into the
  app-data folder, removed after a clean save and at a clean exit; after a
  crash, ``offer_recovery()`` (called once the window shows) offers it back;
* exports (PDF in either language, Excel, CSV, PNG of a chart), run through
  OperationRunner with a progress dialog that shows after half a second.

Files are data: opening one never runs anything, and a damaged or hostile file
is refused with a message while the open project stays as it was.

Why one long module (over 400 lines): it is still four rooms in one (files,
autosave and recovery, recent files, exports) sharing the window, the state and
the modified mark; splitting them is open work (issue 15, docs/architecture.md).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog, QPushButton

from explorer.domain.errors import InvalidInput
from explorer.domain.scenario_codec import scenario_to_dict
from explorer.project import (
    PROJECT_SUFFIX,
    AutosaveSession,
    Project,
    ProjectError,
    Recoverable,
    build_project,
    fit_to_pack,
    new_scenario_id,
    read_project_file,
    recoverable,
    save_project_file,
)
from explorer.project.package_codec import package_to_dict
from explorer.reports.exporting import (
    ExportRequest,
    prepare_report,
    write_csv,
    write_pdf,
    write_png,
    write_xlsx,
)
from explorer.reports.naming import safe_file_stem
from explorer.translation import error_text, user_text
from explorer.ui.money import CURRENCIES, display_currency
from explorer.ui.settings import KEYS, MAX_RECENT, Settings, remember
from explorer.ui.state import AppState, NamedScenario, default_scenario
from explorer.ui.workers import Operation, OperationRunner, WorkerControl

log = logging.getLogger("explorer.ui")

AUTOSAVE_INTERVAL_MS = 2 * 60 * 1000
PROGRESS_DELAY_MS = 500
RECENT_KEY = KEYS["recent_projects"]  # in the settings file (tests write damaged values there)
FOLDER_KEY = "project_folder"  # fields of Settings
EXPORT_FOLDER_KEY = "export_folder"
EXPORT_CHANNEL = "export"


class ProjectController(QObject):
    """Project files, autosave, recovery and exports for one main window."""

    exported = Signal(str)  # path of a finished export

    def __init__(self, state: AppState, window: QMainWindow, autosave_folder: Path | None = None) -> None:
        super().__init__(window)
        self.setObjectName("projectController")
        self._state = state
        self._window = window
        self._path: Path | None = None
        self._display_name = ""  # for a scenario file opened (no project path yet)
        self._saved_fingerprint = self._fingerprint()
        self._autosaved_fingerprint = self._saved_fingerprint
        self._modified = False
        self._closed = False
        self._recovery_offered = False
        self.recovery_box: QMessageBox | None = None
        self.close_box: QMessageBox | None = None
        self._close_confirmed = False
        self._export: Operation | None = None
        self._progress: QProgressDialog | None = None
        self._runner = OperationRunner(self)
        try:
            self._autosave: AutosaveSession | None = AutosaveSession(autosave_folder)
        except OSError as error:
            log.warning("Autosave is off: %s", error)
            self._autosave = None

        self._check_timer = QTimer(self)  # coalesces a burst of changes (a slider drag) into one check
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self._check_modified)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()

        for signal in (
            state.scenario_changed,
            state.scenarios_changed,
            state.pack_changed,
            state.policy_selection_changed,
        ):
            signal.connect(self._check_timer.start)
        window.installEventFilter(self)
        self._build_actions()
        self.retranslate()

    # --- public: menus ---------------------------------------------------------
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

    # --- public: state ----------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_modified(self) -> bool:
        self._check_modified()
        return self._modified

    def title(self) -> str:
        name = self._path.stem if self._path else self._display_name or self.tr("Untitled")
        mark = "*" if self._modified else ""
        app = self.tr("Gui'an Compute Explorer")
        return f"{name}{mark} — {app}"

    def project(self) -> Project:
        """The project as a save would write it now."""
        state = self._state
        items = [(item.id, item.name, item.scenario, item.package) for item in state.named_scenarios()]
        return build_project(items, state.current_id, state.base_id, state.pack)

    # --- public: file operations --------------------------------------------------
    def new_project(self) -> bool:
        if not self._confirm_unsaved():
            return False
        first = NamedScenario(new_scenario_id(), self.tr("Scenario 1"), default_scenario(self._state.pack))
        self._state.load_project([first], first.id, first.id)
        self._set_clean(None)
        return True

    def open_dialog(self) -> bool:
        if not self._confirm_unsaved():
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a project"),
            self._folder(FOLDER_KEY),
            self.tr(
                "Projects and scenarios (*{suffix} *.json);;Gui'an projects (*{suffix});;Scenario files (*.json);;All files (*)"
            ).format(suffix=PROJECT_SUFFIX),
        )
        return bool(path) and self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path | str, confirmed: bool = False) -> bool:
        """Open a project or scenario file; on any problem say so and change nothing."""
        path = Path(path)
        if not confirmed and not self._confirm_unsaved():
            return False
        pack = self._state.pack
        try:
            project, is_project = read_project_file(path, pack)
            keep = True
            if is_project and not project.pack.matches(pack):
                choice = self._ask_pack_choice(project)
                if choice is None:
                    return False
                keep = choice == "keep"
            project = fit_to_pack(project, pack, keep_values=keep)
            self._load(project)
        except (ProjectError, InvalidInput, ValueError) as error:
            self._refuse(path, error_text(error))
            return False
        except OSError as error:
            self._refuse(path, error_text(error))
            return False
        if is_project:
            self._set_clean(path)
        else:  # a scenario file: its contents become a new, unsaved project
            self._set_clean(None, display_name=path.stem)
        self._remember(path)
        self._remember_folder(FOLDER_KEY, path.parent)
        if project.notes:
            self._inform(
                self.tr("Opened {file}").format(file=path.name),
                self.tr(
                    "These policies are not in the current data pack and were left out:\n{policies}"
                ).format(policies="\n".join(user_text(note) for note in project.notes)),
            )
        opened = self.tr("Opened {file}").format(file=path.name)
        if project.migration_notes:  # an older file brought up to date: say what that changed
            notes = " ".join(user_text(note) for note in project.migration_notes)
            opened = self.tr("Opened {file}. {notes}").format(file=path.name, notes=notes)
        self._window.statusBar().showMessage(opened, 30000 if project.migration_notes else 8000)
        return True

    def save(self) -> bool:
        if self._path is None or self._path.suffix.lower() != PROJECT_SUFFIX:
            return self.save_as()
        return self.save_to(self._path)

    def save_as(self) -> bool:
        folder = self._folder(FOLDER_KEY)
        stem = self._path.stem if self._path else self._display_name or self._current_name()
        suggested = str(Path(folder) / f"{safe_file_stem(stem, 'project')}{PROJECT_SUFFIX}")
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the project as"),
            suggested,
            self.tr("Gui'an projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        return self.save_to(target)

    def save_to(self, path: Path | str) -> bool:
        """Write the project atomically; on failure say why, and the file on disk is as it was."""
        path = Path(path)
        try:
            save_project_file(path, self.project())
        except (OSError, ProjectError, InvalidInput) as error:
            reason = error_text(error)
            self._critical(
                self.tr("Could not save"),
                self.tr("{file} could not be saved: {reason}\n\nThe file on disk is unchanged.").format(
                    file=path.name, reason=reason
                ),
            )
            return False
        self._set_clean(path)
        self._remember(path)
        self._remember_folder(FOLDER_KEY, path.parent)
        self._window.statusBar().showMessage(self.tr("Saved {file}").format(file=path.name), 8000)
        return True

    def maybe_close(self) -> bool:
        """The window is closing: True lets it close (and ends this session cleanly).

        With unsaved changes it returns False and asks Save / Discard / Cancel
        in a window-modal question that does not block; after Save (done) or
        Discard it closes the window again, and then returns True.
        """
        if self._closed:
            return True
        if not (self._close_confirmed or not self.is_modified):
            if self.close_box is None:
                self.close_box = self._unsaved_box()
                self.close_box.finished.connect(lambda _result, b=self.close_box: self._close_answered(b))
                self.close_box.open()
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        """A clean exit: stop the timers, cancel exports, remove this session's autosave."""
        self._closed = True
        self._autosave_timer.stop()
        self._runner.cancel_all()
        if self._autosave is not None:
            self._autosave.close()
            self._autosave = None

    # --- public: autosave and recovery -------------------------------------------
    def autosave_now(self) -> bool:
        """Write the autosave if there are changes it does not hold yet; True when written."""
        if self._autosave is None:
            return False
        fingerprint = self._fingerprint()
        if fingerprint == self._saved_fingerprint:
            self._autosave.remove()  # nothing unsaved: nothing to recover
            self._autosaved_fingerprint = fingerprint
            return False
        if fingerprint == self._autosaved_fingerprint and self._autosave.exists:
            return False
        try:
            self._autosave.write(self.project(), str(self._path) if self._path else "")
        except (OSError, ProjectError, InvalidInput) as error:
            log.warning("Autosave failed: %s", error)
            return False
        self._autosaved_fingerprint = fingerprint
        return True

    def offer_recovery(self) -> QMessageBox | None:
        """Once, after the window shows: offer the newest autosave an unclean exit left behind.

        The question is window-modal but does not block (``open()``): the answer
        is handled when the user clicks. Returns the question, or None.
        """
        if self._recovery_offered or self._closed:
            return None
        self._recovery_offered = True
        try:
            found = recoverable(self._autosave.folder if self._autosave else None)
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

    # --- public: exports ----------------------------------------------------------------
    def export_pdf(self, language: str, path: Path | str | None = None) -> Operation | None:
        return self._export_file("pdf", language, path)

    def export_xlsx(self, path: Path | str | None = None) -> Operation | None:
        return self._export_file("xlsx", self._state.language, path)

    def export_csv(self, path: Path | str | None = None) -> Operation | None:
        return self._export_file("csv", self._state.language, path)

    def export_png(self, path: Path | str | None = None, chart: str | None = None,
                   width: int | None = None, height: int | None = None) -> Operation | None:  # fmt: skip
        if path is None or chart is None or width is None or height is None:
            from explorer.ui.export_dialogs import ChartExportDialog

            dialog = ChartExportDialog(self._default_chart(), self._window)
            if dialog.exec() != ChartExportDialog.DialogCode.Accepted:
                return None
            chart, width, height = dialog.choice()
        return self._export_file("png", self._state.language, path, chart=chart, size=(width, height))

    @property
    def export_currency(self) -> str:
        """The currency of exports: the one chosen in File → Export, else the window's (View → Currency)."""
        return self._export_currency or display_currency()[0]

    def set_export_package_copy(self, copy: str) -> None:
        """Which copy of the proposed package exports carry: "firm" or "bureau"."""
        if copy not in ("firm", "bureau"):
            raise ValueError(f"package copy: expected firm or bureau, got {copy!r}")
        self.export_package_copy = copy
        self.export_package_actions[copy].setChecked(True)

    def set_export_currency(self, currency: str | None) -> None:
        """CNY or USD for every export from now on; None: follow the window's currency again."""
        if currency is not None and currency not in CURRENCIES:
            raise ValueError(f"currency: expected one of {CURRENCIES}, got {currency!r}")
        self._export_currency = currency
        self._show_export_currency()

    @property
    def export_running(self) -> bool:
        return self._export is not None and self._export.live

    # --- actions ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self._window

        def action(name: str, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
            item = QAction(window)
            item.setObjectName(name)
            if shortcut is not None:
                item.setShortcut(shortcut)
            item.triggered.connect(lambda _checked=False: slot())
            return item

        self.new_action = action(
            "newProjectAction", self.new_project, QKeySequence(QKeySequence.StandardKey.New)
        )
        self.open_action = action(
            "openProjectAction", self.open_dialog, QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.save_action = action("saveProjectAction", self.save, QKeySequence(QKeySequence.StandardKey.Save))
        self.save_as_action = action("saveProjectAsAction", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentProjectsMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.export_menu = QMenu(window)
        self.export_menu.setObjectName("exportMenu")
        self.export_pdf_zh_action = action(
            "exportPdfZhAction", lambda: self.export_pdf("zh_CN"), QKeySequence("Ctrl+E")
        )
        self.export_pdf_en_action = action(
            "exportPdfEnAction", lambda: self.export_pdf("en"), QKeySequence("Ctrl+Alt+E")
        )
        self.export_xlsx_action = action("exportXlsxAction", self.export_xlsx, QKeySequence("Ctrl+Shift+E"))
        self.export_csv_action = action("exportCsvAction", self.export_csv)
        self.export_png_action = action("exportPngAction", self.export_png)
        for item in (self.export_pdf_zh_action, self.export_pdf_en_action, self.export_xlsx_action,
                     self.export_csv_action, self.export_png_action):  # fmt: skip
            self.export_menu.addAction(item)
        # the currency of every export: the window's until chosen here (USD at the scenario's rate)
        self._export_currency: str | None = None
        self.export_currency_menu = QMenu(window)
        self.export_currency_menu.setObjectName("exportCurrencyMenu")
        self.export_currency_menu.aboutToShow.connect(self._show_export_currency)
        group = QActionGroup(window)
        self.export_currency_actions: dict[str, QAction] = {}
        for code in CURRENCIES:
            item = action(f"exportCurrency{code.title()}Action", lambda c=code: self.set_export_currency(c))
            item.setCheckable(True)
            group.addAction(item)
            self.export_currency_menu.addAction(item)
            self.export_currency_actions[code] = item
        self.export_menu.addSeparator()
        self.export_menu.addMenu(self.export_currency_menu)
        # the proposed incentive package (issue 17): the firm's copy leaves the region's side out
        self.export_package_copy = "firm"
        self.export_package_menu = QMenu(window)
        self.export_package_menu.setObjectName("exportPackageMenu")
        package_group = QActionGroup(self)
        self.export_package_actions: dict[str, QAction] = {}
        for copy in ("firm", "bureau"):
            item = action(f"exportPackage{copy.title()}Action", lambda c=copy: self.set_export_package_copy(c))
            item.setCheckable(True)
            item.setChecked(copy == "firm")
            package_group.addAction(item)
            self.export_package_menu.addAction(item)
            self.export_package_actions[copy] = item
        self.export_menu.addMenu(self.export_package_menu)
        # issue 19: an investor pack without the client's raw figures (the results only)
        self.export_anonymised_action = action("exportAnonymisedAction", lambda: None)
        self.export_anonymised_action.setCheckable(True)
        self.export_menu.addAction(self.export_anonymised_action)

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New project"))
        self.new_action.setStatusTip(self.tr("Start a new project with one scenario"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open a project (.gcx) or a scenario file (.json)"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_action.setStatusTip(self.tr("Save every scenario of the project"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.export_pdf_zh_action.setText(self.tr("Investor pack in Chinese (PDF)…"))
        self.export_pdf_en_action.setText(self.tr("Investor pack in English (PDF)…"))
        self.export_xlsx_action.setText(self.tr("Excel workbook…"))
        self.export_csv_action.setText(self.tr("Annual table (CSV)…"))
        self.export_png_action.setText(self.tr("Chart as an image (PNG)…"))
        self.export_currency_menu.setTitle(self.tr("&Currency of exports"))
        self.export_package_menu.setTitle(self.tr("Incentive &package in exports"))
        self.export_package_actions["firm"].setText(self.tr("The firm's copy (without the region's side)"))
        self.export_package_actions["bureau"].setText(
            self.tr("The finance bureau's copy (with the fiscal cost and the region's return)")
        )
        self.export_anonymised_action.setText(self.tr("Leave out the client's figures (results only)"))
        self._show_export_currency()
        self._apply_title()

    # --- slots ---------------------------------------------------------------------------
    def _check_modified(self) -> None:
        modified = self._fingerprint() != self._saved_fingerprint
        self._modified = modified
        self._apply_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # menus and title; the window asks title() for the same words
        return False

    # --- private: state -------------------------------------------------------------------
    def _fingerprint(self) -> str:
        """What a save would write, less what does not count as a change (which scenario is shown)."""
        state = self._state
        items = [
            [item.id, item.name, scenario_to_dict(item.scenario),
             package_to_dict(item.package) if item.package is not None else None]
            for item in state.named_scenarios()
        ]  # fmt: skip
        manifest = state.pack.manifest
        document = [items, state.base_id, manifest.version, manifest.as_of.isoformat()]
        return json.dumps(document, ensure_ascii=False, sort_keys=True, allow_nan=False)

    def _set_clean(self, path: Path | None, display_name: str = "") -> None:
        self._path = path
        self._display_name = display_name
        self._saved_fingerprint = self._fingerprint()
        self._autosaved_fingerprint = self._saved_fingerprint
        if self._autosave is not None:
            self._autosave.remove()
        self._check_modified()

    def _apply_title(self) -> None:
        if self._closed:
            return
        self._window.setWindowTitle(self.title())

    def _current_name(self) -> str:
        return self._state.named(self._state.current_id).name

    def _load(self, project: Project) -> None:
        named = [NamedScenario(item.id, item.name, item.scenario, item.package) for item in project.scenarios]
        self._state.load_project(named, project.current_id, project.base_id)

    def _recover(self, found: Recoverable) -> bool:
        pack = self._state.pack
        try:
            keep = True
            if not found.project.pack.matches(pack):
                choice = self._ask_pack_choice(found.project)
                if choice is None:
                    return False
                keep = choice == "keep"
            project = fit_to_pack(found.project, pack, keep_values=keep)
            self._load(project)
        except (ProjectError, InvalidInput, ValueError) as error:
            self._refuse(found.path, error_text(error))
            return False
        source = Path(found.source_path) if found.source_path else None
        self._path = source if source is not None and source.suffix.lower() == PROJECT_SUFFIX else None
        self._display_name = ""
        self._saved_fingerprint = ""  # recovered work is unsaved work
        self._autosaved_fingerprint = ""
        self.autosave_now()  # this session holds it now ...
        found.discard()  # ... so the old autosave can go
        self._check_modified()
        self._window.statusBar().showMessage(self.tr("Recovered the autosaved work"), 8000)
        return True

    # --- private: settings -----------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Recent files that still exist, newest first; a damaged setting reads as none."""
        value = Settings.load().recent_projects
        paths: list[Path] = []
        for item in value:
            path = Path(item)
            try:
                if path.is_file() and path not in paths:
                    paths.append(path)
            except OSError:
                continue
        return paths[:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != path.resolve() and p != path]
        remember(recent_projects=(str(path.resolve()), *(str(p) for p in recent))[:MAX_RECENT])

    def _folder(self, key: str) -> str:
        value = getattr(Settings.load(), key)
        if value and Path(value).is_dir():
            return value
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    def _remember_folder(self, key: str, folder: Path) -> None:
        remember(**{key: str(folder)})

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for index, path in enumerate(recent):
            item = self.recent_menu.addAction(f"&{index + 1} {path.name.replace('&', '&&')}")
            item.setObjectName(f"recentProject{index}")
            item.setToolTip(str(path))
            item.setStatusTip(str(path))
            item.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the list"))
        clear.setObjectName("clearRecentProjects")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        remember(recent_projects=())

    # --- private: exports ----------------------------------------------------------------------
    def _default_chart(self) -> str:
        window = self._window
        tabs = getattr(window, "tabs", None)
        current = tabs.currentWidget() if tabs is not None else None
        if current is not None and current is getattr(window, "compare_tab", None):
            return "costs"
        return "cashflow"

    def _show_export_currency(self) -> None:
        """Tick the currency exports use and name the scenario's exchange rate."""
        rate = display_currency()[1]
        self.export_currency_actions["CNY"].setText(self.tr("Yuan (CNY)"))
        self.export_currency_actions["USD"].setText(
            self.tr("US dollars at {rate} CNY per USD").format(rate=f"{rate:,.2f}")
        )
        self.export_currency_actions[self.export_currency].setChecked(True)

    def _export_file(self, kind: str, language: str, path: Path | str | None, chart: str = "",
                     size: tuple[int, int] = (0, 0)) -> Operation | None:  # fmt: skip
        if self.export_running:
            self._window.statusBar().showMessage(self.tr("An export is still running"), 5000)
            return None
        if path is None:
            path = self._ask_export_path(kind, language, chart)
            if path is None:
                return None
        target = Path(path)
        state = self._state
        request = ExportRequest(
            state.scenario, state.pack, language, self._current_name(), currency=self.export_currency,
            package=state.package(), package_copy=self.export_package_copy,
            anonymise=self.export_anonymised_action.isChecked(),
        )  # fmt: skip
        if kind in ("pdf", "png"):
            from explorer.reports.pdf_writer import report_font_family

            report_font_family()  # register the font on the GUI thread, before the worker paints
        self._progress = self._progress_dialog(target)
        self._export = self._runner.run(
            _export_work,
            request,
            kind,
            target,
            chart,
            size,
            channel=EXPORT_CHANNEL,
            on_done=self._export_done,
            on_error=lambda error, t=target: self._export_failed(t, error),
            on_progress=self._export_progress,
            on_cancelled=self._export_cancelled,
        )
        return self._export

    def _ask_export_path(self, kind: str, language: str, chart: str) -> Path | None:
        suffix, label = {
            "pdf": (".pdf", self.tr("PDF documents (*.pdf)")),
            "xlsx": (".xlsx", self.tr("Excel workbooks (*.xlsx)")),
            "csv": (".csv", self.tr("CSV files (*.csv)")),
            "png": (".png", self.tr("PNG images (*.png)")),
        }[kind]
        name = self._current_name()
        if kind == "pdf":
            name = f"{name} ({'中文' if language.startswith('zh') else 'EN'})"
        if kind == "png":
            name = f"{name} {chart}"
        folder = Path(self._folder(EXPORT_FOLDER_KEY))
        suggested = str(folder / f"{safe_file_stem(name)}{suffix}")
        path, _filter = QFileDialog.getSaveFileName(self._window, self.tr("Export"), suggested, label)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self._remember_folder(EXPORT_FOLDER_KEY, target.parent)
        return target

    def _progress_dialog(self, target: Path) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Exporting {file}…").format(file=target.name), self.tr("Cancel"), 0, 100, self._window
        )
        dialog.setObjectName("exportProgress")
        dialog.setAccessibleName(self.tr("Export progress"))
        cancel = QPushButton(self.tr("Cancel"), dialog)
        cancel.setObjectName("exportCancel")
        cancel.setAccessibleName(self.tr("Cancel the export"))
        dialog.setCancelButton(cancel)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)  # shown only if the export takes longer
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self._cancel_export)
        return dialog

    def _cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel_export)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _export_progress(self, fraction: float) -> None:
        if self._progress is not None:
            self._progress.setValue(round(fraction * 100))

    def _export_done(self, path: Path) -> None:
        self._close_progress()
        self._export = None
        self.exported.emit(str(path))
        self._window.statusBar().showMessage(self.tr("Exported {file}").format(file=path.name), 10000)

    def _export_failed(self, target: Path, error: BaseException) -> None:
        self._close_progress()
        self._export = None
        reason = error_text(error)
        self._critical(
            self.tr("Export failed"),
            self.tr("{file} could not be written: {reason}").format(file=target.name, reason=reason),
        )

    def _export_cancelled(self) -> None:
        self._close_progress()
        self._export = None
        self._window.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 6000)

    # --- private: questions -----------------------------------------------------------------------
    def _confirm_unsaved(self) -> bool:
        """True when it is fine to replace the project: nothing unsaved, saved now, or discarded."""
        if not self.is_modified:
            return True
        box = self._unsaved_box()
        box.exec()
        return self._unsaved_answered(box)

    def _unsaved_box(self) -> QMessageBox:
        name = self.title().split(" — ")[0].rstrip("*")
        box = self._message_box(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} first?").format(name=name),
            "unsavedChangesDialog",
        )
        box.setInformativeText(self.tr("Changes you do not save are lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    def _unsaved_answered(self, box: QMessageBox) -> bool:
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.Cancel
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self._autosave is not None:
                self._autosave.remove()
            return True
        return False

    def _close_answered(self, box: QMessageBox) -> None:
        self.close_box = None
        if self._unsaved_answered(box):
            self._close_confirmed = True
            self._window.close()

    def _ask_pack_choice(self, project: Project) -> str | None:
        """ "keep" the project's own figures, "refresh" them from the current pack, or None (cancel)."""
        current = self._state.pack.manifest
        box = self._message_box(
            QMessageBox.Icon.Question,
            self.tr("Another data pack"),
            self.tr(
                "This project was made with data pack {old} (as of {old_date}); the app now uses data pack {new} (as of {new_date})."
            ).format(
                old=project.pack.version or "?",
                old_date=project.pack.as_of.isoformat(),
                new=current.version,
                new_date=current.as_of.isoformat(),
            ),
            "packVersionDialog",
        )
        box.setInformativeText(
            self.tr(
                "Keep the project's figures: the prices, rents and other figures it took from its data pack are kept as its own inputs.\nUse the current data pack: those figures are refreshed; figures you set yourself are kept either way.\nPolicies always follow the current data pack."
            )
        )
        keep = box.addButton(self.tr("Keep the project's figures"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepPackValues")
        keep.setAccessibleName(keep.text())
        refresh = box.addButton(self.tr("Use the current data pack"), QMessageBox.ButtonRole.ApplyRole)
        refresh.setObjectName("refreshPackValues")
        refresh.setAccessibleName(refresh.text())
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "keep" if clicked is keep else "refresh" if clicked is refresh else None

    def _recovery_box(self, found: Recoverable, older: int) -> QMessageBox:
        names = ", ".join(item.name for item in found.project.scenarios[:4])
        text = self.tr(
            "The explorer did not close properly last time. Work autosaved at {time} can be recovered: {names}."
        ).format(time=found.saved_at.replace("T", " ")[:16], names=names)
        if found.source_path:
            text += "\n" + self.tr("It belongs to {file}.").format(file=Path(found.source_path).name)
        box = self._message_box(
            QMessageBox.Icon.Question, self.tr("Recover unsaved work"), text, "recoveryDialog"
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

    def _message_box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName(name)
        box.setAccessibleName(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and scenario names are data
        return box

    def _refuse(self, path: Path, reason: str) -> None:
        self._critical(
            self.tr("Could not open"),
            self.tr("{file} could not be opened:\n{reason}\n\nNothing was changed.").format(
                file=path.name, reason=reason
            ),
        )

    def _critical(self, title: str, text: str) -> None:
        box = self._message_box(QMessageBox.Icon.Critical, title, text, "projectErrorDialog")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()

    def _inform(self, title: str, text: str) -> None:
        box = self._message_box(QMessageBox.Icon.Information, title, text, "projectInfoDialog")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        box.deleteLater()


def _pack_kind(version: str) -> str:
    """ "shipped" when the app runs on the pack it ships with, else "imported"."""
    from explorer.datapack import load_shipped_pack

    try:
        return "shipped" if load_shipped_pack().manifest.version == version else "imported"
    except Exception:  # the label only; never let it stop an export
        return "imported"


def _export_work(control: WorkerControl, request: ExportRequest, kind: str, target: Path, chart: str,
                 size: tuple[int, int]) -> Path:  # fmt: skip
    """Runs in a pool thread: build the report, write the file (atomically), report progress."""
    control.progress(0.05)
    request = dataclasses.replace(request, pack_kind=_pack_kind(request.pack.manifest.version))
    report = prepare_report(request, check=control.check)
    control.check()
    control.progress(0.4)
    if kind == "pdf":
        write_pdf(target, report, check=control.check, progress=lambda f: control.progress(0.4 + 0.6 * f))
    elif kind == "xlsx":
        write_xlsx(target, report)
    elif kind == "csv":
        write_csv(target, report)
    elif kind == "png":
        write_png(target, report, chart, *size)
    else:  # pragma: no cover - the menu offers only these
        raise ValueError(kind)
    control.progress(1.0)
    return target
