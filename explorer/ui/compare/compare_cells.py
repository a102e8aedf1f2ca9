"""The Compare tab's tables: their roles, colours, delegates and layout helpers.

The value cells carry their delta, direction and scenario in item data roles; ``DeltaDelegate``
draws a value with its delta in green (better) or red (worse). Nothing here computes a figure.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.compare.table_model import CellTable

BASE_MARK = "★"
# One colour per column, the same in the table headers, the list and the chart.
SCENARIO_COLOURS = (QColor("#4a5260"), QColor("#1b8a6b"), QColor("#2f6fb0"), QColor("#c2497a"))
BETTER_COLOUR = QColor("#1e7b3a")
WORSE_COLOUR = QColor("#c0392b")
SAME_COLOUR = QColor("#6b7380")
DIFFERS_BACKGROUND = QColor("#fff0c2")
DELTA_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 2
SCENARIO_ID_ROLE = Qt.ItemDataRole.UserRole + 3
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 4
SPLIT_ROLE = Qt.ItemDataRole.UserRole + 5  # draw the value left of a delta column, even without a delta


class ElideDelegate(QStyledItemDelegate):
    """Elides a column's text its own way (a view has one elide mode for every column)."""

    def __init__(self, mode: Qt.TextElideMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = mode

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self._mode


class DeltaDelegate(QStyledItemDelegate):
    """Draws a value and, right of it, its delta against the base in green (better) or red (worse)."""

    GAP = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        delta = index.data(DELTA_TEXT_ROLE) or ""
        if not index.data(SPLIT_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        value = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(6, 0, -6, 0)
        metrics = opt.fontMetrics
        delta_width = max(metrics.horizontalAdvance(delta), int(rect.width() * 0.4))
        delta_rect = QRect(rect.right() - delta_width, rect.top(), delta_width, rect.height())
        value_rect = QRect(rect.left(), rect.top(), rect.width() - delta_width - self.GAP, rect.height())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        text_role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(text_role))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elided = metrics.elidedText(value, Qt.TextElideMode.ElideRight, value_rect.width())
        painter.drawText(value_rect, align, elided)
        direction = index.data(DIRECTION_ROLE)
        colour = {"better": BETTER_COLOUR, "worse": WORSE_COLOUR}.get(direction, SAME_COLOUR)
        painter.setPen(opt.palette.color(text_role) if selected else colour)
        painter.drawText(delta_rect, align, delta)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        delta = index.data(DELTA_TEXT_ROLE)
        if delta:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(delta) + self.GAP + 12)
        return size


def make_table(parent: QWidget, name: str) -> CellTable:
    table = CellTable(parent)
    table.setObjectName(name)
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setObjectName(name + "Columns")
    table.verticalHeader().setObjectName(name + "Rows")
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setCornerButtonEnabled(False)
    table.horizontalHeader().setHighlightSections(False)
    table.verticalHeader().setHighlightSections(False)
    return table


def make_panel(parent: QWidget, name: str, *widgets: QWidget) -> QWidget:
    panel = QWidget(parent)
    panel.setObjectName(name)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if not isinstance(widget, QLabel) or widget.wordWrap() else 0)
    return panel


def swatch(colour: QColor | None) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    if colour is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(3, 3, 18, 18, 4, 4)
        painter.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


def shrink(wants: list[int], floors: list[int], room: int, order: list[list[int]]) -> list[int]:
    """Widths that fit ``room``: each group of columns in ``order`` gives way in turn, evenly within
    the group, never below its floor. May still exceed ``room`` (then the table scrolls)."""
    widths = list(wants)
    for group in order:
        excess = sum(widths) - room
        slack = sum(widths[c] - floors[c] for c in group)
        if excess <= 0 or slack <= 0:
            continue
        share = min(1.0, excess / slack)
        for c in group:
            widths[c] -= int(math.ceil((widths[c] - floors[c]) * share))
    return widths
