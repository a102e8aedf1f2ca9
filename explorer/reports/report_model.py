"""The investor pack's content, built once from plain data and shared by every writer. No Qt.

``build_report(evaluation, scenario, pack, language, ...)`` reads the engine's
Evaluation (and the risk analyses, if given) and returns a ``Report``: texts in
the report's language, tables whose cells carry both the exact number (for
Excel) and the text shown (for the PDF), and the data of each chart. Nothing
here computes a business number: every figure is read from the Evaluation,
the Tornado or the MonteCarlo and only formatted.

``language`` is any object with ``translate(context, text)``, ``pick(zh, en)``,
``is_zh``, ``money_language`` and ``code`` (``explorer.reports.language.ReportLanguage``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from explorer import __version__
from explorer.domain.evaluation import (
    COLUMN_WORDS,
    COST_LINES,
    STATUS_WORDS,
    AnnualTable,
    CaseResult,
    Evaluation,
    PolicyStatus,
    SiteResult,
)
from explorer.domain.figure_style import Style, Unit
from explorer.domain.figures import CASH_FLOW_FIELDS, OPTIONAL_CASH_FLOW_FIELDS, case_figures
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.formatting import (
    format_money,
    format_months,
    format_percent,
)
from explorer.domain.latency import KIND_NOTE as LATENCY_KIND_NOTE
from explorer.domain.latency import KIND_WORDS as LATENCY_KIND_WORDS
from explorer.domain.latency import VERDICT_WORDS as LATENCY_VERDICT_WORDS
from explorer.domain.latency import LatencyKind, citation, ms_text, official_claims
from explorer.domain.messages import QT_TRANSLATE_NOOP, translated
from explorer.domain.model import InputInfo
from explorer.domain.pack import DataPack
from explorer.domain.parameters import Confidence
from explorer.domain.policies import SUPERSEDED_BY, VALIDITY_WORDS, Policy, Validity
from explorer.domain.scenario import MODE_WORDS, Scenario
from explorer.domain.uncertainty import MonteCarlo, Tornado
from explorer.reports.errors import ExportError

CURRENCIES = ("CNY", "USD")
COST_KEYS = COST_LINES
# Columns a PDF table leaves out when every value is zero (a workbook keeps them all).
OPTIONAL_COLUMNS = ("service_fee", "charges", "investment", "tax")
NOT_IN_REPORT = ("tax",)  # shown with the incentives (their how-text and tables), not as a card
TORNADO_BARS = 12
# how the workbook formats each key figure's exact value (fractions as percentages)
KPI_KINDS = {"npv": "money", "saving": "money", "incentives": "money", "one_off": "money",
             "unit_cost": "money", "irr": "percent"}  # fmt: skip
NEGLIGIBLE_SWING = 1.0  # yuan: a smaller swing is rounding noise


class Language(Protocol):
    code: str

    @property
    def is_zh(self) -> bool: ...

    @property
    def money_language(self) -> str: ...

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...

    def pick(self, zh: str, en: str) -> str: ...


# --- the structure ------------------------------------------------------------------


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


# --- building it --------------------------------------------------------------------


def build_report(
    evaluation: Evaluation,
    scenario: Scenario,
    pack: DataPack,
    language: Language,
    *,
    scenario_name: str = "",
    prepared_on: dt.date | None = None,
    pack_kind: str = "shipped",
    tornado: Tornado | None = None,
    monte_carlo: MonteCarlo | None = None,
    app_version: str = __version__,
    currency: str = "CNY",
) -> Report:
    """``currency``: CNY, or USD at the scenario's exchange rate (finance.cny_per_usd)."""
    if currency not in CURRENCIES:
        raise ExportError(
            "currency",
            QT_TRANSLATE_NOOP("Export", "must be CNY or USD, got {currency!r}"),
            currency=currency,
        )
    return _Builder(evaluation, scenario, pack, language, tornado, monte_carlo, currency).build(
        scenario_name, prepared_on or dt.date.today(), pack_kind, app_version
    )


