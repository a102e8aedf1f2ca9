"""A drop-down whose current text, when too long for it, is shortened in the middle ("Illu…up"),
with the whole text in its tooltip, instead of being cut off at the right edge.

The list that opens shows every item whole; only the closed box shortens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from explorer.ui.widgets.plain_text import plain_tip


class ElidedComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._description = ""  # the tooltip the owner gives; the whole text goes in front when shortened
        self.currentIndexChanged.connect(lambda _index: self._update_tip())

    def set_description(self, text: str) -> None:
        """The combo's own tooltip (what it is for)."""
        self._description = text
        self._update_tip()

    def shown_text(self) -> str:
        """The current text as drawn: whole when it fits, shortened in the middle when not."""
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, max(0, self._field_width())
        )

    def is_elided(self) -> bool:
        return self.shown_text() != self.currentText()

    def _field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.width()

    def _update_tip(self) -> None:
        text = self.currentText()
        if text and self.is_elided():
            tip = f"{text}\n{self._description}" if self._description else text
            self.setToolTip(plain_tip(tip))
        else:
            self.setToolTip(self._description)

    # --- Qt overrides -------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tip()
