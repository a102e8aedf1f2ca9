"""Background operations: run a function on a QThreadPool, get its result on the GUI thread.
One module because the runner, its control, its jobs and the relay between pool thread and GUI
thread are one mechanism with one set of threading rules; most of its length is the usage and the
why.

The Anki ``aqt.operations`` pattern: a piece of work runs in a pool thread and
never touches a widget; its result, its error and its progress come back as
callbacks on the GUI thread, through queued signals.

Usage::

    runner = OperationRunner(parent=self)           # one per widget (or per area)

    def work(control: WorkerControl, scenario, pack):  # runs in a pool thread
        for i, chunk in enumerate(chunks):
            if control.cancelled():                 # cooperative cancel
                return None                         # (or: control.check() raises)
            ...
            control.progress((i + 1) / len(chunks))
        return result

    handle = runner.run(
        work, scenario, pack,
        channel="monte_carlo",                      # a newer run on it makes this one stale
        on_done=self._show_result,                  # called with the return value
        on_error=self._show_error,                  # called with the exception (already logged)
        on_progress=self._progress_bar_value,       # called with a fraction 0..1
        on_cancelled=self._reset_buttons,           # optional: the cancelled worker has ended
    )
    handle.cancel()                                 # from the GUI thread, at any time

The rules every caller can rely on:

* **GUI thread only.** ``on_done``, ``on_error``, ``on_progress`` and
  ``on_cancelled`` always run on the thread that owns the runner (the GUI
  thread). The worker function gets a :class:`WorkerControl` as its first
  argument, then ``*args`` and ``**kwargs``; it must not touch widgets or
  AppState. Hand it immutable inputs (a Scenario, a DataPack), not widgets.
* **Channels and staleness.** Each run belongs to a channel (by default its
  own, unique). Starting a run on a channel makes every older run on that
  channel *stale*: it is asked to cancel, and whatever it returns, raises or
  reports afterwards is **dropped**: none of its callbacks is ever called.
  :meth:`OperationRunner.invalidate` makes the runs of a channel stale without
  starting a new one (e.g. "the scenario changed; that result is out of date").
  A stale run that has not started yet does not run at all.
* **Cancel.** :meth:`Operation.cancel` sets a flag the worker sees through
  ``control.cancelled()``; ``control.check()`` raises :class:`OperationCancelled`.
  A cancelled run's result, error and progress are dropped; ``on_cancelled``
  is called once its worker function has returned. A worker that never looks
  at the flag simply runs to the end; its result is still dropped.
* **Errors never crash.** An exception raised by the worker is logged with its
  traceback (logger ``explorer.ui``) and handed to ``on_error``. Without an
  ``on_error`` it goes to ``sys.excepthook`` (the app's crash reporter). An
  exception raised inside a callback goes to ``sys.excepthook`` too.
* **Progress** is rate-limited in the worker (one report per 20 ms at most,
  plus the first and the one at 1.0), so calling ``control.progress`` in a
  tight loop is cheap.

Exports (PDF, XLSX) reuse the same runner: one channel per export kind, a
Cancel button wired to ``handle.cancel()``, and ``control.check()`` between
pages or sheets.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger("explorer.ui")

PROGRESS_INTERVAL_S = 0.02
QUIT_WAIT_MS = 5000


class OperationCancelled(Exception):
    """Raised by :meth:`WorkerControl.check` in a worker whose run was cancelled or went stale."""


@dataclass(eq=False)
class Operation:
    """The handle of one run. Created by :meth:`OperationRunner.run`; read it from the GUI thread."""

    channel: str
    generation: int
    _runner: OperationRunner = field(repr=False)
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    started: bool = False  # the worker function was entered
    finished: bool = False  # the run is over and its outcome was delivered or dropped
    outcome: str = "pending"  # pending / done / error / cancelled / stale / skipped

    def cancel(self) -> None:
        """Ask the worker to stop and drop whatever it still produces. Safe to call repeatedly."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def stale(self) -> bool:
        """A newer run started on the channel, or the channel was invalidated."""
        return self._runner.generation(self.channel) != self.generation

    @property
    def live(self) -> bool:
        """Its results would still be delivered."""
        return not (self.cancelled or self.stale or self.finished)


class WorkerControl:
    """What the worker function gets: report progress, look for a cancel. Thread-safe."""

    def __init__(self, operation: Operation, relay: _Relay) -> None:
        self._operation = operation
        self._relay = relay
        self._last_report = 0.0
        self._reported_any = False

    def cancelled(self) -> bool:
        """True once the run was cancelled or a newer run on its channel made it stale."""
        return self._operation.cancelled or self._operation.stale

    def check(self) -> None:
        """Raise :class:`OperationCancelled` when :meth:`cancelled`; call it between steps."""
        if self.cancelled():
            raise OperationCancelled

    def progress(self, fraction: float) -> None:
        """Report how far the work is, 0..1 (clamped). Rate-limited; dropped once cancelled."""
        if self.cancelled():
            return
        fraction = min(max(float(fraction), 0.0), 1.0)
        now = time.monotonic()
        if self._reported_any and fraction < 1.0 and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._reported_any = True
        self._last_report = now
        self._relay.emit_safely(self._relay.progressed, self._operation, fraction)


