"""Files of version 1 (before cost model v2) open, are brought up to date, and say what changed.

A version-1 project file and a version-1 scenario file, written as the app wrote them
before, go through the public readers; the migration note reaches the window (the
status bar) and the command line (``compute`` prints it once, on stderr), in English
and in Chinese. A file of a version newer than this app reads is refused, translated.
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from explorer.cli import main
from explorer.domain.messages import Message, translated
from explorer.domain.scenario import Mode
from explorer.domain.scenario_codec import SCENARIO_SCHEMA_VERSION, decode_scenario
from explorer.project import (
    PROJECT_SCHEMA_VERSION,
    ProjectError,
    dump_project,
    fit_to_pack,
    parse_project,
    read_project_file,
)
from explorer.translation import user_text

CJK = re.compile(r"[\u4e00-\u9fff]")

# A project file as the app saved it before cost model v2: project and scenarios at version 1.
# Its data pack is the shipped one (2026.12.0), so opening it tests the migration alone.
VERSION_1_PROJECT = """{
 "format": "guian-compute-explorer/project",
 "schema_version": 1,
 "app_version": "0.1.0",
 "saved_at": "2026-11-28T20:15:04+08:00",
 "data_pack": {"version": "2026.12.0", "as_of": "2026-12-06"},
 "current": "rent",
 "base": "build",
 "scenarios": [
  {
   "id": "rent",
   "name": "Shenzhen model start-up",
   "scenario": {"schema_version": 1, "title": "Shenzhen model start-up",
                "firm": {"origin": "guangdong", "sector": "ai"},
                "workload": {"template": "ai_training", "mode": "colocation", "accelerators": 3072,
                             "rack_density_kw": 20},
                "finance": {"move_date": "2026-07-01"},
                "policies": ["P3"]},
   "pack_values": [
    {"path": "sites.guian.electricity_price", "value": 0.35, "low": 0.34, "high": 0.44,
     "source": "Guizhou power-price measures", "as_of": "2016"}
   ]
  },
  {
   "id": "build",
   "name": "Beijing campus",
   "scenario": {"schema_version": 1, "firm": {"origin": "beijing"},
                "workload": {"template": "ai_training", "mode": "self_build", "accelerators": 4096,
                             "facility_life_years": 20},
                "finance": {"move_date": "2026-07-01", "horizon_years": 10}},
   "pack_values": []
  },
  {
   "id": "rent2",
   "name": "Shenzhen, denser racks",
   "scenario": {"schema_version": 1, "firm": {"origin": "guangdong"},
                "workload": {"template": "ai_training", "accelerators": 3072, "rack_density_kw": 40},
                "finance": {"move_date": "2026-07-01"}}
  }
 ]
}
"""

RACK_NOTE = (
    "Opened a project saved with scenario version 1: in \u201cShenzhen model start-up\u201d, "
    "\u201cShenzhen, denser racks\u201d, colocation space is now priced by rack power (the rent is for a "
    "reference rack, 6 kW in the shipped data pack, and a denser rack pays more); the NPV may differ "
    "from the one saved."
)


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _version_1_scenario() -> str:
    document = json.loads(VERSION_1_PROJECT)["scenarios"][0]["scenario"]
    return json.dumps(document, ensure_ascii=False, indent=2)


# --- project files ---------------------------------------------------------------------------


def test_a_version_1_project_opens_and_its_scenarios_migrate():
    project = parse_project(VERSION_1_PROJECT)
    assert [item.name for item in project.scenarios] == [
        "Shenzhen model start-up",
        "Beijing campus",
        "Shenzhen, denser racks",
    ]
    modes = [item.scenario.workload.mode for item in project.scenarios]
    assert modes == [Mode.COLOCATION, Mode.SELF_BUILD, Mode.COLOCATION]
    # every scenario is what its version-1 document means, read as version 2
    for item, raw in zip(project.scenarios, json.loads(VERSION_1_PROJECT)["scenarios"], strict=True):
        assert item.scenario == decode_scenario({**raw["scenario"], "schema_version": 2}).scenario
    assert project.scenarios[0].pack_values[0].path == "sites.guian.electricity_price"
    assert project.current_id == "rent" and project.base_id == "build"


def test_a_version_1_project_carries_one_note_per_change_naming_its_scenarios():
    notes = parse_project(VERSION_1_PROJECT).migration_notes
    assert all(isinstance(note, Message) for note in notes)
    assert [str(note) for note in notes] == [
        RACK_NOTE,
        "Opened a project saved with scenario version 1: in \u201cBeijing campus\u201d, a self-build case "
        "now treats the new facility as an investment (its build cost at the move, upkeep, a residual "
        "value at the end), not as a yearly cost at both sites; the origin facility's remaining life, "
        "the build period and a sale of the origin facility take their defaults; the NPV may differ "
        "from the one saved.",
    ]


def test_saving_a_migrated_project_writes_the_current_version_and_reads_back_without_a_note():
    project = parse_project(VERSION_1_PROJECT)
    data = dump_project(project)
    document = json.loads(data)
    assert document["schema_version"] == PROJECT_SCHEMA_VERSION == 3
    assert {item["scenario"]["schema_version"] for item in document["scenarios"]} == {SCENARIO_SCHEMA_VERSION}
    again = parse_project(data)
    assert again == project and again.migration_notes == ()
    assert dump_project(again) == data  # a current file round-trips byte for byte


def test_the_note_survives_reading_from_disk_and_fitting_to_the_pack(tmp_path, shipped_pack):
    path = _write(tmp_path, "old.gcx", VERSION_1_PROJECT)
    project, is_project = read_project_file(path, shipped_pack)
    assert is_project and len(project.migration_notes) == 2
    fitted = fit_to_pack(project, shipped_pack, keep_values=True)
    assert fitted.migration_notes == project.migration_notes


def test_the_project_note_is_translated(chinese):
    note = parse_project(VERSION_1_PROJECT).migration_notes[0]
    text = translated(note, QCoreApplication.translate)
    assert text.startswith("已打开以第 1 版方案格式保存的项目：“Shenzhen model start-up”"), text
    assert "机柜托管的空间费用现按机柜功率计价" in text and text.endswith("净现值可能与保存时不同。")
    assert user_text(note) == text  # what the window and the command line show


def test_a_version_1_scenario_in_a_project_keeps_version_1_strictness():
    document = json.loads(VERSION_1_PROJECT)
    document["scenarios"][1]["scenario"]["workload"]["build_period_years"] = 2
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(document))
    assert str(caught.value) == (
        "scenarios[1].scenario.workload.build_period_years: is not a field of scenario version 1 "
        "(it came with version 2)"
    )
    document = json.loads(VERSION_1_PROJECT)
    document["scenarios"][0]["scenario"]["colour"] = "red"
    with pytest.raises(ProjectError, match=r"scenarios\[0\]\.scenario\.colour: is not a known field"):
        parse_project(json.dumps(document))


def test_a_version_4_project_or_a_version_3_scenario_is_refused_in_chinese(chinese):
    document = json.loads(VERSION_1_PROJECT)
    document["schema_version"] = 4
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(document))
    text = caught.value.translated(QCoreApplication.translate)
    assert text == "schema_version: 文件由更高版本的程序创建（项目格式第 4 版；本程序最高只能读取第 3 版）"
    document = json.loads(dump_project(parse_project(VERSION_1_PROJECT)))
    document["scenarios"][0]["scenario"]["schema_version"] = 3
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(document))
    assert str(caught.value) == (
        "scenarios[0].scenario.schema_version: the file was made by a newer version of the app "
        "(scenario version 3; this app reads up to 2)"
    )
    assert caught.value.translated(QCoreApplication.translate) == (
        "scenarios[0].scenario.schema_version: "
        "文件由更高版本的程序创建（方案格式第 3 版；本程序最高只能读取第 2 版）"
    )


# --- scenario files ----------------------------------------------------------------------------


def test_a_version_1_scenario_file_opens_as_a_project_with_the_note(tmp_path, shipped_pack):
    path = _write(tmp_path, "startup.json", _version_1_scenario())
    project, is_project = read_project_file(path, shipped_pack)
    assert not is_project
    (note,) = project.migration_notes
    assert str(note).startswith("Opened a version-1 scenario: colocation space is now priced by rack power")
    current = project.current.scenario
    assert current.workload.rack_density_kw.value == 20 and current.title == "Shenzhen model start-up"


def test_a_version_2_file_opens_without_a_note(tmp_path, shipped_pack):
    persona = tmp_path / "persona.json"
    persona.write_text(_version_1_scenario().replace('"schema_version": 1', '"schema_version": 2'))
    assert read_project_file(persona, shipped_pack)[0].migration_notes == ()


# --- where the user reads it -------------------------------------------------------------------


@pytest.fixture
def controller(qtbot, shipped_pack):
    from explorer.ui.project import ProjectController
    from explorer.ui.state import AppState

    window = QMainWindow()
    qtbot.addWidget(window)
    controller = ProjectController(AppState(shipped_pack, "en"), window)
    yield controller, window
    controller.shutdown()


@pytest.mark.gui
def test_the_window_shows_the_note_in_the_status_bar(tmp_path, controller):
    control, window = controller
    path = _write(tmp_path, "startup.json", _version_1_scenario())
    assert control.open_path(path, confirmed=True)
    message = window.statusBar().currentMessage()
    assert message.startswith("Opened startup.json. Opened a version-1 scenario: colocation space"), message
    assert not control.is_modified
    again = _write(
        tmp_path, "current.json", _version_1_scenario().replace('"schema_version": 1', '"schema_version": 2')
    )
    assert control.open_path(again, confirmed=True)
    assert window.statusBar().currentMessage() == "Opened current.json"


@pytest.mark.gui
def test_the_window_shows_the_note_in_chinese(tmp_path, controller, chinese):
    control, window = controller
    path = _write(tmp_path, "old.gcx", VERSION_1_PROJECT)
    assert control.open_path(path, confirmed=True)
    message = window.statusBar().currentMessage()
    assert message.startswith("已打开 old.gcx。已打开以第 1 版方案格式保存的项目："), message
    assert "自建方案现将新设施视为一项投资" in message


def test_compute_prints_the_note_once_on_stderr(capsys, tmp_path):
    path = _write(tmp_path, "startup.json", _version_1_scenario())
    code = main(["compute", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["destination"] == "guian"  # stdout stays pure JSON
    assert err.count("note: Opened a version-1 scenario: colocation space is now priced by rack power") == 1
    code = main(["compute", str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and err.count("Opened a version-1 scenario") == 1 and "Opened" not in out


def test_compute_prints_the_note_in_chinese(capsys, tmp_path):
    path = _write(tmp_path, "startup.json", _version_1_scenario())
    code = main(["--lang", "zh_CN", "compute", str(path), "--json"])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert err.count("注意：已打开第 1 版格式的方案：机柜托管的空间费用现按机柜功率计价") == 1, err


def test_compute_refuses_a_version_3_file(capsys, tmp_path):
    document = json.loads(_version_1_scenario())
    document["schema_version"] = 3
    path = _write(tmp_path, "future.json", json.dumps(document))
    code = main(["compute", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "schema_version: the file was made by a newer version of the app (scenario version 3" in err


def test_export_prints_the_project_notes(capsys, tmp_path):
    path = _write(tmp_path, "old.gcx", VERSION_1_PROJECT)
    out_csv = tmp_path / "table.csv"
    code = main(["export", str(path), "--csv", str(out_csv)])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert err.count("note: Opened a project saved with scenario version 1") == 2  # one per kind of change
    assert out_csv.is_file()
