"""What we still need from the client, as a one-page checklist to send (issue 19): content and workbook.

The content is a ``Report`` with one section and one table, so the window's list, the PDF
(``checklist_pdf``) and the workbook show the same rows in the same words. The ranking and
every figure are the domain's (``explorer.domain.still_need``); this module only words them.
No Qt here but the report translator.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from explorer import APP_NAME
from explorer.domain.figure_style import Style
from explorer.domain.firm_facts import AnswerKind
from explorer.domain.formatting import format_money, format_percent
from explorer.domain.incentives import SECTOR_WORDS
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Quantity, Scenario
from explorer.domain.still_need import NeedItem, NeedKind, StillNeed, still_need
from explorer.project.atomic import atomic_write_bytes
from explorer.reports.language import ReportLanguage
from explorer.reports.report_model import Cell, Column, Report, Section, Table
from explorer.reports.xlsx_writer import _text_value, _write_cell

TABLE_KEY = "still_need"
Check = Callable[[], None]


@dataclass(frozen=True, slots=True)
class ChecklistRequest:
    """What a checklist reads: plain, immutable data (safe to hand to a worker thread)."""

    scenario: Scenario
    pack: DataPack
    language: str = "en"
    scenario_name: str = ""
    currency: str = "CNY"
    prepared_on: dt.date | None = None


def prepare_checklist(request: ChecklistRequest, check: Check | None = None) -> tuple[StillNeed, Report]:
    """Rank what we still need (some dozens of evaluations) and word it as the checklist."""
    need = still_need(request.scenario, request.pack, check=check)
    report = build_checklist(
        need,
        request.scenario,
        request.pack,
        ReportLanguage(request.language),
        scenario_name=request.scenario_name,
        currency=request.currency,
        prepared_on=request.prepared_on,
    )
    return need, report


def build_checklist(
    need: StillNeed,
    scenario: Scenario,
    pack: DataPack,
    language: ReportLanguage,
    *,
    scenario_name: str = "",
    currency: str = "CNY",
    prepared_on: dt.date | None = None,
) -> Report:
    rate = scenario.finance.cny_per_usd
    words = _Words(language, pack, currency, rate.value if isinstance(rate, Quantity) else float(rate))
    firm = (
        scenario.firm.name or scenario_name or scenario.title or language.translate("Report", "Unnamed firm")
    )
    origin, destination = pack.sites.get(scenario.firm.origin), pack.sites.get(need.site_id)
    route = language.translate("Report", "{origin} → {destination}").format(
        origin=origin.name(language.code) if origin else scenario.firm.origin,
        destination=destination.name(language.code) if destination else need.site_id,
    )
    columns = (
        Column("rank", language.translate("Report", "#"), "int", 0.3),
        Column("item", language.translate("Report", "What we need from you"), "text", 2.0),
        Column("why", language.translate("Report", "Why it matters"), "text", 2.8),
        Column("helps", language.translate("Report", "Answer that helps the case most"), "text", 1.2),
        Column("range", language.translate("Report", "NPV of the move, from / to"), "text", 1.6),
        Column("span", language.translate("Report", "Could move the NPV by"), "money", 1.0),
        Column("answer", language.translate("Report", "Your answer"), "text", 1.2),
    )
    rows = tuple(words.row(rank, item) for rank, item in enumerate(need.items, start=1))
    note = language.translate(
        "Report",
        "A fact is valued with the case's NPV for each answer it can have, the other unanswered facts "
        "taken at their most favourable answer; an estimate at the low and the high end of the data "
        "pack's range, everything else as it is. Largest first.",
    )
    table = Table(
        TABLE_KEY,
        language.translate("Report", "Ranked by how much each answer could move the NPV"),
        columns,
        rows,
        note,
    )
    intro = language.translate(
        "Report",
        "Net present value of the move now: {npv}. These answers would make the case yours rather than "
        "a textbook one; the first ones matter most. Facts decide whether a policy applies; estimates "
        "are figures the data pack had to assume.",
    ).format(npv=words.style.money(need.base_npv))
    title = language.translate("Report", "What we still need from you")
    manifest = pack.manifest
    pack_line = language.translate("Report", "Data pack {version} ({kind}), as of {as_of}").format(
        version=manifest.version,
        kind=language.translate("Report", "data pack"),
        as_of=manifest.as_of.isoformat(),
    )
    section = Section(TABLE_KEY, title, (intro,), (table,), new_page=False)
    return Report(
        language=language.code,
        title=title,
        subtitle=route,
        firm=firm,
        scenario_name=scenario_name,
        prepared_on=prepared_on or dt.date.today(),
        cover_lines=(),
        description=intro,
        kpis=(),
        charts={},
        tables={TABLE_KEY: table},
        sections=(section,),
        pack_line=pack_line,
        disclaimer="",
        short_disclaimer=language.translate("Report", "An estimate, not a quote."),
        text={
            "page": language.translate("Report", "Page {page} of {pages}"),
            "continued": language.translate("Report", "(continued)"),
            "route": route,
            "money_header": language.translate("Report", "{label} ({unit})"),
            "exact_unit": language.translate("Report", "USD")
            if currency == "USD"
            else language.translate("Report", "yuan"),
            "prepared": language.translate("Report", "Prepared on {date}").format(
                date=(prepared_on or dt.date.today()).isoformat()
            ),
        },
        currency=currency,
    )


class _Words:
    """An item's cells in the report's language."""

    def __init__(self, language: ReportLanguage, pack: DataPack, currency: str, cny_per_usd: float) -> None:
        self.lang, self.pack, self.currency, self.rate = language, pack, currency, cny_per_usd
        self.ml = language.money_language
        self.style = Style(language.translate, self.ml, currency, cny_per_usd)  # the domain's words

    def row(self, rank: int, item: NeedItem) -> tuple[Cell, ...]:
        label = self.style.text(item.label)
        label = label[:1].upper() + label[1:]
        if item.kind is NeedKind.ESTIMATE and not item.from_client:
            label = self.lang.translate("Report", "{label} (a quote at the destination)").format(label=label)
        span = item.span
        range_text = (
            self.lang.translate("Report", "{low} to {high}").format(
                low=self.style.money(item.npv_low), high=self.style.money(item.npv_high)
            )
            if span >= 0.5
            else self.lang.translate("Report", "no effect in this case")
        )
        amount = span / (self.rate if self.currency == "USD" else 1.0)
        return (
            Cell(rank, str(rank), "int"),
            Cell(label, label),
            Cell(self.why(item), self.why(item)),
            Cell(self.helps(item), self.helps(item)),
            Cell(range_text, range_text),
            Cell(amount, self.style.money(span), "money"),
            Cell("", ""),
        )

    def why(self, item: NeedItem) -> str:
        if item.kind is NeedKind.FACT:
            titles = [
                f"{pid} {_short(self.lang.pick(p.title_zh, p.title_en))}"
                if (p := self.pack.policies.get(pid))
                else pid
                for pid in item.policies
            ]
            text = self.lang.translate("Report", "Decides: {policies}").format(policies="; ".join(titles))
            if item.assumed is not None:
                text += " " + self.lang.translate("Report", "(valued at {amount})").format(
                    amount=self.value(item.assumed, item)
                )
            return text
        return (
            self.lang.translate("Report", "The data pack's estimate: {value} (range {low} to {high}) {unit}")
            .format(
                value=self.number(item.value),
                low=self.number(item.low),
                high=self.number(item.high),
                unit=self.unit(item.unit),
            )
            .strip()
        )

    def helps(self, item: NeedItem) -> str:
        return self.value(item.favourable, item) if item.span >= 0.5 else "—"

    def value(self, value: object, item: NeedItem) -> str:
        """A fact's answer or an input's figure in words: yes/no, a sector, a percentage, an amount."""
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.lang.translate("Report", "yes") if value else self.lang.translate("Report", "no")
        if item.answer_kind == AnswerKind.CHOICE and isinstance(value, str):
            return self.style.text(SECTOR_WORDS.get(value, value))
        if not isinstance(value, int | float):
            return str(value)
        if item.unit in ("fraction", "fraction/yr"):
            return format_percent(float(value))
        if item.unit == "yuan":
            return format_money(float(value), self.ml)
        return f"{self.number(float(value))} {self.unit(item.unit)}".strip()

    @staticmethod
    def number(value: float | None) -> str:
        """An input's figure as it is, without rounding a price of 0.35 to 0: 8,200 · 410 · 0.35 · 1.77."""
        if value is None:
            return "—"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:,.3f}".rstrip("0").rstrip(".")

    def unit(self, unit: str) -> str:
        return self.lang.translate("Units", unit) if unit and unit not in ("ratio", "count") else ""


