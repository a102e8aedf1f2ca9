"""User settings in an INI file in the app-data folder.

A damaged file never blocks start-up: bad values fall back to defaults.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from explorer.paths import user_data_dir


def open_settings() -> QSettings:
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def read_str(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None
