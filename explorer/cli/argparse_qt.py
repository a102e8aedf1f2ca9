"""argparse's own words ("usage:", "options", "error:" …) in the command's language, through Qt.

argparse asks gettext for each of its texts, through the module names ``argparse._``
and ``argparse.ngettext``, as it builds a parser, prints help or reports an error.
``argparse_in_qt()`` points those two names at ``QCoreApplication.translate`` in the
context "argparse" while the command line builds and runs its parser, and puts them
back afterwards.

The source texts a user can see are listed below with ``QT_TRANSLATE_NOOP``, so
``pyside6-lupdate`` puts them into the .ts; each must equal argparse's text exactly
(Python 3.11; a test reads argparse's source and checks that every text it
passes to ``_`` is here, or named in ``PROGRAMMER_ERRORS``). A text that a later
Python changes is not found in the translation and stays English.

Also here: ``HelpFormatter``, which wraps help by the columns a text takes in a
terminal (a Chinese character takes two), not by its length.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from explorer.cli.terminal import width, wrap
from explorer.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "argparse"

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", 'argument "-" with mode %r'),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)

# Texts argparse raises only for a mistake in the program's own parser: never shown to a user.
PROGRAMMER_ERRORS = (
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "%r is not callable",
)


def _translate(text: str | None) -> str | None:
    """argparse's ``_``: it also passes None (a sub-parser group without a description)."""
    return None if text is None else QCoreApplication.translate(CONTEXT, text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return QCoreApplication.translate(CONTEXT, singular if count == 1 else plural)


@contextmanager
def argparse_in_qt() -> Iterator[None]:
    """argparse's words come from Qt's installed translators until the block ends."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _translate, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help laid out for Chinese too: lines wrapped by terminal columns, a Chinese
    heading ending in "：", and the usage's continuation lines under its first argument."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._headings: set[str] = set()

    def start_section(self, heading: str | None) -> None:
        if heading:
            self._headings.add(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        text = super().format_help()
        for heading in self._headings:
            if width(heading) > len(heading):  # argparse always appends an ASCII colon
                text = text.replace(f"{heading}:\n", f"{heading}：\n")
        return text

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        word = argparse._("usage: ") if prefix is None else prefix
        text = super()._format_usage(usage, actions, groups, prefix)
        extra = width(word) - len(word)  # argparse indents by characters, a terminal by columns
        if extra <= 0:
            return text
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * extra + line if line.strip() else line for line in rest)])

    def _split_lines(self, text: str, columns: int) -> list[str]:
        return wrap(re.sub(r"\s+", " ", text).strip(), columns)

    def _fill_text(self, text: str, columns: int, indent: str) -> str:
        lines = wrap(re.sub(r"\s+", " ", text).strip(), columns - len(indent))
        return "\n".join(indent + line for line in lines)


class ArgumentParser(argparse.ArgumentParser):
    """The command line's parser: width-aware help. Sub-parsers are made of the same class."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
