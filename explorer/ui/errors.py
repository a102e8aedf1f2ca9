"""One crash handler: log every uncaught exception, tell the user, keep running.

The logging and the hard-crash dump are shared with the command line
(``explorer.logfile``: ``log_uncaught``, ``enable_faulthandler``); the window adds
the dialog. Installed after pyqtgraph is imported (it installs a hook of its own) and
before the event loop starts. Works in windowed frozen builds, where
``sys.stderr`` may be ``None``.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from explorer.logfile import attach_log_file, enable_faulthandler, log_uncaught
from explorer.paths import log_dir

log = logging.getLogger("explorer.ui")

_MIN_SECONDS_BETWEEN_DIALOGS = 5.0


def configure_logging() -> logging.Handler:
    """A rotating log (5 x 1 MB) in the user's app-data folder; replaces one set up for another folder."""
    return attach_log_file()


class CrashReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    exception_reported = Signal(str)

    def __init__(self, parent_window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self._last_dialog = 0.0
        self.dialogs_shown = 0
        # Queued: a worker thread's exception is shown by the GUI thread.
        self.exception_reported.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        enable_faulthandler()

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = log_uncaught(exc_type, exc, tb)
        if sys.stderr is not None:  # None in windowed frozen builds
            sys.stderr.write(details)
        self.exception_reported.emit(details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show_dialog(self, details: str) -> None:
        now = time.monotonic()
        if now - self._last_dialog < _MIN_SECONDS_BETWEEN_DIALOGS or QApplication.instance() is None:
            return
        self._last_dialog = now
        self.dialogs_shown += 1
        box = QMessageBox(self._parent_window())
        box.setObjectName("crashDialog")
        box.setAccessibleName(self.tr("Unexpected error"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Something went wrong, but your work is still open. "
                "The details were written to the log file in:\n{folder}"
            ).format(folder=str(log_dir()))
        )
        box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