@dataclass(eq=False)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[float], None] | None
    on_cancelled: Callable[[], None] | None


class _Relay(QObject):
    """One per application, on the GUI thread, never destroyed before the app.

    Worker threads emit its signals and Qt queues the calls to the GUI thread.
    Being long-lived, it is never deleted while a worker emits on it, even when
    the widget that started the work is gone; the runner is then found invalid
    and the outcome is dropped.
    """

    finished = Signal(object, str, object)  # operation, outcome, payload
    progressed = Signal(object, float)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def emit_safely(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is being torn down
            log.debug("A background operation ended while the application closed")

    @staticmethod
    def _on_finished(operation: Operation, outcome: str, payload: object) -> None:
        runner = operation._runner
        if shiboken6.isValid(runner):
            runner._on_finished(operation, outcome, payload)

    @staticmethod
    def _on_progress(operation: Operation, fraction: float) -> None:
        runner = operation._runner
        if shiboken6.isValid(runner):
            runner._on_progress(operation, fraction)


_relay: _Relay | None = None


def _shared_relay() -> _Relay:
    global _relay
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background operations need a QApplication")
    if _relay is None or not shiboken6.isValid(_relay) or _relay.parent() is not app:
        _relay = _Relay(app)
        app.aboutToQuit.connect(_drain_on_quit)
    return _relay


# While a worker runs Python, the GUI thread must win the GIL back quickly: every paint of a
# table or chart calls into Python many times (a cell, an item), and at Python's default switch
# interval (5 ms) each call could wait that long for a busy worker to let go: a 10,000-policy
# index build froze the window for 1.7 s that way, in 200-odd waits, not in any work of its own.
# A shorter interval costs a worker nothing while the GUI thread is idle (it asks for no switch).
# 0.1 ms, not 0.5: the 10,000-policy heartbeat's worst stall 865 -> 365-410 ms on a quiet machine,
# the workers' total time unchanged (12.2 s); 0.05 ms gained nothing more.
WORKER_SWITCH_INTERVAL_S = 0.0001
_switch_lock = threading.Lock()
_switch_users = 0
_switch_saved = 0.005


@contextmanager
def gui_gets_the_gil_back() -> Iterator[None]:
    """While this is entered (in any thread), the interpreter's switch interval is short."""
    global _switch_users, _switch_saved
    with _switch_lock:
        if _switch_users == 0:
            _switch_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_saved, WORKER_SWITCH_INTERVAL_S))
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_saved)


def _drain_on_quit() -> None:
    """Give running workers a moment to end before Qt and Python tear down."""
    if not QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS):
        log.warning("Background work was still running when the application quit")


