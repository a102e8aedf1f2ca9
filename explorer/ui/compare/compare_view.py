"""The Compare tab: two to four named scenarios side by side, measured against the base.

Left: which scenarios (the base always in). Right: the outputs with their deltas
against the base, the inputs that differ, and the cumulative cash flows on one
chart. Everything shown is read from the Evaluations in AppState through
``comparison.compare``; this widget only formats and colours it.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import Evaluation
from explorer.domain.formatting import (
    NOT_A_NUMBER,
    format_months,
    format_number,
    format_percent,
)
from explorer.domain.messages import local
from explorer.ui.compare.comparison import (
    MAX_SCENARIOS,
    ChoiceRow,
    Comparison,
    Direction,
    InputRow,
    Kind,
    MetricCell,
    MetricRow,
    compare,
    policy_changes,
)
from explorer.ui.compare.cumulative_chart import CumulativeChart, Line
from explorer.ui.compare.package_comparison import PackageComparison
from explorer.ui.compare.table_model import RIGHT, Cell, CellTable
from explorer.ui.money import money
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tip

log = logging.getLogger("explorer.ui")

BASE_MARK = "★"
# One colour per column, the same in the table headers, the list and the chart.
SCENARIO_COLOURS = (QColor("#4a5260"), QColor("#1b8a6b"), QColor("#2f6fb0"), QColor("#c2497a"))
BETTER_COLOUR = QColor("#1e7b3a")
WORSE_COLOUR = QColor("#c0392b")
SAME_COLOUR = QColor("#6b7380")
DIFFERS_BACKGROUND = QColor("#fff0c2")
# Column widths, pixels: a value column is never narrower than its floor, nor wider than its cap.
_INPUT_COLUMN = (84, 150)
_UNIT_COLUMN = (60, 140)
_LABEL_COLUMN = (170, 360)
_OUTPUT_COLUMN_MIN, _OUTPUT_COLUMN_MAX = 150, 320

DELTA_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 2
SCENARIO_ID_ROLE = Qt.ItemDataRole.UserRole + 3
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 4
SPLIT_ROLE = Qt.ItemDataRole.UserRole + 5  # draw the value left of a delta column, even without a delta


class CompareView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._state = state
        self._extra: list[str] = []  # chosen scenarios besides the base, in list order
        self._known_ids: set[str] = {item.id for item in state.named_scenarios()}
        self._last_base = state.base_id
        self._comparison: Comparison | None = None
        self._outputs_height = 0
        self._unfit: list[str] = []  # chosen, but the engine refuses them with this data pack
        self._dirty = True

        # --- which scenarios
        self.pick_title = QLabel(self)
        self.pick_title.setObjectName("compareSectionTitle")
        self.picker = QListWidget(self)
        self.picker.setObjectName("compareScenarioList")
        self.picker.setIconSize(QSize(12, 12))
        self.pick_title.setBuddy(self.picker)
        self.pick_hint = QLabel(self)
        self.pick_hint.setObjectName("compareHint")
        self.pick_hint.setWordWrap(True)
        self.pick_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.picker.setFlow(QListWidget.Flow.LeftToRight)
        self.picker.setWrapping(False)
        self.picker.setSpacing(2)
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.pick_hint.setWordWrap(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.pick_title)
        top.addWidget(self.picker, 1)
        top.addWidget(self.pick_hint)

        # --- outputs
        self.outputs_title = QLabel(self)
        self.outputs_title.setObjectName("compareSectionTitle")
        self.outputs = _table(self, "compareOutputsTable")
        self.outputs.setItemDelegate(DeltaDelegate(self.outputs))
        self.outputs.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.outputs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.outputs.horizontalHeader().setStretchLastSection(False)
        self.outputs.installEventFilter(self)
        self.outputs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # --- inputs that differ
        self.inputs_title = QLabel(self)
        self.inputs_title.setObjectName("compareSectionTitle")
        self.inputs = _table(self, "compareInputsTable")
        self.inputs.verticalHeader().hide()
        self.inputs.setWordWrap(False)
        self.inputs.setTextElideMode(Qt.TextElideMode.ElideRight)
        # a long input name keeps both its site and the input: "Gui'an New Ar…Electricity price"
        self.inputs.setItemDelegateForColumn(0, ElideDelegate(Qt.TextElideMode.ElideMiddle, self.inputs))
        self.inputs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.inputs.horizontalHeader().setStretchLastSection(False)
        self.inputs.viewport().installEventFilter(self)
        self.inputs_empty = QLabel(self)
        self.inputs_empty.setObjectName("compareHint")
        self.inputs_empty.setWordWrap(True)
        self.inputs_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.inputs_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        # --- chart
        self.chart_title = QLabel(self)
        self.chart_title.setObjectName("compareSectionTitle")
        self.chart = CumulativeChart(lambda: self._state.language, self)

        inputs_panel = _panel(self, "compareInputsPanel", self.inputs_title, self.inputs, self.inputs_empty)
        chart_panel = _panel(self, "compareChartPanel", self.chart_title, self.chart)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(inputs_panel)
        self.splitter.addWidget(chart_panel)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setSizes([1100, 900])  # scaled to the splitter's width

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self.outputs_title)
        layout.addWidget(self.outputs)
        layout.addSpacing(6)
        layout.addWidget(self.splitter, 1)
        self.packages = PackageComparison(state, self)  # issue 17: each scenario's proposed package
        layout.addWidget(self.packages)
        for title in (self.pick_title, self.outputs_title, self.inputs_title, self.chart_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        for table in (self.outputs, self.inputs):
            copy = QShortcut(QKeySequence.StandardKey.Copy, table)
            copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            copy.activated.connect(lambda t=table: self.copy_table(t))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        self.picker.itemChanged.connect(self._on_item_changed)
        state.scenarios_changed.connect(self._on_scenarios_changed)
        state.evaluation_changed.connect(self._schedule)
        state.pack_changed.connect(self._schedule)
        state.language_changed.connect(lambda _language: self.retranslate())
        self._choose_defaults()
        self.retranslate()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        self.pick_title.setText(self.tr("Scenarios to compare"))
        self.picker.setAccessibleName(self.tr("Scenarios to compare"))
        self.picker.setToolTip(self.tr("Tick up to four; the base is always compared"))
        self.outputs_title.setText(self.tr("Results against the base"))
        self.outputs.setAccessibleName(self.tr("Results of the compared scenarios"))
        self.outputs.horizontalHeader().setAccessibleName(self.tr("Scenarios"))
        self.outputs.verticalHeader().setAccessibleName(self.tr("Results"))
        self.inputs_title.setText(self.tr("Inputs that differ"))
        self.inputs.setAccessibleName(self.tr("Inputs that differ between the compared scenarios"))
        self.inputs.horizontalHeader().setAccessibleName(self.tr("Scenarios"))
        self.inputs.verticalHeader().setAccessibleName(self.tr("Inputs"))
        self.chart_title.setText(self.tr("Cumulative cash flow"))
        self.setAccessibleName(self.tr("Compare scenarios"))
        self.chart.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Rebuild every part from AppState now."""
        self._timer.stop()
        self._dirty = False
        self._fill_picker()
        evaluations: dict[str, Evaluation] = {}
        self._unfit = []
        for scenario_id in self.chosen_ids():
            try:
                evaluations[scenario_id] = self._state.evaluation_for(scenario_id)
            except InvalidInput as error:  # a kept scenario that the current data pack refuses
                log.warning("Scenario %s is not compared: %s", scenario_id, error)
                self._unfit.append(scenario_id)
        ids = list(evaluations) if self._state.base_id in evaluations else []
        if ids:
            self._comparison = compare([(i, evaluations[i]) for i in ids], self._state.base_id)
        else:
            self._comparison = Comparison((), (), (), ())
        self._fill_outputs(self._comparison, evaluations)
        self._fill_inputs(self._comparison, evaluations)
        self.chart.set_lines(
            Line(
                scenario_id=i,
                name=self._name(i),
                colour=SCENARIO_COLOURS[n % len(SCENARIO_COLOURS)],
                years=evaluations[i].years,
                cumulative=evaluations[i].primary.cumulative,
                is_base=n == 0,
            )
            for n, i in enumerate(ids)
        )
        self._fill_hint()

    def chosen_ids(self) -> list[str]:
        """The compared scenarios, the base first, then the others in list order."""
        return [self._state.base_id, *self._extra]

    def set_chosen(self, scenario_ids: list[str]) -> None:
        """Compare these scenarios (the base is added if missing; at most four in all)."""
        base = self._state.base_id
        known = [item.id for item in self._state.named_scenarios()]
        wanted = [i for i in known if i in scenario_ids and i != base]
        self._extra = wanted[: MAX_SCENARIOS - 1]
        self.refresh()

    def comparison(self) -> Comparison:
        """The table behind the view, as last drawn."""
        if self._comparison is None or self._dirty:
            self.refresh()
        assert self._comparison is not None
        return self._comparison

    def copy_table(self, table: CellTable) -> None:
        """Copy the table as tab-separated text, exact values where a cell has them."""
        rows = []
        headers = [""] if table.verticalHeader().isVisible() else []
        headers += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        rows.append("\t".join(headers))
        for r in range(table.rowCount()):
            cells = [table.verticalHeaderItem(r).text()] if table.verticalHeader().isVisible() else []
            for c in range(table.columnCount()):
                item = table.item(r, c)
                text = item.text() if item else ""
                delta = item.data(DELTA_TEXT_ROLE) if item else None
                cells.append(f"{text} ({delta})" if delta else text)
            rows.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(rows))

    # --- slots --------------------------------------------------------------
    def _schedule(self) -> None:
        """Coalesce bursts of signals into one redraw; a hidden view redraws when shown."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def _on_scenarios_changed(self) -> None:
        state = self._state
        ids = [item.id for item in state.named_scenarios()]
        base = state.base_id
        self._extra = [i for i in self._extra if i in ids and i != base]
        if base != self._last_base and self._last_base in ids and self._last_base not in self._extra:
            self._extra.insert(0, self._last_base)  # the former base stays in view
        for new_id in ids:  # a scenario just made is shown, while there is room
            if new_id not in self._known_ids and new_id != base and new_id not in self._extra:
                self._extra.append(new_id)
        self._extra = [i for i in ids if i in self._extra][: MAX_SCENARIOS - 1]
        self._known_ids = set(ids)
        self._last_base = base
        self._schedule()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        scenario_id = item.data(SCENARIO_ID_ROLE)
        if scenario_id == self._state.base_id:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and scenario_id not in self._extra and len(self._extra) < MAX_SCENARIOS - 1:
            self._extra.append(scenario_id)
        elif not checked and scenario_id in self._extra:
            self._extra.remove(scenario_id)
        order = [i.id for i in self._state.named_scenarios()]
        self._extra = [i for i in order if i in self._extra]
        self.refresh()

    # --- private: filling ---------------------------------------------------
    def _choose_defaults(self) -> None:
        state = self._state
        others = [item.id for item in state.named_scenarios() if item.id != state.base_id]
        if state.current_id in others:
            self._extra = [state.current_id]
        else:
            self._extra = others[:1]

    def _fill_picker(self) -> None:
        state = self._state
        ids = self.chosen_ids()
        full = len(ids) >= MAX_SCENARIOS
        self.picker.blockSignals(True)
        self.picker.clear()
        for item in state.named_scenarios():
            is_base = item.id == state.base_id
            row = QListWidgetItem(f"{BASE_MARK} {item.name}" if is_base else item.name)
            row.setData(SCENARIO_ID_ROLE, item.id)
            chosen = item.id in ids
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if not is_base and (chosen or not full):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            row.setFlags(flags)
            row.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            if chosen:
                row.setIcon(_swatch(SCENARIO_COLOURS[ids.index(item.id) % len(SCENARIO_COLOURS)]))
            else:
                row.setIcon(_swatch(None))
            if is_base:
                tip = self.tr("The base scenario: always compared; the others are measured against it")
            elif not chosen and full:
                tip = self.tr("Four scenarios are compared already; untick one to pick this one")
            else:
                tip = self.tr("Tick to compare this scenario with the base")
            row.setToolTip(tip)
            if is_base:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self.picker.addItem(row)
        self.picker.blockSignals(False)
        row = self.picker.sizeHintForRow(0) if self.picker.count() else self.fontMetrics().height() + 6
        self.picker.setFixedHeight(row + 2 * self.picker.frameWidth() + 6)

    def _fill_hint(self) -> None:
        count = len(self._state.named_scenarios())
        if self._unfit:
            names = ", ".join(self._name(i) for i in self._unfit)
            text = self.tr("Not compared, as the data pack refuses them: {names}").format(names=names)
        elif count < 2:
            text = self.tr(
                "There is only one scenario. Use New or Duplicate in the Calculator to make another."
            )
        elif len(self.chosen_ids()) < 2:
            text = self.tr("Tick at least one more scenario to compare it with the base.")
        else:
            text = self.tr("Up to four scenarios. Set the base in the Calculator.")
        self.pick_hint.setText(text)

    def _fill_outputs(self, comparison: Comparison, evaluations: dict[str, Evaluation]) -> None:
        table = self.outputs
        ids = comparison.ids
        names = [self._name(i) for i in ids]
        ordered = [evaluations[i] for i in ids]
        row_headers: list[Cell] = []
        rows: list[list[Cell]] = []
        for row in comparison.metrics:
            row_headers.append(Cell(self._metric_label(row.key), self._metric_help(row.key)))
            cells = []
            for c, cell in enumerate(row.cells):
                tip = self._exact_tip(row, c, ordered, names)
                roles = {
                    DELTA_TEXT_ROLE: "" if c == 0 else self._delta_text(row, cell),
                    SPLIT_ROLE: True,
                    DIRECTION_ROLE: cell.direction.value,
                    SCENARIO_ID_ROLE: ids[c],
                    int(Qt.ItemDataRole.AccessibleTextRole): tip.replace("\n", "; "),
                }
                text = self._value_text(row, cell, evaluations[ids[c]])
                cells.append(Cell(text, plain_tip(tip), roles, alignment=RIGHT))
            rows.append(cells)
        table.cells.set_cells(self._scenario_headers(ids), rows, row_headers)
        frame = table.frameWidth() * 2
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        self._outputs_height = height + 2
        self._fit_output_columns()

    def _fill_inputs(self, comparison: Comparison, evaluations: dict[str, Evaluation]) -> None:
        table = self.inputs
        ids = comparison.ids
        rows: list[list[Cell]] = []
        for choice in comparison.choices:
            texts = [self._choice_text(choice, i, evaluations) for i in range(len(ids))]
            tips = [self._choice_tip(choice, i, evaluations) for i in range(len(ids))]
            rows.append(self._input_row(self._choice_label(choice.key), "", "", texts, tips, choice.differs))
        language = self._state.language
        for item in comparison.inputs:
            label = local(item.label_en, item.label_zh, language)
            texts = [_input_text(v, item.unit) for v in item.values]
            tips = [self._input_tip(item, i) for i in range(len(ids))]
            label_tip = plain_tip(f"{label}\n{item.path}")
            rows.append(
                self._input_row(label, label_tip, self._unit_text(item.unit), texts, tips, item.differs)
            )
        columns = [Cell(self.tr("Input")), Cell(self.tr("Unit")), *self._scenario_headers(ids)]
        table.cells.set_cells(columns, rows)
        self._fit_input_columns()
        self._fit_input_columns()
        has_rows = bool(rows)
        table.setVisible(has_rows)
        self.inputs_empty.setVisible(not has_rows)
        if len(ids) < 2:
            self.inputs_empty.setText(self.tr("Pick another scenario to see how its inputs differ."))
        else:
            self.inputs_empty.setText(self.tr("The compared scenarios have the same inputs."))

    def _input_row(self, label, label_tip, unit, texts, tips, differs) -> list[Cell]:
        cells = [Cell(label, label_tip), Cell(unit)]
        for text, tip, differ in zip(texts, tips, differs, strict=True):
            roles: dict[int, object] = {DIFFERS_ROLE: differ}
            if differ:
                described = self.tr("{value}, differs from the base").format(value=text)
                roles[int(Qt.ItemDataRole.AccessibleTextRole)] = described
            fill = DIFFERS_BACKGROUND if differ else None
            cells.append(Cell(text, plain_tip(tip), roles, alignment=RIGHT, fill=fill, bold=differ))
        return cells

    def _scenario_headers(self, ids: tuple[str, ...]) -> list[Cell]:
        headers = []
        for n, scenario_id in enumerate(ids):
            name = self._name(scenario_id)
            tip = self.tr("{name}: the base scenario").format(name=name) if n == 0 else name
            icon = _swatch(SCENARIO_COLOURS[n % len(SCENARIO_COLOURS)])
            headers.append(Cell(f"{BASE_MARK} {name}" if n == 0 else name, plain_tip(tip), icon=icon))
        return headers

    # --- private: texts -----------------------------------------------------
    def _name(self, scenario_id: str) -> str:
        return self._state.named(scenario_id).name

    def _metric_label(self, key: str) -> str:
        labels = {
            "npv": self.tr("Net present value"),
            "irr": self.tr("Internal rate of return"),
            "payback": self.tr("Payback period"),
            "annual_saving": self.tr("Annual saving, year 1"),
            "incentives": self.tr("Incentives over the horizon"),
            "one_off": self.tr("One-off costs"),
            "co2_avoided": self.tr("CO₂ avoided a year"),
            "unit_cost": self.tr("Cost per accelerator-hour, destination"),
        }
        return labels.get(key, key)

    def _metric_help(self, key: str) -> str:
        texts = {
            "npv": self.tr("Cash flows of the move discounted at the scenario's rate; higher is better"),
            "irr": self.tr("The discount rate at which the NPV is zero; higher is better"),
            "payback": self.tr("When the cumulative cash flow recovers to zero; sooner is better"),
            "annual_saving": self.tr(
                "Year-1 operating cost at the origin less at the destination, before incentives"
            ),
            "incentives": self.tr(
                "Incentives at the destination less at the origin, summed over the horizon, undiscounted"
            ),
            "one_off": self.tr("Relocation costs in year 0 plus parallel running in year 1; lower is better"),
            "co2_avoided": self.tr("Tonnes of CO₂ a year at the origin less at the destination"),
            "unit_cost": self.tr(
                "Year-1 operating cost at the destination per accelerator-hour used, before incentives"
            ),
        }
        return texts.get(key, "")

    def _value_text(self, row: MetricRow, cell: MetricCell, evaluation: Evaluation) -> str:
        language = self._state.language
        if cell.value is None:
            return self._status_text(cell.status, evaluation)
        if row.key == "payback" and cell.status == "immediate":
            return self.tr("Immediate")
        return _format(row.kind, cell.value, language)

    def _status_text(self, status: str, evaluation: Evaluation) -> str:
        texts = {
            "no_outlay": self.tr("None: no outlay"),
            "no_gain": self.tr("None: never positive"),
            "no_root": self.tr("None"),
            "multiple": self.tr("Several rates"),
            "not_within": self.tr("Not within %n year(s)", "", evaluation.horizon),
            "no_accelerators": self.tr("No accelerators"),
        }
        return texts.get(status, NOT_A_NUMBER)

    def _delta_text(self, row: MetricRow, cell: MetricCell) -> str:
        if cell.delta is None:
            return {
                Direction.BETTER: self.tr("better"),
                Direction.WORSE: self.tr("worse"),
                Direction.SAME: self.tr("same"),
            }.get(cell.direction, "")
        if cell.direction is Direction.SAME:
            return "±0"
        language = self._state.language
        delta = cell.delta
        if row.kind is Kind.PERCENT:
            text = self.tr("{value} pp").format(value=f"{delta * 100:+.1f}")
        elif row.kind is Kind.MONTHS:
            text = _signed(format_months(delta, language), delta)
        else:
            text = _signed(_format(row.kind, delta, language), delta)
        if not any(ch in "123456789" for ch in text):
            return "≈0"  # a real difference too small to show at this precision: the tooltip has it
        return text

    def _exact_tip(self, row: MetricRow, column: int, evaluations: list[Evaluation], names: list[str]) -> str:
        """Every number of a cell in full: the value, the base's, the difference and the verdict."""
        cell, base = row.cells[column], row.cells[0]
        evaluation = evaluations[column]
        lines = [self._metric_label(row.key)]
        value = self._exact(row.kind, cell.value, cell.status, evaluation)
        lines.append(self.tr("{name}: {value}").format(name=names[column], value=value))
        if column > 0:
            base_text = self._exact(row.kind, base.value, base.status, evaluations[0])
            lines.append(self.tr("Base ({name}): {value}").format(name=names[0], value=base_text))
            if cell.delta is not None:
                delta_text = self._exact_delta(row.kind, cell.delta)
                lines.append(self.tr("Difference: {value}").format(value=delta_text))
            verdict = {
                Direction.BETTER: self.tr("Better than the base"),
                Direction.WORSE: self.tr("Worse than the base"),
                Direction.SAME: self.tr("The same as the base"),
            }.get(cell.direction)
            if verdict:
                lines.append(verdict)
        if row.key == "one_off":
            case = evaluation.primary
            move = self._exact(Kind.MONEY, case.one_off, "", evaluation)
            parallel = self._exact(Kind.MONEY, case.parallel_running, "", evaluation)
            text = self.tr("Move, year 0: {move}; parallel running, year 1: {parallel}")
            lines.append(text.format(move=move, parallel=parallel))
        if row.key == "unit_cost":
            net = evaluation.site(evaluation.destination).unit_cost_net
            if net is not None:
                net_text = self._exact(Kind.UNIT_COST, net, "", evaluation)
                lines.append(self.tr("After incentives: {value}").format(value=net_text))
        return "\n".join(lines)

    def _exact(self, kind: Kind, value: float | None, status: str, evaluation: Evaluation) -> str:
        if value is None:
            return self._status_text(status, evaluation)
        if kind is Kind.MONEY:
            return self.tr("{value} yuan").format(value=f"{value:,.2f}")
        if kind is Kind.PERCENT:
            return f"{value * 100:.4f}%"
        if kind is Kind.MONTHS:
            return self.tr("{value} months").format(value=f"{value:,.2f}")
        if kind is Kind.TONNES:
            return self.tr("{value} tCO₂").format(value=f"{value:,.3f}")
        return self.tr("{value} yuan").format(value=f"{value:,.4f}")

    def _exact_delta(self, kind: Kind, delta: float) -> str:
        if kind is Kind.MONEY:
            return self.tr("{value} yuan").format(value=f"{delta:+,.2f}")
        if kind is Kind.PERCENT:
            return self.tr("{value} percentage points").format(value=f"{delta * 100:+.4f}")
        if kind is Kind.MONTHS:
            return self.tr("{value} months").format(value=f"{delta:+,.2f}")
        if kind is Kind.TONNES:
            return self.tr("{value} tCO₂").format(value=f"{delta:+,.3f}")
        return self.tr("{value} yuan").format(value=f"{delta:+,.4f}")

    def _choice_label(self, key: str) -> str:
        return {
            "origin": self.tr("Moving from"),
            "destination": self.tr("Destination"),
            "mode": self.tr("Operating mode"),
            "horizon": self.tr("Horizon"),
            "move_date": self.tr("Move date"),
            "policies": self.tr("Policies counted"),
        }.get(key, key)

    def _choice_text(self, choice: ChoiceRow, column: int, evaluations: dict[str, Evaluation]) -> str:
        evaluation = evaluations[self._comparison_ids(evaluations)[column]]
        value = choice.values[column]
        if choice.key in ("origin", "destination"):
            try:
                site = evaluation.site(str(value))
            except KeyError:
                return str(value)
            return self._state.local(site.name_en, site.name_zh)
        if choice.key == "mode":
            return {
                "colocation": self.tr("Colocation"),
                "self_build": self.tr("Self-build"),
                "compute_service": self.tr("Compute service"),
            }.get(str(value), str(value))
        if choice.key == "horizon":
            return self.tr("%n year(s)", "", int(value))
        if choice.key == "move_date":
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
        if choice.key == "policies":
            return self.tr("%n policies", "", len(value))
        return str(value)

    def _choice_tip(self, choice: ChoiceRow, column: int, evaluations: dict[str, Evaluation]) -> str:
        text = self._choice_text(choice, column, evaluations)
        if choice.key != "policies" or column == 0:
            return text
        ids = self._comparison_ids(evaluations)
        added, removed = policy_changes(choice.values[0], choice.values[column])
        titles = self._policy_titles(evaluations[ids[column]], evaluations[ids[0]])
        lines = [text]
        if added:
            lines.append(self.tr("Counted here, not in the base:"))
            lines += [f"  + {titles.get(p, p)}" for p in added]
        if removed:
            lines.append(self.tr("Counted in the base, not here:"))
            lines += [f"  − {titles.get(p, p)}" for p in removed]
        return "\n".join(lines)

    def _policy_titles(self, *evaluations: Evaluation) -> dict[str, str]:
        titles = {p.id: self._state.local(p.title_en, p.title_zh) for p in self._state.pack.policies.values()}
        for evaluation in evaluations:
            for policy in evaluation.policies:
                titles[policy.policy_id] = self._state.local(policy.title_en, policy.title_zh)
        return titles

    def _comparison_ids(self, evaluations: dict[str, Evaluation]) -> tuple[str, ...]:
        return self._comparison.ids if self._comparison is not None else tuple(evaluations)

    def _input_tip(self, item: InputRow, column: int) -> str:
        value = item.values[column]
        if value is None:
            return self.tr("Not an input of this scenario")
        exact = repr(float(value))
        unit = self._unit_text(item.unit)
        return f"{exact} {unit}".strip() if not item.unit.startswith("fraction") else exact

    def _unit_text(self, unit: str) -> str:
        units = {
            "yuan": self.tr("yuan"),
            "yuan/yr": self.tr("yuan/yr"),
            "persons": self.tr("persons"),
            "ms": self.tr("ms"),
            "count": self.tr("count"),
            "kW": self.tr("kW"),
            "kW/rack": self.tr("kW/rack"),
            "Mbps": "Mbps",
            "Mbps/100kW": "Mbps/100kW",
            "fraction": "%",
            "fraction/yr": self.tr("%/yr"),
            "years": self.tr("years"),
            "months": self.tr("months"),
            "days": self.tr("days"),
            "ratio": self.tr("ratio"),
            "yuan/kWh": self.tr("yuan/kWh"),
            "yuan/rack/month": self.tr("yuan/rack/month"),
            "yuan/Mbps/month": self.tr("yuan/Mbps/month"),
            "yuan/person/year": self.tr("yuan/person/year"),
            "yuan/rack": self.tr("yuan/rack"),
            "yuan/TB": self.tr("yuan/TB"),
            "yuan/day": self.tr("yuan/day"),
            "yuan/person": self.tr("yuan/person"),
            "yuan/kW": self.tr("yuan/kW"),
            "tCO2/MWh": self.tr("tCO₂/MWh"),
            "TB": "TB",
            "CNY/USD": self.tr("CNY/USD"),
        }
        return units.get(unit, unit)

    def _fit_input_columns(self) -> None:
        """Every column as wide as its content within its limits; when short of room, the value
        columns give way first (their names elide; the header tooltip has them), then the input names."""
        table = self.inputs
        count = table.columnCount()
        if count == 0:
            return
        header = table.horizontalHeader()
        limits = [_LABEL_COLUMN, _UNIT_COLUMN] + [_INPUT_COLUMN] * (count - 2)
        floors = [low for low, _ in limits]
        wants = [
            min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c) if c else 0, low), high)
            for c, (low, high) in enumerate(limits)
        ]
        widths = _shrink(wants, floors, table.viewport().width(), order=[list(range(2, count)), [1], [0]])
        widths[0] += max(0, table.viewport().width() - sum(widths))  # the names take any room left
        for c, width in enumerate(widths):
            table.setColumnWidth(c, width)

    def _fit_output_columns(self) -> None:
        """Scenario columns share the width, each at most ``_OUTPUT_COLUMN_MAX`` so values stay near their labels."""
        table = self.outputs
        count = table.columnCount()
        if count == 0:
            return
        # from the table's own width: the row labels' header sizes itself late, after the first show
        room = table.contentsRect().width() - table.verticalHeader().sizeHint().width()
        width = max(_OUTPUT_COLUMN_MIN, min(_OUTPUT_COLUMN_MAX, room // count))
        for c in range(count):
            table.setColumnWidth(c, width)
        # a narrow window scrolls sideways: keep room for the scroll bar so no row is hidden
        scrolls = width * count > room
        extra = table.horizontalScrollBar().sizeHint().height() if scrolls else 0
        table.setFixedHeight(self._outputs_height + extra)

    # --- Qt overrides -------------------------------------------------------
    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.inputs.viewport():
                self._fit_input_columns()
            elif watched is self.outputs:
                self._fit_output_columns()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ElideDelegate(QStyledItemDelegate):
    """Elides a column's text its own way (a view has one elide mode for every column)."""

    def __init__(self, mode: Qt.TextElideMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = mode

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self._mode


class DeltaDelegate(QStyledItemDelegate):
    """Draws a value and, right of it, its delta against the base in green (better) or red (worse)."""

    GAP = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        delta = index.data(DELTA_TEXT_ROLE) or ""
        if not index.data(SPLIT_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        value = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(6, 0, -6, 0)
        metrics = opt.fontMetrics
        delta_width = max(metrics.horizontalAdvance(delta), int(rect.width() * 0.4))
        delta_rect = QRect(rect.right() - delta_width, rect.top(), delta_width, rect.height())
        value_rect = QRect(rect.left(), rect.top(), rect.width() - delta_width - self.GAP, rect.height())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        text_role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(text_role))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elided = metrics.elidedText(value, Qt.TextElideMode.ElideRight, value_rect.width())
        painter.drawText(value_rect, align, elided)
        direction = index.data(DIRECTION_ROLE)
        colour = {"better": BETTER_COLOUR, "worse": WORSE_COLOUR}.get(direction, SAME_COLOUR)
        painter.setPen(opt.palette.color(text_role) if selected else colour)
        painter.drawText(delta_rect, align, delta)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        delta = index.data(DELTA_TEXT_ROLE)
        if delta:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(delta) + self.GAP + 12)
        return size


# --- module helpers ---------------------------------------------------------
def _table(parent: QWidget, name: str) -> CellTable:
    table = CellTable(parent)
    table.setObjectName(name)
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setObjectName(name + "Columns")
    table.verticalHeader().setObjectName(name + "Rows")
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setCornerButtonEnabled(False)
    table.horizontalHeader().setHighlightSections(False)
    table.verticalHeader().setHighlightSections(False)
    return table


def _panel(parent: QWidget, name: str, *widgets: QWidget) -> QWidget:
    panel = QWidget(parent)
    panel.setObjectName(name)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if not isinstance(widget, QLabel) or widget.wordWrap() else 0)
    return panel


def _swatch(colour: QColor | None) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    if colour is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(3, 3, 18, 18, 4, 4)
        painter.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


def _shrink(wants: list[int], floors: list[int], room: int, order: list[list[int]]) -> list[int]:
    """Widths that fit ``room``: each group of columns in ``order`` gives way in turn, evenly within
    the group, never below its floor. May still exceed ``room`` (then the table scrolls)."""
    widths = list(wants)
    for group in order:
        excess = sum(widths) - room
        slack = sum(widths[c] - floors[c] for c in group)
        if excess <= 0 or slack <= 0:
            continue
        share = min(1.0, excess / slack)
        for c in group:
            widths[c] -= int(math.ceil((widths[c] - floors[c]) * share))
    return widths


def _format(kind: Kind, value: float, language: str) -> str:
    """The short text of a value (money in 万/亿 or K/M, percents, months, tonnes)."""
    if not math.isfinite(value):
        return NOT_A_NUMBER
    if kind is Kind.MONEY:
        return money(value, language)
    if kind is Kind.PERCENT:
        return format_percent(value)
    if kind is Kind.MONTHS:
        return format_months(value, language)
    if kind is Kind.TONNES:
        return QCoreApplication.translate("CompareView", "{value} t").format(
            value=format_number(value, language)
        )
    unit_cost = format_number(value, language, decimals=2)
    return QCoreApplication.translate("CompareView", "CNY {value}").format(value=unit_cost)


def _signed(text: str, delta: float) -> str:
    """A positive delta gets a "+" before its first digit ("CNY +3.1 M", "+310万元"); negatives keep "-"."""
    if delta <= 0 or not any(ch in "123456789" for ch in text):
        return text
    for position, ch in enumerate(text):
        if ch.isdigit():
            return f"{text[:position]}+{text[position:]}"
    return text


def _input_text(value: float | None, unit: str) -> str:
    """An input as typed: grouped digits, no rounding away of what the user entered; fractions as percents."""
    if value is None:
        return NOT_A_NUMBER
    if not math.isfinite(value):
        return NOT_A_NUMBER
    if unit.startswith("fraction"):
        return _trimmed(value * 100.0, 4) + "%"
    return _trimmed(value, 4)


def _trimmed(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
