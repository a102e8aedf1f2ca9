"""A scenario file carries its incentive package (issue 17): written, read back, refused when wrong."""

from __future__ import annotations

import json

import pytest

from explorer.domain.errors import InvalidInput
from explorer.domain.package import ItemKind, Package, PackageItem, Target, TargetKind
from explorer.domain.scenario_codec import (
    decode_scenario,
    dump_scenario,
    read_scenario,
    scenario_to_dict,
)
from explorer.personas import load_personas

PACKAGE = Package(
    items=(
        PackageItem(ItemKind.SETTLEMENT_GRANT, 1_000_000),
        PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3, cap_per_year=5_000_000),
        PackageItem(ItemKind.CAPEX_SUBSIDY, 0.05, cap_total=2_000_000),
    ),
    public_discount_rate=0.06,
    assumptions={"local_hire_share": 0.6},
    target=Target(TargetKind.PAYBACK, 36),
)


def _scenario():
    return load_personas()[0].scenario


def test_a_package_round_trips_through_the_scenario_file():
    text = dump_scenario(_scenario(), PACKAGE)
    decoded = read_scenario(text)
    assert decoded.package == PACKAGE
    assert decoded.scenario == _scenario()
    document = json.loads(text)
    items = {item["kind"]: item for item in document["package"]["items"]}
    assert items["settlement_grant"] == {
        "kind": "settlement_grant", "value": 1_000_000.0, "years": 3, "cap_per_year": None, "cap_total": None,
    }  # fmt: skip
    assert document["package"]["target"] == {"kind": "payback", "value": 36.0}


def test_without_a_package_the_file_is_as_before():
    document = scenario_to_dict(_scenario())
    assert "package" not in document
    assert read_scenario(dump_scenario(_scenario())).package is None
    document["package"] = None  # written by hand: no package
    assert decode_scenario(document).package is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda p: p["items"][0].update(kind="free_lunch"), "package.items[0].kind"),
        (lambda p: p["items"][0].update(value=1.5), "package.items[0]"),  # the rent share above 1
        (lambda p: p["items"][0].update(years=0), "package.items[0].years"),
        (lambda p: p.update(colour="red"), "package.colour"),
        (lambda p: p.update(public_discount_rate="6%"), "package.public_discount_rate"),
        (lambda p: p["assumptions"].update(local_hire_share=2), "package.assumptions.local_hire_share"),
        (lambda p: p["items"].append(dict(p["items"][0])), "package"),  # two items of one kind
    ],
)
def test_a_bad_package_is_refused_naming_the_field(change, field):
    document = scenario_to_dict(_scenario(), PACKAGE)
    assert document["package"]["items"][0]["kind"] == "rent_subsidy"  # written in the items' order
    change(document["package"])
    with pytest.raises(InvalidInput) as caught:
        decode_scenario(document)
    assert caught.value.field == field
