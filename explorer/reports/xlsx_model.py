"""The workbook's auditable model: the case recomputed by live Excel formulas. No Qt.
One module because the Model sheet's formulas refer by name and row to what it writes on the Inputs
sheet (defined names, engine rows, cached values): the names, the rows and the formulas are laid out
together, or a reference breaks without an error.

``add_model(workbook, report, inputs_sheet, ...)`` writes two things:

* on the *Inputs* sheet, below the report's tables, **every input the Model sheet
  uses** (name, value, unit, source), each value cell with a workbook-level defined
  name (``dest_electricity_price``, ``discount_rate`` …), then the engine's
  **incentives, tax relief and charges per site and year** (the policy rules are
  not re-implemented in Excel: those rows are copied from the engine, and say so);
* a *Model* sheet on which the case is recomputed from those inputs by formulas:
  per site energy (kWh and yuan, with escalation), space (cost-model.md 7.1:
  racks = ROUNDUP(P_it / D), rent x MAX(1, D / D_ref) x 12; self-build 7.2: upkeep,
  capex spread over the build period from t = 0, residual value at H, the origin's
  rebuild at the end of its remaining life, salvage), compute-service fee, network,
  labour with escalation, charges, operating cost, investment, incentives, tax
  relief and net cost; then the case's cash flows, NPV with Excel's own NPV()
  (``CF0 + NPV(r, CF1..CFH)``: Excel's NPV discounts its first value), IRR() and the
  payback in months.

The formulas are built only from our own tokens: defined names made from the
model's field names and the site's role (origin, dest, site3 …), cell references
and numbers. Text from a file or a user (site names, sources) is only ever written
as a text cell, never inside a formula.

openpyxl writes formulas without results. ``cached_values`` records, for each formula
cell, the engine's figure (or the same arithmetic on the engine's figures, for helper
rows), and ``inject_cached_values`` writes them into the saved file, so a viewer that
does not recalculate shows the engine's numbers; Excel recalculates on opening
(``fullCalcOnLoad``). A test recalculates the workbook with an independent evaluator
(the ``formulas`` package) and compares with the engine, to the yuan.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

import numpy as np
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName

from explorer.domain.energy import HOURS_PER_YEAR
from explorer.domain.evaluation import Evaluation, SiteResult
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.reports.report_model import Report, rate_text

MODEL_INPUTS_KEY = "model_inputs"  # the report table of every input, with unit and source
# its columns: path, label, value, unit (words), source, as of, confidence, unit (id)
INPUT_COLUMNS = ("name", "input", "value", "unit", "source", "as_of", "confidence")
FIRST_YEAR_COLUMN = 4  # D: year 0 on the Model sheet and in the engine's per-year rows
HEADER_FILL = PatternFill("solid", fgColor="E9F3EF")
INPUT_FONT = Font(color="1F4E9E")  # inputs in blue, formulas in black: the usual convention
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=12)
MUTED = Font(italic=True, color="6B7280", size=9)
MONEY = "#,##0.00"
PERCENT = "0.00%"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

Cache = dict[str, Any]  # coordinate -> the value a formula gives


def model_texts(lang) -> dict[str, str]:
    """The Model sheet's words in the report's language (``lang`` as in report_model)."""
    t = {
        "model_sheet": lang.translate("Report", "Model"),
        "model_title": lang.translate("Report", "The case recomputed by Excel formulas"),
        "model_units": lang.translate(
            "Report",
            "Computed in yuan by live formulas from the Inputs sheet (blue on that sheet); Excel recalculates them when the workbook opens. Change an input there and every line here follows.",
        ),
        "model_engine": lang.translate(
            "Report",
            "Incentives, tax relief and charges are the engine's amounts per site and year, copied to the Inputs sheet: the policy rules themselves (eligibility, caps, stacking, payout lag) are not re-implemented in Excel, so they do not follow a changed input.",
        ),
        "model_npv_note": lang.translate(
            "Report",
            "NPV = CF0 + NPV(r, CF1…CFH): Excel's NPV() discounts its first value by one year, so year 0 is added undiscounted.",
        ),
        "inputs_title": lang.translate("Report", "Inputs of the Model sheet"),
        "inputs_note": lang.translate(
            "Report",
            "Each value has the defined name in the first column; the Model sheet's formulas use these names. Money in yuan.",
        ),
        "engine_title": lang.translate(
            "Report", "Incentives, tax relief and charges per site and year (from the engine)"
        ),
        "engine_note": lang.translate(
            "Report",
            "In yuan, as the engine counts them for the chosen policies (incentives here exclude the what-if extra incentive, which the Model sheet adds from its input). Not formulas: the rules are not re-implemented in Excel.",
        ),
        "name": lang.translate("Report", "Name"),
        "site": lang.translate("Report", "Site"),
        "input": lang.translate("Report", "Input"),
        "value": lang.translate("Report", "Value"),
        "unit": lang.translate("Report", "Unit"),
        "source": lang.translate("Report", "Source"),
        "as_of": lang.translate("Report", "As of"),
        "confidence": lang.translate("Report", "Confidence"),
        "currency_usd": lang.translate(
            "Report",
            "Amounts in yuan (CNY), as the inputs are; the net present value is also given in USD at {rate} CNY per USD.",
        ),
        "line": lang.translate("Report", "Line"),
        "year": lang.translate("Report", "Year"),
        "yuan": lang.translate("Report", "yuan"),
        "kWh": lang.translate("Report", "kWh"),
        "kW": lang.translate("Report", "kW"),
        "Mbps": lang.translate("Report", "Mbps"),
        "racks": lang.translate("Report", "racks"),
        "years": lang.translate("Report", "years"),
        "months": lang.translate("Report", "months"),
        "factor": lang.translate("Report", "factor"),
        "flag": lang.translate("Report", "1 = yes"),
        "per_year": lang.translate("Report", "per year"),
        "usd": lang.translate("Report", "USD"),
        # common lines
        "common": lang.translate("Report", "The workload"),
        "it_load": lang.translate("Report", "IT load"),
        "racks_line": lang.translate("Report", "Racks = ROUNDUP(IT load / rack density)"),
        "bandwidth": lang.translate("Report", "Bandwidth"),
        "horizon": lang.translate("Report", "Horizon"),
        "operating": lang.translate("Report", "Operating year (1 from year 1)"),
        "growth_p": lang.translate("Report", "Electricity escalation (1 + e_p)^(t − 1)"),
        "growth_w": lang.translate("Report", "Wage escalation (1 + e_w)^(t − 1)"),
        "discount": lang.translate("Report", "Discount factor 1 / (1 + r)^t"),
        "build_years": lang.translate("Report", "Build period in years"),
        "rebuild_year": lang.translate("Report", "Year the origin facility is rebuilt"),
        # per site
        "origin": lang.translate("Report", "origin"),
        "destination": lang.translate("Report", "destination"),
        "comparison": lang.translate("Report", "comparison"),
        "site_heading": lang.translate("Report", "{site} ({role})"),
        "kwh_line": lang.translate("Report", "Facility energy = IT load × PUE × 8,760 h"),
        "energy": lang.translate("Report", "Energy = kWh × price × escalation"),
        "space": lang.translate("Report", "Space = racks × rent × MAX(1, D / D_ref) × 12"),
        "facility": lang.translate("Report", "Facility = build cost × IT load"),
        "upkeep": lang.translate("Report", "Space (upkeep) = maintenance rate × facility"),
        "service_fee": lang.translate("Report", "Compute service = margin × (energy + space)"),
        "network": lang.translate("Report", "Network = bandwidth × price × 12"),
        "labour": lang.translate("Report", "Labour = staff × wage × (1 + on-cost) × escalation"),
        "charges": lang.translate("Report", "Charges (engine)"),
        "opex": lang.translate("Report", "Operating cost"),
        "investment_origin": lang.translate(
            "Report", "Investment: the facility rebuilt at the end of its life"
        ),
        "investment_dest": lang.translate(
            "Report", "Investment: capex over the build period, less the residual value at H"
        ),
        "incentives": lang.translate("Report", "Incentives (engine)"),
        "incentives_extra": lang.translate("Report", "Incentives (engine) + extra incentive"),
        "tax": lang.translate("Report", "Tax relief (engine)"),
        "net": lang.translate("Report", "Net cost = operating cost + investment − incentives − tax relief"),
        # the case
        "case_heading": lang.translate("Report", "The case {origin} → {destination}"),
        "saving": lang.translate("Report", "Saving before incentives (origin − destination operating cost)"),
        "one_off_total": lang.translate("Report", "One-off costs of the move"),
        "one_off": lang.translate("Report", "One-off costs (year 0)"),
        "parallel_total": lang.translate(
            "Report", "Parallel running = origin operating cost in year 1 × months / 12"
        ),
        "parallel": lang.translate("Report", "Parallel running (year 1)"),
        "salvage_total": lang.translate(
            "Report", "Sale of the origin facility = salvage share × its facility"
        ),
        "salvage": lang.translate("Report", "Sale of the origin facility (year 0)"),
        "cash_flow": lang.translate("Report", "Cash flow = origin net − destination net + the lines above"),
        "cumulative": lang.translate("Report", "Cumulative"),
        "discounted": lang.translate("Report", "Discounted"),
        "negative_so_far": lang.translate("Report", "Cumulative below zero so far"),
        "recovered": lang.translate("Report", "Recovered in this year"),
        "payback_months": lang.translate("Report", "Payback if in this year"),
        "results": lang.translate("Report", "Results"),
        "npv": lang.translate("Report", "Net present value = CF0 + NPV(r, CF1…CFH)"),
        "npv_check": lang.translate("Report", "Check: sum of the discounted cash flows"),
        "irr": lang.translate("Report", "Internal rate of return = IRR(CF0…CFH)"),
        "payback": lang.translate("Report", "Payback (0 = immediate; #N/A = not within the horizon)"),
        "npv_usd": lang.translate("Report", "Net present value in USD at the exchange rate"),
        "irr_engine": lang.translate(
            "Report",
            "The engine finds no single IRR for these cash flows (no sign change, or several rates): Excel's IRR() may show an error or one of the rates.",
        ),
    }
    return {f"model:{key}": value for key, value in t.items()}


# --- names of the inputs -----------------------------------------------------------------


def _site_roles(evaluation: Evaluation) -> dict[str, str]:
    """Each site's prefix in defined names, from its role and position: never from its id."""
    roles = {}
    for number, site in enumerate(evaluation.sites, start=1):
        roles[site.id] = "origin" if site.is_origin else "dest" if site.is_destination else f"site{number}"
    return roles


