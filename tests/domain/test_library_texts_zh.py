"""Texts of Python's own readers never reach a Chinese user: each has a marked reason of our own.

The UTF-8 decoder ("invalid start byte"), the JSON reader ("Expecting value",
the integer-length limit "Exceeds the limit (4300 digits) …") and the operating
system ("No such file or directory") speak English only; the scenario reader
replaces their words with translatable ones and keeps the byte, line and column.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import Message
from explorer.domain.scenario_codec import json_reason, parse_scenario

CJK = re.compile(r"[\u4e00-\u9fff]")
LIBRARY_WORDS = re.compile(r"[A-Za-z]{3,}")  # a Chinese reason holds no English word at all


def refused(text: str | bytes) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        parse_scenario(text)
    assert isinstance(caught.value.problem, Message)
    return caught.value


def in_chinese(error: InvalidInput) -> str:
    text = error.translated(QCoreApplication.translate)
    assert text.startswith(f"{error.field}: ") and CJK.search(text), text
    problem = text[len(error.field) + 2 :]
    assert not LIBRARY_WORDS.search(problem.replace("UTF-8", "").replace("JSON", "")), text
    return text


@pytest.mark.parametrize(
    ("data", "english", "chinese_text"),
    [
        (b"\xff{}", "scenario: is not UTF-8 text (invalid start byte at byte 0)",
         "scenario: 不是 UTF-8 文本（字节偏移 0 处：无效的起始字节）"),
        (b'{"title": "\xe4\xb8x"}', "scenario: is not UTF-8 text (invalid continuation byte at byte 11)",
         "scenario: 不是 UTF-8 文本（字节偏移 11 处：无效的后续字节）"),
        (b'{"title": "\xe4\xb8', "scenario: is not UTF-8 text (unexpected end of data at byte 11)",
         "scenario: 不是 UTF-8 文本（字节偏移 11 处：数据在字符中间意外结束）"),
    ],
)  # fmt: skip
def test_bytes_that_are_not_utf8_are_refused_in_chinese_with_their_offset(
    chinese, data, english, chinese_text
):
    error = refused(data)
    assert str(error) == english
    assert in_chinese(error) == chinese_text


def test_a_number_python_will_not_convert_is_named_by_its_line_and_column(chinese):
    text = '{\n  "title": "' + "1" * 5000 + '",\n  "firm": {"loan": ' + "9" * 5000 + "}\n}"
    error = refused(text)
    # the long run of digits in the title is text, not the number: the position is the loan's
    assert (
        str(error) == "scenario: cannot be read: the number at line 3, column 20 has more than 4,300 digits"
    )
    assert in_chinese(error) == "scenario: 无法读取：第 3 行第 20 列的数字超过 4,300 位"


def test_a_json_syntax_error_is_translated(chinese):
    error = refused('{"schema_version": 1,}')
    assert "Illegal trailing comma" in str(error) or "Expecting property name" in str(error)
    text = in_chinese(error)
    assert "第 1 行第 22 列" in text


def test_a_json_reason_this_app_does_not_know_is_a_plain_syntax_error(chinese):
    assert json_reason("Expecting value") == "Expecting value"
    reason = json_reason("Some future complaint of the JSON reader")
    assert reason == "syntax error"
    assert reason.translated(QCoreApplication.translate) == "语法错误"
