"""Risk: a tornado chart of NPV (sensitivity analysis) and a Monte Carlo histogram of NPV.
One module because the tornado and the Monte Carlo share the panel's settle timer, visibility rule
and worker, which together keep a drag responsive; split, that scheduling would be spread over
files.

Every number comes from ``explorer.domain.uncertainty``; the panel only calls it
and draws the result.

* **Tornado** (about 2 ms to compute, 10 to 30 ms to draw its 37 bars) runs on the
  GUI thread once the inputs have been still for ``TORNADO_SETTLE_MS``, and only while
  the panel is visible: a drag's steps show the KPI cards at once and do not wait for
  a tornado the next step replaces (it used to be redrawn every 60 ms of a drag, which
  held each step up to 50 ms). A hidden panel marks it out of date and redraws when shown.
* **Monte Carlo** always runs in a worker (:mod:`explorer.ui.workers`, channel
  ``"monte_carlo"``): 10,000 samples take about 0.13 s, 1,000,000 about 4 s.
  When the inputs change, a run in flight is dropped (its result never shows).
  What happens next depends on the sample count:

  - 10,000 (the default): the simulation re-runs by itself once the inputs have
    been still for ``AUTO_RUN_DELAY_MS`` (and the panel is visible). Until its
    result arrives the old histogram is dimmed and marked "updating".
  - 100,000 and 1,000,000: nothing starts by itself (a 4 s run per slider move
    would only heat the laptop). The last result stays dimmed, its figures are
    hidden, and the panel says "Inputs changed: run again".

  Cancel returns the panel to idle at once and drops the run's result; the
  engine checks for the cancel between chunks, so the worker stops soon after.
  The bar shows the share of samples simulated so far.
"""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.editing import FieldPath
from explorer.domain.errors import InvalidInput
from explorer.domain.formatting import format_percent
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Scenario
from explorer.domain.uncertainty import MonteCarlo, MonteCarloCancelled, Tornado, monte_carlo, tornado
from explorer.translation import error_text
from explorer.ui.charts.histogram_chart import HistogramChart
from explorer.ui.charts.tornado_chart import (
    MAX_BARS,
    TornadoChart,
    TornadoRow,
    elide,
    moves_npv,
    visible_bars,
)
from explorer.ui.money import money
from explorer.ui.state import AppState, short_name
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.plain_text import plain_tip
from explorer.ui.widgets.units import unit_display
from explorer.ui.workers import Operation, OperationRunner, WorkerControl

log = logging.getLogger("explorer.ui")

SAMPLE_CHOICES = (10_000, 100_000, 1_000_000)
DEFAULT_SAMPLES = 10_000
AUTO_RUN_SAMPLES = 10_000  # at this size the simulation re-runs by itself when the inputs change
AUTO_RUN_DELAY_MS = 400
TORNADO_SETTLE_MS = 120
DEFAULT_SEED = 0
MAX_SEED = 2_147_483_647
MC_CHANNEL = "monte_carlo"


# --- texts shared with the goal-seek dialog ----------------------------------


def exact_money(amount: float, language: str) -> str:
    """Readable and exact, for tooltips and audits: "CNY 386.1 M (386,061,527 yuan)"."""
    if not math.isfinite(amount) or abs(amount) < 1000:
        return money(amount, language)  # already shown in full
    exact = f"{amount:,.0f}"
    if exact in ("-0", "0"):
        exact = "0"
    template = QCoreApplication.translate("RiskPanel", "{amount} ({exact} yuan)")
    return template.format(amount=money(amount, language), exact=exact)


