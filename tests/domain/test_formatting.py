import math

import pytest

from explorer.domain.formatting import (
    NOT_A_NUMBER,
    format_money,
    format_months,
    format_number,
    format_percent,
)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (372_000_000, "3.72亿元"),
        (12_500_000, "1,250万元"),
        (125_000, "12.5万元"),
        (12_500, "1.25万元"),
        (9_500, "9,500元"),
        (0, "0元"),
        (3_720_000_000, "37.2亿元"),
        (37_200_000_000, "372亿元"),
        (372_000_000_000, "3,720亿元"),
        (-372_000_000, "-3.72亿元"),
        (-12_500_000, "-1,250万元"),
        (662_256_000, "6.62亿元"),
        (99_996_000, "1.00亿元"),  # 9,999.6万 would round to 10,000万
        (9_999.6, "1.00万元"),
        (0.4, "0元"),
        (-0.4, "0元"),  # no "-0"
        (12_345, "1.23万元"),
        (12_355, "1.24万元"),  # half away from zero, not banker's rounding
    ],
)
def test_chinese_money(amount, text):
    assert format_money(amount, "zh") == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (372_000_000, "CNY 372.0 M"),
        (12_500_000, "CNY 12.5 M"),
        (3_720_000_000, "CNY 3.7 B"),
        (12_500, "CNY 12.5 K"),
        (950, "CNY 950"),
        (-372_000_000, "CNY -372.0 M"),
        (999_960, "CNY 1.0 M"),
        (1_234_567_890_000, "CNY 1,234.6 B"),
    ],
)
def test_english_money(amount, text):
    assert format_money(amount, "en") == text


def test_language_codes_with_region():
    assert format_money(372_000_000, "zh_CN") == "3.72亿元"
    assert format_money(372_000_000, "en_US") == "CNY 372.0 M"


def test_usd_converts_at_the_given_rate():
    assert format_money(662_256_000, "en", currency="USD", cny_per_usd=6.8) == "USD 97.4 M"
    assert format_money(720_000_000, "zh", currency="USD", cny_per_usd=7.2) == "1.00亿美元"
    assert format_money(36_000_000, "zh", currency="USD") == "500万美元"


@pytest.mark.parametrize("rate", [0.0, -7.2, math.nan, math.inf])
def test_bad_exchange_rate_is_refused(rate):
    with pytest.raises(ValueError, match="cny_per_usd"):
        format_money(1.0, "en", currency="USD", cny_per_usd=rate)


def test_unknown_currency_is_refused():
    with pytest.raises(ValueError, match="currency"):
        format_money(1.0, "en", currency="EUR")


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_values_show_a_dash(bad):
    assert format_money(bad, "zh") == NOT_A_NUMBER
    assert format_money(bad, "en") == NOT_A_NUMBER
    assert format_number(bad, "en") == NOT_A_NUMBER
    assert format_percent(bad) == NOT_A_NUMBER
    assert format_months(bad, "zh") == NOT_A_NUMBER


def test_numbers():
    assert format_number(113_880, "zh") == "11.4万"
    assert format_number(113_880, "en") == "113.9 K"
    assert format_number(113_880, "en", decimals=0) == "114 K"
    assert format_number(42, "en") == "42"


def test_percent_and_months():
    assert format_percent(0.0825) == "8.3%"
    assert format_percent(-0.5, decimals=0) == "-50%"
    assert format_months(28.44, "en") == "28.4 months"
    assert format_months(0, "zh") == "0.0个月"


def test_numpy_numbers_are_accepted():
    import numpy as np

    assert format_money(np.float64(372_000_000), "zh") == "3.72亿元"
    assert format_percent(np.float64(0.0825)) == "8.3%"
    assert format_number(np.int64(113_880), "en") == "113.9 K"
