"""An uncaught exception is logged and reported, and the app keeps running."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def _crash_dialogs():
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crashDialog"
    ]


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_timer_slot_is_logged_and_shown_once(session, qtbot, user_home):
    def explode():
        raise RuntimeError("boom in a timer")

    QTimer.singleShot(0, explode)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=3000)
    dialog = _crash_dialogs()[0]
    assert "boom in a timer" in dialog.detailedText()
    log_text = (user_home / "logs" / "explorer.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a timer" in log_text
    import faulthandler

    assert faulthandler.is_enabled()  # a hard crash dumps its stack into the same log
    # Still alive and responsive: the window keeps working.
    session.window.tabs.setCurrentIndex(2)
    assert session.window.tabs.currentIndex() == 2
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_worker_thread_reaches_the_gui_thread(session, qtbot, user_home):
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=3000)
    assert "ZeroDivisionError" in _crash_dialogs()[0].detailedText()
    _crash_dialogs()[0].close()


@pytest.mark.qt_no_exception_capture
def test_a_storm_of_errors_shows_one_dialog(session, qtbot):
    for n in range(20):
        QTimer.singleShot(0, lambda n=n: (_ for _ in ()).throw(ValueError(f"error {n}")))
    qtbot.waitUntil(lambda: session.crash_reporter.dialogs_shown >= 1, timeout=3000)
    qtbot.wait(100)
    assert session.crash_reporter.dialogs_shown == 1
    for dialog in _crash_dialogs():
        dialog.close()
