"""Where the shipped data, resources and the user's own files live.

Works from a source checkout, an installed package and a PyInstaller bundle.
The app never writes next to its own code: everything it writes goes under
``user_data_dir()`` (settings, logs, autosaves, imported data packs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from explorer import ORGANIZATION_NAME

_APP_DIR_NAME = "guian-compute-explorer"


def install_root() -> Path:
    """The folder holding ``data/`` and ``resources/``."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def shipped_data_dir() -> Path:
    """The data pack shipped with the app: always present, never modified."""
    return install_root() / "data"


def resources_dir() -> Path:
    return install_root() / "resources"


def user_data_dir() -> Path:
    """Per-user writable folder. ``GUIAN_EXPLORER_HOME`` overrides it (tests, portable use)."""
    override = os.environ.get("GUIAN_EXPLORER_HOME")
    path = Path(override) if override else user_data_path(_APP_DIR_NAME, ORGANIZATION_NAME)
    path.mkdir(parents=True, exist_ok=True)
    return path


def active_pack_dir() -> Path:
    """Where an imported data pack is kept; absent until the user imports one."""
    return user_data_dir() / "datapack"


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
