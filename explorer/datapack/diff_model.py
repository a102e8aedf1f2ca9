"""The import diff's report, as a client's analyst reads it: by table, row by row, old → new with units.

A change is an ``Entry`` (the row: "Beijing · Grid emission factor") with one detail line per
field that changed ("value: 0.5703 → 0.558 tCO2/MWh", "source: … → …"); a table's entries
form a ``TableChanges`` headed by its file and what it holds. Every piece of text is a
``Piece``: plain text (ids, numbers, as the pack writes them), a ``Message`` (fixed words,
translated when rendered) or a ``Bilingual`` (the pack's own text in both languages: the
report's language picks one). ``render`` turns a piece into text in one language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from explorer.domain.fields import unit_words
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template, Translate, translated


class Bilingual(NamedTuple):
    """A text the pack gives in both languages (a name, a source, a wording): ``language`` picks one."""

    en: str
    zh: str

    def pick(self, language: str) -> str:
        return (self.zh or self.en) if language.startswith("zh") else self.en


class Joined(NamedTuple):
    """Pieces shown one after another, ``sep`` between them: a figure and its unit, a row and a field."""

    parts: tuple[object, ...]
    sep: str = " "


Piece = str | Message | Bilingual | Joined
LONG_TEXT = 80  # characters: a longer text that only grew is shown by what was added


def render(piece: object, language: str, translate: Translate | None) -> str:
    """A piece in one language: a Bilingual picked, a Message's fixed words translated (English without)."""
    if isinstance(piece, Bilingual):
        return piece.pick(language)
    if isinstance(piece, Joined):
        return piece.sep.join(render(part, language, translate) for part in piece.parts)
    if isinstance(piece, Message):
        params = {name: _resolve(value, language, translate) for name, value in piece.params.items()}
        message = Message(piece.template, **params)
        return str(message) if translate is None else translated(message, translate)
    return str(piece)


def _resolve(value: object, language: str, translate: Translate | None) -> object:
    """A Message's parameter with every Bilingual picked and Joined rendered (a Message stays one)."""
    if isinstance(value, Bilingual | Joined):
        return render(value, language, translate)
    if isinstance(value, Message):
        return Message(
            value.template, **{k: _resolve(v, language, translate) for k, v in value.params.items()}
        )
    return value


@dataclass(frozen=True, slots=True)
class Entry:
    """One row that changed: ``subject`` names it, each of ``details`` is a line under it."""

    subject: Piece
    details: tuple[Detail, ...] = ()


@dataclass(frozen=True, slots=True)
class TableChanges:
    """The changes to one file of the pack, in the order of its rows."""

    file: str  # "site_parameters.csv"
    title: Template  # what the table holds, e.g. "site parameters"
    entries: tuple[Entry, ...]

    def lines(self, language: str, translate: Translate | None) -> list[str]:
        heading = Message(TABLE_HEADING, file=self.file, title=Message(self.title), count=len(self.entries))
        lines = [render(heading, language, translate)]
        for entry in self.entries:
            lines.append(f"  • {render(entry.subject, language, translate)}")
            for detail in entry.details:
                texts = (
                    detail.lines(language, translate)
                    if isinstance(detail, TextChange)
                    else [render(detail, language, translate)]
                )
                lines.extend(f"      {text}" for text in texts)
        return lines


TABLE_HEADING = QT_TRANSLATE_NOOP("DataPack", "{file} · {title} ({count} changed):")
CHANGE = QT_TRANSLATE_NOOP("DataPack", "{field}: {old} → {new}")
UNCHANGED = QT_TRANSLATE_NOOP("DataPack", "{field}: {value} (unchanged)")
ADDED_TEXT = QT_TRANSLATE_NOOP("DataPack", "{field}, added: {text}")
OTHER_LANGUAGE = QT_TRANSLATE_NOOP("DataPack", "{field}: rewritten")
OTHER_ADDED = QT_TRANSLATE_NOOP("DataPack", "{field}: added")
REWRITTEN = QT_TRANSLATE_NOOP("DataPack", "{field}: rewritten (the figure is unchanged)")
PER_CENT_A_YEAR = QT_TRANSLATE_NOOP("DataPack", "{value}% a year")
EMPTY = QT_TRANSLATE_NOOP("DataPack", "(none)")
RANGE = QT_TRANSLATE_NOOP("DataPack", "{low} to {high}")
YES = QT_TRANSLATE_NOOP("DataPack", "yes")
NO = QT_TRANSLATE_NOOP("DataPack", "no")

