"""Data text in places where Qt would otherwise guess at rich text (tooltips)."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders any tooltip that looks like HTML.

    Escaping and wrapping it in a paragraph makes Qt take it as rich text whose content
    is the literal characters, angle brackets included; line breaks are kept.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
