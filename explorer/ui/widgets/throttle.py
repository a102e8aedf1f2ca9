"""A throttle that answers the first change at once and holds the ones that follow.

superqt's ``QSignalThrottler`` (leading policy) starts its interval *after* the work
the emission did, and restarts it on every emission: in a drag, each step but the
first waited for the timer, so a 5 ms evaluation was shown 16 ms or more after the
input. Here the interval runs from the *start* of the previous emission: a change
that comes when at least ``interval_ms`` have passed since then is handed on at once
(the leading edge); one that comes sooner waits only for the rest of the interval,
and a burst inside it becomes one trailing emission with the latest value. So work
never runs more than once per interval, and a lone step or a drag no faster than the
interval never waits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class LeadingThrottle(QObject):
    triggered = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_s = interval_ms / 1000
        self._last_start = -1e9
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)

    def timeout(self) -> int:
        return round(self._interval_s * 1000)

    def setTimeout(self, interval_ms: int) -> None:
        self._interval_s = interval_ms / 1000

    def throttle(self) -> None:
        """A change: emit now if the interval since the last emission has passed, else once at its end."""
        if self._timer.isActive():
            self._pending = True
            return
        waited = time.perf_counter() - self._last_start
        if waited >= self._interval_s:
            self._emit()
            return
        self._pending = True
        self._timer.start(max(0, round((self._interval_s - waited) * 1000)))

    def flush(self) -> None:
        """Emit a held change now."""
        if self._pending:
            self._timer.stop()
            self._emit()

    def cancel(self) -> None:
        self._pending = False
        self._timer.stop()

    def pending(self) -> bool:
        return self._pending

    def _on_timeout(self) -> None:
        if self._pending:
            self._emit()

    def _emit(self) -> None:
        self._pending = False
        self._last_start = time.perf_counter()
        self.triggered.emit()
