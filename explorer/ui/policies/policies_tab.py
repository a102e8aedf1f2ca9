"""The Policies tab: find, read, check against the firm and value every policy of the data pack.
One module because it is one tab wiring the filters, the catalogue table, the timeline and the
detail pane to AppState; each of those already lives in its own module.

Left: search and filters over the catalogue table, with the validity timeline below.
Right: the chosen policy in full. Filtering is a vectorised mask over the catalogue
frame and a model reset per keystroke (see catalogue.py); the facet counts and the
timeline, which the next keystroke would replace anyway, follow a moment later.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.firm_facts import FACTS, fact_value
from explorer.domain.messages import local
from explorer.ui.policies.catalogue import (
    IN_FORCE_STATES,
    PREPARE_AT_ONCE,
    Column,
    PolicyCatalogue,
    Prepared,
    ResultTable,
    in_force_codes,
    prepare_catalogue,
    prepared_from_columns,
    result_table,
    timeline_rows,
)
from explorer.ui.policies.detail_pane import DetailContext, PolicyDetailPane
from explorer.ui.policies.filter_bar import PolicyFilterBar
from explorer.ui.policies.pinyin_process import ProcessUnavailable, pinyin_columns_in_process
from explorer.ui.policies.table_model import PolicyTableModel
from explorer.ui.policies.table_view import PolicyTableView
from explorer.ui.policies.timeline_chart import PolicyTimeline
from explorer.ui.policies.valuation import PolicyResults, every_policy_result
from explorer.ui.state import AppState
from explorer.ui.workers import OperationRunner, WorkerControl

log = logging.getLogger("explorer.ui")

CATALOGUE_ORDER = -1  # the sort "column" of the data pack's own order
FOLLOW_UP_MS = 60  # facet counts and timeline wait for a pause in typing this long
PREPARE_AFTER_MS = 1500  # pinyin and search indexes: a worker starts this long after start-up
# A large catalogue's valuation starts this long after it is asked for: the rows paint first
# (a valuation thread running meanwhile made the first paint of 10,000 rows wait on the
# interpreter: 140-210 ms instead of 50-100), and a burst of changes starts one valuation.
VALUE_AFTER_MS = 150
# Visual order of the fixed columns: what a client asks first, on the left.
VISUAL_ORDER = (
    Column.USE, Column.TITLE, Column.ELIGIBILITY, Column.VALUE, Column.LEVEL, Column.CATEGORY,
    Column.IN_FORCE, Column.EFFECTIVE, Column.EXPIRY, Column.QUANTIFIED, Column.ISSUER, Column.DOC_NUMBER,
)  # fmt: skip
COLUMN_WIDTHS = {
    Column.USE: 38, Column.TITLE: 300, Column.ELIGIBILITY: 150, Column.VALUE: 150, Column.LEVEL: 90,
    Column.CATEGORY: 120, Column.IN_FORCE: 110, Column.EFFECTIVE: 92, Column.EXPIRY: 92,
    Column.QUANTIFIED: 84, Column.ISSUER: 220, Column.DOC_NUMBER: 220,
}  # fmt: skip


def _prepare_in_worker(control: WorkerControl, policies) -> Prepared:
    """The pinyin in a child process (a thread would hold the interpreter the window paints with
    for 12 s on 10,000 policies); in this thread if no process can be had."""
    try:
        columns = pinyin_columns_in_process(policies, control.check, control.progress)
    except ProcessUnavailable as error:
        log.warning("Pinyin built in a thread instead: %s", error)
        return prepare_catalogue(policies, control.check)
    return prepared_from_columns(columns)


def _value_in_worker(
    _control: WorkerControl, scenario, pack, evaluation, ids: tuple[str, ...]
) -> tuple[PolicyResults, ResultTable]:
    """The engine alone (no AppState here), and the verdicts lined up with the catalogue's rows."""
    results = every_policy_result(scenario, pack, evaluation)
    return results, result_table(ids, results.by_id, results.chosen, results.in_calculation)


