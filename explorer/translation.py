"""Show the translatable messages of the Qt-free layers in the user's language.

It also holds the Qt translators of the window and of the commands
(``Translators``) and the first-start language (``system_language``).

The engine, the data-pack loader and the project reader raise errors whose text
is an English ``Message`` (``explorer.domain.messages``). Code that shows such a
text to a user passes it through ``user_text`` (or ``error_text`` for an
exception), which asks Qt's installed translators. The command line installs
its translator with ``install_command_line_language``.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.domain.messages import os_error_reason, translated
from explorer.paths import resources_dir

log = logging.getLogger("explorer.translation")

SUPPORTED_LANGUAGES = ("zh_CN", "en")

_command_line_app: QCoreApplication | None = None  # kept alive while a headless command runs
_command_line_translators: object | None = None  # the installed QTranslators live as long


def user_text(text: str) -> str:
    """``text`` in the language of the installed translators (unchanged if it is not a Message)."""
    return translated(text, QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """An exception's message in the user's language; an OS error gives its reason, not its file name."""
    render = getattr(error, "translated", None)
    if callable(render):
        return render(QCoreApplication.translate)
    if isinstance(error, OSError) and (error.strerror or error.errno is not None):
        return user_text(os_error_reason(error))
    if len(error.args) == 1 and isinstance(error.args[0], str):  # e.g. ValueError(Message(...))
        return user_text(error.args[0])
    return str(error)


def command_line_language(requested: str | None = None) -> str:
    """The language of a headless command: ``--lang`` if given, else the system's."""
    if requested:
        code = requested.replace("-", "_")
        if code.lower().startswith("zh"):
            return "zh_CN"
        return code if code in SUPPORTED_LANGUAGES else "en"
    return system_language()


def install_command_line_language(requested: str | None = None, *, paints: bool = False) -> str:
    """Make ``QCoreApplication.translate`` answer in the command's language; returns the code used.

    A headless command has no window, so it gets a bare ``QCoreApplication``; one
    that ``paints`` (a PDF or PNG export needs fonts) gets an offscreen
    ``QGuiApplication``, which must be created first: Qt allows one application.
    """
    global _command_line_app, _command_line_translators
    language = command_line_language(requested)
    if QCoreApplication.instance() is None:
        argv = [sys.argv[0] if sys.argv else "explorer"]
        if paints:
            from PySide6.QtGui import QGuiApplication

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            _command_line_app = QGuiApplication(argv)
        else:
            _command_line_app = QCoreApplication(argv)
    translators = Translators()
    translators.apply(language)
    _command_line_translators = translators
    return language



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
