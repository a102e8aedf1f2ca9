"""The Compare tab's packages (issue 17): each scenario's proposed package, both sides, side by side.

Reads the domain's Assessment of every named scenario that has a package
(PackageState.assessment_for); computes nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from explorer.domain.messages import local
from explorer.domain.package import ITEM_WORDS
from explorer.ui.money import money
from explorer.ui.package_state import PackageState, watch_page
from explorer.ui.state import AppState


def _template(template) -> str:
    return QCoreApplication.translate(template.context, template)


class PackageComparison(QWidget):
    """One row per scenario with a package: its items, fiscal cost, the firm's gain, ratio, winner."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePackages")
        self._state = state
        self._packages = PackageState.of(state)
        self.title = QLabel(self)
        self.title.setObjectName("compareSectionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparePackagesTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for header, name in (
            (self.table.horizontalHeader(), "Columns"),
            (self.table.verticalHeader(), "Rows"),
        ):
            header.setObjectName(f"comparePackagesTable{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self._name_for_screen_readers()  # named even while hidden, before the first refresh
        self._stale = True
        self._is_shown = watch_page(self, lambda: self._stale and self.refresh())
        for signal in (state.scenarios_changed, state.package_changed, state.evaluation_changed):
            signal.connect(self.refresh)
        state.language_changed.connect(lambda _language: self.refresh())
        state.currency_changed.connect(lambda _currency: self.refresh())
        self.refresh()

    def _name_for_screen_readers(self) -> None:
        self.table.setAccessibleName(self.tr("Proposed incentive packages"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns of the package comparison"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows of the package comparison"))

    def refresh(self) -> None:
        if not self._is_shown():  # the Compare tab is hidden: catch up when it is shown
            self._stale = True
            return
        self._stale = False
        if not any(
            item.package is not None and not item.package.empty for item in self._state.named_scenarios()
        ):
            self.setVisible(False)  # nothing to compare: no package is assessed
            return
        language = self._state.language
        self.title.setText(self.tr("Proposed incentive packages"))
        self._name_for_screen_readers()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Scenario"), self.tr("Items"), self.tr("Fiscal cost (PV)"), self.tr("Firm's NPV gain"),
            self.tr("Gain per yuan"), self.tr("Best site for the firm"),
        ])  # fmt: skip
        shown = 0
        for item in self._state.named_scenarios():
            assessment = self._packages.assessment_for(item.id)
            if assessment is None:
                continue
            shown += 1
            names = self.tr(", ").join(_template(ITEM_WORDS[i.kind]) for i in assessment.package.items)
            ratio = "—" if assessment.region.ratio is None else f"{assessment.region.ratio:.2f}"
            winner = assessment.evaluation.site(assessment.winner)
            cells = [
                item.name, names, money(assessment.region.fiscal_cost_pv, language),
                money(assessment.firm.gain, language), ratio, local(winner.name_en, winner.name_zh, language),
            ]  # fmt: skip
            row = []
            for column, text in enumerate(cells):
                cell = QStandardItem(text)
                if column in (2, 3, 4):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(cell)
            self.model.appendRow(row)
        self.table.setFixedHeight((max(shown, 1) + 1) * 22 + 8)  # every row, no empty space below
        self.setVisible(shown > 0)