class _Job(QRunnable):
    def __init__(self, operation: Operation, relay: _Relay, fn: Callable, args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._operation = operation
        self._relay = relay
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        operation, relay = self._operation, self._relay
        try:
            control = WorkerControl(operation, relay)
            if control.cancelled():
                relay.emit_safely(relay.finished, operation, "skipped", None)
                return
            operation.started = True
            try:
                with gui_gets_the_gil_back():
                    result = self._fn(control, *self._args, **self._kwargs)
            except OperationCancelled:
                relay.emit_safely(relay.finished, operation, "cancelled", None)
            except BaseException as error:  # every error is delivered, none escapes the thread
                relay.emit_safely(relay.finished, operation, "error", error)
            else:
                relay.emit_safely(relay.finished, operation, "done", result)
        finally:
            self._fn = self._args = self._kwargs = None  # free the inputs in this thread, early
            operation._runner._job_ended()


class OperationRunner(QObject):
    """Runs functions in a thread pool and calls back on the GUI thread (see the module doc).

    ``pool``: the QThreadPool to use; by default Qt's global one. A runner may
    be destroyed with its widget while its work still runs: the work ends in
    its own time and its outcome is dropped.
    """

    operation_finished = Signal(object)  # Operation, after its callbacks ran (or it was dropped)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _shared_relay()
        self._lock = threading.Condition()
        self._generations: dict[str, int] = {}
        self._running_jobs = 0
        self._callbacks: dict[Operation, _Callbacks] = {}
        self._unique = itertools.count(1)

    # --- public -------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        channel: str | None = None,
        **kwargs: Any,
    ) -> Operation:
        """Start ``fn(control, *args, **kwargs)`` in the pool; returns its handle at once.

        A newer run on the same ``channel`` makes this one stale (dropped);
        without a channel the run is on a channel of its own.
        """
        channel = channel if channel is not None else f"_operation_{next(self._unique)}"
        generation = self._bump(channel)
        for older in list(self._callbacks):
            if older.channel == channel:
                older.cancel()  # cooperative workers stop early; their output is dropped anyway
        operation = Operation(channel, generation, self)
        self._callbacks[operation] = _Callbacks(on_done, on_error, on_progress, on_cancelled)
        with self._lock:
            self._running_jobs += 1
        self._pool.start(_Job(operation, self._relay, fn, args, kwargs))
        return operation

    def invalidate(self, channel: str) -> None:
        """Make every run on ``channel`` stale: its results will be dropped, and it is asked to stop."""
        self._bump(channel)
        for operation in list(self._callbacks):
            if operation.channel == channel:
                operation.cancel()

    def cancel_all(self) -> None:
        for operation in list(self._callbacks):
            operation.cancel()

    def generation(self, channel: str) -> int:
        with self._lock:
            return self._generations.get(channel, 0)

    def busy(self, channel: str | None = None) -> bool:
        """Some run (on ``channel``, if given) has not been delivered or dropped yet."""
        return any(channel is None or op.channel == channel for op in self._callbacks)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until this runner's worker functions have returned (tests, shutdown).

        The callbacks still need the event loop to run afterwards.
        """
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        with self._lock:
            while self._running_jobs:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._lock.wait(remaining)
        return True

    # --- called by the relay (GUI thread) -----------------------------------
    def _on_progress(self, operation: Operation, fraction: float) -> None:
        callbacks = self._callbacks.get(operation)
        if callbacks is None or callbacks.on_progress is None or not operation.live:
            return
        self._call(callbacks.on_progress, fraction)

    def _on_finished(self, operation: Operation, outcome: str, payload: object) -> None:
        callbacks = self._callbacks.pop(operation, None)
        operation.finished = True
        if callbacks is None:
            return
        if operation.stale:
            operation.outcome = "stale"
            log.debug("Dropped the outcome of a stale operation on %r", operation.channel)
        elif operation.cancelled or outcome in ("cancelled", "skipped"):
            operation.outcome = "cancelled"
            if outcome == "error":
                log.info("A cancelled operation on %r ended with %r", operation.channel, payload)
            if callbacks.on_cancelled is not None:
                self._call(callbacks.on_cancelled)
        elif outcome == "error":
            operation.outcome = "error"
            error: BaseException = payload  # type: ignore[assignment]
            log.error(
                "Background operation on %r failed",
                operation.channel,
                exc_info=(type(error), error, error.__traceback__),
            )
            if callbacks.on_error is not None:
                self._call(callbacks.on_error, error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        else:
            operation.outcome = "done"
            if callbacks.on_done is not None:
                self._call(callbacks.on_done, payload)
        self.operation_finished.emit(operation)

    # --- private ------------------------------------------------------------
    def _bump(self, channel: str) -> int:
        with self._lock:
            generation = self._generations.get(channel, 0) + 1
            self._generations[channel] = generation
            return generation

    def _job_ended(self) -> None:
        """Called in the worker thread when a job's function has returned (or was skipped)."""
        with self._lock:
            self._running_jobs -= 1
            self._lock.notify_all()

    @staticmethod
    def _call(callback: Callable, *args: Any) -> None:
        try:
            callback(*args)
        except Exception:  # a bug in a callback: report it, keep the runner going
            sys.excepthook(*sys.exc_info())


def wait_in_thread(fn: Callable[..., Any], *args: Any, parent: QObject | None = None, label: str = "") -> Any:
    """Run ``fn(*args)`` in a thread and return its result (or raise its error), keeping the GUI alive.

    For a step the user must wait for anyway (validating a data pack they chose to import):
    the GUI thread spins a local event loop meanwhile, so the window keeps painting; a modal
    busy dialog (shown after 300 ms) keeps the user from starting anything else.
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog, QWidget

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def work() -> None:
        try:
            with gui_gets_the_gil_back():
                outcome["result"] = fn(*args)
        except BaseException as error:  # handed to the caller on the GUI thread
            outcome["error"] = error

    thread = threading.Thread(target=work, name="explorer-wait", daemon=True)
    dialog = None
    if isinstance(parent, QWidget) or parent is None:
        dialog = QProgressDialog(label, "", 0, 0, parent if isinstance(parent, QWidget) else None)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
    poll = QTimer()
    poll.setInterval(15)
    poll.timeout.connect(lambda: loop.quit() if not thread.is_alive() else None)
    thread.start()
    poll.start()
    if thread.is_alive():
        loop.exec()
    thread.join()
    poll.stop()
    if dialog is not None:
        dialog.reset()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
