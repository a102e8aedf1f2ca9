"""Project-file errors and notes reach the user in Chinese, and stay English for logs and tests.

Each hostile or broken file goes through the public reader (``read_project_file``
or ``parse_project``); the English text is exactly what it always was, and
``error.translated(QCoreApplication.translate)`` under the ``chinese`` fixture is
Chinese, still naming the place (``broken.gcx: scenarios[0].name``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.messages import Message
from explorer.project import (
    MAX_PROJECT_BYTES,
    PROJECT_SCHEMA_VERSION,
    PackStamp,
    ProjectError,
    dump_project,
    fit_to_pack,
    parse_project,
    read_project_file,
)
from explorer.project.autosave import AUTOSAVE_FORMAT, read_autosave
from explorer.translation import error_text, user_text

CJK = re.compile(r"[\u4e00-\u9fff]")
# Words of the English templates: none may be left in a Chinese message.
ENGLISH_WORDS = re.compile(
    r"\b(must|the file|is not|is required|got|cannot|appears|longer|expected|names no)\b"
)


def chinese_text(error: ProjectError, where: str) -> str:
    """The error in Chinese, checked to be a translated message that keeps ``where``."""
    assert isinstance(error.problem, Message), "the problem is a marked template, not plain text"
    text = error.translated(QCoreApplication.translate)
    assert text.startswith(f"{where}: "), text
    assert CJK.search(text), text
    assert not ENGLISH_WORDS.search(text[len(where) :]), text
    assert error_text(error) == text  # what the window and the command line show
    return text


def read_refused(tmp_path, data: bytes | str, name: str = "broken.gcx", pack=None) -> ProjectError:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    with pytest.raises(ProjectError) as caught:
        read_project_file(path, pack)
    return caught.value


def document(project) -> dict:
    return json.loads(dump_project(project))


def edited(project, change) -> str:
    doc = document(project)
    change(doc)
    return json.dumps(doc)


# --- files refused before they are read as a project ----------------------------------------------


@pytest.mark.parametrize(
    ("data", "english", "chinese_words"),
    [
        (b"", "broken.gcx: the file is empty", "文件为空"),
        (b"  \n\t", "broken.gcx: the file is empty", "文件为空"),
        (
            b'{"a": "\xff"}',
            "broken.gcx: the file is not UTF-8 text (invalid start byte at byte 7)",
            "UTF-8 文本",
        ),
        (
            b'{"format": ',
            "broken.gcx: the file is not valid JSON (Expecting value at line 1, column 12)",
            "文件不是有效的 JSON（第 1 行第 12 列：此处应有一个值）",
        ),
        (b'{"x": NaN}', "project: NaN is not allowed: numbers must be finite", "不允许使用 NaN"),
        (b'{"x": -Infinity}', "project: -Infinity is not allowed: numbers must be finite", "有限数值"),
        (b'{"x": 1, "x": 2}', "x: appears twice in the same object", "重复出现"),
        (b"[" * 41 + b"]" * 41, "broken.gcx: the file is nested more than 40 levels deep", "嵌套超过 40 层"),
        (b"[" * 100_000 + b"]" * 100_000, "broken.gcx: the file is nested too deeply", "嵌套层数过多"),
        (
            b'{"x": 1' + b"0" * 400 + b"}",
            "broken.gcx: the file holds a number too large to be finite",
            "过大",
        ),
        (b'{"x": 1e999}', "broken.gcx: the file holds a number too large to be finite", "有限数值"),
        (
            b'{"x": "' + b"a" * 100_001 + b'"}',
            "broken.gcx: the file holds a text longer than 100,000 characters",
            "100,000 个字符",
        ),
        (b'{"x": "\\ud800"}', "broken.gcx: the file holds text that is not valid Unicode", "Unicode"),
        (b"[1, 2, 3]", "broken.gcx: is neither a project file nor a scenario file", "既不是项目文件"),
    ],
)
def test_hostile_files_are_refused_in_english_and_chinese(tmp_path, chinese, data, english, chinese_words):
    error = read_refused(tmp_path, data)
    assert str(error) == english
    where = english.split(": ")[0]
    assert chinese_words in chinese_text(error, where)


def test_a_number_python_cannot_read_is_refused_in_chinese(tmp_path, chinese):
    error = read_refused(tmp_path, b'{"x": ' + b"7" * 5000 + b"}")
    assert str(error) == (
        "broken.gcx: the file cannot be read (the number at line 1, column 7 has more than 4,300 digits)"
    )
    assert (
        chinese_text(error, "broken.gcx") == "broken.gcx: 文件无法读取（第 1 行第 7 列的数字超过 4,300 位）"
    )


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path, chinese):
    error = read_refused(tmp_path, b" " * (MAX_PROJECT_BYTES + 1))
    assert str(error) == "broken.gcx: the file is larger than 5,000,000 bytes"
    assert chinese_text(error, "broken.gcx") == "broken.gcx: 文件超过 5,000,000 字节"


def test_a_missing_file_names_its_path(tmp_path, chinese):
    path = tmp_path / "gone.gcx"
    with pytest.raises(ProjectError) as caught:
        read_project_file(path)
    assert str(caught.value).startswith(f"{path}: cannot be read (")
    assert "无法读取（" in chinese_text(caught.value, str(path))


# --- project files whose content is wrong -----------------------------------------------------------


def _set(*keys, value):
    def change(doc):
        target = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def _drop(*keys):
    def change(doc):
        target = doc
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return change


CONTENT_CASES = [
    (
        _set("schema_version", value=PROJECT_SCHEMA_VERSION + 1),
        "schema_version",
        "the file was made by a newer version of the app (project version 4; this app reads up to 3)",
        "项目格式第 4 版；本程序最高只能读取第 3 版",
    ),
    (
        _set("schema_version", value=0),
        "schema_version",
        "project version 0 is not supported",
        "不支持项目格式版本 0",
    ),
    (
        _set("schema_version", value="1"),
        "schema_version",
        "must be a whole number, got text",
        "须为整数，实际为文本",
    ),
    (
        _set("schema_version", value=None),
        "schema_version",
        "must be a whole number, got null",
        "空值（null）",
    ),
    (
        _set("schema_version", value=True),
        "schema_version",
        "must be a whole number, got true/false",
        "布尔值",
    ),
    (
        _set("colour", value="red"),
        "project.colour",
        "is not a known field (known: format, schema_version, app_version, saved_at, data_pack, "
        "current, base, scenarios)",
        "不是可识别的字段（可用字段：format, schema_version",
    ),
    (_drop("current"), "current", "is required", "为必填项"),
    (_drop("data_pack", "as_of"), "data_pack.as_of", "is required", "为必填项"),
    (
        _set("data_pack", value=[]),
        "data_pack",
        "must be a JSON object, got a list",
        "须为 JSON 对象，实际为列表",
    ),
    (
        _set("data_pack", "as_of", value="1 May 2025"),
        "data_pack.as_of",
        "must be a date written YYYY-MM-DD, got '1 May 2025'",
        "须为 YYYY-MM-DD 格式的日期，实际为 '1 May 2025'",
    ),
    (
        _set("data_pack", "version", value="v" * 101),
        "data_pack.version",
        "is longer than 100 characters",
        "超过 100 个字符",
    ),
    (
        _set("scenarios", value={}),
        "scenarios",
        "must be a JSON list, got an object",
        "须为 JSON 列表，实际为对象",
    ),
    (_set("scenarios", value=[]), "scenarios", "a project holds at least one scenario", "至少须包含一个方案"),
    (
        _set("current", value="nobody"),
        "current",
        "names no scenario of the project ('nobody')",
        "项目中没有 ID 为 'nobody' 的方案",
    ),
    (_set("base", value=5), "base", "must be text, got a number", "须为文本，实际为数字"),
    (
        _set("scenarios", 0, "id", value="no spaces"),
        "scenarios[0].id",
        "must be 1 to 64 letters, digits, - or _",
        "字母、数字",
    ),
    (_set("scenarios", 0, "name", value="  "), "scenarios[0].name", "must not be empty", "不能为空"),
    (_set("scenarios", 0, "name", value=7), "scenarios[0].name", "must be text", "须为文本"),
    (
        _set("scenarios", 0, "name", value="a\x07b"),
        "scenarios[0].name",
        "must not contain control characters",
        "控制字符",
    ),
    (
        _set("scenarios", 0, "name", value="n" * 201),
        "scenarios[0].name",
        "is longer than 200 characters",
        "超过 200 个字符",
    ),
    (
        _set("scenarios", 0, "pack_values", 0, "value", value="1"),
        "scenarios[0].pack_values[0].value",
        "must be a number, got text",
        "须为数字，实际为文本",
    ),
    (
        _set("scenarios", 0, "pack_values", 0, "low", value=1e300),
        "scenarios[0].pack_values[0]",
        "expected low <= value <= high",
        "须满足“下限 ≤ 取值 ≤ 上限”",
    ),
]


@pytest.mark.parametrize(("change", "where", "english", "chinese_words"), CONTENT_CASES)
def test_broken_project_content_is_refused_in_english_and_chinese(
    tmp_path, chinese, project, change, where, english, chinese_words
):
    error = read_refused(tmp_path, edited(project, change))
    where = f"broken.gcx: {where}"
    assert str(error).startswith(f"{where}: {english}")
    assert chinese_words in chinese_text(error, where)


def test_duplicate_ids_and_paths_are_refused_in_chinese(chinese, project):
    def twice(doc):
        doc["scenarios"].append(dict(doc["scenarios"][0]))

    with pytest.raises(ProjectError) as caught:
        parse_project(edited(project, twice))
    assert str(caught.value) == "scenarios: each scenario id may appear only once"
    assert chinese_text(caught.value, "scenarios") == "scenarios: 每个方案 ID 只能出现一次"

    def same_path(doc):
        values = doc["scenarios"][0]["pack_values"]
        values.append(dict(values[0]))

    with pytest.raises(ProjectError) as caught:
        parse_project(edited(project, same_path))
    assert str(caught.value) == "scenarios[0].pack_values: each path may appear only once"
    assert (
        chinese_text(caught.value, "scenarios[0].pack_values")
        == "scenarios[0].pack_values: 每个路径只能出现一次"
    )


def test_a_scenario_error_inside_a_project_keeps_its_translatable_problem(tmp_path, chinese, project):
    error = read_refused(tmp_path, edited(project, _set("scenarios", 1, "scenario", value=[])))
    assert error.where.startswith("broken.gcx: scenarios[1].scenario")
    assert isinstance(error.problem, Message), "re-raised with error.problem, not str(error)"
    text = error.translated(QCoreApplication.translate)
    assert text == f"{error.where}: {user_text(error.problem)}"


def test_not_a_project_and_too_many_scenarios(chinese, project):
    with pytest.raises(ProjectError) as caught:
        parse_project(edited(project, _set("format", value="other")))
    assert (
        str(caught.value) == "format: this is not a project file (expected 'guian-compute-explorer/project')"
    )
    assert "这不是项目文件（应为 'guian-compute-explorer/project'）" in chinese_text(caught.value, "format")

    with pytest.raises(ProjectError) as caught:
        dataclasses.replace(project, scenarios=project.scenarios[:1] * 501)
    assert str(caught.value) == "scenarios: at most 500 scenarios, got 501"
    assert chinese_text(caught.value, "scenarios") == "scenarios: 最多 500 个方案，实际为 501 个"


# --- autosaves ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "english", "chinese_words"),
    [
        ({"format": "something"}, "is not an autosave file", "不是自动保存文件"),
        (
            {"format": AUTOSAVE_FORMAT, "autosave_version": 99},
            "is an autosave of another version",
            "其他版本",
        ),
        ({"format": AUTOSAVE_FORMAT, "autosave_version": 1, "saved_at": 5}, "is damaged", "已损坏"),
    ],
)
def test_autosaves_that_cannot_be_recovered_say_why_in_chinese(
    tmp_path, chinese, content, english, chinese_words
):
    path = tmp_path / "session-x.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        read_autosave(path)
    assert str(caught.value) == f"session-x.json: {english}"
    assert chinese_words in chinese_text(caught.value, "session-x.json")


# --- what opening a project with another data pack changed ----------------------------------------------


def test_dropped_policies_and_pinned_figures_are_noted_in_chinese(chinese, project, shipped_pack):
    from explorer.domain.model import build_model
    from explorer.domain.scenario import PolicyChoice

    item = project.scenarios[0]
    scenario = dataclasses.replace(item.scenario, policies=(*item.scenario.policies, PolicyChoice("ZZ99")))
    changed = dataclasses.replace(
        project,
        scenarios=(dataclasses.replace(item, scenario=scenario), *project.scenarios[1:]),
        pack=PackStamp("2024.1", dt.date(2024, 1, 1)),
    )
    fitted = fit_to_pack(changed, shipped_pack, keep_values=True)

    assert fitted.notes == (f"{item.name}: ZZ99",)
    assert user_text(fitted.notes[0]) == f"{item.name}：ZZ99"

    path = item.pack_values[0].path
    note = build_model(fitted.scenarios[0].scenario, shipped_pack).info(path).provenance.note
    assert note == "data pack 2024.1 of 2024-01-01"
    assert user_text(note) == "数据包 2024.1（截至 2024-01-01）"


def test_a_scenario_that_does_not_fit_the_pack_keeps_where_and_problem(chinese, project, shipped_pack):
    item = project.scenarios[0]
    changed = dataclasses.replace(
        project,
        scenarios=(
            dataclasses.replace(item, scenario=dataclasses.replace(item.scenario, destination="atlantis")),
        ),
        current_id=item.id,
        base_id=item.id,
    )
    with pytest.raises(ProjectError) as caught:
        fit_to_pack(changed, shipped_pack, keep_values=False)
    error = caught.value
    assert error.where.startswith(f"scenarios[0] ({item.name}): ")
    assert error.translated(QCoreApplication.translate) == f"{error.where}: {user_text(error.problem)}"


# --- what Python's readers and the operating system say, in Chinese ------------------------------


def test_the_utf8_decoders_reason_is_translated(tmp_path, chinese):
    error = read_refused(tmp_path, b'{"a": "\xff"}')
    assert (
        chinese_text(error, "broken.gcx")
        == "broken.gcx: 文件不是 UTF-8 文本（字节偏移 7 处：无效的起始字节）"
    )


def test_a_json_reason_of_a_project_file_is_translated(tmp_path, chinese):
    error = read_refused(tmp_path, b'{"format": "x",\n "a" 1}')
    assert (
        str(error) == "broken.gcx: the file is not valid JSON (Expecting ':' delimiter at line 2, column 6)"
    )
    assert chinese_text(error, "broken.gcx") == (
        "broken.gcx: 文件不是有效的 JSON（第 2 行第 6 列：此处应有分隔符“:”）"
    )


@pytest.mark.parametrize(
    ("make", "english", "chinese_reason"),
    [
        (lambda path: None, "no such file or folder", "文件或文件夹不存在"),
        (lambda path: path.mkdir(), "it is a folder, not a file", "这是文件夹，不是文件"),
    ],
)
def test_the_operating_systems_reason_is_translated(tmp_path, chinese, make, english, chinese_reason):
    path = tmp_path / "project.gcx"
    make(path)
    with pytest.raises(ProjectError) as caught:
        read_project_file(path)
    assert str(caught.value) == f"{path}: cannot be read ({english})"
    assert chinese_text(caught.value, str(path)) == f"{path}: 无法读取（{chinese_reason}）"
