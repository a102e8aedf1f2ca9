"""The comparison table behind the Compare view, built from engine Evaluations without any widget."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from explorer.domain.engine import evaluate
from explorer.domain.finance import PaybackStatus
from explorer.ui.compare.comparison import (
    METRICS,
    Better,
    Direction,
    Kind,
    MetricCell,
    compare,
    policy_changes,
)
from explorer.ui.state import default_scenario

PRICE = "sites.guian.electricity_price"
RENT = "sites.guian.rack_rent"


@pytest.fixture(scope="module")
def base_scenario(shipped_pack):
    # a case with a real outlay, so that payback and IRR are defined
    scenario = default_scenario(shipped_pack)
    scenario = scenario.replace_value("one_off.hardware_move_per_rack", 30_000.0)
    return scenario.replace_value("one_off.downtime_days", 3.0).replace_value(
        "one_off.downtime_cost_per_day", 2_000_000.0
    )


@pytest.fixture(scope="module")
def base(base_scenario, shipped_pack):
    return evaluate(base_scenario, shipped_pack)


def _evaluate(scenario, pack, **values):
    for path, value in values.items():
        scenario = scenario.replace_value(path.replace("__", "."), value)
    return evaluate(scenario, pack)


def test_rows_are_the_eight_outputs_in_order(base):
    table = compare([("a", base)], "a")
    assert [row.key for row in table.metrics] == [
        "npv",
        "irr",
        "payback",
        "annual_saving",
        "incentives",
        "one_off",
        "co2_avoided",
        "unit_cost",
    ]
    assert {m.key: m.better for m in METRICS}["payback"] is Better.LOWER
    assert {m.key: m.better for m in METRICS}["one_off"] is Better.LOWER
    assert {m.key: m.better for m in METRICS}["unit_cost"] is Better.LOWER
    assert {m.key: m.better for m in METRICS}["npv"] is Better.HIGHER


def test_values_are_the_engine_numbers(base):
    table = compare([("a", base)], "a")
    case = base.primary
    destination = base.site(base.destination)

    def value(key):
        return table.metric(key).cells[0].value

    assert value("npv") == case.npv
    assert value("irr") == case.irr.value
    assert value("payback") == case.payback.months
    assert value("annual_saving") == float(case.savings[1])
    assert value("incentives") == float(case.incentives.sum())
    assert value("one_off") == case.one_off + case.parallel_running
    assert value("co2_avoided") == destination.co2_avoided_t
    assert value("unit_cost") == destination.unit_cost
    assert all(cell.delta is None and cell.direction is Direction.NONE for cell in table.metrics[0].cells)


def test_two_scenarios_differing_in_one_input(base_scenario, base, shipped_pack):
    other = _evaluate(base_scenario, shipped_pack, **{PRICE.replace(".", "__"): 0.40})
    table = compare([("b", other), ("a", base)], "a")

    assert table.ids == ("a", "b")  # the base first, whatever order it was given in
    assert [row.path for row in table.inputs] == [PRICE]
    row = table.input(PRICE)
    base_price = next(item.value for item in base.inputs if item.path == PRICE)
    assert base_price != 0.40
    assert row.values == (base_price, 0.40)
    assert row.differs == (False, True)
    assert row.unit == "yuan/kWh"
    assert row.label.endswith("Electricity price")
    assert table.choices == ()

    npv = table.metric("npv").cells[1]
    assert npv.delta == other.primary.npv - base.primary.npv
    saving = table.metric("annual_saving").cells[1]
    assert saving.delta == float(other.primary.savings[1]) - float(base.primary.savings[1])
    assert saving.delta < 0
    assert saving.direction is Direction.WORSE  # a dearer destination saves less


def test_every_delta_is_the_engine_difference_and_judged_by_its_direction(base_scenario, base, shipped_pack):
    other = _evaluate(base_scenario, shipped_pack, **{RENT.replace(".", "__"): 2_000.0})
    table = compare([("a", base), ("b", other)], "a")
    for row in table.metrics:
        first, second = row.cells
        assert first.delta is None
        if first.value is None or second.value is None:
            continue
        assert second.delta == second.value - first.value
        if second.direction is Direction.SAME:
            continue
        higher = second.delta > 0
        wants_higher = row.better is Better.HIGHER
        assert second.direction is (Direction.BETTER if higher == wants_higher else Direction.WORSE), row.key
    assert table.metric("npv").cells[1].direction is Direction.BETTER  # cheaper racks in Gui'an
    assert table.metric("npv").cells[1].delta > 0


def test_payback_and_one_off_costs_lower_is_better(base_scenario, base, shipped_pack):
    dearer = _evaluate(base_scenario, shipped_pack, one_off__early_exit=50_000_000.0)
    table = compare([("a", base), ("b", dearer)], "a")
    payback = table.metric("payback").cells[1]
    assert payback.delta == dearer.primary.payback.months - base.primary.payback.months
    assert payback.delta > 0
    assert payback.direction is Direction.WORSE
    one_off = table.metric("one_off").cells[1]
    assert one_off.delta == pytest.approx(50_000_000.0)
    assert one_off.direction is Direction.WORSE
    assert table.metric("npv").cells[1].direction is Direction.WORSE

    table = compare([("b", dearer), ("a", base)], "b")  # the other way round
    assert table.metric("payback").cells[1].direction is Direction.BETTER
    assert table.metric("one_off").cells[1].direction is Direction.BETTER


def test_irr_delta_is_in_the_same_units_as_the_irr(base_scenario, base, shipped_pack):
    other = _evaluate(base_scenario, shipped_pack, **{RENT.replace(".", "__"): 2_000.0})
    cell = compare([("a", base), ("b", other)], "a").metric("irr").cells[1]
    assert base.primary.irr.defined and other.primary.irr.defined
    assert cell.delta == other.primary.irr.value - base.primary.irr.value
    assert compare([("a", base), ("b", other)], "a").metric("irr").kind is Kind.PERCENT


def test_identical_scenarios_have_no_differences(base):
    table = compare([("a", base), ("b", base)], "a")
    assert table.inputs == ()
    assert table.choices == ()
    for row in table.metrics:
        assert row.cells[1].direction is Direction.SAME
        if row.cells[1].value is not None:
            assert row.cells[1].delta == 0


def test_a_payback_that_never_comes_is_worse_than_any(base):
    never = dataclasses.replace(
        base.primary,
        payback=dataclasses.replace(base.primary.payback, status=PaybackStatus.NOT_WITHIN, months=None),
    )
    evaluation = dataclasses.replace(base, cases=(never, *[c for c in base.cases if c is not base.primary]))
    table = compare([("a", base), ("b", evaluation)], "a")
    cell = table.metric("payback").cells[1]
    assert cell == MetricCell(None, "not_within", None, Direction.WORSE)
    assert compare([("b", evaluation), ("a", base)], "b").metric("payback").cells[1].direction is (
        Direction.BETTER
    )


def test_irr_without_an_outlay_says_why(base_scenario, shipped_pack):
    free_move = default_scenario(shipped_pack)  # no one-off costs: every cash flow >= 0
    evaluation = evaluate(free_move, shipped_pack)
    assert (evaluation.primary.cash_flows >= 0).all()
    cell = compare([("a", evaluation)], "a").metric("irr").cells[0]
    assert (cell.value, cell.status) == (None, "no_outlay")


def test_choices_that_are_not_numbers_are_listed_when_they_differ(base_scenario, base, shipped_pack):
    moved = dataclasses.replace(base_scenario, firm=dataclasses.replace(base_scenario.firm, origin="beijing"))
    fewer = dataclasses.replace(moved, policies=moved.policies[1:])
    other = evaluate(fewer, shipped_pack)
    table = compare([("a", base), ("b", other)], "a")
    keys = [row.key for row in table.choices]
    assert "origin" in keys and "policies" in keys
    origin = next(row for row in table.choices if row.key == "origin")
    assert origin.values == (base.origin, "beijing")
    assert origin.differs == (False, True)
    policies = next(row for row in table.choices if row.key == "policies")
    added, removed = policy_changes(policies.values[0], policies.values[1])
    assert added == ()
    assert removed == (base_scenario.policies[0].policy_id,)


def test_up_to_four_with_every_input_matched_by_path(base_scenario, base, shipped_pack):
    others = [
        _evaluate(base_scenario, shipped_pack, **{PRICE.replace(".", "__"): price})
        for price in (0.30, 0.40, 0.45)
    ]
    table = compare([("a", base), *[(f"s{i}", e) for i, e in enumerate(others)]], "a")
    assert table.ids == ("a", "s0", "s1", "s2")
    row = table.input(PRICE)
    assert row.values[1:] == (0.30, 0.40, 0.45)
    assert row.differs == (False, True, True, True)
    npv = table.metric("npv")
    expected = [e.primary.npv - base.primary.npv for e in others]
    assert [cell.delta for cell in npv.cells[1:]] == expected
    assert np.all(np.isfinite(expected))


def test_the_base_must_be_compared(base):
    with pytest.raises(ValueError, match="base"):
        compare([("a", base)], "z")
    with pytest.raises(ValueError, match="twice"):
        compare([("a", base), ("a", base)], "a")
