"""The client data template (issue 19): written in the user's language, read back in either.

One sheet (or one CSV): a row per fact of ``explorer.domain.client_facts``, with the columns
key, item, value, unit, example and notes. The key column names the fact, so a template
filled in Chinese or English imports the same. Reading follows the data pack's rules (the
same readers, size limits and cell rules): every problem at once, by row and column, and
nothing is returned when there is one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from explorer.datapack import limits
from explorer.datapack.encoding import DecodeFailure, decode_table
from explorer.datapack.problems import DataPackError, ProblemLog
from explorer.datapack.schema import Column, Kind
from explorer.datapack.sources import (
    _ARCHIVE_ERRORS,
    _archive_reason,
    _defused,
    _rows_as_csv,
    _sheet_rows,
    _too_big,
    _workbook_failure,
    parse_csv_text,
    read_regular_file,
)
from explorer.datapack.validate import convert_cell
from explorer.domain.client_data import FactValue, check_facts, resolve_site
from explorer.domain.client_facts import CLIENT_FACTS, FACTS_BY_KEY, ClientFact, FactKind
from explorer.domain.figure_style import Style
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, local, translated
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Scenario

# Header words by column, English then Chinese. They are the file format, not only its display:
# a file in either language is read whatever the window's language, so both stay here.
HEADERS: dict[str, tuple[str, str]] = {
    "key": ("key", "代码"),
    "item": ("item", "项目"),
    "value": ("value", "数值"),
    "unit": ("unit", "单位"),
    "example": ("example", "示例"),
    "notes": ("notes", "说明"),
}
SHEET_TITLE = QT_TRANSLATE_NOOP("ClientData", "Client data")
_YES = {"yes", "y", "true", "1", "是"}
_NO = {"no", "n", "false", "0", "否"}

_HEAD = QT_TRANSLATE_NOOP("ClientData", "The client data cannot be imported: {count} problem(s).")
_NOT_CLIENT_FILE = QT_TRANSLATE_NOOP(
    "ClientData", "not a client data file: choose an .xlsx workbook or a .csv file"
)
_NO_COLUMN = QT_TRANSLATE_NOOP("ClientData", "the header needs the column '{column}' ({words})")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("ClientData", "not a fact of the client template (known: {known})")
_TWICE = QT_TRANSLATE_NOOP("ClientData", "this fact appears twice (first in row {first})")
_WRONG_UNIT = QT_TRANSLATE_NOOP("ClientData", "wrong unit: this row takes {unit}")
_YES_NO = QT_TRANSLATE_NOOP("ClientData", "must be yes or no")
_NO_KEY = QT_TRANSLATE_NOOP("ClientData", "a value without a key: keep the key column of the template")


class ClientDataError(DataPackError):
    """A client file that cannot be imported; ``problems`` lists every problem, by row and column."""

    def translated(self, translate: Translate | None = None) -> str:
        count = len(self.problems)
        lines: list[str] = [Message(_HEAD, count=count), *(p.message() for p in self.problems[:100])]
        if translate is not None:
            lines = [translated(line, translate) for line in lines]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ClientFile:
    name: str  # the file's name, as the client data's source names it
    facts: dict[str, FactValue]
    rows: dict[str, int]  # fact key -> spreadsheet row


def template_rows(language: str, translate: Translate | None = None) -> list[list[str]]:
    """The template's header and rows, in ``language`` ("en" or "zh..."), values empty.

    Items and notes go through ``translate`` (Qt's, in the caller: its language must be
    ``language``); without it they are English.
    """
    style = Style(translate or _english, language)
    header = [local(words[0], words[1], language) for words in HEADERS.values()]
    rows = [header]
    for fact in CLIENT_FACTS:
        rows.append(
            [
                fact.key,
                style.text(fact.label),
                "",
                local(fact.unit_en, fact.unit_zh, language),
                fact.example,
                style.text(fact.hint) if fact.hint else "",
            ]
        )
    return rows


def _english(_context: str, source: str) -> str:
    return source


def write_template(
    target: Path | str,
    language: str,
    values: dict[str, str] | None = None,
    translate: Translate | None = None,
) -> Path:
    """The template at ``target`` (.xlsx, or .csv by its suffix); ``values`` fill the value column;
    texts in ``language`` through ``translate`` (see ``template_rows``)."""
    target = Path(target)
    rows = template_rows(language, translate)
    for row in rows[1:]:
        row[2] = (values or {}).get(row[0], "")
    if target.suffix.lower() == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        target.write_bytes(buffer.getvalue().encode("utf-8-sig"))  # Excel opens UTF-8 with a BOM
        return target
    import openpyxl  # imported late: only the template needs it
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = Style(translate or _english, language).text(SHEET_TITLE)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # every cell a text: openpyxl would store "=..." as a formula
            if cell.value == "":
                cell.value = None
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEF", (24, 34, 16, 18, 14, 48), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    workbook.save(target)
    return target


def read_client_file(path: Path | str, scenario: Scenario, pack: DataPack) -> ClientFile:
    """The facts of a filled template; ClientDataError with every problem, and nothing, otherwise."""
    path = Path(path)
    log = ProblemLog()
    table = _read_table(path, log)
    facts: dict[str, FactValue] = {}
    rows: dict[str, int] = {}
    if table is not None:
        header, records = table
        facts, rows, value_column = _facts(path.name, header, records, log)
        if not log:
            for key, rule in check_facts(facts, scenario, pack):
                log.add(path.name, rows[key], value_column, rule, facts[key] if key in facts else "")
    if log:
        raise ClientDataError(log.problems)
    site = facts.get("current_site")
    if isinstance(site, str):
        facts["current_site"] = resolve_site(site, pack) or site
    return ClientFile(path.name, facts, rows)


def _read_table(path: Path, log: ProblemLog) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
    name = path.name
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in (".csv", ".xlsx"):
        log.add(name, None, None, _NOT_CLIENT_FILE)
        return None
    if suffix == ".csv":
        try:
            data = read_regular_file(path, limits.MAX_CSV_BYTES)
        except OSError as error:
            log.add(name, None, None, str(error.strerror or error))
            return None
        if data is None or len(data) > limits.MAX_CSV_BYTES:
            log.add(name, None, None, _NOT_CLIENT_FILE)
            return None
        try:
            text = decode_table(data).text
        except DecodeFailure as failure:
            log.add(name, None, None, failure.message)
            return None
    else:
        text = _workbook_text(path, log)
        if text is None:
            return None
    parsed = parse_csv_text(text, name, log)
    return None if parsed is None else (parsed[0], parsed[1])


def _workbook_text(path: Path, log: ProblemLog) -> str | None:
    """The first sheet as CSV text, read with the pack's guards (size, archive, defused XML)."""
    name = path.name
    if path.stat().st_size > limits.MAX_XLSX_BYTES:
        log.add(name, None, None, _too_big(path.stat().st_size, limits.MAX_XLSX_BYTES))
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            reasons = limits.archive_problems(zf)
    except _ARCHIVE_ERRORS as error:
        log.add(name, None, None, _archive_reason(error))
        return None
    for reason in reasons:
        log.add(name, None, None, reason)
    if reasons or not _defused():
        return None
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types for damaged or hostile files
        log.add(name, None, None, _workbook_failure(error))
        return None
    try:
        rows = _sheet_rows(workbook.worksheets[0], name, log)
    except Exception as error:  # hostile sheet XML fails here under defusedxml
        log.add(name, None, None, _workbook_failure(error))
        return None
    finally:
        workbook.close()
    return None if rows is None else _rows_as_csv(rows)


