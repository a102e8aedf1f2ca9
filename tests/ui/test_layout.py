"""At 1366x768, in either language, no label or button is cut off (1,024x768: test_story_presenter)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from explorer.ui.widgets.elided_label import ElidedLabel


def _clipped(window: QWidget) -> set[tuple[str, str, int, int]]:
    found = set()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or isinstance(widget, ElidedLabel):
                continue  # eliding labels fit by design
            if widget.wordWrap():  # fits across by wrapping: it must be as tall as its lines
                height = widget.heightForWidth(widget.width())
                if height > widget.height() + 1:
                    found.add((widget.objectName(), widget.text()[:40], widget.height(), height))
                continue
            lines = widget.text().split("\n")
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines) + 2 * widget.margin()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            if _combo_fits(widget):
                continue
            text = widget.currentText()
            needed = widget.fontMetrics().horizontalAdvance(text)
            found.add((widget.objectName(), text[:40], widget.width(), needed))
            continue
        else:
            continue
        if widget.width() + 1 < needed:
            found.add((widget.objectName(), widget.text()[:40], widget.width(), needed))
    return found


def _combo_fits(combo: QComboBox) -> bool:
    """A combo's current text fits its text field, or the combo elides it and shows it whole on hover."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.currentText()
    if combo.fontMetrics().horizontalAdvance(text) <= field.width() + 1:
        return True
    shown = getattr(combo, "shown_text", None)  # an eliding combo says what it draws
    return bool(shown) and shown() != text and "…" in shown() and text in combo.toolTip()


def _settle() -> None:
    for _ in range(4):  # a page shown lays out, then its children draw (a few rounds)
        QApplication.processEvents()


def _clipped_on_every_page(window) -> set:
    """What is cut off on each tab of the window, and on each chart page of the Calculator."""
    clipped: set = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        if window.tabs.currentWidget() is window.calculator_tab:
            pages = window.calculator_tab.chart_tabs
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                _settle()
                if pages.currentWidget() is window.calculator_tab.risk_panel:  # its simulation's figures
                    window.calculator_tab.risk_panel.runner.wait_for_done(30_000)
                    _settle()
                clipped |= {(index, page, *item) for item in _clipped(window)}
        clipped |= {(index, *item) for item in _clipped(window)}
    return clipped


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_is_clipped_on_any_tab_or_chart_page(qapp, user_home, language):
    from explorer.app import create_session

    session = create_session([], language=language)
    window = session.window
    window.resize(1366, 768)
    window.show()
    clipped = _clipped_on_every_page(window)
    window.close()
    session.translators.apply("en")
    assert clipped == set()
