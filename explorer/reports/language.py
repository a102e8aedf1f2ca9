"""The language of one export, independent of the language the window shows.

A report in Chinese can be made while the window is in English (and from the
command line, with no window at all). So report texts are not looked up
through the application's installed translators: each export loads its own
``QTranslator`` for its language and asks it directly. Report code calls
``language.translate("Report", "literal text")``, a form ``pyside6-lupdate``
extracts, exactly like ``QCoreApplication.translate``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTranslator

from explorer.domain.messages import local
from explorer.paths import resources_dir

log = logging.getLogger("explorer.reports")

REPORT_LANGUAGES = ("en", "zh_CN")


def normalise_language(code: str) -> str:
    """ "zh", "zh_CN", "zh-CN" -> "zh_CN"; anything else -> "en"."""
    return "zh_CN" if code.lower().replace("-", "_").startswith("zh") else "en"


class ReportLanguage:
    """Translations for one report language; safe to use from a worker thread."""

    def __init__(self, code: str) -> None:
        self.code = normalise_language(code)
        self._translator: QTranslator | None = None
        if self.code != "en":
            translator = QTranslator()
            folder = resources_dir() / "i18n"
            if translator.load(f"explorer_{self.code}", str(folder)):
                self._translator = translator
            else:
                log.warning(
                    "No compiled translation for %s in %s: report texts stay English", self.code, folder
                )

    @property
    def is_zh(self) -> bool:
        return self.code.startswith("zh")

    @property
    def money_language(self) -> str:
        """The language code explorer.domain.formatting expects."""
        return "zh" if self.is_zh else "en"

    @property
    def translated(self) -> bool:
        """False when a Chinese report had to fall back to English texts (no .qm file)."""
        return self.code == "en" or self._translator is not None

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = ""
        if self._translator is not None:
            text = self._translator.translate(context, source, disambiguation, n)
        text = text or source
        return text.replace("%n", str(n)) if n >= 0 else text

    def pick(self, zh: str, en: str) -> str:
        """A data text in this language (names and titles come from the data pack in both); the
        other language's where this one is empty."""
        return local(en or zh, zh or en, self.code)