def _facts(
    name: str, header: list[str], records: list[tuple[int, list[str]]], log: ProblemLog
) -> tuple[dict[str, FactValue], dict[str, int], str]:
    positions: dict[str, int] = {}
    for index, text in enumerate(header):
        for column, words in HEADERS.items():
            if text.strip().casefold() in words:
                positions.setdefault(column, index)
    for column in ("key", "value"):
        if column not in positions:
            log.add(name, 1, None, _NO_COLUMN, column=column, words=" / ".join(HEADERS[column]))
    if log:
        return {}, {}, ""
    value_name, unit_name = header[positions["value"]], header[positions.get("unit", 0)]
    facts: dict[str, FactValue] = {}
    rows: dict[str, int] = {}
    for number, cells in records:
        key = cells[positions["key"]].strip()
        text = cells[positions["value"]].strip()
        if not key:
            if text:
                log.add(name, number, header[positions["key"]], _NO_KEY)
            continue
        fact = FACTS_BY_KEY.get(key)
        if fact is None:
            log.add(name, number, header[positions["key"]], _UNKNOWN_KEY, key, known=", ".join(FACTS_BY_KEY))
            continue
        if key in rows:
            log.add(name, number, header[positions["key"]], _TWICE, key, first=rows[key])
            continue
        rows[key] = number
        if "unit" in positions:
            unit = cells[positions["unit"]].strip()
            if unit and unit.casefold() not in fact.units:
                shown = f"{fact.unit_en} / {fact.unit_zh}" if fact.unit_zh != fact.unit_en else fact.unit_en
                log.add(name, number, unit_name, _WRONG_UNIT, unit, unit=shown)
        if not text:
            continue
        value, rule = _convert(fact, text)
        if rule is not None:
            log.add(name, number, value_name, rule, text)
        elif value is not None:
            facts[key] = value
    return facts, rows, value_name


def _convert(fact: ClientFact, text: str) -> tuple[FactValue | None, Message | None]:
    if fact.kind is FactKind.NUMBER:
        column = Column(fact.key, Kind.FLOAT, required=False, min=fact.minimum, max=fact.maximum)
        value, rule = convert_cell(column, text)
        return (float(value) if isinstance(value, float) else None), rule
    if fact.kind is FactKind.DATE:
        value, rule = convert_cell(Column(fact.key, Kind.DATE, required=False), text)
        return (value if isinstance(value, dt.date) else None), rule
    value, rule = convert_cell(Column(fact.key, Kind.TEXT, required=False), text)
    if rule is not None or fact.kind is FactKind.SITE:
        return (text if rule is None else None), rule
    word = text.casefold()
    if word in _YES or word in _NO:
        return word in _YES, None
    return None, Message(_YES_NO)