def input_name(path: str, roles: dict[str, str]) -> str:
    """The defined name of an input: "dest_electricity_price", "discount_rate", "one_off_data_tb"."""
    parts = path.split(".")
    if parts[0] == "sites":
        name = f"{roles[parts[1]]}_{parts[-1]}"
    elif parts[0] == "one_off":
        name = f"one_off_{parts[-1]}"
    else:
        name = parts[-1]
    assert _NAME.match(name), name  # built from our own field names: anything else is a bug
    return name


# --- writing -------------------------------------------------------------------------------------


@dataclass
class _Writer:
    """Rows of one sheet; each formula cell's value recorded in ``cache``."""

    ws: Any
    row: int
    text: Callable[[Any, int, int, str], Any]  # the workbook's text writer (quote-prefix, no formula)
    cache: Cache = field(default_factory=dict)

    def label(self, column: int, text: str, font: Font | None = None):
        cell = self.text(self.ws, self.row, column, text)
        if font is not None:
            cell.font = font
        return cell

    def number(self, column: int, value: float, fmt: str = "General", font: Font | None = None):
        cell = self.ws.cell(row=self.row, column=column, value=float(value))
        cell.number_format = fmt
        if font is not None:
            cell.font = font
        return cell

    def formula(self, column: int, formula: str, cached: Any, fmt: str = "General") -> str:
        cell = self.ws.cell(row=self.row, column=column, value="=" + formula)
        cell.number_format = fmt
        self.cache[cell.coordinate] = cached
        return cell.coordinate


