"""One language switch (issue 15, "One state"): AppState owns the language.

``AppState.set_language`` sets it, installs Qt's translators and tells every widget
once; each page, chart and open dialog retranslates exactly once per switch, the
window ends up wholly in the new language and the setting is remembered once.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from explorer.ui.settings import Settings
from tests.ui.test_translations import _texts_of, _untranslated


def _count_retranslations(roots: list[QWidget]) -> Counter[str]:
    """Wrap the ``retranslate`` of every widget under ``roots`` that has one; count the calls."""
    counts: Counter[str] = Counter()
    seen: set[int] = set()
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            method = getattr(widget, "retranslate", None)
            if not callable(method) or id(widget) in seen:
                continue
            seen.add(id(widget))
            name = f"{type(widget).__name__}:{widget.objectName()}:{len(seen)}"
            counts[name] = 0

            def counted(*args, _method=method, _name=name, **kwargs):
                counts[_name] += 1
                return _method(*args, **kwargs)

            widget.retranslate = counted
    return counts


def _settle() -> None:
    for _ in range(5):  # Qt's posted LanguageChange events too, had anyone still answered them
        QApplication.processEvents()


@pytest.fixture
def saves(monkeypatch) -> list[dict]:
    """Every time the remembered settings are written, what they held."""
    written: list[dict] = []
    original = Settings.save

    def save(self: Settings) -> None:
        written.append({"language": self.language, "currency": self.currency})
        original(self)

    monkeypatch.setattr(Settings, "save", save)
    return written


def test_each_page_and_chart_retranslates_once_per_switch(session, saves, qtbot):
    window = session.window
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.calculator_tab)
    goal_seek = window.open_goal_seek()
    still_need = window.open_still_need()
    _settle()
    counts = _count_retranslations([window, goal_seek, still_need])
    pages = [
        window.overview_tab.story,
        window.policies_tab,
        window.calculator_tab,
        window.compare_tab,
        window.package_tab,
        window.calculator_tab.cashflow_chart,
        window.calculator_tab.risk_panel,
    ]
    assert all(any(key.startswith(type(page).__name__) for key in counts) for page in pages)

    for language, word in (("zh_CN", "测算"), ("en", "Calculator")):
        for key in counts:
            counts[key] = 0
        saves.clear()
        window.set_language(language)
        _settle()
        assert session.state.language == language
        assert window.tabs.tabText(2) == word
        assert {key: n for key, n in counts.items() if n != 1} == {}  # every one once, none twice
        assert saves == [{"language": language, "currency": session.state.currency}]
    goal_seek.close()
    still_need.close()


def test_after_a_switch_everything_is_in_chinese(session, qtbot):
    window = session.window
    window.resize(1366, 768)
    window.show()
    dialog = window.open_goal_seek()
    window.set_language("zh_CN")
    _settle()
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts += _texts_of(window)
    texts += _texts_of(dialog)
    for action in window.menuBar().actions():
        texts.append(("menu", action.text()))
        if action.menu():
            texts += [("menu", sub.text()) for sub in action.menu().actions() if not sub.isSeparator()]
    names = [item.name for item in session.state.named_scenarios()]  # the user's names stay as named
    texts = [(widget, text) for widget, text in texts if not any(name in text for name in names)]
    assert _untranslated(texts) == []
    assert window.calculator_tab.cashflow_chart.plot.getPlotItem().titleLabel.text == "迁移现金流"
    assert window.language_actions["zh_CN"].isChecked()
    dialog.close()


def test_presenter_mode_switches_once_too(session, qtbot):
    window = session.window
    window.show()
    presenter = window.enter_presenter(full_screen=False)
    _settle()
    counts = _count_retranslations([presenter])
    assert any(key.startswith("PresenterView") for key in counts)
    window.set_language("zh_CN")
    _settle()
    assert {key: n for key, n in counts.items() if n != 1} == {}
    keys = ("Page Down", "Page Up", "Esc")  # key names, written as on the keyboard
    texts = [(widget, text) for widget, text in _texts_of(presenter) if not any(key in text for key in keys)]
    assert _untranslated(texts) == []
    assert "退出" in presenter.findChild(QWidget, "presenterHint").text()
    window.leave_presenter()


def test_the_state_alone_switches_the_language(session):
    """No other caller needed: the state installs the translators and the window follows."""
    session.state.set_language("zh_CN")
    assert session.window.file_menu.title() != "&File"
    assert session.window.tabs.tabText(2) == "测算"  # at once, not at the next event loop
    assert session.window.language_actions["zh_CN"].isChecked()
