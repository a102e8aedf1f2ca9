"""Scenario validation (cost-model.md check 6) and editing by dotted path."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput
from explorer.domain.policies import BenefitKind
from explorer.domain.scenario import (
    Finance,
    FirmProfile,
    OneOffCosts,
    PolicyChoice,
    Quantity,
    Scenario,
    SiteChoice,
    Workload,
)

from .conftest import base_scenario, make_pack, make_policy, rule


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Workload("ai_training", it_load_kw=-1.0), "workload.it_load_kw"),
        (lambda: Workload("ai_training", accelerators=-5), "workload.accelerators"),
        (lambda: SiteChoice("guian", params={"pue": 0.95}), "sites.guian.pue"),
        (lambda: SiteChoice("guian", params={"pue": Quantity(1.2, 0.9, 1.3)}), "sites.guian.pue.low"),
        (lambda: SiteChoice("guian", params={"social_oncost": 1.2}), "sites.guian.social_oncost"),
        (lambda: SiteChoice("guian", params={"green_share": -0.1}), "sites.guian.green_share"),
        (lambda: SiteChoice("guian", params={"electricity_price": -0.1}), "sites.guian.electricity_price"),
        (lambda: SiteChoice("guian", params={"colour": 1.0}), "sites.guian.colour"),
        (lambda: Finance(discount_rate=1.5), "finance.discount_rate"),
        (lambda: Finance(discount_rate=-0.01), "finance.discount_rate"),
        (lambda: Finance(electricity_escalation=2.0), "finance.electricity_escalation"),
        (lambda: Finance(horizon_years=0), "finance.horizon_years"),
        (lambda: Finance(horizon_years=21), "finance.horizon_years"),
        (lambda: Finance(horizon_years=10.5), "finance.horizon_years"),
        (lambda: PolicyChoice("x", realisation=1.1), "policies.x.realisation"),
        (lambda: FirmProfile(origin="beijing", domestic_chip_share=1.5), "firm.domestic_chip_share"),
        (lambda: FirmProfile(origin="beijing", taxable_profit=float("nan")), "firm.taxable_profit"),
        (lambda: FirmProfile(origin="beijing", loan=float("inf")), "firm.loan"),
        (lambda: FirmProfile(origin=""), "firm.origin"),
        (lambda: OneOffCosts(parallel_months=13), "one_off.parallel_months"),
        (lambda: OneOffCosts(data_tb=Quantity(10, 20, 30)), "one_off.data_tb"),
        (lambda: Workload("ai_training", mode="rent"), "workload.mode"),
        (lambda: Workload("ai_training", utilisation=True), "workload.utilisation"),
    ],
)
def test_invalid_inputs_are_refused_naming_the_field(make, field):
    with pytest.raises(InvalidInput) as caught:
        make()
    assert caught.value.field == field
    assert str(caught.value).startswith(field + ":")


def test_origin_and_destination_must_differ():
    with pytest.raises(InvalidInput, match="destination"):
        Scenario(FirmProfile(origin="guian"), Workload("ai_training"))


def test_unknown_ids_are_refused_against_the_pack(pack):
    with pytest.raises(InvalidInput, match=r"^workload\.template: unknown template 'gpu'"):
        evaluate(base_scenario(workload=Workload("gpu")), pack)
    with pytest.raises(InvalidInput, match=r"^sites\.mars:"):
        evaluate(base_scenario(sites=(SiteChoice("mars"),)), pack)
    with pytest.raises(InvalidInput, match=r"^policies\.nope:"):
        evaluate(base_scenario(policies=(PolicyChoice("nope"),)), pack)
    with pytest.raises(InvalidInput, match=r"^firm\.user_regions:"):
        evaluate(base_scenario(firm=FirmProfile(origin="beijing", user_regions=("moon",))), pack)


def test_sites_are_completed_and_unique():
    scenario = base_scenario(sites=(SiteChoice("sichuan"),))
    assert scenario.site_ids == ("sichuan", "beijing", "guian")
    with pytest.raises(InvalidInput, match="^sites:"):
        base_scenario(sites=(SiteChoice("guian"), SiteChoice("guian")))


def test_scenario_is_immutable():
    scenario = base_scenario()
    with pytest.raises(dataclasses.FrozenInstanceError):
        scenario.destination = "sichuan"
    with pytest.raises(TypeError):
        scenario.site("guian").params["pue"] = Quantity(1.1)


@pytest.mark.parametrize(
    ("path", "value", "read"),
    [
        ("finance.discount_rate", 0.1, lambda s: s.finance.discount_rate.value),
        ("finance.horizon_years", 15, lambda s: s.finance.horizon_years),
        ("firm.taxable_profit", 5e7, lambda s: s.firm.taxable_profit.value),
        ("workload.accelerators", 2000, lambda s: s.workload.accelerators.value),
        ("one_off.data_tb", 300, lambda s: s.one_off.data_tb.value),
        ("sites.guian.electricity_price", 0.4, lambda s: s.site("guian").params["electricity_price"].value),
        ("sites.beijing.staff", 12, lambda s: s.site("beijing").staff.value),
        ("sites.guian.latency.gba", 12, lambda s: s.site("guian").latency_ms["gba"].value),
        ("extra_incentive_per_year", 1e6, lambda s: s.extra_incentive_per_year.value),
    ],
)
def test_replace_value_by_path(path, value, read):
    before = base_scenario()
    after = before.replace_value(path, value)
    assert read(after) == value
    assert after is not before and before != after


def test_replace_value_widens_an_own_range():
    scenario = base_scenario(one_off=OneOffCosts(data_tb=Quantity(100, 80, 120)))
    quantity = scenario.replace_value("one_off.data_tb", 200).one_off.data_tb
    assert (quantity.low, quantity.value, quantity.high) == (80, 200, 200)


def test_replace_value_validates():
    with pytest.raises(InvalidInput, match=r"^finance\.discount_rate:"):
        base_scenario().replace_value("finance.discount_rate", 3.0)
    with pytest.raises(InvalidInput, match=r"^sites\.guian\.pue:"):
        base_scenario().replace_value("sites.guian.pue", 0.5)


@pytest.mark.parametrize(
    "path", ["finance.colour", "nothing", "sites.mars.pue", "sites.guian.colour", "policies.x.realisation"]
)
def test_replace_value_refuses_unknown_paths(path):
    with pytest.raises(InvalidInput) as caught:
        base_scenario().replace_value(path, 1.0)
    assert caught.value.field == path


def test_replace_value_on_a_chosen_policy_realisation():
    policy = make_policy("p", rule("r", BenefitKind.CASH_GRANT, "fixed", amount=1e6))
    scenario = base_scenario(policies=(PolicyChoice("p"),)).replace_value("policies.p.realisation", 0.5)
    assert scenario.policies[0].realisation.value == 0.5
    assert evaluate(scenario, make_pack(policy)).policies[0].total == pytest.approx(0.5e6)
