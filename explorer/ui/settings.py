"""User settings: one versioned object, stored in an INI file in the app-data folder.

Every setting the app remembers is a field of ``Settings``; nothing else reads or
writes the file. ``Settings.load()`` reads it, passes what it found through
``migrate()`` (an older file is brought up to ``SETTINGS_VERSION``, and a value of
the wrong type or out of range falls back to its default, so a damaged file never
blocks start-up), and ``save()`` writes every field with the version.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from explorer.paths import user_data_dir

# 1: the unversioned file of before (the same keys, no "version"); 2: versioned.
SETTINGS_VERSION = 2
LANGUAGES = ("zh_CN", "en")
CURRENCIES = ("CNY", "USD")
MAX_RECENT = 8
MAX_PATH = 4096

# field -> key in the file
KEYS = {
    "language": "language",
    "currency": "currency",
    "recent_projects": "project/recent",
    "project_folder": "project/folder",
    "export_folder": "export/folder",
    "window_geometry": "window/geometry",
    "window_state": "window/state",
    "window_tab": "window/tab",
}


@dataclass(frozen=True, slots=True)
class Settings:
    language: str | None = None  # zh_CN or en; None: the system's, at the first start
    currency: str = "CNY"  # the window's display currency
    recent_projects: tuple[str, ...] = ()  # newest first
    project_folder: str = ""  # where project files were last opened or saved
    export_folder: str = ""
    window_geometry: QByteArray | None = None
    window_state: QByteArray | None = None
    window_tab: int = 0

    @classmethod
    def load(cls) -> Settings:
        store = open_settings()
        raw: dict[str, Any] = {name: store.value(key) for name, key in KEYS.items() if store.contains(key)}
        version = store.value("version", 1)
        try:
            version = int(version)
        except (TypeError, ValueError):
            version = 1
        return cls(**migrate(raw, version))

    def save(self) -> None:
        store = open_settings()
        store.setValue("version", SETTINGS_VERSION)
        for name, key in KEYS.items():
            value = getattr(self, name)
            if value is None:
                store.remove(key)
            else:
                store.setValue(key, list(value) if isinstance(value, tuple) else value)
        store.sync()

    def changed(self, **changes: Any) -> Settings:
        """These settings with ``changes``, saved."""
        updated = replace(self, **changes)
        updated.save()
        return updated


def remember(**changes: Any) -> Settings:
    """Load the settings, change some, save them: what a menu action does."""
    return Settings.load().changed(**changes)


def migrate(raw: dict[str, Any], version: int) -> dict[str, Any]:
    """The fields of ``Settings`` from the values of a file written by ``version``.

    Version 1 had the same keys without a version; from 2 on, a change of key or
    meaning gets its step here. Values of the wrong type are dropped (their field
    keeps its default).
    """
    values = dict(raw)
    if version > SETTINGS_VERSION:  # written by a newer app: read what we know
        version = SETTINGS_VERSION
    # (no step yet: 1 -> 2 only adds the version)
    return {
        f.name: value for f in fields(Settings) if (value := _clean(f.name, values.get(f.name))) is not None
    }


def _clean(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "language":
        return value if value in LANGUAGES else None
    if name == "currency":
        return value if value in CURRENCIES else None
    if name == "recent_projects":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list | tuple):
            return None
        paths = [p for p in items if isinstance(p, str) and p and len(p) <= MAX_PATH and "\x00" not in p]
        return tuple(dict.fromkeys(paths))[:MAX_RECENT]
    if name in ("project_folder", "export_folder"):
        return value if isinstance(value, str) and len(value) <= MAX_PATH and "\x00" not in value else None
    if name in ("window_geometry", "window_state"):
        return value if isinstance(value, QByteArray) else None
    if name == "window_tab":
        text = str(value) if isinstance(value, int | str) else ""
        return int(text) if text.isdigit() and int(text) < 100 else None
    return None


def open_settings() -> QSettings:
    """The settings file itself; only ``Settings`` (and tests) use it."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
