"""The scenario bar: pick the named scenario the Calculator edits; new, duplicate, rename, delete, set as base.

A compact row for the top of the Calculator's input panel. It only calls
AppState; the list it shows is redrawn from ``scenarios_changed``.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from explorer.domain.errors import InvalidInput
from explorer.ui.charts.style import TEXT_COLOUR
from explorer.ui.state import AppState
from explorer.ui.widgets.elided_combo import ElidedComboBox
from explorer.ui.widgets.plain_text import plain_tip

log = logging.getLogger("explorer.ui")

BASE_MARK = "★"  # in front of the base scenario's name
BASE_COLOUR = QColor("#d9a21b")
NAME_MAX_LENGTH = 80
_ICON_SIZE = 18


class ScenarioBar(QWidget):
    """Scenario combo and its actions. The actions work on the current scenario."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioBar")
        self._state = state

        self.label = QLabel(self)
        self.label.setObjectName("scenarioLabel")
        self.combo = ElidedComboBox(self)  # a long name is shortened in the middle, whole on hover
        self.combo.setObjectName("scenarioCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)

        self.new_action = self._action("newScenario", "new", QKeySequence("Ctrl+Shift+N"), self.new_scenario)
        self.duplicate_action = self._action(
            "duplicateScenario", "duplicate", QKeySequence("Ctrl+Shift+D"), self.duplicate_scenario
        )
        self.rename_action = self._action(
            "renameScenario", "rename", QKeySequence("F2"), self.rename_scenario
        )
        self.delete_action = self._action("deleteScenario", "delete", QKeySequence(), self.delete_scenario)
        self.base_action = self._action(
            "setBaseScenario", "base", QKeySequence("Ctrl+Shift+B"), self.set_base
        )
        self._base_icons = (_icon("base"), _icon("base_on"))
        self.buttons: list[QToolButton] = []
        for action in self.actions():
            button = QToolButton(self)
            button.setObjectName(action.objectName() + "Button")
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.buttons.append(button)
        self.new_button, self.duplicate_button, self.rename_button, self.delete_button, self.base_button = (
            self.buttons
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addSpacing(4)
        layout.addWidget(self.combo, 1)
        layout.addSpacing(4)
        for button in self.buttons:
            layout.addWidget(button)

        self.combo.activated.connect(self._on_chosen)
        state.scenarios_changed.connect(self.refresh)
        state.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.label.setText(self.tr("Scenario"))
        self.combo.setAccessibleName(self.tr("Current scenario"))
        self.combo.set_description(self.tr("The scenario the Calculator shows and edits"))
        self._describe(
            self.new_action, self.tr("New scenario"), self.tr("Start a scenario from the defaults")
        )
        self._describe(
            self.duplicate_action,
            self.tr("Duplicate scenario"),
            self.tr("Copy the current scenario to try a variant"),
        )
        self._describe(self.rename_action, self.tr("Rename scenario"), "")
        self._describe(self.delete_action, self.tr("Delete scenario"), "")
        self._describe(
            self.base_action,
            self.tr("Set as base"),
            self.tr("Compare the other scenarios against this one"),
        )
        self.setAccessibleName(self.tr("Scenarios"))
        self.refresh()

    def refresh(self) -> None:
        """Redraw the list and the actions' states from AppState."""
        state = self._state
        named = state.named_scenarios()
        self.combo.blockSignals(True)
        self.combo.clear()
        for item in named:
            is_base = item.id == state.base_id
            text = f"{BASE_MARK} {item.name}" if is_base else item.name
            self.combo.addItem(text, item.id)
            tip = self.tr("{name}: the base scenario").format(name=item.name) if is_base else item.name
            self.combo.setItemData(self.combo.count() - 1, plain_tip(tip), Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(self.combo.findData(state.current_id))
        self.combo.blockSignals(False)
        self.combo.set_description(self.tr("The scenario the Calculator shows and edits"))  # the name's tip

        is_base = state.current_id == state.base_id
        self.delete_action.setEnabled(len(named) > 1)
        self.base_action.setEnabled(not is_base)
        self.base_action.setIcon(self._base_icons[is_base])
        if len(named) <= 1:
            self._set_tip(self.delete_action, self.tr("The last scenario cannot be deleted"))
        else:
            self._set_tip(self.delete_action, self.tr("Delete the current scenario"))
        self._set_tip(self.rename_action, self.tr("Give the current scenario another name"))
        if is_base:
            self._set_tip(self.base_action, self.tr("The current scenario is the base"))
        else:
            self._set_tip(self.base_action, self.tr("Compare the other scenarios against this one"))

    def scenario_names(self) -> list[str]:
        """The combo's texts as shown (the base carries the mark): for tests and accessibility."""
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    # --- slots --------------------------------------------------------------
    def new_scenario(self) -> None:
        self._run(lambda: self._state.add_scenario())

    def duplicate_scenario(self) -> None:
        self._run(lambda: self._state.duplicate_scenario(self._state.current_id))

    def rename_scenario(self) -> None:
        state = self._state
        current = state.named(state.current_id)
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Rename scenario"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            current.name,
        )
        if not accepted:
            return
        name = " ".join(text.split())[:NAME_MAX_LENGTH]  # one line, no stray spaces
        if not name:
            log.info("Rename refused: a scenario needs a name")
            return
        if name != current.name:
            state.rename_scenario(current.id, name)

    def delete_scenario(self) -> None:
        state = self._state
        if len(state.named_scenarios()) <= 1:
            return
        current = state.named(state.current_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete scenario"),
            self.tr("Delete the scenario “{name}”? This cannot be undone.").format(name=current.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteScenarioDialog")
        box.setAccessibleName(self.tr("Delete scenario"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed, never as markup
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            state.delete_scenario(current.id)

    def set_base(self) -> None:
        self._state.set_base(self._state.current_id)

    def _on_chosen(self, index: int) -> None:
        scenario_id = self.combo.itemData(index)
        if scenario_id and scenario_id != self._state.current_id:
            self._state.set_current(scenario_id)

    # --- private ------------------------------------------------------------
    def _action(self, name: str, icon: str, shortcut: QKeySequence, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name + "Action")
        action.setIcon(_icon(icon))
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the bar is shown
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _describe(self, action: QAction, text: str, tip: str) -> None:
        action.setText(text)
        action.setIconText(text)
        action.setProperty("tip", tip or text)
        self._set_tip(action, tip or text)

    def _set_tip(self, action: QAction, tip: str) -> None:
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        title = f"{action.text()} ({shortcut})" if shortcut else action.text()
        action.setToolTip(plain_tip(f"{title}\n{tip}" if tip and tip != action.text() else title))
        action.setStatusTip(tip)
        for button in getattr(self, "buttons", []):
            if button.defaultAction() is action:
                button.setAccessibleName(action.text())
                button.setAccessibleDescription(tip)

    def _run(self, change) -> None:
        try:
            change()
        except (InvalidInput, ValueError) as error:
            log.warning("Scenario action refused: %s", error)


def _icon(kind: str) -> QIcon:
    """Small line icons drawn here, so they look the same on every platform and need no files."""
    scale = 2  # drawn at twice the size for high-density screens
    pixmap = QPixmap(16 * scale, 16 * scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    pen = QPen(TEXT_COLOUR, 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if kind == "new":
        painter.drawLine(QPointF(8, 3), QPointF(8, 13))
        painter.drawLine(QPointF(3, 8), QPointF(13, 8))
    elif kind == "duplicate":
        painter.drawRoundedRect(QRectF(2.5, 2.5, 8, 8), 1.5, 1.5)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(5.5, 5.5, 8, 8), 1.5, 1.5)
    elif kind == "rename":
        path = QPainterPath(QPointF(3, 13))
        path.lineTo(3.6, 10.4)
        path.lineTo(10.8, 3.2)
        path.lineTo(12.8, 5.2)
        path.lineTo(5.6, 12.4)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(9.4, 4.6), QPointF(11.4, 6.6))
    elif kind == "delete":
        painter.drawLine(QPointF(3, 4.5), QPointF(13, 4.5))
        painter.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 2.5))
        painter.drawLine(QPointF(6.5, 2.5), QPointF(9.5, 2.5))
        painter.drawLine(QPointF(9.5, 2.5), QPointF(9.5, 4.5))
        path = QPainterPath(QPointF(4.2, 4.5))
        path.lineTo(5, 13.5)
        path.lineTo(11, 13.5)
        path.lineTo(11.8, 4.5)
        painter.drawPath(path)
        painter.drawLine(QPointF(7, 7), QPointF(7, 11))
        painter.drawLine(QPointF(9, 7), QPointF(9, 11))
    elif kind in ("base", "base_on"):
        star = QPainterPath()
        for point in range(10):
            radius = 6.2 if point % 2 == 0 else 2.6
            angle = -math.pi / 2 + point * math.pi / 5
            position = QPointF(8 + radius * math.cos(angle), 8.4 + radius * math.sin(angle))
            if point == 0:
                star.moveTo(position)
            else:
                star.lineTo(position)
        star.closeSubpath()
        if kind == "base_on":
            painter.setPen(QPen(BASE_COLOUR.darker(120), 1.0))
            painter.setBrush(BASE_COLOUR)
        painter.drawPath(star)
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    icon = QIcon(pixmap)
    if kind == "base_on":
        icon.addPixmap(pixmap, QIcon.Mode.Disabled)  # "this is the base" stays gold, not greyed
    return icon
