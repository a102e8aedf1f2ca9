"""Goal seek (目标求解): the value of one input at which the case's NPV reaches a target.
One module because it is one dialog: the presets, the free question, the answer and its wording are
states of the same form (every figure is already explorer.domain.goal_presets's).

The answer comes from ``explorer.domain.uncertainty.goal_seek``; the dialog only
asks and shows. A solve takes 2 to 10 ms on the shipped data pack (129 grid
points, then bisection), so it runs on the GUI thread, not in a worker.

Presets answer the three questions asked most in front of a client. What each
seeks, over which range, and what it tells the user come from
``explorer.domain.goal_presets`` (the dialog computes no figure of its own):

* **Break-even electricity price at the destination**: the destination's price
  (``sites.<destination>.electricity_price``), or, when a chosen policy sets that
  price, the policy price (``policies.<id>.price``, cost model 7.4), as the note
  under the answer says.
* **Incentive needed** (``extra_incentive_per_year``): the extra incentive a year
  that brings the NPV to the target; negative when the case already clears it
  (the amount it could do without).
* **Largest migration cost** (``one_off.other``): the other one-off costs, on top
  of the one-off items already entered, the case can carry. ``one_off.other`` is
  in plain yuan and reads directly as "you can spend up to X on the move";
  ``one_off.cost_per_tb`` would only move the NPV once a data volume is entered,
  and its answer in yuan per TB hides the total.

A preset fills in the question (input, target 0, the range searched) and shows
the answer; Solve afterwards, with the preset's range untouched, asks the preset
again (with the new target), so the range still widens towards the answer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from superqt import QSearchableComboBox

from explorer.domain.editing import FieldPath
from explorer.domain.errors import InvalidInput
from explorer.domain.goal_presets import (
    INCENTIVE_PATH,
    MIGRATION_PATH,
    GoalPreset,
    PresetKind,
    goal_preset,
    no_answer_reason,
    solve_preset,
)
from explorer.domain.model import InputInfo
from explorer.domain.uncertainty import GoalSeek, apply_goal_seek, goal_seek
from explorer.translation import error_text, user_text
from explorer.ui.calculator.risk_panel import exact_money, input_value_text
from explorer.ui.money import money
from explorer.ui.state import AppState, short_name
from explorer.ui.widgets.units import unit_display

log = logging.getLogger("explorer.ui")

MAX_NPV = 1e13  # yuan; the target NPV box accepts -10 to +10 trillion
PRESET_INCENTIVE = INCENTIVE_PATH
PRESET_MIGRATION = MIGRATION_PATH


class GoalSeekDialog(QDialog):
    """Solve for one input. ``Apply`` sets the answer through ``state.set_value`` and closes."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalSeekDialog")
        self._state = state
        self._inputs: dict[str, InputInfo] = {}
        self._result: GoalSeek | None = None
        self._error: Callable[[], str] | None = None  # why there is no answer, in the language of the moment
        self._inputs_changed = False
        self._preset: GoalPreset | None = None  # the preset whose question is in the boxes
        self._preset_range: tuple[float, float] | None = None  # the range it filled in, as shown

        self.presets_label = QLabel(self)
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = QHBoxLayout()
        presets.setSpacing(6)
        for key, name in (
            ("price", "goalSeekPresetPrice"),
            ("incentive", "goalSeekPresetIncentive"),
            ("migration", "goalSeekPresetMigration"),
        ):
            button = QPushButton(self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, key=key: self.use_preset(key))
            presets.addWidget(button)
            self.preset_buttons[key] = button
        presets.addStretch(1)

        self.input_label = QLabel(self)
        self.input_combo = QSearchableComboBox(self)
        self.input_combo.setObjectName("goalSeekInput")
        self.input_combo.lineEdit().setObjectName("goalSeekInputSearch")
        self.input_combo.setMinimumContentsLength(30)
        self.input_combo.setSizeAdjustPolicy(
            QSearchableComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.input_label.setBuddy(self.input_combo)
        self.current_label = QLabel(self)
        self.current_value = _plain_label("goalSeekCurrentValue", self)

        self.target_label = QLabel(self)
        self.target_spin = QDoubleSpinBox(self)
        self.target_spin.setObjectName("goalSeekTarget")
        self.target_spin.setRange(-MAX_NPV, MAX_NPV)
        self.target_spin.setDecimals(0)
        self.target_spin.setGroupSeparatorShown(True)
        self.target_spin.setSingleStep(1_000_000)
        self.target_spin.setValue(0.0)
        self.target_label.setBuddy(self.target_spin)
        self.target_hint = _plain_label("goalSeekTargetHint", self)

        self.range_check = QCheckBox(self)
        self.range_check.setObjectName("goalSeekCustomRange")
        self.range_low = QDoubleSpinBox(self)
        self.range_low.setObjectName("goalSeekRangeLow")
        self.range_high = QDoubleSpinBox(self)
        self.range_high.setObjectName("goalSeekRangeHigh")
        self.range_to = QLabel(self)
        for spin in (self.range_low, self.range_high):
            spin.setGroupSeparatorShown(True)
            spin.setEnabled(False)
            spin.setMinimumWidth(120)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_check)
        range_row.addWidget(self.range_low, 1)
        range_row.addWidget(self.range_to)
        range_row.addWidget(self.range_high, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.input_label, self.input_combo)
        form.addRow(self.current_label, self.current_value)
        form.addRow(self.target_label, self.target_spin)
        form.addRow("", self.target_hint)
        self.range_label = QLabel(self)
        form.addRow(self.range_label, range_row)

        self.solve_button = QPushButton(self)
        self.solve_button.setObjectName("goalSeekSolve")
        self.solve_button.setDefault(True)
        solve_row = QHBoxLayout()
        solve_row.addStretch(1)
        solve_row.addWidget(self.solve_button)

        self.result_frame = QFrame(self)
        self.result_frame.setObjectName("goalSeekResult")
        self.result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer_title = _plain_label("goalSeekAnswerTitle", self.result_frame, wrap=True)
        self.answer_value = _plain_label("goalSeekAnswerValue", self.result_frame, wrap=True)
        font = self.answer_value.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.answer_value.setFont(font)
        self.answer_details = _plain_label("goalSeekAnswerDetails", self.result_frame, wrap=True)
        self.answer_caveat = _plain_label("goalSeekCaveat", self.result_frame, wrap=True)
        self.answer_caveat.setProperty("role", "warning")
        self.preset_note = _plain_label("goalSeekPresetNote", self.result_frame, wrap=True)
        self.preset_note.setProperty("role", "note")
        result_layout = QVBoxLayout(self.result_frame)
        result_layout.addWidget(self.answer_title)
        result_layout.addWidget(self.answer_value)
        result_layout.addWidget(self.answer_details)
        result_layout.addWidget(self.preset_note)
        result_layout.addWidget(self.answer_caveat)
        result_layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("goalSeekApply")
        self.apply_button.setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("goalSeekClose")
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.presets_label)
        layout.addLayout(presets)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addLayout(solve_row)
        layout.addWidget(self.result_frame, 1)
        layout.addWidget(self.buttons)

        self.solve_button.clicked.connect(self.solve)
        self.input_combo.currentIndexChanged.connect(self._on_input_chosen)
        self.range_check.toggled.connect(self._on_range_toggled)
        self.target_spin.valueChanged.connect(self._on_question_changed)
        self.range_low.valueChanged.connect(self._on_question_changed)
        self.range_high.valueChanged.connect(self._on_question_changed)
        state.evaluation_changed.connect(self._on_evaluation_changed)
        state.language_changed.connect(self._on_language)

        self._fill_inputs()
        self.retranslate()
        self.resize(640, 500)

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Goal seek"))
        self.setAccessibleName(self.tr("Goal seek"))
        self.presets_label.setText(self.tr("Common questions:"))
        destination = short_name(self._state.site_name(self._state.evaluation.destination))
        texts = {
            "price": (
                self.tr("Break-even electricity price in {site}").format(site=destination),
                self.tr("The electricity price at the destination at which the NPV reaches the target."),
            ),
            "incentive": (
                self.tr("Incentive needed"),
                self.tr(
                    "The additional incentive a year at which the NPV reaches the target. "
                    "Negative: the case clears the target without it, by that much a year."
                ),
            ),
            "migration": (
                self.tr("Largest migration cost"),
                self.tr(
                    "The largest other one-off cost, on top of the one-off costs already entered, "
                    "at which the NPV still reaches the target."
                ),
            ),
        }
        for key, (text, tip) in texts.items():
            self.preset_buttons[key].setText(text)
            self.preset_buttons[key].setToolTip(tip)
            self.preset_buttons[key].setAccessibleName(text)
        self.input_label.setText(self.tr("Solve for"))
        self.input_combo.setAccessibleName(self.tr("Input to solve for"))
        self.input_combo.lineEdit().setAccessibleName(self.tr("Search the inputs"))
        self.input_combo.lineEdit().setPlaceholderText(self.tr("Type to search the inputs"))
        self.current_label.setText(self.tr("Current value"))
        self.target_label.setText(self.tr("Target NPV"))
        self.target_spin.setAccessibleName(self.tr("Target NPV in yuan"))
        self.target_spin.setSuffix(self.tr(" yuan"))
        self.range_label.setText(self.tr("Search range"))
        self.range_check.setText(self.tr("Limit to"))
        self.range_check.setAccessibleName(self.tr("Limit the search range"))
        self.range_check.setToolTip(
            self.tr("Without a limit the whole allowed range of the input is searched.")
        )
        self.range_low.setAccessibleName(self.tr("Lowest value to search"))
        self.range_high.setAccessibleName(self.tr("Highest value to search"))
        self.range_to.setText(self.tr("to"))
        self.solve_button.setText(self.tr("Solve"))
        self.solve_button.setAccessibleName(self.tr("Solve for the target NPV"))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the answer to the scenario"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close goal seek"))
        self._show_current()
        self._show_result()

    def set_input(self, path: str) -> None:
        """Choose the input to solve for by its path."""
        index = self.input_combo.findData(path)
        if index < 0:
            raise KeyError(path)
        self.input_combo.setCurrentIndex(index)

    def current_path(self) -> str | None:
        data = self.input_combo.currentData()
        return data if isinstance(data, str) else None

    def use_preset(self, key: str) -> GoalSeek | None:
        """Fill in one of the common questions (target 0) and solve it."""
        return self._solve_preset(PresetKind(key), 0.0)

    def preset(self) -> GoalPreset | None:
        """The preset whose question is in the boxes (None after another input is chosen)."""
        return self._preset

    def solve(self) -> GoalSeek | None:
        """Ask the engine; show the answer or why there is none."""
        path = self.current_path()
        if path is None:
            return None
        preset = self._preset if self._preset is not None and self._preset.path == path else None
        if preset is not None and self.range_check.isChecked() and self._range_shown() == self._preset_range:
            return self._solve_preset(preset.kind, self.target_spin.value())
        low = high = None
        if self.range_check.isChecked():
            scale = unit_display(self._inputs[path].unit).scale
            low, high = self.range_low.value() / scale, self.range_high.value() / scale
        started = time.perf_counter()
        try:
            if preset is None:
                preset = self._price_preset_for(path)
            result = goal_seek(
                self._state.scenario,
                self._state.pack,
                path,
                target_npv=self.target_spin.value(),
                low=low,
                high=high,
                raise_with=preset.raise_with if preset is not None else (),
            )
        except InvalidInput as error:
            self._result, self._error = None, lambda error=error: error_text(error)
        else:
            self._result, self._error = result, None
        self._preset = preset
        log.debug("Goal seek for %s in %.1f ms", path, (time.perf_counter() - started) * 1000)
        self._inputs_changed = False
        self._show_result()
        return self._result

    def answer(self) -> GoalSeek | None:
        """The last engine answer shown (None before Solve, or after the question changed)."""
        return self._result

    def apply(self) -> bool:
        """Set the answer in the scenario (through AppState) and close.

        A policy price sought above the market price raises the market price with it
        (``GoalSeek.changes``): both are set, in one change of the scenario.
        """
        result = self._result
        if result is None or not result.solved or result.value is None or self._inputs_changed:
            return False
        try:
            scenario = apply_goal_seek(self._state.scenario, result)
        except InvalidInput:
            scenario = None
        if scenario is None or not self._state.set_scenario(scenario):
            self._error = lambda: self.tr("The scenario did not accept this value.")
            self._result = None
            self._show_result()
            return False
        self.accept()
        return True

    # --- presets ------------------------------------------------------------
    def _solve_preset(self, kind: PresetKind, target: float) -> GoalSeek | None:
        state = self._state
        started = time.perf_counter()
        try:
            answer = solve_preset(state.scenario, state.pack, kind, target_npv=target)
        except InvalidInput as error:
            self._preset, self._result, self._error = None, None, lambda error=error: error_text(error)
            self._show_result()
            return None
        log.debug("Goal seek preset %s in %.1f ms", kind.value, (time.perf_counter() - started) * 1000)
        result = answer.result
        if result.path not in self._inputs:
            self._preset, self._result = None, None
            self._error = lambda: self.tr("This case has no such input.")
            self._show_result()
            return None
        self._show_question(result.path, target, result.low, result.high)
        self._preset, self._result, self._error = answer.preset, result, None
        self._inputs_changed = False
        self._show_result()
        return result

    def _show_question(self, path: str, target: float, low: float, high: float) -> None:
        """Put a preset's question in the boxes without clearing its answer."""
        widgets = (self.input_combo, self.target_spin, self.range_check, self.range_low, self.range_high)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            index = self.input_combo.findData(path)
            if index != self.input_combo.currentIndex():
                self.input_combo.setCurrentIndex(index)
                self._reset_range()
                self._show_current()
            self.target_spin.setValue(target)
            self.range_check.setChecked(True)
            scale = unit_display(self._inputs[path].unit).scale
            self.range_low.setValue(low * scale)
            self.range_high.setValue(high * scale)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.range_low.setEnabled(True)
        self.range_high.setEnabled(True)
        self._preset_range = self._range_shown()

    def _range_shown(self) -> tuple[float, float]:
        return self.range_low.value(), self.range_high.value()

    def _price_preset_for(self, path: str) -> GoalPreset | None:
        """The price preset, if ``path`` is the policy price it seeks (so a manual solve raises the market too)."""
        where = FieldPath.read(path)
        if where is None or where.policy_id is None or where.name != "price":
            return None
        preset = goal_preset(self._state.scenario, self._state.pack, PresetKind.PRICE)
        return preset if preset.path == path else None

    # --- slots --------------------------------------------------------------
    def _on_input_chosen(self, _index: int) -> None:
        if self._preset is not None and self._preset.path != self.current_path():
            self._preset = None
        self._reset_range()
        self._show_current()
        self._on_question_changed()

    def _on_range_toggled(self, checked: bool) -> None:
        self.range_low.setEnabled(checked)
        self.range_high.setEnabled(checked)
        if not checked:
            self._reset_range()
        self._on_question_changed()

    def _on_question_changed(self, *_args) -> None:
        if self._result is not None or self._error:
            self._result, self._error = None, None
            self._show_result()

    def _on_evaluation_changed(self) -> None:
        path = self.current_path()
        self._fill_inputs(keep=path)
        self._show_current()
        if self._result is not None:
            self._inputs_changed = True
            self._show_result()

    def _on_language(self, _language: str) -> None:
        self._fill_inputs(keep=self.current_path())
        self.retranslate()

    # --- private ------------------------------------------------------------
    def _fill_inputs(self, keep: str | None = None) -> None:
        """The inputs that move the NPV, grouped, labelled in the data language."""
        state = self._state
        inputs = [item for item in state.evaluation.inputs if item.affects_npv]
        self._inputs = {item.path: item for item in inputs}
        groups: dict[str, list[InputInfo]] = {}
        for item in inputs:
            groups.setdefault(self._group_of(item.path), []).append(item)
        combo = self.input_combo
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        for group, items in groups.items():
            combo.addItem(group, None)
            header = model.item(combo.count() - 1) if isinstance(model, QStandardItemModel) else None
            if header is not None:
                header.setEnabled(False)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
            for item in items:
                combo.addItem(
                    ("    " if header is not None else "")
                    + state.words(item.label),
                    item.path,
                )
        wanted = keep if keep in self._inputs else f"sites.{state.evaluation.destination}.electricity_price"
        index = combo.findData(wanted)
        if index < 0:
            index = next((i for i in range(combo.count()) if isinstance(combo.itemData(i), str)), -1)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        if keep != self.current_path():
            self._reset_range()

    def _group_of(self, path: str) -> str:
        where = FieldPath.read(path)
        if where is not None and where.site_id is not None:
            try:
                name = self._state.site_name(where.site_id)
            except KeyError:
                name = where.site_id
            return self.tr("Site: {site}").format(site=name)
        names = {
            "finance": self.tr("Finance"),
            "firm": self.tr("Firm"),
            "workload": self.tr("Workload"),
            "one_off": self.tr("One-off relocation costs"),
            "policies": self.tr("Incentives"),
            PRESET_INCENTIVE: self.tr("Incentives"),
        }
        return names.get(where.section if where is not None else path, self.tr("Other"))

    def _reset_range(self) -> None:
        path = self.current_path()
        if path is None:
            return
        item = self._inputs[path]
        display = unit_display(item.unit)
        for spin in (self.range_low, self.range_high):
            spin.blockSignals(True)
            spin.setDecimals(display.decimals)
            spin.setRange(item.minimum * display.scale, item.maximum * display.scale)
            spin.setSuffix(display.suffix)
            spin.blockSignals(False)
        self.range_low.blockSignals(True)
        self.range_high.blockSignals(True)
        self.range_low.setValue(item.minimum * display.scale)
        self.range_high.setValue(item.maximum * display.scale)
        self.range_low.blockSignals(False)
        self.range_high.blockSignals(False)

    def _value_text(self, value: float, unit: str, answer: bool = False) -> str:
        """Money inputs read as money, with the exact yuan beside; others in their unit."""
        if unit == "yuan":
            return exact_money(value, self._state.language)
        if unit == "yuan/yr":
            return self.tr("{amount} a year").format(amount=exact_money(value, self._state.language))
        if answer:
            return input_value_text(value, unit, extra_decimals=2, max_extra=0)
        return input_value_text(value, unit)

    def _show_current(self) -> None:
        path = self.current_path()
        language = self._state.language
        if path is None:
            self.current_value.setText("—")
        else:
            item = self._inputs[path]
            self.current_value.setText(self._value_text(item.value, item.unit))
        self.target_hint.setText(
            self.tr("The NPV now: {npv}").format(npv=money(self._state.evaluation.primary.npv, language))
        )

    def _show_result(self) -> None:
        self._fill_result()
        self.answer_value.setVisible(bool(self.answer_value.text()))
        self.preset_note.setVisible(bool(self.preset_note.text()))
        self.answer_caveat.setVisible(bool(self.answer_caveat.text()))

    def _fill_result(self) -> None:
        result, language = self._result, self._state.language
        self.apply_button.setEnabled(bool(result and result.solved and not self._inputs_changed))
        self.answer_caveat.setText("")
        preset = (
            self._preset if self._preset is not None and self._preset.path == self.current_path() else None
        )
        self.preset_note.setText(
            user_text(
                preset.note(
                    language,
                    money=lambda amount: money(amount, language),
                    value_text=self._value_text,
                    site_name=short_name(self._state.site_name(preset.site_id)),
                )
            )
            if preset is not None
            else ""
        )
        if self._error:
            self.answer_title.setText(self.tr("Cannot solve"))
            self.answer_value.setText("")
            self.answer_details.setText(self._error())
            return
        if result is None:
            self.answer_title.setText(self.tr("Choose an input and a target, then press Solve."))
            self.answer_value.setText("")
            self.answer_details.setText("")
            return
        unit = self._inputs[result.path].unit if result.path in self._inputs else ""
        label = self._label(result.path)
        if result.solved and result.value is not None:
            self.answer_title.setText(
                self.tr("{input} for an NPV of {target}:").format(
                    input=label, target=money(result.target_npv, language)
                )
            )
            self.answer_value.setText(self._value_text(result.value, unit, answer=True))
            lines = [
                self.tr("Current value: {value}").format(value=self._value_text(result.current_value, unit)),
                self.tr("NPV at the answer: {npv}").format(
                    npv=exact_money(result.npv_at_value or 0.0, language)
                ),
                self.tr("Searched from {low} to {high}.").format(
                    low=self._value_text(result.low, unit), high=self._value_text(result.high, unit)
                ),
            ]
            if result.path == PRESET_INCENTIVE and result.value < 0:
                lines.append(
                    self.tr(
                        "Negative: the case reaches the target without any additional incentive, "
                        "and would still reach it with {amount} a year less."
                    ).format(amount=money(-result.value, language))
                )
            self.answer_details.setText("\n".join(lines))
            if result.step:
                self.answer_caveat.setText(
                    self.tr(
                        "Caution: the NPV jumps at this value (a step, such as one more rack or a policy "
                        "threshold), so it cannot equal the target exactly. On one side of this value the NPV "
                        "is above the target, on the other below."
                    )
                )
        elif preset is not None:
            self.answer_title.setText(self.tr("No solution in range"))
            self.answer_value.setText("")
            reason = no_answer_reason(
                result,
                preset.kind,
                language,
                money=lambda amount: money(amount, language),
                value_text=self._value_text,
            )
            ends = self.tr("NPV at {low}: {npv_low}\nNPV at {high}: {npv_high}").format(
                low=self._value_text(result.low, unit),
                high=self._value_text(result.high, unit),
                npv_low=exact_money(result.npv_at_low, language),
                npv_high=exact_money(result.npv_at_high, language),
            )
            self.answer_details.setText(f"{user_text(reason)}\n{ends}")
        else:
            self.answer_title.setText(self.tr("No solution in range"))
            self.answer_value.setText("")
            self.answer_details.setText(
                self.tr(
                    "The NPV does not reach {target} anywhere from {low} to {high}.\n"
                    "NPV at {low}: {npv_low}\nNPV at {high}: {npv_high}"
                ).format(
                    target=money(result.target_npv, language),
                    low=self._value_text(result.low, unit),
                    high=self._value_text(result.high, unit),
                    npv_low=exact_money(result.npv_at_low, language),
                    npv_high=exact_money(result.npv_at_high, language),
                )
            )
        if self._inputs_changed:
            self.answer_caveat.setText(self.tr("Inputs changed since this answer: solve again."))

    def _label(self, path: str) -> str:
        item = self._inputs.get(path)
        if item is None:
            return path
        return self._state.words(item.label)


def _plain_label(name: str, parent: QWidget, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label
