"""OperationRunner: results on the GUI thread, stale results dropped, errors and progress delivered."""

from __future__ import annotations

import logging
import threading

import pytest

from explorer.ui.workers import OperationCancelled, OperationRunner, WorkerControl

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qapp):
    runner = OperationRunner()
    yield runner
    runner.cancel_all()
    assert runner.wait_for_done(5000)
    runner.deleteLater()


def _finish(qtbot, runner, operation, timeout=5000):
    qtbot.waitUntil(lambda: operation.finished, timeout=timeout)


def test_result_is_delivered_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(control: WorkerControl, a, b, scale=1):
        seen["worker_thread"] = threading.get_ident()
        return (a + b) * scale

    def done(result):
        seen["result"] = result
        seen["callback_thread"] = threading.get_ident()

    with qtbot.waitSignal(runner.operation_finished, timeout=5000) as blocker:
        operation = runner.run(work, 2, 3, scale=10, on_done=done)
    assert blocker.args == [operation]
    assert seen["result"] == 50
    assert seen["callback_thread"] == threading.main_thread().ident
    assert seen["worker_thread"] != threading.main_thread().ident
    assert operation.outcome == "done"
    assert not runner.busy()


def test_a_newer_run_on_the_channel_drops_the_older_result(qtbot, runner):
    release = threading.Event()
    delivered = []

    def slow(control, tag):
        release.wait(5)
        return tag

    def fast(control, tag):
        return tag

    first = runner.run(slow, "old", channel="mc", on_done=delivered.append, on_error=delivered.append)
    assert first.live
    second = runner.run(fast, "new", channel="mc", on_done=delivered.append)
    assert first.stale and first.cancelled and not second.stale
    _finish(qtbot, runner, second)
    release.set()  # the old one only now returns its result
    _finish(qtbot, runner, first)
    assert delivered == ["new"]
    assert first.outcome == "stale"
    assert second.outcome == "done"


def test_other_channels_are_not_affected(qtbot, runner):
    delivered = []
    a = runner.run(lambda control: "a", channel="tornado", on_done=delivered.append)
    b = runner.run(lambda control: "b", channel="mc", on_done=delivered.append)
    _finish(qtbot, runner, a)
    _finish(qtbot, runner, b)
    assert sorted(delivered) == ["a", "b"]


def test_invalidate_drops_a_running_result_without_starting_another(qtbot, runner):
    release = threading.Event()
    delivered = []
    operation = runner.run(lambda control: release.wait(5) or "late", channel="mc", on_done=delivered.append)
    runner.invalidate("mc")
    assert operation.stale
    release.set()
    _finish(qtbot, runner, operation)
    assert delivered == []
    assert operation.outcome == "stale"


def test_worker_sees_cancel_and_on_cancelled_runs_after_it_stopped(qtbot, runner):
    started = threading.Event()
    stopped = []
    events = []

    def loop(control):
        started.set()
        while not control.cancelled():
            control.progress(0.5)
            threading.Event().wait(0.001)
        stopped.append(threading.get_ident())
        return "should be dropped"

    operation = runner.run(
        loop,
        on_done=lambda result: events.append(("done", result)),
        on_cancelled=lambda: events.append(("cancelled", threading.get_ident())),
    )
    assert started.wait(5)
    operation.cancel()
    _finish(qtbot, runner, operation)
    assert stopped, "the worker left its loop"
    assert events == [("cancelled", threading.main_thread().ident)]
    assert operation.outcome == "cancelled"


def test_check_raises_operation_cancelled_which_is_not_an_error(qtbot, runner):
    started = threading.Event()
    errors, cancelled = [], []

    def work(control):
        started.set()
        while True:
            control.check()
            threading.Event().wait(0.001)

    operation = runner.run(work, on_error=errors.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    operation.cancel()
    _finish(qtbot, runner, operation)
    assert errors == [] and cancelled == [True]
    assert issubclass(OperationCancelled, Exception)


def test_an_exception_in_the_worker_goes_to_on_error_and_the_log(qtbot, runner, caplog):
    errors = []

    def boom(control):
        raise ValueError("no such scenario")

    with caplog.at_level(logging.ERROR, logger="explorer.ui"):
        operation = runner.run(boom, on_error=lambda error: errors.append((error, threading.get_ident())))
        _finish(qtbot, runner, operation)
    assert len(errors) == 1
    error, thread = errors[0]
    assert isinstance(error, ValueError) and str(error) == "no such scenario"
    assert thread == threading.main_thread().ident
    assert operation.outcome == "error"
    assert any("failed" in r.getMessage() and r.exc_info for r in caplog.records)
    assert "no such scenario" in caplog.text


def test_an_error_without_on_error_reaches_the_excepthook(qtbot, runner, monkeypatch):
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda *info: hooked.append(info[1]))
    operation = runner.run(lambda control: 1 / 0)
    _finish(qtbot, runner, operation)
    assert len(hooked) == 1 and isinstance(hooked[0], ZeroDivisionError)