def input_value_text(value: float, unit: str, extra_decimals: int = 0, max_extra: int = 3) -> str:
    """An input value in its display unit ("0.350 yuan/kWh", "8.00%").

    Shows the unit's usual decimals plus ``extra_decimals``, and up to
    ``max_extra`` more when the value has digits there (0.3456 yuan/kWh is not
    shown as 0.346). Whole-yuan amounts stay whole.
    """
    if not math.isfinite(value):
        return "—"
    display = unit_display(unit)
    shown = value * display.scale
    decimals = display.decimals + extra_decimals
    if display.decimals > 0 or extra_decimals > 0:
        limit = decimals + max_extra
        while decimals < limit and abs(round(shown, decimals) - shown) > 1e-9 * max(1.0, abs(shown)):
            decimals += 1
    text = f"{shown:,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]
    return f"{text}{display.suffix}"


def input_labels(state: AppState, path: str, label: str) -> tuple[str, str]:
    """(short, full) label of an input in the data language; site inputs get a short site name."""
    full = state.words(label)
    where = FieldPath.read(path)
    short = full
    if where is not None and where.site_id is not None and not where.region:
        try:
            name: str | None = state.site_name(where.site_id)
        except KeyError:
            name = None
        if name is not None:
            for separator in ("：", ": "):
                if full.startswith(name + separator):
                    short = short_name(name) + separator + full[len(name) + len(separator) :]
                    break
    return elide(short), full


# --- the panel ----------------------------------------------------------------


