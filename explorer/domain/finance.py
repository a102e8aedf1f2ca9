"""NPV, IRR and payback of a cash-flow series (cost-model.md section 4).

``npv`` is vectorised over samples; ``irr`` and ``payback`` take one series
and explain a missing answer in words rather than returning NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate

import numpy as np
from numpy.typing import ArrayLike, NDArray


def discount_factors(rate: ArrayLike, horizon: int) -> NDArray[np.float64]:
    """(..., H+1) factors 1 / (1 + r)^t for t = 0..H."""
    rate = np.asarray(rate, dtype=np.float64)
    years = np.arange(horizon + 1, dtype=np.float64)
    return (1.0 + rate[..., None]) ** -years


def npv(cash_flows: ArrayLike, rate: ArrayLike) -> NDArray[np.float64] | float:
    """sum_t CF_t / (1 + r)^t over the last axis. Works for one series or (n, H+1) arrays."""
    flows = np.asarray(cash_flows, dtype=np.float64)
    factors = discount_factors(rate, flows.shape[-1] - 1)
    result = (flows * factors).sum(axis=-1)
    return float(result) if np.ndim(result) == 0 else result


class IrrStatus(StrEnum):
    DEFINED = "defined"
    NO_SIGN_CHANGE = "no_sign_change"  # all flows of one sign (or zero): no rate gives NPV = 0
    NO_ROOT = "no_root"  # flows change sign, yet NPV never reaches 0 for r > -100%
    MULTIPLE = "multiple"  # several rates give NPV = 0: none is "the" IRR


@dataclass(frozen=True, slots=True)
class Irr:
    status: IrrStatus
    value: float | None = None  # fraction per year, e.g. 0.153
    roots: tuple[float, ...] = ()  # every rate found when several

    @property
    def defined(self) -> bool:
        return self.status is IrrStatus.DEFINED


def _sign_changes(flows: NDArray[np.float64]) -> int:
    signs = np.sign(flows[flows != 0])
    return int(np.count_nonzero(signs[1:] != signs[:-1]))


def irr(cash_flows: ArrayLike) -> Irr:
    """The rate r > -100% at which NPV = 0, when exactly one such rate exists.

    Solved as the positive real roots x = 1/(1+r) of sum_t CF_t x^t (a
    companion-matrix eigenvalue problem), then polished by Newton steps.
    """
    flows = np.asarray(cash_flows, dtype=np.float64)
    values = flows.tolist() if flows.ndim == 1 else None
    if values is not None and math.isfinite(sum(values)):
        # one short finite series (the usual case): the same tests in plain Python, faster than numpy
        nonzero = [v for v in values if v != 0]
        changes = sum((a > 0) != (b > 0) for a, b in zip(nonzero, nonzero[1:], strict=False))
        if changes == 1:  # Descartes: exactly one positive root x, so exactly one IRR
            first = values.index(nonzero[0])
            last = len(values) - values[::-1].index(nonzero[-1])
            largest = max(abs(v) for v in nonzero)
            return _one_rate([c / largest for c in values[first:last]])
    else:
        changes = _sign_changes(flows)
    if changes == 0:
        return Irr(IrrStatus.NO_SIGN_CHANGE)
    nonzero_at = np.flatnonzero(flows)
    trimmed = flows[nonzero_at[0] : nonzero_at[-1] + 1]  # a zero CF_0 only shifts the polynomial
    if changes == 1:  # Descartes: exactly one positive root x, so exactly one IRR
        return _one_rate([float(c) for c in trimmed / np.abs(trimmed).max()])
    scale = np.abs(trimmed).max()
    roots = np.roots(trimmed[::-1] / scale)
    real = roots[np.abs(roots.imag) <= 1e-9 * np.maximum(1.0, np.abs(roots))].real
    positive = real[real > 1e-12]
    rates = sorted({round(float(_polish(trimmed, 1.0 / x - 1.0)), 12) for x in positive})
    rates = [r for r in rates if r > -1.0 and np.isfinite(r)]
    if not rates:
        return Irr(IrrStatus.NO_ROOT)
    if len(rates) > 1:
        return Irr(IrrStatus.MULTIPLE, roots=tuple(rates))
    return Irr(IrrStatus.DEFINED, value=rates[0], roots=(rates[0],))


def _one_rate(coefficients: list[float]) -> Irr:
    """The IRR of flows whose sign changes once (Descartes: one positive root x = 1/(1+r))."""
    root = _single_root(coefficients)
    if root is None:
        return Irr(IrrStatus.NO_ROOT)
    rate = 1.0 / root - 1.0
    return Irr(IrrStatus.DEFINED, value=rate, roots=(rate,))


def _single_root(coefficients: list[float]) -> float | None:
    """The one positive root of sum_t c_t x^t when the c_t change sign once: safeguarded Newton.

    Plain Python on at most 21 coefficients: faster than an eigenvalue solve,
    and bisection keeps every step inside a bracket that holds the root.
    """

    def value_and_slope(x: float) -> tuple[float, float]:
        value = slope = 0.0
        for c in reversed(coefficients):  # Horner, with the derivative alongside
            slope = slope * x + value
            value = value * x + c
        return value, slope

    sign_at_zero = coefficients[0] > 0
    low, high = 0.0, 1.0
    while (value_and_slope(high)[0] > 0) == sign_at_zero:  # the root lies beyond: widen
        low, high = high, high * 2.0
        if high > 1e12:  # x = 1/(1+r) this large: r within 1e-12 of -100 %, not a rate to show
            return None
    x = (low + high) / 2.0
    for _ in range(200):
        value, slope = value_and_slope(x)
        if value == 0.0:
            return x
        if (value > 0) == sign_at_zero:
            low = x
        else:
            high = x
        step = x - value / slope if slope != 0.0 else low - 1.0
        x_next = step if low < step < high else (low + high) / 2.0
        if abs(x_next - x) <= 1e-15 * x or high - low <= 1e-15 * high:
            return x_next
        x = x_next
    return x


def _polish(flows: NDArray[np.float64], rate: float) -> float:
    """A few Newton steps on NPV(r) to remove the eigenvalue solver's rounding."""
    years = np.arange(len(flows), dtype=np.float64)
    for _ in range(3):
        if rate <= -1.0:
            break
        factors = (1.0 + rate) ** -years
        value = float(flows @ factors)
        slope = float(-(flows * years) @ (factors / (1.0 + rate)))
        if slope == 0.0 or not np.isfinite(slope):
            break
        step = value / slope
        if not np.isfinite(step):
            break
        rate -= step
    return rate


