"""One validation problem, and the error that carries all of them at once."""

from __future__ import annotations

from dataclasses import dataclass

VALUE_PREVIEW_CHARS = 50  # reliability.md item 7: the offending value, cut to 50 characters


def preview(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\x00", "\\0")
    if len(text) > VALUE_PREVIEW_CHARS:
        return text[: VALUE_PREVIEW_CHARS - 1] + "…"
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    """Where a pack breaks a rule: file, spreadsheet row (header = row 1), column, rule, value."""

    file: str
    row: int | None
    column: str | None
    rule: str
    value: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", preview(self.value))

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        text = f"{where}: {self.rule}"
        if self.value:
            text += f" (value: '{self.value}')"
        return text


class DataPackError(Exception):
    """The pack is invalid; ``problems`` lists every problem found, in file/row order."""

    MAX_IN_MESSAGE = 100  # reliability.md item 7: first 100 problems plus a total

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        count = len(self.problems)
        head = f"The data pack is invalid: {count} problem{'s' if count != 1 else ''}."
        lines = [head, *(str(p) for p in self.problems[: self.MAX_IN_MESSAGE])]
        if count > self.MAX_IN_MESSAGE:
            lines.append(f"… and {count - self.MAX_IN_MESSAGE} more.")
        return "\n".join(lines)


class ProblemLog:
    """Collects problems while validation carries on, so all are reported together."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: str, row: int | None, column: str | None, rule: str, value: object = "") -> None:
        self.problems.append(Problem(file, row, column, rule, preview(value)))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise DataPackError(self.problems)
