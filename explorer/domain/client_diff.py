"""The client data's diff as text (issue 19): one row per input that changes, in one language.

The window's import dialog shows the rows as a table; ``main.py client apply`` prints them
as lines. Values are formatted here once; words go through ``translate`` (Qt's, in the caller).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from explorer.domain.client_data import ORIGIN_PATH, ClientPlan, FactValue
from explorer.domain.client_facts import FACTS_BY_KEY
from explorer.domain.fields import unit_words
from explorer.domain.figure_style import Style
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, local, translated
from explorer.domain.pack import DataPack

_YES = QT_TRANSLATE_NOOP("ClientData", "yes")
_NO = QT_TRANSLATE_NOOP("ClientData", "no")
_UNSET = QT_TRANSLATE_NOOP("ClientData", "(not set)")
_AS_GIVEN = QT_TRANSLATE_NOOP("ClientData", "as given")
_LINE = QT_TRANSLATE_NOOP("ClientData", "{label}: {before} → {after} {unit}")
_LINE_HOW = QT_TRANSLATE_NOOP("ClientData", "{label}: {before} → {after} {unit} ({how})")
_NOTHING = QT_TRANSLATE_NOOP("ClientData", "The client data changes no input of this scenario.")
_UNUSED = QT_TRANSLATE_NOOP("ClientData", "Kept with the client data, used by no input: {facts}")


@dataclass(frozen=True, slots=True)
class DiffRow:
    path: str
    label: str
    before: str
    after: str
    unit: str
    derivation: str  # how a derived figure was worked out; "as given" otherwise


def _tr(text: str, translate: Translate | None) -> str:
    return text if translate is None else translated(text, translate)


def value_text(value: FactValue | None, translate: Translate | None = None) -> str:
    if value is None:
        return _tr(Message(_UNSET), translate)
    if isinstance(value, bool):
        return _tr(Message(_YES if value else _NO), translate)
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) < 1e15 else f"{value:,.6g}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def diff_rows(
    plan: ClientPlan, language: str, translate: Translate | None = None, pack: DataPack | None = None
) -> list[DiffRow]:
    """The rows of the diff; with ``pack``, a site is named ("Beijing"), else shown by its id."""
    style = _style(language, translate)
    rows = []
    for change in plan.changes:
        if change.path == ORIGIN_PATH and pack is not None:
            before = None if change.before is None else _site(change.before, pack, language)
            change = replace(change, before=before, after=_site(change.after, pack, language))
        rows.append(
            DiffRow(
                change.path,
                style.text(change.label),
                value_text(change.before, translate),
                value_text(change.after, translate),
                _tr(unit_words(change.unit), translate) if change.unit else "",
                _tr(change.derivation or Message(_AS_GIVEN), translate),
            )
        )
    return rows


def _site(site_id: FactValue, pack: DataPack, language: str) -> FactValue:
    site = pack.sites.get(site_id) if isinstance(site_id, str) else None
    return site_id if site is None else local(site.name_en, site.name_zh, language)


def _style(language: str, translate: Translate | None) -> Style:
    """Labels in ``language`` through ``translate``; English words without it (site names still picked)."""
    return Style(translate or (lambda _context, source: source), language)


def unused_text(plan: ClientPlan, language: str, translate: Translate | None = None) -> str:
    """The facts kept with the client data that no input takes, by their labels; "" when none."""
    if not plan.unused:
        return ""
    zh = language.lower().startswith("zh")
    style = _style(language, translate)
    labels = [style.text(FACTS_BY_KEY[key].label) for key in plan.unused]
    return _tr(Message(_UNUSED, facts=("、" if zh else ", ").join(labels)), translate)


def diff_lines(
    plan: ClientPlan, language: str, translate: Translate | None = None, pack: DataPack | None = None
) -> list[str]:
    """The diff as lines of text: "Electricity price: 0.65 → 0.7 yuan/kWh (bill ÷ …)"."""
    lines = []
    for change, row in zip(plan.changes, diff_rows(plan, language, translate, pack), strict=True):
        template = _LINE_HOW if change.derivation else _LINE
        fields = dict(label=row.label, before=row.before, after=row.after, unit=row.unit, how=row.derivation)
        lines.append(_tr(Message(template, **fields), translate).rstrip())
    if not lines:
        lines.append(_tr(Message(_NOTHING), translate))
    if plan.unused:
        lines.append(unused_text(plan, language, translate))
    return lines
