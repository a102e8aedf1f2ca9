"""Which language a command-line run speaks, read from ``argv`` before the parser is built.

The parser's help texts and argparse's own words are translated as the parser is
built, so the language must be known first. One language per run:

1. the global ``--lang zh_CN|en`` (before the command name);
2. else the command's own language option when given: ``export --lang zh|en``,
   ``compute --language zh|en``;
3. else the system locale (``explorer.translation.command_line_language``).

The scan also says what kind of Qt application the run needs: none when ``argv``
only opens the window (``main.py`` or ``main.py --lang zh_CN``: the GUI builds its
own ``QApplication``), a ``QApplication`` for ``--self-test`` (it builds the window
offscreen), a ``QGuiApplication`` for ``export`` with ``--pdf`` or ``--png``
(painting needs fonts), and a bare ``QCoreApplication`` otherwise.

Long options may be abbreviated as argparse allows; the shortest prefixes used
here are unique among each parser's options (a test checks that).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GLOBAL_LANGUAGES = ("zh_CN", "en")
# The command whose own option may set the language: (option, its shortest unique prefix, choices).
COMMAND_LANGUAGE_OPTIONS = {
    "export": ("--lang", "--l", ("zh", "en", "zh_CN")),
    "compute": ("--language", "--l", ("en", "zh")),
}
# export's outputs that paint (fonts, charts): (option, its shortest unique prefix).
PAINTING_OPTIONS = (("--pdf", "--pd"), ("--png", "--pn"))
# The top-level options, each with its shortest unique prefix.
TOP_OPTIONS = {"--lang": "--l", "--help": "--h", "--version": "--v", "--self-test": "--s", "--present": "--p"}


@dataclass(frozen=True, slots=True)
class RunPlan:
    """What ``main`` needs to know before it builds the parser."""

    language: str | None  # "zh_CN" or "en" as asked for; None: the system's
    opens_window: bool  # only --lang and --present given (or nothing): the GUI runs, no command-line output
    application: str  # "none", "core", "paints" (QGuiApplication) or "widgets" (QApplication)


def plan_run(argv: Sequence[str], commands: Sequence[str]) -> RunPlan:
    """Read the language and the kind of run from ``argv`` the way argparse will parse it."""
    tokens = list(argv)
    global_language: str | None = None
    only_languages = True  # every top-level token belongs to a valid --lang
    self_test = False
    command: str | None = None
    rest: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        name, has_value, inline = token.partition("=") if token.startswith("--") else (token, "", "")
        if token in commands:
            command, rest = token, tokens[index + 1 :]
            only_languages = False
            break
        if _abbreviates(name, "--lang", TOP_OPTIONS["--lang"]):
            value = inline if has_value else (tokens[index + 1] if index + 1 < len(tokens) else None)
            index += 1 if has_value else 2
            if value in GLOBAL_LANGUAGES:
                global_language = value
            else:
                only_languages = False
            continue
        if _abbreviates(name, "--present", TOP_OPTIONS["--present"]) and not has_value:
            index += 1  # presenter mode (issue 16): still just the window
            continue
        only_languages = False
        if _abbreviates(name, "--self-test", TOP_OPTIONS["--self-test"]):
            self_test = True
        index += 1
    language = global_language
    if language is None and command in COMMAND_LANGUAGE_OPTIONS:
        option, shortest, choices = COMMAND_LANGUAGE_OPTIONS[command]
        value = _option_value(rest, option, shortest)
        if value in choices:
            language = "zh_CN" if value.startswith("zh") else "en"
    if only_languages:
        return RunPlan(language, True, "none")
    if self_test:
        return RunPlan(language, False, "widgets")
    if command == "export" and any(_given(rest, option, shortest) for option, shortest in PAINTING_OPTIONS):
        return RunPlan(language, False, "paints")
    return RunPlan(language, False, "core")


def _abbreviates(name: str, option: str, shortest: str) -> bool:
    """``name`` is ``option`` or a prefix of it at least as long as ``shortest``."""
    return len(name) >= len(shortest) and option.startswith(name)


def _arguments(tokens: list[str]) -> list[str]:
    """The tokens argparse reads as options: everything before a lone ``--``."""
    return tokens[: tokens.index("--")] if "--" in tokens else tokens


def _given(tokens: list[str], option: str, shortest: str) -> bool:
    return any(_abbreviates(t.partition("=")[0], option, shortest) for t in _arguments(tokens))


def _option_value(tokens: list[str], option: str, shortest: str) -> str | None:
    """The value of the last ``option VALUE`` or ``option=VALUE`` (argparse keeps the last one)."""
    tokens = _arguments(tokens)
    found: str | None = None
    for index, token in enumerate(tokens):
        name, has_value, inline = token.partition("=")
        if not token.startswith("--") or not _abbreviates(name, option, shortest):
            continue
        if has_value:
            found = inline
        elif index + 1 < len(tokens):
            found = tokens[index + 1]
    return found
