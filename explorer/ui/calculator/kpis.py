"""The Calculator's headline figures, as text, straight from the engine's Evaluation.

Each KPI also carries its "How is this calculated" text: the formula with the
scenario's actual numbers and the sources of its inputs. Nothing here computes
a business number; it reads the Evaluation and formats it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from PySide6.QtCore import QCoreApplication

from explorer.domain.evaluation import Evaluation, LatencyVerdict, SiteResult
from explorer.domain.finance import IrrStatus, PaybackStatus
from explorer.domain.formatting import format_months, format_number, format_percent
from explorer.domain.model import InputInfo
from explorer.ui.money import money
from explorer.ui.state import short_name
from explorer.ui.widgets.parameter_editor import confidence_text


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class Kpi:
    key: str
    title: str
    value: str
    detail: str
    exact: str  # exact figures for the tooltip
    explanation: str  # "How is this calculated"
    tone: Tone


def _name(site: SiteResult, language: str) -> str:
    """The site's short name: KPI cards have room for "Gui'an New Area", not "…, Guizhou"."""
    return short_name(site.name_zh if language.startswith("zh") else site.name_en)


def _money(amount: float, language: str) -> str:
    return money(amount, language)


def _exact(amount: float) -> str:
    return f"{amount:,.0f} " + QCoreApplication.translate("Kpi", "yuan")


def _tone(amount: float) -> Tone:
    return Tone.GOOD if amount > 0 else Tone.BAD if amount < 0 else Tone.NEUTRAL


def _sources(evaluation: Evaluation, paths: list[str], language: str) -> str:
    lines = []
    by_path = {info.path: info for info in evaluation.inputs}
    for path in paths:
        info: InputInfo | None = by_path.get(path)
        if info is None:
            continue
        label = info.label_zh if language.startswith("zh") else info.label_en
        if info.provenance is None:
            origin = QCoreApplication.translate("Kpi", "set in this scenario")
        else:
            origin = f"{info.provenance.source}, {info.provenance.as_of} ({confidence_text(info.provenance.confidence)})"
            if info.overridden:
                origin = QCoreApplication.translate(
                    "Kpi", "set in this scenario; data pack: {source}"
                ).format(source=origin)
        lines.append(f"• {label} = {info.value:,.6g} {info.unit}: {origin}")
    return "\n".join(lines)


def _site_lines(site: SiteResult, year: int, language: str) -> str:
    table = site.table
    parts = [
        (QCoreApplication.translate("Kpi", "energy"), table.energy[year]),
        (QCoreApplication.translate("Kpi", "space"), table.space[year]),
        (QCoreApplication.translate("Kpi", "compute service"), table.service_fee[year]),
        (QCoreApplication.translate("Kpi", "network"), table.network[year]),
        (QCoreApplication.translate("Kpi", "labour"), table.labour[year]),
        (QCoreApplication.translate("Kpi", "charges"), table.charges[year]),
    ]
    shown = " + ".join(f"{label} {_money(float(v), language)}" for label, v in parts if v)
    return f"{_name(site, language)}: {shown} = {_money(float(table.opex[year]), language)}"


