"""Messages made outside Qt: English as text, translatable at the edge."""

from __future__ import annotations

import errno

import pytest

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, message, os_error_reason, translated

GREETING = QT_TRANSLATE_NOOP("Test", "{count} sites, rate {rate:.1%}")


def fake_chinese(context: str, source: str) -> str:
    return {
        "{count} sites, rate {rate:.1%}": "{count} 个站点，费率 {rate:.1%}",
        "outer {inner}": "外层 {inner}",
    }.get(source, "")


def test_a_message_reads_as_its_english_text():
    text = Message(GREETING, count=3, rate=0.055)
    assert text == "3 sites, rate 5.5%"
    assert isinstance(text, str) and text.template.context == "Test"


def test_a_message_is_translated_with_its_values():
    assert translated(Message(GREETING, count=3, rate=0.055), fake_chinese) == "3 个站点，费率 5.5%"


def test_nested_messages_are_translated_too():
    outer = Message(QT_TRANSLATE_NOOP("Test", "outer {inner}"), inner=Message(GREETING, count=1, rate=0.5))
    assert outer == "outer 1 sites, rate 50.0%"
    assert translated(outer, fake_chinese) == "外层 1 个站点，费率 50.0%"


def test_no_translation_or_a_broken_one_falls_back_to_english():
    assert translated(Message(GREETING, count=2, rate=0.1), lambda c, s: "") == "2 sites, rate 10.0%"
    assert translated(Message(GREETING, count=2, rate=0.1), lambda c, s: "{missing}") == "2 sites, rate 10.0%"


def test_plain_text_passes_through_untouched():
    assert translated("Connection refused", fake_chinese) == "Connection refused"
    assert message("plain {x}", x=1) == "plain 1" and not isinstance(message("plain"), Message)


def test_a_message_needs_a_marked_template():
    with pytest.raises(TypeError):
        Message("not marked")  # type: ignore[arg-type]


def test_invalid_input_keeps_the_field_and_translates_the_problem():
    error = InvalidInput("finance.horizon_years", GREETING, count=4, rate=0.25)
    assert str(error) == "finance.horizon_years: 4 sites, rate 25.0%"
    assert error.translated(fake_chinese) == "finance.horizon_years: 4 个站点，费率 25.0%"
    assert InvalidInput("x", "plain").translated(fake_chinese) == "x: plain"


def test_error_text_translates_any_error_carrying_a_message(chinese):
    from explorer.translation import error_text

    template = QT_TRANSLATE_NOOP("DataPack", "The data pack is invalid: {count} problem(s).")
    assert error_text(ValueError(Message(template, count=2))) == "数据包无效：共 2 个问题。"
    assert error_text(ValueError("plain")) == "plain"
    # an OS error gives its reason in the user's language, without the file name
    assert (
        error_text(FileNotFoundError(errno.ENOENT, "No such file or directory", "x.gcx"))
        == "文件或文件夹不存在"
    )


@pytest.mark.parametrize(
    ("error", "english", "chinese_text"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "/x.json"), "no such file or folder",
         "文件或文件夹不存在"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied", "没有访问权限"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "it is a folder, not a file",
         "这是文件夹，不是文件"),
        (FileExistsError(errno.EEXIST, "File exists"), "a file or folder of that name already exists",
         "已存在同名的文件或文件夹"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full", "磁盘已满"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only", "磁盘为只读"),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory"), "a part of the path is a file, not a folder",
         "路径中的某一级是文件，不是文件夹"),
    ],
)  # fmt: skip
def test_an_os_error_reason_is_a_translatable_message(chinese, error, english, chinese_text):
    from PySide6.QtCore import QCoreApplication

    from explorer.translation import error_text

    reason = os_error_reason(error)
    assert isinstance(reason, Message) and reason == english
    assert reason.translated(QCoreApplication.translate) == chinese_text
    assert error_text(error) == chinese_text


def test_an_unusual_os_error_keeps_the_systems_own_text():
    assert (
        os_error_reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == "Connection reset by peer"
    )
    assert os_error_reason(OSError("the archive said no")) == "the archive said no"
