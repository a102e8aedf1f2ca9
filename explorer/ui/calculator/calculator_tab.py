"""The Calculator tab: the firm's inputs on the left, live results on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalThrottler

from explorer.domain.formatting import format_money
from explorer.ui.charts.energy_cost_chart import EnergyCostChart
from explorer.ui.state import IT_LOAD_MAX_KW, IT_LOAD_MIN_KW, AppState
from explorer.ui.widgets.log_slider import LogSliderSpin

# One recomputation per frame at most while a slider is dragged; the last value always lands.
THROTTLE_MS = 16


class CalculatorTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculatorTab")
        self._state = state

        self.inputs_group = QGroupBox(self)
        self.inputs_group.setObjectName("workloadGroup")
        self.it_load_label = QLabel(self)
        self.it_load = LogSliderSpin(IT_LOAD_MIN_KW, IT_LOAD_MAX_KW, state.it_load_kw, " kW", "itLoad", self)
        self.it_load_label.setBuddy(self.it_load.spin)
        self.origin_label = QLabel(self)
        self.origin_combo = QComboBox(self)
        self.origin_combo.setObjectName("originCombo")
        self.origin_label.setBuddy(self.origin_combo)

        form = QFormLayout(self.inputs_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.it_load_label, self.it_load)
        form.addRow(self.origin_label, self.origin_combo)

        self.saving_title = QLabel(self)
        self.saving_title.setObjectName("savingTitle")
        self.saving_value = QLabel(self)
        self.saving_value.setObjectName("savingValue")
        self.saving_value.setTextFormat(Qt.TextFormat.PlainText)
        self.saving_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saving_detail = QLabel(self)
        self.saving_detail.setObjectName("savingDetail")
        self.saving_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.saving_detail.setWordWrap(True)

        self.chart = EnergyCostChart(state, self)

        left = QVBoxLayout()
        left.addWidget(self.inputs_group)
        left.addStretch(1)
        left_panel = QWidget(self)
        left_panel.setObjectName("calculatorInputs")
        left_panel.setLayout(left)
        left_panel.setMinimumWidth(360)
        left_panel.setMaximumWidth(460)

        right = QVBoxLayout()
        right.addWidget(self.saving_title)
        right.addWidget(self.saving_value)
        right.addWidget(self.saving_detail)
        right.addWidget(self.chart, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(left_panel)
        layout.addLayout(right, 1)

        self._throttler = QSignalThrottler(parent=self)
        self._throttler.setTimeout(THROTTLE_MS)
        self.it_load.value_changed.connect(self._throttler.throttle)
        self._throttler.triggered.connect(self._push_it_load)
        self.origin_combo.currentIndexChanged.connect(self._on_origin_chosen)

        state.evaluation_changed.connect(self.refresh)
        state.pack_changed.connect(self._fill_origins)
        state.language_changed.connect(lambda _lang: self.retranslate())
        self._fill_origins()
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.inputs_group.setTitle(self.tr("Workload"))
        self.it_load_label.setText(self.tr("IT load"))
        self.it_load.set_accessible_names(self.tr("IT load in kilowatts"))
        self.it_load.setToolTip(self.tr("Average IT load of the workload, 100 kW to 200 MW"))
        self.origin_label.setText(self.tr("Moving from"))
        self.origin_combo.setAccessibleName(self.tr("Origin region"))
        self.saving_title.setText(self.tr("Annual electricity saving in Gui'an"))
        self.saving_value.setAccessibleName(self.tr("Annual electricity saving"))
        self._fill_origins()
        self.refresh()

    def refresh(self) -> None:
        state = self._state
        origin, destination = state.evaluation.origin, state.evaluation.destination
        language = state.language
        self.saving_value.setText(format_money(state.energy_saving, language))
        self.saving_value.setToolTip(f"{state.energy_saving:,.0f}")
        self.saving_detail.setText(
            self.tr("{origin}: {origin_cost} a year against {destination}: {destination_cost} a year").format(
                origin=state.site_name(origin),
                origin_cost=format_money(state.energy_cost(origin), language),
                destination=state.site_name(destination),
                destination_cost=format_money(state.energy_cost(destination), language),
            )
        )
        if abs(self.it_load.value() - state.it_load_kw) > 0.5 and not self._throttler.isActive():
            self.it_load.set_value(state.it_load_kw)

    # --- slots --------------------------------------------------------------
    def _push_it_load(self) -> None:
        self._state.set_it_load_kw(self.it_load.value())

    def _on_origin_chosen(self, index: int) -> None:
        site_id = self.origin_combo.itemData(index)
        if site_id:
            self._state.set_origin(site_id)

    def _fill_origins(self) -> None:
        self.origin_combo.blockSignals(True)
        self.origin_combo.clear()
        for site_id in self._state.origin_ids():
            self.origin_combo.addItem(self._state.site_name(site_id), site_id)
        self.origin_combo.setCurrentIndex(self.origin_combo.findData(self._state.origin_id))
        self.origin_combo.blockSignals(False)

    # --- Qt overrides -------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
