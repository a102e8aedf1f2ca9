"""Presenter mode (issue 16): a five-minute pitch on a projector, driven by a presentation clicker.

The sequence: the story → the network → the firm's matched policies → the relocation case with live
inputs → the proposed package → the summary. Page Down / Page Up / the arrow keys move through it
(what a clicker sends), B blanks the screen, keys 1-5 load the demo firms, R (or the "Reset demo"
button) returns every value to the firm's defaults, Esc leaves. No mouse, network or file dialog is
needed. Every figure is read from AppState's evaluation and the domain's results; nothing is
computed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.engine import price_note
from explorer.domain.evaluation import STATUS_WORDS, PolicyStatus
from explorer.ui.calculator.kpis import build_kpis
from explorer.ui.charts.cashflow_chart import CashFlowChart
from explorer.ui.money import money
from explorer.ui.overview.network_diagram import NetworkDiagram
from explorer.ui.overview.story_view import StoryView
from explorer.ui.presenter.figure_grid import FigureGrid
from explorer.ui.presenter.package_page import PackagePage
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tooltip

STEPS = ("story", "network", "policies", "case", "package", "summary")
CASE_KPIS = ("saving", "npv", "payback", "irr", "incentives", "co2")
SUMMARY_KPIS = ("npv", "payback", "irr", "saving", "incentives", "co2")
MATCHED = (PolicyStatus.ELIGIBLE, PolicyStatus.NOT_QUANTIFIED)


def _t(template: str) -> str:
    return QCoreApplication.translate(template.context, template)  # type: ignore[attr-defined]


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    """A page in a scroll area: at 1,024×768 a long page scrolls, nothing is cut off."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area


