"""Chinese is complete: every visible text of every tab, chart page, menu and dialog, live.

Data texts come from the pack's Chinese fields; what stays Latin is named here:
units and acronyms the industry writes in Latin letters, and citations (source
names are proper names, shown as published).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "explorer_zh_CN.ts"

# Written in Latin letters in Chinese too.
LATIN_TERMS = {
    "PUE", "NPV", "IRR", "EFLOPS", "PFlops", "Gbps", "Mbps", "CNY", "USD", "GPU", "AI", "IT", "kW", "MW",
    "kWh", "TB", "PB", "Ctrl", "Shift", "iCloud", "Excel", "PDF", "CSV", "PNG", "xlsx", "zip", "json",
    "manifest",
}  # fmt: skip
# Widgets that show citations or the English gloss beside a Chinese title, by design.
CITATION_WIDGETS = ("factSource", "policySourceTitle", "policySourceAddress", "policyDetailSubtitle")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _texts_of(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.objectName().startswith(CITATION_WIDGETS):
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # list models take no argument here
                columns = 1
            found += [
                (name, str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(columns)
            ]
        if widget.isWindow() and widget.windowTitle():
            found.append((name, widget.windowTitle()))
    return found


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _untranslated(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted({(name, text) for name, text in texts if set(LATIN_WORD.findall(text)) - LATIN_TERMS})


@pytest.fixture
def chinese_session(qapp, user_home):
    from explorer.app import create_session

    session = create_session([], language="zh_CN")
    session.window.resize(1366, 768)
    session.window.show()
    yield session
    session.window.close()
    session.translators.apply("en")


def test_every_tab_chart_and_menu_is_in_chinese(chinese_session):
    window = chinese_session.window
    texts: list[tuple[str, str]] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        if window.tabs.currentWidget() is window.calculator_tab:
            calculator = window.calculator_tab
            for group in calculator.inputs._groups.values():
                group.expand(animate=False)
            for page in range(calculator.chart_tabs.count()):
                calculator.chart_tabs.setCurrentIndex(page)
                QApplication.processEvents()
                texts += _texts_of(window)
        texts += _texts_of(window)
    for action in window.menuBar().actions():
        texts.append(("menu", action.text()))
        if action.menu():
            texts += [("menu", sub.text()) for sub in action.menu().actions() if not sub.isSeparator()]
    assert _untranslated(texts) == []


def test_dialogs_are_in_chinese(chinese_session):
    window = chinese_session.window
    dialogs = [window.open_goal_seek(), window.calculator_tab.explain("npv")]
    QApplication.processEvents()
    texts = [text for dialog in dialogs for text in _texts_of(dialog)]
    for dialog in dialogs:
        dialog.close()
    assert _untranslated(texts) == []


def test_switching_language_live_retranslates_tabs_charts_and_open_dialogs(qapp, user_home, qtbot):
    from explorer.app import create_session

    session = create_session([], language="en")
    window = session.window
    window.show()
    window.tabs.setCurrentWidget(window.calculator_tab)
    dialog = window.open_goal_seek()
    chart = window.calculator_tab.cashflow_chart
    assert chart.plot.getPlotItem().titleLabel.text == "Cash flow of the move"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.tabs.tabText(2) == "测算", timeout=3000)
    assert chart.plot.getPlotItem().titleLabel.text == "迁移现金流"
    assert window.calculator_tab.cards["npv"].title.text() == "净现值"
    assert _untranslated(_texts_of(dialog)) == []
    window.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(2) == "Calculator", timeout=3000)
    assert window.calculator_tab.cards["npv"].title.text() == "NPV"
    dialog.close()
    window.close()


def _messages():
    tree = ET.parse(TS_FILE)
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield context.findtext("name"), message.findtext("source") or "", translation.get("type"), forms


def test_every_string_has_a_finished_chinese_translation():
    unfinished = [
        (ctx, src) for ctx, src, kind, forms in _messages() if kind == "unfinished" or not all(forms)
    ]
    assert unfinished == []


def test_placeholders_match_in_every_translation():
    # {name}, {name!r}, {name:,.0f}; Qt's %n and %1; printf-style %(name)s and %s (argparse's texts)
    placeholder = re.compile(r"\{[a-z_]+(?:![rsa])?(?::[^{}]*)?\}|%n|%\d|%\(\w+\)[sdr]|%[sdr]")
    mismatched = [
        (ctx, source, form)
        for ctx, source, _kind, forms in _messages()
        for form in forms
        if sorted(set(placeholder.findall(source))) != sorted(set(placeholder.findall(form)))
    ]
    assert mismatched == []


def test_the_translation_source_lists_every_string_in_the_code(tmp_path):
    """lupdate run afresh finds no string the committed .ts lacks: run `make i18n-update`."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "explorer").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)

    def keys(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in tree.iter("context")
            for m in c.iter("message")
            if (
                m.find("translation") is None
                or m.find("translation").get("type") not in ("obsolete", "vanished")
            )
        }

    assert keys(fresh) - keys(TS_FILE) == set()


