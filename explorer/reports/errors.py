"""Errors an export reports to the user, translatable like ``ProjectError``. No Qt.

``str(error)`` is English (logs, tests); ``error.translated(translate)`` gives the
user's language (``explorer.translation.error_text`` calls it). ``problem`` is a
template marked with ``QT_TRANSLATE_NOOP("Export", ...)`` and keyword arguments
fill its placeholders.

* ``ExportError`` (a ValueError): a request the export refuses, e.g. a chart the
  report does not have or an image size out of range.
* ``ExportFailed`` (an OSError): the file could not be made, e.g. the PNG could
  not be encoded. It has no ``strerror``, so code that shows
  ``error.strerror or error`` still shows its text.
"""

from __future__ import annotations

from typing import Any

from explorer.domain.messages import Translate, message, translated


class _Translatable:
    where: str
    problem: str

    def _set(self, where: str, problem: str, params: dict[str, Any]) -> str:
        self.where = where
        self.problem = message(problem, **params)
        return f"{where}: {self.problem}" if where else str(self.problem)

    def translated(self, translate: Translate) -> str:
        """The message in the translator's language."""
        problem = translated(self.problem, translate)
        return f"{self.where}: {problem}" if self.where else problem


class ExportError(_Translatable, ValueError):
    """An export request refused; ``where`` names what is wrong (``chart``), or is empty."""

    def __init__(self, where: str, problem: str, **params: Any) -> None:
        ValueError.__init__(self, self._set(where, problem, params))


class ExportFailed(_Translatable, OSError):
    """A file the export could not make (not a problem of the request)."""

    def __init__(self, where: str, problem: str, **params: Any) -> None:
        OSError.__init__(self, self._set(where, problem, params))