class RiskPanel(QWidget):
    """Tornado (left) and Monte Carlo (right) for the current case. Build once; it follows AppState."""

    tornado_updated = Signal()  # the tornado now shows the current inputs
    monte_carlo_shown = Signal()  # a new Monte Carlo result is drawn
    monte_carlo_state_changed = Signal(str)  # idle / running / stale / cancelled / failed / done

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPanel")
        self._state = state
        self._runner = OperationRunner(self)
        self._tornado: Tornado | None = None
        self._tornado_error: Exception | None = None  # shown in the language of the moment
        self._tornado_stale = True
        self._tornado_rest: list = []
        self._result: MonteCarlo | None = None
        self._result_inputs: tuple[Scenario, DataPack] | None = None
        self._operation: Operation | None = None
        self._run_started = 0.0
        self._run_seconds = 0.0
        self._mc_status = "idle"
        self._mc_error: BaseException | None = None

        self._build_tornado_group()
        self._build_monte_carlo_group()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("riskSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tornado_group)
        self.splitter.addWidget(self.monte_carlo_group)
        self.splitter.setStretchFactor(0, 6)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._tornado_timer = QTimer(self)  # restarted by every change: fires when they stop
        self._tornado_timer.setSingleShot(True)
        self._tornado_timer.setInterval(TORNADO_SETTLE_MS)
        self._tornado_timer.timeout.connect(self.refresh_tornado)
        self._auto_run_timer = QTimer(self)
        self._auto_run_timer.setSingleShot(True)
        self._auto_run_timer.setInterval(AUTO_RUN_DELAY_MS)
        self._auto_run_timer.timeout.connect(self._auto_run)

        self.run_button.clicked.connect(self.run_monte_carlo)
        self.cancel_button.clicked.connect(self.cancel_monte_carlo)
        self.samples_combo.currentIndexChanged.connect(self._on_samples_chosen)

        state.evaluation_changed.connect(self._on_inputs_changed)
        state.language_changed.connect(self._on_language)
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the UI language, data texts in the data language."""
        self.tornado_group.setTitle(self.tr("Sensitivity analysis (tornado chart)"))
        self.monte_carlo_group.setTitle(self.tr("Monte Carlo simulation"))
        self.samples_label.setText(self.tr("Samples"))
        self.samples_combo.setAccessibleName(self.tr("Number of Monte Carlo samples"))
        self.samples_combo.setToolTip(
            self.tr("10,000 samples re-run by themselves when the inputs change; larger runs need Run.")
        )
        for index, samples in enumerate(SAMPLE_CHOICES):
            self.samples_combo.setItemText(index, f"{samples:,}")
        self.seed_label.setText(self.tr("Seed"))
        self.seed_spin.setAccessibleName(self.tr("Random seed"))
        self.seed_spin.setToolTip(self.tr("The same seed and sample count always give the same result."))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setAccessibleName(self.tr("Run the Monte Carlo simulation"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the Monte Carlo simulation"))
        self.progress.setAccessibleName(self.tr("Simulation progress"))
        self.progress.setFormat(self.tr("Simulating…"))
        for key, title in self._stat_titles().items():
            self.stat_titles[key].setText(title)
        self.tornado_chart.retranslate()
        self.histogram.retranslate()
        self._show_tornado_texts()
        self._show_monte_carlo_texts()

    def refresh_tornado(self) -> None:
        """Recompute the tornado for the current inputs (engine) and draw it."""
        self._tornado_timer.stop()
        started = time.perf_counter()
        try:
            result = tornado(self._state.scenario, self._state.pack)
        except InvalidInput as error:
            self._tornado, self._tornado_error = None, error
        else:
            self._tornado, self._tornado_error = result, None
        self._tornado_stale = False
        log.debug("Tornado in %.1f ms", (time.perf_counter() - started) * 1000)
        self._draw_tornado()
        self.tornado_updated.emit()

    def tornado_result(self) -> Tornado | None:
        """The engine result the tornado chart shows."""
        return self._tornado

    def run_monte_carlo(self) -> Operation:
        """Start a simulation with the chosen samples and seed (what Run does); an older run is dropped."""
        self._auto_run_timer.stop()
        scenario, pack = self._state.scenario, self._state.pack
        samples, seed = self.samples(), self.seed_spin.value()
        self._run_started = time.perf_counter()
        self._operation = self._runner.run(
            _simulate,
            scenario,
            pack,
            samples,
            seed,
            channel=MC_CHANNEL,
            on_done=self._on_simulated,
            on_error=self._on_simulation_failed,
            on_progress=self._on_simulation_progress,
        )
        self.progress.setValue(0)
        self._set_mc_status("running")
        return self._operation

    def _on_simulation_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def cancel_monte_carlo(self) -> None:
        """Stop waiting for the run in flight: its result is dropped, the panel is idle at once."""
        self._auto_run_timer.stop()
        if self._operation is not None and self._operation.live:
            self._operation.cancel()
            self._set_mc_status("cancelled")

    def monte_carlo_result(self) -> MonteCarlo | None:
        """The engine result the histogram shows (possibly out of date: see ``monte_carlo_is_stale``)."""
        return self._result

    @property
    def monte_carlo_status(self) -> str:
        return self._mc_status

    def monte_carlo_is_stale(self) -> bool:
        return self._result is not None and not self._result_matches_inputs()

    def samples(self) -> int:
        return int(self.samples_combo.currentData())

    def set_samples(self, samples: int) -> None:
        self.samples_combo.setCurrentIndex(self.samples_combo.findData(samples))

    @property
    def runner(self) -> OperationRunner:
        return self._runner

    # --- slots --------------------------------------------------------------
    def _on_inputs_changed(self) -> None:
        self._tornado_stale = True
        if self.isVisible():
            self._tornado_timer.start()
        if self._operation is not None and self._operation.live:
            self._runner.invalidate(MC_CHANNEL)  # a result for the old inputs never shows
            self._set_mc_status("stale")
        elif self._result is not None and not self._result_matches_inputs():
            self._set_mc_status("stale")
        self._schedule_auto_run()

    def _on_samples_chosen(self, _index: int) -> None:
        self._show_monte_carlo_texts()
        self._schedule_auto_run()

    def _on_language(self, _language: str) -> None:
        self.retranslate()
        if self._tornado is not None:
            self._draw_tornado()  # the bar labels are data texts

    def _on_simulated(self, payload: tuple[Scenario, DataPack, MonteCarlo]) -> None:
        scenario, pack, result = payload
        self._run_seconds = time.perf_counter() - self._run_started
        self._result = result
        self._result_inputs = (scenario, pack)
        self.histogram.set_result(result)
        log.info(
            "Monte Carlo: %s samples in %.2f s (seed %s)",
            f"{result.samples:,}",
            self._run_seconds,
            result.seed,
        )
        self._set_mc_status("done" if self._result_matches_inputs() else "stale")
        self.monte_carlo_shown.emit()

    def _on_simulation_failed(self, error: BaseException) -> None:
        self._mc_error = error
        self._set_mc_status("failed")

    def _auto_run(self) -> None:
        if self.isVisible() and self._needs_auto_run():
            self.run_monte_carlo()

    # --- private: building --------------------------------------------------
    def _build_tornado_group(self) -> None:
        self.tornado_group = QGroupBox(self)
        self.tornado_group.setObjectName("tornadoGroup")
        self.tornado_caption = _plain_label("tornadoCaption", self.tornado_group, wrap=True)
        self.tornado_chart = TornadoChart(
            lambda: self._state.language, self._describe_row, self.tornado_group
        )
        self.tornado_chart.setMinimumSize(300, 220)
        self.tornado_rest = _plain_label("tornadoRest", self.tornado_group, wrap=True)
        self.tornado_rest.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self.tornado_group)
        layout.addWidget(self.tornado_caption)
        layout.addWidget(self.tornado_chart, 1)
        layout.addWidget(self.tornado_rest)

    def _build_monte_carlo_group(self) -> None:
        group = self.monte_carlo_group = QGroupBox(self)
        group.setObjectName("monteCarloGroup")
        self.samples_label = QLabel(group)
        self.samples_combo = QComboBox(group)
        self.samples_combo.setObjectName("monteCarloSamples")
        for samples in SAMPLE_CHOICES:
            self.samples_combo.addItem(f"{samples:,}", samples)
        self.samples_combo.setCurrentIndex(SAMPLE_CHOICES.index(DEFAULT_SAMPLES))
        self.samples_label.setBuddy(self.samples_combo)
        self.seed_label = QLabel(group)
        self.seed_spin = QSpinBox(group)
        self.seed_spin.setObjectName("monteCarloSeed")
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setValue(DEFAULT_SEED)
        self.seed_spin.setGroupSeparatorShown(False)
        self.seed_label.setBuddy(self.seed_spin)
        self.run_button = QPushButton(group)
        self.run_button.setObjectName("monteCarloRun")
        self.run_button.setDefault(False)
        self.cancel_button = QPushButton(group)
        self.cancel_button.setObjectName("monteCarloCancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(group)
        self.progress.setObjectName("monteCarloProgress")
        self.progress.setRange(0, 100)  # percent of the samples simulated
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setVisible(False)

        # The seed may have 19 digits, but the box need not be that wide: a long seed scrolls in it.
        self.seed_spin.setMinimumWidth(64)
        self.seed_spin.setMaximumWidth(120)
        # In a narrow pane (1,024 pixels, Chinese) the controls and the figures wrap, never cut off.
        controls = FlowLayout(spacing=10, line_spacing=4)
        for widgets in ((self.samples_label, self.samples_combo), (self.seed_label, self.seed_spin),
                        (self.run_button, self.cancel_button)):  # fmt: skip
            controls.addWidget(_row(group, *widgets))

        self.histogram = HistogramChart(lambda: self._state.language, self._describe_bin, group)
        self.histogram.setMinimumSize(260, 150)  # room for the figures below it on a 768-pixel screen

        stats = FlowLayout(spacing=14, line_spacing=4)
        self.stat_titles: dict[str, QLabel] = {}
        self.stat_values: dict[str, QLabel] = {}
        for key in ("p10", "p50", "p90", "positive"):
            cell = QWidget(group)
            title = _plain_label(f"monteCarlo{key.title()}Title", cell)
            title.setProperty("role", "caption")
            value = _plain_label(f"monteCarlo{key.title()}Value", cell)
            value.setProperty("role", "figure")
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(title)
            column.addWidget(value)
            stats.addWidget(cell)
            self.stat_titles[key] = title
            self.stat_values[key] = value
        self.run_details = _plain_label("monteCarloDetails", group, wrap=True)
        self.status_label = _plain_label("monteCarloStatus", group, wrap=True)

        layout = QVBoxLayout(group)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.histogram, 1)
        layout.addLayout(stats)
        layout.addWidget(self.run_details)
        layout.addWidget(self.status_label)

    # --- private: tornado ---------------------------------------------------
    def _draw_tornado(self) -> None:
        if self._tornado is None:
            self.tornado_chart.set_rows(0.0, [])
            self._tornado_rest = []
            self._show_tornado_texts()
            return
        shown, rest = visible_bars(self._tornado, MAX_BARS)
        rows = []
        for bar in shown:
            short, full = input_labels(self._state, bar.path, bar.label)
            rows.append(TornadoRow(bar, short, full))
        self._tornado_rest = rest
        self.tornado_chart.set_rows(self._tornado.base_npv, rows)
        self._show_tornado_texts()

    def _show_tornado_texts(self) -> None:
        state = self._state
        evaluation = state.evaluation
        if self._tornado_error is not None:
            self.tornado_caption.setText(
                self.tr("No sensitivity analysis for this case: {reason}").format(
                    reason=error_text(self._tornado_error)
                )
            )
            self.tornado_rest.setText("")
            self.tornado_rest.setToolTip("")
            return
        base = money(self._tornado.base_npv, state.language) if self._tornado else "—"
        self.tornado_caption.setText(
            self.tr(
                "NPV of moving from {origin} to {destination}, each input at its low and its high estimate "
                "with all others at base. Base NPV: {npv}."
            ).format(
                origin=state.site_name(evaluation.origin),
                destination=state.site_name(evaluation.destination),
                npv=base,
            )
        )
        moving = [bar for bar in self._tornado_rest if moves_npv(bar)]
        still = [bar for bar in self._tornado_rest if not moves_npv(bar)]
        lines = []
        if moving:
            largest = max(bar.swing for bar in moving)
            lines.append(
                self.tr("Not shown: {count} more inputs, each moving the NPV by {amount} or less.").format(
                    count=len(moving), amount=money(largest, state.language)
                )
            )
        if still:
            lines.append(self.tr("Inputs that do not move this NPV: {count}.").format(count=len(still)))
        self.tornado_rest.setText("\n".join(lines))
        details = []
        for bar in self._tornado_rest:
            _short, full = input_labels(state, bar.path, bar.label)
            details.append(
                self.tr("{label}: swing {swing}").format(label=full, swing=money(bar.swing, state.language))
            )
        # input labels carry pack text (site names): shown literally, never as markup
        self.tornado_rest.setToolTip(
            plain_tip("\n".join(details[:40] + (["…"] if len(details) > 40 else [])))
        )

    def _describe_row(self, row: TornadoRow, base_npv: float) -> str:
        bar, language = row.bar, self._state.language
        lines = [
            row.full_label,
            self.tr("Low: {value} → NPV {npv}").format(
                value=input_value_text(bar.low, bar.unit), npv=exact_money(bar.npv_at_low, language)
            ),
            self.tr("Base: {value} → NPV {npv}").format(
                value=input_value_text(bar.value, bar.unit), npv=exact_money(base_npv, language)
            ),
            self.tr("High: {value} → NPV {npv}").format(
                value=input_value_text(bar.high, bar.unit), npv=exact_money(bar.npv_at_high, language)
            ),
            self.tr("Swing: {amount}").format(amount=exact_money(bar.swing, language)),
        ]
        return "\n".join(lines)

    # --- private: Monte Carlo -----------------------------------------------
    def _describe_bin(self, left: float, right: float, count: int, samples: int) -> str:
        language = self._state.language
        return "\n".join(
            [
                self.tr("NPV from {low} to {high}").format(
                    low=exact_money(left, language), high=exact_money(right, language)
                ),
                self.tr("{count} of {samples} samples ({share})").format(
                    count=f"{count:,}",
                    samples=f"{samples:,}",
                    share=format_percent(count / samples if samples else 0.0),
                ),
            ]
        )

    def _stat_titles(self) -> dict[str, str]:
        return {
            "p10": self.tr("P10 NPV"),
            "p50": self.tr("P50 NPV (median)"),
            "p90": self.tr("P90 NPV"),
            "positive": self.tr("P(NPV > 0)"),
        }

    def _result_matches_inputs(self) -> bool:
        if self._result_inputs is None:
            return False
        scenario, pack = self._result_inputs
        return scenario is self._state.scenario and pack is self._state.pack

    def _needs_auto_run(self) -> bool:
        if self.samples() != AUTO_RUN_SAMPLES:
            return False
        if self._operation is not None and self._operation.live:
            return False
        return (
            self._result is None
            or not self._result_matches_inputs()
            or self._result.seed != self.seed_spin.value()
        )

    def _schedule_auto_run(self) -> None:
        if self.samples() == AUTO_RUN_SAMPLES and self.isVisible():
            # the delay said each time: start(0) on showing the panel would otherwise stay the
            # timer's interval, and every later slider step would start a simulation at once
            self._auto_run_timer.start(AUTO_RUN_DELAY_MS)

    def _set_mc_status(self, status: str) -> None:
        self._mc_status = status
        running = status == "running"
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self._show_monte_carlo_texts()
        self.monte_carlo_state_changed.emit(status)

    def _show_monte_carlo_texts(self) -> None:
        result, language = self._result, self._state.language
        current = result is not None and self._result_matches_inputs()
        self.histogram.set_stale(result is not None and not current)
        for key, label in self.stat_values.items():
            if not current:
                label.setText("—")
                label.setToolTip("")
                continue
            if key == "positive":
                label.setText(format_percent(result.probability_positive))
                label.setToolTip(f"{result.probability_positive:.6f}")
            else:
                amount = getattr(result, key)
                label.setText(money(amount, language))
                label.setToolTip(exact_money(amount, language))
        if result is not None:
            self.run_details.setText(
                self.tr(
                    "{samples} samples, seed {seed}, {inputs} uncertain inputs drawn from triangular "
                    "(low, value, high) distributions. Mean {mean}."
                ).format(
                    samples=f"{result.samples:,}",
                    seed=result.seed,
                    inputs=len(result.drawn),
                    mean=money(result.mean, language),
                )
            )
        else:
            self.run_details.setText("")
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        status = self._mc_status
        if status == "running":
            return self.tr("Simulating {samples} samples…").format(samples=f"{self.samples():,}")
        if status == "failed":
            return self.tr("The simulation failed: {reason}").format(
                reason=error_text(self._mc_error) if self._mc_error else ""
            )
        if self._result is not None and not self._result_matches_inputs():
            if self.samples() == AUTO_RUN_SAMPLES:
                return self.tr("Inputs changed: updating…")
            return self.tr("Inputs changed: run again.")
        if status == "cancelled":
            return self.tr("Cancelled.")
        if self._result is None:
            return self.tr("Press Run to simulate the NPV.")
        return self.tr("Finished in {seconds} s.").format(seconds=f"{self._run_seconds:.2f}")

    # --- Qt overrides -------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._tornado_stale:
            self.refresh_tornado()
        if self._needs_auto_run():
            self._auto_run_timer.start(0 if self._result is None else AUTO_RUN_DELAY_MS)


def _simulate(
    control: WorkerControl, scenario: Scenario, pack: DataPack, samples: int, seed: int
) -> tuple[Scenario, DataPack, MonteCarlo]:
    """The worker: the engine's Monte Carlo, nothing else."""
    control.check()
    try:
        result = monte_carlo(
            scenario, pack, samples=samples, seed=seed, progress=control.progress, cancelled=control.cancelled
        )
    except MonteCarloCancelled:
        control.check()  # raises the runner's own cancellation
        raise
    return scenario, pack, result


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets side by side that wrap together (a label with its field, two buttons)."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return row


def _plain_label(name: str, parent: QWidget, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label
