"""Money as the user chose to see it: CNY by default, or USD at the scenario's exchange rate.

Every widget and chart formats money through ``money()``, so switching the
display currency changes every figure at once. The choice belongs to the
``AppState`` (``AppState.currency``, ``set_currency``): the state hands this module
the function that reads it (``follow_display``), and ``money()``, ``figure_style()``
and ``display_currency()`` ask it, so there is one currency and no copy to keep in
step. Reports and exports pass their currency explicitly to
``explorer.domain.formatting.format_money`` instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from explorer.domain.figure_style import Style
from explorer.domain.formatting import format_money

CURRENCIES = ("CNY", "USD")

# (currency, yuan per US dollar) of the money shown; the AppState's, once one exists.
DisplaySource = Callable[[], tuple[str, float]]
_source: list[DisplaySource] = [lambda: ("CNY", 7.2)]


def follow_display(source: DisplaySource) -> None:
    """Show money as ``source`` says (the AppState calls this with its own ``display_currency``)."""
    _source[0] = source


def display_currency() -> tuple[str, float]:
    """The display currency and the scenario's yuan per US dollar."""
    return _source[0]()


def money(amount_cny: float, language: str) -> str:
    """An amount in yuan, shown in the display currency (万/亿 in Chinese, K/M/B in English)."""
    currency, cny_per_usd = display_currency()
    return format_money(amount_cny, language, currency, cny_per_usd)


def figure_style(language: str, short_names: bool = True) -> Style:
    """How the window shows the domain's figures: its language, the display currency, short site names."""
    currency, cny_per_usd = display_currency()
    return Style(QCoreApplication.translate, language, currency, cny_per_usd, short_names)
