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

    problems = ProblemLog()
    raw = read_raw(folder, problems)
    manifest = convert_manifest(raw.manifest, problems)
    problems.raise_if_any()
    assert manifest is not None
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "manifest"
    sheet.append(["key", "value"])
    for key in ("schema_version", "version", "as_of", "title_zh", "title_en"):
        value = manifest[key]
        sheet.append([key, value if isinstance(value, int) else str(value)])
    for name, spec in TABLES.items():
        if name not in raw.tables and spec.optional:
            continue
        table = raw.tables[name]
        sheet = workbook.create_sheet(name)
        sheet.append(table.header)
        kinds = [spec.column(col).kind if col in spec.column_names else Kind.TEXT for col in table.header]
        for _, cells in table.rows:
            sheet.append([_cell(text, kind) for text, kind in zip(cells, kinds, strict=True)])
        sheet.freeze_panes = "A2"
    workbook.save(target)


def _cell(text: str, kind: Kind) -> object:
    """Numbers as numbers so Excel can sort and sum them; everything else stays text."""
    if kind in _NUMERIC and text.strip():
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if kind is Kind.INT or number.is_integer() and abs(number) < 1e15 else number
    return text
