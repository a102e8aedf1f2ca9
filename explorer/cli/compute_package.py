"""``main.py compute``: the scenario's proposed incentive package (issue 17), both sides.

A scenario file (or a project's current scenario) may carry a ``package``; compute then
assesses it with the domain's package functions (``explorer.domain.package.assess``) and
prints, below the case, what the package costs the region (by year and discounted at the
public rate) and what it gives the firm (NPV, payback, IRR with and without it), the
ceilings it passes, and the winner against the comparator hubs. ``--json`` gets the same
under ``"package"``. compute is the analyst's tool: it shows the region's side too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from explorer.cli.terminal import pad, width
from explorer.domain.messages import local
from explorer.domain.package import ITEM_WORDS, VALUE_WORDS, Assessment, Package
from explorer.translation import user_text


def package_to_report(assessment: Assessment) -> dict[str, Any]:
    """The package's figures for ``--json``: yuan, fractions and months, as the domain computes them."""
    from explorer.domain.package_codec import package_to_dict

    firm, region = assessment.firm, assessment.region
    best = assessment.best_hub
    return {
        "package": package_to_dict(assessment.package),
        "destination": assessment.destination,
        "firm": {
            "npv_without": firm.npv_without,
            "npv_with": firm.npv_with,
            "gain": firm.gain,
            "payback_months_without": firm.payback_without.months,
            "payback_months_with": firm.payback_with.months,
            "irr_without": firm.irr_without.value,
            "irr_with": firm.irr_with.value,
        },
        "region": {
            "public_discount_rate": region.public_discount_rate,
            "fiscal_cost_by_year": [float(v) for v in region.fiscal_cost],
            "fiscal_cost_pv": region.fiscal_cost_pv,
            "items": [
                {
                    "kind": item.kind.value,
                    "by_year": [float(v) for v in item.amounts],
                    "present_value": item.present_value,
                }
                for item in region.items
            ],  # fmt: skip
            "return_pv": region.return_pv,
            "gain_per_yuan_of_cost": region.ratio,
            "break_even_year": region.break_even_year,
            "jobs": region.jobs,
        },
        "ceilings_exceeded": [
            {
                "item": flag.item.value,
                "limit": flag.ceiling.limit.value,
                "value": flag.value,
                "ceiling": flag.ceiling.value,
                "unit": flag.ceiling.unit,
                "policy_id": flag.ceiling.policy_id,
            }
            for flag in assessment.flags
        ],  # fmt: skip
        "hubs": [
            {
                "site_id": hub.site_id,
                "npv": hub.npv,
                "margin": hub.margin,
                "margin_without": hub.margin_without,
            }
            for hub in assessment.hubs
        ],
        "winner": assessment.winner,
        "best_hub": best.site_id if best is not None else None,
    }


def package_lines(
    assessment: Assessment,
    money: Callable[[float], str],
    irr_text: Callable[[Any], str],
    payback_text: Callable[[Any], str],
    language: str,
) -> list[str]:
    """The summary's "Proposed package" section, in the run's language (``language``: the data texts')."""

    def name(site_id: str) -> str:  # the assessment's evaluation holds every comparator hub
        site = assessment.evaluation.site(site_id)
        return local(site.name_en, site.name_zh, language)

    firm, region = assessment.firm, assessment.region
    lines = [
        QCoreApplication.translate(
            "ComputeCommand", "Proposed package (negotiated, on top of the standard policies)"
        )
    ]
    for item in assessment.package.items:
        words, unit = VALUE_WORDS[item.kind]
        value = _value(item.value, unit, money)
        term = (
            ""
            if item.one_off
            else QCoreApplication.translate("ComputeCommand", ", {years} years").format(years=item.years)
        )
        lines.append(f"  • {user_text(ITEM_WORDS[item.kind])}: {user_text(words)} {value}{term}")
    lines.append("")
    rows = [
        (
            QCoreApplication.translate("ComputeCommand", "Firm's NPV"),
            money(firm.npv_without),
            money(firm.npv_with),
        ),
        (
            QCoreApplication.translate("ComputeCommand", "Payback"),
            payback_text(firm.payback_without),
            payback_text(firm.payback_with),
        ),
        (
            QCoreApplication.translate("ComputeCommand", "IRR"),
            irr_text(firm.irr_without),
            irr_text(firm.irr_with),
        ),
    ]
    header = (
        "",
        QCoreApplication.translate("ComputeCommand", "Without"),
        QCoreApplication.translate("ComputeCommand", "With the package"),
    )
    lines += _grid(header, rows)
    rate = f"{region.public_discount_rate:.1%}"
    figures = [
        (QCoreApplication.translate("ComputeCommand", "Firm's gain (NPV)"), money(firm.gain)),
        (
            QCoreApplication.translate("ComputeCommand", "Fiscal cost (PV at {rate})").format(rate=rate),
            money(region.fiscal_cost_pv),
        ),
        (
            QCoreApplication.translate("ComputeCommand", "Region's return (PV at {rate})").format(rate=rate),
            money(region.return_pv),
        ),
        (
            QCoreApplication.translate("ComputeCommand", "Firm's gain per yuan of fiscal cost"),
            "-" if region.ratio is None else f"{region.ratio:.2f}",
        ),
        (
            QCoreApplication.translate("ComputeCommand", "Region's return passes the cost"),
            QCoreApplication.translate("ComputeCommand", "not within the horizon")
            if region.break_even_year is None
            else QCoreApplication.translate("ComputeCommand", "year {year}").format(
                year=region.break_even_year
            ),
        ),
    ]
    columns = max(width(label) for label, _ in figures)
    lines += [f"  {pad(label, columns, 'l')}  {value}" for label, value in figures]
    years = [f"{year}: {money(cost)}" for year, cost in enumerate(region.fiscal_cost) if abs(cost) > 0.5]
    if years:
        lines.append(
            "  "
            + QCoreApplication.translate("ComputeCommand", "Fiscal cost by year: {years}").format(
                years="; ".join(years)
            )
        )
    for flag in assessment.flags:
        lines.append("  (!) " + user_text(flag.message))
    best = assessment.best_hub
    if best is not None:
        lines.append(
            "  "
            + QCoreApplication.translate(
                "ComputeCommand",
                "Against the best alternative hub, {hub}: {margin} (> 0: {destination} wins)",
            ).format(
                hub=name(best.site_id), margin=money(best.margin), destination=name(assessment.destination)
            )
        )
    lines.append("")
    return lines


def _value(value: float, unit: str, money: Callable[[float], str]) -> str:
    """An item's value as the summary shows it: money, a share in per cent, or a figure with its unit."""
    from explorer.domain.fields import unit_words
    from explorer.domain.formatting import format_percent

    if unit == "yuan":
        return money(value)
    if unit.startswith("fraction"):
        return format_percent(value)
    figure = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"
    return f"{figure} {user_text(unit_words(unit))}"


def assess_package(scenario, pack, package: Package) -> Assessment:
    from explorer.domain.package import assess

    return assess(scenario, pack, package)


def _grid(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(width(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    align = "l" + "r" * (len(header) - 1)
    out = []
    for row in (header, *rows):
        cells = [pad(str(cell), w, a) for cell, w, a in zip(row, widths, align, strict=True)]
        out.append("  " + "  ".join(cells).rstrip())
    return [*out, ""]