def test_a_refused_input_is_explained_in_chinese(chinese_session):
    """The engine (Qt-free) refuses in English; the window shows the refusal in Chinese."""
    window = chinese_session.window
    window.tabs.setCurrentWidget(window.calculator_tab)
    assert not chinese_session.state.set_value("finance.discount_rate", 1.5)
    text = window.calculator_tab.inputs.problem_label.text()
    assert text.startswith("折现率：")
    assert _has_chinese(text) and not set(LATIN_WORD.findall(text)) - LATIN_TERMS


def test_a_refusal_shown_follows_a_live_language_switch(qapp, user_home):
    from explorer.app import create_session

    session = create_session([], language="en", open_demo=False)
    try:
        assert not session.state.set_value("finance.discount_rate", 1.5)
        label = session.window.calculator_tab.inputs.problem_label
        assert label.text().startswith("Discount rate: must be")
        session.window.set_language("zh_CN")
        QApplication.processEvents()
        assert label.text().startswith("折现率：") and _has_chinese(label.text()[4:])
    finally:
        session.window.close()
        session.window.deleteLater()
        session.translators.apply("en")


def test_a_data_pack_problem_is_located_in_chinese(chinese_session, tmp_path):
    from explorer.datapack import DataPackError, read_pack_source
    from explorer.ui.datapack_dialogs import ProblemsDialog

    broken = tmp_path / "broken"
    broken.mkdir()
    with pytest.raises(DataPackError) as caught:
        read_pack_source(broken)
    dialog = ProblemsDialog(caught.value, broken, chinese_session.window)
    lines = dialog.body.toPlainText().splitlines()
    assert lines and all(_has_chinese(line) for line in lines)
    dialog.deleteLater()


def test_a_refused_imported_pack_is_announced_in_chinese(qapp, user_home):
    """An imported pack that no longer validates: the shipped one is used, and the window says so."""
    from explorer import paths
    from explorer.app import create_session

    active = paths.active_pack_dir()
    active.mkdir(parents=True)
    (active / "manifest.json").write_text("{}", encoding="utf-8")
    session = create_session([], language="zh_CN", open_demo=False)
    try:
        label = session.window.pack_label
        assert label.text().startswith("⚠ ") and _has_chinese(label.text())
        assert "数据包" in label.toolTip() and "manifest.json" in label.toolTip()
        assert _has_chinese(session.window.statusBar().currentMessage())
    finally:
        session.window.close()
        session.window.deleteLater()
        session.translators.apply("en")


def test_a_goal_seek_refusal_follows_a_live_language_switch(qapp, user_home):
    from explorer.app import create_session

    session = create_session([], language="en", open_demo=False)
    try:
        dialog = session.window.open_goal_seek()
        dialog.set_input("finance.discount_rate")
        dialog.range_check.setChecked(True)
        dialog.range_low.setValue(dialog.range_high.value())  # an empty range: the engine refuses
        assert dialog.solve() is None
        assert dialog.answer_details.text() and not _has_chinese(dialog.answer_details.text())
        session.window.set_language("zh_CN")
        QApplication.processEvents()
        assert _has_chinese(dialog.answer_details.text())
        dialog.close()
    finally:
        session.window.close()
        session.window.deleteLater()
        session.translators.apply("en")
