"""Data text in places where Qt would otherwise guess at rich text (tooltips)."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders any tooltip that looks like HTML.

    Escaping and wrapping it in a paragraph makes Qt take it as rich text whose content
    is the literal characters, angle brackets included; line breaks are kept.
    """
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_tip(text: str) -> str:
    """``text`` as a tooltip shows it, left as it is when it holds no markup characters.

    Qt guesses whether a tooltip is markup; a name the user typed like "<b>x</b>" would
    turn bold, so such text is escaped into explicit rich text (line breaks kept).
    """
    if not any(mark in text for mark in "<>&"):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre'>{escaped}</p>"
