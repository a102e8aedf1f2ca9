"""The Package tab (issue 17): negotiated items on the left; both sides of the deal on the right.
One module because it is the one tab that lays out both sides of the deal from one Assessment; its
parts with a job of their own are already apart (item_rows.py, frontier_chart.py, words.py).

The firm (NPV, payback, IRR without and with the package) beside the region (fiscal cost,
what the move brings, ratio, break-even year), the frontier, the year-by-year table and
the comparison with every comparator hub. Everything drawn comes from PackageState's
Assessment (explorer.domain.package); the tab computes nothing itself.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.messages import local
from explorer.domain.package import (
    DECIDING_LINE_WORDS,
    ITEM_ORDER,
    ITEM_WORDS,
    REGION_LINE_WORDS,
    REGION_LINES,
    Assessment,
    ItemKind,
    MixResult,
    Package,
    SeekResult,
    SeekStatus,
    Target,
    TargetKind,
    assumptions_of,
    ceilings_for,
    default_item,
)
from explorer.domain.package_data import RegionAssumption
from explorer.ui.money import money
from explorer.ui.package.frontier_chart import FrontierChart
from explorer.ui.package.item_rows import ItemRow
from explorer.ui.package.words import irr_text, message_text, payback_text, template_text
from explorer.ui.package_state import PackageState, watch_page
from explorer.ui.state import AppState
from explorer.ui.widgets.plain_text import plain_tip

ASSUMPTION_ORDER = (
    RegionAssumption.ELECTRICITY_RETURN_SHARE,
    RegionAssumption.LOCAL_HIRE_SHARE,
    RegionAssumption.WAGE_RETURN_SHARE,
    RegionAssumption.CIT_LOCAL_SHARE,
    RegionAssumption.INVESTMENT_LOCAL_SHARE,
    RegionAssumption.INVESTMENT_RETURN_SHARE,
)


def _read_only_table(name: str, parent: QWidget) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(parent)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setObjectName(f"{name}Columns")
    view.verticalHeader().setObjectName(f"{name}Rows")
    return view, model


def _cell(text: str, align_right: bool = True) -> QStandardItem:
    item = QStandardItem(text)  # QStandardItem shows its text as plain text
    item.setEditable(False)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PackageTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageTab")
        self._state = state
        self.packages = PackageState.of(state)
        self._syncing = False
        self._stale = True
        self._last_search: SeekResult | MixResult | None = None

        # --- left: the items, the region's assumptions, the goal seek --------------------
        self.items_box = QGroupBox(self)
        self.items_box.setObjectName("packageItemsBox")
        grid = QGridLayout(self.items_box)
        grid.setVerticalSpacing(2)
        self.rows: dict[ItemKind, ItemRow] = {}
        for index, kind in enumerate(ITEM_ORDER):
            row = ItemRow(kind, grid, index * 4, self.items_box)
            row.changed.connect(self._items_edited)
            self.rows[kind] = row

        self.region_box = QGroupBox(self)
        self.region_box.setObjectName("packageRegionBox")
        form = QFormLayout(self.region_box)
        self.public_rate = self._percent_spin("packagePublicRate")
        self.public_rate_label = QLabel(self.region_box)
        self.public_rate_label.setBuddy(self.public_rate)
        form.addRow(self.public_rate_label, self.public_rate)
        self.assumption_spins: dict[RegionAssumption, QDoubleSpinBox] = {}
        self.assumption_labels: dict[RegionAssumption, QLabel] = {}
        for key in ASSUMPTION_ORDER:
            spin = self._percent_spin(f"packageAssumption_{key.value}")
            label = QLabel(self.region_box)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.assumption_spins[key] = spin
            self.assumption_labels[key] = label
        self.reset_assumptions = QPushButton(self.region_box)
        self.reset_assumptions.setObjectName("packageResetAssumptions")
        self.reset_assumptions.clicked.connect(self._reset_assumptions)
        form.addRow(self.reset_assumptions)

        self.seek_box = QGroupBox(self)
        self.seek_box.setObjectName("packageSeekBox")
        seek_form = QFormLayout(self.seek_box)
        self.target_kind = QComboBox(self.seek_box)
        self.target_kind.setObjectName("packageTargetKind")
        for kind in TargetKind:
            self.target_kind.addItem("", kind.value)
        self.target_value = QDoubleSpinBox(self.seek_box)
        self.target_value.setObjectName("packageTargetValue")
        self.target_value.setRange(-1e13, 1e13)
        self.target_value.setDecimals(0)
        self.target_value.setGroupSeparatorShown(True)
        self.seek_item = QComboBox(self.seek_box)
        self.seek_item.setObjectName("packageSeekItem")
        for kind in ITEM_ORDER:
            self.seek_item.addItem("", kind.value)
        self.target_kind_label, self.target_value_label, self.seek_item_label = (
            QLabel(self.seek_box), QLabel(self.seek_box), QLabel(self.seek_box),
        )  # fmt: skip
        self.target_kind_label.setBuddy(self.target_kind)
        self.target_value_label.setBuddy(self.target_value)
        self.seek_item_label.setBuddy(self.seek_item)
        seek_form.addRow(self.target_kind_label, self.target_kind)
        seek_form.addRow(self.target_value_label, self.target_value)
        seek_form.addRow(self.seek_item_label, self.seek_item)
        buttons = QVBoxLayout()
        self.seek_button = QPushButton(self.seek_box)
        self.seek_button.setObjectName("packageSeekButton")
        self.mix_button = QPushButton(self.seek_box)
        self.mix_button.setObjectName("packageMixButton")
        buttons.addWidget(self.seek_button)
        buttons.addWidget(self.mix_button)
        seek_form.addRow(buttons)
        self.search_result = QLabel(self.seek_box)
        self.search_result.setObjectName("packageSearchResult")
        self.search_result.setTextFormat(Qt.TextFormat.PlainText)
        self.search_result.setWordWrap(True)
        self.search_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        seek_form.addRow(self.search_result)
        self.apply_button = QPushButton(self.seek_box)
        self.apply_button.setObjectName("packageApplyButton")
        self.apply_button.setEnabled(False)
        seek_form.addRow(self.apply_button)
        self.seek_button.clicked.connect(self._seek)
        self.mix_button.clicked.connect(self._mix)
        self.apply_button.clicked.connect(self._apply_search)
        self.target_kind.currentIndexChanged.connect(self._target_edited)
        self.target_value.valueChanged.connect(self._target_edited)

        left = QWidget(self)
        left.setObjectName("packageInputs")
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.items_box)
        left_layout.addWidget(self.seek_box)
        left_layout.addWidget(self.region_box)
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("packageInputsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(400)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # --- right: both sides, the frontier, the years, the alternatives -----------------
        self.firm_box = QGroupBox(self)
        self.firm_box.setObjectName("packageFirmBox")
        self.firm_table, self.firm_model = _read_only_table("packageFirmTable", self.firm_box)
        QVBoxLayout(self.firm_box).addWidget(self.firm_table)
        self.region_side_box = QGroupBox(self)
        self.region_side_box.setObjectName("packageRegionSideBox")
        self.region_table, self.region_model = _read_only_table("packageRegionTable", self.region_side_box)
        QVBoxLayout(self.region_side_box).addWidget(self.region_table)
        self.firm_table.setFixedHeight(5 * 22 + 12)
        self.region_table.setFixedHeight(6 * 22 + 12)
        sides = QHBoxLayout()
        sides.addWidget(self.firm_box, 1)
        sides.addWidget(self.region_side_box, 1)

        self.frontier_chart = FrontierChart(state, self.packages, self)
        self.years_box = QGroupBox(self)
        self.years_box.setObjectName("packageYearsBox")
        self.years_table, self.years_model = _read_only_table("packageYearsTable", self.years_box)
        QVBoxLayout(self.years_box).addWidget(self.years_table)
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.setObjectName("packageMiddleSplitter")
        middle.addWidget(self.frontier_chart)
        middle.addWidget(self.years_box)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)

        self.hubs_box = QGroupBox(self)
        self.hubs_box.setObjectName("packageHubsBox")
        self.hubs_table, self.hubs_model = _read_only_table("packageHubsTable", self.hubs_box)
        self.hubs_table.setFixedHeight(5 * 22 + 12)
        self.hubs_summary = QLabel(self.hubs_box)
        self.hubs_summary.setObjectName("packageHubsSummary")
        self.hubs_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.hubs_summary.setWordWrap(True)
        hubs_layout = QVBoxLayout(self.hubs_box)
        hubs_layout.addWidget(self.hubs_summary)
        hubs_layout.addWidget(self.hubs_table)
        self.notes = QLabel(self)
        self.notes.setObjectName("packageNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)

        right = QWidget(self)
        right.setObjectName("packageResults")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(sides, 0)
        right_layout.addWidget(middle, 1)
        right_layout.addWidget(self.hubs_box, 0)
        right_layout.addWidget(self.notes)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("packageSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 966])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self._is_shown = watch_page(self, self._redraw_if_stale)
        self.packages.assessment_changed.connect(self._show)
        self.packages.frontier_changed.connect(lambda: self._is_shown() and self.frontier_chart.redraw())
        self.packages.seek_finished.connect(self._seek_done)
        self.packages.mix_finished.connect(self._mix_done)
        self.packages.search_failed.connect(self._search_failed)
        state.language_changed.connect(lambda _language: self.retranslate())
        state.currency_changed.connect(lambda _currency: self._show())
        self.retranslate()
        self._show()

    # --- public -------------------------------------------------------------
    def retranslate(self) -> None:
        language = self._state.language
        self.items_box.setTitle(self.tr("Negotiated items, on top of the standard policies"))
        self.region_box.setTitle(self.tr("The region's assumptions (editable; defaults from the data pack)"))
        self.seek_box.setTitle(self.tr("The smallest package that works"))
        self.firm_box.setTitle(self.tr("The firm"))
        self.region_side_box.setTitle(self.tr("The region"))
        self.years_box.setTitle(self.tr("The region, year by year"))
        self.hubs_box.setTitle(self.tr("Against the best alternative"))
        self.public_rate_label.setText(self.tr("Public discount rate"))
        self.public_rate.setAccessibleName(self.tr("Public discount rate"))
        words = {
            RegionAssumption.ELECTRICITY_RETURN_SHARE: self.tr("Return per yuan of power sold"),
            RegionAssumption.LOCAL_HIRE_SHARE: self.tr("Share of staff hired locally"),
            RegionAssumption.WAGE_RETURN_SHARE: self.tr("Return per yuan of local wages"),
            RegionAssumption.CIT_LOCAL_SHARE: self.tr("Local share of corporate income tax"),
            RegionAssumption.INVESTMENT_LOCAL_SHARE: self.tr("Share of investment spent locally"),
            RegionAssumption.INVESTMENT_RETURN_SHARE: self.tr("Return per yuan spent locally"),
        }
        for key, label in self.assumption_labels.items():
            label.setText(words[key])
            self.assumption_spins[key].setAccessibleName(words[key])
        self.reset_assumptions.setText(self.tr("Back to the data pack's assumptions"))
        self.reset_assumptions.setAccessibleName(self.reset_assumptions.text())
        targets = {
            TargetKind.NPV: self.tr("Firm's NPV at least (yuan)"),
            TargetKind.PAYBACK: self.tr("Payback within (months)"),
            TargetKind.BEAT_BEST_HUB: self.tr("Beat the best alternative hub by (yuan)"),
        }
        for index, kind in enumerate(TargetKind):
            self.target_kind.setItemText(index, targets[kind])
        for index, kind in enumerate(ITEM_ORDER):
            self.seek_item.setItemText(index, template_text(ITEM_WORDS[kind]))
        self.target_kind_label.setText(self.tr("Target"))
        self.target_value_label.setText(self.tr("Value"))
        self.seek_item_label.setText(self.tr("Item to size"))
        self.target_kind.setAccessibleName(self.tr("Target"))
        self.target_value.setAccessibleName(self.tr("Target value"))
        self.seek_item.setAccessibleName(self.tr("Item to size"))
        self.seek_button.setText(self.tr("Smallest value of this item"))
        self.seek_button.setAccessibleName(self.seek_button.text())
        self.mix_button.setText(self.tr("Cheapest mix"))
        self.mix_button.setAccessibleName(self.mix_button.text())
        self.apply_button.setText(self.tr("Use this package"))
        self.apply_button.setAccessibleName(self.apply_button.text())
        for kind, row in self.rows.items():
            row.set_ceilings(ceilings_for(self._state.pack, kind), language)
        for table, title in (
            (self.firm_table, self.firm_box.title()), (self.region_table, self.region_side_box.title()),
            (self.years_table, self.years_box.title()), (self.hubs_table, self.hubs_box.title()),
        ):  # fmt: skip
            table.setAccessibleName(title)
            table.horizontalHeader().setAccessibleName(self.tr("Columns: {table}").format(table=title))
            table.verticalHeader().setAccessibleName(self.tr("Rows: {table}").format(table=title))
        self.frontier_chart.retranslate()
        self._show()

    # --- building the package from the editors ---------------------------------------
    def _percent_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0.0, 100.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" %")
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self._items_edited)
        return spin

    def _package_from_editors(self) -> Package:
        items = tuple(item for row in self.rows.values() if (item := row.item()) is not None)
        edited = {}
        for key, spin in self.assumption_spins.items():
            value = round(spin.value() / 100.0, 6)
            default = self._pack_default(key)
            if default is None or abs(value - default) > 1e-9:
                edited[key.value] = value
        rate = round(self.public_rate.value() / 100.0, 6)
        default_rate = self._pack_default(RegionAssumption.PUBLIC_DISCOUNT_RATE)
        return Package(
            items=items,
            public_discount_rate=None
            if default_rate is not None and abs(rate - default_rate) < 1e-9
            else rate,
            assumptions=edited,
            target=self._target(),
        )

    def _pack_default(self, key: RegionAssumption) -> float | None:
        return assumptions_of(self._state.pack, Package())[key].value

    def _target(self) -> Target:
        kind = TargetKind(self.target_kind.currentData())
        return Target(
            kind,
            max(0.0, self.target_value.value()) if kind is TargetKind.PAYBACK else self.target_value.value(),
        )

    def _items_edited(self) -> None:
        if self._syncing:
            return
        self.packages.set_package(self._package_from_editors())

    def _target_edited(self) -> None:
        if self._syncing:
            return
        kind = TargetKind(self.target_kind.currentData())
        self.target_value.setDecimals(0)
        self.target_value.setSuffix(self.tr(" months") if kind is TargetKind.PAYBACK else self.tr(" yuan"))
        self._items_edited()

    def _reset_assumptions(self) -> None:
        package = self.packages.package
        self.packages.set_package(dataclasses.replace(package, public_discount_rate=None, assumptions={}))

    # --- drawing --------------------------------------------------------------
    def _sync_editors(self, assessment: Assessment) -> None:
        self._syncing = True
        try:
            package = assessment.package
            scenario, pack = self._state.scenario, self._state.pack
            for kind, row in self.rows.items():
                row.show_item(package.item(kind), default_item(kind, scenario, pack))
            region = assessment.region
            self.public_rate.setValue(region.public_discount_rate * 100)
            for key, spin in self.assumption_spins.items():
                parameter = region.assumptions[key]
                spin.setValue(parameter.value * 100)
                provenance = parameter.provenance
                language = self._state.language
                spin.setToolTip(plain_tip(
                    f"{provenance.source_in(language)} ({provenance.as_of})\n{provenance.note_in(language)}"
                ))  # fmt: skip
            rate = region.assumptions[RegionAssumption.PUBLIC_DISCOUNT_RATE].provenance
            self.public_rate.setToolTip(
                plain_tip(f"{rate.source_in(self._state.language)}\n{rate.note_in(self._state.language)}")
            )
            index = self.target_kind.findData(package.target.kind.value)
            self.target_kind.setCurrentIndex(max(0, index))
            self.target_value.setSuffix(
                self.tr(" months") if package.target.kind is TargetKind.PAYBACK else self.tr(" yuan")
            )
            self.target_value.setValue(package.target.value)
        finally:
            self._syncing = False

    def _show(self) -> None:
        if not self._is_shown():  # drawn when shown: a hidden tab costs the Calculator nothing
            self._stale = True
            return
        self._stale = False
        self.frontier_chart.redraw()
        assessment = self.packages.assessment
        if assessment is None:
            return
        self._sync_editors(assessment)
        language = self._state.language
        flags_by_item: dict[ItemKind, list[str]] = {kind: [] for kind in ITEM_ORDER}
        for flag in assessment.flags:
            flags_by_item[flag.item].append(message_text(flag.message))
        for cost in assessment.region.items:
            flags_by_item[cost.kind] += [message_text(note) for note in cost.notes]
        for kind, row in self.rows.items():
            row.set_flags(flags_by_item[kind])
        self._show_firm(assessment, language)
        self._show_region(assessment, language)
        self._show_years(assessment, language)
        self._show_hubs(assessment, language)
        notes = [self.tr(
            "A proposal for negotiation, not an offer: items beyond the standard policies need the approval "
            "of the finance bureau. Figures are estimates from the data pack and the assumptions shown."
        )]  # fmt: skip
        if assessment.flags:
            notes.insert(0, self.tr("{count} figure(s) above the ceilings the data pack records.").format(
                count=len(assessment.flags)))  # fmt: skip
        self.notes.setText("\n".join(notes))

    def _show_firm(self, assessment: Assessment, language: str) -> None:
        firm = assessment.firm
        model = self.firm_model
        model.clear()
        model.setHorizontalHeaderLabels(
            ["", self.tr("Without package"), self.tr("With package"), self.tr("Change")]
        )
        rows = [
            (self.tr("NPV of the move"), money(firm.npv_without, language), money(firm.npv_with, language),
             money(firm.gain, language)),
            (self.tr("Payback"), payback_text(firm.payback_without, language),
             payback_text(firm.payback_with, language), ""),
            (self.tr("IRR"), irr_text(firm.irr_without), irr_text(firm.irr_with), ""),
        ]  # fmt: skip
        for label, *values in rows:
            model.appendRow([_cell(label, False), *(_cell(v) for v in values)])

    def _show_region(self, assessment: Assessment, language: str) -> None:
        region = assessment.region
        model = self.region_model
        model.clear()
        model.setHorizontalHeaderLabels(["", self.tr("Figure")])
        rate = f"{region.public_discount_rate * 100:g} %"
        ratio = self.tr("no fiscal cost") if region.ratio is None else self.tr("{ratio} yuan").format(
            ratio=f"{region.ratio:.2f}")  # fmt: skip
        if region.break_even_year is None:
            break_even = (
                self.tr("no cost to cover") if region.fiscal_cost_pv <= 0
                else self.tr("not within {years} years").format(years=assessment.horizon)
            )  # fmt: skip
        else:
            break_even = self.tr("year {year}").format(year=region.break_even_year)
        rows = [
            (self.tr("Fiscal cost of the package (present value at {rate})").format(rate=rate),
             money(region.fiscal_cost_pv, language)),
            (self.tr("What the move brings the region (present value)"), money(region.return_pv, language)),
            (self.tr("Firm's gain per yuan of fiscal cost"), ratio),
            (self.tr("The region's return covers the cost in"), break_even),
            (self.tr("Local jobs at the new site"), f"{region.jobs:,.1f}"),
        ]  # fmt: skip
        for label, value in rows:
            model.appendRow([_cell(label, False), _cell(value)])

    def _show_years(self, assessment: Assessment, language: str) -> None:
        region = assessment.region
        model = self.years_model
        model.clear()
        headers = [self.tr("Year"), self.tr("Fiscal cost")]
        headers += [template_text(REGION_LINE_WORDS[line]) for line in REGION_LINES]
        headers += [self.tr("Return counted"), self.tr("Cumulative, discounted")]
        model.setHorizontalHeaderLabels(headers)
        cumulative = region.cumulative_return_pv - region.cumulative_cost_pv
        for year in range(assessment.horizon + 1):
            cells = [_cell(str(year)), _cell(money(region.fiscal_cost[year], language))]
            cells += [_cell(money(region.brings[line][year], language)) for line in REGION_LINES]
            cells += [
                _cell(money(region.return_total[year], language)),
                _cell(money(cumulative[year], language)),
            ]
            model.appendRow(cells)

    def _show_hubs(self, assessment: Assessment, language: str) -> None:
        model = self.hubs_model
        model.clear()
        model.setHorizontalHeaderLabels([
            self.tr("Hub"), self.tr("Firm's NPV there"), self.tr("Gui'an's lead with the package"),
            self.tr("Lead without it"), self.tr("What decides it (present value; + favours Gui'an)"),
        ])  # fmt: skip
        for hub in sorted(assessment.hubs, key=lambda h: -h.npv):
            lines = self.tr("; ").join(
                f"{template_text(DECIDING_LINE_WORDS[line.line])} {'+' if line.advantage >= 0 else '−'}"
                f"{money(abs(line.advantage), language)}"
                for line in hub.lines[:3]
            )
            model.appendRow([
                _cell(local(hub.name_en, hub.name_zh, language), False), _cell(money(hub.npv, language)),
                _cell(money(hub.margin, language)), _cell(money(hub.margin_without, language)), _cell(lines, False),
            ])  # fmt: skip
        best = assessment.best_hub
        destination = assessment.evaluation.site(assessment.destination)
        name = local(destination.name_en, destination.name_zh, language)
        if best is None:
            self.hubs_summary.setText(self.tr("The data pack has no comparator hub."))
        elif assessment.winner == assessment.destination:
            best_name = local(best.name_en, best.name_zh, language)
            self.hubs_summary.setText(self.tr(
                "{site} wins with the package: {lead} ahead of the best alternative, {hub}."
            ).format(site=name, lead=money(best.margin, language), hub=best_name))  # fmt: skip
        else:
            best_name = local(best.name_en, best.name_zh, language)
            self.hubs_summary.setText(self.tr(
                "{hub} wins: {lead} ahead of {site} even with the package. Largest line: {line}."
            ).format(hub=best_name, lead=money(-best.margin, language), site=name,
                     line=template_text(DECIDING_LINE_WORDS[best.lines[0].line]) if best.lines else "—"))  # fmt: skip

    # --- goal seek and cheapest mix ----------------------------------------------
    def _seek(self) -> None:
        self._items_edited()
        self.search_result.setText(self.tr("Searching…"))
        self.apply_button.setEnabled(False)
        self.packages.start_seek(ItemKind(self.seek_item.currentData()), self._target())

    def _mix(self) -> None:
        self._items_edited()
        self.search_result.setText(self.tr("Searching…"))
        self.apply_button.setEnabled(False)
        self.packages.start_mix(self._target())

    def _seek_done(self, result: SeekResult) -> None:
        self._last_search = result
        language = self._state.language
        words = template_text(ITEM_WORDS[result.kind])
        cost = money(result.assessment.region.fiscal_cost_pv, language)
        if result.status is SeekStatus.ALREADY:
            text = self.tr("The target already holds without this item.")
        elif result.status is SeekStatus.UNREACHABLE:
            text = self.tr("Out of reach: not even the largest {item} searched meets the target.").format(
                item=words
            )
        else:
            text = self.tr("{item}: {value} meets the target; fiscal cost {cost}.").format(
                item=words, value=self._item_value_text(result.item), cost=cost)  # fmt: skip
            if result.over_ceiling:
                text += "\n" + "\n".join(f"⚠ {message_text(flag.message)}" for flag in result.over_ceiling)
        self.search_result.setText(text)
        self.apply_button.setEnabled(result.status is SeekStatus.FOUND)

    def _mix_done(self, result: MixResult) -> None:
        self._last_search = result
        language = self._state.language
        parts = [
            f"{template_text(ITEM_WORDS[i.kind])} {self._item_value_text(i)}" for i in result.package.items
        ]
        cost = money(result.assessment.region.fiscal_cost_pv, language)
        if result.met:
            text = self.tr("Cheapest mix: {items}; fiscal cost {cost}.").format(
                items=self.tr("; ").join(parts) or self.tr("nothing needed"), cost=cost)  # fmt: skip
        else:
            text = self.tr("Even every item at its ceiling misses the target ({items}; fiscal cost {cost}).").format(
                items=self.tr("; ").join(parts), cost=cost)  # fmt: skip
        self.search_result.setText(text)
        self.apply_button.setEnabled(result.met and bool(result.package.items))

    def _search_failed(self, reason: str) -> None:
        self.search_result.setText(self.tr("The search failed: {reason}").format(reason=reason))

    def _apply_search(self) -> None:
        if self._last_search is not None:
            self.packages.set_package(self._last_search.package)
            self.apply_button.setEnabled(False)

    def _item_value_text(self, item) -> str:
        if item is None:
            return "—"
        language = self._state.language
        if item.kind is ItemKind.ELECTRICITY_PRICE:
            return self.tr("{price} yuan/kWh for {years} years").format(
                price=f"{item.value:.3f}", years=item.years
            )
        if item.kind in (ItemKind.SETTLEMENT_GRANT,):
            return money(item.value, language)
        if item.kind is ItemKind.TALENT_SUBSIDY:
            return self.tr("{amount} a person a year for {years} years").format(
                amount=money(item.value, language), years=item.years)  # fmt: skip
        if item.kind is ItemKind.INTEREST_SUBSIDY:
            return self.tr("{points} points for {years} years").format(
                points=f"{item.value * 100:.2f}", years=item.years
            )
        share = f"{item.value * 100:.1f} %"
        if item.kind is ItemKind.CAPEX_SUBSIDY:
            return share
        return self.tr("{share} for {years} years").format(share=share, years=item.years)

    def _redraw_if_stale(self) -> None:
        if self._stale:
            self._show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._redraw_if_stale()
