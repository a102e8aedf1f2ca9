"""A scenario's package goes with it (issue 17): duplicating copies it, a scenario file brings its own."""

from __future__ import annotations

import pytest

from explorer.domain.package import ItemKind, Package, PackageItem
from explorer.domain.scenario_codec import dump_scenario
from explorer.personas import load_personas

pytestmark = pytest.mark.gui

PACKAGE = Package(
    items=(PackageItem(ItemKind.RENT_SUBSIDY, 0.2, years=3), PackageItem(ItemKind.SETTLEMENT_GRANT, 1e6)),
    public_discount_rate=0.06,
)


def test_duplicating_a_scenario_copies_its_package(session):
    state = session.state
    first = state.current_id
    state.set_package(PACKAGE)
    copy = state.duplicate_scenario(first)
    assert copy != first and state.current_id == copy
    assert state.package(copy) == PACKAGE
    # the copy's package is its own: changing it leaves the original's alone
    state.set_package(PACKAGE.without(ItemKind.RENT_SUBSIDY))
    assert state.package(first) == PACKAGE
    assert state.package(copy).item(ItemKind.RENT_SUBSIDY) is None


def test_a_scenario_without_a_package_duplicates_without_one(session):
    state = session.state
    copy = state.duplicate_scenario(state.current_id)
    assert state.package(copy) is None


def test_opening_a_scenario_file_brings_its_package(session, tmp_path):
    path = tmp_path / "deal.json"
    path.write_text(dump_scenario(load_personas()[0].scenario, PACKAGE), encoding="utf-8")
    assert session.window.project.open_path(path, confirmed=True)
    assert session.state.package() == PACKAGE
