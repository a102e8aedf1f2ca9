"""One type for a named scenario: the window's list and the project file keep the same one."""

from __future__ import annotations

import dataclasses

from explorer.domain.named_scenario import NamedScenario, PackValue, new_scenario_id
from explorer.project import build_project, dump_project, parse_project


def test_a_project_holds_the_named_scenarios_the_window_keeps(shipped_pack, personas):
    persona = personas[0]
    kept = NamedScenario(new_scenario_id(), persona.title(), persona.scenario)  # as the window keeps it
    assert kept.pack_values == () and kept.package is None
    project = build_project([(kept.id, kept.name, kept.scenario)], kept.id, kept.id, shipped_pack)
    saved = project.scenarios[0]
    assert type(saved) is NamedScenario
    assert (saved.id, saved.name, saved.scenario, saved.package) == (kept.id, kept.name, kept.scenario, None)
    assert saved.pack_values and all(isinstance(v, PackValue) for v in saved.pack_values)
    read = parse_project(dump_project(project)).scenarios[0]
    assert read == saved and type(read) is NamedScenario


def test_the_file_keeps_its_keys():
    """The merge changed no key of the project file: id, name, scenario, pack_values (package if any)."""
    assert [f.name for f in dataclasses.fields(NamedScenario)] == [
        "id", "name", "scenario", "package", "pack_values",
    ]  # fmt: skip
    assert len(new_scenario_id()) == 12 and int(new_scenario_id(), 16) >= 0
