"""A headline figure: title, value, one line of context; click for how it is calculated."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent, QTextLayout
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer.ui.widgets.plain_text import plain_tooltip

CARD_HEIGHT = 84
VALUE_PIXELS = 19  # the value's size in the style sheet (QLabel#kpiValue); smaller when [compact="true"]


class KpiCard(QFrame):
    explain_requested = Signal(str)  # the KPI key

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_{key}")
        self.setProperty("tone", "neutral")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(self)
        self.title.setObjectName("kpiTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.value = QLabel(self)
        self.value.setObjectName("kpiValue")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self)
        self.detail.setObjectName("kpiDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self._detail = ""  # the whole context line; the label may show it shortened (_fit_detail)
        # A card's size never follows its text: a new value must not re-lay out (and repaint)
        # the charts beside it on every slider step.
        self.setFixedHeight(CARD_HEIGHT)
        for label in (self.title, self.value):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # The context line takes the rest of the card (three short lines on a narrow card).
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)

    def show_kpi(self, title: str, value: str, detail: str, exact: str, tone: str, hint: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self._fit_value()
        self._detail = detail
        self._fit_detail()
        tip = "\n".join(
            part for part in (exact, detail if self.detail.text() != detail else "", hint) if part
        )
        self.setToolTip(plain_tooltip(tip))
        self.setAccessibleName(f"{title}: {value}")
        self.setAccessibleDescription(detail)
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            self.style().unpolish(self)  # re-apply the style sheet's tone colours
            self.style().polish(self)

    def _fit_value(self) -> None:
        """A value too wide for a narrow card (a 1,024-pixel screen) is drawn smaller, never cut off.

        The style changes only when the fit does, so a slider step does not re-polish the card.
        """
        full = QFont(self.value.font())
        full.setPixelSize(VALUE_PIXELS)
        room = self.width() - 20  # the layout's margins
        compact = QFontMetrics(full).horizontalAdvance(self.value.text()) > room > 0
        if bool(self.value.property("compact")) != compact:
            self.value.setProperty("compact", compact)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)

    def _fit_detail(self) -> None:
        """The context line in the lines the card has room for: the last one ends in "…" when the
        text is longer (a narrow card on a 1,024-pixel screen); the whole text is in the tooltip."""
        text = self._detail
        self.detail.setText(text)
        room, height = self.detail.width(), self.detail.height()
        if not self.isVisible() or room <= 0 or height <= 0 or self.detail.heightForWidth(room) <= height:
            return  # a card not on screen keeps its whole text (it is fitted when shown)
        layout = QTextLayout(text, self.detail.font())
        layout.beginLayout()
        starts = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(room)
            starts.append(line.textStart())
        layout.endLayout()
        metrics = self.detail.fontMetrics()
        for lines in range(len(starts) - 1, 0, -1):  # as many whole lines as fit, the last elided
            last = starts[lines - 1]
            tail = metrics.elidedText(text[last:], Qt.TextElideMode.ElideRight, room - 2)
            self.detail.setText(text[:last] + tail)
            if self.detail.heightForWidth(room) <= height:
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_value()
        self._fit_detail()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_detail()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.explain_requested.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.explain_requested.emit(self.key)
            return
        super().keyPressEvent(event)


class KpiStrip(QWidget):
    """Cards in a grid placed by hand, without a QLayout.

    A card's text changes on every slider step. Under a layout each change would
    ask the whole window to lay out again (every spin box's size hint, ~20 ms a
    step); placed by hand, a card's change stops here.
    """

    def __init__(self, columns: int, spacing: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        self._columns = columns
        self._spacing = spacing
        self.cards: list[KpiCard] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def add_card(self, card: KpiCard) -> None:
        card.setParent(self)
        self.cards.append(card)
        self.setFixedHeight(self._rows() * (CARD_HEIGHT + self._spacing) - self._spacing)
        self._place()

    def _rows(self) -> int:
        return max(1, -(-len(self.cards) // self._columns))

    def _place(self) -> None:
        width = (self.width() - self._spacing * (self._columns - 1)) // self._columns
        for index, card in enumerate(self.cards):
            row, column = divmod(index, self._columns)
            card.setGeometry(
                column * (width + self._spacing), row * (CARD_HEIGHT + self._spacing), width, CARD_HEIGHT
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()
