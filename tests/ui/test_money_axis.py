"""Money axes tick at round amounts of the currency shown (issue 13: "USD axes get round ticks")."""

from __future__ import annotations

import pytest

from explorer.ui.charts.money_axis import MoneyAxis
from explorer.ui.money import display_currency, follow_display


@pytest.fixture
def usd(qapp):
    before = display_currency()
    follow_display(lambda: ("USD", 7.2))
    yield
    follow_display(lambda: before)


@pytest.mark.parametrize("high", [13.7e6, 100e6, 2.4e9, 86_000.0])
def test_usd_ticks_are_round_dollars(usd, high):
    axis = MoneyAxis(lambda: "en")
    levels = axis.tickValues(-0.2 * high, high, 400)
    spacing, values = levels[0]
    dollars = [v / 7.2 for v in values]
    step = spacing / 7.2
    assert step == pytest.approx(float(f"{step:.0e}"), rel=1e-9)  # 1, 2 or 5 times a power of ten
    assert all(d / step == pytest.approx(round(d / step), abs=1e-6) for d in dollars)
    assert all(text.startswith("USD") for text in axis.tickStrings(values, 1.0, spacing))


def test_yuan_ticks_stay_round_yuan(qapp):
    follow_display(lambda: ("CNY", 7.2))
    axis = MoneyAxis(lambda: "en")
    spacing, values = axis.tickValues(0, 100e6, 400)[0]
    assert spacing == 20e6 and values[:3] == [0.0, 20e6, 40e6]


def test_a_horizontal_money_axis_keeps_its_labels_apart(qapp):
    follow_display(lambda: ("CNY", 7.2))
    axis = MoneyAxis(lambda: "en", orientation="bottom")
    levels = axis.tickValues(55e6, 130e6, 230)  # the tornado's NPV axis in a narrow pane
    assert len(levels) == 1
    spacing, values = levels[0]
    assert spacing * 230 / 75e6 >= 90
    assert all(v / spacing == pytest.approx(round(v / spacing)) for v in values)
