"""Project JSON: round trip, migrations, and refusal of damaged or hostile files with a clear message."""

from __future__ import annotations

import dataclasses
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.domain.fields import FINANCE_FIELDS, ONE_OFF_FIELDS
from explorer.domain.named_scenario import NamedScenario
from explorer.domain.scenario_codec import SCENARIO_SCHEMA_VERSION
from explorer.project import (
    MAX_PROJECT_BYTES,
    PROJECT_SCHEMA_VERSION,
    ProjectError,
    codec,
    dump_project,
    parse_project,
    project_to_dict,
)


def test_round_trip_equals_the_original(project):
    data = dump_project(project)
    assert data.startswith(b"{") and data.endswith(b"\n")
    again = parse_project(data)
    assert again == project
    assert dump_project(again) == data


def test_the_file_names_format_version_pack_and_scenarios(project):
    document = json.loads(dump_project(project))
    assert document["format"] == "guian-compute-explorer/project"
    assert document["schema_version"] == PROJECT_SCHEMA_VERSION
    assert document["data_pack"] == {
        "version": project.pack.version,
        "as_of": project.pack.as_of.isoformat(),
    }
    assert [item["id"] for item in document["scenarios"]] == [s.id for s in project.scenarios]
    assert document["current"] == "id1" and document["base"] == "id0"
    assert document["scenarios"][0]["scenario"]["schema_version"] == SCENARIO_SCHEMA_VERSION == 2
    assert document["scenarios"][0]["pack_values"], "the pack figures used are kept"


names = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40).filter(
    lambda s: s.strip()
)


@st.composite
def projects(draw, base):
    count = draw(st.integers(1, 4))
    items = []
    for index in range(count):
        template = draw(st.sampled_from(base.scenarios))
        scenario = template.scenario
        for path in draw(st.lists(st.sampled_from(sorted(ONE_OFF_FIELDS)), max_size=3)):
            spec = ONE_OFF_FIELDS[path]
            value = draw(st.floats(spec.minimum, min(spec.maximum, 1e12), allow_nan=False))
            scenario = scenario.replace_value(f"one_off.{path}", value)
        if draw(st.booleans()):
            spec = FINANCE_FIELDS["discount_rate"]
            scenario = scenario.replace_value(
                "finance.discount_rate", draw(st.floats(spec.minimum, spec.maximum, allow_nan=False))
            )
        items.append(dataclasses.replace(template, id=f"s{index}", name=draw(names), scenario=scenario))
    ids = [item.id for item in items]
    return dataclasses.replace(
        base,
        scenarios=tuple(items),
        current_id=draw(st.sampled_from(ids)),
        base_id=draw(st.sampled_from(ids)),
        saved_at=draw(st.sampled_from(["", "2026-01-02T03:04:05+08:00"])),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_projects_round_trip(project, data):
    original = data.draw(projects(project))
    assert parse_project(dump_project(original)) == original


# --- refused files ---------------------------------------------------------------


def _document(project) -> dict:
    return json.loads(dump_project(project))


def _refused(data: bytes | str) -> str:
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    return str(caught.value)


def test_truncated_file_is_refused_naming_the_position(project):
    data = dump_project(project)
    message = _refused(data[: len(data) // 2])
    assert "not valid JSON" in message and "line" in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "must be a JSON object"),
        (b'{"format": "something else"}', "not a project file"),
        (b"\x00" * 1000, "not valid JSON"),
    ],
)
def test_damaged_files_are_refused(data, words):
    assert words in _refused(data)


def test_newer_schema_version_is_refused_clearly(project):
    document = _document(project)
    document["schema_version"] = PROJECT_SCHEMA_VERSION + 1
    assert "newer version of the app" in _refused(json.dumps(document))


@pytest.mark.parametrize("version", [0, -1, "1", None, True, 1.5])
def test_other_schema_versions_are_refused(project, version):
    document = _document(project)
    document["schema_version"] = version
    assert "schema_version" in _refused(json.dumps(document))


def test_nan_and_infinity_are_refused(project):
    text = dump_project(project).decode()
    for constant in ("NaN", "Infinity", "-Infinity"):
        hostile = text.replace('"value": ', f'"value": {constant}, "x": ', 1)
        assert "not allowed" in _refused(hostile)
    huge = text.replace('"value": ', '"value": 1e400, "x": ', 1)
    assert "too large" in _refused(huge)
    digits = text.replace('"value": ', f'"value": {"9" * 400}, "x": ', 1)
    assert "too large" in _refused(digits)
    many = text.replace('"value": ', f'"value": {"9" * 5000}, "x": ', 1)
    assert "number" in _refused(many)


