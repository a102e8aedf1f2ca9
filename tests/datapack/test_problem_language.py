"""Data-pack problems reach the user in the language chosen, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.datapack.problems import DataPackError, Problem


def test_problem_location_is_english_by_default():
    problem = Problem("sites.csv", 4, "value", "must be a number", "abc")
    assert str(problem) == "sites.csv, row 4, column 'value': must be a number (value: 'abc')"
    assert str(Problem("manifest.json", None, None, "file is missing")) == "manifest.json: file is missing"


def test_problem_location_and_heading_in_chinese(chinese):
    problems = [
        Problem("sites.csv", 4, "value", "must be a number", "abc"),
        Problem("latency.csv", 2, None, "x"),
    ]
    error = DataPackError(problems)
    lines = error.translated(QCoreApplication.translate).splitlines()
    assert lines[0] == "数据包无效：共 2 个问题。"
    assert lines[1].startswith("sites.csv，第 4 行，“value”列：")
    assert lines[1].endswith("（值：“abc”）")
    assert lines[2].startswith("latency.csv，第 2 行：")
    assert str(error).splitlines()[0] == "The data pack is invalid: 2 problem(s)."