def _year_column(t: int) -> str:
    return get_column_letter(FIRST_YEAR_COLUMN + t)


def _absolute(coordinate: str) -> str:
    letters = coordinate.rstrip("0123456789")
    return f"${letters}${coordinate[len(letters) :]}"


def _input_format(unit: str) -> str:
    if unit.startswith("fraction"):
        return PERCENT
    if unit.startswith("yuan"):
        return "#,##0.00##"
    return "General"


class _Inputs:
    """The Inputs sheet's block: every input the Model uses, each value cell with a defined name."""

    def __init__(self, writer: _Writer, report: Report, workbook, roles: dict[str, str]) -> None:
        self.w = writer
        self.workbook = workbook
        self.roles = roles
        self.t = report.text
        table = report.tables[MODEL_INPUTS_KEY]
        self.rows = {row[0].raw: row for row in table.rows}
        self.values = {row[0].raw: float(row[2].raw) for row in table.rows}
        self.names: dict[str, str] = {}
        self.sheet = quote_sheetname(writer.ws.title)

    def heading(self) -> None:
        w, t = self.w, self.t
        w.label(1, t["model:inputs_title"], TITLE_FONT)
        w.row += 1
        w.label(1, t["model:inputs_note"], MUTED)
        w.row += 1
        for column, key in enumerate(INPUT_COLUMNS, start=1):
            cell = w.label(column, t[f"model:{key}"], BOLD)
            cell.fill = HEADER_FILL
        w.row += 1

    def add(self, path: str) -> str:
        """Write the input once; its defined name."""
        if path in self.names:
            return self.names[path]
        name = input_name(path, self.roles)
        _path, label, value, unit, source, as_of, confidence, raw_unit = self.rows[path][:8]
        w = self.w
        w.label(1, name)
        w.label(2, label.text)
        cell = w.number(3, float(value.raw), _input_format(str(raw_unit.raw)), INPUT_FONT)
        for column, text in ((4, unit.text), (5, source.text), (6, as_of.text), (7, confidence.text)):
            w.label(column, text)  # data texts: text cells
        self.workbook.defined_names[name] = DefinedName(
            name, attr_text=f"{self.sheet}!{_absolute(cell.coordinate)}"
        )
        self.names[path] = name
        w.row += 1
        return name

    def value(self, path: str) -> float:
        return self.values[path]


@dataclass
class _SiteRows:
    site: SiteResult
    role: str  # origin / dest / siteN
    opex: str = ""  # row numbers on the Model sheet, as text
    net: str = ""
    facility: str = ""  # coordinate of the facility value (self-build)


