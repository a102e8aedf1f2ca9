"""The words every part of the investor pack shares: its language, its currency and the case.

``ReportWords`` holds what one report is built from (the Evaluation, the scenario, the pack,
the language, the currency, the risk analyses) and words what every section needs alike:
money in the report's currency, units, values, sources' confidence, a policy's status.
Nothing here computes a business number.
"""

from __future__ import annotations

from explorer.domain.evaluation import (
    COLUMN_WORDS,
    STATUS_WORDS,
    CaseResult,
    Evaluation,
    PolicyStatus,
    SiteResult,
)
from explorer.domain.figure_style import Style
from explorer.domain.figures import case_figures
from explorer.domain.formatting import format_money, format_percent
from explorer.domain.messages import translated
from explorer.domain.model import InputInfo
from explorer.domain.pack import DataPack
from explorer.domain.parameters import Confidence
from explorer.domain.policies import SUPERSEDED_BY, VALIDITY_WORDS, Policy, Validity
from explorer.domain.scenario import MODE_WORDS, Scenario
from explorer.domain.uncertainty import MonteCarlo, Tornado
from explorer.reports.report_structure import Cell, Language


class ReportWords:
    """What one report is built from, and the wordings every part of it shares.

    The parts (report_kpis.py, report_charts.py, ...) are functions of it, taking it as ``w``.
    """

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

    # --- money ------------------------------------------------------------------------
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

    # --- the case in words ---------------------------------------------------------------
    def join(self, items) -> str:
        """A list in running text: "a, b, c" / "a、b、c"."""
        return ("、" if self.lang.is_zh else ", ").join(items)

    def firm_name(self) -> str:
        name = self.scenario.firm.name.strip()
        if " / " in name:
            zh, en = name.split(" / ", 1)
            return self.lang.pick(zh.strip(), en.strip())
        return name

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

    def category_label(self, key: str) -> str:
        return self.lang.translate("Figures", COLUMN_WORDS[key])

    def input_label(self, label: str) -> str:
        """An input's name (a Fields Message, site names inside) in the report's language."""
        return self.style.text(label)

    # --- values, units, sources ---------------------------------------------------------
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


def rate_text(rate: float) -> str:
    """An exchange rate as printed: 7.20, 6.8512."""
    text = f"{rate:,.4f}".rstrip("0")
    return text + "0" * max(0, 2 - len(text.split(".")[1]))


def short_name(name: str) -> str:
    """A name without its bracketed or comma qualifier: "Guangdong (Guangzhou, Shenzhen)" -> "Guangdong"."""
    for mark in ("（", "(", ",", "，"):
        name = name.split(mark)[0]
    return name.strip()
