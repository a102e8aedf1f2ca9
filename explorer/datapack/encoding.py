"""Decode a table file the way Excel may have saved it (reliability.md item 8).

Order: a byte-order mark (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030
(a superset of GBK and GB2312: Excel's "CSV" on Simplified-Chinese Windows).
Nothing is ever decoded with replacement characters: a file that does not
decode cleanly is refused with the encoding tried and the byte offset.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from explorer.domain.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


class DecodeFailure(Exception):
    """The bytes are no text we accept; ``args[0]`` (also ``message``) is a translatable ``Message``."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NUL_BYTE = QT_TRANSLATE_NOOP(
    "DataPack", "contains a NUL byte at offset {offset} (a binary file, or UTF-16 without a byte-order mark?)"
)
_NUL_CHARACTER = QT_TRANSLATE_NOOP(
    "DataPack",
    "contains a NUL character at position {position} (a binary file, or UTF-16 without a byte-order mark?)",
)
_NEITHER = QT_TRANSLATE_NOOP(
    "DataPack",
    "not valid text: neither UTF-8 nor GB18030/GBK (invalid byte at offset {offset} for GB18030); "
    "save it as 'CSV UTF-8' in Excel",
)
_BAD_UTF16 = QT_TRANSLATE_NOOP(
    "DataPack",
    "file starts with a UTF-16 byte-order mark but is not valid UTF-16 (invalid data at offset {offset})",
)
_TRUNCATED_UTF8 = QT_TRANSLATE_NOOP(
    "DataPack", "file is truncated: it ends in the middle of a UTF-8 character (byte offset {offset})"
)
_DAMAGED_UTF8 = QT_TRANSLATE_NOOP(
    "DataPack", "not valid UTF-8: damaged character at byte offset {offset} (guessed encoding: UTF-8)"
)


def decode_table(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data, encoding, bom), encoding)
    if b"\x00" in data:  # never text without a BOM: binary, or UTF-16 saved without its mark
        raise DecodeFailure(Message(_NUL_BYTE, offset=data.index(0)))
    try:
        return Decoded(_checked(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as utf8_error:
        if _looks_like_broken_utf8(data, utf8_error):
            raise DecodeFailure(_utf8_message(utf8_error, utf8_error.start)) from None
    try:
        return Decoded(_checked(data.decode("gb18030")), "gb18030")
    except UnicodeDecodeError as gb_error:
        raise DecodeFailure(Message(_NEITHER, offset=gb_error.start)) from None


def _strict(data: bytes, encoding: str, bom: bytes) -> str:
    try:
        return _checked(data.decode(encoding))
    except UnicodeDecodeError as error:
        offset = error.start + (len(bom) if encoding == "utf-8-sig" else 0)  # utf-8-sig counts after the BOM
        if encoding == "utf-8-sig":
            raise DecodeFailure(_utf8_message(error, offset)) from None
        raise DecodeFailure(Message(_BAD_UTF16, offset=offset)) from None


def _checked(text: str) -> str:
    if "\x00" in text:
        raise DecodeFailure(Message(_NUL_CHARACTER, position=text.index(chr(0))))
    return text.removeprefix("\ufeff")


def _looks_like_broken_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """A cut-off or damaged UTF-8 file must not "succeed" as GB18030 mojibake.

    It is UTF-8 if the failure is only at the very end (a truncated character), or
    if valid multi-byte UTF-8 already came before the bad byte: real GBK text
    fails UTF-8 at its first Chinese character.
    """
    if error.reason == "unexpected end of data":
        return True
    return any(byte >= 0x80 for byte in data[: error.start])


def _utf8_message(error: UnicodeDecodeError, offset: int) -> Message:
    if error.reason == "unexpected end of data":
        return Message(_TRUNCATED_UTF8, offset=offset)
    return Message(_DAMAGED_UTF8, offset=offset)