class _ModelBuilder:
    def __init__(self, workbook, report: Report, evaluation: Evaluation, inputs: _Inputs, model: _Writer,
                 engine: _Writer) -> None:  # fmt: skip
        self.workbook = workbook
        self.report = report
        self.ev = evaluation
        self.inputs = inputs
        self.m = model
        self.e = engine
        self.t = report.text
        self.horizon = evaluation.horizon
        self.years = range(self.horizon + 1)
        self.mode = evaluation.mode
        self.roles = inputs.roles
        self.paths = {info.path for info in evaluation.inputs}

    # --- helpers --------------------------------------------------------------------------
    def name(self, path: str) -> str:
        return self.inputs.add(path)

    def v(self, path: str) -> float:
        return self.inputs.value(path)

    def scalar(self, label: str, unit: str, formula: str, cached: Any, fmt: str = "General") -> str:
        """One line with one value in column C; its absolute reference."""
        m = self.m
        m.label(1, label)
        m.label(2, unit)
        coordinate = m.formula(3, formula, cached, fmt)
        m.row += 1
        return _absolute(coordinate)

    def yearly(self, label: str, unit: str, formula: Callable[[int, str], str], cached: Sequence[Any],
               fmt: str = MONEY) -> int:  # fmt: skip
        """One line with a value per year; ``formula(t, column)``; its row number."""
        m = self.m
        m.label(1, label)
        m.label(2, unit)
        for t in self.years:
            column = _year_column(t)
            m.formula(FIRST_YEAR_COLUMN + t, formula(t, column), _plain(cached[t]), fmt)
        row = m.row
        m.row += 1
        return row

    def note(self, row: int, text: str) -> None:
        """A muted note beside the figure of ``row``, in the first year column."""
        self.m.text(self.m.ws, row, FIRST_YEAR_COLUMN, text).font = MUTED

    def heading(self, text: str) -> None:
        self.m.row += 1
        self.m.label(1, text, TITLE_FONT)
        self.m.row += 1

    def engine_row(self, role: str, label: str, values: np.ndarray) -> int:
        """A row of the engine's yearly amounts on the Inputs sheet (constants); its row number."""
        e = self.e
        e.label(1, role)  # the prefix of the site's input names: origin, dest, site3 …
        e.label(2, label)
        e.label(3, self.t["model:yuan"])
        for t in self.years:
            e.number(FIRST_YEAR_COLUMN + t, float(values[t]), MONEY, INPUT_FONT)
        row = e.row
        e.row += 1
        return row

    def engine_ref(self, row: int, column: str) -> str:
        return f"{self.inputs.sheet}!{column}{row}"

    # --- the sheet --------------------------------------------------------------------------
    def build(self) -> None:
        t, m = self.t, self.m
        currency = (
            t["model:currency_usd"].format(rate=rate_text(self.report.cny_per_usd))
            if self.report.currency == "USD"
            else self.report.text.get("currency", "")
        )
        m.label(1, currency, MUTED)
        m.row = 2
        m.label(1, t["model:model_title"], Font(bold=True, size=14))
        m.row += 1
        m.label(1, t["model:model_units"], MUTED)
        m.row += 1
        m.label(1, t["model:model_engine"], MUTED)
        m.row += 2
        self.header_row = m.row
        for column, key in ((1, "line"), (2, "unit"), (3, "value")):
            m.label(column, t[f"model:{key}"], BOLD).fill = HEADER_FILL
        for year in self.years:  # the year numbers are the formulas' t
            m.number(FIRST_YEAR_COLUMN + year, year, "0", BOLD).fill = HEADER_FILL
        m.row += 1
        self.engine_heading()
        self.common()
        sites = [_SiteRows(site, self.roles[site.id]) for site in self.ev.sites]
        for rows in sites:
            self.site(rows)
        origin = next(r for r in sites if r.site.is_origin)
        destination = next(r for r in sites if r.site.is_destination)
        self.case(origin, destination)

    def engine_heading(self) -> None:
        e, t = self.e, self.t
        e.row += 1
        e.label(1, t["model:engine_title"], TITLE_FONT)
        e.row += 1
        e.label(1, t["model:engine_note"], MUTED)
        e.row += 1
        for column, key in ((1, "site"), (2, "line"), (3, "unit")):
            e.label(column, t[f"model:{key}"], BOLD).fill = HEADER_FILL
        for year in self.years:
            e.number(FIRST_YEAR_COLUMN + year, year, "0", BOLD).fill = HEADER_FILL
        e.row += 1

    def t_ref(self, column: str) -> str:
        return f"{column}${self.header_row}"

    def common(self) -> None:
        t, ev = self.t, self.ev
        self.heading(t["model:common"])
        site = ev.site(ev.origin)
        if "workload.it_load_kw" in self.paths:
            formula = self.name("workload.it_load_kw")
        else:
            formula = f"{self.name('workload.accelerators')}*{self.name('workload.accelerator_power_kw')}"
        self.it_load = self.scalar(t["model:it_load"], t["model:kW"], formula, site.it_load_kw, "#,##0.####")
        density = self.name("workload.rack_density_kw")
        self.racks = self.scalar(
            t["model:racks_line"], t["model:racks"], f"ROUNDUP(ROUND({self.it_load}/{density},9),0)", site.racks,
            "#,##0",
        )  # fmt: skip
        if "workload.bandwidth_mbps" in self.paths:
            formula = self.name("workload.bandwidth_mbps")
            bandwidth = self.v("workload.bandwidth_mbps")
        else:
            formula = f"{self.name('workload.bandwidth_mbps_per_100kw')}*{self.it_load}/100"
            bandwidth = self.v("workload.bandwidth_mbps_per_100kw") * site.it_load_kw / 100.0
        self.bandwidth = self.scalar(t["model:bandwidth"], t["model:Mbps"], formula, bandwidth, "#,##0.####")
        last = _year_column(self.horizon)
        self.h = self.scalar(
            t["model:horizon"], t["model:years"],
            f"MAX({_year_column(0)}{self.header_row}:{last}{self.header_row})", self.horizon, "0",
        )  # fmt: skip
        years = np.arange(self.horizon + 1, dtype=np.float64)
        operating = (years >= 1).astype(np.float64)
        self.op = self.yearly(
            t["model:operating"], t["model:flag"], lambda y, c: f"IF({self.t_ref(c)}>=1,1,0)", operating, "0"
        )
        e_p = self.v("finance.electricity_escalation")
        e_w = self.v("finance.wage_escalation")
        rate = self.v("finance.discount_rate")
        exponent = np.maximum(years - 1.0, 0.0)
        p, w, r = (
            self.name(f"finance.{n}") for n in ("electricity_escalation", "wage_escalation", "discount_rate")
        )
        self.growth_p = self.yearly(
            t["model:growth_p"], t["model:factor"],
            lambda y, c: f"IF({self.t_ref(c)}>=1,(1+{p})^({self.t_ref(c)}-1),0)",
            (1.0 + e_p) ** exponent * operating, "0.000000",
        )  # fmt: skip
        self.growth_w = self.yearly(
            t["model:growth_w"], t["model:factor"],
            lambda y, c: f"IF({self.t_ref(c)}>=1,(1+{w})^({self.t_ref(c)}-1),0)",
            (1.0 + e_w) ** exponent * operating, "0.000000",
        )  # fmt: skip
        self.discount = self.yearly(
            t["model:discount"], t["model:factor"], lambda y, c: f"(1+{r})^(-{self.t_ref(c)})",
            (1.0 + rate) ** -years, "0.000000",
        )  # fmt: skip
        if self.mode == "self_build":
            period = self.v("workload.build_period_years")
            remaining = self.v("workload.origin_remaining_life_years")
            self.build_years = self.scalar(
                t["model:build_years"], t["model:years"],
                f"MAX(1,{self.name('workload.build_period_years')})", max(1.0, float(period)), "0.00",
            )  # fmt: skip
            self.rebuild_year = self.scalar(  # ceil(L_o), at least 1: -INT(-x) is Excel's ceiling of x
                t["model:rebuild_year"], t["model:years"],
                f"MAX(1,-INT(-{self.name('workload.origin_remaining_life_years')}))",
                max(1.0, float(np.ceil(remaining))), "0",
            )  # fmt: skip

    def site_path(self, site: SiteResult, param: str) -> str:
        return f"sites.{site.id}.{param}"

    def site(self, rows: _SiteRows) -> None:
        t, site = self.t, rows.site
        table = site.table
        role = t["model:origin"] if site.is_origin else t["model:destination"] if site.is_destination else t["model:comparison"]  # fmt: skip
        self.m.row += 1
        name = self.t["model:site_heading"].format(
            site=self.report.text.get(f"site_name:{site.id}", site.id), role=role
        )
        self.m.label(1, name, TITLE_FONT)  # a data text: a text cell, never in a formula
        self.m.row += 1
        yuan = t["model:yuan"]
        p = lambda param: self.name(self.site_path(site, param))  # noqa: E731 - a local shorthand
        kwh = self.scalar(t["model:kwh_line"], t["model:kWh"], f"{self.it_load}*{p('pue')}*{HOURS_PER_YEAR:g}",
                          site.energy_kwh, "#,##0")  # fmt: skip
        energy = self.yearly(
            t["model:energy"],
            yuan,
            lambda y, c: f"{kwh}*{p('electricity_price')}*{c}{self.growth_p}",
            table.energy,
        )
        op = lambda c: f"{c}${self.op}"  # noqa: E731
        if self.mode == "self_build":
            facility_value = self.v(self.site_path(site, "build_cost")) * site.it_load_kw
            rows.facility = self.scalar(t["model:facility"], yuan, f"{p('build_cost')}*{self.it_load}", facility_value,
                                        MONEY)  # fmt: skip
            maintenance = self.name("workload.maintenance_rate")
            space = self.yearly(
                t["model:upkeep"], yuan, lambda y, c: f"{maintenance}*{rows.facility}*{op(c)}", table.space
            )
        else:
            density = self.name("workload.rack_density_kw")
            space = self.yearly(
                t["model:space"], yuan,
                lambda y, c: f"{self.racks}*{p('rack_rent')}*MAX(1,{density}/{p('rack_reference_kw')})*12*{op(c)}",
                table.space,
            )  # fmt: skip
        lines = [energy, space]
        if self.mode == "compute_service":
            margin = self.name("workload.service_margin")
            lines.append(
                self.yearly(
                    t["model:service_fee"],
                    yuan,
                    lambda y, c: f"{margin}*({c}{energy}+{c}{space})",
                    table.service_fee,
                )
            )
        lines.append(
            self.yearly(t["model:network"], yuan, lambda y, c: f"{self.bandwidth}*{p('bandwidth_price')}*12*{op(c)}",
                        table.network)
        )  # fmt: skip
        staff_path = self.site_path(site, "staff")
        staff = self.name(staff_path if staff_path in self.paths else "workload.staff")
        lines.append(
            self.yearly(t["model:labour"], yuan,
                        lambda y, c: f"{staff}*{p('wage')}*(1+{p('social_oncost')})*{c}{self.growth_w}", table.labour)
        )  # fmt: skip
        charges_row = self.engine_row(rows.role, f"{name}: {t['model:charges']}", table.charges)
        lines.append(
            self.yearly(t["model:charges"], yuan, lambda y, c: self.engine_ref(charges_row, c), table.charges)
        )
        first, last = lines[0], lines[-1]
        opex = self.yearly(t["model:opex"], yuan, lambda y, c: f"SUM({c}{first}:{c}{last})", table.opex)
        terms = [f"{{c}}{opex}"]
        if self.mode == "self_build":
            facility = rows.facility
            if site.is_origin:
                investment = self.yearly(
                    t["model:investment_origin"], yuan,
                    lambda y, c: f"IF({self.t_ref(c)}={self.rebuild_year},{facility},0)", table.investment,
                )  # fmt: skip
            else:
                life = self.name("workload.facility_life_years")
                investment = self.yearly(
                    t["model:investment_dest"], yuan,
                    lambda y, c: (
                        f"{facility}*(MAX(0,MIN({self.t_ref(c)}+1,{self.build_years})-{self.t_ref(c)})"
                        f"+IF({self.t_ref(c)}={self.h},MAX(0,{self.build_years}-{self.h}-1),0))/{self.build_years}"
                        f"-IF({self.t_ref(c)}={self.h},{facility}*MAX(0,1-{self.h}/{life}),0)"
                    ),
                    table.investment,
                )  # fmt: skip
            terms.append(f"{{c}}{investment}")
        extra = self.ev.extra_incentive if site.is_destination else np.zeros(self.horizon + 1)
        incentives_row = self.engine_row(
            rows.role, f"{name}: {t['model:incentives']}", np.asarray(table.incentives) - extra
        )
        if site.is_destination:
            extra_name = self.name("extra_incentive_per_year")
            incentives = self.yearly(
                t["model:incentives_extra"], yuan,
                lambda y, c: f"{self.engine_ref(incentives_row, c)}+{extra_name}*{op(c)}", table.incentives,
            )  # fmt: skip
        else:
            incentives = self.yearly(
                t["model:incentives"], yuan, lambda y, c: self.engine_ref(incentives_row, c), table.incentives
            )
        tax_row = self.engine_row(rows.role, f"{name}: {t['model:tax']}", table.tax)
        tax = self.yearly(t["model:tax"], yuan, lambda y, c: self.engine_ref(tax_row, c), table.tax)
        plus = "+".join(terms)
        net_row = self.yearly(
            t["model:net"], yuan, lambda y, c: f"{plus.format(c=c)}-{c}{incentives}-{c}{tax}", table.net
        )
        rows.opex, rows.net = str(opex), str(net_row)

    def case(self, origin: _SiteRows, destination: _SiteRows) -> None:
        t, ev = self.t, self.ev
        case = ev.case(destination.site.id)
        yuan = t["model:yuan"]
        heading = t["model:case_heading"].format(
            origin=self.report.text.get(f"site_name:{origin.site.id}", origin.site.id),
            destination=self.report.text.get(f"site_name:{destination.site.id}", destination.site.id),
        )
        self.heading(heading)  # a data text: a text cell
        self.yearly(
            t["model:saving"], yuan, lambda y, c: f"{c}{origin.opex}-{c}{destination.opex}", case.savings
        )
        n = lambda path: self.name(path)  # noqa: E731
        staff_path = f"sites.{destination.site.id}.staff"
        staff = n(staff_path if staff_path in self.paths else "workload.staff")
        one_off_total = self.scalar(
            t["model:one_off_total"], yuan,
            f"{n('one_off.hardware_move_per_rack')}*{self.racks}+{n('one_off.data_tb')}*{n('one_off.cost_per_tb')}"
            f"+{n('one_off.downtime_days')}*{n('one_off.downtime_cost_per_day')}+{n('one_off.early_exit')}"
            f"+{n('one_off.other')}+{n('one_off.hiring_per_person')}*{staff}",
            case.one_off, MONEY,
        )  # fmt: skip
        year0 = _year_column(0)
        year1 = _year_column(1)
        parallel_total = self.scalar(
            t["model:parallel_total"], yuan, f"{year1}{origin.opex}*{n('one_off.parallel_months')}/12",
            case.parallel_running, MONEY,
        )  # fmt: skip
        flows = [
            self.yearly(t["model:one_off"], yuan, lambda y, c: f"IF({self.t_ref(c)}=0,-{one_off_total},0)",
                        [-case.one_off if y == 0 else 0.0 for y in self.years]),
            self.yearly(t["model:parallel"], yuan, lambda y, c: f"IF({self.t_ref(c)}=1,-{parallel_total},0)",
                        [-case.parallel_running if y == 1 else 0.0 for y in self.years]),
        ]  # fmt: skip
        if self.mode == "self_build":
            salvage_total = self.scalar(
                t["model:salvage_total"],
                yuan,
                f"{n('workload.salvage_share')}*{origin.facility}",
                case.salvage,
                MONEY,
            )
            flows.append(
                self.yearly(t["model:salvage"], yuan, lambda y, c: f"IF({self.t_ref(c)}=0,{salvage_total},0)",
                            [case.salvage if y == 0 else 0.0 for y in self.years])
            )  # fmt: skip
        extra_terms = "".join(f"+{{c}}{row}" for row in flows)
        cf = self.yearly(
            t["model:cash_flow"], yuan,
            lambda y, c: f"{c}{origin.net}-{c}{destination.net}{extra_terms.format(c=c)}", case.cash_flows,
        )  # fmt: skip
        cumulative_row = self.m.row
        cumulative = self.yearly(
            t["model:cumulative"], yuan,
            lambda y, c: f"{c}{cf}" if y == 0 else f"{_year_column(y - 1)}{cumulative_row}+{c}{cf}", case.cumulative,
        )  # fmt: skip
        discounted = self.yearly(
            t["model:discounted"], yuan, lambda y, c: f"{c}{cf}*{c}{self.discount}", case.discounted
        )
        # payback, as the engine: from the first year the cumulative is below zero, the first year-end at or
        # above zero, linear within that year
        cum = np.asarray(case.cumulative)
        negative = np.maximum.accumulate(cum < 0).astype(float)
        recovered = np.zeros(len(cum))
        for y in range(1, len(cum)):
            recovered[y] = float(negative[y - 1] == 1 and cum[y] >= 0 and recovered[:y].sum() == 0)
        months = np.array([12.0 * ((y - 1) + -cum[y - 1] / case.cash_flows[y]) if recovered[y] else 0.0
                           for y in self.years])  # fmt: skip
        negative_row = self.m.row
        self.yearly(
            t["model:negative_so_far"], t["model:flag"],
            lambda y, c: f"IF({c}{cumulative}<0,1,0)" if y == 0
            else f"MAX({_year_column(y - 1)}{negative_row},IF({c}{cumulative}>=0,0,1))",
            negative, "0",
        )  # fmt: skip
        recovered_row = self.m.row
        self.yearly(
            t["model:recovered"], t["model:flag"],
            lambda y, c: "0" if y == 0
            else f"IF(AND({_year_column(y - 1)}{negative_row}=1,{c}{cumulative}>=0,"
                 f"SUM(${year0}{recovered_row}:{_year_column(y - 1)}{recovered_row})=0),1,0)",
            recovered, "0",
        )  # fmt: skip
        months_row = self.yearly(
            t["model:payback_months"], t["model:months"],
            lambda y, c: "0" if y == 0
            else f"IF({c}{recovered_row}=1,12*(({self.t_ref(c)}-1)-{_year_column(y - 1)}{cumulative}/{c}{cf}),0)",
            months, "0.00",
        )  # fmt: skip
        last = _year_column(self.horizon)
        self.heading(t["model:results"])
        rate = self.name("finance.discount_rate")
        later = f"NPV({rate},{year1}{cf}:{last}{cf})" if self.horizon >= 1 else "0"
        npv_at = self.m.row
        npv = self.scalar(t["model:npv"], yuan, f"{year0}{cf}+{later}", case.npv, MONEY)
        self.note(npv_at, t["model:model_npv_note"])
        self.scalar(
            t["model:npv_check"], yuan, f"SUM({year0}{discounted}:{last}{discounted})", case.npv, MONEY
        )
        defined = case.irr.status is IrrStatus.DEFINED and case.irr.value is not None
        irr_at = self.m.row
        self.scalar(t["model:irr"], t["model:per_year"], f"IRR({year0}{cf}:{last}{cf})",
                    case.irr.value if defined else _ExcelError("#NUM!"), PERCENT)  # fmt: skip
        if not defined:
            self.note(irr_at, t["model:irr_engine"])
        payback = case.payback
        cached = (
            0.0 if payback.status is PaybackStatus.IMMEDIATE
            else payback.months if payback.status is PaybackStatus.WITHIN and payback.months is not None
            else _ExcelError("#N/A")
        )  # fmt: skip
        self.scalar(
            t["model:payback"], t["model:months"],
            f"IF(MAX({year0}{negative_row}:{last}{negative_row})=0,0,"
            f"IF(SUM({year0}{recovered_row}:{last}{recovered_row})=1,SUM({year0}{months_row}:{last}{months_row}),NA()))",
            cached, "0.00",
        )  # fmt: skip
        if self.report.currency == "USD":
            usd = self.name("finance.cny_per_usd")
            self.scalar(t["model:npv_usd"], t["model:usd"], f"{npv}/{usd}", case.npv / ev.cny_per_usd, MONEY)


