"""The command line: the GUI by default, and headless commands beside it.

Each headless command lives in its own module exposing ``add_parser(subparsers)``,
which registers a sub-parser whose ``handler(args) -> int`` is the exit code.

Every text a command prints goes through Qt's translation in one language per
run (``explorer.cli.language``): the translator is installed before the parser
is built, so help, argparse's own words and every message follow it. Handlers
find the run's language as ``args.command_language`` ("zh_CN" or "en").

A headless run logs to the app's log file (``explorer.logfile``), never to the
terminal: what its user reads is what the commands print, in their language.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer import APP_NAME, __version__
from explorer.cli.argparse_qt import ArgumentParser, argparse_in_qt
from explorer.cli.language import RunPlan, plan_run
from explorer.ui.policies.pinyin_process import WORKER_FLAG as PINYIN_WORKER_FLAG

COMMAND_MODULES = (
    "explorer.cli.datapack",
    "explorer.cli.compute",
    "explorer.cli.export",
    "explorer.cli.client",
)
COMMANDS = ("datapack", "compute", "export", "client")
_application = None  # the QApplication of --self-test, created before the translator


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="main.py",
        description=QCoreApplication.translate(
            "CommandLine", "{app}: relocation cases and incentive policies for Gui'an New Area."
        ).format(app=QCoreApplication.translate("CommandLine", "Gui'an Compute Explorer")),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=QCoreApplication.translate("CommandLine", "show program's version number and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "load the data pack, compute a case, build every window offscreen, then exit"
        ),
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "open the window in presenter mode: full screen, the guided pitch (Esc leaves)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help=QCoreApplication.translate(
            "CommandLine",
            "language of the window and of the commands' messages (default: the system's language)",
        ),
    )
    subparsers = parser.add_subparsers(
        title=QCoreApplication.translate("CommandLine", "commands"), metavar="COMMAND"
    )
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # command not built yet
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """The entry point of ``main.py``, ``python -m explorer`` and the installed ``guian-explorer``."""
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == [PINYIN_WORKER_FLAG]:  # this program, started by itself as the pinyin process
        from explorer.ui.policies.pinyin_process import serve

        return serve()
    _never_fail_on_encoding()
    plan = plan_run(argv, COMMANDS)
    if plan.opens_window:
        return _run_window(build_parser().parse_args(argv))
    from explorer.logfile import configure_command_line_logging, enable_faulthandler

    configure_command_line_logging()
    enable_faulthandler()
    try:
        return _run_command(plan, argv)
    except Exception:
        return _report_crash(*sys.exc_info())


EXIT_CRASH = 70  # EX_SOFTWARE: an unexpected error, a bug (sysexits.h)


def _report_crash(exc_type, exc, tb) -> int:
    """An uncaught exception: its traceback to the log, one line in the user's language on stderr."""
    from explorer.logfile import crash_note, log_uncaught
    from explorer.translation import user_text

    log_uncaught(exc_type, exc, tb)
    if sys.stderr is not None:  # None in a windowed frozen build
        print(user_text(crash_note()), file=sys.stderr)
    return EXIT_CRASH


def _report_thread_crash(args) -> None:
    if args.exc_type is not SystemExit:
        _report_crash(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def _run_command(plan: RunPlan, argv: list[str]) -> int:
    import threading

    threading.excepthook = _report_thread_crash
    _qt_messages_to_log()
    language = _install_language(plan)
    with argparse_in_qt():
        parser = build_parser()
        args = parser.parse_args(argv)
        if not args.self_test and getattr(args, "handler", None) is None:  # e.g. "main.py --"
            parser.error(
                QCoreApplication.translate(
                    "CommandLine", "give a command, or no arguments to open the window"
                )
            )
    args.command_language = language
    if args.self_test:
        from explorer.cli.self_test import run_self_test

        return run_self_test(language)
    return int(args.handler(args))


def load_command_pack(folder: Path | None = None):
    """The data pack a command uses: ``folder`` (``--pack``) if given, else the active one.

    When the imported pack is refused as invalid, the command goes on with the
    shipped one and says so on stderr, in the run's language: a user who imported
    figures must not present the shipped ones unawares.
    """
    from explorer.datapack import load_active_pack, load_pack

    if folder is not None:
        return load_pack(folder)
    pack, refused = load_active_pack()
    if refused is not None:
        print(refused_pack_note(pack, refused), file=sys.stderr)
    return pack


MAX_PROBLEMS_IN_NOTE = 3


def refused_pack_note(pack, error) -> str:
    """Why the imported pack was refused: a heading, its first problems, and what to do."""
    count = len(error.problems)
    heading = QCoreApplication.translate(
        "CommandLine",
        "note: the imported data pack is invalid ({count} problem(s)); "
        "this run uses the shipped data pack {version} (as of {as_of}).",
    )
    lines = [heading.format(count=count, version=pack.manifest.version, as_of=pack.manifest.as_of)]
    lines += ["  " + p.text(QCoreApplication.translate) for p in error.problems[:MAX_PROBLEMS_IN_NOTE]]
    if count > MAX_PROBLEMS_IN_NOTE:
        more = QCoreApplication.translate("CommandLine", "… and {count} more.")
        lines.append("  " + more.format(count=count - MAX_PROBLEMS_IN_NOTE))
    lines.append(
        QCoreApplication.translate(
            "CommandLine",
            "To fix it, import a corrected pack (main.py datapack import) "
            "or remove the imported one (main.py datapack revert).",
        )
    )
    return "\n".join(lines)


def _qt_messages_to_log() -> None:
    """Qt's own messages (e.g. the offscreen platform's warnings) go to the log, not the terminal.

    A handler already installed (pytest-qt's, in tests) still receives them.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    log = logging.getLogger("explorer.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def to_log(kind, context, text) -> None:
        log.log(levels.get(kind, logging.WARNING), "%s", text)
        if to_log.previous is not None:
            to_log.previous(kind, context, text)

    to_log.previous = None
    previous = qInstallMessageHandler(to_log)
    to_log.previous = getattr(previous, "previous", previous)  # a run before this one in the process


def _never_fail_on_encoding() -> None:
    """Print what the terminal can show, never a traceback: a console or a redirect in a legacy
    encoding (GBK, cp1252, ASCII) cannot encode every character the output uses (→ … ₂ and, in
    English, Chinese place names); those become '?' instead of ending the command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # a windowed build's stand-ins lack it
        if callable(reconfigure):
            reconfigure(errors="replace")


def _install_language(plan: RunPlan) -> str:
    """The Qt application the run needs, with the translator of its language; returns the code."""
    global _application
    from explorer.translation import install_command_line_language

    if plan.application == "widgets" and QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the self-test never shows a window
        _application = QApplication([sys.argv[0] if sys.argv else "explorer"])
    return install_command_line_language(plan.language, paints=plan.application == "paints")


def _run_window(args: argparse.Namespace) -> int:
    from explorer.app import run_gui

    if args.lang:
        from explorer.ui.settings import remember

        remember(language=args.lang)
    return run_gui([], present=bool(getattr(args, "present", False)))
