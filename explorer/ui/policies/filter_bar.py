"""Search box and filters above the policy table, each choice showing how many policies it leaves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from explorer.domain.policies import PolicyCategory, PolicyLevel
from explorer.ui.policies.catalogue import (
    CATEGORIES,
    IN_FORCE_STATES,
    LEVELS,
    FacetCounts,
    Filters,
    InForce,
)
from explorer.ui.policies.words import CATEGORY_WORDS, IN_FORCE_WORDS, LEVEL_WORDS, label


class PolicyFilterBar(QWidget):
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyFilterBar")
        self._site_names: dict[str, str] = {}
        self._origins: tuple[str, ...] = ()
        self._counts: FacetCounts | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("policySearch")
        self.search.setClearButtonEnabled(True)
        self.level = self._combo("policyLevelFilter")
        self.category = self._combo("policyCategoryFilter")
        self.in_force = self._combo("policyStatusFilter")
        self.origin = self._combo("policyOriginFilter")
        self.quantified = QCheckBox(self)
        self.quantified.setObjectName("policyQuantifiedFilter")
        self.eligible = QCheckBox(self)
        self.eligible.setObjectName("policyEligibleFilter")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("policyClearFilters")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("policyCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.count_label, 0, 3)
        for column, combo in enumerate((self.level, self.category, self.in_force, self.origin)):
            grid.addWidget(combo, 1, column)
            grid.setColumnStretch(column, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.quantified)
        toggles.addWidget(self.eligible)
        toggles.addStretch(1)
        toggles.addWidget(self.clear_button)
        grid.addLayout(toggles, 2, 0, 1, 4)

        self.search.textChanged.connect(self.filters_changed)
        for combo in (self.level, self.category, self.in_force, self.origin):
            combo.currentIndexChanged.connect(self.filters_changed)
        self.quantified.toggled.connect(self.filters_changed)
        self.eligible.toggled.connect(self.filters_changed)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    # --- public API -------------------------------------------------------------
    def filters(self) -> Filters:
        level, category = self.level.currentData(), self.category.currentData()
        in_force, origin = self.in_force.currentData(), self.origin.currentData()
        return Filters(
            text=self.search.text(),
            level=PolicyLevel(level) if level else None,
            category=PolicyCategory(category) if category else None,
            in_force=InForce(in_force) if in_force else None,
            origin=str(origin) if origin else None,
            quantified_only=self.quantified.isChecked(),
            eligible_only=self.eligible.isChecked(),
        )

    def set_origins(self, origins: tuple[str, ...], site_names: dict[str, str]) -> None:
        """The origin regions some policy is aimed at, and their names in the data language."""
        chosen = self.origin.currentData()
        self._origins, self._site_names = origins, site_names
        self._fill(self.origin, [None, *origins], chosen)

    def show_counts(self, counts: FacetCounts) -> None:
        """Counts beside every choice, given the other filters."""
        self._counts = counts
        self.show_shown(counts.shown, counts.catalogue)
        self._label_items()

    def show_shown(self, shown: int, total: int) -> None:
        self.count_label.setText(
            self.tr("%n of {total} shown", "", shown).format(total=total)
            if shown != total
            else self.tr("All %n policies", "", total)
        )

    def clear(self) -> None:
        """Back to the whole catalogue, with one filters_changed signal."""
        widgets = (
            self.search,
            self.level,
            self.category,
            self.in_force,
            self.origin,
            self.quantified,
            self.eligible,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.level, self.category, self.in_force, self.origin):
            combo.setCurrentIndex(0)
        self.quantified.setChecked(False)
        self.eligible.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.filters_changed.emit()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search titles, summaries, issuers, document numbers; pinyin works too (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search policies"))
        self.search.setToolTip(self.tr("Chinese, English or pinyin: dianjia or dj finds 电价. Esc clears."))
        for button in self.search.findChildren(QToolButton):  # the line edit's own clear button
            button.setObjectName("policySearchClear")
            button.setAccessibleName(self.tr("Clear the search"))
        self.level.setAccessibleName(self.tr("Filter by level"))
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.in_force.setAccessibleName(self.tr("Filter by status"))
        self.origin.setAccessibleName(self.tr("Filter by origin region the policy targets"))
        self.quantified.setAccessibleName(self.tr("Only policies with a published amount"))
        self.eligible.setAccessibleName(self.tr("Only policies the current firm is eligible for"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.count_label.setAccessibleName(self.tr("Number of policies shown"))
        self._fill(self.level, [None, *LEVELS], self.level.currentData())
        self._fill(self.category, [None, *CATEGORIES], self.category.currentData())
        self._fill(self.in_force, [None, *IN_FORCE_STATES], self.in_force.currentData())
        self._fill(self.origin, [None, *self._origins], self.origin.currentData())
        self._label_items()

    # --- private --------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _fill(self, combo: QComboBox, values: list, current: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        for value in values:
            combo.addItem("", value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:  # the chosen value is gone (new data pack)
            self.filters_changed.emit()

    def _label_items(self) -> None:
        counts = self._counts
        levels = counts.level if counts else None
        self._label(self.level, self.tr("All levels"), counts.any_level if counts else None)
        for i, level in enumerate(LEVELS):
            self._label_item(self.level, i + 1, label(LEVEL_WORDS, level), levels[i] if levels else None)
        self._label(self.category, self.tr("All categories"), counts.any_category if counts else None)
        for i, category in enumerate(CATEGORIES):
            count = counts.category[i] if counts else None
            self._label_item(self.category, i + 1, label(CATEGORY_WORDS, category), count)
        self._label(self.in_force, self.tr("Any status"), counts.any_in_force if counts else None)
        for i, state in enumerate(IN_FORCE_STATES):
            count = counts.in_force[i] if counts else None
            self._label_item(self.in_force, i + 1, label(IN_FORCE_WORDS, state), count)
        self._label(self.origin, self.tr("Any origin region"), counts.any_origin if counts else None)
        for i, site in enumerate(self._origins):
            text = self.tr("Aimed at firms from {region}").format(region=self._site_names.get(site, site))
            self._label_item(self.origin, i + 1, text, counts.origin.get(site) if counts else None)
        quantified = self.tr("Quantified only")
        eligible = self.tr("Eligible for this firm")
        self.quantified.setText(f"{quantified} ({counts.quantified})" if counts else quantified)
        self.eligible.setText(f"{eligible} ({counts.eligible})" if counts else eligible)

    def _label(self, combo: QComboBox, text: str, count: int | None) -> None:
        self._label_item(combo, 0, text, count)

    @staticmethod
    def _label_item(combo: QComboBox, index: int, text: str, count: int | None) -> None:
        if index < combo.count():
            combo.setItemText(index, f"{text} ({count})" if count is not None else text)

    # --- Qt overrides -------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
