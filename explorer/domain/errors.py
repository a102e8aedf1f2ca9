"""The one error the engine raises for bad input: it always names the field."""

from __future__ import annotations

from typing import Any

from explorer.domain.messages import Translate, message, translated


class InvalidInput(ValueError):
    """An input the engine refuses. ``field`` is a dotted path such as ``finance.horizon_years``.

    ``problem`` is English (a ``Message`` when written as a marked template, see
    ``explorer.domain.messages``); ``translated(translate)`` gives the whole text in
    the translator's language. Keyword arguments fill the template's placeholders.
    """

    def __init__(self, field: str, problem: str, **params: Any) -> None:
        problem = message(problem, **params)
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

    def translated(self, translate: Translate) -> str:
        return f"{self.field}: {translated(self.problem, translate)}"
