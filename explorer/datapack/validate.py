"""Convert raw text rows to typed values, cell by cell, logging every rule broken.

Each table comes out as a list of ``Row``: its spreadsheet row number plus a dict
of converted values (None for an empty optional cell). Rows with any problem are
still returned, flagged, so that cross-table checks can carry on and report more.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from explorer.datapack.problems import ProblemLog
from explorer.datapack.schema import SCHEMA_VERSION, Column, Kind, TableSpec
from explorer.datapack.sources import RawTable

_ID = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,63}")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PARTIAL = re.compile(r"(\d{4})(-(\d{2}))?(-(\d{2}))?")
_URL = re.compile(r"https?://[^\s<>\"']+")
_FULLWIDTH = re.compile(r"[０-９．，％－＋]")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


@dataclass(slots=True)
class Row:
    number: int  # as a spreadsheet shows it; header = 1
    values: dict[str, object]
    ok: bool = True


def convert_table(spec: TableSpec, raw: RawTable, log: ProblemLog) -> list[Row] | None:
    """Typed rows, or None when the header is unusable (then no row can be read)."""
    if not _header_ok(spec, raw, log):
        return None
    positions = {name: raw.header.index(name) for name in spec.column_names}
    rows: list[Row] = []
    for number, cells in raw.rows:
        row = Row(number, {})
        for col in spec.columns:
            text = cells[positions[col.name]].strip()
            value, rule = convert_cell(col, text)
            if rule:
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
            log.add(raw.file, 1, name, "column appears twice in the header")
            ok = False
        seen.add(name)
    for name in raw.header:
        if name not in spec.column_names:
            shown = name or "(empty header cell)"
            log.add(raw.file, 1, shown, "unknown column; expected: " + ", ".join(spec.column_names))
            ok = False
    for name in spec.column_names:
        if name not in seen:
            log.add(raw.file, 1, name, "required column is missing")
            ok = False
    return ok


def convert_cell(col: Column, text: str) -> tuple[object, str]:
    """(value, "") on success, (None, rule broken) on failure."""
    if text.startswith("="):
        return None, "cell holds a spreadsheet formula, not a value: paste values only"
    if text == "":
        return None, "value is required" if col.required else ""
    if col.nullable_text and text.lower() == col.nullable_text:
        return None, ""
    converter = _CONVERTERS[col.kind]
    return converter(col, text)


def _text(col: Column, text: str) -> tuple[object, str]:
    return text, ""


def _id(col: Column, text: str) -> tuple[object, str]:
    if not _ID.fullmatch(text):
        return None, "must be an id: a letter, then letters, digits, '_' or '-' (max 64)"
    return text, ""


def _enum(col: Column, text: str) -> tuple[object, str]:
    if text not in col.choices:
        return None, "must be one of: " + ", ".join(col.choices)
    return text, ""


def _id_list(col: Column, text: str) -> tuple[object, str]:
    items = [item.strip() for item in text.split("|")]
    if any(not _ID.fullmatch(item) for item in items):
        return None, "must be ids separated by '|', e.g. guangdong|beijing"
    return tuple(items), ""


def _number(col: Column, text: str) -> tuple[float | None, str]:
    if _FULLWIDTH.search(text):
        return None, "full-width characters in a number: type ASCII digits (0-9 and '.')"
    if "%" in text:
        return None, "percent sign in a number: write a fraction, e.g. 0.15 for 15%"
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?", text):
        return None, "thousands separator in a number: write it without commas, e.g. 1234567"
    if not _NUMBER.fullmatch(text):
        return None, "must be a number" if col.kind is Kind.FLOAT else "must be a whole number"
    value = float(text)
    if not math.isfinite(value):
        return None, "number is too large"
    if col.min is not None and value < col.min:
        return None, f"must be >= {col.min:g}" + (
            " (negative values are not allowed)" if col.min == 0 else ""
        )
    if col.max is not None and value > col.max:
        return None, f"must be <= {col.max:g}"
    return value, ""


def _float(col: Column, text: str) -> tuple[object, str]:
    return _number(col, text)


def _int(col: Column, text: str) -> tuple[object, str]:
    value, rule = _number(col, text)
    if rule:
        return None, rule
    assert value is not None
    if not value.is_integer():
        return None, "must be a whole number"
    return int(value), ""


def _bool(col: Column, text: str) -> tuple[object, str]:
    lowered = text.lower()
    if lowered in _TRUE:
        return True, ""
    if lowered in _FALSE:
        return False, ""
    return None, "must be true or false"


def _date(col: Column, text: str) -> tuple[object, str]:
    match = _DATE.fullmatch(text)
    if not match:
        return None, "must be a date written YYYY-MM-DD"
    try:
        return dt.date(*(int(g) for g in match.groups())), ""
    except ValueError:
        return None, "not a real calendar date"


def _partial_date(col: Column, text: str) -> tuple[object, str]:
    match = _PARTIAL.fullmatch(text)
    if not match:
        return None, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = int(match.group(1)), match.group(3), match.group(5)
    try:
        dt.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None, "not a real calendar date"
    if not 1990 <= year <= 2100:
        return None, "year must be between 1990 and 2100"
    return text, ""


def _url(col: Column, text: str) -> tuple[object, str]:
    if not _URL.fullmatch(text):
        return None, "must be a web address starting with http:// or https://, without spaces"
    return text, ""


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
                f"duplicate {' + '.join(spec.key)} (first at row {first_seen[key]})",
                shown,
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
        log.add(file, None, "schema_version", "must be a whole number", schema_version)
        ok = False
    elif schema_version > SCHEMA_VERSION:
        log.add(
            file,
            None,
            "schema_version",
            f"the pack uses schema version {schema_version}, newer than "
            f"version {SCHEMA_VERSION} this app reads: update the app",
            schema_version,
        )
        ok = False
    elif schema_version < 1:
        log.add(file, None, "schema_version", "must be 1 or more", schema_version)
        ok = False
    version = manifest.get("version")
    if not isinstance(version, str) or not version.strip() or len(version) > 40:
        log.add(file, None, "version", "must be a non-empty text of at most 40 characters", version)
        ok = False
    as_of_text = manifest.get("as_of")
    as_of, rule = (
        _date(Column("as_of", Kind.DATE), str(as_of_text))
        if isinstance(as_of_text, str)
        else (None, "must be a date written YYYY-MM-DD")
    )
    if rule:
        log.add(file, None, "as_of", rule, as_of_text)
        ok = False
    for key in ("title_zh", "title_en"):
        if key in manifest and not isinstance(manifest[key], str):
            log.add(file, None, key, "must be text", manifest[key])
            ok = False
    if not ok:
        return None
    return {
        "schema_version": schema_version,
        "version": str(version).strip(),
        "as_of": as_of,
        "title_zh": str(manifest.get("title_zh", "")),
        "title_en": str(manifest.get("title_en", "")),
    }
