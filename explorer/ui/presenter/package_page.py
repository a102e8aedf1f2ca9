"""The presenter's package screen: the proposed items with their terms and worth, the firm and the region.

Every figure is the domain's assessment (explorer.domain.package, held by PackageState); the items'
terms are worded once in explorer.domain.package_terms, as the investor pack words them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from explorer.domain.formatting import format_percent
from explorer.domain.messages import translated
from explorer.domain.package import ITEM_WORDS, Assessment
from explorer.domain.package_terms import item_terms, worth_to_firm
from explorer.ui.money import money
from explorer.ui.package_state import PackageState
from explorer.ui.presenter.figure_grid import Figure, FigureGrid
from explorer.ui.state import AppState

KEYS = ("npv", "gain", "cost", "brings", "ratio", "break_even")


def _t(template: str) -> str:
    return QCoreApplication.translate(template.context, template)  # type: ignore[attr-defined]


class PackagePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterPackagePage")
        self._state = state
        self.items = QTableWidget(0, 3, self)
        self.items.setObjectName("presenterPackageItems")
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setWordWrap(True)
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.figures = FigureGrid(KEYS, 3, "presenterPackageFigures", self)
        self.note = QLabel(self)
        self.note.setObjectName("presenterPackageNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)
        layout.addWidget(self.figures)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def assessment(self) -> Assessment | None:
        return PackageState.of(self._state).assessment_for(self._state.current_id)

    def refresh(self) -> None:
        self.items.setAccessibleName(self.tr("Items of the proposed package"))
        self.items.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Terms"), self.tr("Worth to the firm (present value)")]
        )
        assessment = self.assessment()
        self.items.setVisible(assessment is not None)
        self.figures.setVisible(assessment is not None)
        if assessment is None:
            self.note.setText(
                self.tr("No package has been proposed for this firm yet. The Package tab designs one.")
            )
            return
        self._show_items(assessment)
        self._show_figures(assessment)
        flags = assessment.flags
        self.note.setText(
            "⚠ "
            + self.tr("{count} figure(s) above the ceilings the data pack records.").format(count=len(flags))
            if flags
            else self.tr("A proposal for negotiation, on top of the standard policies: not an offer.")
        )

    def _show_items(self, assessment: Assessment) -> None:
        language = self._state.language
        worth = worth_to_firm(assessment)
        items = assessment.package.items
        self.items.setRowCount(len(items))
        for row, item in enumerate(items):
            terms = "".join(
                translated(part, QCoreApplication.translate)
                for part in item_terms(item, lambda amount: money(amount, language))
            )
            texts = (_t(ITEM_WORDS[item.kind]), terms, money(worth.get(item.kind, 0.0), language))
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.items.setItem(row, column, cell)
        self.items.resizeRowsToContents()
        height = self.items.horizontalHeader().height() + sum(
            self.items.rowHeight(row) for row in range(len(items))
        )
        self.items.setFixedHeight(height + 2 * self.items.frameWidth())  # every item shown, no scrolling

    def _show_figures(self, assessment: Assessment) -> None:
        language = self._state.language
        firm, region = assessment.firm, assessment.region
        if region.ratio is None:
            ratio = self.tr("no fiscal cost")
        else:
            ratio = self.tr("{ratio} yuan").format(ratio=f"{region.ratio:,.2f}")
        if region.break_even_year is not None:
            break_even = self.tr("year {year}").format(year=region.break_even_year)
        elif region.fiscal_cost_pv <= 0:
            break_even = self.tr("no cost to cover")
        else:
            break_even = self.tr("not within {years} years").format(years=assessment.horizon)
        rate = format_percent(region.public_discount_rate)
        self.figures.show_figures({
            "npv": Figure(money(firm.npv_with, language), self.tr("The firm's NPV with the package\nwithout it: {npv}").format(npv=money(firm.npv_without, language))),
            "gain": Figure(("+" if firm.gain >= 0 else "") + money(firm.gain, language), self.tr("What the package adds to the firm's NPV")),
            "cost": Figure(money(region.fiscal_cost_pv, language), self.tr("Fiscal cost of the package (present value at {rate})").format(rate=rate)),
            "brings": Figure(money(region.return_pv, language), self.tr("What the move brings the region (present value)")),
            "ratio": Figure(ratio, self.tr("Firm's gain per yuan of fiscal cost")),
            "break_even": Figure(break_even, self.tr("The region's return covers the cost in")),
        })  # fmt: skip