@dataclass(frozen=True, slots=True)
class _ExcelError:
    code: str  # "#NUM!", "#N/A"


def _plain(value: Any) -> Any:
    return float(value) if isinstance(value, np.floating | np.integer | int | float) else value


def add_model(workbook, report: Report, inputs_sheet, inputs_row: int, text_cell) -> dict[str, Cache]:
    """Write the model's inputs (on ``inputs_sheet`` from ``inputs_row``) and the Model sheet.

    ``text_cell(ws, row, column, text)`` writes a text cell (the workbook's own: quote
    prefix, never a formula). Returns the cached values of the formula cells, by sheet.
    """
    evaluation = report.evaluation
    if evaluation is None or MODEL_INPUTS_KEY not in report.tables:
        return {}
    roles = _site_roles(evaluation)
    inputs = _Inputs(_Writer(inputs_sheet, inputs_row + 1, text_cell), report, workbook, roles)
    inputs.heading()
    model_ws = workbook.create_sheet(report.text["model:model_sheet"][:31])
    model = _Writer(model_ws, 1, text_cell)
    # the engine's yearly rows go under the inputs, once every input is written: collect them apart first
    engine_ws = workbook.create_sheet("_engine")
    engine = _Writer(engine_ws, 1, text_cell)
    builder = _ModelBuilder(workbook, report, evaluation, inputs, model, engine)
    builder.build()
    _move_engine_rows(workbook, engine_ws, inputs, model)
    model_ws.column_dimensions["A"].width = 58
    model_ws.column_dimensions["B"].width = 10
    model_ws.column_dimensions["C"].width = 18
    for t in builder.years:
        model_ws.column_dimensions[_year_column(t)].width = 16
    model_ws.freeze_panes = f"{_year_column(0)}{builder.header_row + 1}"
    return {model_ws.title: model.cache}


