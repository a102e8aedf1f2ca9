"""Scenario JSON: round trip, versions 1 and 2, and refusal of anything unexpected, naming where."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import Message, translated
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
from explorer.domain.scenario_codec import (
    SCENARIO_SCHEMA_VERSION,
    decode_scenario,
    dump_scenario,
    parse_scenario,
    read_scenario,
    scenario_from_dict,
    scenario_to_dict,
)

from .conftest import base_scenario

MINIMAL = {
    "schema_version": 2,
    "firm": {"origin": "beijing"},
    "workload": {"template": "ai_training"},
    "finance": {"move_date": "2026-07-01"},
}
CJK = re.compile(r"[\u4e00-\u9fff]")


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
            "ai_training",
            mode=Mode.SELF_BUILD,
            accelerators=2048,
            utilisation=Quantity(0.6, 0.4, 0.8),
            origin_remaining_life_years=Quantity(6, 4, 9, source="asset register"),
            build_period_years=2,
            salvage_share=0.1,
        ),
        sites=(
            SiteChoice("beijing", staff=12),
            SiteChoice(
                "guian",
                params={
                    "electricity_price": Quantity(0.38, 0.33, 0.42, "bill", "2025"),
                    "rack_reference_kw": Quantity(8, 6, 10, source="lease"),
                },
                latency_ms={"gba": 11.0},
            ),
            SiteChoice("custom", name_en="Custom", name_zh="自定义", params={"pue": 1.1}),
        ),
        one_off=OneOffCosts(data_tb=Quantity(500, 300, 800), parallel_months=2),
        finance=Finance(horizon_years=12, discount_rate=0.07, move_date=dt.date(2026, 7, 1)),
        policies=(
            PolicyChoice("p3", price=Quantity(0.3, 0.28, 0.35, source="contract")),
            PolicyChoice("n1", realisation=Quantity(0.8, 0.6, 1.0)),
        ),
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


def test_a_version_2_file_round_trips_exactly_with_its_new_inputs():
    text = dump_scenario(parse_scenario(dump_scenario(full_scenario())))  # a file as the app writes it
    document = json.loads(text)
    assert document["schema_version"] == SCENARIO_SCHEMA_VERSION == 2
    assert document["workload"]["origin_remaining_life_years"] == {
        "value": 6, "low": 4, "high": 9, "source": "asset register",
    }  # fmt: skip
    assert document["workload"]["build_period_years"] == 2 and document["workload"]["salvage_share"] == 0.1
    guian = next(site for site in document["sites"] if site["id"] == "guian")
    assert guian["params"]["rack_reference_kw"] == {"value": 8, "low": 6, "high": 10, "source": "lease"}
    assert document["policies"][0] == {
        "id": "p3", "price": {"value": 0.3, "low": 0.28, "high": 0.35, "source": "contract"},
    }  # fmt: skip
    decoded = read_scenario(text)
    assert decoded.version == 2 and not decoded.migrated and decoded.notes == ()
    assert dump_scenario(decoded.scenario) == text  # byte for byte
    assert scenario_to_dict(decoded.scenario) == document


def test_the_new_inputs_default_when_left_out():
    workload = scenario_from_dict(MINIMAL).workload
    assert workload.origin_remaining_life_years is None  # the facility life: no reinvestment
    assert workload.build_period_years.value == 1 and workload.salvage_share.value == 0
    assert scenario_to_dict(scenario_from_dict(MINIMAL))["workload"]["origin_remaining_life_years"] is None


@pytest.mark.parametrize("version", [1, 2])
def test_minimal_document_takes_defaults(version):
    scenario = scenario_from_dict({**MINIMAL, "schema_version": version})
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
        (with_change(["schema_version"], 3), "schema_version", "newer version of the app"),
        (with_change(["schema_version"], 0), "schema_version", "reads scenario versions 1 to 2, got 0"),
        (with_change(["schema_version"], "1"), "schema_version", "got '1'"),
        (with_change(["schema_version"], 1.5), "schema_version", "got 1.5"),
        (with_change(["schema_version"], True), "schema_version", "got True"),
        ({k: v for k, v in MINIMAL.items() if k != "schema_version"}, "schema_version", "got None"),
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
    if isinstance(data, dict) and data.get("schema_version") == 2:  # a version-1 file is as strict
        with pytest.raises(InvalidInput) as caught:
            scenario_from_dict({**data, "schema_version": 1})
        assert caught.value.field == field
        assert words in str(caught.value)


# --- version 1 ---------------------------------------------------------------------------------

# A version-1 file as the app wrote it before cost model v2 (abridged from a demo firm).
VERSION_1 = """{
  "schema_version": 1,
  "title": "Shenzhen AI start-up",
  "firm": {"origin": "guangdong", "sector": "ai", "high_tech": true, "user_regions": ["gba"],
           "fixed_asset_investment": 0, "taxable_profit": {"value": 2e7, "low": 0, "high": 4e7}, "loan": 0},
  "workload": {"template": "ai_training", "mode": "colocation", "accelerators": 512, "rack_density_kw": 20,
               "service_margin": 0.25, "facility_life_years": 15, "maintenance_rate": 0.02},
  "sites": [{"id": "guangdong", "params": {"rack_rent": {"value": 3560, "low": 3000, "high": 4200}}},
            {"id": "guian"}],
  "destination": "guian",
  "one_off": {"hardware_move_per_rack": 15000, "parallel_months": 2},
  "finance": {"horizon_years": 10, "discount_rate": 0.08, "move_date": "2026-07-01"},
  "policies": ["P3", {"id": "G5", "realisation": 0.5}],
  "extra_incentive_per_year": 0
}"""


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("colocation", "colocation space is now priced by rack power"),
        ("compute_service", "the provider's rack space is now priced by rack power"),
        ("self_build", "a self-build case now treats the new facility as an investment"),
    ],
)
def test_a_version_1_file_opens_migrates_and_says_what_changed(mode, words):
    document = json.loads(VERSION_1)
    document["workload"]["mode"] = mode
    decoded = decode_scenario(document)
    assert decoded.version == 1 and decoded.migrated
    # the same inputs as the version-2 file with the same fields: nothing is lost or reinterpreted
    assert decoded.scenario == scenario_from_dict({**document, "schema_version": 2})
    assert decoded.scenario.workload.build_period_years.value == 1
    assert decoded.scenario.workload.origin_remaining_life_years is None
    (note,) = decoded.notes
    assert isinstance(note, Message)
    assert note.startswith("Opened a version-1 scenario: " + words)
    assert note.endswith("; the NPV may differ from the one saved.")
    # saving it writes version 2, which reads back as the same scenario and without a note
    again = read_scenario(dump_scenario(decoded.scenario))
    assert again.version == 2 and again.notes == () and again.scenario == decoded.scenario


def test_a_version_1_file_read_from_text_carries_the_note():
    decoded = read_scenario(VERSION_1.encode("utf-8"))
    assert [str(note) for note in decoded.notes] == [
        "Opened a version-1 scenario: colocation space is now priced by rack power (the rent is for a "
        "reference rack, 6 kW in the shipped data pack, and a denser rack pays more); the NPV may differ "
        "from the one saved."
    ]
    assert parse_scenario(VERSION_1) == decoded.scenario  # the plain reader migrates silently


def test_the_migration_note_is_translated(chinese):
    for mode in ("colocation", "compute_service", "self_build"):
        document = json.loads(VERSION_1)
        document["workload"]["mode"] = mode
        (note,) = decode_scenario(document).notes
        text = translated(note, QCoreApplication.translate)
        assert text.startswith("已打开第 1 版格式的方案："), text
        assert text.endswith("净现值可能与保存时不同。"), text
        assert not re.search(r"[A-Za-z]{3,}", text), text  # no English left


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["workload"].update(build_period_years=2), "workload.build_period_years"),
        (lambda d: d["workload"].update(salvage_share=0.1), "workload.salvage_share"),
        (
            lambda d: d["workload"].update(origin_remaining_life_years=5),
            "workload.origin_remaining_life_years",
        ),
        (
            lambda d: d["sites"][1].update(params={"rack_reference_kw": 8}),
            "sites[1].params.rack_reference_kw",
        ),
        (lambda d: d["policies"].append({"id": "P9", "price": 0.3}), "policies[2].price"),
    ],
)
def test_a_version_1_file_may_not_use_the_inputs_of_version_2(change, field):
    document = json.loads(VERSION_1)
    change(document)
    with pytest.raises(InvalidInput) as caught:
        decode_scenario(document)
    assert caught.value.field == field
    assert str(caught.value) == f"{field}: is not a field of scenario version 1 (it came with version 2)"
    document["schema_version"] = 2
    assert decode_scenario(document).notes == ()  # the same document as version 2 is fine


def test_a_version_3_file_is_refused_with_a_translated_message(chinese):
    document = json.loads(VERSION_1)
    document["schema_version"] = 3
    with pytest.raises(InvalidInput) as caught:
        decode_scenario(document)
    error = caught.value
    assert error.field == "schema_version"
    assert str(error) == (
        "schema_version: the file was made by a newer version of the app (scenario version 3; "
        "this app reads up to 2)"
    )
    text = error.translated(QCoreApplication.translate)
    assert text == "schema_version: 文件由更高版本的程序创建（方案格式第 3 版；本程序最高只能读取第 2 版）"
    assert CJK.search(text)


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


# --- the documentation -------------------------------------------------------------------------


def _keys(value, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            _keys(item, found)
    elif isinstance(value, list):
        for item in value:
            _keys(item, found)
    return found


@pytest.mark.parametrize("persona", ["beijing_internet_inference", "beijing_cloud_self_build"])
def test_every_key_of_the_json_output_is_documented(shipped_pack, persona):
    """docs/scenario-format.md, "`--json` output": an independent implementation is checked against it."""
    from pathlib import Path

    from explorer.domain.engine import evaluate

    root = Path(__file__).resolve().parents[2]
    text = (root / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    section = text[text.index("## `--json` output") :]
    scenario = parse_scenario((root / "data" / "personas" / f"{persona}.json").read_bytes())
    data = evaluate(scenario, shipped_pack).to_dict()
    assert data["format_version"] == 2 and "`format_version` | integer | `2`" in section
    missing = sorted(key for key in _keys(data, set()) if f"`{key}`" not in section)
    assert missing == [], f"not in docs/scenario-format.md: {missing}"
