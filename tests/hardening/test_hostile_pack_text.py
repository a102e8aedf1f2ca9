"""Pack text is shown as plain text everywhere (issue 18).

A pack whose every text cell carries markup (an ``<img>`` naming a local file, bold)
is loaded into the real window; every tab, chart page and the first policy's details
are shown, and then every widget's tooltip, every label, every text view and every
item view's tooltips are checked: none may hand that markup to Qt as rich text (Qt
opens a local file named in an ``<img>`` to draw it when a tooltip or label shows).
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget

ROOT = Path(__file__).resolve().parents[2]
MARK = "<img src='file:///etc/hostile.png'><b>HOSTILE</b>"
RAW = "<img src="  # what a widget must never hold unescaped in rich text


def _hostile_pack(tmp_path: Path):
    """The shipped pack with markup after every free-text cell (a column whose rule allows it)."""
    from explorer.datapack.loader import read_pack_source
    from explorer.datapack.problems import DataPackError

    refused: set[tuple[str, str]] = set()
    for _attempt in range(6):
        folder = _write_hostile(tmp_path / f"hostile{_attempt}", refused)
        try:
            return read_pack_source(folder)
        except DataPackError as error:
            before = len(refused)
            refused |= {(problem.file, str(problem.column)) for problem in error.problems}
            if len(refused) == before:
                raise
    raise AssertionError("no hostile pack loads")


def _write_hostile(folder: Path, refused: set[tuple[str, str]]) -> Path:
    from explorer.datapack.schema import TABLES, Kind

    shutil.copytree(ROOT / "data", folder, ignore=shutil.ignore_patterns("personas"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("files", None)  # the checksums of the files before the markup
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    for spec in TABLES.values():
        path = folder / spec.file
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        text_columns = [
            i for i, name in enumerate(header)
            if name in spec.column_names and spec.column(name).kind is Kind.TEXT
            and (spec.file, name) not in refused
        ]  # fmt: skip
        for row in body:
            for i in text_columns:
                if i < len(row) and row[i]:
                    row[i] = row[i] + " " + MARK
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([header, *body])
    return folder


def _offences(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if RAW in widget.toolTip():
            found.append(f"{name} tooltip: {widget.toolTip()[:80]!r}")
        if isinstance(widget, QLabel) and RAW in widget.text():
            if widget.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{name} label as rich text: {widget.text()[:80]!r}")
        if isinstance(widget, QTextEdit) and RAW in widget.toHtml():
            found.append(f"{name} text view holds markup: {widget.toPlainText()[:80]!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 60)):
                for column in range(columns):
                    tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and RAW in tip:
                        found.append(f"{name} item tooltip r{row}c{column}: {tip[:80]!r}")
    for action in root.findChildren(type(root.actions()[0])) if root.actions() else []:
        if RAW in action.toolTip():
            found.append(f"action {action.text()!r} tooltip: {action.toolTip()[:80]!r}")
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_text_from_a_hostile_pack_reaches_qt_as_rich_text(qtbot, tmp_path, language):
    from explorer.translation import Translators
    from explorer.ui.main_window import MainWindow
    from explorer.ui.state import AppState

    pack = _hostile_pack(tmp_path)
    translators = Translators()
    translators.apply(language)
    try:
        state = AppState(pack, translators.language, translators=translators)
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        offences: list[str] = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(30)
            offences += _offences(window)
        tab = window.calculator_tab
        window.tabs.setCurrentWidget(tab)
        for index in range(tab.chart_tabs.count()):
            tab.chart_tabs.setCurrentIndex(index)
            qtbot.wait(200 if tab.chart_tabs.currentWidget() is tab.risk_panel else 30)
            offences += _offences(window)
        tab.risk_panel.refresh_tornado()
        offences += _offences(window)
        policies = window.policies_tab
        window.tabs.setCurrentWidget(policies)
        table = policies.table
        for row in range(min(3, table.model().rowCount())):
            table.selectRow(row)
            qtbot.wait(20)
            offences += _offences(window)
        assert sorted(set(offences)) == []
    finally:
        translators.apply("en")
