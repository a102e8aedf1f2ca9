"""One numeric input of the case: label, slider, spin box, unit, reset, provenance.

The slider covers a working range around the value (the input's uncertainty
range, widened); the spin box accepts the whole allowed domain, so no value
outside it can be typed. Edits are emitted as ``value_edited(path, value)``;
the editor never changes the scenario itself.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from explorer.domain.model import InputInfo
from explorer.domain.parameters import CONFIDENCE_WORDS, Confidence
from explorer.translation import user_text
from explorer.ui.money import figure_style
from explorer.ui.widgets.elided_label import ElidedLabel
from explorer.ui.widgets.plain_text import plain_tip, plain_tooltip
from explorer.ui.widgets.units import unit_display

_STEPS = 1000


def confidence_text(confidence: Confidence) -> str:
    return QCoreApplication.translate("Provenance", CONFIDENCE_WORDS[confidence])


def provenance_text(info: InputInfo, language: str = "en") -> str:
    """Where an input's value comes from, in plain text for tooltips and the details pane.

    The source and note are the pack's own texts in ``language`` (``source_zh``/``note_zh`` in
    Chinese where the pack gives them); the maintainer note is never part of it.
    """
    if info.provenance is not None and info.provenance.confidence is Confidence.CLIENT:
        first = QCoreApplication.translate("Provenance", "From the client's own data.")
    elif info.overridden:
        first = QCoreApplication.translate("Provenance", "Set in this scenario.")
    else:
        first = QCoreApplication.translate("Provenance", "Default from the data pack.")
    lines = [first]
    if info.provenance is not None:
        p = info.provenance
        lines.append(
            QCoreApplication.translate("Provenance", "Source: {source}").format(source=p.source_in(language))
        )
        if p.as_of:
            lines.append(QCoreApplication.translate("Provenance", "As of: {date}").format(date=p.as_of))
        lines.append(
            QCoreApplication.translate("Provenance", "Confidence: {label}").format(
                label=confidence_text(p.confidence)
            )
        )
        note = p.note_in(language)
        if note:
            lines.append(user_text(note))  # an engine note is a Message; a pack note plain text
        if p.url:
            lines.append(p.url)
    if info.high > info.low:
        lines.append(
            QCoreApplication.translate("Provenance", "Uncertainty range: {low} to {high}").format(
                low=f"{info.low:,.6g}", high=f"{info.high:,.6g}"
            )
        )
    return "\n".join(lines)


class ParameterEditor(QWidget):
    value_edited = Signal(str, float)  # path, value in model units
    reset_requested = Signal(str)  # path
    focused = Signal(str)  # path: the details pane shows this input's provenance

    def __init__(
        self, info: InputInfo, language: str, parent: QWidget | None = None, strip_site_prefix: bool = False
    ) -> None:
        super().__init__(parent)
        self.path = info.path
        self._strip_site_prefix = strip_site_prefix
        safe = info.path.replace(".", "_")
        self.setObjectName(f"editor_{safe}")
        self._info = info
        self._display = unit_display(info.unit)
        self._lo = self._hi = 0.0

        self.label = ElidedLabel(self)  # long labels (policy titles) end in "…"; the tooltip has them whole
        self.label.setObjectName(f"label_{safe}")
        self.badge = QLabel(self)
        self.badge.setObjectName("estimateBadge")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName(f"slider_{safe}")
        self.slider.setRange(0, _STEPS)
        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName(f"spin_{safe}")
        self.spin.setKeyboardTracking(False)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setMinimumWidth(112)
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName(f"reset_{safe}")
        self.reset_button.setText("↺")
        self.reset_button.setAutoRaise(True)
        self.label.setBuddy(self.spin)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.label, 1)
        heading.addWidget(self.badge)
        grid.addLayout(heading, 0, 0, 1, 3)
        grid.addWidget(self.slider, 1, 0)
        grid.addWidget(self.spin, 1, 1)
        grid.addWidget(self.reset_button, 1, 2)
        grid.setColumnStretch(0, 1)

        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.path))
        for widget in (self.slider, self.spin):
            widget.installEventFilter(self)
        self.update_from(info, language, rescale=True)

    # --- public -------------------------------------------------------------
    @property
    def info(self) -> InputInfo:
        return self._info

    def value(self) -> float:
        return self.spin.value() / self._display.scale

    def update_from(self, info: InputInfo, language: str, rescale: bool = False) -> None:
        """Show ``info`` without emitting edits; the slider range moves only when needed."""
        self._info = info
        self._display = unit_display(info.unit)
        label = figure_style(language, short_names=False).text(info.label)
        if self._strip_site_prefix:
            # Inside a site's own group, "Guangdong: Electricity price" reads as "Electricity price".
            for mark in ("：", ": "):
                if mark in label:
                    label = label.split(mark, 1)[1]
                    break
        self.label.setText(label)
        for widget in (self, self.slider, self.spin):
            widget.setAccessibleName(label)
        self.reset_button.setAccessibleName(
            QCoreApplication.translate("ParameterEditor", "Reset {label} to the data-pack value").format(
                label=label
            )
        )
        self.reset_button.setToolTip(plain_tip(self.reset_button.accessibleName()))
        self.reset_button.setEnabled(info.overridden)
        estimate = info.provenance is not None and info.provenance.is_estimate
        client = info.provenance is not None and info.provenance.confidence is Confidence.CLIENT
        if client:  # issue 19: the client's own figure
            self.badge.setText(QCoreApplication.translate("ParameterEditor", "client data"))
        else:
            self.badge.setText(QCoreApplication.translate("ParameterEditor", "estimate") if estimate else "")
        self.setToolTip(plain_tooltip(f"{label}\n{provenance_text(info, language)}"))
        if rescale or not self._lo <= info.value <= self._hi:
            self._lo, self._hi = _working_range(info)
        self._show(info.value)

    # --- private ------------------------------------------------------------
    def _show(self, value: float) -> None:
        d = self._display
        self.spin.blockSignals(True)
        self.slider.blockSignals(True)
        self.spin.setDecimals(d.decimals if d.integral else _decimals_for(value * d.scale, d.decimals))
        self.spin.setSuffix(d.suffix)
        self.spin.setRange(self._info.minimum * d.scale, self._info.maximum * d.scale)
        self.spin.setSingleStep(_nice_step((self._hi - self._lo) * d.scale / 100))
        self.spin.setValue(value * d.scale)
        self.slider.setValue(self._to_position(value))
        self.spin.blockSignals(False)
        self.slider.blockSignals(False)

    def _to_position(self, value: float) -> int:
        if self._hi <= self._lo:
            return 0
        share = (value - self._lo) / (self._hi - self._lo)
        return round(min(max(share, 0.0), 1.0) * _STEPS)

    def _on_slider(self, position: int) -> None:
        raw = self._lo + (self._hi - self._lo) * position / _STEPS
        value = _round_significant(raw, 4)
        self.spin.blockSignals(True)
        self.spin.setValue(value * self._display.scale)
        self.spin.blockSignals(False)
        self.value_edited.emit(self.path, self.value())

    def _on_spin(self, shown: float) -> None:
        value = shown / self._display.scale
        if not self._lo <= value <= self._hi:
            self._lo, self._hi = _working_range(self._info, around=value)
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_position(value))
        self.slider.blockSignals(False)
        self.value_edited.emit(self.path, value)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.path)
        return super().eventFilter(watched, event)


def _working_range(info: InputInfo, around: float | None = None) -> tuple[float, float]:
    """A slider range: the uncertainty range widened by half its width, at least ±50 % of the value."""
    value = info.value if around is None else around
    lo, hi = min(info.low, value), max(info.high, value)
    if info.unit.startswith("fraction") and info.maximum <= 1.0:
        return info.minimum, info.maximum
    span = hi - lo
    lo, hi = lo - span / 2, hi + span / 2
    if value > 0:
        lo, hi = min(lo, value * 0.5), max(hi, value * 1.5)
    if hi <= lo:
        hi = lo + 1.0
    return max(info.minimum, lo), min(info.maximum, hi)


def _decimals_for(shown: float, unit_decimals: int) -> int:
    """Enough decimals to show three significant digits of a small value (0.7 kW, not 1 kW)."""
    if shown == 0 or not math.isfinite(shown) or abs(shown) >= 100:
        return unit_decimals
    return min(4, max(unit_decimals, 2 - math.floor(math.log10(abs(shown)))))


def _round_significant(value: float, digits: int) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, -int(math.floor(math.log10(abs(value)))) + digits - 1)


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    return 10 ** math.floor(math.log10(raw))
