"""The proposed incentive package in the investor pack (issue 17), kept apart from the standard policies.

Two copies: the **firm's** shows the package's items and what they do for the firm (NPV,
payback, IRR with and without, the comparison with the other hubs); the **finance bureau's**
adds the region's side (the fiscal cost by year at the public discount rate, what the move
brings, the ratio, the break-even year, the assumptions and the ceilings). The firm's copy
holds no region-side figure at all. Figures come from the domain's Assessment; this module
only formats them.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.formatting import format_money, format_months, format_percent
from explorer.domain.messages import Message, Template
from explorer.domain.pack import DataPack
from explorer.domain.package import (
    DECIDING_LINE_WORDS,
    ITEM_WORDS,
    LIMIT_WORDS,
    REGION_LINE_WORDS,
    REGION_LINES,
    REPLACES_STANDARD,
    Assessment,
    PackageItem,
    ceilings_for,
)
from explorer.domain.package_data import RegionAssumption
from explorer.domain.package_terms import item_terms, worth_to_firm
from explorer.reports.report_model import Cell, Column, Report, Section, Table


class PackageCopy(StrEnum):
    FIRM = "firm"  # the firm's copy: no region-side figure
    BUREAU = "bureau"  # the finance bureau's copy: both sides


def add_package(
    report: Report, assessment: Assessment, copy: PackageCopy | str, lang, pack: DataPack
) -> Report:
    """``report`` with the package's section (and tables for the workbook) after the others.

    ``pack``: the data pack whose ceilings the finance bureau's copy lists.
    """
    copy = PackageCopy(copy)
    builder = _Builder(report, assessment, lang, pack)
    tables = builder.firm_tables(copy)
    paragraphs = builder.firm_paragraphs(copy)
    if copy is PackageCopy.BUREAU:
        tables.update(builder.region_tables())
        paragraphs += builder.region_paragraphs()
    section = Section(
        "package",
        lang.translate("Report", "Proposed incentive package"),
        tuple(paragraphs),
        tuple(tables.values()),
    )
    text = {**report.text, "package_copy": copy.value}
    return dataclasses.replace(
        report, sections=(*report.sections, section), tables={**report.tables, **tables}, text=text
    )


class _Builder:
    def __init__(self, report: Report, assessment: Assessment, lang, pack: DataPack) -> None:
        self.report = report
        self.pack = pack
        self.a = assessment
        self.lang = lang
        self.rate = report.cny_per_usd if report.currency == "USD" else 1.0

    # --- formatting ---------------------------------------------------------
    def words(self, template: Template) -> str:
        return self.lang.translate(template.context, template)

    def message(self, text: Message) -> str:
        return text.translated(self.lang.translate) if isinstance(text, Message) else str(text)

    def assumption_label(self, key: RegionAssumption) -> str:
        words = {
            RegionAssumption.PUBLIC_DISCOUNT_RATE: self.lang.translate("Report", "Public discount rate"),
            RegionAssumption.CIT_LOCAL_SHARE: self.lang.translate(
                "Report", "Local share of corporate income tax"
            ),
            RegionAssumption.ELECTRICITY_RETURN_SHARE: self.lang.translate(
                "Report", "Return per yuan of power sold"
            ),
            RegionAssumption.LOCAL_HIRE_SHARE: self.lang.translate("Report", "Share of staff hired locally"),
            RegionAssumption.WAGE_RETURN_SHARE: self.lang.translate(
                "Report", "Return per yuan of local wages"
            ),
            RegionAssumption.INVESTMENT_LOCAL_SHARE: self.lang.translate(
                "Report", "Share of investment spent locally"
            ),
            RegionAssumption.INVESTMENT_RETURN_SHARE: self.lang.translate(
                "Report", "Return per yuan spent locally"
            ),
        }
        return words[key]

    def money(self, amount: float) -> str:
        return format_money(amount, self.lang.money_language, self.report.currency, self.report.cny_per_usd)

    def money_cell(self, amount: float) -> Cell:
        return Cell(amount / self.rate, self.money(amount), "money")

    def payback(self, payback) -> str:
        if payback.status is PaybackStatus.IMMEDIATE:
            return self.lang.translate("Report", "immediate")
        if payback.status is PaybackStatus.NOT_WITHIN or payback.months is None:
            return self.lang.translate("Report", "not within {years} years").format(
                years=payback.horizon_years
            )
        return format_months(payback.months, self.lang.money_language)

    def irr(self, irr) -> str:
        if irr.status is IrrStatus.DEFINED and irr.value is not None:
            return format_percent(irr.value)
        return (
            self.lang.translate("Report", "several rates")
            if irr.status is IrrStatus.MULTIPLE
            else self.lang.translate("Report", "undefined")
        )

    def terms(self, item: PackageItem) -> str:
        return "".join(self.message(part) for part in item_terms(item, self.money))

    # --- the firm's side ------------------------------------------------------
    def firm_paragraphs(self, copy: PackageCopy) -> list[str]:
        firm = self.a.firm
        lines = [
            self.lang.translate(
                "Report",
                "Proposed for negotiation, on top of the standard policies counted in the case above and kept "
                "apart from them: none of these items is an offer or a published policy.",
            ),
            self.lang.translate(
                "Report",
                "With the package the firm's NPV of the move is {with_npv} against {without_npv} without it "
                "(+{gain} at the firm's discount rate of {rate}).",
            ).format(
                with_npv=self.money(firm.npv_with),
                without_npv=self.money(firm.npv_without),
                gain=self.money(firm.gain),
                rate=format_percent(self.a.evaluation.discount_rate),
            ),  # fmt: skip
        ]
        best = self.a.best_hub
        if best is not None:
            destination = self.a.evaluation.site(self.a.destination)
            name = self.lang.pick(destination.name_zh, destination.name_en)
            hub = self.lang.pick(best.name_zh, best.name_en)
            if self.a.winner == self.a.destination:
                lines.append(self.lang.translate("Report", "{site} comes out ahead of the best alternative hub, {hub}, by {lead}.").format(
                    site=name, hub=hub, lead=self.money(best.margin)))  # fmt: skip
            else:
                lines.append(self.lang.translate("Report", "{hub} stays ahead of {site} by {lead} even with the package.").format(
                    hub=hub, site=name, lead=self.money(-best.margin)))  # fmt: skip
        lines.append(self.disclaimer())
        if copy is PackageCopy.FIRM:
            lines.append(self.lang.translate("Report", "Firm's copy."))
        return lines

    def disclaimer(self) -> str:
        return self.lang.translate(
            "Report",
            "Package disclaimer: a proposal prepared for discussion. It commits no authority; any item beyond "
            "the published policies needs the approval of the competent finance bureau and a signed agreement, "
            "and is paid only on the terms agreed there. Amounts are estimates on the assumptions shown.",
        )

    def firm_tables(self, copy: PackageCopy) -> dict[str, Table]:
        costs = {cost.kind: cost for cost in self.a.region.items}
        worth = worth_to_firm(self.a)
        rows = []
        for item in self.a.package.items:
            cost = costs.get(item.kind)
            value = worth.get(item.kind, 0.0)
            shown = [
                n
                for n in (cost.notes if cost is not None else ())
                if copy is PackageCopy.BUREAU or getattr(n, "template", None) is not REPLACES_STANDARD
            ]  # the region's cost: bureau only
            notes = self.lang.translate("Report", "; ").join(self.message(n) for n in shown)
            rows.append((
                Cell(self.words(ITEM_WORDS[item.kind]), self.words(ITEM_WORDS[item.kind])),
                Cell(self.terms(item), self.terms(item)),
                self.money_cell(value),
                Cell(notes, notes),
            ))  # fmt: skip
        items = Table(
            "package_items",
            self.lang.translate("Report", "Items of the proposed package"),
            (
                Column("item", self.lang.translate("Report", "Item"), weight=1.3),
                Column("terms", self.lang.translate("Report", "Terms"), weight=2.4),
                Column(
                    "value",
                    self.lang.translate("Report", "Worth to the firm (present value)"),
                    "money",
                    weight=1.3,
                ),
                Column("note", self.lang.translate("Report", "Note"), weight=2.0),
            ),
            tuple(rows),
            sheet=self.lang.translate("Report", "Package"),
        )
        firm = self.a.firm
        npv_rows = (
            (Cell(self.lang.translate("Report", "NPV of the move"), self.lang.translate("Report", "NPV of the move")), self.money_cell(firm.npv_without),
             self.money_cell(firm.npv_with), self.money_cell(firm.gain)),
            (Cell(self.lang.translate("Report", "Payback"), self.lang.translate("Report", "Payback")), Cell(self.payback(firm.payback_without), self.payback(firm.payback_without)),
             Cell(self.payback(firm.payback_with), self.payback(firm.payback_with)), Cell("", "")),
            (Cell(self.lang.translate("Report", "IRR"), self.lang.translate("Report", "IRR")), Cell(self.irr(firm.irr_without), self.irr(firm.irr_without)),
             Cell(self.irr(firm.irr_with), self.irr(firm.irr_with)), Cell("", "")),
        )  # fmt: skip
        firm_table = Table(
            "package_firm",
            self.lang.translate("Report", "The firm, without and with the package"),
            (
                Column("figure", self.lang.translate("Report", "Figure"), weight=1.6),
                Column("without", self.lang.translate("Report", "Without package"), weight=1.2),
                Column("with", self.lang.translate("Report", "With package"), weight=1.2),
                Column("change", self.lang.translate("Report", "Change"), weight=1.0),
            ),
            npv_rows,
            sheet=self.lang.translate("Report", "Package"),
        )
        hub_rows = []
        for hub in sorted(self.a.hubs, key=lambda h: -h.npv):
            lines = self.lang.translate("Report", "; ").join(
                f"{self.words(DECIDING_LINE_WORDS[line.line])} {'+' if line.advantage >= 0 else '−'}"
                f"{self.money(abs(line.advantage))}"
                for line in hub.lines[:3]
            )
            name = self.lang.pick(hub.name_zh, hub.name_en)
            hub_rows.append((
                Cell(name, name), self.money_cell(hub.npv), self.money_cell(hub.margin),
                self.money_cell(hub.margin_without), Cell(lines, lines),
            ))  # fmt: skip
        hubs = Table(
            "package_hubs",
            self.lang.translate(
                "Report", "Against the other hubs (the package applies only at the destination)"
            ),
            (
                Column("hub", self.lang.translate("Report", "Hub"), weight=1.3),
                Column("npv", self.lang.translate("Report", "Firm's NPV there"), "money", weight=1.1),
                Column(
                    "lead",
                    self.lang.translate("Report", "Destination's lead with the package"),
                    "money",
                    weight=1.2,
                ),
                Column("lead_without", self.lang.translate("Report", "Lead without it"), "money", weight=1.1),
                Column(
                    "lines",
                    self.lang.translate(
                        "Report", "What decides it (present value; + favours the destination)"
                    ),
                    weight=2.8,
                ),
            ),
            tuple(hub_rows),
            sheet=self.lang.translate("Report", "Package"),
        )
        return {"package_items": items, "package_firm": firm_table, "package_hubs": hubs}

    # --- the region's side (the finance bureau's copy only) -------------------
    def region_paragraphs(self) -> list[str]:
        region = self.a.region
        lines = [
            self.lang.translate("Report", "Finance bureau's copy: the region's side of the deal follows.")
        ]
        if region.break_even_year is not None:
            lines.append(self.lang.translate("Report", "The region's discounted return covers the fiscal cost in year {year}.").format(
                year=region.break_even_year))  # fmt: skip
        elif region.fiscal_cost_pv > 0:
            lines.append(self.lang.translate("Report", "The region's discounted return does not cover the fiscal cost within {years} years.").format(
                years=self.a.horizon))  # fmt: skip
        for flag in self.a.flags:
            lines.append("⚠ " + self.message(flag.message))
        return lines

    def region_tables(self) -> dict[str, Table]:
        region = self.a.region
        sheet = self.lang.translate("Report", "Package, region")
        ratio = "—" if region.ratio is None else f"{region.ratio:.2f}"
        break_even = str(region.break_even_year) if region.break_even_year is not None else "—"
        summary_rows = (
            (Cell(self.lang.translate("Report", "Public discount rate"), self.lang.translate("Report", "Public discount rate")),
             Cell(region.public_discount_rate, format_percent(region.public_discount_rate), "percent")),
            (Cell(self.lang.translate("Report", "Fiscal cost of the package (present value)"), self.lang.translate("Report", "Fiscal cost of the package (present value)")),
             self.money_cell(region.fiscal_cost_pv)),
            (Cell(self.lang.translate("Report", "What the move brings the region (present value)"), self.lang.translate("Report", "What the move brings the region (present value)")),
             self.money_cell(region.return_pv)),
            (Cell(self.lang.translate("Report", "Firm's gain per yuan of fiscal cost"), self.lang.translate("Report", "Firm's gain per yuan of fiscal cost")),
             Cell(region.ratio, ratio, "number")),
            (Cell(self.lang.translate("Report", "Year the region's return covers the cost"), self.lang.translate("Report", "Year the region's return covers the cost")),
             Cell(region.break_even_year, break_even, "int")),
            (Cell(self.lang.translate("Report", "Local jobs at the new site"), self.lang.translate("Report", "Local jobs at the new site")),
             Cell(region.jobs, f"{region.jobs:,.1f}", "number")),
        )  # fmt: skip
        summary = Table(
            "package_region",
            self.lang.translate("Report", "The region: fiscal cost and return"),
            (
                Column("figure", self.lang.translate("Report", "Figure"), weight=2.5),
                Column("value", self.lang.translate("Report", "Value"), weight=1.2),
            ),
            summary_rows,
            sheet=sheet,
        )
        cumulative = region.cumulative_return_pv - region.cumulative_cost_pv
        year_rows = []
        for year in range(self.a.horizon + 1):
            year_rows.append((
                Cell(year, str(year), "year"), self.money_cell(region.fiscal_cost[year]),
                *(self.money_cell(region.brings[line][year]) for line in REGION_LINES),
                self.money_cell(region.return_total[year]), self.money_cell(float(cumulative[year])),
            ))  # fmt: skip
        years = Table(
            "package_region_years",
            self.lang.translate("Report", "The region, year by year"),
            (
                Column("year", self.lang.translate("Report", "Year"), "year", weight=0.5),
                Column("fiscal_cost", self.lang.translate("Report", "Fiscal cost"), "money"),
                *(Column(line, self.words(REGION_LINE_WORDS[line]), "money") for line in REGION_LINES),
                Column("return", self.lang.translate("Report", "Return counted"), "money"),
                Column("cumulative", self.lang.translate("Report", "Cumulative net, discounted"), "money"),
            ),
            tuple(year_rows),
            sheet=sheet,
        )
        assumption_rows = []
        for key, parameter in region.assumptions.items():
            provenance = parameter.provenance
            label = self.assumption_label(key)
            source = provenance.source_in(self.lang.code)
            note = provenance.note_in(self.lang.code)
            assumption_rows.append((
                Cell(label, label), Cell(parameter.value, format_percent(parameter.value), "percent"),
                Cell(source, source), Cell(provenance.as_of, provenance.as_of), Cell(note, note),
            ))  # fmt: skip
        assumptions = Table(
            "package_assumptions",
            self.lang.translate("Report", "The region's assumptions"),
            (
                Column("assumption", self.lang.translate("Report", "Assumption"), weight=1.4),
                Column("value", self.lang.translate("Report", "Value"), "percent", weight=0.6),
                Column("source", self.lang.translate("Report", "Source"), weight=2.0),
                Column("as_of", self.lang.translate("Report", "As of"), weight=0.6),
                Column("note", self.lang.translate("Report", "Note"), weight=2.4),
            ),
            tuple(assumption_rows),
            sheet=sheet,
        )
        ceiling_rows = []
        flagged = {(f.item, f.ceiling.limit) for f in self.a.flags}
        for item in self.a.package.items:
            for limit, ceiling in ceilings_for(self.pack, item.kind).items():
                over = (
                    self.lang.translate("Report", "above")
                    if (item.kind, limit) in flagged
                    else self.lang.translate("Report", "within")
                )
                label = self.words(ITEM_WORDS[item.kind])
                source = ceiling.policy_id or ceiling.provenance.source_in(self.lang.code)
                ceiling_rows.append((
                    Cell(label, label), Cell(self.words(LIMIT_WORDS[limit]), self.words(LIMIT_WORDS[limit])),
                    Cell(ceiling.value, f"{ceiling.value:,.4g} {ceiling.unit}", "number"),
                    Cell(over, over), Cell(source, source),
                ))  # fmt: skip
        ceilings = Table(
            "package_ceilings",
            self.lang.translate("Report", "Ceilings in the data pack"),
            (
                Column("item", self.lang.translate("Report", "Item"), weight=1.3),
                Column("limit", self.lang.translate("Report", "Limit"), weight=1.0),
                Column("ceiling", self.lang.translate("Report", "Ceiling"), weight=1.2),
                Column("status", self.lang.translate("Report", "This package"), weight=0.8),
                Column("source", self.lang.translate("Report", "Set by"), weight=2.0),
            ),
            tuple(ceiling_rows),
            sheet=sheet,
        )
        return {
            "package_region": summary,
            "package_region_years": years,
            "package_assumptions": assumptions,
            "package_ceilings": ceilings,
        }
