"""CSV of the annual table per site: UTF-8 with a byte-order mark so Excel reads Chinese. No Qt.

Numbers are written in full (exact yuan, each money column's header names its unit:
"Energy (yuan)"); a text cell a spreadsheet could take
for a formula (it starts with = + - @, a tab or a carriage return) gets an
apostrophe in front (reliability item 16).
"""

from __future__ import annotations

import csv
import io

from explorer.reports.report_model import Cell, Report, Table

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def guard(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _value(cell: Cell) -> str:
    raw = cell.raw
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return guard(cell.text)
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        return repr(raw)  # the shortest text that reads back as the same number
    return guard(str(raw))


def annual_rows(report: Report) -> tuple[list[str], list[list[str]]]:
    """One table of every site's years: site id, site name, then the annual table's columns."""
    tables = [t for key, t in report.tables.items() if key.startswith("annual:")]
    first = tables[0]
    site_id, site_name = report.text.get("site_id", "Site id"), report.text.get("site", "Site")
    header = [guard(site_id), guard(site_name), *(guard(report.exact_header(c)) for c in first.columns)]
    # amounts in USD: the rate they were converted at, on every row (a CSV has no other place for it)
    rate = [] if report.currency == "CNY" else [repr(float(report.cny_per_usd))]
    if rate:
        header.append(guard(report.text["rate_header"]))
    rows = []
    for table in tables:
        identifier = table.key.split(":", 1)[1]
        name = report.text.get(f"site_name:{identifier}", identifier)
        for values in table.rows:
            rows.append([guard(identifier), guard(name), *(_value(cell) for cell in values), *rate])
    return header, rows


def table_rows(report: Report, table: Table) -> tuple[list[str], list[list[str]]]:
    columns = [(i, c) for i, c in enumerate(table.columns) if c.in_xlsx]
    header = [guard(report.exact_header(c)) for _, c in columns]
    return header, [[_value(values[i]) for i, _ in columns] for values in table.rows]


def render_csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (BOM + out.getvalue()).encode("utf-8")


def render_annual_csv(report: Report) -> bytes:
    return render_csv(*annual_rows(report))