class _Builder:
    def __init__(
        self,
        evaluation: Evaluation,
        scenario: Scenario,
        pack: DataPack,
        language: Language,
        tornado: Tornado | None,
        monte_carlo: MonteCarlo | None,
        currency: str = "CNY",
    ) -> None:
        self.ev = evaluation
        self.currency = currency
        # every amount of the report is divided by this (exactly 1 for yuan): inputs stay as sourced
        self.rate = evaluation.cny_per_usd if currency == "USD" else 1.0
        self.scenario = scenario
        self.pack = pack
        self.lang = language
        self.case: CaseResult = evaluation.primary
        self.origin = evaluation.site(evaluation.origin)
        self.dest = evaluation.site(evaluation.destination)
        self.tornado = tornado
        self.monte_carlo = monte_carlo
        self.ml = language.money_language
        # every figure of the case, computed once in the domain; this builder only formats it
        self.figures = case_figures(evaluation)
        self.style = Style(language.translate, self.ml, currency, evaluation.cny_per_usd)

    # --- helpers ----------------------------------------------------------------
    def money(self, amount: float) -> str:
        """An amount in yuan as text in the report's currency: "CNY 12.5 M", "USD 1.7 M", "1,250万元"."""
        return format_money(amount, self.ml, self.currency, self.ev.cny_per_usd)

    def small_money(self, amount: float) -> str:
        """A small amount in yuan to the fen (or cent), with its unit: "12.34 yuan" / "12.34元" / "USD 1.71"."""
        value = f"{self.convert(amount):,.2f}"
        if self.currency == "USD":
            return self.lang.translate("Report", "USD {value}").format(value=value)
        return self.lang.translate("Report", "{value} yuan").format(value=value)

    def convert(self, amount: float) -> float:
        """An amount in yuan in the report's currency (the same float for yuan)."""
        return float(amount) / self.rate

    def rate_text(self) -> str:
        return rate_text(self.ev.cny_per_usd)

    def name(self, site: SiteResult) -> str:
        return self.lang.pick(site.name_zh, site.name_en)

    def table_money(self, amount: float) -> Cell:
        """Exact yuan (or USD) for Excel; 万元 or CNY thousand (万美元, USD thousand), one decimal, in the PDF."""
        value = self.convert(amount)
        scale = 1e4 if self.lang.is_zh else 1e3
        text = f"{value / scale:,.1f}"
        return Cell(value, "0.0" if text in ("-0.0", "0.0") else text, "money")

    def money_cell(self, amount: float) -> Cell:
        return Cell(self.convert(amount), self.money(amount), "money")

    @property
    def table_unit(self) -> str:
        """The unit of money in the PDF's tables: 万元 or CNY thousand (万美元 or USD thousand)."""
        if self.currency == "USD":
            return (
                self.lang.translate("Report", "10,000 US dollars (万美元)")
                if self.lang.is_zh
                else self.lang.translate("Report", "USD thousand")
            )
        return (
            self.lang.translate("Report", "10,000 yuan (万元)")
            if self.lang.is_zh
            else self.lang.translate("Report", "CNY thousand")
        )

    @property
    def exact_unit(self) -> str:
        """The unit of money in the workbook and the CSV, where every amount is exact: yuan (元) or USD."""
        if self.currency == "USD":
            return self.lang.translate("Report", "USD")
        return self.lang.translate("Report", "yuan")

    def unit_notes(self, template: str, **values: str) -> dict[str, str]:
        """A table's note for the PDF (in 万元 / CNY thousand) and for the workbook (in yuan)."""
        return {
            "note": template.format(unit=self.table_unit, **values),
            "exact_note": template.format(unit=self.exact_unit, **values),
        }

    def currency_line(self) -> str:
        """The currency of every amount, said on each sheet of the workbook and each page of the PDF."""
        if self.currency == "USD":
            return self.lang.translate("Report", "Amounts in USD at {rate} CNY per USD.").format(
                rate=self.rate_text()
            )
        return self.lang.translate("Report", "Amounts in yuan (CNY).")

    def inputs_currency_line(self) -> str:
        """The line of the sheets that hold inputs: in USD, the inputs stay in their sources' units."""
        if self.currency == "USD":
            return self.lang.translate(
                "Report",
                "Amounts in USD at {rate} CNY per USD; inputs and assumptions in the units shown, as their sources give them (yuan).",
            ).format(rate=self.rate_text())
        return self.currency_line()

    def model_inputs_table(self) -> Table:
        """Every input with its unit and source; the workbook's Model sheet lists those it uses."""
        rows = []
        for info in self.ev.inputs:
            prov = info.provenance
            source = prov.source_in(self.lang.code) if prov else ""
            if source == "scenario":
                source = self.lang.translate("Report", "set in this scenario")
            note = prov.note_in(self.lang.code) if prov else ""
            if note:
                source = f"{source}; {self.note_text(note)}" if source else self.note_text(note)
            as_of = prov.as_of if prov else ""
            confidence = self.confidence_text(prov.confidence) if prov else ""
            label = self.input_label(info.label_zh, info.label_en)
            unit = self.unit_text(info.unit)
            rows.append(
                (
                    Cell(info.path, info.path),
                    Cell(label, label),
                    Cell(float(info.value), self.value_text(info.value, info.unit), "number"),
                    Cell(unit, unit),
                    Cell(source, source),
                    Cell(as_of, as_of),
                    Cell(confidence, confidence),
                    Cell(info.unit, info.unit),
                )
            )
        columns = tuple(
            Column(key, key, "number" if key == "value" else "text", in_pdf=False)
            for key in ("path", "input", "value", "unit", "source", "as_of", "confidence", "unit_id")
        )
        return Table("model_inputs", "", columns, tuple(rows))

    def join(self, items) -> str:
        """A list in running text: "a, b, c" / "a、b、c"."""
        return ("、" if self.lang.is_zh else ", ").join(items)

    def firm_name(self) -> str:
        name = self.scenario.firm.name.strip()
        if " / " in name:
            zh, en = name.split(" / ", 1)
            return self.lang.pick(zh.strip(), en.strip())
        return name

    # --- the whole report ---------------------------------------------------------
    def build(self, scenario_name: str, prepared_on: dt.date, pack_kind: str, app_version: str) -> Report:
        from explorer.reports.xlsx_model import model_texts  # it reads the Report: imported here, not above

        manifest = self.pack.manifest
        kind = (
            self.lang.translate("Report", "shipped")
            if pack_kind == "shipped"
            else self.lang.translate("Report", "imported")
        )
        pack_line = self.lang.translate("Report", "Data pack {version} ({kind}), as of {as_of}").format(
            version=manifest.version, kind=kind, as_of=manifest.as_of.isoformat()
        )
        firm = (
            self.firm_name()
            or scenario_name
            or self.scenario.title
            or self.lang.translate("Report", "Unnamed firm")
        )
        route = self.lang.translate("Report", "{origin} → {destination}").format(
            origin=self.name(self.origin), destination=self.name(self.dest)
        )
        charts: dict[str, Chart] = {
            "cashflow": self.cashflow_chart(),
            "waterfall": self.waterfall_chart(),
            "costs": self.cost_chart(),
        }
        if self.tornado is not None:
            charts["tornado"] = self.tornado_chart()
        if self.monte_carlo is not None:
            charts["montecarlo"] = self.histogram_chart()
        tables = self.tables()
        kpis = self.kpis()
        disclaimer = self.lang.translate(
            "Report",
            "This pack is an estimate, not a quote. Its figures follow from the inputs listed and from the data pack named above (public policy documents, statistics and press reports, each cited beside the figure it supports), and they change when those change. Incentives are shown as the published rules would pay when the conditions shown are met; actual awards depend on the authorities' decisions and on signed agreements. Check the sources before relying on any figure.",
        )
        short = self.lang.translate("Report", "An estimate, not a quote.")
        horizon_line = self.lang.translate(
            "Report",
            "Horizon {years} years from {move}; discount rate {rate}; mode: {mode}. Year 0 is the move; year t is the 12 months from the move date plus t − 1 years.",
        ).format(
            years=self.ev.horizon,
            move=self.ev.move_date.isoformat(),
            rate=format_percent(self.ev.discount_rate),
            mode=self.mode_text(),
        )
        if self.currency == "USD":
            money_line = (
                self.lang.translate(
                    "Report", "Amounts in USD at {rate} CNY per USD: 万 = 10,000, 亿 = 100 million."
                )
                if self.lang.is_zh
                else self.lang.translate(
                    "Report", "Amounts in USD at {rate} CNY per USD: K = thousand, M = million, B = billion."
                )
            ).format(rate=self.rate_text())
        else:
            money_line = (
                self.lang.translate("Report", "Amounts in yuan (CNY): 万 = 10,000, 亿 = 100 million.")
                if self.lang.is_zh
                else self.lang.translate(
                    "Report", "Amounts in yuan (CNY): K = thousand, M = million, B = billion."
                )
            )
        sections = self.sections(tables, charts, horizon_line, money_line, pack_line, disclaimer, app_version)
        cover = (
            (self.lang.translate("Report", "Firm"), firm),
            (self.lang.translate("Report", "Scenario"), scenario_name or self.scenario.title or "—"),
            (self.lang.translate("Report", "Move"), route),
            (self.lang.translate("Report", "Workload"), self.workload_text()),
            (self.lang.translate("Report", "Prepared on"), prepared_on.isoformat()),
            (self.lang.translate("Report", "Data"), pack_line),
            (self.lang.translate("Report", "Currency"), self.currency_line()),
        )
        documents = tuple(
            self.pack.policies[p.policy_id].doc_number
            for p in self.ev.policies
            if p.policy_id in self.pack.policies and self.pack.policies[p.policy_id].doc_number
        )
        text = {
            "page": self.lang.translate("Report", "Page {page} of {pages}"),
            "case_page": self.lang.translate("Report", "The case in one page"),
            "continued": self.lang.translate("Report", "(continued)"),
            "route": route,
            "horizon": horizon_line,
            "money": money_line,
            "app": self.lang.translate("Report", "Made with Gui'an Compute Explorer {version}").format(
                version=app_version
            ),
            "kpi_heading": self.lang.translate("Report", "Key figures"),
            "table_unit": self.table_unit,
            "exact_unit": self.exact_unit,
            "money_header": self.lang.translate("Report", "{label} ({unit})"),
            "currency": self.currency_line(),
            "rate_header": self.lang.translate("Report", "CNY per USD"),
            "currency_inputs": self.inputs_currency_line(),
            **model_texts(self.lang),
            "site_id": self.lang.translate("Report", "Site id"),
            "site": self.lang.translate("Report", "Site"),
            **{f"site_name:{site.id}": self.name(site) for site in self.ev.sites},
        }
        return Report(
            language=self.lang.code,
            title=self.lang.translate("Report", "Moving compute to Gui'an New Area"),
            subtitle=self.lang.translate("Report", "Investor pack: the relocation case"),
            firm=firm,
            scenario_name=scenario_name,
            prepared_on=prepared_on,
            cover_lines=cover,
            description=self.lang.pick(self.scenario.description_zh, self.scenario.description_en),
            kpis=kpis,
            charts=charts,
            tables=tables,
            sections=sections,
            pack_line=pack_line,
            disclaimer=disclaimer,
            short_disclaimer=short,
            text=text,
            policy_documents=documents,
            currency=self.currency,
            cny_per_usd=self.ev.cny_per_usd,
            evaluation=self.ev,
        )

    def mode_text(self) -> str:
        word = MODE_WORDS.get(self.ev.mode)
        return self.lang.translate(word.context, word) if word is not None else self.ev.mode

    def workload_text(self) -> str:
        template = self.pack.templates.get(self.scenario.workload.template)
        name = (
            self.lang.pick(template.name_zh, template.name_en)
            if template
            else self.scenario.workload.template
        )
        load = self.lang.translate("Report", "{kw} kW of IT load").format(kw=f"{self.origin.it_load_kw:,.0f}")
        return self.lang.translate("Report", "{template}, {load}, {mode}").format(
            template=name, load=load, mode=self.mode_text()
        )

    # --- key figures ---------------------------------------------------------------
    def irr_text(self) -> str:
        irr = self.case.irr
        if irr.status is IrrStatus.DEFINED and irr.value is not None:
            return format_percent(irr.value)
        if irr.status is IrrStatus.MULTIPLE:
            return self.lang.translate("Report", "several")
        return self.lang.translate("Report", "undefined")

    def payback_text(self) -> str:
        payback = self.case.payback
        if payback.status is PaybackStatus.IMMEDIATE:
            return self.lang.translate("Report", "immediate")
        if payback.status is PaybackStatus.WITHIN and payback.months is not None:
            return format_months(payback.months, self.ml)
        return self.lang.translate("Report", "not within {years} years").format(years=payback.horizon_years)

    def kpis(self) -> tuple[Kpi, ...]:
        units = {
            Unit.YUAN: self.exact_unit,
            Unit.FRACTION: self.lang.translate("Report", "per year"),
            Unit.MONTHS: self.lang.translate("Report", "months"),
            Unit.TONNES_A_YEAR: self.lang.translate("Report", "t a year"),
            Unit.YUAN_PER_HOUR: self.lang.translate("Report", "USD per accelerator-hour")
            if self.currency == "USD"
            else self.lang.translate("Report", "yuan per accelerator-hour"),
        }
        kpis = []
        for figure in self.figures.kpis:
            if figure.key in NOT_IN_REPORT or (figure.key == "unit_cost" and figure.value is None):
                continue
            amount = figure.value
            if amount is not None and figure.unit in (Unit.YUAN, Unit.YUAN_PER_HOUR):
                amount = self.convert(amount)
            value = self.irr_text() if figure.key == "irr" else self.style.value(figure)
            kpis.append(
                Kpi(
                    figure.key, self.style.text(figure.label), value, self.style.text(figure.detail), amount,
                    units.get(figure.unit, ""), tuple(self.style.text(mark.reason) for mark in figure.marks),
                )
            )  # fmt: skip
        return tuple(kpis)

    # --- charts --------------------------------------------------------------------
    def cashflow_chart(self) -> CashFlowChart:
        case = self.case
        payback = case.payback
        at = None
        label = ""
        if payback.status is PaybackStatus.WITHIN and payback.months is not None:
            at = payback.months / 12.0
            label = self.lang.translate("Report", "break-even: {months}").format(
                months=format_months(payback.months, self.ml)
            )
        return CashFlowChart(
            "cashflow",
            self.lang.translate("Report", "Cash flow of the move: each year and cumulative"),
            tuple(range(len(case.cash_flows))),
            tuple(self.convert(v) for v in case.cash_flows),
            tuple(self.convert(v) for v in case.cumulative),
            at,
            label,
            self.lang.translate("Report", "Cash flow in the year"),
            self.lang.translate("Report", "Cumulative"),
            self.lang.translate("Report", "Year"),
            self.ml,
            self.currency,
        )

    def category_label(self, key: str) -> str:
        return self.lang.translate("Figures", COLUMN_WORDS[key])

    def waterfall_chart(self) -> WaterfallChart:
        steps = []
        for step in self.figures.waterfall:
            low, high = sorted((step.start, step.end))
            kind = "total" if step.total else "down" if step.change < 0 else "up"
            label = (
                step.key.split(":", 1)[1] if step.key.startswith("policy:") else self.style.text(step.label)
            )
            amount = step.end if step.total else step.change
            label = _short(label) if step.key == "origin" else label
            steps.append(
                WaterfallStep(label, self.convert(low), self.convert(high), kind, self.convert(amount))
            )
        return WaterfallChart(
            "waterfall",
            self.lang.translate("Report", "From today's annual cost to the net cost after the move (year 1)"),
            tuple(steps),
            self.ml,
            self.currency,
        )

    def cost_chart(self) -> CostChart:
        sites = self.ev.sites
        return CostChart(
            "costs",
            self.lang.translate("Report", "Operating cost in year 1 by site"),
            tuple(_short(self.name(s)) for s in sites),
            tuple(self.category_label(k) for k in COST_KEYS),
            tuple(tuple(self.convert(getattr(s.table, k)[1]) for s in sites) for k in COST_KEYS),
            tuple(self.convert(s.table.net[1]) for s in sites),
            self.lang.translate("Report", "Net of incentives"),
            self.ml,
            self.currency,
        )

    def input_label(self, label_zh: str, label_en: str) -> str:
        return self.lang.pick(label_zh, label_en)

    def tornado_rows(self) -> list:
        assert self.tornado is not None
        return [bar for bar in self.tornado.bars if bar.swing >= NEGLIGIBLE_SWING]

    def tornado_chart(self) -> TornadoChart:
        assert self.tornado is not None
        rows = tuple(
            TornadoRowData(
                self.input_label(bar.label_zh, bar.label_en),
                self.convert(bar.npv_at_low),
                self.convert(bar.npv_at_high),
                self.value_text(bar.low, bar.unit),
                self.value_text(bar.high, bar.unit),
            )
            for bar in self.tornado_rows()[:TORNADO_BARS]
        )
        return TornadoChart(
            "tornado",
            self.lang.translate("Report", "Sensitivity: NPV with each input at its low and high estimate"),
            self.convert(self.tornado.base_npv),
            self.lang.translate("Report", "NPV {value}").format(value=self.money(self.tornado.base_npv)),
            rows,
            self.lang.translate("Report", "Input at its low estimate"),
            self.lang.translate("Report", "Input at its high estimate"),
            self.lang.translate("Report", "Net present value"),
            self.ml,
            self.currency,
        )

    def histogram_chart(self) -> HistogramChart:
        mc = self.monte_carlo
        assert mc is not None
        return HistogramChart(
            "montecarlo",
            self.lang.translate("Report", "Monte Carlo: distribution of the NPV ({samples} samples)").format(
                samples=f"{mc.samples:,}"
            ),
            tuple(self.convert(v) for v in mc.histogram_edges),
            tuple(int(v) for v in mc.histogram_counts),
            ((self.convert(mc.p10), "P10"), (self.convert(mc.p50), "P50"), (self.convert(mc.p90), "P90")),
            self.lang.translate("Report", "Net present value"),
            self.lang.translate("Report", "Samples"),
            self.ml,
            self.currency,
        )

    # --- values and units ----------------------------------------------------------
    def unit_text(self, unit: str) -> str:
        table = {
            "yuan": self.lang.translate("Report", "yuan"),
            "yuan/yr": self.lang.translate("Report", "yuan/yr"),
            "yuan/rack": self.lang.translate("Report", "yuan/rack"),
            "yuan/TB": self.lang.translate("Report", "yuan/TB"),
            "yuan/day": self.lang.translate("Report", "yuan/day"),
            "yuan/person": self.lang.translate("Report", "yuan/person"),
            "yuan/kWh": self.lang.translate("Report", "yuan/kWh"),
            "yuan/rack/month": self.lang.translate("Report", "yuan/rack/month"),
            "yuan/Mbps/month": self.lang.translate("Report", "yuan/Mbps/month"),
            "yuan/person/year": self.lang.translate("Report", "yuan/person/yr"),
            "yuan/kW": self.lang.translate("Report", "yuan/kW"),
            "fraction": "%",
            "fraction/yr": self.lang.translate("Report", "%/yr"),
            "ratio": "",
            "kW": self.lang.translate("Report", "kW"),
            "kW/rack": self.lang.translate("Report", "kW/rack"),
            "Mbps": self.lang.translate("Report", "Mbps"),
            "Mbps/100kW": self.lang.translate("Report", "Mbps per 100 kW"),
            "count": "",
            "persons": self.lang.translate("Report", "persons"),
            "ms": self.lang.translate("Report", "ms"),
            "TB": self.lang.translate("Report", "TB"),
            "days": self.lang.translate("Report", "days"),
            "months": self.lang.translate("Report", "months"),
            "years": self.lang.translate("Report", "years"),
            "CNY/USD": self.lang.translate("Report", "CNY per USD"),
            "tCO2/MWh": self.lang.translate("Report", "tCO2/MWh"),
        }
        return table.get(unit, unit)

    def value_text(self, value: float, unit: str) -> str:
        if unit.startswith("fraction"):
            return format_percent(value, 2 if unit == "fraction/yr" else 1)
        if unit.startswith("yuan") and abs(value) >= 10_000:
            return f"{value:,.0f}"
        if float(value).is_integer():
            return f"{value:,.0f}"
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.2f}"

    def value_cell(self, value: float, unit: str) -> Cell:
        kind = "percent" if unit.startswith("fraction") else "money" if unit.startswith("yuan") else "number"
        return Cell(float(value), self.value_text(value, unit), kind)

    def range_text(self, info: InputInfo) -> str:
        if info.low == info.high:
            return "—"
        return f"{self.value_text(info.low, info.unit)} – {self.value_text(info.high, info.unit)}"

    def note_text(self, note: str) -> str:
        """A provenance note in the report's language when it is a Message (a project's pinned figure)."""
        return translated(note, self.lang.translate)

    def confidence_text(self, confidence: Confidence) -> str:
        return {
            Confidence.OFFICIAL: self.lang.translate("Report", "official"),
            Confidence.OFFICIAL_MIRROR: self.lang.translate("Report", "official (mirror)"),
            Confidence.PRESS: self.lang.translate("Report", "press"),
            Confidence.PRESS_PROMO: self.lang.translate("Report", "press (promotional)"),
            Confidence.ESTIMATE: self.lang.translate("Report", "estimate"),
            Confidence.CLIENT: self.lang.translate("Report", "client data"),
        }[confidence]

    def status_text(self, status: PolicyStatus) -> str:
        word = STATUS_WORDS[status]  # the Policies tab's words, in the report's language
        return self.lang.translate(word.context, word)

    def standing_text(self, policy: Policy) -> str:
        """Where the policy stands on the pack's date: in force, expired, superseded (by), …"""
        if policy.validity is Validity.SUPERSEDED and policy.superseded_by:
            return self.lang.translate(SUPERSEDED_BY.context, SUPERSEDED_BY).format(
                policy=policy.superseded_by
            )
        word = VALIDITY_WORDS[policy.validity]
        return self.lang.translate(word.context, word)

    # --- tables ---------------------------------------------------------------------
    def tables(self) -> dict[str, Table]:
        tables = {
            "kpis": self.kpi_table(),
            "inputs": self.inputs_table(),
            "settings": self.settings,
            "assumptions": self.assumptions_table(),
            "policies": self.policies_table(),
        }
        for site in self.ev.sites:
            tables[f"annual:{site.id}"] = self.annual_table(site)
        tables["cashflows"] = self.cashflow_table()
        tables["incentives"] = self.incentives_table()
        tables["model_inputs"] = self.model_inputs_table()
        tables["latency"] = self.latency_table()
        if self.tornado is not None:
            tables["tornado"] = self.tornado_table()
        if self.monte_carlo is not None:
            tables["montecarlo"] = self.monte_carlo_table()
        return tables

    def kpi_table(self) -> Table:
        rows = tuple(
            (
                Cell(k.label, k.label),
                Cell(k.amount, k.value, KPI_KINDS.get(k.key, "number"))
                if k.amount is not None
                else Cell(None, k.value),
                Cell(k.unit, k.unit),
                Cell(k.value, k.value),
                Cell(k.detail, k.detail),
            )
            for k in self.kpis()
        )
        columns = (
            Column("label", self.lang.translate("Report", "Figure"), weight=2),
            Column(
                "amount", self.lang.translate("Report", "Exact value"), "number", weight=1.5, in_pdf=False
            ),
            Column("unit", self.lang.translate("Report", "Unit"), weight=1, in_pdf=False),
            Column("value", self.lang.translate("Report", "Value"), weight=1.2),
            Column("detail", self.lang.translate("Report", "Detail"), weight=3),
        )
        return Table(
            "kpis",
            self.lang.translate("Report", "Key figures"),
            columns,
            rows,
            sheet=self.lang.translate("Report", "Summary"),
        )

    def inputs_table(self) -> Table:
        scenario = self.scenario
        text_rows: list[tuple[str, str]] = [
            (self.lang.translate("Report", "Firm"), self.firm_name() or "—"),
            (self.lang.translate("Report", "Moving from"), self.name(self.origin)),
            (self.lang.translate("Report", "Moving to"), self.name(self.dest)),
            (self.lang.translate("Report", "Sites compared"), self.join(self.name(s) for s in self.ev.sites)),
            (self.lang.translate("Report", "Workload"), self.workload_text()),
            (self.lang.translate("Report", "Move date"), scenario.finance.move_date.isoformat()),
            (self.lang.translate("Report", "Horizon"), self.lang.translate("Report", "{years} years").format(years=self.ev.horizon)),
            (self.lang.translate("Report", "Users in"), self.join(
                self.lang.pick(self.pack.user_regions[r].name_zh, self.pack.user_regions[r].name_en)
                if r in self.pack.user_regions else r for r in scenario.firm.user_regions) or "—"),
            (self.lang.translate("Report", "Policies counted"), self.join(c.policy_id for c in scenario.policies) or "—"),
        ]  # fmt: skip
        self.settings = Table(
            "settings",
            self.lang.translate("Report", "The case"),
            (
                Column("item", self.lang.translate("Report", "Item"), weight=1.2),
                Column("value", self.lang.translate("Report", "Value"), weight=4),
            ),
            tuple((Cell(label, label), Cell(value, value)) for label, value in text_rows),
            sheet=self.lang.translate("Report", "Inputs"),
        )
        rows: list[tuple[Cell, ...]] = []
        for info in self.ev.inputs:
            if not info.overridden:
                continue
            source = info.provenance.source_in(self.lang.code) if info.provenance else ""
            if source == "scenario":
                source = self.lang.translate("Report", "set in this scenario")
            note = info.provenance.note_in(self.lang.code) if info.provenance else ""
            if note:
                source = f"{source}; {self.note_text(note)}"
            unit = self.unit_text(info.unit)
            rows.append(
                (
                    Cell(
                        self.input_label(info.label_zh, info.label_en),
                        self.input_label(info.label_zh, info.label_en),
                    ),
                    self.value_cell(info.value, info.unit),
                    Cell(unit, unit),
                    Cell(self.range_text(info), self.range_text(info)),
                    Cell(source, source),
                )
            )
        columns = (
            Column("input", self.lang.translate("Report", "Input"), weight=2.6),
            Column("value", self.lang.translate("Report", "Value"), "number", weight=1.3),
            Column("unit", self.lang.translate("Report", "Unit"), weight=1.2),
            Column("range", self.lang.translate("Report", "Range"), weight=1.5),
            Column("source", self.lang.translate("Report", "Source"), weight=3.4),
        )
        return Table(
            "inputs",
            self.lang.translate("Report", "Inputs of this scenario"),
            columns,
            tuple(rows),
            note=self.lang.translate(
                "Report", "Every figure not listed here comes from the data pack: see the assumptions."
            ),
            sheet=self.lang.translate("Report", "Inputs"),
        )

    def assumptions_table(self) -> Table:
        rows = []
        for info in self.ev.inputs:
            if info.overridden or info.provenance is None:
                continue
            prov = info.provenance
            label = self.input_label(info.label_zh, info.label_en)
            unit = self.unit_text(info.unit)
            confidence = self.confidence_text(prov.confidence)
            # the pack's texts in the report's language: source_zh / note_zh in Chinese where given
            source, note = prov.source_in(self.lang.code), self.note_text(prov.note_in(self.lang.code))
            source_text = f"{source} ({prov.as_of})" if prov.as_of else source
            rows.append(
                (
                    Cell(label, label),
                    self.value_cell(info.value, info.unit),
                    Cell(unit, unit),
                    self.value_cell(info.low, info.unit),
                    self.value_cell(info.high, info.unit),
                    Cell(self.range_text(info), self.range_text(info)),
                    Cell(confidence, confidence),
                    Cell(source, source),
                    Cell(prov.as_of, prov.as_of),
                    Cell(source_text, source_text),
                    Cell(note, note),
                    Cell(prov.url, prov.url),
                )
            )
        columns = (
            Column("input", self.lang.translate("Report", "Assumption"), weight=2.4),
            Column("value", self.lang.translate("Report", "Value"), "number", weight=1.1),
            Column("unit", self.lang.translate("Report", "Unit"), weight=1.2),
            Column("low", self.lang.translate("Report", "Low"), "number", in_pdf=False),
            Column("high", self.lang.translate("Report", "High"), "number", in_pdf=False),
            Column("range", self.lang.translate("Report", "Range"), weight=1.5, in_xlsx=False),
            Column("confidence", self.lang.translate("Report", "Confidence"), weight=1.1),
            Column("source", self.lang.translate("Report", "Source"), in_pdf=False),
            Column("as_of", self.lang.translate("Report", "As of"), in_pdf=False),
            Column(
                "source_as_of", self.lang.translate("Report", "Source (as of)"), weight=4.2, in_xlsx=False
            ),
            Column("note", self.lang.translate("Report", "Note"), in_pdf=False),
            Column("url", self.lang.translate("Report", "Link"), in_pdf=False),
        )
        return Table(
            "assumptions",
            self.lang.translate("Report", "Assumptions from the data pack, with their sources"),
            columns,
            tuple(rows),
            note=self.lang.translate(
                "Report",
                "Confidence: official = a government document; press = a press report; estimate = our own figure, reasoned in the note. The range is used by the risk analysis.",
            ),
            sheet=self.lang.translate("Report", "Assumptions"),
        )

    def policies_table(self) -> Table:
        rows = []
        order = {s: i for i, s in enumerate((
            PolicyStatus.ELIGIBLE, PolicyStatus.NOT_QUANTIFIED, PolicyStatus.UNKNOWN,
            PolicyStatus.NOT_ELIGIBLE, PolicyStatus.NOT_APPLICABLE, PolicyStatus.EXPIRED))}  # fmt: skip
        for result in sorted(self.ev.policies, key=lambda p: (order[p.status], -abs(p.total))):
            policy = self.pack.policies.get(result.policy_id)
            title = self.lang.pick(result.title_zh, result.title_en)
            issuer = self.lang.pick(policy.issuer_zh, policy.issuer_en) if policy else ""
            doc = policy.doc_number if policy else ""
            status = self.status_text(result.status)
            reason = self.lang.pick(result.reason_zh, result.reason_en)
            confidence = self.confidence_text(policy.confidence) if policy else ""
            verified = (
                policy.last_verified.isoformat()
                if policy and policy.last_verified
                else self.lang.translate("Report", "not re-checked")
                if policy
                else ""
            )
            standing = self.standing_text(policy) if policy else ""
            in_force = policy is None or policy.validity is Validity.IN_FORCE
            shown = f"{title}\n{issuer}" if issuer else title
            shown = shown if in_force else f"{shown}\n({standing})"
            sources = (
                "; ".join(f"{s.title_in(self.lang.code)} {s.url}".strip() for s in policy.sources)
                if policy
                else ""
            )
            rows.append(
                (
                    Cell(result.policy_id, result.policy_id),
                    Cell(doc, doc or "—"),
                    Cell(title, title),
                    Cell(issuer, issuer),
                    Cell(shown, shown),
                    Cell(standing, standing),
                    Cell(status, status),
                    self.money_cell(result.total),
                    self.money_cell(result.present_value),
                    Cell(reason, reason),
                    Cell(confidence, confidence),
                    Cell(verified, verified),
                    Cell(sources, sources),
                )
            )
        columns = (
            Column("id", self.lang.translate("Report", "Id"), weight=0.6),
            Column("doc", self.lang.translate("Report", "Document no."), weight=1.7),
            Column("title", self.lang.translate("Report", "Policy"), in_pdf=False),
            Column("issuer", self.lang.translate("Report", "Issued by"), in_pdf=False),
            Column("policy", self.lang.translate("Report", "Policy and issuer"), weight=3.0, in_xlsx=False),
            Column("standing", self.lang.translate("Report", "Policy status"), in_pdf=False),
            Column("status", self.lang.translate("Report", "Status"), weight=1.3),
            Column("total", self.lang.translate("Report", "Over the horizon"), "money", weight=1.2),
            Column("pv", self.lang.translate("Report", "Present value"), "money", weight=1.2),
            Column("reason", self.lang.translate("Report", "Why"), weight=2.4),
            Column("confidence", self.lang.translate("Report", "Confidence"), in_pdf=False),
            Column("verified", self.lang.translate("Report", "Last checked"), in_pdf=False),
            Column("sources", self.lang.translate("Report", "Sources"), in_pdf=False),
        )
        return Table(
            "policies",
            self.lang.translate("Report", "Policies counted in the case"),
            columns,
            tuple(rows),
            note=self.lang.translate(
                "Report",
                "Values are the effect on the case: received at the destination, less charges at the origin. A policy counts only when every condition is met.",
            ),
            sheet=self.lang.translate("Report", "Policies"),
        )

    def annual_table(self, site: SiteResult) -> Table:
        table = site.table
        keys = AnnualTable.COLUMNS
        rows = tuple(
            (
                Cell(int(year), str(int(year)), "year"),
                *(self.table_money(float(getattr(table, k)[t])) for k in keys),
            )
            for t, year in enumerate(self.ev.years)
        )
        columns = (
            Column("year", self.lang.translate("Report", "Year"), "year", weight=0.6),
            *(Column(k, self.category_label(k), "money", optional=k in OPTIONAL_COLUMNS) for k in keys),
        )
        role = (
            self.lang.translate("Report", "origin") if site.is_origin
            else self.lang.translate("Report", "destination") if site.is_destination
            else self.lang.translate("Report", "comparison")
        )  # fmt: skip
        return Table(
            f"annual:{site.id}",
            self.lang.translate("Report", "Annual table: {site} ({role})").format(
                site=self.name(site), role=role
            ),
            columns,
            rows,
            **self.unit_notes(
                self.lang.translate(
                    "Report",
                    "In {unit}. Net cost = operating cost + investment − incentives − tax relief.",
                )
            ),
            sheet=_short(self.name(site)),
        )

    def cashflow_table(self) -> Table:
        case = self.case
        fields = CASH_FLOW_FIELDS
        rows = tuple(
            (
                Cell(row.year, str(row.year), "year"),
                *(self.table_money(row.signed(f)) for f in fields),
            )
            for row in self.figures.cash_flows
        )
        words = {
            "savings": self.lang.translate("Report", "Saving before incentives"),
            "investment": self.lang.translate("Report", "Investment"),
            "incentives": self.lang.translate("Report", "Incentives received"),
            "tax": self.lang.translate("Figures", COLUMN_WORDS["tax"]),
            "one_off": self.lang.translate("Report", "One-off costs"),
            "cash_flow": self.lang.translate("Report", "Cash flow"),
            "cumulative": self.lang.translate("Report", "Cumulative"),
            "discounted": self.lang.translate("Report", "Discounted"),
        }
        columns = (
            Column("year", self.lang.translate("Report", "Year"), "year", weight=0.6),
            *(Column(f, words[f], "money", optional=f in OPTIONAL_CASH_FLOW_FIELDS) for f in fields),
        )
        return Table(
            "cashflows",
            self.lang.translate("Report", "Cash flows of the case {origin} → {destination}").format(
                origin=self.name(self.origin), destination=self.name(self.dest)
            ),
            columns,
            rows,
            **self.unit_notes(
                self.lang.translate(
                    "Report",
                    "In {unit}. Cash flow = saving + investment (self-build: the origin's less the new site's) + incentives + tax relief − one-off costs (year 0, less any sale of the origin facility) and parallel running (year 1). NPV = sum of the discounted cash flows = {npv}.",
                ),
                npv=self.money(case.npv),
            ),
            sheet=self.lang.translate("Report", "Cash flows"),
        )

    def policy_incentives(self) -> list[tuple[str, str, np.ndarray]]:
        """Each chosen policy's incentives in the case by year (destination less origin), tax relief apart.

        Charges (surcharges at the origin) are left out: the engine counts them
        in the operating cost, so avoiding them is part of the saving.
        """
        return [
            (line.policy_id, self.lang.pick(line.title_zh, line.title_en), line.incentives)
            for line in self.figures.policies
            if np.any(line.incentives)
        ]

    def incentives_table(self) -> Table:
        case = self.case
        paying = self.policy_incentives()
        extra = self.ev.extra_incentive
        columns = [Column("year", self.lang.translate("Report", "Year"), "year", weight=0.6)]
        columns += [Column(f"policy:{policy_id}", policy_id, "money") for policy_id, _, _ in paying]
        if np.any(extra):
            columns.append(Column("extra", self.lang.translate("Report", "Extra (what-if)"), "money"))
        columns.append(Column("total", self.lang.translate("Report", "Total"), "money"))
        if np.any(case.tax):
            columns.append(Column("tax", self.lang.translate("Figures", COLUMN_WORDS["tax"]), "money"))
        rows = []
        for t in range(len(case.cash_flows)):
            row = [Cell(int(t), str(int(t)), "year")]
            row += [self.table_money(float(amounts[t])) for _, _, amounts in paying]
            if np.any(extra):
                row.append(self.table_money(float(extra[t])))
            row.append(self.table_money(float(case.incentives[t])))
            if np.any(case.tax):
                row.append(self.table_money(float(case.tax[t])))
            rows.append(tuple(row))
        legend = "; ".join(f"{policy_id}: {title}" for policy_id, title, _ in paying)
        notes = self.unit_notes(
            self.lang.translate(
                "Report",
                "In {unit}: incentives received at the destination less those at the origin, by year; tax relief (profit-based benefits) in its own column, not in the total. Charges at the origin that the move avoids count in the saving, not here.",
            )
        )
        return Table(
            "incentives",
            self.lang.translate("Report", "Incentives by policy and year"),
            tuple(columns),
            tuple(rows),
            note=" ".join(filter(None, (notes["note"], legend))),
            sheet=self.lang.translate("Report", "Incentives"),
            exact_note=" ".join(filter(None, (notes["exact_note"], legend))),
        )

    def tornado_table(self) -> Table:
        assert self.tornado is not None
        rows = []
        for bar in self.tornado_rows():
            label = self.input_label(bar.label_zh, bar.label_en)
            unit = self.unit_text(bar.unit)
            rows.append(
                (
                    Cell(label, label),
                    Cell(unit, unit),
                    self.value_cell(bar.low, bar.unit),
                    self.value_cell(bar.high, bar.unit),
                    self.money_cell(bar.npv_at_low),
                    self.money_cell(bar.npv_at_high),
                    self.money_cell(bar.swing),
                )
            )
        columns = (
            Column("input", self.lang.translate("Report", "Input"), weight=3.0),
            Column("unit", self.lang.translate("Report", "Unit"), weight=1.2),
            Column("low", self.lang.translate("Report", "Low"), "number"),
            Column("high", self.lang.translate("Report", "High"), "number"),
            Column("npv_low", self.lang.translate("Report", "NPV at low"), "money", weight=1.2),
            Column("npv_high", self.lang.translate("Report", "NPV at high"), "money", weight=1.2),
            Column("swing", self.lang.translate("Report", "Swing"), "money", weight=1.2),
        )
        return Table(
            "tornado",
            self.lang.translate("Report", "Sensitivity of the NPV, largest swing first"),
            columns,
            tuple(rows),
            note=self.lang.translate(
                "Report",
                "Each input moved alone to its low and high estimate; all others at their values. Base NPV {npv}.",
            ).format(npv=self.money(self.tornado.base_npv)),
            sheet=self.lang.translate("Report", "Risk"),
        )

    def monte_carlo_table(self) -> Table:
        mc = self.monte_carlo
        assert mc is not None
        items = [
            (self.lang.translate("Report", "Samples"), Cell(mc.samples, f"{mc.samples:,}", "int")),
            (self.lang.translate("Report", "Random seed"), Cell(mc.seed, str(mc.seed), "int")),
            (
                self.lang.translate("Report", "Uncertain inputs drawn"),
                Cell(len(mc.drawn), str(len(mc.drawn)), "int"),
            ),
            (self.lang.translate("Report", "Mean NPV"), self.money_cell(mc.mean)),
            (self.lang.translate("Report", "Standard deviation"), self.money_cell(mc.std)),
            (self.lang.translate("Report", "P10 (9 in 10 cases are above)"), self.money_cell(mc.p10)),
            (self.lang.translate("Report", "P50 (median)"), self.money_cell(mc.p50)),
            (self.lang.translate("Report", "P90 (1 in 10 cases is above)"), self.money_cell(mc.p90)),
            (
                self.lang.translate("Report", "Probability that the NPV is positive"),
                Cell(mc.probability_positive, format_percent(mc.probability_positive), "percent"),
            ),
        ]
        columns = (
            Column("figure", self.lang.translate("Report", "Figure"), weight=3),
            Column("value", self.lang.translate("Report", "Value"), "number", weight=2),
            Column("unit", self.lang.translate("Report", "Unit"), in_pdf=False),
        )
        units = {"money": self.exact_unit, "percent": "%"}
        return Table(
            "montecarlo",
            self.lang.translate("Report", "Monte Carlo simulation of the NPV"),
            columns,
            tuple(
                (Cell(label, label), cell, Cell(units.get(cell.kind, ""), units.get(cell.kind, "")))
                for label, cell in items
            ),
            note=self.lang.translate(
                "Report",
                "Every uncertain input drawn independently from a triangular distribution (low, value, high).",
            ),
            sheet=self.lang.translate("Report", "Risk"),
        )

    # --- latency (cost-model.md 7.5) ---------------------------------------------------
    def latency_words(self, kind: LatencyKind) -> str:
        """The words "round-trip estimate" or "official claim (one-way)" in the report's language."""
        words = LATENCY_KIND_WORDS[kind]
        return self.lang.translate(words.context, words)

    def latency_table(self) -> Table:
        """Each site's round-trip estimate per user region; beside it, any official claim and its source."""
        rows = []
        for site in self.ev.sites:
            for result in site.latency:
                region = self.lang.pick(result.name_zh, result.name_en)
                claims = official_claims(self.pack.hub_facts, site.id, result.region)
                sources = "; ".join(
                    f"{citation(fact, language=self.lang.code)} ({fact.provenance.as_of})" for fact in claims
                )
                verdict = LATENCY_VERDICT_WORDS[result.verdict]
                verdict_text = self.lang.translate(verdict.context, verdict)
                span = self._ms_range(result.low_ms, result.high_ms)
                rows.append(
                    (
                        Cell(self.name(site), self.name(site)),
                        Cell(region, region),
                        self._ms_cell(result.latency_ms),
                        Cell(span, span),
                        self._ms_cell(result.budget_ms),
                        Cell(verdict_text, verdict_text),
                        self._ms_cell(claims[0].value if claims else None),
                        Cell(sources, sources or "—"),
                    )
                )
        ms = self.lang.translate("Report", "{kind}, ms")
        estimate = _capital(self.latency_words(LatencyKind.ROUND_TRIP_ESTIMATE))
        claim = _capital(self.latency_words(LatencyKind.OFFICIAL_CLAIM))
        span = self.lang.translate("Report", "Range of the round-trip estimate")
        budget = self.lang.translate("Report", "Latency budget (round trip), ms")
        columns = (
            Column("site", self.lang.translate("Report", "Site"), weight=1.3),
            Column("region", self.lang.translate("Report", "User region"), weight=1.8),
            Column("estimate", ms.format(kind=estimate), "number", weight=1.3),
            Column("range", ms.format(kind=span), weight=1.4),
            Column("budget", budget, "number", weight=1.2),
            Column("verdict", self.lang.translate("Report", "Verdict"), weight=1.0),
            Column("claim", ms.format(kind=claim), "number", weight=1.3),
            Column("claim_source", self.lang.translate("Report", "Source of the official claim"), weight=3.0),
        )
        return Table(
            "latency",
            self.lang.translate("Report", "Latency: round-trip estimates and official claims"),
            columns,
            tuple(rows),
            note=self.lang.translate(LATENCY_KIND_NOTE.context, LATENCY_KIND_NOTE),
            sheet=self.lang.translate("Report", "Latency"),
        )

    def _ms_cell(self, value: float | None) -> Cell:
        return Cell(None, "—") if value is None else Cell(float(value), ms_text(value), "number")

    def _ms_range(self, low: float | None, high: float | None) -> str:
        if low is None or high is None:
            return "—"
        return ms_text(low) if low == high else f"{ms_text(low)} – {ms_text(high)}"

    def latency_sections(self, tables: dict[str, Table]) -> list[Section]:
        """The latency table on the policies' page, when the firm's users are placed anywhere."""
        if not tables["latency"].rows:
            return []
        return [Section("latency", self.lang.translate("Report", "Latency"), (), (tables["latency"],), False)]

    # --- the PDF's order ---------------------------------------------------------------
    def sections(
        self, tables: dict[str, Table], charts: dict[str, Chart], horizon_line: str, money_line: str,
        pack_line: str, disclaimer: str, app_version: str,
    ) -> tuple[Section, ...]:  # fmt: skip
        sections = [
            Section(
                "inputs", self.lang.translate("Report", "Inputs"), (), (tables["settings"], tables["inputs"])
            ),
            Section(
                "assumptions",
                self.lang.translate("Report", "Assumptions and their sources"),
                (),
                (tables["assumptions"],),
            ),
            Section("policies", self.lang.translate("Report", "Policies"), (), (tables["policies"],)),
            *self.latency_sections(tables),
            Section(
                "annual",
                self.lang.translate("Report", "Annual tables per site"),
                (horizon_line,),
                (charts["costs"], *(tables[f"annual:{s.id}"] for s in self.ev.sites)),
            ),
            Section(
                "cashflows",
                self.lang.translate("Report", "Cash flows and incentives"),
                (),
                (tables["cashflows"], tables["incentives"]),
            ),
        ]
        risk_blocks: list[Table | Chart] = []
        paragraphs = []
        if "tornado" in charts:
            risk_blocks += [charts["tornado"], tables["tornado"]]
        if "montecarlo" in charts:
            risk_blocks += [charts["montecarlo"], tables["montecarlo"]]
            mc = self.monte_carlo
            assert mc is not None
            paragraphs.append(
                self.lang.translate(
                    "Report",
                    "In {share} of {samples} simulated cases the NPV is above zero; 8 in 10 cases lie between {p10} and {p90}.",
                ).format(
                    share=format_percent(mc.probability_positive),
                    samples=f"{mc.samples:,}",
                    p10=self.money(mc.p10),
                    p90=self.money(mc.p90),
                )
            )
        if risk_blocks:
            sections.append(
                Section("risk", self.lang.translate("Report", "Risk"), tuple(paragraphs), tuple(risk_blocks))
            )
        method = (
            pack_line,
            self.lang.translate(
                "Report", "Made with Gui'an Compute Explorer {version}, entirely offline."
            ).format(version=app_version),
            horizon_line,
            money_line,
            self.lang.translate(
                "Report",
                "Operating cost per site and year = energy + space + compute service + network + labour + charges. Energy = IT load × PUE × 8,760 h × electricity price. Saving = cost at the origin − cost at the destination. NPV = Σ cash flow in year t / (1 + r)^t.",
            ),
            disclaimer,
        )
        sections.append(
            Section("about", self.lang.translate("Report", "Data, method and disclaimer"), method, ())
        )
        return tuple(sections)


def _capital(text: str) -> str:
    """A phrase as a heading: its first letter in capitals ("round-trip estimate" -> "Round-trip estimate")."""
    return text[:1].upper() + text[1:]


def rate_text(rate: float) -> str:
    """An exchange rate as printed: 7.20, 6.8512."""
    text = f"{rate:,.4f}".rstrip("0")
    return text + "0" * max(0, 2 - len(text.split(".")[1]))


def _short(name: str) -> str:
    """A name without its bracketed or comma qualifier: "Guangdong (Guangzhou, Shenzhen)" -> "Guangdong"."""
    for mark in ("（", "(", ",", "，"):
        name = name.split(mark)[0]
    return name.strip()
