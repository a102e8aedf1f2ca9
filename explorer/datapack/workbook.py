"""Write a pack as one .xlsx workbook (one sheet per table, plus 'manifest'), for editing in Excel.

The workbook imports back through the same validation as CSV files.
"""

from __future__ import annotations

from pathlib import Path

from explorer.datapack.problems import ProblemLog
from explorer.datapack.schema import TABLES, Kind
from explorer.datapack.sources import read_raw
from explorer.datapack.validate import convert_manifest

_NUMERIC = (Kind.FLOAT, Kind.INT)


def export_workbook(folder: Path, target: Path) -> None:
    """Copy the pack in ``folder`` (already valid) into the workbook ``target``."""
    import openpyxl  # imported late: only exports need it

    from explorer.datapack.loader import validate_raw

    problems = ProblemLog()
    raw = read_raw(folder, problems)
    problems.raise_if_any()
    validate_raw(raw, ProblemLog())  # the whole pack, cells too: nothing unchecked reaches a sheet
    manifest = convert_manifest(raw.manifest, problems)
    problems.raise_if_any()
    assert manifest is not None
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "manifest"
    _append(sheet, ["key", "value"])
    for key in ("schema_version", "version", "as_of", "title_zh", "title_en"):
        value = manifest[key]
        _append(sheet, [key, value if isinstance(value, int) else str(value)])
    for name, spec in TABLES.items():
        if name not in raw.tables and spec.optional:
            continue
        table = raw.tables[name]
        sheet = workbook.create_sheet(name)
        _append(sheet, table.header)
        kinds = [spec.column(col).kind if col in spec.column_names else Kind.TEXT for col in table.header]
        for _, cells in table.rows:
            _append(sheet, [_cell(text, kind) for text, kind in zip(cells, kinds, strict=True)])
        sheet.freeze_panes = "A2"
    workbook.save(target)


def _append(sheet, values: list[object]) -> None:
    """A row whose every text is a text cell: openpyxl would store "=..." as a live formula."""
    sheet.append(values)
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, str):
            cell.value = value
            cell.data_type = "s"


def _cell(text: str, kind: Kind) -> object:
    """Numbers as numbers so Excel can sort and sum them; everything else stays text."""
    if kind in _NUMERIC and text.strip():
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if kind is Kind.INT or number.is_integer() and abs(number) < 1e15 else number
    return text
