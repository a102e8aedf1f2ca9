"""One row per kind of negotiated measure: include it, its figure, term, cap, and its ceiling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from explorer.domain.package import ITEM_WORDS, ONE_OFF_ITEMS, PackageItem
from explorer.domain.package_data import Ceiling, CeilingLimit, ItemKind
from explorer.ui.package.words import template_text
from explorer.ui.widgets.plain_text import plain_tip

# How each kind's figure is typed: (scale from the spin box to the item's value, decimals, maximum, step)
PERCENT_ITEMS = (ItemKind.RENT_SUBSIDY, ItemKind.COMPUTE_VOUCHER, ItemKind.CAPEX_SUBSIDY)
SPIN: dict[ItemKind, tuple[float, int, float, float]] = {
    ItemKind.ELECTRICITY_PRICE: (1.0, 3, 5.0, 0.01),
    ItemKind.RENT_SUBSIDY: (0.01, 1, 100.0, 5.0),
    ItemKind.COMPUTE_VOUCHER: (0.01, 1, 100.0, 5.0),
    ItemKind.SETTLEMENT_GRANT: (1.0, 0, 1e10, 100_000.0),
    ItemKind.TALENT_SUBSIDY: (1.0, 0, 1e6, 1_000.0),
    ItemKind.INTEREST_SUBSIDY: (0.01, 2, 100.0, 0.25),
    ItemKind.CAPEX_SUBSIDY: (0.01, 1, 100.0, 1.0),
}
CAPPED_YEARLY = (ItemKind.RENT_SUBSIDY, ItemKind.COMPUTE_VOUCHER)


class ItemRow(QWidget):
    """The editors of one item kind, laid out on a shared grid row by row."""

    changed = Signal()

    def __init__(self, kind: ItemKind, grid: QGridLayout, row: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        name = kind.value
        self.include = QCheckBox(parent)
        self.include.setObjectName(f"package_{name}_include")
        scale, decimals, maximum, step = SPIN[kind]
        self._scale = scale
        self.value = QDoubleSpinBox(parent)
        self.value.setObjectName(f"package_{name}_value")
        self.value.setDecimals(decimals)
        self.value.setRange(0.0, maximum)
        self.value.setSingleStep(step)
        self.value.setGroupSeparatorShown(True)
        self.value.setKeyboardTracking(False)
        self.years = QSpinBox(parent)
        self.years.setObjectName(f"package_{name}_years")
        self.years.setRange(1, 20)
        self.years.setKeyboardTracking(False)
        self.years.setVisible(kind not in ONE_OFF_ITEMS)
        self.years.setMaximumWidth(80)
        self.value.setMaximumWidth(150)
        self.cap = QDoubleSpinBox(parent)
        self.cap.setObjectName(f"package_{name}_cap")
        self.cap.setDecimals(0)
        self.cap.setRange(0.0, 1e12)
        self.cap.setSingleStep(1_000_000.0)
        self.cap.setGroupSeparatorShown(True)
        self.cap.setKeyboardTracking(False)
        self.cap.setMaximumWidth(170)
        self.cap.setVisible(kind in CAPPED_YEARLY or kind is ItemKind.CAPEX_SUBSIDY)
        self.ceiling = QLabel(parent)
        self.ceiling.setObjectName(f"package_{name}_ceiling")
        self.ceiling.setWordWrap(True)
        self.ceiling.setStyleSheet("color: #5f6670;")
        self.flag = QLabel(parent)
        self.flag.setObjectName(f"package_{name}_flag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #b3261e;")
        for spin in (self.value, self.years, self.cap):
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            spin.valueChanged.connect(self._edited)
        self.include.toggled.connect(self._edited)
        grid.addWidget(self.include, row, 0, 1, 3)
        grid.addWidget(self.value, row + 1, 0)
        grid.addWidget(self.years, row + 1, 1)
        grid.addWidget(self.cap, row + 1, 2)
        grid.addWidget(self.ceiling, row + 2, 0, 1, 3)
        grid.addWidget(self.flag, row + 3, 0, 1, 3)
        self._ceilings: dict[CeilingLimit, Ceiling] = {}

    # --- public -------------------------------------------------------------
    def show_item(self, item: PackageItem | None, template: PackageItem) -> None:
        """Show ``item`` (or, unticked, the starting values of ``template``) without emitting."""
        shown = item or template
        for widget in (self.include, self.value, self.years, self.cap):
            widget.blockSignals(True)
        self.include.setChecked(item is not None)
        self.value.setValue(shown.value / self._scale)
        self.years.setValue(shown.years)
        cap = shown.cap_total if self.kind is ItemKind.CAPEX_SUBSIDY else shown.cap_per_year
        self.cap.setValue(cap or 0.0)
        for widget in (self.include, self.value, self.years, self.cap):
            widget.blockSignals(False)
        self._enable()

    def item(self) -> PackageItem | None:
        if not self.include.isChecked():
            return None
        cap = self.cap.value() or None
        return PackageItem(
            self.kind,
            self.value.value() * self._scale,
            years=self.years.value(),
            cap_per_year=cap if self.kind in CAPPED_YEARLY else None,
            cap_total=cap if self.kind is ItemKind.CAPEX_SUBSIDY else None,
        )

    def set_ceilings(self, ceilings: dict[CeilingLimit, Ceiling], language: str) -> None:
        self._ceilings = ceilings
        self.retranslate(language)

    def set_flags(self, texts: list[str]) -> None:
        self.flag.setText("\n".join(f"⚠ {text}" for text in texts))
        self.flag.setVisible(bool(texts))

    def retranslate(self, language: str) -> None:
        words = template_text(ITEM_WORDS[self.kind])
        self.include.setText(words)
        self.include.setAccessibleName(self.tr("Include: {item}").format(item=words))
        self.value.setAccessibleName(self.tr("{item}: figure").format(item=words))
        self.years.setAccessibleName(self.tr("{item}: years").format(item=words))
        self.cap.setAccessibleName(self.tr("{item}: cap").format(item=words))
        self.value.setSuffix(self._unit())
        self.years.setSuffix(self.tr(" yrs"))
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setPrefix(self.tr("cap ") if self.cap.value() else "")
        self.cap.setSuffix(self.tr(" yuan/yr") if self.kind in CAPPED_YEARLY else self.tr(" yuan"))
        self.ceiling.setText(self._ceiling_text())
        self.ceiling.setToolTip(plain_tip(self._ceiling_sources(language)))

    # --- private ------------------------------------------------------------
    def _unit(self) -> str:
        if self.kind is ItemKind.ELECTRICITY_PRICE:
            return self.tr(" yuan/kWh")
        if self.kind in PERCENT_ITEMS:
            return " %"
        if self.kind is ItemKind.INTEREST_SUBSIDY:
            return self.tr(" pts")
        if self.kind is ItemKind.TALENT_SUBSIDY:
            return self.tr(" yuan/person/yr")
        return self.tr(" yuan")

    def _ceiling_text(self) -> str:
        if not self._ceilings:
            return self.tr("No ceiling in the data pack")
        parts = []
        for limit, ceiling in self._ceilings.items():
            value = ceiling.value
            if limit is CeilingLimit.MAX_BILL_CUT:
                parts.append(self.tr("power bill cut ≤ {value} %").format(value=f"{value * 100:g}"))
            elif limit is CeilingLimit.MAX_RATE:
                unit = self.tr(" pts") if self.kind is ItemKind.INTEREST_SUBSIDY else " %"
                parts.append(self.tr("rate ≤ {value}{unit}").format(value=f"{value * 100:g}", unit=unit))
            elif limit is CeilingLimit.MAX_YEARS:
                parts.append(self.tr("≤ {value} years").format(value=f"{value:g}"))
            else:
                units = {"yuan": self.tr(" yuan"), "yuan/yr": self.tr(" yuan/yr"),
                         "yuan/person/yr": self.tr(" yuan/person/yr")}  # fmt: skip
                unit = units.get(ceiling.unit, f" {ceiling.unit}")
                parts.append(self.tr("≤ {value}{unit}").format(value=f"{value:,.0f}", unit=unit))
        sources = sorted({c.policy_id for c in self._ceilings.values() if c.policy_id})
        text = self.tr("Ceiling: {limits}").format(limits=self.tr("; ").join(parts))
        if sources:
            text += self.tr(" (from {policies})").format(policies=", ".join(sources))
        return text

    def _ceiling_sources(self, language: str) -> str:
        lines = []
        for ceiling in self._ceilings.values():
            provenance = ceiling.provenance
            lines.append(
                f"{provenance.source_in(language)} · {provenance.as_of} · {provenance.note_in(language)}"
            )
        return "\n".join(lines)

    def _enable(self) -> None:
        on = self.include.isChecked()
        for widget in (self.value, self.years, self.cap):
            widget.setEnabled(on)

    def _edited(self) -> None:
        self._enable()
        self.cap.setPrefix(self.tr("cap ") if self.cap.value() else "")
        self.changed.emit()
