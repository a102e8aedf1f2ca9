"""At 1366x768, in either language, no label or button is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from explorer.ui.widgets.elided_label import ElidedLabel


def _clipped(window: QWidget) -> set[tuple[str, str, int, int]]:
    found = set()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or isinstance(widget, ElidedLabel):
                continue  # wrapping and eliding labels fit by design
            lines = widget.text().split("\n")
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines) + 2 * widget.margin()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        else:
            continue
        if widget.width() + 1 < needed:
            found.add((widget.objectName(), widget.text()[:40], widget.width(), needed))
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_is_clipped_on_any_tab_or_chart_page(qapp, user_home, language):
    from explorer.app import create_session

    session = create_session([], language=language)
    window = session.window
    window.resize(1366, 768)
    window.show()
    clipped: set = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        if window.tabs.currentWidget() is window.calculator_tab:
            pages = window.calculator_tab.chart_tabs
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                QApplication.processEvents()
                clipped |= _clipped(window)
        clipped |= _clipped(window)
    window.close()
    session.translators.apply("en")
    assert clipped == set()
