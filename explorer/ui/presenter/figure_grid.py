"""Key figures, large, for the presenter's screens: each value over its title, in a grid."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from explorer.ui.widgets.plain_text import plain_tooltip


@dataclass(frozen=True, slots=True)
class Figure:
    value: str  # as shown, large
    title: str  # what it is; a second line may say how
    tooltip: str = ""


class FigureGrid(QWidget):
    def __init__(self, keys: tuple[str, ...], columns: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.keys = keys
        self.values: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setSpacing(14)
        for index, key in enumerate(keys):
            value = QLabel(self)
            value.setObjectName("presenterFigure")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            title = QLabel(self)
            title.setObjectName("presenterFigureLabel")
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            box = QVBoxLayout()
            box.addWidget(value)
            box.addWidget(title)
            box.addStretch(1)
            grid.addLayout(box, index // columns, index % columns)
            grid.setColumnStretch(index % columns, 1)  # equal columns: a long title wraps in its own
            self.values[key], self.titles[key] = value, title

    def show_figures(self, figures: dict[str, Figure]) -> None:
        for key in self.keys:
            figure = figures.get(key)
            self.values[key].setText(figure.value if figure else "–")
            self.titles[key].setText(figure.title if figure else "")
            self.values[key].setToolTip(plain_tooltip(figure.tooltip) if figure and figure.tooltip else "")

    def show_kpis(self, kpis: Iterable) -> None:
        """The Calculator's key figures (explorer.ui.calculator.kpis), as they are there."""
        self.show_figures(
            {kpi.key: Figure(kpi.value, f"{kpi.title}\n{kpi.detail}", kpi.exact) for kpi in kpis}
        )