class PoliciesTab(QWidget):
    prepared = Signal()  # the pinyin keys and search indexes arrived from their worker
    still_need_requested = Signal()  # "What we still need from the client…" (the main window opens it)
    valued = Signal()  # the engine's verdicts on every policy are shown (a large catalogue: from a worker)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policiesTab")
        self._state = state
        self.today: Callable[[], dt.date] = dt.date.today  # replaceable in tests
        self._sort: tuple[int, bool] = (CATALOGUE_ORDER, False)
        self._results: PolicyResults | None = None
        self._results_for: tuple[object, object] | None = None  # (scenario, pack) the results are of
        self._results_stale = True

        self.filter_bar = PolicyFilterBar(self)
        self.model = PolicyTableModel(self)
        self.table = PolicyTableView(self)
        self._setup_table()
        self.timeline = PolicyTimeline(self)
        self.details = PolicyDetailPane(self)

        left = QWidget(self)
        left.setObjectName("policyBrowser")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, left)
        self.left_splitter.setObjectName("policyTableSplitter")
        self.left_splitter.addWidget(self.table)
        self.left_splitter.addWidget(self.timeline)
        self.left_splitter.setStretchFactor(0, 2)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.setSizes([440, 200])
        left_layout.addWidget(self.left_splitter, 1)
        self.still_need_button = QPushButton(left)
        self.still_need_button.setObjectName("policiesStillNeed")
        self.still_need_button.clicked.connect(self.still_need_requested)
        still_need_row = QHBoxLayout()
        still_need_row.addWidget(self.still_need_button)
        still_need_row.addStretch(1)
        left_layout.addLayout(still_need_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("policySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.filter_bar.clear_button, self.table)
        self.setTabOrder(self.table, self.details)
        self.setTabOrder(self.details, self.details.use_check)

        self._follow_up = QTimer(self)
        self._follow_up.setSingleShot(True)
        self._follow_up.setInterval(FOLLOW_UP_MS)
        self._follow_up.timeout.connect(self._update_follow_ups)
        # A timer the tab owns, not QTimer.singleShot with a bound method: PySide 6.11 keeps no
        # reference to that callable, and a test run crashed calling it after it was freed.
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_AFTER_MS)
        self._prepare_timer.timeout.connect(self._prepare_catalogue)
        self._valuation_timer = QTimer(self)
        self._valuation_timer.setSingleShot(True)
        self._valuation_timer.setInterval(VALUE_AFTER_MS)
        self._valuation_timer.timeout.connect(self._start_valuation)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_shortcut.activated.connect(self._on_escape)

        self.filter_bar.filters_changed.connect(self.apply_filters)
        self.model.sort_requested.connect(self._on_sort_requested)
        self.model.use_toggled.connect(self._state.set_policy_selected)
        self.details.use_toggled.connect(self._state.set_policy_selected)
        self.details.fact_answered.connect(self._state.set_firm_fact)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self.open_details)
        self.table.details_requested.connect(self.open_details)
        self.table.use_toggle_requested.connect(self._toggle_current_use)
        self.timeline.policy_clicked.connect(self.select_policy)
        state.pack_changed.connect(self._on_pack_changed)
        state.evaluation_changed.connect(self._on_results_changed)
        state.policy_selection_changed.connect(self._on_results_changed)
        state.language_changed.connect(self._on_language_changed)

        self._prepare_runner = OperationRunner(parent=self)
        self._valuation_runner = OperationRunner(parent=self)
        self._catalogue = self._new_catalogue()
        self._load_catalogue()  # the table's texts and the follow-ups in the current language
        self._retranslate_labels()

    # --- public API ---------------------------------------------------------------
    def titles(self) -> list[str]:
        """The titles shown, in the table's order, in the data language."""
        column = int(Column.TITLE)
        return [self.model.index(row, column).data() for row in range(self.model.rowCount())]

    def shown_ids(self) -> list[str]:
        return [self.model.policy_id(row) or "" for row in range(self.model.rowCount())]

    def current_policy_id(self) -> str | None:
        return self.details.policy_id()

    def select_policy(self, policy_id: str) -> None:
        """Make ``policy_id`` the current row (if shown) and show its details."""
        row = self.model.row_of(policy_id)
        if row is None:
            return
        index = self.model.index(row, int(Column.TITLE))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        # scroll by the first column so that showing a row never scrolls the table sideways
        self.table.scrollTo(
            self.model.index(row, int(Column.USE)), QAbstractItemView.ScrollHint.EnsureVisible
        )

    def open_details(self, _index: QModelIndex | None = None) -> None:
        """Enter on a row: make sure the details are on screen and move the keyboard there."""
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] < 120:
            self.splitter.setSizes([max(sizes[0] - 420, 300), 420])
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def apply_filters(self) -> None:
        """One keystroke's work: mask, order, reset the model; counts and timeline follow shortly."""
        filters = self.filter_bar.filters()
        column, descending = self._sort
        today = self.today()
        if column == CATALOGUE_ORDER:
            rows = np.flatnonzero(self._catalogue.mask(filters, today))
        else:
            rows = self._catalogue.rows(filters, Column(column), descending, self._state.language, today)
        if self.model.set_rows(rows):
            self._restore_current()
        self.filter_bar.show_shown(len(rows), len(self._catalogue))
        self._follow_up.start()

    def flush(self) -> None:
        """Run the pending follow-ups now (tests, benchmarks, before a screenshot)."""
        if self._follow_up.isActive():
            self._follow_up.stop()
        self._update_follow_ups()

    def retranslate(self) -> None:
        self._retranslate_labels()
        self.timeline.retranslate()  # it holds no state: its "Today" followed no switch before
        self.model.refresh_texts(self._state.language, self.today(), self._state.evaluation.horizon)

    def _retranslate_labels(self) -> None:
        self.table.setAccessibleName(self.tr("Policy catalogue"))
        self.table.setToolTip(self.tr("Enter: details · Space: use in calculation · click a header to sort"))
        self.details.setAccessibleName(self.tr("Policy details"))
        self.splitter.setAccessibleName(self.tr("Policy table and details"))
        self.still_need_button.setText(self.tr("What we still need from the client…"))
        self.still_need_button.setAccessibleName(self.tr("What we still need from the client"))
        self.still_need_button.setToolTip(
            self.tr("The unknown facts and pack estimates, ranked by how much each could move the NPV")
        )

    # --- slots ----------------------------------------------------------------------
    def _on_sort_requested(self, column: int, descending: bool) -> None:
        known = column in {int(c) for c in Column}
        self._sort = (column if known else CATALOGUE_ORDER, descending)
        self.apply_filters()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        policy_id = self.model.policy_id(current.row()) if current.isValid() else None
        if policy_id is not None:
            self._show_details(policy_id)
            self.timeline.select(policy_id)

    def _on_escape(self) -> None:
        if self.filter_bar.search.text():
            self.filter_bar.search.clear()
        elif not self.filter_bar.filters().is_default():
            self.filter_bar.clear()

    def _on_pack_changed(self) -> None:
        self._catalogue = self._new_catalogue()
        self._results_for = None
        self._results = None  # the old pack's verdicts never show beside the new pack's rows
        self._load_catalogue()

    def _on_results_changed(self) -> None:
        self._results_stale = True
        if self.isVisible():
            self._refresh_results()

    def _on_language_changed(self, _language: str) -> None:
        self.retranslate()  # the labels, the table's texts and the follow-ups, once
        self._fill_origins()
        self.apply_filters()  # sorting by title or issuer follows the language
        self._show_details(self.details.policy_id())
        self.flush()

    # --- private ------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(int(column)), visual)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(int(column), width)
        table.setSortingEnabled(True)

    def _load_catalogue(self) -> None:
        """A new catalogue (start-up or a new data pack): results, texts, rows, origins."""
        self._refresh_results(force=True, reload=False)
        self.model.set_catalogue(
            self._catalogue, self._state.language, self.today(), self._state.evaluation.horizon
        )
        self._fill_origins()
        self.apply_filters()
        if len(self._catalogue) <= PREPARE_AT_ONCE:
            self.flush()
        # else the counts and timeline (50 ms on 10,000 rows) follow in a later event-loop turn,
        # as after a keystroke: the rows show first, and the window is not held for both at once
        if self.details.policy_id() not in self._catalogue.ids:
            self._show_details(None)
            if self.model.rowCount():  # never an empty pane when there is something to show
                self.select_policy(self.model.policy_id(0) or "")
        self._prepare_timer.start()  # or on the first search, if that comes sooner

    def _fill_origins(self) -> None:
        names = {site.id: site.name(self._state.language) for site in self._state.pack.sites.values()}
        self.filter_bar.set_origins(self._catalogue.targeted_origins, names)

    def _refresh_results(self, force: bool = False, reload: bool = True) -> None:
        """Ask the engine's verdicts (via AppState) for the current case, if they are not those already."""
        state = self._state
        key = (state.scenario, state.pack)
        if (
            not force
            and self._results_for is not None
            and all(a is b for a, b in zip(key, self._results_for, strict=True))
        ):
            self._results_stale = False
            return
        self._results_for = key
        self._results_stale = False
        if len(self._catalogue) > PREPARE_AT_ONCE:
            # A large catalogue (10,000 policies: a preview evaluation of 0.35 s, seconds on a
            # loaded machine) is valued in a worker; the rows show meanwhile, their verdicts follow.
            self._valuation_runner.invalidate("valuation")  # an older case's verdicts never land
            self._valuation_timer.start()
            return
        self._valuation_timer.stop()  # a large pack's valuation asked for before this one came
        results = every_policy_result(
            state.scenario, state.pack, state.evaluation, state.evaluation_for_scenario
        )
        table = result_table(self._catalogue.ids, results.by_id, results.chosen, results.in_calculation)
        self._take_results(key, results, table, reload)

    def _start_valuation(self) -> None:
        """Value a large catalogue in a worker, for the case as it is now."""
        state = self._state
        key = (state.scenario, state.pack)
        self._results_for = key
        self._valuation_runner.run(
            _value_in_worker,
            state.scenario,
            state.pack,
            state.evaluation,
            self._catalogue.ids,
            channel="valuation",  # a newer case makes the older valuation stale: dropped
            on_done=lambda done, k=key: self._take_results(k, *done),
        )

    def _take_results(
        self, key: tuple[object, object], results: PolicyResults, table: ResultTable, reload: bool = True
    ) -> None:
        """The engine's verdicts for the case ``key`` (scenario, pack), shown if it is still the case."""
        state = self._state
        if self._results_for is None or not all(a is b for a, b in zip(key, self._results_for, strict=True)):
            return  # a newer case or pack has been asked for since
        self._results = results
        self._catalogue.set_results(table)
        if reload:
            self.model.refresh_texts(state.language, self.today(), state.evaluation.horizon)
            self.apply_filters()
            self._show_details(self.details.policy_id())
        self.valued.emit()

    def _restore_current(self) -> None:
        """After a reset, keep the policy the user was reading selected, if it is still shown."""
        policy_id = self.details.policy_id()
        if policy_id is None:
            return
        row = self.model.row_of(policy_id)
        if row is None:
            self.table.selectionModel().clear()
            return
        index = self.model.index(row, int(Column.TITLE))
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the same policy: no need to build its details again
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.table.viewport().update()

    def _show_details(self, policy_id: str | None) -> None:
        state = self._state
        position = self._catalogue.position(policy_id) if policy_id else None
        policy = self._catalogue.policies[position] if position is not None else None
        evaluation = state.evaluation
        results = self._results
        context = DetailContext(
            language=state.language,
            site_names={site.id: site.name(state.language) for site in state.pack.sites.values()},
            origin=evaluation.origin,
            destination=evaluation.destination,
            horizon=evaluation.horizon,
            in_force=IN_FORCE_STATES[int(in_force_codes(self._catalogue.frame, self.today())[position])]
            if position is not None
            else IN_FORCE_STATES[0],
            in_calculation=bool(results and policy_id in results.in_calculation),
            chosen=bool(results and policy_id in results.chosen),
            answers={name: fact_value(state.scenario, name) for name in FACTS},
        )
        result = results.by_id.get(policy_id) if results and policy_id else None
        self.details.show_policy(policy, result, context)

    def _update_follow_ups(self) -> None:
        """Facet counts in the filters, and the timeline of the rows shown."""
        filters = self.filter_bar.filters()
        today = self.today()
        self.filter_bar.show_counts(self._catalogue.facet_counts(filters, today))
        rows = self.model.rows()
        # the titles of the rows shown, picked by numpy from the frame (not 10,000 Policy.title calls)
        frame = self._catalogue.frame
        column = frame[local("title_en", "title_zh", self._state.language)].to_numpy()
        titles = dict(zip(frame["id"].to_numpy()[rows].tolist(), column[rows].tolist(), strict=True))
        self.timeline.set_rows(timeline_rows(self._catalogue, rows, today), titles, today)
        self.timeline.select(self.details.policy_id())

    def _new_catalogue(self) -> PolicyCatalogue:
        catalogue = PolicyCatalogue(list(self._state.pack.policies.values()))
        catalogue.request_prepare = self._prepare_catalogue  # a search before the indexes: no wait
        return catalogue

    def _prepare_catalogue(self) -> None:
        """Build the pinyin keys and search indexes in a worker: 13 s for 10,000 policies."""
        catalogue = self._catalogue
        if catalogue.prepared or getattr(catalogue, "_preparing", False):
            return
        catalogue._preparing = True  # type: ignore[attr-defined]
        self._prepare_timer.stop()
        self._prepare_runner.run(
            _prepare_in_worker,
            catalogue.policies,
            channel="pinyin",  # a new pack's build makes the old one stale
            on_done=lambda prepared, c=catalogue: self._install_prepared(c, prepared),
        )

    def _install_prepared(self, catalogue: PolicyCatalogue, prepared: Prepared) -> None:
        if catalogue is not self._catalogue:
            return
        catalogue.install(prepared)
        self.apply_filters()  # the words now match pinyin too; Chinese titles sort by it
        self.prepared.emit()

    def _toggle_current_use(self) -> None:
        policy_id = self.model.policy_id(self.table.currentIndex().row())
        if policy_id is not None:
            self._state.set_policy_selected(policy_id, not self._state.is_policy_selected(policy_id))

    # --- Qt overrides -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._results_stale:
            self._refresh_results()