def _move_engine_rows(workbook, engine_ws, inputs: _Inputs, model: _Writer) -> None:
    """Copy the engine's rows below the inputs, and point the Model's references at them."""
    target = inputs.w.ws
    offset = inputs.w.row + 1  # one blank row after the inputs
    for row in engine_ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            moved = target.cell(row=cell.row + offset, column=cell.column, value=cell.value)
            moved.data_type = cell.data_type  # a text stays a text
            moved._style = copy(cell._style)
    workbook.remove(engine_ws)
    # references were written as <Inputs>!<column><row on the scratch sheet>: shift them
    pattern = re.compile(re.escape(inputs.sheet) + r"!([A-Z]{1,3})(\d+)")
    for row in model.ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.value = pattern.sub(
                    lambda m: f"{inputs.sheet}!{m.group(1)}{int(m.group(2)) + offset}", cell.value
                )


# --- cached values in the saved file ------------------------------------------------------------


_CELL = re.compile(r'<c r="([A-Z]{1,3}\d+)"([^>]*)><f>(.*?)</f><v\s*/></c>', re.S)


def _value_xml(coordinate: str, attributes: str, formula: str, value: Any) -> str:
    attributes = re.sub(r'\s+t="[^"]*"', "", attributes)
    if isinstance(value, _ExcelError):
        return f'<c r="{coordinate}"{attributes} t="e"><f>{formula}</f><v>{value.code}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{coordinate}"{attributes} t="b"><f>{formula}</f><v>{int(value)}</v></c>'
    if isinstance(value, int | float) and math.isfinite(value):
        return f'<c r="{coordinate}"{attributes}><f>{formula}</f><v>{float(value)!r}</v></c>'
    return f'<c r="{coordinate}"{attributes} t="str"><f>{formula}</f><v>{escape(str(value))}</v></c>'


def inject_cached_values(data: bytes, caches: dict[str, Cache]) -> bytes:
    """The saved workbook with each formula cell's result written beside its formula."""
    if not caches:
        return data
    source = zipfile.ZipFile(io.BytesIO(data))
    paths = _sheet_paths(source)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            for title, cache in caches.items():
                if paths.get(title) == item.filename:
                    text = content.decode("utf-8")
                    text = _CELL.sub(
                        lambda m, cache=cache: (
                            _value_xml(m.group(1), m.group(2), m.group(3), cache[m.group(1)])
                            if m.group(1) in cache
                            else m.group(0)
                        ),
                        text,
                    )
                    content = text.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> its part in the package, from the workbook and its relationships."""
    from defusedxml import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    relationship = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.attrib["Id"]: r.attrib["Target"] for r in rels.iter(relationship)}
    paths = {}
    for sheet in workbook.iter(f"{main}sheet"):
        target = targets[sheet.get(f"{rel}id")]
        target = target.lstrip("/")
        paths[sheet.get("name")] = target if target.startswith("xl/") else f"xl/{target}"
    return paths
