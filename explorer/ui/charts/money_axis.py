"""An axis whose tick labels read as money: 万/亿 in Chinese, K/M/B in English."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg

from explorer.ui.money import money


class MoneyAxis(pg.AxisItem):
    def __init__(self, language: Callable[[], str], orientation: str = "left") -> None:
        super().__init__(orientation)
        self._language = language
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        language = self._language()
        return [money(v * scale, language) for v in values]
