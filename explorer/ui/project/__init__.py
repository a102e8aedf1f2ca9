"""The window's project rooms: files, autosave and recovery, recent files, exports (controller.py)."""

from explorer.ui.project.autosave import AUTOSAVE_INTERVAL_MS
from explorer.ui.project.controller import ProjectController
from explorer.ui.project.recent_files import RECENT_KEY

__all__ = ["AUTOSAVE_INTERVAL_MS", "RECENT_KEY", "ProjectController"]
