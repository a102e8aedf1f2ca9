"""How each unit of the cost model is shown in a spin box: scale, decimals, suffix."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True, slots=True)
class UnitDisplay:
    scale: float  # shown = value * scale (fractions are shown as percent)
    decimals: int
    suffix: str
    integral: bool = False  # counted things: never shown with decimals


def unit_display(unit: str) -> UnitDisplay:
    """The display of ``unit`` in the current UI language."""
    table: dict[str, tuple[float, int, str]] = {
        "yuan": (1, 0, QCoreApplication.translate("Units", "yuan")),
        "yuan/yr": (1, 0, QCoreApplication.translate("Units", "yuan/yr")),
        "yuan/rack": (1, 0, QCoreApplication.translate("Units", "yuan/rack")),
        "yuan/TB": (1, 0, QCoreApplication.translate("Units", "yuan/TB")),
        "yuan/day": (1, 0, QCoreApplication.translate("Units", "yuan/day")),
        "yuan/person": (1, 0, QCoreApplication.translate("Units", "yuan/person")),
        "yuan/kWh": (1, 3, QCoreApplication.translate("Units", "yuan/kWh")),
        "yuan/rack/month": (1, 0, QCoreApplication.translate("Units", "yuan/rack/month")),
        "yuan/Mbps/month": (1, 1, QCoreApplication.translate("Units", "yuan/Mbps/month")),
        "yuan/person/year": (1, 0, QCoreApplication.translate("Units", "yuan/person/yr")),
        "yuan/kW": (1, 0, QCoreApplication.translate("Units", "yuan/kW")),
        "fraction": (100, 1, "%"),
        "fraction/yr": (100, 2, QCoreApplication.translate("Units", "%/yr")),
        "ratio": (1, 2, ""),
        "kW": (1, 0, QCoreApplication.translate("Units", "kW")),
        "kW/rack": (1, 1, QCoreApplication.translate("Units", "kW/rack")),
        "Mbps": (1, 0, QCoreApplication.translate("Units", "Mbps")),
        "count": (1, 0, ""),
        "persons": (1, 0, QCoreApplication.translate("Units", "persons")),
        "ms": (1, 1, QCoreApplication.translate("Units", "ms")),
        "TB": (1, 0, QCoreApplication.translate("Units", "TB")),
        "days": (1, 1, QCoreApplication.translate("Units", "days")),
        "months": (1, 1, QCoreApplication.translate("Units", "months")),
        "years": (1, 0, QCoreApplication.translate("Units", "years")),
        "CNY/USD": (1, 3, QCoreApplication.translate("Units", "CNY per USD")),
        "tCO2/MWh": (1, 4, QCoreApplication.translate("Units", "tCO2/MWh")),
    }
    scale, decimals, suffix = table.get(unit, (1, 2, unit))
    integral = unit in ("count", "persons", "years")
    return UnitDisplay(scale, decimals, f" {suffix}" if suffix and suffix != "%" else suffix, integral)
