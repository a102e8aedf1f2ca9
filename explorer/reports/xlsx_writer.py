"""The Excel workbook: every table of the report, numbers as numbers, and the auditable Model. No Qt.

The value sheets hold no formula. Text that a spreadsheet could take for a
formula (it starts with = + - @, a tab or a carriage return) is stored as a
string with Excel's quote prefix, so it stays text even when a user edits the
cell (reliability item 16). Carriage returns are written as line feeds (XML
reads them so anyway). The Model sheet (``xlsx_model``) recomputes the case with
formulas built only from our own names and cell references, never from text.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from explorer import APP_NAME
from explorer.reports.report_model import Cell, Report, Table
from explorer.reports.xlsx_model import MODEL_INPUTS_KEY, add_model, inject_cached_values

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
NUMBER_FORMATS = {
    "money": "#,##0.00",
    "percent": "0.00%",
    "int": "0",
    "year": "0",
    "number": "General",
}
INPUT_TABLES = ("settings", "inputs", "assumptions")  # sheets of inputs, in their sources' units
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
HEADER_FILL = PatternFill("solid", fgColor="E9F3EF")
TITLE_FONT = Font(bold=True, size=12)
BOLD = Font(bold=True)
MUTED = Font(italic=True, color="6B7280", size=9)


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters, not blank."""
    base = _SHEET_FORBIDDEN.sub(" ", ILLEGAL_CHARACTERS_RE.sub("", name)).strip().strip("'")[:31] or "Sheet"
    title, number = base, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f" ({number})"
        title = base[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(title)
    return title


def _text_value(ws, row: int, column: int, text: str):
    cell = ws.cell(row=row, column=column)
    # XML turns a carriage return into a line feed on reading: write the line feed ourselves
    text = ILLEGAL_CHARACTERS_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    cell.value = text
    cell.data_type = "s"  # openpyxl would read "=..." as a formula: never
    if text.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True
    return cell


def _write_cell(ws, row: int, column: int, cell: Cell):
    raw = cell.raw
    if isinstance(raw, bool) or raw is None:
        return _text_value(ws, row, column, "" if raw is None else cell.text)
    if isinstance(raw, int | float):
        target = ws.cell(row=row, column=column, value=raw)
        target.number_format = NUMBER_FORMATS.get(cell.kind, "General")
        return target
    return _text_value(ws, row, column, str(raw))


def _write_table(ws, report: Report, table: Table, row: int, widths: dict[int, float]) -> int:
    columns = [(i, c) for i, c in enumerate(table.columns) if c.in_xlsx]
    _text_value(ws, row, 1, table.title).font = TITLE_FONT
    row += 1
    for position, (_, column) in enumerate(columns, start=1):
        header = _text_value(ws, row, position, report.exact_header(column))
        header.font = BOLD
        header.fill = HEADER_FILL
        header.alignment = Alignment(wrap_text=True, vertical="top")
        widths[position] = max(widths.get(position, 0), min(_width(header.value), 30))
    row += 1
    for values in table.rows:
        for position, (index, _) in enumerate(columns, start=1):
            cell = values[index]
            target = _write_cell(ws, row, position, cell)
            if cell.kind == "text" and len(str(cell.raw or "")) > 60:
                target.alignment = Alignment(wrap_text=True, vertical="top")
            shown = cell.text if cell.kind == "text" else f"{cell.raw:,.2f}" if cell.raw is not None else ""
            widths[position] = max(widths.get(position, 0), min(_width(shown), 60))
        row += 1
    note = table.exact_note or table.note  # the workbook's money is exact: its note says so
    if note:
        _text_value(ws, row, 1, note).font = MUTED
        row += 1
    return row + 1


def _width(text: str) -> float:
    longest = max((line for line in str(text).split("\n")), key=len, default="")
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in longest) + 2


def render_xlsx(report: Report) -> bytes:
    """The workbook's bytes: a Summary sheet, then one sheet per table group, in report order."""
    workbook = Workbook()
    summary = workbook.active
    taken: set[str] = set()
    summary.title = sheet_title(report.tables["kpis"].sheet or "Summary", taken)
    widths_of: dict[str, dict[int, float]] = {summary.title: {1: 24, 2: 40}}
    row = 1
    _text_value(summary, row, 1, report.title).font = Font(bold=True, size=14)
    row += 1
    _text_value(summary, row, 1, report.subtitle)
    row += 1
    _text_value(summary, row, 1, report.text.get("currency", "")).font = MUTED
    row += 2
    for label, value in report.cover_lines:
        _text_value(summary, row, 1, label).font = BOLD
        _text_value(summary, row, 2, value)
        row += 1
    row += 1
    row = _write_table(summary, report, report.tables["kpis"], row, widths_of[summary.title])
    _text_value(summary, row, 1, report.disclaimer).alignment = Alignment(wrap_text=True, vertical="top")
    summary.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    summary.row_dimensions[row].height = 75
    sheets = {summary.title: (summary, row + 2)}
    names: dict[str, str] = {}
    for key, table in report.tables.items():
        if key in ("kpis", MODEL_INPUTS_KEY):  # the model's inputs: written by xlsx_model, below
            continue
        wanted = table.sheet or key
        if wanted not in names:
            names[wanted] = sheet_title(wanted, taken)
            sheet = workbook.create_sheet(names[wanted])
            # on every sheet; where inputs are, it says that they stay in their sources' units
            line = report.text.get("currency_inputs" if key in INPUT_TABLES else "currency", "")
            _text_value(sheet, 1, 1, line).font = MUTED
            sheets[names[wanted]] = (sheet, 3)
            widths_of[names[wanted]] = {}
        sheet, at = sheets[names[wanted]]
        at = _write_table(sheet, report, table, at, widths_of[names[wanted]])
        sheets[names[wanted]] = (sheet, at)
    caches = {}
    inputs_title = names.get(report.tables["inputs"].sheet or "inputs") if "inputs" in report.tables else None
    if inputs_title is not None:  # the model's inputs below the report's, then the Model sheet
        inputs_sheet, at = sheets[inputs_title]
        caches = add_model(workbook, report, inputs_sheet, at, _text_value)
    for title, widths in widths_of.items():
        sheet = sheets[title][0]
        for position, width in widths.items():
            sheet.column_dimensions[get_column_letter(position)].width = max(8, width)
    workbook.properties.title = f"{report.title}: {report.firm}"
    workbook.properties.creator = APP_NAME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return inject_cached_values(buffer.getvalue(), caches)