# The fields a reader sees, in words.
FIELD: dict[str, Template] = {
    "value": QT_TRANSLATE_NOOP("DataPack", "value"),
    "range": QT_TRANSLATE_NOOP("DataPack", "range (low to high)"),
    "unit": QT_TRANSLATE_NOOP("DataPack", "unit"),
    "source": QT_TRANSLATE_NOOP("DataPack", "source"),
    "source_other": QT_TRANSLATE_NOOP("DataPack", "source in the other language"),
    "as_of": QT_TRANSLATE_NOOP("DataPack", "as of"),
    "confidence": QT_TRANSLATE_NOOP("DataPack", "confidence"),
    "url": QT_TRANSLATE_NOOP("DataPack", "link"),
    "note": QT_TRANSLATE_NOOP("DataPack", "note"),
    "note_other": QT_TRANSLATE_NOOP("DataPack", "note in the other language"),
    "name": QT_TRANSLATE_NOOP("DataPack", "name"),
    "name_other": QT_TRANSLATE_NOOP("DataPack", "name in the other language"),
    "role": QT_TRANSLATE_NOOP("DataPack", "role"),
    "hub_cluster": QT_TRANSLATE_NOOP("DataPack", "hub cluster"),
    "label": QT_TRANSLATE_NOOP("DataPack", "label"),
    "wording": QT_TRANSLATE_NOOP("DataPack", "wording"),
    "wording_other": QT_TRANSLATE_NOOP("DataPack", "wording in the other language"),
    "from_article": QT_TRANSLATE_NOOP("DataPack", "from the hub article"),
    "latency_site_id": QT_TRANSLATE_NOOP("DataPack", "latency claim, from site"),
    "latency_region_id": QT_TRANSLATE_NOOP("DataPack", "latency claim, to user region"),
    "policy_id": QT_TRANSLATE_NOOP("DataPack", "policy setting it"),
}


def number(value: float) -> str:
    """A figure as the pack means it: separators for thousands, up to six significant digits."""
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def plain(value: object) -> Piece:
    """A field's value as text: numbers, dates, ids as the pack writes them; nothing as "(none)"."""
    if isinstance(value, Message | Bilingual | Joined):
        return value
    if value is None or value == "" or value == ():
        return Message(EMPTY)
    if isinstance(value, bool):
        return Message(YES if value else NO)
    if isinstance(value, float | int):
        return number(float(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "|".join(str(getattr(v, "value", v)) for v in value)
    return str(getattr(value, "value", value))


def with_unit(value: float | None, unit: str) -> Piece:
    """A figure with its unit in words; a share in per cent; a ratio or a count bare."""
    if value is None:
        return Message(EMPTY)
    if unit == "fraction":
        return f"{value * 100:.6g}%"
    if unit == "fraction/yr":
        return Message(PER_CENT_A_YEAR, value=f"{value * 100:.6g}")
    if not unit or unit in ("ratio", "count"):
        return number(value)
    return Joined((number(value), unit_words(unit)))


def change(field: str | Template, old: object, new: object) -> Message:
    """``field: old → new``; ``field`` a FIELD key or a marked label."""
    label = (
        Message(field) if isinstance(field, Template) else Message(FIELD[field]) if field in FIELD else field
    )
    return Message(CHANGE, field=label, old=plain(old), new=plain(new))


@dataclass(frozen=True, slots=True)
class TextChange:
    """A text the pack gives in both languages: the reader's language in full, the other one only noted.

    A text that only grew shows what was added; else old → new in full (nothing is cut).
    """

    label: Template  # "source"
    other: Template | None  # "source in the other language"; None: a change there is not noted
    old: Bilingual
    new: Bilingual
    brief: bool = False  # say only that it was rewritten (a note whose figure did not change)

    def lines(self, language: str, translate: Translate | None) -> list[str]:
        zh = language.startswith("zh")
        before, after = self.old.pick(language), self.new.pick(language)
        other_before, other_after = (self.old.en, self.new.en) if zh else (self.old.zh, self.new.zh)
        lines: list[Piece] = []
        label = Message(self.label)
        if before != after and self.brief:
            lines.append(Message(REWRITTEN, field=label))
        elif before != after:
            if len(before) > LONG_TEXT and after.startswith(before):  # a long text that grew: what was added
                lines.append(Message(ADDED_TEXT, field=label, text=after[len(before) :].strip()))
            else:
                lines.append(
                    Message(CHANGE, field=label, old=before or Message(EMPTY), new=after or Message(EMPTY))
                )
        if other_before != other_after and self.other is not None:
            template = OTHER_ADDED if not other_before else OTHER_LANGUAGE
            lines.append(Message(template, field=Message(self.other)))
        return [render(line, language, translate) for line in lines]


Detail = Piece | TextChange


def text_change(
    field: str | tuple[Template, Template | None], old: Bilingual, new: Bilingual, brief: bool = False
) -> list[Detail]:
    """The change of a bilingual text, if any; ``field``: a FIELD key or (label, other-language label)."""
    if old == new:
        return []
    label, other = (FIELD[field], FIELD.get(f"{field}_other")) if isinstance(field, str) else field
    return [TextChange(label, other, old, new, brief)]
