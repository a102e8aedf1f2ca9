from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture
def session(qapp, user_home):
    """The real application window, built the way main.py builds it, in English, on the default case."""
    from explorer.app import create_session

    session = create_session([], language="en", open_demo=False)
    yield session
    session.window.close()
    session.window.deleteLater()
    session.state.deleteLater()
    session.translators.apply("en")
    # Delete now, not at some later event loop: a window left per test slows every later test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
