"""The investor pack's content as plain data: a ``Report`` of key figures, tables, charts and sections.

Built once by ``report_model.build_report`` and read by every writer (PDF, workbook, CSV, PNG).
A table's cells carry both the exact number (for Excel) and the text shown (for the PDF).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from explorer.domain.evaluation import Evaluation


class Language(Protocol):
    code: str

    @property
    def is_zh(self) -> bool: ...

    @property
    def money_language(self) -> str: ...

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...

    def pick(self, zh: str, en: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: ``raw`` for Excel (a number stays a number), ``text`` as printed."""

    raw: Any  # str, float, int or None
    text: str
    kind: str = "text"  # text / money / number / percent / int / year / date


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    kind: str = "text"
    weight: float = 1.0  # share of the PDF page width
    in_pdf: bool = True
    in_xlsx: bool = True
    optional: bool = False  # the PDF leaves it out when every value is zero


@dataclass(frozen=True, slots=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""  # under the table in the PDF (money in 万元 / CNY thousand, one decimal)
    sheet: str = ""  # Excel sheet name; "" = not in the workbook on a sheet of its own
    exact_note: str = ""  # the note in the workbook, where money is exact (in yuan); "" = ``note``

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)


@dataclass(frozen=True, slots=True)
class Kpi:
    key: str
    label: str
    value: str  # as shown, e.g. "1.25亿元"
    detail: str  # one line of context
    amount: float | None  # the exact figure, for Excel
    unit: str  # of ``amount``
    marks: tuple[str, ...] = ()  # "check the assumptions" (cost model 7.7), each naming its driver


@dataclass(frozen=True, slots=True)
class CashFlowChart:
    key: str
    title: str
    years: tuple[int, ...]
    annual: tuple[float, ...]
    cumulative: tuple[float, ...]
    break_even: float | None  # in years from the move; None when not within the horizon
    break_even_label: str
    annual_label: str
    cumulative_label: str
    x_label: str
    money_language: str
    currency: str = "CNY"  # of the amounts: already converted, only named when drawn


@dataclass(frozen=True, slots=True)
class WaterfallStep:
    label: str
    bottom: float
    top: float
    kind: str  # total / down / up
    amount: float


@dataclass(frozen=True, slots=True)
class WaterfallChart:
    key: str
    title: str
    steps: tuple[WaterfallStep, ...]
    money_language: str
    currency: str = "CNY"  # of the amounts: already converted, only named when drawn


@dataclass(frozen=True, slots=True)
class TornadoRowData:
    label: str
    npv_at_low: float
    npv_at_high: float
    low_text: str
    high_text: str


@dataclass(frozen=True, slots=True)
class TornadoChart:
    key: str
    title: str
    base_npv: float
    base_label: str
    rows: tuple[TornadoRowData, ...]
    low_label: str
    high_label: str
    x_label: str
    money_language: str
    currency: str = "CNY"  # of the amounts: already converted, only named when drawn


@dataclass(frozen=True, slots=True)
class HistogramChart:
    key: str
    title: str
    edges: tuple[float, ...]
    counts: tuple[int, ...]
    markers: tuple[tuple[float, str], ...]
    x_label: str
    y_label: str
    money_language: str
    currency: str = "CNY"  # of the amounts: already converted, only named when drawn


@dataclass(frozen=True, slots=True)
class CostChart:
    key: str
    title: str
    sites: tuple[str, ...]
    categories: tuple[str, ...]  # labels
    values: tuple[tuple[float, ...], ...]  # per category, per site
    net: tuple[float, ...]  # per site: opex - incentives
    net_label: str
    money_language: str
    currency: str = "CNY"  # of the amounts: already converted, only named when drawn


Chart = CashFlowChart | WaterfallChart | TornadoChart | HistogramChart | CostChart


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of the PDF: paragraphs, then tables and charts in order."""

    key: str
    title: str
    paragraphs: tuple[str, ...] = ()
    blocks: tuple[Table | Chart, ...] = ()
    new_page: bool = True


@dataclass(frozen=True, slots=True)
class Report:
    language: str  # en / zh_CN
    title: str
    subtitle: str
    firm: str
    scenario_name: str
    prepared_on: dt.date
    cover_lines: tuple[tuple[str, str], ...]  # (label, value)
    description: str
    kpis: tuple[Kpi, ...]
    charts: dict[str, Chart]
    tables: dict[str, Table]
    sections: tuple[Section, ...]
    pack_line: str
    disclaimer: str
    short_disclaimer: str
    text: dict[str, str] = field(default_factory=dict)  # small labels the writers need
    policy_documents: tuple[str, ...] = ()  # document numbers of the policies in the report
    currency: str = "CNY"  # of every amount: CNY, or USD at cny_per_usd (inputs stay as sourced)
    cny_per_usd: float = 7.2
    evaluation: Evaluation | None = None  # what the workbook's Model sheet recomputes

    def chart(self, key: str) -> Chart:
        return self.charts[key]

    def exact_header(self, column: Column) -> str:
        """A column's header where money is exact (workbook, CSV): a money column names its unit."""
        if column.kind != "money" or "money_header" not in self.text:
            return column.header
        return self.text["money_header"].format(label=column.header, unit=self.text["exact_unit"])