def _short(title: str, length: int = 48) -> str:
    """A policy's title cut to about ``length`` characters (a Chinese character counts as two)."""
    used = 0
    for index, char in enumerate(title):
        used += 2 if ord(char) > 0x2E80 else 1
        if used > length:
            return title[:index].rstrip() + "…"
    return title


# --- the workbook -------------------------------------------------------------------


def render_checklist_xlsx(report: Report) -> bytes:
    """One sheet: title, route, the ranked table (money exact, in yuan or dollars), the note."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = report.title[:31]
    _text_value(sheet, 1, 1, report.title).font = Font(bold=True, size=14)
    _text_value(sheet, 2, 1, f"{report.firm} · {report.subtitle}")
    _text_value(sheet, 3, 1, report.text["prepared"]).font = Font(italic=True, color="6B7280", size=9)
    _text_value(sheet, 4, 1, report.description).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=4, start_column=1, end_row=4, end_column=7)
    sheet.row_dimensions[4].height = 48
    table = report.tables[TABLE_KEY]
    row = 6
    for position, column in enumerate(table.columns, start=1):
        header = _text_value(sheet, row, position, report.exact_header(column))
        header.font = Font(bold=True)
        header.fill = PatternFill("solid", fgColor="E9F3EF")
        header.alignment = Alignment(wrap_text=True, vertical="top")
    for values in table.rows:
        row += 1
        for position, cell in enumerate(values, start=1):
            target = _write_cell(sheet, row, position, cell)
            target.alignment = Alignment(wrap_text=True, vertical="top")
    _text_value(sheet, row + 2, 1, table.note).font = Font(italic=True, color="6B7280", size=9)
    _text_value(sheet, row + 3, 1, f"{report.short_disclaimer} {report.pack_line}").font = Font(
        italic=True, color="6B7280", size=9
    )
    for letter, width in zip("ABCDEFG", (5, 34, 48, 22, 30, 18, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    workbook.properties.title = f"{report.title}: {report.firm}"
    workbook.properties.creator = APP_NAME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_checklist_xlsx(path: Path | str, report: Report) -> Path:
    atomic_write_bytes(path, render_checklist_xlsx(report))
    return Path(path)


def write_checklist_pdf(path: Path | str, report: Report) -> Path:
    from explorer.reports.checklist_pdf import render_checklist_pdf

    atomic_write_bytes(path, render_checklist_pdf(report))
    return Path(path)
