"""The Calculator tab: the case's inputs on the left, live KPIs and charts on the right.

Everything drawn here comes from AppState's Evaluation; the tab computes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.calculator.explain_dialog import ExplainDialog
from explorer.ui.calculator.input_panel import THROTTLE_MS, InputPanel
from explorer.ui.calculator.kpis import Kpi, build_kpis
from explorer.ui.calculator.latency_card import latency_kpi
from explorer.ui.calculator.risk_panel import RiskPanel
from explorer.ui.calculator.scenario_bar import ScenarioBar
from explorer.ui.charts.cashflow_chart import CashFlowChart
from explorer.ui.charts.cost_stack_chart import CostStackChart
from explorer.ui.charts.energy_cost_chart import EnergyCostChart
from explorer.ui.charts.incentives_chart import IncentivesChart
from explorer.ui.charts.waterfall_chart import WaterfallChart
from explorer.ui.state import IT_LOAD_MAX_KW, IT_LOAD_MIN_KW, AppState
from explorer.ui.widgets.kpi_card import KpiCard, KpiStrip
from explorer.ui.widgets.log_slider import LogSliderSpin
from explorer.ui.widgets.throttle import LeadingThrottle

KPI_KEYS = ("saving", "npv", "irr", "payback", "incentives", "co2", "latency", "unit_cost")
_KPI_COLUMNS = 4


class CalculatorTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculatorTab")
        self._state = state
        self._kpis: dict[str, Kpi] = {}

        # Left: the IT load first (the input every case starts from), then every other input.
        self.inputs = InputPanel(state, self)
        self.scenario_bar = ScenarioBar(state, self)
        self.inputs.add_top_widget(self.scenario_bar)
        self.it_load_label = QLabel(self)
        self.it_load_label.setObjectName("itLoadLabel")
        self.it_load = LogSliderSpin(IT_LOAD_MIN_KW, IT_LOAD_MAX_KW, state.it_load_kw, " kW", "itLoad", self)
        self.it_load_label.setBuddy(self.it_load.spin)
        load_box = QWidget(self)
        load_box.setObjectName("itLoadBox")
        load_layout = QVBoxLayout(load_box)
        load_layout.setContentsMargins(6, 4, 6, 4)
        load_layout.addWidget(self.it_load_label)
        load_layout.addWidget(self.it_load)
        self.inputs.add_top_widget(load_box)

        # Right: KPI cards above the charts.
        self.cards: dict[str, KpiCard] = {}
        self.kpi_strip = KpiStrip(_KPI_COLUMNS, parent=self)
        for key in KPI_KEYS:
            card = KpiCard(key, self)
            card.explain_requested.connect(self.explain)
            self.kpi_strip.add_card(card)
            self.cards[key] = card

        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.setObjectName("chartTabs")
        self.cost_chart = CostStackChart(state, self)
        self.cashflow_chart = CashFlowChart(state, self)
        self.waterfall_chart = WaterfallChart(state, self)
        self.incentives_chart = IncentivesChart(state, self)
        self.chart = EnergyCostChart(state, self)
        self.risk_panel = RiskPanel(state, self)
        pages = (
            self.cost_chart,
            self.cashflow_chart,
            self.waterfall_chart,
            self.incentives_chart,
            self.risk_panel,
        )
        for page in (*pages, self.chart):
            self.chart_tabs.addTab(page, "")

        self.tools = QHBoxLayout()
        self.tools.addStretch(1)
        self.goal_seek_button = QPushButton(self)
        self.goal_seek_button.setObjectName("goalSeekButton")
        self.goal_seek_button.clicked.connect(self._open_goal_seek)
        self.tools.addWidget(self.goal_seek_button)

        right = QWidget(self)
        right.setObjectName("calculatorResults")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.kpi_strip)
        right_layout.addLayout(self.tools)
        right_layout.addWidget(self.chart_tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calculatorSplitter")
        self.splitter.addWidget(self.inputs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 960])
        self.splitter.setChildrenCollapsible(False)
        self.inputs.setMinimumWidth(290)  # with the results, the window fits a 1,024-pixel projector (issue 16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._throttler = LeadingThrottle(THROTTLE_MS, self)
        self._it_load_pending = False  # a dragged value not yet handed to the state
        self.it_load.value_changed.connect(self._on_it_load_moved)
        self._throttler.triggered.connect(self._push_it_load)

        state.evaluation_changed.connect(self.refresh)
        state.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    # --- public -------------------------------------------------------------
    @property
    def origin_combo(self):
        return self.inputs.origin_combo

    def add_tool_button(self, button: QPushButton) -> None:
        """A button in the row above the charts (goal seek, …)."""
        self.tools.addWidget(button)

    def add_chart_page(self, widget: QWidget, title: str) -> int:
        return self.chart_tabs.addTab(widget, title)

    def kpi(self, key: str) -> Kpi:
        return self._kpis[key]

    def retranslate(self) -> None:
        self.it_load_label.setText(self.tr("IT load"))
        self.it_load.set_accessible_names(self.tr("IT load in kilowatts"))
        self.it_load.setToolTip(self.tr("Average IT load of the workload, 100 kW to 200 MW"))
        titles = (
            self.tr("Costs by site"),
            self.tr("Cash flow"),
            self.tr("Waterfall"),
            self.tr("Incentives"),
            self.tr("Risk"),
            self.tr("Energy"),
        )
        for index, title in enumerate(titles):
            self.chart_tabs.setTabText(index, title)
        self.chart_tabs.setAccessibleName(self.tr("Charts"))
        self.goal_seek_button.setText(self.tr("Goal seek…"))
        self.goal_seek_button.setAccessibleName(
            self.tr("Goal seek: solve for the input that reaches a target NPV")
        )
        self.goal_seek_button.setToolTip(self.tr("Find the break-even value of any input (Ctrl+G)"))
        self.refresh()

    def refresh(self) -> None:
        state = self._state
        self._kpis = {kpi.key: kpi for kpi in build_kpis(state.evaluation, state.figures, state.language)}
        # Round-trip estimates, each official claim (one-way) beside its pair (cost-model.md 7.5).
        self._kpis["latency"] = latency_kpi(state.evaluation, state.language, state.pack.hub_facts)
        hint = self.tr("Click for how this is calculated")
        for key, card in self.cards.items():
            kpi = self._kpis[key]
            card.show_kpi(kpi.title, kpi.value, kpi.detail, kpi.exact, kpi.tone.value, hint)
        if abs(self.it_load.value() - state.it_load_kw) > 0.5 and not self._it_load_pending:
            self.it_load.set_value(state.it_load_kw)

    def explain(self, key: str) -> ExplainDialog:
        dialog = ExplainDialog(self._kpis[key], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- slots --------------------------------------------------------------
    def _open_goal_seek(self) -> None:
        window = self.window()
        if hasattr(window, "open_goal_seek"):
            window.open_goal_seek()

    def _on_it_load_moved(self, _value: float) -> None:
        self._it_load_pending = True
        self._throttler.throttle()

    def _push_it_load(self) -> None:
        self._it_load_pending = False
        self._state.set_it_load_kw(self.it_load.value())
