"""The path of an input, read once; one input back to the pack's value; the default case."""

from __future__ import annotations

import pytest

from explorer.domain.editing import FieldPath, default_scenario, reset_value
from explorer.domain.engine import evaluate
from explorer.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "section", "owner", "name", "region", "group"),
    [
        ("firm.taxable_profit", "firm", "", "taxable_profit", "", "firm"),
        ("workload.accelerators", "workload", "", "accelerators", "", "workload"),
        ("one_off.other", "one_off", "", "other", "", "one_off"),
        ("finance.discount_rate", "finance", "", "discount_rate", "", "finance"),
        ("sites.guian.electricity_price", "sites", "guian", "electricity_price", "", "site:guian"),
        ("sites.guian.staff", "sites", "guian", "staff", "", "site:guian"),
        ("sites.guian.latency.gba", "sites", "guian", "latency", "gba", "site:guian"),
        ("policies.p1.realisation", "policies", "p1", "realisation", "", "incentives"),
        ("policies.p1.price", "policies", "p1", "price", "", "incentives"),
        ("extra_incentive_per_year", "extra_incentive_per_year", "", "", "", "incentives"),
    ],
)
def test_a_path_is_read_once_and_written_back_the_same(text, section, owner, name, region, group):
    path = FieldPath.parse(text)
    assert (path.section, path.owner, path.name, path.region, path.group) == (
        section,
        owner,
        name,
        region,
        group,
    )
    assert str(path) == text
    assert FieldPath.read(text) == path


@pytest.mark.parametrize(
    "text",
    ["", "firm", "firm.", "sites.guian", "sites..x", "policies.p1.other", "nothing.at_all", "a.b.c.d.e"],
)
def test_a_path_of_the_wrong_shape_is_refused(text):
    with pytest.raises(InvalidInput) as caught:
        FieldPath.parse(text)
    assert caught.value.field == text
    assert FieldPath.read(text) is None


def _value(scenario, pack, path):
    return next(i for i in evaluate(scenario, pack).inputs if i.path == path)


def test_reset_brings_back_the_pack_value_or_the_default_for_every_input(shipped_pack):
    base = default_scenario(shipped_pack)
    inputs = evaluate(base, shipped_pack).inputs
    assert {FieldPath.parse(i.path).section for i in inputs} >= {
        "firm", "workload", "one_off", "finance", "sites", "policies", "extra_incentive_per_year"
    }  # fmt: skip
    for info in inputs:
        if info.path == "workload.it_load_kw":
            continue  # derived from the accelerators in the default case
        try:
            changed = base.replace_value(info.path, info.value * 1.5 + 1)
        except InvalidInput:
            changed = base.replace_value(info.path, info.value * 0.5)
        back = reset_value(changed, info.path)
        expected = info.default.value if info.default is not None else info.value
        assert _value(back, shipped_pack, info.path).value == pytest.approx(expected), info.path


def test_reset_of_an_unknown_input_is_refused(shipped_pack):
    base = default_scenario(shipped_pack)
    for text in ("firm.no_such_field", "firm.origin", "workload.template", "sites.nowhere.pue"):
        with pytest.raises(InvalidInput):
            reset_value(base, text)
    with pytest.raises(InvalidInput):
        reset_value(base, "policies.no_such_policy.realisation")
