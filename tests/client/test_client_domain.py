"""The client's facts into a scenario: the plan, applying, removing, saving (issue 19)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.client_data import apply_plan, check_facts, plan_import, remove_client
from explorer.domain.client_diff import diff_lines
from explorer.domain.model import build_model
from explorer.domain.parameters import Confidence
from explorer.domain.scenario_codec import dump_scenario, parse_scenario

DAY = dt.date(2026, 12, 6)
FACTS = {
    "current_site": "beijing",
    "electricity_kwh": 41234567.0,
    "electricity_bill": 29876543.0,
    "pue": 1.37,
    "racks": 389.0,
    "staff": 47.0,
    "high_tech": True,
    "move_start": dt.date(2027, 3, 1),
    "revenue": 512345678.0,
}


def test_plan_shows_derivations_and_applies_exactly(scenario, shipped_pack):
    plan = plan_import(scenario, shipped_pack, FACTS, "acme.xlsx", DAY)
    changes = {c.path: c for c in plan.changes}
    assert changes["firm.origin"].before == "guangdong" and changes["firm.origin"].after == "beijing"
    price = changes["sites.beijing.electricity_price"]
    assert price.before == shipped_pack.sites["beijing"].params["electricity_price"].value
    assert price.after == 29876543.0 / 41234567.0
    assert "29,876,543 ÷ 41,234,567" in price.derivation
    load = changes["workload.it_load_kw"]
    assert load.after == 41234567.0 / (8760 * 1.37) and "8,760 × 1.37" in load.derivation
    assert changes["workload.rack_density_kw"].after == load.after / 389
    assert changes["sites.beijing.pue"].derivation is None
    assert plan.unused == ("revenue",)

    applied = apply_plan(scenario, plan)
    model = build_model(applied, shipped_pack)
    assert model.info("sites.beijing.electricity_price").value == 29876543.0 / 41234567.0
    assert model.info("sites.beijing.pue").value == 1.37
    assert model.info("sites.beijing.staff").value == 47.0
    assert applied.firm.origin == "beijing" and applied.firm.high_tech is True
    assert applied.finance.move_date == dt.date(2027, 3, 1)
    provenance = model.info("sites.beijing.pue").provenance
    assert provenance.confidence is Confidence.CLIENT
    assert provenance.source == "client data: acme.xlsx, 2026-12-06" and provenance.as_of == "2026-12-06"
    assert applied.client.facts["revenue"] == repr(512345678.0)


def test_saved_with_the_scenario_and_removed_back_to_pack_defaults(scenario, shipped_pack):
    applied = apply_plan(scenario, plan_import(scenario, shipped_pack, FACTS, "acme.xlsx", DAY))
    assert parse_scenario(dump_scenario(applied)) == applied
    assert remove_client(applied) == scenario
    assert remove_client(scenario) is scenario


def test_a_client_value_moved_by_hand_is_no_longer_labelled_client_data(scenario, shipped_pack):
    applied = apply_plan(scenario, plan_import(scenario, shipped_pack, FACTS, "acme.xlsx", DAY))
    moved = applied.replace_value("sites.beijing.pue", 1.5)
    provenance = build_model(moved, shipped_pack).info("sites.beijing.pue").provenance
    assert provenance.confidence is not Confidence.CLIENT


@pytest.mark.parametrize(
    ("facts", "key", "words"),
    [
        ({"electricity_bill": 1e6}, "electricity_bill", "needs the annual electricity"),
        (
            {"electricity_bill": 1e6, "electricity_kwh": 1e6, "electricity_price": 2.0},
            "electricity_price",
            "give one",
        ),
        ({"current_site": "atlantis"}, "current_site", "not a site"),
        ({"current_site": "guian"}, "current_site", "destination"),
    ],
)
def test_rules_between_facts(scenario, shipped_pack, facts, key, words):
    [(found, rule)] = check_facts(facts, scenario, shipped_pack)
    assert found == key and words in rule


def test_diff_lines_name_label_values_and_derivation(scenario, shipped_pack, chinese):
    plan = plan_import(scenario, shipped_pack, FACTS, "acme.xlsx", DAY)
    lines = diff_lines(plan, "en")
    assert any(line.startswith("Origin: guangdong → beijing") for line in lines)
    assert any("Electricity price" in line and "bill ÷ annual electricity" in line for line in lines)
    assert lines[-1] == "Kept with the client data, used by no input: Annual revenue"
    # the labels are translatable texts (context Fields): Chinese through Qt's translator
    zh = diff_lines(dataclasses.replace(plan, unused=()), "zh_CN", QCoreApplication.translate, shipped_pack)
    assert any(line.startswith("北京：电价：0.7 → ") for line in zh)
    assert any(line.startswith("迁出地：广东（广州、深圳） → 北京") for line in zh)


def test_kept_in_the_project_file_and_never_in_the_data_pack(scenario, shipped_pack, tmp_path):
    from explorer.project import build_project, dump_project, parse_project

    applied = apply_plan(scenario, plan_import(scenario, shipped_pack, FACTS, "acme.xlsx", DAY))
    project = build_project([("s1", "Acme", applied)], "s1", "s1", shipped_pack)
    data = dump_project(project)
    assert b"acme.xlsx" in data and b"41234567" in data
    assert parse_project(data).current.scenario == applied
