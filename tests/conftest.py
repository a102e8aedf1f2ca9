"""Shared test set-up: offscreen Qt, a throwaway user folder, the shipped data pack."""

from __future__ import annotations

import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch):
    """Every test writes settings, logs and imported packs into its own folder."""
    home = tmp_path / "explorer-home"
    monkeypatch.setenv("GUIAN_EXPLORER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def shipped_pack():
    from explorer.datapack import load_shipped_pack

    return load_shipped_pack()


@pytest.fixture
def chinese(qapp):
    """Qt's translators answer in Simplified Chinese for the test, English again after it.

    Use it to check that a message made outside Qt (an engine error, a data-pack
    problem, a command-line line) reaches the user in Chinese.
    """
    from explorer.translation import Translators

    translators = Translators()
    translators.apply("zh_CN")
    yield translators
    translators.apply("en")


@pytest.fixture(autouse=True, scope="session")
def _one_qt_application(qapp):
    """The QApplication exists before any test runs, whatever the order.

    A command run in-process (``explorer.cli.main``) creates a bare
    QCoreApplication when there is none; every later test that draws would then
    inherit it and fail or crash. Tests of which application a run creates use
    a subprocess.
    """
    return qapp


@pytest.fixture(autouse=True)
def _quiet_qt_after_each_test():
    """After a test, no background work is left running and its Qt objects are gone.

    A worker still running when the next test starts, or a widget that Python's
    collector frees in the middle of another test's paint, makes a crash that
    depends on timing; ending each test with the pool drained, deferred deletes
    delivered and the collector run puts every teardown at a known point.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    if QCoreApplication.instance() is None:
        return
    QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()  # the finished work's callbacks
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
