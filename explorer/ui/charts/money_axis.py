"""An axis whose tick labels read as money: 万/亿 in Chinese, K/M/B in English."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg

from explorer.ui.money import display_currency, money


class MoneyAxis(pg.AxisItem):
    def __init__(self, language: Callable[[], str], orientation: str = "left") -> None:
        super().__init__(orientation)
        self._language = language
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        """Round ticks in the currency shown: values are yuan, so in USD the ticks are chosen on the
        dollar scale (2 M, 4 M US$) and converted back, not round yuan shown as odd dollars."""
        currency, cny_per_usd = display_currency()
        if currency == "CNY" or cny_per_usd <= 0:
            return super().tickValues(minVal, maxVal, size)
        levels = super().tickValues(minVal / cny_per_usd, maxVal / cny_per_usd, size)
        return [(spacing * cny_per_usd, [v * cny_per_usd for v in values]) for spacing, values in levels]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        language = self._language()
        return [money(v * scale, language) for v in values]
