"""Tooltips that carry names the user typed: shown literally, never read as markup."""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """``text`` as a tooltip shows it. Qt guesses whether a tooltip is markup; a name like
    "<b>x</b>" would turn bold, so such text is escaped into explicit rich text."""
    if not any(mark in text for mark in "<>&"):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre'>{escaped}</p>"
