"""Text laid out for a terminal: a Chinese character takes two columns, a Latin one one.

Used for the compute summary's tables and for argparse's help (wrapped by columns).
"""

from __future__ import annotations

import re
import sys
import unicodedata

from PySide6.QtCore import QCoreApplication

# Never at the start of a line / never at the end of one (Chinese line-breaking rules).
_CLOSING = set("，。、；：！？）」』”’》〉】…·,.;:!?)]}%")
_OPENING = set("（「『“‘《〈【([{")
_TOKEN = re.compile(r"(\s*)([\u1100-\uffff]|[^\s\u1100-\uffff]+)")


def width(text: str) -> int:
    """Columns the text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int, align: str) -> str:
    """``text`` padded with spaces to ``columns``: "l" keeps it left, "r" right."""
    space = " " * max(0, columns - width(text))
    return text + space if align == "l" else space + text


def clip(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` with an ellipsis if it is wider."""
    if width(text) <= columns:
        return text
    while width(text) > columns - 1:
        text = text[:-1]
    return text + "…"


def wrap(text: str, columns: int) -> list[str]:
    """Lines of at most ``columns`` (a word wider than that stands alone); breaks between Latin
    words and between Chinese characters, never before closing or after opening punctuation."""
    pieces: list[tuple[bool, str]] = []  # (a space before it, the piece)
    glue = False
    for space, token in _TOKEN.findall(text):
        if pieces and not space and (glue or token[0] in _CLOSING or _is_latin_after_latin(pieces, token)):
            spaced, previous = pieces[-1]
            pieces[-1] = (spaced, previous + token)
        else:
            pieces.append((bool(space), token))
        glue = token[-1] in _OPENING
    lines: list[str] = []
    line = ""
    for spaced, piece in pieces:
        joined = f"{line} {piece}" if line and spaced else line + piece
        if line and width(joined) > columns:
            lines.append(line)
            line = piece
        else:
            line = joined
    if line or not lines:
        lines.append(line)
    return lines


def _is_latin_after_latin(pieces: list[tuple[bool, str]], token: str) -> bool:
    return width(token[0]) == 1 and width(pieces[-1][1][-1]) == 1


def fail(message: str, code: int) -> int:
    """Print ``message`` as an error on stderr, in the command's language; returns ``code``."""
    print(
        QCoreApplication.translate("CommandLine", "error: {message}").format(message=message), file=sys.stderr
    )
    return code
