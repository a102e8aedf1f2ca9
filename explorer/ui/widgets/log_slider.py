"""A slider and a spin box kept in sync, on a logarithmic scale.

IT loads span three orders of magnitude (100 kW to 200 MW), so a linear
slider would leave everything below 2 MW in its first pixel.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

_SLIDER_STEPS = 1000


class LogSliderSpin(QWidget):
    """Emits ``value_changed(float)`` whenever either control changes the value."""

    value_changed = Signal(float)

    def __init__(
        self,
        minimum: float,
        maximum: float,
        value: float,
        suffix: str,
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not 0 < minimum < maximum:
            raise ValueError("LogSliderSpin needs 0 < minimum < maximum")
        self._min = minimum
        self._max = maximum
        self.setObjectName(object_name)

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName(f"{object_name}Slider")
        self.slider.setRange(0, _SLIDER_STEPS)
        self.slider.setPageStep(_SLIDER_STEPS // 20)

        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName(f"{object_name}Spin")
        self.spin.setRange(minimum, maximum)
        self.spin.setDecimals(0)
        self.spin.setSingleStep(100)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(130)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)

        self.set_value(value)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)

    def value(self) -> float:
        return self.spin.value()

    def set_value(self, value: float) -> None:
        value = min(max(value, self._min), self._max)
        self.spin.blockSignals(True)
        self.slider.blockSignals(True)
        self.spin.setValue(value)
        self.slider.setValue(self._to_position(value))
        self.spin.blockSignals(False)
        self.slider.blockSignals(False)

    def set_accessible_names(self, name: str) -> None:
        self.setAccessibleName(name)
        self.slider.setAccessibleName(name)
        self.spin.setAccessibleName(name)

    def _to_position(self, value: float) -> int:
        span = math.log(self._max) - math.log(self._min)
        return round((math.log(value) - math.log(self._min)) / span * _SLIDER_STEPS)

    def _to_value(self, position: int) -> float:
        span = math.log(self._max) - math.log(self._min)
        raw = math.exp(math.log(self._min) + span * position / _SLIDER_STEPS)
        return float(_round_to_significant(raw, 3))

    def _on_slider(self, position: int) -> None:
        value = self._to_value(position)
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.value_changed.emit(self.spin.value())

    def _on_spin(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_position(value))
        self.slider.blockSignals(False)
        self.value_changed.emit(value)


def _round_to_significant(value: float, digits: int) -> float:
    """Slider values read as round numbers (12,300 kW, not 12,287 kW)."""
    if value <= 0:
        return value
    magnitude = math.floor(math.log10(value))
    return round(value, -magnitude + digits - 1)
