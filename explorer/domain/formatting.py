"""Money and number text for people: Chinese 万/亿 and English K/M/B. No Qt.

Rules, chosen for readability at about three significant figures:

* Chinese money: below 1万 in full ("9,500元"); 1万 to 1亿 in 万 ("1,250万元",
  "12.5万元", "1.25万元"); from 1亿 in 亿 ("3.72亿元", "37.2亿元", "372亿元").
* English money: "CNY 950", "CNY 12.5 K", "CNY 372.0 M", "CNY 3.7 B": one
  decimal from K upwards, thousands separators throughout.
* Rounding is half away from zero on the shown digits; a value that rounds up to
  the next unit is shown in that unit ("1.00亿元", never "10,000万元").
* Negative amounts carry a leading "-" before the number ("-3.72亿元",
  "CNY -372.0 M"); a value that rounds to zero is shown without a sign.
* NaN or infinity never reaches a user as a number: it is shown as "—".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from explorer.domain.messages import is_zh

NOT_A_NUMBER = "—"

_ZH_UNITS = ((1e8, "亿"), (1e4, "万"), (1.0, ""))
_EN_UNITS = ((1e9, " B"), (1e6, " M"), (1e3, " K"), (1.0, ""))
_ZH_CURRENCY = {"CNY": "元", "USD": "美元"}

DecimalsRule = Callable[[float, str], int]  # (value in the unit, unit suffix) -> digits


def _round(value: float, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def _zh_decimals(scaled: float, unit: str) -> int:
    """Three significant figures inside 万 and 亿; whole 元 below 1万."""
    if not unit:
        return 0
    size = abs(scaled)
    return 2 if size < 10 else 1 if size < 100 else 0


def _scaled(
    value: float, units: tuple[tuple[float, str], ...], decimals_for: DecimalsRule
) -> tuple[Decimal, str]:
    """Pick the largest unit the value reaches *after* rounding, and round in it."""
    size = abs(value)
    for index, (factor, suffix) in enumerate(units):
        if size < factor and index < len(units) - 1:
            continue
        scaled = value / factor
        rounded = _round(scaled, decimals_for(scaled, suffix))
        if index > 0:
            # 9,999.6万 rounds to 10,000万: show it as 1.00亿 instead
            upper_factor, upper_suffix = units[index - 1]
            if abs(rounded) * Decimal(repr(float(factor))) >= Decimal(repr(float(upper_factor))):
                upper = value / upper_factor
                return _round(upper, decimals_for(upper, upper_suffix)), upper_suffix
        return rounded, suffix
    raise AssertionError("unreachable: the last unit always matches")


def _text(number: Decimal) -> str:
    if number == 0:
        number = abs(number)  # no "-0"
    exponent = number.as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return f"{number:,.{decimals}f}"


def format_number(value: float, language: str, decimals: int | None = None) -> str:
    """A plain quantity: "11.4万" / "113.9 K". ``decimals`` forces the digits shown."""
    if not math.isfinite(value):
        return NOT_A_NUMBER
    choose: DecimalsRule
    units, choose = (_ZH_UNITS, _zh_decimals) if is_zh(language) else (_EN_UNITS, _en_decimals)
    if decimals is not None:
        choose = _fixed(decimals)
    rounded, suffix = _scaled(value, units, choose)
    return f"{_text(rounded)}{suffix}"


def _en_decimals(scaled: float, unit: str) -> int:
    return 1 if unit else 0


def _fixed(decimals: int) -> DecimalsRule:
    def choose(scaled: float, unit: str) -> int:
        return decimals

    return choose


def format_money(
    amount_cny: float,
    language: str,
    currency: str = "CNY",
    cny_per_usd: float = 7.2,
) -> str:
    """Money text. Amounts are always given in yuan; ``currency="USD"`` converts at ``cny_per_usd``."""
    if currency not in _ZH_CURRENCY:
        raise ValueError(f"currency: expected CNY or USD, got {currency!r}")
    if currency == "USD":
        if not (math.isfinite(cny_per_usd) and cny_per_usd > 0):
            raise ValueError(f"cny_per_usd: expected a positive exchange rate, got {cny_per_usd!r}")
        amount_cny = amount_cny / cny_per_usd
    if not math.isfinite(amount_cny):
        return NOT_A_NUMBER
    if is_zh(language):
        return f"{format_number(amount_cny, language)}{_ZH_CURRENCY[currency]}"
    return f"{currency} {format_number(amount_cny, language)}"


def format_percent(fraction: float, decimals: int = 1) -> str:
    """0.0825 -> "8.3%" (the same in both languages)."""
    if not math.isfinite(fraction):
        return NOT_A_NUMBER
    return f"{_text(_round(fraction * 100.0, decimals))}%"


def format_months(months: float, language: str) -> str:
    """A payback period: "28.4 months" / "28.4个月"."""
    if not math.isfinite(months):
        return NOT_A_NUMBER
    number = _text(_round(months, 1))
    return f"{number}个月" if is_zh(language) else f"{number} months"


_ZH_TONNE_UNITS = ((1e8, "亿吨"), (1e4, "万吨"), (1.0, "吨"))
_EN_TONNE_UNITS = ((1e6, " Mt"), (1e3, " kt"), (1.0, " t"))


def format_tonnes(tonnes: float, language: str) -> str:
    """A mass of CO2 for people: "5.1 kt", "950 t", "1.2 Mt" / "5,065吨", "1.25万吨".

    English: whole tonnes below 1,000, then kt and Mt with one decimal. Chinese: whole
    吨 below 1万, then 万吨 and 亿吨 at about three significant figures (as money).
    Add "a year" / "每年" around it where it is a yearly figure.
    """
    if not math.isfinite(tonnes):
        return NOT_A_NUMBER
    if is_zh(language):
        rounded, suffix = _scaled(tonnes, _ZH_TONNE_UNITS, lambda value, unit: _zh_decimals(value, unit[:-1]))
    else:
        rounded, suffix = _scaled(tonnes, _EN_TONNE_UNITS, lambda value, unit: 0 if unit == " t" else 1)
    return f"{_text(rounded)}{suffix}"
