"""Bundled fonts: Chinese must render on machines that have no CJK font installed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from explorer.paths import resources_dir

log = logging.getLogger("explorer.ui")

BUNDLED_CJK_FONT = "WQYMicroHei-GB2312.ttf"


def register_bundled_fonts(app: QApplication) -> str | None:
    """Register the shipped CJK font and make it the application font.

    Returns the family name, or None when the font file is missing (then Chinese
    falls back to whatever the system has).
    """
    path = resources_dir() / "fonts" / BUNDLED_CJK_FONT
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Could not load the bundled font %s", path)
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family, app.font().pointSize())
    app.setFont(font)
    return family


def apply_style_sheet(app: QApplication) -> None:
    """The app's look lives in one style sheet, so widgets set no colours themselves."""
    path = resources_dir() / "styles" / "explorer.qss"
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
