"""Start-up (issue 18): the window shows its first page before the others are imported and built.

What it saves is measured by hand (docs/performance.md); these tests check only what is built
when, and that a page built late is the same page in the same place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

PAGES = ("policies", "calculator", "compare", "package")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def deferred(qapp, user_home):
    from explorer.app import create_session

    session = create_session([], language="en", open_demo=False, defer_pages=True)
    yield session
    session.window.close()
    session.window.deleteLater()
    session.state.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_other_pages_are_built_after_the_window_shows_in_their_places(qtbot, deferred):
    window = deferred.window
    assert not any(window.pages.is_built(name) for name in PAGES)
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert texts == ["Overview", "Policies", "Calculator", "Compare", "Package"]
    window.show()
    qtbot.waitUntil(lambda: all(window.pages.is_built(name) for name in PAGES), timeout=30_000)
    assert window.tabs.currentWidget() is window.overview_tab  # the user's page never moved
    pages = [window.policies_tab, window.calculator_tab, window.compare_tab, window.package_tab]
    assert [window.tabs.widget(i) for i in range(1, 5)] == pages
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == texts
    assert window.calculator_tab.objectName() == "calculatorTab"


def test_a_page_chosen_before_its_turn_is_built_at_once(qtbot, deferred):
    window = deferred.window
    window.tabs.setCurrentIndex(2)
    assert window.pages.is_built("calculator")
    assert window.tabs.currentWidget() is window.calculator_tab
    assert not window.pages.is_built("compare")


def test_a_page_asked_for_by_code_is_built_then(qtbot, deferred):
    window = deferred.window
    tab = window.policies_tab  # e.g. a test, or a signal that needs it
    assert window.pages.is_built("policies") and window.tabs.widget(1) is tab
    assert window.tabs.currentIndex() == 0


def test_the_first_window_imports_neither_the_other_pages_nor_the_report_writers(tmp_path):
    script = (
        "import sys\n"
        "from explorer.app import create_session\n"
        "session = create_session([], language='en', defer_pages=True)\n"
        "session.window.show()\n"
        "late = ['pandas', 'openpyxl', 'explorer.reports.exporting', 'explorer.ui.policies.policies_tab',\n"
        "        'explorer.ui.calculator.calculator_tab', 'explorer.ui.compare.compare_view',\n"
        "        'explorer.ui.package.package_tab']\n"
        "print(' '.join(name for name in late if name in sys.modules) or 'none')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GUIAN_EXPLORER_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "none"
