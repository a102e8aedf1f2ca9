"""The incentive package of the current scenario, assessed: what the Package and Compare tabs draw.

AppState keeps each named scenario's package; this object turns it into the domain's
``Assessment`` (explorer.domain.package) whenever the scenario, its evaluation or its
package changes, and computes the frontier, the goal seek and the cheapest mix on the
worker pool (each takes 50-300 ms). It computes lazily: a change only marks it out of
date and signals; the assessment is made when a widget reads it (a visible one). Widgets
only draw what it holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import Evaluation
from explorer.domain.package import (
    Assessment,
    Frontier,
    ItemKind,
    MixResult,
    Package,
    SeekResult,
    Target,
    assess,
    cheapest_mix,
    frontier,
    seek,
    with_hubs,
)
from explorer.ui.state import AppState
from explorer.ui.workers import OperationRunner, WorkerControl

log = logging.getLogger("explorer.ui")


def _frontier_work(control: WorkerControl, scenario, pack, package, baseline, current) -> Frontier:
    return frontier(scenario, pack, package, baseline=baseline, current=current, progress=control.check)


def _seek_work(control: WorkerControl, scenario, pack, package, kind, target, baseline) -> SeekResult:
    control.check()
    return seek(scenario, pack, package, kind, target, baseline)


def _mix_work(control: WorkerControl, scenario, pack, package, target, baseline) -> MixResult:
    control.check()
    return cheapest_mix(scenario, pack, package, target, baseline)


def watch_page(widget: QWidget, redraw: Callable[[], None]) -> Callable[[], bool]:
    """For a tab page: a check "is it the page shown?", and ``redraw`` called when it becomes so.

    A page of a QTabWidget lives in a QStackedWidget; anything else counts as shown.
    """
    hooked: list[QStackedWidget] = []

    def shown() -> bool:
        page, parent = widget, widget.parentWidget()
        while parent is not None and not isinstance(parent, QStackedWidget):
            page, parent = parent, parent.parentWidget()
        if parent is None:
            return True
        if not hooked:
            hooked.append(parent)
            parent.currentChanged.connect(lambda _index: redraw() if parent.currentWidget() is page else None)
        return parent.currentWidget() is page

    return shown


class PackageState(QObject):
    assessment_changed = Signal()
    frontier_changed = Signal()
    seek_finished = Signal(object)  # SeekResult
    mix_finished = Signal(object)  # MixResult
    search_failed = Signal(str)

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.setObjectName("packageState")
        self._state = state
        self._runner = OperationRunner(self)
        self._assessment: Assessment | None = None
        self._frontier: Frontier | None = None
        self._baseline: tuple[object, object, Evaluation] | None = (
            None  # scenario, pack, evaluation with hubs
        )
        self._cache: dict[str, tuple[object, object, object, Assessment]] = {}
        self._dirty = True
        state.evaluation_changed.connect(self._invalidate)
        state.scenarios_changed.connect(self._invalidate)
        state.package_changed.connect(self._invalidate)
        state.pack_changed.connect(self._invalidate)

    @classmethod
    def of(cls, state: AppState) -> PackageState:
        """The one PackageState of ``state`` (made on first use)."""
        found = state.findChild(PackageState, "packageState")
        return found if found is not None else cls(state)

    # --- reading ------------------------------------------------------------
    @property
    def package(self) -> Package:
        return self._state.package() or Package()

    @property
    def assessment(self) -> Assessment | None:
        if self._dirty:
            self._recompute()
        return self._assessment

    @property
    def frontier(self) -> Frontier | None:
        return self._frontier

    def assessment_for(self, scenario_id: str) -> Assessment | None:
        """The assessment of any named scenario's package (None when it has none); cached."""
        package = self._state.package(scenario_id)
        if package is None or package.empty:
            return None
        if scenario_id == self._state.current_id:
            return self.assessment
        scenario = self._state.named(scenario_id).scenario
        pack = self._state.pack
        cached = self._cache.get(scenario_id)
        if cached is None or cached[0] is not scenario or cached[1] is not package or cached[2] is not pack:
            try:
                result = assess(scenario, pack, package)
            except InvalidInput:
                log.exception("package of scenario %s could not be assessed", scenario_id)
                return None
            cached = (scenario, package, pack, result)
            self._cache[scenario_id] = cached
        return cached[3]

    # --- changing -----------------------------------------------------------
    def set_package(self, package: Package) -> None:
        self._state.set_package(package)

    def start_seek(self, kind: ItemKind, target: Target) -> None:
        scenario, pack, baseline = self._inputs()
        self._runner.run(
            _seek_work, scenario, pack, self.package, kind, target, baseline,
            channel="package_search", on_done=self.seek_finished.emit, on_error=self._failed,
        )  # fmt: skip

    def start_mix(self, target: Target) -> None:
        scenario, pack, baseline = self._inputs()
        self._runner.run(
            _mix_work, scenario, pack, self.package, target, baseline,
            channel="package_search", on_done=self.mix_finished.emit, on_error=self._failed,
        )  # fmt: skip

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until background work has finished (tests, screenshots)."""
        return self._runner.wait_for_done(msecs)

    # --- private ------------------------------------------------------------
    def _inputs(self):
        scenario = self._state.scenario
        pack = self._state.pack
        if self._baseline is None or self._baseline[0] is not scenario or self._baseline[1] is not pack:
            self._baseline = (scenario, pack, evaluate(with_hubs(scenario, pack), pack))
        return scenario, pack, self._baseline[2]

    def _invalidate(self) -> None:
        """Out of date: recomputed when next read (a hidden Package tab costs a slider drag nothing)."""
        self._dirty = True
        self._frontier = None
        self._runner.invalidate("package_frontier")
        self.assessment_changed.emit()

    def _recompute(self) -> None:
        self._dirty = False
        try:
            scenario, pack, baseline = self._inputs()
            self._assessment = assess(scenario, pack, self.package, baseline)
        except InvalidInput:
            log.exception("the package could not be assessed")
            self._assessment = None
        if self._assessment is not None:
            self._runner.run(
                _frontier_work, scenario, pack, self.package, baseline, self._assessment,
                channel="package_frontier", on_done=self._frontier_done, on_error=self._failed,
            )  # fmt: skip

    def _frontier_done(self, result: Frontier) -> None:
        self._frontier = result
        self.frontier_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.search_failed.emit(str(error))