def build_kpis(evaluation: Evaluation, language: str) -> list[Kpi]:
    case = evaluation.primary
    origin = evaluation.site(evaluation.origin)
    dest = evaluation.site(evaluation.destination)
    o_id, d_id = origin.id, dest.id
    names = {"origin": _name(origin, language), "destination": _name(dest, language)}
    horizon = evaluation.horizon
    energy_paths = [
        "workload.it_load_kw", "workload.accelerators", "workload.accelerator_power_kw",
        f"sites.{o_id}.electricity_price", f"sites.{o_id}.pue", f"sites.{d_id}.electricity_price", f"sites.{d_id}.pue",
    ]  # fmt: skip
    kpis: list[Kpi] = []

    saving = float(case.savings[1]) if horizon >= 1 else 0.0
    kpis.append(
        Kpi(
            "saving",
            QCoreApplication.translate("Kpi", "Annual saving"),
            _money(saving, language),
            QCoreApplication.translate("Kpi", "year 1, {origin} → {destination}, before incentives").format(
                **names
            ),
            _exact(saving),
            QCoreApplication.translate(
                "Kpi", "Savings in year 1 = operating cost at the origin − operating cost in {destination}."
            ).format(**names)
            + "\n\n"
            + _site_lines(origin, 1, language)
            + "\n"
            + _site_lines(dest, 1, language)
            + "\n\n"
            + QCoreApplication.translate(
                "Kpi",
                "Energy = IT load × PUE × 8,760 h × electricity price. {origin}: {e_o} kWh a year; {destination}: {e_d} kWh a year.",
            ).format(e_o=f"{origin.energy_kwh:,.0f}", e_d=f"{dest.energy_kwh:,.0f}", **names)
            + "\n\n"
            + QCoreApplication.translate("Kpi", "Inputs and their sources:")
            + "\n"
            + _sources(
                evaluation,
                energy_paths
                + [
                    f"sites.{o_id}.rack_rent",
                    f"sites.{d_id}.rack_rent",
                    f"sites.{o_id}.wage",
                    f"sites.{d_id}.wage",
                ],
                language,
            ),
            _tone(saving),
        )
    )

    flows = ", ".join(f"CF{t} = {_money(float(v), language)}" for t, v in enumerate(case.cash_flows))
    kpis.append(
        Kpi(
            "npv",
            QCoreApplication.translate("Kpi", "NPV"),
            _money(case.npv, language),
            QCoreApplication.translate("Kpi", "{years} years at {rate} discount rate").format(
                years=horizon, rate=format_percent(evaluation.discount_rate)
            ),
            _exact(case.npv),
            QCoreApplication.translate(
                "Kpi", "NPV = Σ CF_t / (1 + r)^t for t = 0 … {years}, with r = {rate}."
            ).format(years=horizon, rate=format_percent(evaluation.discount_rate, 2))
            + "\n"
            + QCoreApplication.translate(
                "Kpi",
                "CF_0 = − one-off costs ({one_off}) + incentives paid at the move; CF_t = savings + incentives; CF_1 also carries the parallel running ({parallel}).",
            ).format(one_off=_money(case.one_off, language), parallel=_money(case.parallel_running, language))
            + "\n\n"
            + flows
            + "\n\n"
            + _sources(
                evaluation,
                ["finance.discount_rate", "finance.electricity_escalation", "finance.wage_escalation"],
                language,
            ),
            _tone(case.npv),
        )
    )

    irr = case.irr
    if irr.status is IrrStatus.DEFINED and irr.value is not None:
        irr_text, irr_tone = format_percent(irr.value), _tone(irr.value - evaluation.discount_rate)
    elif irr.status is IrrStatus.MULTIPLE:
        irr_text, irr_tone = QCoreApplication.translate("Kpi", "several"), Tone.NEUTRAL
    else:
        irr_text, irr_tone = QCoreApplication.translate("Kpi", "undefined"), Tone.NEUTRAL
    irr_reasons = {
        IrrStatus.DEFINED: QCoreApplication.translate("Kpi", "The rate at which NPV = 0."),
        IrrStatus.NO_SIGN_CHANGE: QCoreApplication.translate(
            "Kpi", "Undefined: the cash flows never change sign, so no rate makes NPV = 0."
        ),
        IrrStatus.NO_ROOT: QCoreApplication.translate(
            "Kpi", "Undefined: the cash flows change sign, yet no rate above −100% makes NPV = 0."
        ),
        IrrStatus.MULTIPLE: QCoreApplication.translate(
            "Kpi", "Several rates make NPV = 0: {rates}. None of them is the IRR."
        ).format(rates=", ".join(format_percent(r) for r in irr.roots)),
    }
    kpis.append(
        Kpi(
            "irr",
            QCoreApplication.translate("Kpi", "IRR"),
            irr_text,
            QCoreApplication.translate("Kpi", "against a {rate} discount rate").format(
                rate=format_percent(evaluation.discount_rate)
            ),
            ", ".join(f"{r:.6%}" for r in irr.roots) or irr_text,
            irr_reasons[irr.status] + "\n\n" + flows,
            irr_tone,
        )
    )

    payback = case.payback
    if payback.status is PaybackStatus.IMMEDIATE:
        pay_text, pay_tone = QCoreApplication.translate("Kpi", "immediate"), Tone.GOOD
    elif payback.status is PaybackStatus.WITHIN and payback.months is not None:
        pay_text, pay_tone = format_months(payback.months, language), Tone.GOOD
    else:
        pay_text, pay_tone = (
            QCoreApplication.translate("Kpi", "not within {years} years").format(years=horizon),
            Tone.BAD,
        )
    cumulative = ", ".join(f"{t}: {_money(float(v), language)}" for t, v in enumerate(case.cumulative))
    kpis.append(
        Kpi(
            "payback",
            QCoreApplication.translate("Kpi", "Payback"),
            pay_text,
            QCoreApplication.translate("Kpi", "cumulative cash flow back to zero"),
            f"{payback.months:.2f}" if payback.months is not None else pay_text,
            QCoreApplication.translate(
                "Kpi",
                "Payback = the first time the cumulative (undiscounted) cash flow reaches zero, linear within the year.",
            )
            + "\n\n"
            + QCoreApplication.translate("Kpi", "Cumulative cash flow by year:")
            + " "
            + cumulative,
            pay_tone,
        )
    )

    incentives = float(np.sum(case.incentives))
    by_policy = sorted(
        ((p, float(np.sum(p.case_value))) for p in evaluation.policies if np.any(p.case_value)),
        key=lambda item: -abs(item[1]),
    )
    policy_lines = "\n".join(
        f"• {p.title_zh if language.startswith('zh') else p.title_en}: {_money(total, language)}"
        for p, total in by_policy
    )
    kpis.append(
        Kpi(
            "incentives",
            QCoreApplication.translate("Kpi", "Incentives"),
            _money(incentives, language),
            QCoreApplication.translate(
                "Kpi", "over {years} years, at the destination less at the origin"
            ).format(years=horizon),
            _exact(incentives),
            QCoreApplication.translate(
                "Kpi",
                "Incentives = Σ over eligible chosen policies of benefit × realisation, shifted by payout lag, within caps and stacking groups; origin-side charges count against.",
            )
            + "\n\n"
            + (
                policy_lines
                or QCoreApplication.translate("Kpi", "No chosen policy pays anything in this case.")
            ),
            _tone(incentives),
        )
    )

    kpis.append(
        Kpi(
            "co2",
            QCoreApplication.translate("Kpi", "CO₂ avoided"),
            QCoreApplication.translate("Kpi", "{tonnes} t a year").format(
                tonnes=format_number(dest.co2_avoided_t, language)
            ),
            QCoreApplication.translate("Kpi", "{origin}: {o} t; {destination}: {d} t a year").format(
                o=format_number(origin.co2_t, language), d=format_number(dest.co2_t, language), **names
            ),
            f"{dest.co2_avoided_t:,.1f} tCO2",
            QCoreApplication.translate(
                "Kpi", "CO₂ = facility energy (MWh) × grid emission factor × (1 − green share)."
            )
            + "\n\n"
            + _sources(
                evaluation,
                [f"sites.{s}.{p}" for s in (o_id, d_id) for p in ("grid_emission_factor", "green_share")],
                language,
            ),
            _tone(dest.co2_avoided_t),
        )
    )

    verdict_text = {
        LatencyVerdict.OK: QCoreApplication.translate("Kpi", "OK"),
        LatencyVerdict.MARGINAL: QCoreApplication.translate("Kpi", "marginal"),
        LatencyVerdict.TOO_SLOW: QCoreApplication.translate("Kpi", "too slow"),
        LatencyVerdict.UNKNOWN: QCoreApplication.translate("Kpi", "unknown"),
    }
    latency = dest.latency
    lines = [
        f"{r.name_zh if language.startswith('zh') else r.name_en}: "
        + (f"{r.latency_ms:g} ms" if r.latency_ms is not None else "–")
        + f" ({verdict_text[r.verdict]})"
        for r in latency
    ]
    worst = max((r.verdict for r in latency), key=list(LatencyVerdict).index, default=LatencyVerdict.UNKNOWN)
    kpis.append(
        Kpi(
            "latency",
            QCoreApplication.translate("Kpi", "Latency"),
            verdict_text[worst] if latency else QCoreApplication.translate("Kpi", "no user regions"),
            "; ".join(lines)
            if lines
            else QCoreApplication.translate("Kpi", "choose where the firm's users are"),
            "; ".join(lines),
            QCoreApplication.translate(
                "Kpi",
                "Round-trip latency from {destination} to each user region, against the latency budget ({budget}). OK: even the high estimate is within it; marginal: only the central value is.",
            ).format(
                budget=f"{latency[0].budget_ms:g} ms"
                if latency and latency[0].budget_ms is not None
                else "–",
                **names,
            )
            + "\n\n"
            + "\n".join(lines),
            {LatencyVerdict.OK: Tone.GOOD, LatencyVerdict.TOO_SLOW: Tone.BAD}.get(worst, Tone.NEUTRAL),
        )
    )

    if dest.unit_cost is not None and origin.unit_cost is not None:
        unit_text = QCoreApplication.translate("Kpi", "{value} yuan/card-hour").format(
            value=f"{dest.unit_cost:,.2f}"
        )
        unit_detail = QCoreApplication.translate(
            "Kpi", "{origin}: {o}; after incentives in {destination}: {net}"
        ).format(
            o=f"{origin.unit_cost:,.2f}",
            net=f"{dest.unit_cost_net:,.2f}" if dest.unit_cost_net is not None else "–",
            **names,
        )
        unit_tone = _tone(origin.unit_cost - dest.unit_cost)
    else:
        unit_text, unit_detail, unit_tone = (
            "–",
            QCoreApplication.translate("Kpi", "no accelerators in this workload"),
            Tone.NEUTRAL,
        )
    all_units = "\n".join(
        f"• {_name(s, language)}: {s.unit_cost:,.2f} "
        + QCoreApplication.translate("Kpi", "yuan per accelerator-hour")
        for s in evaluation.sites
        if s.unit_cost is not None
    )
    kpis.append(
        Kpi(
            "unit_cost",
            QCoreApplication.translate("Kpi", "Cost per accelerator-hour"),
            unit_text,
            unit_detail,
            all_units,
            QCoreApplication.translate(
                "Kpi", "Unit cost = operating cost in year 1 / (accelerators × 8,760 h × utilisation)."
            )
            + "\n\n"
            + all_units
            + "\n\n"
            + _sources(evaluation, ["workload.accelerators", "workload.utilisation"], language),
            unit_tone,
        )
    )
    return kpis
