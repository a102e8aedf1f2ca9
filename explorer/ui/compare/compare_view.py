"""The Compare tab: two to four named scenarios side by side, measured against the base.
One module because it is one view whose picker, tables and chart are refreshed together from one
comparison; its words and its table parts are already apart (below).

Left: which scenarios (the base always in). Right: the outputs with their deltas
against the base, the inputs that differ, and the cumulative cash flows on one
chart. Everything shown is read from the Evaluations in AppState through
``comparison.compare``; this widget only formats and colours it.

Its parts with a job of their own live beside it: compare_words.py words every figure and input
(the Compare tab's texts), compare_cells.py holds the tables' roles, colours, delegates and
layout helpers. The names the tests import from here (the roles, the colours) are re-exported.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import Evaluation
from explorer.ui.compare.compare_cells import (
    BASE_MARK,
    BETTER_COLOUR,
    DELTA_TEXT_ROLE,
    DIFFERS_BACKGROUND,
    DIFFERS_ROLE,
    DIRECTION_ROLE,
    SAME_COLOUR,
    SCENARIO_COLOURS,
    SCENARIO_ID_ROLE,
    SPLIT_ROLE,
    WORSE_COLOUR,
    DeltaDelegate,
    ElideDelegate,
    make_panel,
    make_table,
    shrink,
    swatch,
)
from explorer.ui.compare.compare_words import CompareWords, input_text
from explorer.ui.compare.comparison import (
    MAX_SCENARIOS,
    Comparison,
    compare,
)
from explorer.ui.compare.cumulative_chart import CumulativeChart, Line
from explorer.ui.compare.package_comparison import PackageComparison
from explorer.ui.compare.table_model import RIGHT, Cell, CellTable
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tip

log = logging.getLogger("explorer.ui")

# Column widths, pixels: a value column is never narrower than its floor, nor wider than its cap.
_INPUT_COLUMN = (84, 150)
_UNIT_COLUMN = (60, 140)
_LABEL_COLUMN = (170, 360)
_OUTPUT_COLUMN_MIN, _OUTPUT_COLUMN_MAX = 150, 320


class CompareView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._state = state
        self._words = CompareWords(state, self._counted)
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
        self.outputs = make_table(self, "compareOutputsTable")
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
        self.inputs = make_table(self, "compareInputsTable")
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

        inputs_panel = make_panel(
            self, "compareInputsPanel", self.inputs_title, self.inputs, self.inputs_empty
        )
        chart_panel = make_panel(self, "compareChartPanel", self.chart_title, self.chart)
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
                row.setIcon(swatch(SCENARIO_COLOURS[ids.index(item.id) % len(SCENARIO_COLOURS)]))
            else:
                row.setIcon(swatch(None))
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
            row_headers.append(Cell(self._words.metric_label(row.key), self._words.metric_help(row.key)))
            cells = []
            for c, cell in enumerate(row.cells):
                tip = self._words.exact_tip(row, c, ordered, names)
                roles = {
                    DELTA_TEXT_ROLE: "" if c == 0 else self._words.delta_text(row, cell),
                    SPLIT_ROLE: True,
                    DIRECTION_ROLE: cell.direction.value,
                    SCENARIO_ID_ROLE: ids[c],
                    int(Qt.ItemDataRole.AccessibleTextRole): tip.replace("\n", "; "),
                }
                text = self._words.value_text(row, cell, evaluations[ids[c]])
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
            texts = [self._words.choice_text(choice, i, evaluations, ids) for i in range(len(ids))]
            tips = [self._words.choice_tip(choice, i, evaluations, ids) for i in range(len(ids))]
            rows.append(
                self._input_row(self._words.choice_label(choice.key), "", "", texts, tips, choice.differs)
            )
        for item in comparison.inputs:
            label = self._state.words(item.label)
            texts = [input_text(v, item.unit) for v in item.values]
            tips = [self._words.input_tip(item, i) for i in range(len(ids))]
            label_tip = plain_tip(f"{label}\n{item.path}")
            rows.append(
                self._input_row(label, label_tip, self._words.unit_text(item.unit), texts, tips, item.differs)
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
            icon = swatch(SCENARIO_COLOURS[n % len(SCENARIO_COLOURS)])
            headers.append(Cell(f"{BASE_MARK} {name}" if n == 0 else name, plain_tip(tip), icon=icon))
        return headers

    # --- private: texts -----------------------------------------------------
    def _counted(self, key: str, n: int) -> str:
        """The tab's plural texts, for CompareWords (lupdate marks a plural only in a self.tr call)."""
        if key == "not_within":
            return self.tr("Not within %n year(s)", "", n)
        if key == "years":
            return self.tr("%n year(s)", "", n)
        return self.tr("%n policies", "", n)

    def _name(self, scenario_id: str) -> str:
        return self._state.named(scenario_id).name

    # --- private: layout ---------------------------------------------------
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
        widths = shrink(wants, floors, table.viewport().width(), order=[list(range(2, count)), [1], [0]])
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


__all__ = [
    "BASE_MARK",
    "BETTER_COLOUR",
    "DELTA_TEXT_ROLE",
    "DIFFERS_BACKGROUND",
    "DIFFERS_ROLE",
    "DIRECTION_ROLE",
    "SAME_COLOUR",
    "SCENARIO_COLOURS",
    "SCENARIO_ID_ROLE",
    "SPLIT_ROLE",
    "WORSE_COLOUR",
    "CompareView",
    "DeltaDelegate",
    "ElideDelegate",
]
