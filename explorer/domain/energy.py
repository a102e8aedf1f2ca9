"""Facility energy and its cost: cost-model.md section 2, first two lines.

Pure functions that accept floats or numpy arrays (broadcasting), so the GUI's
first chart, the engine and the Monte Carlo all use the same arithmetic.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

HOURS_PER_YEAR = 8760.0

FloatOrArray = float | NDArray[np.float64]


def _as_result(value: NDArray[np.float64]) -> FloatOrArray:
    """Scalars in, a plain float out; arrays in, an array out."""
    return float(value) if value.ndim == 0 else value


def annual_energy_kwh(it_load_kw: ArrayLike, pue: ArrayLike) -> FloatOrArray:
    """Facility energy a year: E = P_it * PUE * 8760 (kWh)."""
    load = np.asarray(it_load_kw, dtype=np.float64)
    ratio = np.asarray(pue, dtype=np.float64)
    return _as_result(load * ratio * HOURS_PER_YEAR)


def annual_energy_cost(
    it_load_kw: ArrayLike,
    pue: ArrayLike,
    price_yuan_per_kwh: ArrayLike,
    escalation: ArrayLike = 0.0,
    year: ArrayLike = 1,
) -> FloatOrArray:
    """Energy cost in operating year ``year`` (1-based): E * p * (1 + e_p)^(year - 1), yuan."""
    energy = np.asarray(annual_energy_kwh(it_load_kw, pue), dtype=np.float64)
    price = np.asarray(price_yuan_per_kwh, dtype=np.float64)
    growth = (1.0 + np.asarray(escalation, dtype=np.float64)) ** (np.asarray(year, dtype=np.float64) - 1.0)
    return _as_result(energy * price * growth)