def test_huge_file_is_refused_before_parsing():
    data = b'{"format": "guian-compute-explorer/project", "pad": "' + b"x" * MAX_PROJECT_BYTES + b'"}'
    started = time.perf_counter()
    assert "larger than" in _refused(data)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("depth", [50, 5_000, 100_000])
def test_deeply_nested_file_is_refused(depth):
    data = b'{"format": "guian-compute-explorer/project", "x": ' + b"[" * depth + b"]" * depth + b"}"
    assert "nested" in _refused(data)


def test_duplicate_keys_unknown_fields_and_bad_types_name_the_place(project):
    text = dump_project(project).decode()
    assert "appears twice" in _refused(text.replace('"current":', '"base": "id0", "current":', 1))
    document = _document(project)
    document["scenarios"][0]["script"] = "__import__('os').system('echo pwned')"
    assert "scenarios[0].script: is not a known field" in _refused(json.dumps(document))
    document = _document(project)
    document["scenarios"][1]["name"] = ["a list"]
    assert "scenarios[1].name: must be text" in _refused(json.dumps(document))
    document = _document(project)
    document["scenarios"][0]["scenario"]["finance"]["discount_rate"] = 7
    assert "scenarios[0].scenario.finance.discount_rate" in _refused(json.dumps(document))
    document = _document(project)
    document["current"] = "nope"
    assert "current: names no scenario" in _refused(json.dumps(document))
    document = _document(project)
    document["scenarios"][1]["id"] = document["scenarios"][0]["id"]
    assert "only once" in _refused(json.dumps(document))
    document = _document(project)
    document["scenarios"] = []
    assert "at least one scenario" in _refused(json.dumps(document))


def test_names_with_control_characters_or_broken_unicode_are_refused(project):
    document = _document(project)
    document["scenarios"][0]["name"] = "bad\nname"
    assert "control characters" in _refused(json.dumps(document))
    text = (
        dump_project(project)
        .decode()
        .replace(f'"name": "{project.scenarios[0].name}"', '"name": "\\ud800"', 1)
    )
    assert "not valid Unicode" in _refused(text)


def test_a_hostile_name_is_kept_as_plain_text(project):
    hostile = "<b>x</b><img src=file:///etc/passwd> =cmd|'/c calc'!A1 ../../CON"
    items = (dataclasses.replace(project.scenarios[0], name=hostile), *project.scenarios[1:])
    changed = dataclasses.replace(project, scenarios=items)
    assert parse_project(dump_project(changed)).scenarios[0].name == hostile


def test_a_byte_order_mark_is_accepted(project):
    assert parse_project(b"\xef\xbb\xbf" + dump_project(project)) == project


# --- migrations -------------------------------------------------------------------


def test_migrations_run_in_order_then_validate(project, monkeypatch):
    """A version-1 file read by an app at version 3: each step runs once, in order."""
    ran = []

    def one_to_two(document):
        ran.append(1)
        document["schema_version"] = 2
        document["legacy"] = True
        return document

    def two_to_three(document):
        ran.append(2)
        document.pop("legacy")
        document["schema_version"] = 3
        return document

    monkeypatch.setattr(codec, "PROJECT_SCHEMA_VERSION", 3)
    monkeypatch.setattr(codec, "MIGRATIONS", {1: one_to_two, 2: two_to_three})
    document = project_to_dict(project)
    document["schema_version"] = 1
    assert codec.project_from_dict(document) == project
    assert ran == [1, 2]


def test_a_missing_migration_is_refused(project, monkeypatch):
    monkeypatch.setattr(codec, "PROJECT_SCHEMA_VERSION", 2)
    monkeypatch.setattr(codec, "MIGRATIONS", {})
    document = project_to_dict(project)
    document["schema_version"] = 1
    with pytest.raises(ProjectError, match="version 1 is not supported"):
        codec.project_from_dict(document)


def test_project_scenario_is_plain_data(project):
    item = project.scenarios[0]
    assert isinstance(item, NamedScenario)  # the type the window keeps its scenarios in, too
    assert all(isinstance(value.value, float) for value in item.pack_values)


def test_the_documented_example_reads():
    """docs/scenario-format.md, "Project files": the example is a valid project file."""
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    section = text[text.index("## Project files") : text.index("## The `compute` command")]
    (example,) = re.findall(r"```json\n(.*?)```", section, re.S)
    project = parse_project(example)
    assert project.current.name == "Shenzhen model start-up"
    assert project.current.pack_values[0].path == "sites.guian.electricity_price"
