"""The one error the engine raises for bad input: it always names the field."""

from __future__ import annotations


class InvalidInput(ValueError):
    """An input the engine refuses. ``field`` is a dotted path such as ``finance.horizon_years``."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
