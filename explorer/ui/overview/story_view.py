"""The hub's story in one screen: scale, market, support, what runs here; two charts; the sources.
One module because it is one scrollable view of the story's sections, sources and chart, rebuilt
together on a change of pack or language.

Each figure is shown exactly as its source states it (the pack's text, qualifiers included), with
a short citation number; hovering a figure shows its full source, note and link, and the
Sources panel lists every source once, in the user's language. The grouping is the domain's
(explorer.domain.story); this widget only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.latency import KIND_WORDS, LatencyKind, is_latency_fact
from explorer.domain.messages import local
from explorer.domain.pack import HubFact
from explorer.domain.story import (
    CHART_UNITS,
    ChartSeries,
    SourceEntry,
    Story,
    build_story,
    chart_series,
    short_citation,
    source_list,
    source_number,
)
from explorer.ui.charts.base import cache_axes, set_ticks
from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tooltip

BAR_COLOURS = ("#1b8a6b", "#3b6fb6", "#d9822b")


def _t(template: str) -> str:
    return QCoreApplication.translate(template.context, template)  # type: ignore[attr-defined]


def full_citation(provenance, language: str) -> str:
    """The whole source in ``language``, its date, and its link where it has one."""
    parts = [provenance.source_in(language), f"({provenance.as_of})"]
    text = " ".join(parts)
    return f"{text}\n{provenance.url}" if provenance.url else text


class FactCard(QFrame):
    """One figure: as its source states it, what it measures, and its citation number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factCard")
        self.figure = QLabel(self)
        self.figure.setObjectName("factFigure")
        self.figure.setTextFormat(Qt.TextFormat.PlainText)
        self.figure.setWordWrap(True)
        self.label = QLabel(self)
        self.label.setObjectName("factLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.kind = QLabel(self)  # a latency figure says it is an official claim (cost-model.md 7.5)
        self.kind.setObjectName("factKind")
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        self.kind.setWordWrap(True)
        self.kind.hide()
        self.source = QLabel(self)  # "[1]": the number of its source in the section's footer and the panel
        self.source.setObjectName("factSource")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.citation = ""  # the short citation ("China Daily, 29 Apr 2025")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.figure, 1)
        top.addWidget(self.source, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.kind)
        layout.addWidget(self.label)

    def show_fact(self, fact: HubFact, language: str, number: int) -> None:
        self.figure.setText(local(fact.text_en, fact.text_zh, language))
        self.label.setText(local(fact.label_en, fact.label_zh, language))
        latency = is_latency_fact(fact)
        if latency:
            self.kind.setText(_t(KIND_WORDS[LatencyKind.OFFICIAL_CLAIM]))
        self.kind.setVisible(latency)
        provenance = fact.provenance
        self.citation = short_citation(provenance, language)
        self.source.setText(f"[{number}]")
        details = [full_citation(provenance, language)]
        note = provenance.note_in(language)
        if note:
            details.append(note)
        self.setToolTip(plain_tooltip("\n\n".join(details)))


class SectionBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storySection")
        self.title = QLabel(self)
        self.title.setObjectName("storySectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.footer = QLabel(self)
        self.footer.setObjectName("storySectionSources")
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setWordWrap(True)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(self.cards_layout)
        layout.addStretch(1)
        layout.addWidget(self.footer)


class StoryChart(QFrame):
    """A small bar chart of sourced points; its items are made once and updated with setOpts."""

    def __init__(self, key: str, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"storyChart_{key}")
        self.key = key
        self.title = QLabel(self)
        self.title.setObjectName("storyChartTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        # A money series (the loans) ticks in yuan as every money axis does: 亿元 in Chinese, CNY B in
        # English; the figures are the source's, in yuan, whatever the display currency.
        money = key in CHART_UNITS and CHART_UNITS[key] is None
        self.money_axis = MoneyAxis(language, yuan_only=True) if money else None
        self.plot = pg.PlotWidget(axisItems={"left": self.money_axis} if self.money_axis else None)
        self.plot.setObjectName(f"storyChartPlot_{key}")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(110)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        cache_axes(self.plot)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brushes=[])
        self.plot.addItem(self.bars)
        self.value_labels: list[pg.TextItem] = []
        self.source = QLabel(self)
        self.source.setObjectName("storyChartSource")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.source)
        self.points: tuple = ()

    def show_series(
        self, series: ChartSeries, language: str, sources: tuple[SourceEntry, ...], big: bool
    ) -> None:
        zh = language.startswith("zh")
        self.points = series.points
        values = [p.value for p in series.points]
        xs = list(range(len(values)))
        self.bars.setOpts(
            x=xs,
            height=values,
            width=0.6,
            brushes=[BAR_COLOURS[i % len(BAR_COLOURS)] for i in xs],
            pens=[None] * len(xs),
        )
        while len(self.value_labels) < len(values):
            label = pg.TextItem(anchor=(0.5, 1.0), color="#1f2933")
            self.plot.addItem(label)
            self.value_labels.append(label)
        for index, label in enumerate(self.value_labels):
            if index < len(values):
                fact = series.points[index].fact
                text = local(fact.text_en, fact.text_zh, language)
                label.setText(
                    text.replace(" ", "\n", 1) if len(text) > 10 else text
                )  # two lines: bars are narrow
                label.setPos(index, values[index])
                label.setVisible(True)
            else:
                label.setVisible(False)
        ticks = [(i, self._tick(p.fact, zh)) for i, p in enumerate(series.points)]
        set_ticks(self.plot, "bottom", ticks)
        self.plot.setXRange(-0.6, len(values) - 0.4, padding=0)
        self.plot.setYRange(0, max(values) * 1.5 if values else 1, padding=0)
        if series.unit is not None:
            self.plot.setLabel("left", _t(series.unit))
        else:  # money: the ticks name the unit (亿元, CNY B)
            self.plot.getAxis("left").showLabel(False)
        self.title.setText(_t(series.title))
        numbers = sorted({source_number(sources, p.fact.id) for p in series.points})
        self.source.setText(
            QCoreApplication.translate("StoryView", "Sources: {numbers}").format(
                numbers=" ".join(f"[{n}]" for n in numbers)
            )
        )
        tips = [
            f"{local(p.fact.label_en, p.fact.label_zh, language)}: {local(p.fact.text_en, p.fact.text_zh, language)} — "
            f"{short_citation(p.fact.provenance, language)}"
            for p in series.points
        ]
        self.setToolTip(plain_tooltip("\n".join(tips)))
        font = self.font()
        font.setPixelSize(16 if big else 10)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setStyle(tickFont=font)
            self.plot.getAxis(axis).setTextPen("#1f2933")
        for label in self.value_labels:
            label.setFont(font)

    @staticmethod
    def _tick(fact: HubFact, zh: bool) -> str:
        if fact.id.startswith("article_loans"):
            return (
                QCoreApplication.translate("StoryView", "high-tech")
                if "hightech" in fact.id
                else (QCoreApplication.translate("StoryView", "all tech firms"))
            )
        return fact.provenance.as_of[:7]


class StoryView(QWidget):
    """The story: heading, four sections of figures, two charts, the Sources panel."""

    def __init__(self, state: AppState, parent: QWidget | None = None, *, charts_inside: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("storyView")
        self._state = state
        self._big = False
        self.heading = QLabel(self)
        self.heading.setObjectName("overviewHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("overviewIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.sections: list[SectionBox] = []
        self.cards: list[FactCard] = []
        self._story: Story = build_story(state.pack)
        self._sources: tuple[SourceEntry, ...] = ()
        # The two charts, in a panel of their own: below the figures, or placed by the owner
        # (the Overview puts them under the network diagram).
        self.chart_panel = QWidget(self)
        self.chart_panel.setObjectName("storyCharts")
        self.charts: list[StoryChart] = []
        chart_row = QHBoxLayout(self.chart_panel)
        chart_row.setContentsMargins(0, 0, 0, 0)
        for key in ("compute", "loans"):
            chart = StoryChart(key, lambda: self._state.language, self.chart_panel)
            self.charts.append(chart)
            chart_row.addWidget(chart, 1)
        self.sources_button = QPushButton(self)
        self.sources_button.setObjectName("storySourcesButton")
        self.sources_button.setCheckable(True)
        self.sources_panel = QPlainTextEdit(self)
        self.sources_panel.setObjectName("storySourcesPanel")
        self.sources_panel.setReadOnly(True)
        self.sources_panel.setMaximumHeight(180)
        self.sources_panel.hide()
        self.sources_button.toggled.connect(self.sources_panel.setVisible)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sources_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        if charts_inside:
            self.chart_panel.setMinimumHeight(170)
            layout.addWidget(self.chart_panel, 1)
        else:
            layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.sources_panel)
        state.pack_changed.connect(self._rebuild)
        state.language_changed.connect(lambda _lang: self.retranslate())
        self._rebuild()

    # --- public -------------------------------------------------------------------------------------
    def facts(self) -> list[HubFact]:
        """The figures shown on the cards, in order (the headline's are in the intro line)."""
        return [fact for section in self._story.sections for fact in section.facts]

    @property
    def story(self) -> Story:
        return self._story

    @property
    def sources(self) -> tuple[SourceEntry, ...]:
        return self._sources

    def set_presenter(self, on: bool) -> None:
        """Larger charts' texts (the labels follow the presenter's style sheet)."""
        self._big = on
        self.heading.setVisible(not on)  # the presenter's screen has its own title
        self.sources_button.setVisible(not on)
        if on:
            self.sources_button.setChecked(False)
        self.retranslate()

    def retranslate(self) -> None:
        language = self._state.language
        zh = language.startswith("zh")
        self.heading.setText(self.tr("Gui'an New Area: a national computing hub"))
        headline = {fact.id: fact for fact in self._story.headline}
        parts = []
        designation = headline.get("article_designation")
        if designation is not None:
            parts.append(
                self.tr("Designated a national computing hub node: {when}.").format(
                    when=local(designation.text_en, designation.text_zh, language)
                )
            )
        goal = headline.get("article_goal_2025")
        if goal is not None:
            parts.append(
                self.tr("Goal: the largest computing clusters in China, {when}.").format(
                    when=local(goal.text_en, goal.text_zh, language)
                )
                if not zh
                else self.tr("Goal: {goal}.").format(goal=goal.text_zh)
            )
        if headline:
            numbers = sorted({source_number(self._sources, f.id) for f in headline.values()})
            parts.append(" ".join(f"[{n}]" for n in numbers))
        self.intro.setText(("" if zh else " ").join(parts))  # Chinese puts no space after 。
        cards = iter(self.cards)
        for box, section in zip(self.sections, self._story.sections, strict=True):
            box.title.setText(_t(section.title))
            numbers: list[int] = []
            for fact in section.facts:
                number = source_number(self._sources, fact.id)
                next(cards).show_fact(fact, language, number)
                if number not in numbers:
                    numbers.append(number)
            box.footer.setText(
                "  ".join(
                    f"[{n}] {short_citation(self._sources[n - 1].provenance, language)}" for n in numbers
                )
            )
        series = {s.key: s for s in chart_series(self._state.pack)}
        for chart in self.charts:
            if chart.key in series:
                chart.show_series(series[chart.key], language, self._sources, self._big)
            chart.setVisible(chart.key in series)
        self.sources_button.setText(self.tr("Sources"))
        self.sources_button.setAccessibleName(self.tr("Show or hide the full sources"))
        self.sources_panel.setAccessibleName(self.tr("Sources of the figures"))
        self.sources_panel.setPlainText(self.sources_text())

    def sources_text(self) -> str:
        """Every source once, in full, numbered as on the cards."""
        language = self._state.language
        return "\n\n".join(
            f"[{entry.number}] {full_citation(entry.provenance, language)}" for entry in self._sources
        )

    # --- private ------------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for box in self.sections:
            box.deleteLater()
        self.sections, self.cards = [], []
        self._story = build_story(self._state.pack)
        series_facts = [p.fact for s in chart_series(self._state.pack) for p in s.points]
        self._sources = source_list([*self._story.facts, *series_facts])
        for index, section in enumerate(self._story.sections):
            box = SectionBox(self)
            for _fact in section.facts:
                card = FactCard(box)
                box.cards_layout.addWidget(card)
                self.cards.append(card)
            self.grid.addWidget(box, index // 2, index % 2)
            self.sections.append(box)
        self.retranslate()
