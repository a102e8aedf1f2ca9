"""File → New / Open / Save / Save As, the unsaved-changes mark and the questions before losing work.

The project is *modified* when what a save would write (the named scenarios, their names,
the base, the data pack) differs from what was last saved or opened; which scenario is shown
does not count. ``title()`` words the window title, "name* — Gui'an Compute Explorer", and
``title_changed`` carries it whenever it changes.

Saving is atomic, with a ``.bak`` of the previous file (explorer.project). Files are data:
opening one never runs anything, and a damaged or hostile file is refused with a message
while the open project stays as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from explorer.domain.errors import InvalidInput
from explorer.domain.scenario_codec import scenario_to_dict
from explorer.project import (
    PROJECT_SUFFIX,
    Project,
    ProjectError,
    build_project,
    fit_to_pack,
    new_scenario_id,
    read_project_file,
    save_project_file,
)
from explorer.project.package_codec import package_to_dict
from explorer.reports.naming import safe_file_stem
from explorer.translation import error_text, user_text
from explorer.ui.project.boxes import critical, inform, message_box
from explorer.ui.project.recent_files import FOLDER_KEY, last_folder, remember_folder
from explorer.ui.state import AppState, NamedScenario, default_scenario


class ProjectFiles(QObject):
    """The project file the window works on: its path, its unsaved mark, and the file actions."""

    title_changed = Signal(str)  # the window title, each time it is worded
    cleaned = Signal()  # the project now matches its file (new, opened, saved): no autosave needed
    discarded = Signal()  # the user chose to lose the unsaved changes
    used = Signal(object)  # Path of a file opened or saved: a recent file

    def __init__(self, state: AppState, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("projectFiles")
        self._state = state
        self._window = window
        self._path: Path | None = None
        self._display_name = ""  # for a scenario file opened (no project path yet)
        self.saved_fingerprint = self.fingerprint()
        self._modified = False
        self.closed = False  # the window has closed: the title is no longer ours to set
        self.close_box: QMessageBox | None = None
        self._close_confirmed = False

        self._check_timer = QTimer(self)  # coalesces a burst of changes (a slider drag) into one check
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self.check_modified)
        for signal in (
            state.scenario_changed,
            state.scenarios_changed,
            state.pack_changed,
            state.policy_selection_changed,
        ):
            signal.connect(self._check_timer.start)
        self._build_actions()

    def _build_actions(self) -> None:
        def action(name: str, slot: Callable[[], object], shortcut: QKeySequence) -> QAction:
            item = QAction(self._window)
            item.setObjectName(name)
            item.setShortcut(shortcut)
            item.triggered.connect(lambda _checked=False: slot())
            return item

        keys = QKeySequence.StandardKey
        self.new_action = action("newProjectAction", self.new_project, QKeySequence(keys.New))
        self.open_action = action("openProjectAction", self.open_dialog, QKeySequence(keys.Open))
        self.save_action = action("saveProjectAction", self.save, QKeySequence(keys.Save))
        self.save_as_action = action("saveProjectAsAction", self.save_as, QKeySequence("Ctrl+Shift+S"))

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New project"))
        self.new_action.setStatusTip(self.tr("Start a new project with one scenario"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open a project (.gcx) or a scenario file (.json)"))
        self.save_action.setText(self.tr("&Save"))
        self.save_action.setStatusTip(self.tr("Save every scenario of the project"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self._share_title()

    # --- state --------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_modified(self) -> bool:
        self.check_modified()
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

    def fingerprint(self) -> str:
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

    def check_modified(self) -> None:
        self._modified = self.fingerprint() != self.saved_fingerprint
        self._share_title()

    def set_clean(self, path: Path | None, display_name: str = "") -> None:
        """The project now is what ``path`` holds (None: not saved yet, named ``display_name``)."""
        self._path = path
        self._display_name = display_name
        self.saved_fingerprint = self.fingerprint()
        self.cleaned.emit()
        self.check_modified()

    def adopt_recovered(self, source: Path | None) -> None:
        """Recovered work is unsaved work; a Save writes to ``source`` when it is a project file."""
        self._path = source if source is not None and source.suffix.lower() == PROJECT_SUFFIX else None
        self._display_name = ""
        self.saved_fingerprint = ""

    def current_name(self) -> str:
        return self._state.named(self._state.current_id).name

    def load(self, project: Project) -> None:
        named = [NamedScenario(item.id, item.name, item.scenario, item.package) for item in project.scenarios]
        self._state.load_project(named, project.current_id, project.base_id)

    def _share_title(self) -> None:
        if not self.closed:
            self.title_changed.emit(self.title())

    # --- file operations -------------------------------------------------------------------
    def new_project(self) -> bool:
        if not self._confirm_unsaved():
            return False
        first = NamedScenario(new_scenario_id(), self.tr("Scenario 1"), default_scenario(self._state.pack))
        self._state.load_project([first], first.id, first.id)
        self.set_clean(None)
        return True

    def open_dialog(self) -> bool:
        if not self._confirm_unsaved():
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a project"),
            last_folder(FOLDER_KEY),
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
                choice = self.ask_pack_choice(project)
                if choice is None:
                    return False
                keep = choice == "keep"
            project = fit_to_pack(project, pack, keep_values=keep)
            self.load(project)
        except (ProjectError, InvalidInput, ValueError, OSError) as error:
            self.refuse(path, error_text(error))
            return False
        if is_project:
            self.set_clean(path)
        else:  # a scenario file: its contents become a new, unsaved project
            self.set_clean(None, display_name=path.stem)
        self.used.emit(path)
        remember_folder(FOLDER_KEY, path.parent)
        if project.notes:
            inform(
                self._window,
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
        stem = self._path.stem if self._path else self._display_name or self.current_name()
        suggested = str(Path(last_folder(FOLDER_KEY)) / f"{safe_file_stem(stem, 'project')}{PROJECT_SUFFIX}")
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
            critical(
                self._window,
                self.tr("Could not save"),
                self.tr("{file} could not be saved: {reason}\n\nThe file on disk is unchanged.").format(
                    file=path.name, reason=reason
                ),
            )
            return False
        self.set_clean(path)
        self.used.emit(path)
        remember_folder(FOLDER_KEY, path.parent)
        self._window.statusBar().showMessage(self.tr("Saved {file}").format(file=path.name), 8000)
        return True

    def may_close(self) -> bool:
        """True when the window may close: nothing unsaved, or Save (done) or Discard answered.

        With unsaved changes it returns False and asks Save / Discard / Cancel in a
        window-modal question that does not block; after Save or Discard it closes the
        window again, and then returns True.
        """
        if self._close_confirmed or not self.is_modified:
            return True
        if self.close_box is None:
            self.close_box = self._unsaved_box()
            self.close_box.finished.connect(lambda _result, b=self.close_box: self._close_answered(b))
            self.close_box.open()
        return False

    # --- questions ---------------------------------------------------------------------------
    def _confirm_unsaved(self) -> bool:
        """True when it is fine to replace the project: nothing unsaved, saved now, or discarded."""
        if not self.is_modified:
            return True
        box = self._unsaved_box()
        box.exec()
        return self._unsaved_answered(box)

    def _unsaved_box(self) -> QMessageBox:
        name = self.title().split(" — ")[0].rstrip("*")
        box = message_box(
            self._window,
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
            self.discarded.emit()
            return True
        return False

    def _close_answered(self, box: QMessageBox) -> None:
        self.close_box = None
        if self._unsaved_answered(box):
            self._close_confirmed = True
            self._window.close()

    def ask_pack_choice(self, project: Project) -> str | None:
        """ "keep" the project's own figures, "refresh" them from the current pack, or None (cancel)."""
        current = self._state.pack.manifest
        box = message_box(
            self._window,
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

    def refuse(self, path: Path, reason: str) -> None:
        critical(
            self._window,
            self.tr("Could not open"),
            self.tr("{file} could not be opened:\n{reason}\n\nNothing was changed.").format(
                file=path.name, reason=reason
            ),
        )