def test_a_failing_callback_is_reported_and_the_runner_keeps_working(qtbot, runner, monkeypatch):
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda *info: hooked.append(info[1]))

    def bad_callback(result):
        raise KeyError(result)

    first = runner.run(lambda control: "x", on_done=bad_callback)
    _finish(qtbot, runner, first)
    assert len(hooked) == 1 and isinstance(hooked[0], KeyError)
    results = []
    second = runner.run(lambda control: "y", on_done=results.append)
    _finish(qtbot, runner, second)
    assert results == ["y"]


def test_progress_reaches_the_gui_thread_in_order_and_ends_at_one(qtbot, runner):
    gate = threading.Event()
    reports = []

    def work(control):
        for step in range(1, 5):
            control.progress(step / 4)
            gate.wait(0.03)  # longer than the rate limit: every step is reported
        return "done"

    operation = runner.run(
        work, on_progress=lambda fraction: reports.append((fraction, threading.get_ident()))
    )
    _finish(qtbot, runner, operation)
    fractions = [fraction for fraction, _thread in reports]
    assert fractions == [0.25, 0.5, 0.75, 1.0]
    assert {thread for _fraction, thread in reports} == {threading.main_thread().ident}


def test_progress_in_a_tight_loop_is_rate_limited_and_clamped(qtbot, runner):
    reports = []

    def work(control):
        for step in range(100_001):
            control.progress(step / 100_000)
        control.progress(7.0)  # clamped to 1.0
        return None

    operation = runner.run(work, on_progress=reports.append)
    _finish(qtbot, runner, operation)
    assert 1 <= len(reports) < 1_000
    assert reports == sorted(reports)
    assert reports[-1] == 1.0


def test_progress_of_a_stale_run_is_dropped(qtbot, runner):
    release = threading.Event()
    reports = []

    def work(control):
        release.wait(5)
        control.progress(0.9)  # after the run went stale: not delivered
        return None

    operation = runner.run(work, channel="export", on_progress=reports.append)
    runner.invalidate("export")
    release.set()
    _finish(qtbot, runner, operation)
    assert reports == []


def test_a_stale_run_that_has_not_started_is_skipped(qtbot, qapp):
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = OperationRunner(pool=pool)
    release = threading.Event()
    ran = []
    blocker = runner.run(lambda control: release.wait(5), channel="a")
    queued = runner.run(lambda control: ran.append("queued"), channel="b")
    runner.invalidate("b")
    release.set()
    _finish(qtbot, runner, blocker)
    _finish(qtbot, runner, queued)
    assert ran == [] and queued.started is False
    assert runner.wait_for_done(5000)
    pool.waitForDone(5000)


def test_a_runner_destroyed_while_its_work_runs_drops_the_result(qtbot, qapp):
    release = threading.Event()
    delivered = []
    runner = OperationRunner()
    operation = runner.run(lambda control: release.wait(5) or "late", on_done=delivered.append)
    runner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(runner), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not _pending(operation), timeout=2000)
    qapp.processEvents()  # the queued outcome reaches the relay, which finds no runner
    assert delivered == []
    assert not operation.finished


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def _pending(operation) -> bool:
    return operation._runner._running_jobs > 0


def test_while_a_worker_runs_the_gui_thread_gets_the_gil_back_soon(qtbot, runner):
    """A worker shortens the interpreter's switch interval while it runs (the GUI thread's Python
    calls then wait for it at most that long) and the interval is put back when the last one ends."""
    import sys

    from explorer.ui.workers import WORKER_SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    release = threading.Event()
    seen = {}

    def work(control: WorkerControl):
        seen["during"] = sys.getswitchinterval()
        release.wait(5)
        return True

    first = runner.run(work)
    second = runner.run(work)
    qtbot.waitUntil(lambda: "during" in seen, timeout=5000)
    assert seen["during"] == pytest.approx(min(before, WORKER_SWITCH_INTERVAL_S))  # kept in whole µs
    release.set()
    _finish(qtbot, runner, first)
    _finish(qtbot, runner, second)
    qtbot.waitUntil(lambda: sys.getswitchinterval() == before, timeout=5000)
