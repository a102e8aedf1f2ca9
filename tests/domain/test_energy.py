"""cost-model.md section 6, checks 1 and 2 (energy only)."""

import numpy as np
import pytest

from explorer.domain.energy import annual_energy_cost, annual_energy_kwh


def test_check_1_beijing_10_mw():
    assert annual_energy_kwh(10_000, 1.30) == pytest.approx(113_880_000.0, rel=1e-12)
    assert annual_energy_cost(10_000, 1.30, 0.65) == pytest.approx(74_022_000.0, rel=1e-12)


def test_check_1_guian_10_mw():
    assert annual_energy_kwh(10_000, 1.20) == pytest.approx(105_120_000.0, rel=1e-12)
    assert annual_energy_cost(10_000, 1.20, 0.35) == pytest.approx(36_792_000.0, rel=1e-12)


def test_check_2_huawei_guian_energy_gap():
    it_load_kw = 600_000 * 0.30
    gap = annual_energy_cost(it_load_kw, 1.4, 0.30)
    assert gap == pytest.approx(662_256_000.0, rel=1e-12)
    assert round(gap) == 662_256_000


def test_escalation_compounds_from_year_two():
    year1 = annual_energy_cost(1_000, 1.5, 0.5, escalation=0.03, year=1)
    year3 = annual_energy_cost(1_000, 1.5, 0.5, escalation=0.03, year=3)
    assert year1 == pytest.approx(1_000 * 1.5 * 8760 * 0.5)
    assert year3 == pytest.approx(year1 * 1.03**2)


def test_scalars_give_floats_and_arrays_broadcast():
    assert isinstance(annual_energy_kwh(1.0, 1.2), float)
    years = np.arange(1, 4)
    costs = annual_energy_cost(np.array([[100.0], [200.0]]), 1.2, 0.4, escalation=0.1, year=years)
    assert costs.shape == (2, 3)
    assert costs[1, 0] == pytest.approx(2 * costs[0, 0])
    assert costs[0, 2] == pytest.approx(costs[0, 0] * 1.21)
