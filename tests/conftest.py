"""Shared test set-up: offscreen Qt, a throwaway user folder, the shipped data pack."""

from __future__ import annotations

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
