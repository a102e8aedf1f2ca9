"""NPV, IRR and payback, including the edge cases a finance reviewer asks about."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.domain.finance import IrrStatus, PaybackStatus, irr, npv, payback


def test_npv_by_hand():
    assert npv([-100.0, 60.0, 60.0], 0.10) == pytest.approx(-100 + 60 / 1.1 + 60 / 1.21)


def test_npv_at_zero_rate_is_the_plain_sum():
    flows = [-500.0, 120.0, 130.0, 140.0, 150.0]
    assert npv(flows, 0.0) == pytest.approx(sum(flows))


def test_npv_is_vectorised_over_samples_and_rates():
    flows = np.array([[-100.0, 60.0, 60.0], [0.0, 10.0, 10.0]])
    values = npv(flows, np.array([0.1, 0.0]))
    assert values == pytest.approx([-100 + 60 / 1.1 + 60 / 1.21, 20.0])


def test_irr_of_a_simple_investment():
    result = irr([-100.0, 60.0, 60.0])
    assert result.status is IrrStatus.DEFINED
    assert result.value == pytest.approx(0.130662386, abs=1e-9)
    assert npv([-100.0, 60.0, 60.0], result.value) == pytest.approx(0.0, abs=1e-9)


def test_irr_of_a_ten_year_annuity():
    flows = [-1000.0] + [150.0] * 10
    assert irr(flows).value == pytest.approx(0.0814416, abs=1e-7)


def test_irr_when_the_flows_never_change_sign():
    assert irr([0.0, 10.0, 10.0]).status is IrrStatus.NO_SIGN_CHANGE
    assert irr([-10.0, -10.0]).status is IrrStatus.NO_SIGN_CHANGE
    assert irr([0.0, 0.0, 0.0]).status is IrrStatus.NO_SIGN_CHANGE
    assert irr([0.0, 0.0]).value is None


def test_irr_with_two_sign_changes_and_two_rates():
    # -100, +230, -132 has IRRs of 10 % and 20 %
    result = irr([-100.0, 230.0, -132.0])
    assert result.status is IrrStatus.MULTIPLE and result.value is None
    assert result.roots == pytest.approx((0.1, 0.2), abs=1e-9)


def test_irr_with_sign_changes_but_no_root():
    # -100, +100, -100: NPV(r) = -100 (1 - x + x^2) < 0 for every x > 0
    assert irr([-100.0, 100.0, -100.0]).status is IrrStatus.NO_ROOT


def test_irr_ignores_a_zero_first_flow():
    assert irr([0.0, -100.0, 60.0, 60.0]).value == pytest.approx(irr([-100.0, 60.0, 60.0]).value)


def test_irr_negative_rate():
    result = irr([-100.0, 50.0, 40.0])
    assert result.defined and result.value < 0
    assert npv([-100.0, 50.0, 40.0], result.value) == pytest.approx(0.0, abs=1e-9)


def test_payback_linear_within_the_year():
    result = payback([-100.0, 40.0, 40.0, 40.0])
    assert result.status is PaybackStatus.WITHIN
    assert result.months == pytest.approx(12 * (2 + 20 / 40))  # 30 months


def test_payback_exactly_at_a_year_end():
    assert payback([-100.0, 50.0, 50.0]).months == pytest.approx(24.0)


def test_payback_immediate():
    assert payback([0.0, 0.0, 0.0]).status is PaybackStatus.IMMEDIATE
    assert payback([0.0, 0.0, 0.0]).months == 0.0
    assert payback([5.0, 1.0]).months == 0.0


def test_no_payback_within_the_horizon():
    result = payback([-100.0, 10.0, 10.0])
    assert result.status is PaybackStatus.NOT_WITHIN and result.months is None


def test_payback_clock_starts_when_the_cumulative_first_goes_negative():
    # nothing at the move, a loss in year 1, then gains: recovered half-way through year 2
    result = payback([0.0, -50.0, 100.0])
    assert result.months == pytest.approx(18.0)
    assert payback([0.0, -50.0, -50.0]).status is PaybackStatus.NOT_WITHIN


def test_payback_that_is_lost_again_is_flagged():
    result = payback([-100.0, 150.0, -80.0, 10.0])
    assert result.months == pytest.approx(8.0)
    assert result.falls_back_in_year == 2


def test_irr_extremes_stay_finite():
    # a tiny outlay and huge returns: a very large but finite rate
    assert irr([-1.0] + [1e9] * 20).value == pytest.approx(1e9, rel=1e-9)
    # almost everything lost: a rate close to -100 %
    result = irr([-100.0] + [0.0] * 9 + [1e-6])
    assert result.defined and -1.0 < result.value < -0.8
    assert npv([-100.0] + [0.0] * 9 + [1e-6], result.value) == pytest.approx(0.0, abs=1e-9)
    # the single-root and the polynomial paths agree
    flows = [-1000.0, 300.0, 400.0, 500.0]
    assert irr(flows).value == pytest.approx(0.0889633947, abs=1e-9)
