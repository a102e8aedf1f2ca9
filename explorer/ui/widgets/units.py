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


def _t(text: str) -> str:
    return QCoreApplication.translate("Units", text)


def unit_display(unit: str) -> UnitDisplay:
    """The display of ``unit`` in the current UI language."""
    table: dict[str, tuple[float, int, str]] = {
        "yuan": (1, 0, _t("yuan")),
        "yuan/yr": (1, 0, _t("yuan/yr")),
        "yuan/rack": (1, 0, _t("yuan/rack")),
        "yuan/TB": (1, 0, _t("yuan/TB")),
        "yuan/day": (1, 0, _t("yuan/day")),
        "yuan/person": (1, 0, _t("yuan/person")),
        "yuan/kWh": (1, 3, _t("yuan/kWh")),
        "yuan/rack/month": (1, 0, _t("yuan/rack/month")),
        "yuan/Mbps/month": (1, 1, _t("yuan/Mbps/month")),
        "yuan/person/year": (1, 0, _t("yuan/person/yr")),
        "yuan/kW": (1, 0, _t("yuan/kW")),
        "fraction": (100, 1, "%"),
        "fraction/yr": (100, 2, _t("%/yr")),
        "ratio": (1, 2, ""),
        "kW": (1, 0, _t("kW")),
        "kW/rack": (1, 1, _t("kW/rack")),
        "Mbps": (1, 0, _t("Mbps")),
        "count": (1, 0, ""),
        "persons": (1, 0, _t("persons")),
        "ms": (1, 1, _t("ms")),
        "TB": (1, 0, _t("TB")),
        "days": (1, 1, _t("days")),
        "months": (1, 1, _t("months")),
        "years": (1, 0, _t("years")),
        "CNY/USD": (1, 3, _t("CNY per USD")),
        "tCO2/MWh": (1, 4, _t("tCO2/MWh")),
    }
    scale, decimals, suffix = table.get(unit, (1, 2, unit))
    integral = unit in ("count", "persons", "years")
    return UnitDisplay(scale, decimals, f" {suffix}" if suffix and suffix != "%" else suffix, integral)
