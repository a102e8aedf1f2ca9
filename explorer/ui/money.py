"""Money as the user chose to see it: CNY by default, or USD at the scenario's exchange rate.

Every widget and chart formats money through ``money()``, so switching the
display currency changes every figure at once. Reports and exports pass their
currency explicitly to ``explorer.domain.formatting.format_money`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.domain.figure_style import Style
from explorer.domain.formatting import format_money

CURRENCIES = ("CNY", "USD")
_display = {"currency": "CNY", "cny_per_usd": 7.2}


def set_display_currency(currency: str, cny_per_usd: float) -> None:
    if currency not in CURRENCIES:
        raise ValueError(f"currency: expected one of {CURRENCIES}, got {currency!r}")
    _display["currency"] = currency
    _display["cny_per_usd"] = cny_per_usd


def display_currency() -> tuple[str, float]:
    return _display["currency"], _display["cny_per_usd"]


def money(amount_cny: float, language: str) -> str:
    """An amount in yuan, shown in the display currency (万/亿 in Chinese, K/M/B in English)."""
    return format_money(amount_cny, language, _display["currency"], _display["cny_per_usd"])


def figure_style(language: str, short_names: bool = True) -> Style:
    """How the window shows the domain's figures: its language, the display currency, short site names."""
    return Style(
        QCoreApplication.translate, language, _display["currency"], _display["cny_per_usd"], short_names
    )
