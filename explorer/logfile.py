"""The app's log file: a rotating log (5 x 1 MB) in the user's app-data folder, without Qt.

The window (``explorer.ui.errors.configure_logging``) and the headless commands
write to the same file. A command never prints a log record: its user reads the
messages the command prints in their language, support reads the log.

It also holds the one crash handling both paths share: ``log_uncaught`` writes an
uncaught exception with its traceback to the log, ``enable_faulthandler`` makes a
hard crash (a segfault in Qt) dump every thread's stack into the same file, and
``crash_note`` is the one translatable line that tells the user where the log is.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.paths import log_dir

LOG_FILE = "explorer.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def attach_log_file(logger: logging.Logger | None = None) -> logging.Handler:
    """Log the app's records (INFO and above) to the rotating file through ``logger`` (default: the
    app's, "explorer"); a handler set up for another folder is replaced, one for this folder kept.

    OSError when the log folder cannot be made or the file opened.
    """
    logger = logger if logger is not None else logging.getLogger("explorer")
    path = log_dir() / LOG_FILE
    logging.getLogger("explorer").setLevel(logging.INFO)
    for existing in list(logger.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            if existing.baseFilename == str(path.resolve()):
                return existing
            logger.removeHandler(existing)
            existing.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return handler


def log_path() -> Path:
    """The log file's path (it may not exist yet)."""
    return log_dir() / LOG_FILE


def log_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Log an uncaught exception with its traceback (ERROR, logger "explorer"); returns the traceback."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    logging.getLogger("explorer").error("Uncaught exception\n%s", details)
    return details


def crash_note() -> Message:
    """The one line a user reads after an unexpected error: where the details are."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Crash", "Unexpected error: this is a bug. The details were written to the log file {path}"
        ),
        path=str(log_path()),
    )


_fault_file: TextIO | None = None  # kept open: faulthandler writes to its descriptor when Python dies


def enable_faulthandler() -> bool:
    """Dump every thread's Python stack into the log file on a hard crash (segfault, abort).

    False when the log file cannot be opened (the app still runs, without it). Enabling
    again reuses the open file, or reopens it when the log folder changed.
    """
    global _fault_file
    try:
        path = log_path()  # makes the log folder
        if _fault_file is not None and not _fault_file.closed and Path(_fault_file.name) == path:
            return True
        stream = open(path, "a", encoding="utf-8")  # kept open for the life of the process
    except OSError:
        return False
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
    _fault_file = stream
    faulthandler.enable(file=stream, all_threads=True)
    return True


def configure_command_line_logging() -> logging.Handler:
    """A headless command's records go to the log file, none to the terminal.

    Without a handler, Python's last-resort handler would print every warning on
    stderr, in English. The app's records ("explorer.*") go to the file through
    the "explorer" logger, as in the window (so a self-test that builds the window
    writes each record once); a library's go there through the root logger. When
    the log folder cannot be written, records are dropped: the command still runs
    and says in its own words what went wrong.
    """
    root = logging.getLogger()
    for existing in list(root.handlers):
        if isinstance(existing, _OtherRecords | _Dropped):
            root.removeHandler(existing)
    try:
        handler = attach_log_file()
    except OSError:
        app = logging.getLogger("explorer")
        for existing in list(app.handlers):  # one left by an earlier run in this process
            if isinstance(existing, logging.handlers.RotatingFileHandler):
                app.removeHandler(existing)
                existing.close()
        handler = _Dropped()
        root.addHandler(handler)
        return handler
    root.addHandler(_OtherRecords(handler))
    return handler


class _OtherRecords(logging.Handler):
    """Passes the records of other loggers (libraries) to the log file; the app's are there already."""

    def __init__(self, target: logging.Handler) -> None:
        super().__init__()
        self.target = target

    def emit(self, record: logging.LogRecord) -> None:
        if record.name != "explorer" and not record.name.startswith("explorer."):
            self.target.handle(record)


class _Dropped(logging.NullHandler):
    """Every record, dropped: the log folder cannot be written."""
