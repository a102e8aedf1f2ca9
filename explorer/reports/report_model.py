"""The investor pack's content, built once from plain data and shared by every writer. No Qt.

``build_report(evaluation, scenario, pack, language, ...)`` reads the engine's
Evaluation (and the risk analyses, if given) and returns a ``Report``: texts in
the report's language, tables whose cells carry both the exact number (for
Excel) and the text shown (for the PDF), and the data of each chart. Nothing
here computes a business number: every figure is read from the Evaluation,
the Tornado or the MonteCarlo and only formatted.

``language`` is any object with ``translate(context, text)``, ``pick(zh, en)``,
``is_zh``, ``money_language`` and ``code`` (``explorer.reports.language.ReportLanguage``).

This module puts the report together (the cover, the texts, the PDF's order of sections);
each part has its own room, all reading the shared ``ReportWords`` (report_words.py):

* report_structure.py: the plain data (``Report``, ``Section``, ``Table``, ``Cell``, the charts);
* report_kpis.py: the key figures; report_charts.py: the charts' data;
* report_inputs.py: the case, the inputs and the assumptions with their sources;
* report_cashflows.py: the annual tables, cash flows and incentives by year;
* report_risk.py: the tornado and Monte Carlo tables; report_latency.py: the latency table;
* report_policies.py: the policies table.

Every name other modules import from here is re-exported (the ``X as X`` imports).
"""

from __future__ import annotations

import datetime as dt

from explorer import __version__
from explorer.domain.evaluation import Evaluation
from explorer.domain.formatting import format_percent
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Scenario
from explorer.domain.uncertainty import MonteCarlo, Tornado
from explorer.reports.errors import ExportError
from explorer.reports.report_cashflows import annual_table, cashflow_table, incentives_table
from explorer.reports.report_charts import (
    cashflow_chart,
    cost_chart,
    histogram_chart,
    tornado_chart,
    waterfall_chart,
)
from explorer.reports.report_inputs import assumptions_table, case_table, inputs_table, model_inputs_table
from explorer.reports.report_kpis import kpi_table, kpis
from explorer.reports.report_latency import latency_sections, latency_table
from explorer.reports.report_policies import policies_table
from explorer.reports.report_risk import monte_carlo_table, tornado_table

# The report's data is re-exported: the writers import it from here ("X as X" marks a re-export).
from explorer.reports.report_structure import CashFlowChart as CashFlowChart
from explorer.reports.report_structure import Cell as Cell
from explorer.reports.report_structure import Chart as Chart
from explorer.reports.report_structure import Column as Column
from explorer.reports.report_structure import CostChart as CostChart
from explorer.reports.report_structure import HistogramChart as HistogramChart
from explorer.reports.report_structure import Kpi as Kpi
from explorer.reports.report_structure import Language as Language
from explorer.reports.report_structure import Report as Report
from explorer.reports.report_structure import Section as Section
from explorer.reports.report_structure import Table as Table
from explorer.reports.report_structure import TornadoChart as TornadoChart
from explorer.reports.report_structure import TornadoRowData as TornadoRowData
from explorer.reports.report_structure import WaterfallChart as WaterfallChart
from explorer.reports.report_structure import WaterfallStep as WaterfallStep
from explorer.reports.report_words import ReportWords
from explorer.reports.report_words import rate_text as rate_text

CURRENCIES = ("CNY", "USD")


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


class _Builder(ReportWords):
    """One report: its parts, its texts and the PDF's order."""

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
            "cashflow": cashflow_chart(self),
            "waterfall": waterfall_chart(self),
            "costs": cost_chart(self),
        }
        if self.tornado is not None:
            charts["tornado"] = tornado_chart(self)
        if self.monte_carlo is not None:
            charts["montecarlo"] = histogram_chart(self)
        tables = self.tables()
        key_figures = kpis(self)
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
            kpis=key_figures,
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

    def tables(self) -> dict[str, Table]:
        tables = {
            "kpis": kpi_table(self),
            "inputs": inputs_table(self),
            "settings": case_table(self),
            "assumptions": assumptions_table(self),
            "policies": policies_table(self),
        }
        for site in self.ev.sites:
            tables[f"annual:{site.id}"] = annual_table(self, site)
        tables["cashflows"] = cashflow_table(self)
        tables["incentives"] = incentives_table(self)
        tables["model_inputs"] = model_inputs_table(self)
        tables["latency"] = latency_table(self)
        if self.tornado is not None:
            tables["tornado"] = tornado_table(self)
        if self.monte_carlo is not None:
            tables["montecarlo"] = monte_carlo_table(self)
        return tables

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
            *latency_sections(self, tables),
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
