"""Language: Qt translators for the UI, and the language code data texts follow."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.paths import resources_dir

log = logging.getLogger("explorer.ui")

SUPPORTED_LANGUAGES = ("zh_CN", "en")


def system_language() -> str:
    """The first-start language: Chinese on a Chinese system, English elsewhere."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translators:
    """Holds the installed translators so the language can be switched live."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        """Install the translators for ``language``; Qt sends LanguageChange to every widget."""
        if language not in SUPPORTED_LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        # Qt's own number and date formatting, and code reading QLocale(), follow the choice.
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if language == "zh_CN"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        if language == "en":
            return  # source strings are English
        ours = QTranslator()
        if ours.load(f"explorer_{language}", str(resources_dir() / "i18n")):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.warning("No compiled translation for %s in %s", language, resources_dir() / "i18n")
        qt_base = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
