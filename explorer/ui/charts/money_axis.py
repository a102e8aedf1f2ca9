"""An axis whose tick labels read as money: 万/亿 in Chinese, K/M/B in English."""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg

from explorer.domain.formatting import format_money
from explorer.ui.money import display_currency

LABEL_PX = 90  # the width a money tick label needs on a horizontal axis


def _nice_step(at_least: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``at_least``."""
    power = 10.0 ** math.floor(math.log10(at_least))
    return next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= at_least)


class MoneyAxis(pg.AxisItem):
    def __init__(
        self, language: Callable[[], str], orientation: str = "left", *, yuan_only: bool = False
    ) -> None:
        """``yuan_only``: always in yuan (a sourced figure stated in yuan, e.g. the story's loans),
        whatever the display currency; otherwise in the display currency."""
        super().__init__(orientation)
        self._language = language
        self._yuan_only = yuan_only
        self.enableAutoSIPrefix(False)

    def _currency(self) -> tuple[str, float]:
        currency, cny_per_usd = display_currency()
        return ("CNY", cny_per_usd) if self._yuan_only else (currency, cny_per_usd)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        """Round ticks in the currency shown, never closer than a label is wide.

        Values are yuan: in USD the ticks are chosen on the dollar scale (2 M, 4 M US$) and
        converted back, not round yuan shown as odd dollars. On a horizontal axis a money
        label ("CNY 120.0 M") is wide, so ticks keep at least LABEL_PX apart.
        """
        currency, cny_per_usd = self._currency()
        rate = cny_per_usd if currency == "USD" and cny_per_usd > 0 else 1.0
        low, high = minVal / rate, maxVal / rate
        levels = super().tickValues(low, high, size)
        if self.orientation in ("top", "bottom") and levels and high > low and size > 0:
            spacing = levels[0][0]
            if spacing * size / (high - low) < LABEL_PX:
                spacing = _nice_step((high - low) * LABEL_PX / size)
                first = math.ceil(low / spacing) * spacing
                levels = [(spacing, [first + i * spacing for i in range(int((high - first) / spacing) + 1)])]
            else:
                levels = levels[:1]  # minor ticks would crowd the labels
        return [(spacing * rate, [v * rate for v in values]) for spacing, values in levels]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        language = self._language()
        currency, cny_per_usd = self._currency()
        return [format_money(v * scale, language, currency, cny_per_usd) for v in values]
