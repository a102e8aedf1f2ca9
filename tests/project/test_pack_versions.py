"""A project made with another data pack: keep its figures, or refresh them from the current pack."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from explorer.domain.engine import evaluate
from explorer.domain.model import build_model
from explorer.project import PackStamp, ProjectError, fit_to_pack, read_project_file, save_project_file


def _made_with_older_pack(project, shipped_pack, factor=1.1):
    """The project as if saved with pack 2025.1 whose electricity prices were ``factor`` times higher."""
    items = []
    for item in project.scenarios:
        values = tuple(
            dataclasses.replace(v, value=v.value * factor, low=v.low * factor, high=v.high * factor)
            if v.path.endswith("electricity_price")
            else v
            for v in item.pack_values
        )
        items.append(dataclasses.replace(item, pack_values=values))
    return dataclasses.replace(project, scenarios=tuple(items), pack=PackStamp("2025.1", dt.date(2025, 1, 1)))


def _price(scenario, pack, path):
    return build_model(scenario, pack).info(path).value


def test_same_pack_changes_nothing(project, shipped_pack):
    fitted = fit_to_pack(project, shipped_pack, keep_values=True)
    assert [s.scenario for s in fitted.scenarios] == [s.scenario for s in project.scenarios]
    assert fitted.notes == ()


def test_keep_values_pins_the_saved_figures_with_their_source(project, shipped_pack):
    old = _made_with_older_pack(project, shipped_pack)
    fitted = fit_to_pack(old, shipped_pack, keep_values=True)
    item, saved = fitted.scenarios[0], old.scenarios[0]
    path = next(v.path for v in saved.pack_values if v.path.endswith("electricity_price"))
    wanted = next(v.value for v in saved.pack_values if v.path == path)
    info = build_model(item.scenario, shipped_pack).info(path)
    assert info.value == pytest.approx(wanted) and info.overridden
    assert "data pack 2025.1" in info.provenance.note
    assert fitted.pack == PackStamp.of(shipped_pack)


def test_refresh_uses_the_current_pack_and_keeps_the_users_own_inputs(project, shipped_pack):
    old = _made_with_older_pack(project, shipped_pack)
    fitted = fit_to_pack(old, shipped_pack, keep_values=False)
    for before, after in zip(project.scenarios, fitted.scenarios, strict=True):
        assert after.scenario == before.scenario
        assert (
            evaluate(after.scenario, shipped_pack).primary.npv
            == evaluate(before.scenario, shipped_pack).primary.npv
        )


def test_policies_the_pack_lacks_are_dropped_and_named(project, shipped_pack):
    from explorer.domain.scenario import PolicyChoice

    item = project.scenarios[0]
    scenario = dataclasses.replace(item.scenario, policies=(*item.scenario.policies, PolicyChoice("ZZ99")))
    changed = dataclasses.replace(
        project,
        scenarios=(dataclasses.replace(item, scenario=scenario),),
        current_id=item.id,
        base_id=item.id,
    )
    fitted = fit_to_pack(changed, shipped_pack, keep_values=False)
    assert "ZZ99" in fitted.notes[0]
    assert all(c.policy_id != "ZZ99" for c in fitted.scenarios[0].scenario.policies)


def test_a_scenario_that_cannot_fit_is_refused_naming_it(project, shipped_pack):
    item = project.scenarios[0]
    scenario = dataclasses.replace(item.scenario, destination="atlantis")
    changed = dataclasses.replace(
        project,
        scenarios=(dataclasses.replace(item, scenario=scenario),),
        current_id=item.id,
        base_id=item.id,
    )
    with pytest.raises(ProjectError, match=r"scenarios\[0\]"):
        fit_to_pack(changed, shipped_pack, keep_values=False)


def test_a_scenario_file_opens_as_a_project_of_one(shipped_pack, tmp_path):
    from explorer.paths import shipped_data_dir

    path = shipped_data_dir() / "personas" / "shenzhen_ai_startup.json"
    project, is_project = read_project_file(path, shipped_pack)
    assert not is_project and len(project.scenarios) == 1
    assert project.pack == PackStamp.of(shipped_pack)
    saved = save_project_file(tmp_path / "one.gcx", project)
    again, is_project = read_project_file(tmp_path / "one.gcx")
    assert is_project and again == saved
