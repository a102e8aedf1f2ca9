"""Texts made outside Qt that a user reads, kept translatable through Qt's system.

The engine, the data-pack loader and the project reader must not import Qt, yet
their messages ("finance.horizon_years: must be a whole number of years, got
2.5") reach the window and the command line. So each such text is written as a
template marked with ``QT_TRANSLATE_NOOP(context, "source text")``, the marker
``pyside6-lupdate`` extracts into ``resources/i18n/*.ts``, and wrapped with its
values in a ``Message``::

    raise InvalidInput(path, QT_TRANSLATE_NOOP("Engine", "must be at most {high:g}, got {value:g}"),
                       high=high, value=value)

A ``Message`` *is* a ``str``: the English text, so logs, exceptions, tests and
``str()`` see plain English. The presentation layer, which has the translator,
calls ``translated(text, translate)`` to render the chosen language; any text
that is not a ``Message`` comes back unchanged.

Rules for templates: named ``{placeholders}`` only (a translation must keep every
one), literal braces doubled, and the marker call holds exactly the two string
literals (lupdate skips calls with other arguments).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from typing import Any

# ``QCoreApplication.translate`` has this shape, and so does a QTranslator's bound ``translate``.
Translate = Callable[[str, str], str]


class Template(str):
    """A source text marked for translation, remembering its translation context."""

    context: str

    def __new__(cls, context: str, source: str) -> Template:
        template = super().__new__(cls, source)
        template.context = context
        return template


def QT_TRANSLATE_NOOP(context: str, source: str) -> Template:  # the name lupdate looks for
    """Mark ``source`` for translation in ``context``; the text itself is unchanged."""
    return Template(context, source)


class Message(str):
    """The English text of a template filled with its values; translatable later."""

    template: Template
    params: Mapping[str, Any]

    def __new__(cls, template: Template, /, **params: Any) -> Message:
        if not isinstance(template, Template):
            raise TypeError("Message needs a template marked with QT_TRANSLATE_NOOP")
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        return message

    def translated(self, translate: Translate) -> str:
        """This message in the translator's language; English where no translation is found."""
        source = str(self.template)
        pattern = translate(self.template.context, source) or source
        values = {name: translated(value, translate) for name, value in self.params.items()}
        try:
            return pattern.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation never hides the message
            return source.format(**values)


def message(text: str | Template, /, **params: Any) -> str:
    """A ``Message`` for a marked template; any other text (an OS error, a data text) as it is."""
    if isinstance(text, Template):
        return Message(text, **params)
    return text.format(**params) if params else text


def translated(text: Any, translate: Translate) -> Any:
    """``text`` in the translator's language if it is a ``Message``; anything else as given."""
    return text.translated(translate) if isinstance(text, Message) else text


# --- the data pack's own bilingual texts ----------------------------------------------
#
# Names, titles and wordings the data pack gives in both languages are data, not code:
# Qt Linguist never sees them. ``local`` is the one place that picks one of them by the
# language ("en", "zh", "zh_CN"); a ``Bilingual`` carries both inside a Message, and the
# layer's ``figure_style.Style`` picks when it renders the message.


def is_zh(language: str) -> bool:
    """True for a Chinese language code ("zh", "zh_CN", "zh-CN")."""
    return language.lower().startswith("zh")


def local(en: str, zh: str, language: str) -> str:
    """The pack's data text in ``language``: ``zh`` for Chinese, ``en`` for any other."""
    return zh if is_zh(language) else en


class Bilingual(str):
    """A data text the pack gives in both languages: English by default, Chinese for a Chinese style.

    Either half may itself be a ``Message`` (the engine's words where the pack gives none);
    the renderer translates the half it picks.
    """

    en: str
    zh: str

    def __new__(cls, zh: str, en: str) -> Bilingual:
        text = super().__new__(cls, en)
        text.en, text.zh = en, zh
        return text

    def pick(self, language: str) -> str:
        return local(self.en, self.zh, language)


class Joined(str):
    """Texts shown as a list: each item rendered, then joined with ``sep`` ("、" for ", " in Chinese)."""

    items: tuple[Any, ...]
    sep: str

    def __new__(cls, items: list[Any], sep: str) -> Joined:
        joined = super().__new__(cls, sep.join(str(item) for item in items))
        joined.items, joined.sep = tuple(items), sep
        return joined


# --- the operating system's reasons ------------------------------------------------

# What the operating system said, in words a user can act on (its own text is English only).
_OS_REASONS = {
    "ENOENT": QT_TRANSLATE_NOOP("System", "no such file or folder"),
    "EACCES": QT_TRANSLATE_NOOP("System", "permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("System", "permission denied"),
    "EISDIR": QT_TRANSLATE_NOOP("System", "it is a folder, not a file"),
    "ENOTDIR": QT_TRANSLATE_NOOP("System", "a part of the path is a file, not a folder"),
    "EEXIST": QT_TRANSLATE_NOOP("System", "a file or folder of that name already exists"),
    "ENOTEMPTY": QT_TRANSLATE_NOOP("System", "the folder is not empty"),
    "ENOSPC": QT_TRANSLATE_NOOP("System", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("System", "the disk quota is used up"),
    "EFBIG": QT_TRANSLATE_NOOP("System", "the file is too large"),
    "EROFS": QT_TRANSLATE_NOOP("System", "the disk is read-only"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("System", "the file name or path is too long"),
    "EINVAL": QT_TRANSLATE_NOOP("System", "the file name is not valid"),
    "EBUSY": QT_TRANSLATE_NOOP("System", "the file or device is busy"),
    "EMFILE": QT_TRANSLATE_NOOP("System", "too many files are open"),
    "ENFILE": QT_TRANSLATE_NOOP("System", "too many files are open"),
    "EIO": QT_TRANSLATE_NOOP("System", "input/output error: the disk or network drive failed"),
    "ELOOP": QT_TRANSLATE_NOOP("System", "too many levels of symbolic links"),
}
# Windows: another program (Excel, a virus scanner) holds the file open.
_IN_USE = QT_TRANSLATE_NOOP("System", "the file is open in another program")
_WINDOWS_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def os_error_reason(error: OSError) -> str:
    """Why the operating system refused: a ``Message`` for the usual reasons, else its own text.

    The file name is left out: the caller's message names the file it was working on.
    """
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return Message(_IN_USE)
    name = errno.errorcode.get(error.errno) if isinstance(error.errno, int) else None
    template = _OS_REASONS.get(name) if name else None
    if template is not None:
        return Message(template)
    return error.strerror or str(error)
