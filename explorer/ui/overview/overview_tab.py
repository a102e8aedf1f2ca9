"""The Overview tab: the hub's story in one screen beside the national network (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from explorer.domain.pack import HubFact
from explorer.ui.overview.network_diagram import NetworkDiagram
from explorer.ui.overview.story_view import FactCard, StoryView
from explorer.ui.state import AppState

__all__ = ["FactCard", "OverviewTab"]


class OverviewTab(QWidget):
    site_requested = Signal(str)  # a site clicked on the network: open it in the Calculator

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._state = state
        self.story = StoryView(state, self, charts_inside=False)
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.story)
        self.network = NetworkDiagram(state, self)
        self.network.site_clicked.connect(self.site_requested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("overviewSplitter")
        self.splitter.addWidget(scroll)
        # Right: the network above the two charts.
        self.story.chart_panel.setFixedHeight(210)
        right = QWidget(self)
        right.setObjectName("overviewRight")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.network, 1)
        right_layout.addWidget(self.story.chart_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 600])
        self.splitter.setChildrenCollapsible(False)
        scroll.setMinimumWidth(420)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.splitter)

    @property
    def cards(self) -> list[FactCard]:
        return self.story.cards

    @property
    def heading(self):
        return self.story.heading

    def facts(self) -> list[HubFact]:
        """The figures on the cards, in the story's order."""
        return self.story.facts()