class PaybackStatus(StrEnum):
    IMMEDIATE = "immediate"  # the cumulative cash flow never goes below 0
    WITHIN = "within"  # recovers within the horizon
    NOT_WITHIN = "not_within"  # still below 0 at the end of the horizon


@dataclass(frozen=True, slots=True)
class Payback:
    status: PaybackStatus
    months: float | None  # None when not within the horizon
    horizon_years: int
    falls_back_in_year: int | None = None  # the cumulative drops below 0 again later


def payback(cash_flows: ArrayLike) -> Payback:
    """When the cumulative undiscounted cash flow recovers to 0, linear within the year, in months.

    The clock starts at the first year the cumulative is negative; if it never
    is (no outlay, or nothing at all), payback is immediate. A recovery that
    is later lost again is reported in ``falls_back_in_year``.
    """
    flows = np.asarray(cash_flows, dtype=np.float64).tolist()  # short: plain Python is faster
    horizon = len(flows) - 1
    cumulative = list(accumulate(flows))  # summed in order, as np.cumsum does
    first_negative = next((t for t, c in enumerate(cumulative) if c < 0), None)
    if first_negative is None:
        return Payback(PaybackStatus.IMMEDIATE, 0.0, horizon)
    year = next((t for t in range(first_negative, horizon + 1) if cumulative[t] >= 0), None)
    if year is None:  # first year-end at or above 0
        return Payback(PaybackStatus.NOT_WITHIN, None, horizon)
    shortfall = -cumulative[year - 1]  # > 0
    months = 12.0 * ((year - 1) + shortfall / flows[year])
    falls_back = next((t for t in range(year, horizon + 1) if cumulative[t] < 0), None)
    return Payback(PaybackStatus.WITHIN, months, horizon, falls_back)
