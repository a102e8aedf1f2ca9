"""Scenario JSON: round trip, and refusal of anything unexpected with a message naming where."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from explorer.domain.errors import InvalidInput
from explorer.domain.scenario import (
    Finance,
    FirmProfile,
    Mode,
    OneOffCosts,
    PolicyChoice,
    Quantity,
    SiteChoice,
    Workload,
)
from explorer.domain.scenario_codec import dump_scenario, parse_scenario, scenario_from_dict, scenario_to_dict

from .conftest import base_scenario

MINIMAL = {
    "schema_version": 1,
    "firm": {"origin": "beijing"},
    "workload": {"template": "ai_training"},
    "finance": {"move_date": "2026-07-01"},
}


def full_scenario():
    return base_scenario(
        firm=FirmProfile(
            origin="beijing",
            name="示例科技",
            sector="ai",
            high_tech=True,
            domestic_chip_share=0.4,
            user_regions=("gba", "bth"),
            fixed_asset_investment=Quantity(2e8, 1.5e8, 3e8, source="plan"),
            taxable_profit=5e7,
            qualifying_staff=3,
            latency_budget_ms=40,
        ),
        workload=Workload(
            "ai_training", mode=Mode.SELF_BUILD, accelerators=2048, utilisation=Quantity(0.6, 0.4, 0.8)
        ),
        sites=(
            SiteChoice("beijing", staff=12),
            SiteChoice(
                "guian",
                params={"electricity_price": Quantity(0.38, 0.33, 0.42, "bill", "2025")},
                latency_ms={"gba": 11.0},
            ),
            SiteChoice("custom", name_en="Custom", name_zh="自定义", params={"pue": 1.1}),
        ),
        one_off=OneOffCosts(data_tb=Quantity(500, 300, 800), parallel_months=2),
        finance=Finance(horizon_years=12, discount_rate=0.07, move_date=dt.date(2026, 7, 1)),
        policies=(PolicyChoice("p3"), PolicyChoice("n1", realisation=Quantity(0.8, 0.6, 1.0))),
        extra_incentive_per_year=1e6,
        title="Demo",
        description_zh="演示",
        description_en="Demo",
    )


def test_round_trip_is_exact():
    scenario = full_scenario()
    text = dump_scenario(scenario)
    assert parse_scenario(text) == scenario
    assert parse_scenario(text.encode("utf-8")) == scenario
    assert scenario_from_dict(scenario_to_dict(scenario)) == scenario
    assert "示例科技" in text  # Chinese kept readable, not escaped


def test_minimal_document_takes_defaults():
    scenario = scenario_from_dict(MINIMAL)
    assert scenario.destination == "guian"
    assert scenario.finance.horizon_years == 10
    assert scenario.finance.discount_rate.value == 0.08
    assert scenario.finance.move_date == dt.date(2026, 7, 1)
    assert scenario.site_ids == ("beijing", "guian")


def test_byte_order_mark_is_accepted():
    assert parse_scenario(b"\xef\xbb\xbf" + json.dumps(MINIMAL).encode()).firm.origin == "beijing"


def with_change(path: list, value):
    data = copy.deepcopy(MINIMAL)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (with_change(["schema_version"], 2), "schema_version", "reads scenario version 1"),
        (with_change(["schema_version"], "1"), "schema_version", "got '1'"),
        ({k: v for k, v in MINIMAL.items() if k != "schema_version"}, "schema_version", "version"),
        (with_change(["colour"], "red"), "colour", "not a known field"),
        (with_change(["firm", "employees"], 3), "firm.employees", "not a known field"),
        (with_change(["firm", "high_tech"], "yes"), "firm.high_tech", "true, false or null"),
        (with_change(["firm", "taxable_profit"], "1e6"), "firm.taxable_profit", "must be a number"),
        (with_change(["firm", "taxable_profit"], True), "firm.taxable_profit", "must be a number"),
        (with_change(["firm", "taxable_profit"], {"low": 1}), "firm.taxable_profit.value", "required"),
        (
            with_change(["firm", "taxable_profit"], {"value": 1, "min": 0}),
            "firm.taxable_profit.min",
            "not a known",
        ),
        (with_change(["firm", "user_regions"], "gba"), "firm.user_regions", "must be a JSON list"),
        (with_change(["workload", "mode"], "lease"), "workload.mode", "colocation"),
        (with_change(["workload", "it_load_kw"], -10), "workload.it_load_kw", "between 0"),
        (with_change(["finance", "move_date"], "01/07/2026"), "finance.move_date", "YYYY-MM-DD"),
        (with_change(["finance", "horizon_years"], 25), "finance.horizon_years", "between 1 and 20"),
        (with_change(["finance", "horizon_years"], 7.5), "finance.horizon_years", "whole number"),
        (with_change(["finance", "discount_rate"], 8), "finance.discount_rate", "between 0 and 1"),
        (with_change(["sites"], [{"id": "guian", "params": {"pue": 0.8}}]), "sites.guian.pue", "between 1"),
        (with_change(["sites"], [{"params": {}}]), "sites[0].id", "required"),
        (with_change(["sites"], [{"id": "guian", "rent": 1}]), "sites[0].rent", "not a known field"),
        (
            with_change(["policies"], [{"id": "p3", "realisation": 2}]),
            "policies.p3.realisation",
            "between 0 and 1",
        ),
        (with_change(["firm"], None), "firm", "JSON object"),
        ({k: v for k, v in MINIMAL.items() if k != "workload"}, "workload", "required"),
        (with_change(["firm"], {}), "firm.origin", "required"),
        ([1, 2], "scenario", "JSON object"),
    ],
)
def test_bad_documents_are_refused_naming_the_field(data, field, words):
    with pytest.raises(InvalidInput) as caught:
        scenario_from_dict(data)
    assert caught.value.field == field
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"schema_version": 1, "firm": {"origin": "beijing", "loan": NaN}}', "NaN is not allowed"),
        ('{"schema_version": 1, "firm": {"origin": "beijing", "loan": Infinity}}', "Infinity is not allowed"),
        ('{"schema_version": 1, "schema_version": 1}', "appears twice"),
        ('{"schema_version": 1,', "not valid JSON"),
        ("", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_json_text_is_refused(text, words):
    with pytest.raises(InvalidInput, match=words):
        parse_scenario(text)


def test_oversized_and_non_utf8_input_is_refused():
    with pytest.raises(InvalidInput, match="larger than"):
        parse_scenario(" " * 3_000_000)
    with pytest.raises(InvalidInput, match="not UTF-8"):
        parse_scenario(b'{"title": "\xff"}')


def test_loading_never_executes_anything():
    # a value that would run code under eval or pickle is just text (and then refused as a number)
    payload = with_change(["firm", "loan"], "__import__('os').system('false')")
    with pytest.raises(InvalidInput, match="must be a number"):
        scenario_from_dict(payload)


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_huge_integer_is_refused_with_a_message_not_a_crash(digits):
    text = '{"schema_version": 1, "firm": {"origin": "beijing", "loan": ' + "9" * digits + "}}"
    with pytest.raises(InvalidInput):
        parse_scenario(text)
