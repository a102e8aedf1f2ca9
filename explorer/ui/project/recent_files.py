"""File → Open recent, and the folders the file dialogs start in; both remembered in the settings.

Robust to damaged settings: a value that is not a list of existing files reads as none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.ui.settings import KEYS, MAX_RECENT, Settings, remember

RECENT_KEY = KEYS["recent_projects"]  # in the settings file (tests write damaged values there)
FOLDER_KEY = "project_folder"  # fields of Settings
EXPORT_FOLDER_KEY = "export_folder"


def last_folder(key: str) -> str:
    """The folder a file dialog starts in: the one last used (``key``), else Documents, else home."""
    value = getattr(Settings.load(), key)
    if value and Path(value).is_dir():
        return str(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def remember_folder(key: str, folder: Path) -> None:
    remember(**{key: str(folder)})


class RecentFiles(QObject):
    """The Open recent menu; ``open_requested`` carries the path the user picked."""

    open_requested = Signal(object)  # Path

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("recentFiles")
        self.menu = QMenu(window)
        self.menu.setObjectName("recentProjectsMenu")
        self.menu.aboutToShow.connect(self._fill_menu)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Open &recent"))

    def paths(self) -> list[Path]:
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

    def remember(self, path: Path) -> None:
        """``path`` was opened or saved: first in the list."""
        recent = [p for p in self.paths() if p != path.resolve() and p != path]
        remember(recent_projects=(str(path.resolve()), *(str(p) for p in recent))[:MAX_RECENT])

    def _fill_menu(self) -> None:
        self.menu.clear()
        recent = self.paths()
        for index, path in enumerate(recent):
            item = self.menu.addAction(f"&{index + 1} {path.name.replace('&', '&&')}")
            item.setObjectName(f"recentProject{index}")
            item.setToolTip(str(path))
            item.setStatusTip(str(path))
            item.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        if not recent:
            empty = self.menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
        self.menu.addSeparator()
        clear = self.menu.addAction(self.tr("Clear the list"))
        clear.setObjectName("clearRecentProjects")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        remember(recent_projects=())
