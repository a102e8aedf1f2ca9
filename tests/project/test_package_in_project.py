"""Incentive packages in project files (issue 17): saved per scenario, old files still open."""

from __future__ import annotations

import json

import pytest

from explorer.domain.package import ItemKind, Package, PackageItem, Target, TargetKind
from explorer.personas import load_personas
from explorer.project.codec import PROJECT_SCHEMA_VERSION, dump_project, parse_project
from explorer.project.files import build_project
from explorer.project.model import ProjectError

PACKAGE = Package(
    items=(
        PackageItem(ItemKind.ELECTRICITY_PRICE, 0.30, years=5),
        PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3, cap_per_year=5_000_000),
        PackageItem(ItemKind.CAPEX_SUBSIDY, 0.1, cap_total=2_000_000),
    ),
    public_discount_rate=0.05,
    assumptions={"local_hire_share": 0.6},
    target=Target(TargetKind.PAYBACK, 24),
)


@pytest.fixture
def project(shipped_pack):
    personas = load_personas()[:2]
    items = [("a", "With package", personas[0].scenario, PACKAGE), ("b", "Without", personas[1].scenario)]
    return build_project(items, "a", "b", shipped_pack)


def test_a_package_round_trips_through_the_project_file(project):
    data = dump_project(project)
    document = json.loads(data)
    assert document["schema_version"] == PROJECT_SCHEMA_VERSION == 3
    assert "package" in document["scenarios"][0] and "package" not in document["scenarios"][1]
    again = parse_project(data)
    assert again == project
    assert again.scenario("a").package == PACKAGE
    assert again.scenario("b").package is None
    assert dump_project(again) == data


def test_a_version_2_project_opens_without_packages(project):
    document = json.loads(dump_project(project))
    document["schema_version"] = 2
    for item in document["scenarios"]:
        item.pop("package", None)
    opened = parse_project(json.dumps(document))
    assert all(item.package is None for item in opened.scenarios)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda p: p["items"][0].update(kind="bribe"), "scenarios[0].package.items[0].kind"),
        (lambda p: p["items"][1].update(value=1.5), "scenarios[0].package.items[1]"),
        (lambda p: p["items"][0].update(years=2.5), "scenarios[0].package.items[0].years"),
        (lambda p: p.update(public_discount_rate=2), "scenarios[0].package.public_discount_rate"),
        (lambda p: p["assumptions"].update(nonsense=0.1), "scenarios[0].package.assumptions.nonsense"),
        (lambda p: p.update(extra=1), "scenarios[0].package.extra"),
        (lambda p: p["items"].append(dict(p["items"][0])), "scenarios[0].package"),
        (lambda p: p["target"].update(kind="win"), "scenarios[0].package.target.kind"),
    ],
)
def test_a_bad_package_is_refused_naming_the_place(project, change, where):
    document = json.loads(dump_project(project))
    change(document["scenarios"][0]["package"])
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(document))
    assert caught.value.where == where
