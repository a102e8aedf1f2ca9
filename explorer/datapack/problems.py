"""One validation problem, and the error that carries all of them at once.

Rules are English ``Message`` templates (see ``explorer.domain.messages``), so the
window and the command line can show every problem in the user's language with
``Problem.text(translate)``; ``str(problem)`` stays English for logs and tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, message, translated

VALUE_PREVIEW_CHARS = 50  # reliability.md item 7: the offending value, cut to 50 characters

_WHERE_ROW = QT_TRANSLATE_NOOP("DataPack", "{file}, row {row}")
_WHERE_COLUMN = QT_TRANSLATE_NOOP("DataPack", "{file}, column '{column}'")
_WHERE_ROW_COLUMN = QT_TRANSLATE_NOOP("DataPack", "{file}, row {row}, column '{column}'")
_PROBLEM = QT_TRANSLATE_NOOP("DataPack", "{where}: {rule}")
_PROBLEM_VALUE = QT_TRANSLATE_NOOP("DataPack", "{where}: {rule} (value: '{value}')")
_HEAD = QT_TRANSLATE_NOOP("DataPack", "The data pack is invalid: {count} problem(s).")
_MORE = QT_TRANSLATE_NOOP("DataPack", "… and {count} more.")


# Control characters and bidirectional overrides in a value shown back: as escapes, never raw
# (a raw ESC in a refused cell printed an escape sequence to the terminal).
_SHOWN_AS_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return {"\r": "\\r", "\n": "\\n", "\t": "\\t", "\x00": "\\0"}.get(char) or f"\\u{ord(char):04x}"


def preview(value: object) -> str:
    text = "" if value is None else str(value)
    text = _SHOWN_AS_ESCAPE.sub(_escape, text)
    if len(text) > VALUE_PREVIEW_CHARS:
        return text[: VALUE_PREVIEW_CHARS - 1] + "…"
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    """Where a pack breaks a rule: file, spreadsheet row (header = row 1), column, rule, value."""

    file: str
    row: int | None
    column: str | None
    rule: str  # English; a Message when written as a marked template
    value: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", preview(self.value))

    def message(self) -> Message:
        """The whole problem as one translatable message."""
        where: str
        if self.row is not None and self.column:
            where = Message(_WHERE_ROW_COLUMN, file=self.file, row=self.row, column=self.column)
        elif self.row is not None:
            where = Message(_WHERE_ROW, file=self.file, row=self.row)
        elif self.column:
            where = Message(_WHERE_COLUMN, file=self.file, column=self.column)
        else:
            where = self.file
        if self.value:
            return Message(_PROBLEM_VALUE, where=where, rule=self.rule, value=self.value)
        return Message(_PROBLEM, where=where, rule=self.rule)

    def text(self, translate: Translate | None = None) -> str:
        """The problem in the translator's language (English without one)."""
        text = self.message()
        return text if translate is None else translated(text, translate)

    def __str__(self) -> str:
        return str.__str__(self.message())


class DataPackError(Exception):
    """The pack is invalid; ``problems`` lists every problem found, in file/row order."""

    MAX_IN_MESSAGE = 100  # reliability.md item 7: first 100 problems plus a total

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self.translated())

    def translated(self, translate: Translate | None = None) -> str:
        """The heading, the first 100 problems and how many more, in the translator's language."""
        count = len(self.problems)
        lines = [Message(_HEAD, count=count), *(p.message() for p in self.problems[: self.MAX_IN_MESSAGE])]
        if count > self.MAX_IN_MESSAGE:
            lines.append(Message(_MORE, count=count - self.MAX_IN_MESSAGE))
        if translate is not None:
            lines = [translated(line, translate) for line in lines]
        return "\n".join(lines)


class ProblemLog:
    """Collects problems while validation carries on, so all are reported together."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self, file: str, row: int | None, column: str | None, rule: str, value: object = "", **params: Any
    ) -> None:
        """Log a problem; ``rule`` is a marked template (or plain text), ``params`` fill it."""
        self.problems.append(Problem(file, row, column, message(rule, **params), preview(value)))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise DataPackError(self.problems)
