"""The Overview tab: the hub's headline figures, each with its source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.latency import KIND_WORDS, LatencyKind, is_latency_fact
from explorer.domain.pack import HubFact
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tooltip

_COLUMNS = 3


def _official_claim_words() -> str:
    """The words "official claim (one-way)" in the window's language: how every latency hub fact is labelled."""
    words = KIND_WORDS[LatencyKind.OFFICIAL_CLAIM]
    return QCoreApplication.translate(words.context, words)


class FactCard(QFrame):
    """One figure: the number large, what it measures beneath, the source in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figure = QLabel(self)
        self.figure.setObjectName("factFigure")
        self.figure.setTextFormat(Qt.TextFormat.PlainText)
        self.figure.setWordWrap(True)
        self.label = QLabel(self)
        self.label.setObjectName("factLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        # A latency figure says which kind it is (cost-model.md 7.5): hub facts are official claims.
        self.kind = QLabel(self)
        self.kind.setObjectName("factKind")
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        self.kind.setWordWrap(True)
        self.kind.hide()
        self.source = QLabel(self)
        self.source.setObjectName("factSource")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figure)
        layout.addWidget(self.kind)
        layout.addWidget(self.label)
        layout.addStretch(1)
        layout.addWidget(self.source)

    def show_fact(self, fact: HubFact, language: str, source_prefix: str) -> None:
        zh = language.startswith("zh")
        self.figure.setText(fact.text_zh if zh else fact.text_en)
        self.label.setText(fact.label_zh if zh else fact.label_en)
        latency = is_latency_fact(fact)
        if latency:
            self.kind.setText(_official_claim_words())
        self.kind.setVisible(latency)
        provenance = fact.provenance
        source = provenance.source_in(language)  # the pack's source_zh in Chinese, where it has one
        self.source.setText(f"{source_prefix} {source} ({provenance.as_of})")
        details = [provenance.note_in(language) or source]
        if provenance.url:
            details.append(provenance.url)
        self.setToolTip(plain_tooltip("\n".join(details)))


class OverviewTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._state = state
        self.heading = QLabel(self)
        self.heading.setObjectName("overviewHeading")
        self.intro = QLabel(self)
        self.intro.setObjectName("overviewIntro")
        self.intro.setWordWrap(True)

        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(12)
        self.cards: list[FactCard] = []
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

        state.pack_changed.connect(self._rebuild)
        state.language_changed.connect(lambda _lang: self.retranslate())
        self._rebuild()

    def facts(self) -> list[HubFact]:
        """Article figures first, in the article's order, then the other sourced facts."""
        facts = self._state.pack.hub_facts
        return [f for f in facts if f.from_article] + [f for f in facts if not f.from_article]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Gui'an New Area: a national computing hub"))
        self.intro.setText(
            self.tr(
                "Under East Data, West Computing, Guizhou hosts one of China's eight national "
                "computing hub nodes, with its data-centre cluster in Gui'an New Area. "
                "Each figure below names its source; hover for details."
            )
        )
        language = self._state.language
        prefix = self.tr("Source:")
        for card, fact in zip(self.cards, self.facts(), strict=True):
            card.show_fact(fact, language, prefix)

    def _rebuild(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for index, _fact in enumerate(self.facts()):
            card = FactCard(self._grid_host)
            self._grid.addWidget(card, index // _COLUMNS, index % _COLUMNS)
            self.cards.append(card)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
