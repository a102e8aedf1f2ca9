"""Convert raw text rows to typed values, cell by cell, logging every rule broken.
One module because every cell converter reports its problem the same way (file, row, column, rule)
and shares the column types of schema.py; the converters are one table of rules.

Each table comes out as a list of ``Row``: its spreadsheet row number plus a dict
of converted values (None for an empty optional cell). Rows with any problem are
still returned, flagged, so that cross-table checks can carry on and report more.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from explorer.datapack.checksums import FILES_KEY, SHA256_HEX
from explorer.datapack.problems import ProblemLog
from explorer.datapack.schema import SCHEMA_VERSION, TABLE_FILES, Column, Kind, TableSpec
from explorer.datapack.sources import RawTable
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message

_ID = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,63}")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PARTIAL = re.compile(r"(\d{4})(-(\d{2}))?(-(\d{2}))?")
_URL = re.compile(r"https?://[^\s<>\"']+")
_FULLWIDTH = re.compile(r"[０-９．，％－＋]")
# One rule for text from a pack, a scenario or a project alike (docs/data-pack.md, "Text"):
# no control character (C0 but tab and line breaks, DEL, C1: they crashed `datapack export` and
# reached the terminal as escape sequences) and no bidirectional override (text that reads
# otherwise than it is); and no text a spreadsheet would take for a formula.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMULA_TRIGGERS = ("=", "+", "-", "@")
_CONTROL_RULE = QT_TRANSLATE_NOOP(
    "DataPack", "holds a control character (U+{code}): remove it (type the text again if unsure)"
)
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}

_WHOLE_NUMBER = QT_TRANSLATE_NOOP("DataPack", "must be a whole number")
_DATE_FORMAT = QT_TRANSLATE_NOOP("DataPack", "must be a date written YYYY-MM-DD")
_NOT_A_DATE = QT_TRANSLATE_NOOP("DataPack", "not a real calendar date")

Converted = tuple[object, Message | None]  # (value, None) on success, (None, the rule broken) on failure


@dataclass(slots=True)
class Row:
    number: int  # as a spreadsheet shows it; header = 1
    values: dict[str, object]
    ok: bool = True


def convert_table(spec: TableSpec, raw: RawTable, log: ProblemLog) -> list[Row] | None:
    """Typed rows, or None when the header is unusable (then no row can be read)."""
    if not _header_ok(spec, raw, log):
        return None
    positions = {name: raw.header.index(name) for name in spec.column_names if name in raw.header}
    rows: list[Row] = []
    for number, cells in raw.rows:
        row = Row(number, {})
        for col in spec.columns:
            text = cells[positions[col.name]].strip() if col.name in positions else ""
            value, rule = convert_cell(col, text)
            if rule is not None:
                log.add(raw.file, number, col.name, rule, text)
                row.ok = False
            row.values[col.name] = value
        rows.append(row)
    _check_unique(spec, raw.file, rows, log)
    return rows


def _header_ok(spec: TableSpec, raw: RawTable, log: ProblemLog) -> bool:
    ok = True
    seen: set[str] = set()
    for name in raw.header:
        if name in seen:
            log.add(raw.file, 1, name, QT_TRANSLATE_NOOP("DataPack", "column appears twice in the header"))
            ok = False
        seen.add(name)
    for name in raw.header:
        if name not in spec.column_names:
            shown = name or Message(QT_TRANSLATE_NOOP("DataPack", "(empty header cell)"))
            log.add(
                raw.file,
                1,
                shown,
                QT_TRANSLATE_NOOP("DataPack", "unknown column; expected: {columns}"),
                columns=", ".join(spec.column_names),
            )
            ok = False
    for name in spec.column_names:
        if name not in seen and not spec.column(name).may_be_absent:
            log.add(raw.file, 1, name, QT_TRANSLATE_NOOP("DataPack", "required column is missing"))
            ok = False
    return ok


def convert_cell(col: Column, text: str) -> Converted:
    """(value, None) on success, (None, the rule broken as a Message) on failure."""
    control = _CONTROL.search(text)
    if control is not None:
        return None, Message(_CONTROL_RULE, code=f"{ord(control.group()):04X}")
    if text.startswith("="):
        return None, Message(
            QT_TRANSLATE_NOOP("DataPack", "cell holds a spreadsheet formula, not a value: paste values only")
        )
    if col.kind is not Kind.FLOAT and col.kind is not Kind.INT and text.startswith(FORMULA_TRIGGERS):
        return None, Message(
            QT_TRANSLATE_NOOP(
                "DataPack",
                "text starting with =, +, - or @ is taken for a formula by spreadsheets: reword it",
            )
        )
    if text == "":
        return None, Message(QT_TRANSLATE_NOOP("DataPack", "value is required")) if col.required else None
    if col.nullable_text and text.lower() == col.nullable_text:
        return None, None
    converter = _CONVERTERS[col.kind]
    return converter(col, text)


def _text(col: Column, text: str) -> Converted:
    return text, None


def _id(col: Column, text: str) -> Converted:
    if not _ID.fullmatch(text):
        return None, Message(
            QT_TRANSLATE_NOOP(
                "DataPack", "must be an id: a letter, then letters, digits, '_' or '-' (max 64)"
            )
        )
    return text, None


def _enum(col: Column, text: str) -> Converted:
    if text not in col.choices:
        return None, Message(
            QT_TRANSLATE_NOOP("DataPack", "must be one of: {choices}"), choices=", ".join(col.choices)
        )
    return text, None


def _id_list(col: Column, text: str) -> Converted:
    items = [item.strip() for item in text.split("|")]
    if any(not _ID.fullmatch(item) for item in items):
        return None, Message(
            QT_TRANSLATE_NOOP("DataPack", "must be ids separated by '|', e.g. guangdong|beijing")
        )
    return tuple(items), None


def _number(col: Column, text: str) -> tuple[float | None, Message | None]:
    if _FULLWIDTH.search(text):
        return None, Message(
            QT_TRANSLATE_NOOP(
                "DataPack", "full-width characters in a number: type ASCII digits (0-9 and '.')"
            )
        )
    if any(ch.isdigit() and not ch.isascii() for ch in text):  # Arabic-Indic, Devanagari, ...
        return None, Message(
            QT_TRANSLATE_NOOP(
                "DataPack", "digits other than 0-9 in a number: type ASCII digits (0-9 and '.')"
            )
        )
    if "%" in text:
        return None, Message(
            QT_TRANSLATE_NOOP("DataPack", "percent sign in a number: write a fraction, e.g. 0.15 for 15%")
        )
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?", text):
        return None, Message(
            QT_TRANSLATE_NOOP(
                "DataPack", "thousands separator in a number: write it without commas, e.g. 1234567"
            )
        )
    if not _NUMBER.fullmatch(text):
        if col.kind is Kind.FLOAT:
            return None, Message(QT_TRANSLATE_NOOP("DataPack", "must be a number"))
        return None, Message(_WHOLE_NUMBER)
    value = float(text)
    if not math.isfinite(value):
        return None, Message(QT_TRANSLATE_NOOP("DataPack", "number is too large"))
    if col.min is not None and value < col.min:
        if col.min == 0:
            return None, Message(
                QT_TRANSLATE_NOOP("DataPack", "must be >= {low:g} (negative values are not allowed)"),
                low=col.min,
            )
        return None, Message(QT_TRANSLATE_NOOP("DataPack", "must be >= {low:g}"), low=col.min)
    if col.max is not None and value > col.max:
        return None, Message(QT_TRANSLATE_NOOP("DataPack", "must be <= {high:g}"), high=col.max)
    return value, None


def _float(col: Column, text: str) -> Converted:
    return _number(col, text)


def _int(col: Column, text: str) -> Converted:
    value, rule = _number(col, text)
    if rule is not None:
        return None, rule
    assert value is not None
    if not value.is_integer():
        return None, Message(_WHOLE_NUMBER)
    return int(value), None


def _bool(col: Column, text: str) -> Converted:
    lowered = text.lower()
    if lowered in _TRUE:
        return True, None
    if lowered in _FALSE:
        return False, None
    return None, Message(QT_TRANSLATE_NOOP("DataPack", "must be true or false"))


def _date(col: Column, text: str) -> Converted:
    match = _DATE.fullmatch(text)
    if not match:
        return None, Message(_DATE_FORMAT)
    try:
        return dt.date(*(int(g) for g in match.groups())), None
    except ValueError:
        return None, Message(_NOT_A_DATE)


def _partial_date(col: Column, text: str) -> Converted:
    match = _PARTIAL.fullmatch(text)
    if not match:
        return None, Message(
            QT_TRANSLATE_NOOP("DataPack", "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        )
    year, month, day = int(match.group(1)), match.group(3), match.group(5)
    try:
        dt.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None, Message(_NOT_A_DATE)
    if not 1990 <= year <= 2100:
        return None, Message(
            QT_TRANSLATE_NOOP("DataPack", "year must be between {first} and {last}"), first=1990, last=2100
        )
    return text, None


def _url(col: Column, text: str) -> Converted:
    if not _URL.fullmatch(text):
        return None, Message(
            QT_TRANSLATE_NOOP(
                "DataPack", "must be a web address starting with http:// or https://, without spaces"
            )
        )
    return text, None


_CONVERTERS = {
    Kind.ID: _id,
    Kind.TEXT: _text,
    Kind.FLOAT: _float,
    Kind.INT: _int,
    Kind.BOOL: _bool,
    Kind.DATE: _date,
    Kind.PARTIAL_DATE: _partial_date,
    Kind.ENUM: _enum,
    Kind.URL: _url,
    Kind.ID_LIST: _id_list,
}


def _check_unique(spec: TableSpec, file: str, rows: list[Row], log: ProblemLog) -> None:
    first_seen: dict[tuple[object, ...], int] = {}
    for row in rows:
        key = tuple(row.values.get(name) for name in spec.key)
        if any(part is None for part in key):
            continue
        if key in first_seen:
            shown = " / ".join(str(part) for part in key)
            log.add(
                file,
                row.number,
                spec.key[-1] if len(spec.key) == 1 else " + ".join(spec.key),
                QT_TRANSLATE_NOOP("DataPack", "duplicate {key} (first at row {first})"),
                shown,
                key=" + ".join(spec.key),
                first=first_seen[key],
            )
            row.ok = False
        else:
            first_seen[key] = row.number


def partial_date_start(text: str) -> dt.date:
    """First day of a YYYY / YYYY-MM / YYYY-MM-DD period."""
    parts = [int(p) for p in text.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def convert_manifest(manifest: dict[str, object] | None, log: ProblemLog) -> dict[str, object] | None:
    """Checked manifest values: schema_version (int), version (str), as_of (date), titles."""
    file = "manifest.json"
    if manifest is None:
        return None
    ok = True
    schema_version = manifest.get("schema_version")
    if isinstance(schema_version, bool) or not isinstance(schema_version, int):
        log.add(file, None, "schema_version", _WHOLE_NUMBER, schema_version)
        ok = False
    elif schema_version > SCHEMA_VERSION:
        log.add(
            file,
            None,
            "schema_version",
            QT_TRANSLATE_NOOP(
                "DataPack",
                "the pack uses schema version {found}, newer than version {supported} this app reads: "
                "update the app",
            ),
            schema_version,
            found=schema_version,
            supported=SCHEMA_VERSION,
        )
        ok = False
    elif schema_version < 1:
        log.add(
            file, None, "schema_version", QT_TRANSLATE_NOOP("DataPack", "must be 1 or more"), schema_version
        )
        ok = False
    version = manifest.get("version")
    if not isinstance(version, str) or not version.strip() or len(version) > 40:
        log.add(
            file,
            None,
            "version",
            QT_TRANSLATE_NOOP("DataPack", "must be a non-empty text of at most {limit} characters"),
            version,
            limit=40,
        )
        ok = False
    as_of_text = manifest.get("as_of")
    as_of, rule = (
        _date(Column("as_of", Kind.DATE), str(as_of_text))
        if isinstance(as_of_text, str)
        else (None, Message(_DATE_FORMAT))
    )
    if rule is not None:
        log.add(file, None, "as_of", rule, as_of_text)
        ok = False
    for key in ("title_zh", "title_en"):
        if key in manifest and not isinstance(manifest[key], str):
            log.add(file, None, key, QT_TRANSLATE_NOOP("DataPack", "must be text"), manifest[key])
            ok = False
    for key in ("version", "title_zh", "title_en"):  # the manifest's text follows the cells' rule
        value = manifest.get(key)
        if isinstance(value, str) and value:
            _cell, rule = convert_cell(Column(key, Kind.TEXT, required=False), value)
            if rule is not None:
                log.add(file, None, key, rule, value)
                ok = False
    files = _manifest_files(manifest.get(FILES_KEY, {}), log)
    if not ok or files is None:
        return None
    return {
        "schema_version": schema_version,
        "version": str(version).strip(),
        "as_of": as_of,
        "title_zh": str(manifest.get("title_zh", "")),
        "title_en": str(manifest.get("title_en", "")),
        FILES_KEY: files,
    }


def _manifest_files(files: object, log: ProblemLog) -> dict[str, str] | None:
    """The manifest's checksums, ``{"sites.csv": "<SHA-256 in hex>"}``; older packs have none."""
    file = "manifest.json"
    if not isinstance(files, dict):
        log.add(
            file,
            None,
            FILES_KEY,
            QT_TRANSLATE_NOOP("DataPack", "must map each file name to its SHA-256 checksum"),
            files,
        )
        return None
    checked: dict[str, str] = {}
    for name, digest in files.items():
        if name not in TABLE_FILES:
            log.add(
                file,
                None,
                FILES_KEY,
                QT_TRANSLATE_NOOP("DataPack", "unknown file {name}; expected one of: {files}"),
                name,
                name=name,
                files=", ".join(sorted(TABLE_FILES)),
            )
        elif not isinstance(digest, str) or not SHA256_HEX.fullmatch(digest.lower()):
            log.add(
                file,
                None,
                FILES_KEY,
                QT_TRANSLATE_NOOP(
                    "DataPack", "the checksum of {name} must be 64 hexadecimal digits (SHA-256)"
                ),
                digest,
                name=name,
            )
        else:
            checked[name] = digest.lower()
    return checked if len(checked) == len(files) else None