class PresenterView(QWidget):
    """The presenter's screens, one at a time, with a title, the step and the keys."""

    persona_requested = Signal(int)  # 0-based: keys 1-5
    reset_requested = Signal()
    exit_requested = Signal()
    site_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._state = state
        self._step = 0
        self.blanked = False

        self.title = QLabel(self)
        self.title.setObjectName("presenterTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("presenterStep")
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_label = QLabel(self)
        self.firm_label.setObjectName("presenterFirm")
        self.firm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_label.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("presenterStack")
        # 1. The story: its figures fill a 1,024x768 screen, so its two charts go with the network
        self.story = StoryView(state, None, charts_inside=False)
        self.story.set_presenter(True)
        self.stack.addWidget(_scrolled(self.story, "presenterStoryPage"))
        # 2. The network, the story's two charts (computing power, loans) in a column beside it
        self.network = NetworkDiagram(state, None)
        self.network.set_presenter(True)
        self.network.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.network.site_clicked.connect(self.site_requested)
        charts = self.story.chart_panel
        charts_layout = charts.layout()
        assert isinstance(charts_layout, QBoxLayout)
        charts_layout.setDirection(QBoxLayout.Direction.TopToBottom)
        page = QWidget()
        page.setObjectName("presenterNetworkPage")
        page_layout = QHBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.network, 7)
        page_layout.addWidget(charts, 3)
        self.stack.addWidget(page)
        # 3. The firm's matched policies
        self.policies = QTableWidget(0, 3)
        self.policies.setObjectName("presenterPolicies")
        self.policies.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.policies.verticalHeader().hide()
        self.policies.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.policies.setWordWrap(True)
        header = self.policies.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.policies_note = QLabel()
        self.policies_note.setObjectName("presenterPoliciesNote")
        self.policies_note.setWordWrap(True)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.policies, 1)
        page_layout.addWidget(self.policies_note)
        self.stack.addWidget(page)
        # 4. The relocation case, live
        self.case_figures = FigureGrid(CASE_KPIS, 3, "presenterCaseFigures")
        self.load_label = QLabel()
        self.load_label.setObjectName("presenterLoad")
        self.load_label.setTextFormat(Qt.TextFormat.PlainText)
        self.load_label.setWordWrap(True)
        self.cashflow = CashFlowChart(state, None)
        self.cashflow.setMinimumHeight(200)
        self.cashflow.set_presenter(True)
        self.cashflow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.case_figures)
        page_layout.addWidget(self.load_label)
        page_layout.addWidget(self.cashflow, 1)
        self.stack.addWidget(page)
        # 5. The proposed package: its items with their terms, the firm's and the region's figures
        self.package_page = PackagePage(state)
        self.stack.addWidget(_scrolled(self.package_page, "presenterPackageScroll"))
        # 6. The summary
        self.summary_figures = FigureGrid(SUMMARY_KPIS, 3, "presenterSummaryFigures")
        self.summary_text = QLabel()
        self.summary_text.setObjectName("presenterSummaryText")
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_text.setWordWrap(True)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.summary_figures)
        page_layout.addWidget(self.summary_text)
        page_layout.addStretch(1)
        self.stack.addWidget(_scrolled(page, "presenterSummaryPage"))
        # Blank (B)
        self.blank = QWidget()
        self.blank.setObjectName("presenterBlank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stack.addWidget(self.blank)

        self.hint = QLabel(self)
        self.hint.setObjectName("presenterHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("presenterReset")
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reset_button.clicked.connect(self.reset_requested)
        self.exit_button = QPushButton(self)
        self.exit_button.setObjectName("presenterExit")
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.clicked.connect(self.exit_requested)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignTop)
        foot = QHBoxLayout()
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.reset_button)
        foot.addWidget(self.exit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 8)
        layout.addLayout(head)
        layout.addWidget(self.firm_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(foot)

        # The keys, wherever the focus is inside the presenter (a clicker sends these).
        self.shortcuts: list[QShortcut] = []
        for keys, slot in (
            ((Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space), self.next_step),
            ((Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up), self.previous_step),
            ((Qt.Key.Key_B, Qt.Key.Key_Period), self.toggle_blank),
            ((Qt.Key.Key_Escape,), self.exit_requested.emit),
            ((Qt.Key.Key_R,), self.reset_requested.emit),
            ((Qt.Key.Key_Home,), lambda: self.go_to(0)),
            ((Qt.Key.Key_Plus, Qt.Key.Key_Equal), lambda: self.nudge_load(1.25)),
            ((Qt.Key.Key_Minus,), lambda: self.nudge_load(0.8)),
        ):
            for key in keys:
                self._shortcut(QKeySequence(key), slot)
        for number in range(1, 6):
            self._shortcut(
                QKeySequence(Qt.Key(Qt.Key.Key_0 + number)),
                lambda n=number: self.persona_requested.emit(n - 1),
            )

        state.evaluation_changed.connect(self.refresh)
        state.language_changed.connect(lambda _lang: self.retranslate())
        state.package_changed.connect(self.refresh)
        self.retranslate()

    def _shortcut(self, sequence: QKeySequence, slot) -> None:
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)

    # --- navigation ---------------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self._step

    @property
    def step_name(self) -> str:
        return STEPS[self._step]

    def go_to(self, step: int) -> None:
        self._step = max(0, min(len(STEPS) - 1, step))
        self.blanked = False
        self.stack.setCurrentIndex(self._step)
        self.refresh()

    def next_step(self) -> None:
        if self.blanked:
            self.toggle_blank()
            return
        self.go_to(self._step + 1)

    def previous_step(self) -> None:
        if self.blanked:
            self.toggle_blank()
            return
        self.go_to(self._step - 1)

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        self.stack.setCurrentWidget(self.blank if self.blanked else self.stack.widget(self._step))
        for widget in (
            self.title,
            self.step_label,
            self.firm_label,
            self.hint,
            self.reset_button,
            self.exit_button,
        ):
            widget.setVisible(not self.blanked)

    def nudge_load(self, factor: float) -> None:
        """+ / -: the IT load up or down a step, on the live case."""
        if self.step_name == "case" and not self.blanked:
            self._state.set_it_load_kw(self._state.it_load_kw * factor)

    # --- texts ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.reset_button.setText(self.tr("Reset demo"))
        self.reset_button.setAccessibleName(self.tr("Reset the demo firm's values"))
        self.exit_button.setText(self.tr("Leave (Esc)"))
        self.exit_button.setAccessibleName(self.tr("Leave presenter mode"))
        self.setAccessibleName(self.tr("Presenter"))
        self.policies.setAccessibleName(self.tr("Policies matched to the firm"))
        self.network.setAccessibleName(self.tr("Diagram of the national computing network"))
        self.policies.setHorizontalHeaderLabels(
            [self.tr("Policy"), self.tr("Status"), self.tr("Value over the horizon")]
        )
        self.hint.setText(
            self.tr("Page Down / Page Up: next / back · B: blank · 1-5: demo firms · R: reset · Esc: leave")
        )
        self.refresh()

    def titles(self) -> dict[str, str]:
        return {
            "story": self.tr("Gui'an: a national computing hub"),
            "network": self.tr("East Data, West Computing: where Gui'an sits"),
            "policies": self.tr("The policies this firm qualifies for"),
            "case": self.tr("The relocation case, live"),
            "package": self.tr("The proposed incentive package"),
            "summary": self.tr("In summary"),
        }

    def refresh(self) -> None:
        state = self._state
        language = state.language
        evaluation = state.evaluation
        self.title.setText(self.titles()[self.step_name])
        self.step_label.setText(self.tr("{step} / {steps}").format(step=self._step + 1, steps=len(STEPS)))
        self.firm_label.setText(
            self.tr("{firm}: {origin} → {destination}").format(
                firm=state.named(state.current_id).name,
                origin=state.site_name(evaluation.origin),
                destination=state.site_name(evaluation.destination),
            )
        )
        self.firm_label.setVisible(self.step_name not in ("story", "network") and not self.blanked)
        name = self.step_name
        if name == "policies":
            self._show_policies()
        elif name in ("case", "summary"):
            kpis = build_kpis(evaluation, state.figures, language)
            (self.case_figures if name == "case" else self.summary_figures).show_kpis(kpis)
            if name == "case":
                self.load_label.setText(
                    self.tr("IT load {kw} kW (+ / − to change it live)").format(kw=f"{state.it_load_kw:,.0f}")
                )
            else:
                self._show_summary()
        elif name == "package":
            self._show_package()

    def _show_policies(self) -> None:
        language = self._state.language
        matched = [p for p in self._state.evaluation.policies if p.status in MATCHED]
        matched.sort(key=lambda p: -p.present_value)
        self.policies.setRowCount(len(matched))
        for row, policy in enumerate(matched):
            value = money(policy.total, language) if policy.status is PolicyStatus.ELIGIBLE else "–"
            tip = self._state.words(policy.reason)
            price = price_note(policy)  # already the site's price: words, not a 0
            if price is not None:
                value, tip = self._state.words(price[0]), self._state.words(price[1])
            for column, text in enumerate(
                (self._state.local(policy.title_en, policy.title_zh), _t(STATUS_WORDS[policy.status]), value)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(tip if column == 2 else self._state.words(policy.reason)))
                self.policies.setItem(row, column, item)
        self.policies.resizeRowsToContents()
        self.policies_note.setText(
            self.tr(
                "{count} policies match this firm; values are what each adds to the case, at the destination less at the origin."
            ).format(count=len(matched))
        )

    def _show_package(self) -> None:
        self.package_page.refresh()

    def _show_summary(self) -> None:
        state = self._state
        evaluation = state.evaluation
        language = state.language
        lines = [
            self.tr(
                "Moving from {origin} to {destination}: the figures above are this case's, from the data pack's "
                "sourced defaults; every one is explained in the Calculator and in the investor pack (File → Export)."
            ).format(
                origin=state.site_name(evaluation.origin), destination=state.site_name(evaluation.destination)
            )
        ]
        assessment = self.package_page.assessment()  # the proposed package, when there is one
        if assessment is not None:
            lines.append(
                self.tr("The firm's NPV: {without} without the package, {with_} with it (+{gain}).").format(
                    without=money(assessment.firm.npv_without, language),
                    with_=money(assessment.firm.npv_with, language),
                    gain=money(assessment.firm.gain, language),
                )
            )
            lines.append(
                self.tr("The region's fiscal cost (present value): {cost}.").format(
                    cost=money(assessment.region.fiscal_cost_pv, language)
                )
            )
        self.summary_text.setText("\n".join(lines))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The shortcuts handle the keys; a key a child passed up is not lost either.
        super().keyPressEvent(event)
