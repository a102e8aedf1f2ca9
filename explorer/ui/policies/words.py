"""Policy facts in words, in the UI language: labels of codes, benefit rules as sentences, money.

Only translation touches Qt here. The figures are the data pack's rule parameters and
the engine's results, described, never recomputed.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.domain.formatting import NOT_A_NUMBER, format_percent
from explorer.domain.incentives import STANDARD_CIT_RATE, Status
from explorer.domain.parameters import Confidence
from explorer.domain.policies import (
    BASE_WORDS,
    KIND_WORDS,
    SUPERSEDED_BY,
    VALIDITY_WORDS,
    BenefitKind,
    BenefitRule,
    Policy,
    PolicyCategory,
    PolicyLevel,
    Validity,
)
from explorer.ui.money import money as display_money
from explorer.ui.policies.catalogue import InForce

CONTEXT = "PolicyWords"

LEVEL_WORDS = {
    PolicyLevel.NATIONAL: QT_TRANSLATE_NOOP("PolicyWords", "National"),
    PolicyLevel.PROVINCIAL: QT_TRANSLATE_NOOP("PolicyWords", "Provincial"),
    PolicyLevel.MUNICIPAL: QT_TRANSLATE_NOOP("PolicyWords", "Municipal"),
    PolicyLevel.DISTRICT: QT_TRANSLATE_NOOP("PolicyWords", "District"),
    PolicyLevel.ORIGIN: QT_TRANSLATE_NOOP("PolicyWords", "Origin region"),
}
CATEGORY_WORDS = {
    PolicyCategory.TAX: QT_TRANSLATE_NOOP("PolicyWords", "Tax"),
    PolicyCategory.ELECTRICITY: QT_TRANSLATE_NOOP("PolicyWords", "Electricity"),
    PolicyCategory.COMPUTE_VOUCHER: QT_TRANSLATE_NOOP("PolicyWords", "Compute vouchers"),
    PolicyCategory.TALENT: QT_TRANSLATE_NOOP("PolicyWords", "Talent"),
    PolicyCategory.FINANCE: QT_TRANSLATE_NOOP("PolicyWords", "Finance and loans"),
    PolicyCategory.LAND_AND_SPACE: QT_TRANSLATE_NOOP("PolicyWords", "Land and space"),
    PolicyCategory.INVESTMENT: QT_TRANSLATE_NOOP("PolicyWords", "Investment"),
    PolicyCategory.LAYOUT: QT_TRANSLATE_NOOP("PolicyWords", "Planning and layout"),
    PolicyCategory.REGULATION: QT_TRANSLATE_NOOP("PolicyWords", "Regulation"),
}
IN_FORCE_WORDS = {
    InForce.ACTIVE: QT_TRANSLATE_NOOP("PolicyWords", "In force"),
    InForce.NOT_YET: QT_TRANSLATE_NOOP("PolicyWords", "Not yet in force"),
    InForce.EXPIRED: QT_TRANSLATE_NOOP("PolicyWords", "Expired"),
}
CONDITION_WORDS = {
    Status.MET: QT_TRANSLATE_NOOP("PolicyWords", "Met"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("PolicyWords", "Not met"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("PolicyWords", "Unknown"),
}
CONDITION_MARKS = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?"}
CONFIDENCE_WORDS = {
    Confidence.OFFICIAL: QT_TRANSLATE_NOOP("PolicyWords", "Official source"),
    Confidence.OFFICIAL_MIRROR: QT_TRANSLATE_NOOP("PolicyWords", "Official text, read on a copy"),
    Confidence.PRESS: QT_TRANSLATE_NOOP("PolicyWords", "Press report"),
    Confidence.PRESS_PROMO: QT_TRANSLATE_NOOP("PolicyWords", "Promotional press"),
    Confidence.ESTIMATE: QT_TRANSLATE_NOOP("PolicyWords", "Estimate"),
    Confidence.CLIENT: QT_TRANSLATE_NOOP("PolicyWords", "Client data"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(table: dict, key: object) -> str:
    """The translated label of a code; the code itself if the table lacks it (a newer data pack)."""
    source = table.get(key)
    return translate(source) if source is not None else str(key)


DATED = (Validity.IN_FORCE, Validity.EXPIRED)  # the dates say all there is: in force, expired, not yet


def standing_words(validity: Validity, successor: str, dated: str) -> str:
    """Where a policy stands: the pack's status when it says more than the dates (superseded, a
    target year passed, only reported), else ``dated`` (in force, expired or not yet, by the dates)."""
    if validity is Validity.SUPERSEDED and successor:
        return translate(SUPERSEDED_BY).format(policy=successor)
    if validity in DATED:
        return dated
    return label(VALIDITY_WORDS, validity)


def standing(policy: Policy, in_force: InForce) -> str:
    return standing_words(policy.validity, policy.superseded_by, label(IN_FORCE_WORDS, in_force))


def money(amount: float | None, language: str) -> str:
    if amount is None or not math.isfinite(amount):
        return NOT_A_NUMBER
    return display_money(amount, language)


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def _price(value: float) -> str:
    return f"{value:g}"


def rule_sentence(rule: BenefitRule, language: str) -> str:
    """What the rule gives, e.g. "Corporate income tax at 15.0% instead of 25.0%"."""
    if not rule.published or (rule.rate is None and rule.amount is None):
        return QCoreApplication.translate("PolicyWords", "{kind}: amount not published").format(
            kind=label(KIND_WORDS, rule.kind)
        )
    base = label(BASE_WORDS, rule.base)
    rate = format_percent(rule.rate) if rule.rate is not None else ""
    amount = money(rule.amount, language) if rule.amount is not None else ""
    kind = rule.kind
    if kind is BenefitKind.TAX_RATE:
        return QCoreApplication.translate(
            "PolicyWords", "Corporate income tax at {rate} instead of {standard}"
        ).format(rate=rate, standard=format_percent(STANDARD_CIT_RATE))
    if kind is BenefitKind.ELECTRICITY_PRICE:
        if rule.amount is not None:
            return QCoreApplication.translate(
                "PolicyWords", "Electricity at a policy price of {price} yuan/kWh"
            ).format(price=_price(rule.amount))
        return QCoreApplication.translate("PolicyWords", "{rate} off the electricity bill").format(rate=rate)
    if kind is BenefitKind.SURCHARGE:
        per_kwh = rule.amount if rule.amount is not None else rule.rate
        if rule.base == "energy_over_pue_limit":
            return QCoreApplication.translate(
                "PolicyWords", "Surcharge of {price} yuan/kWh on energy above what PUE {limit} would use"
            ).format(price=_price(per_kwh or 0.0), limit=_price(rule.threshold or 0.0))
        if rule.base == "energy":
            return QCoreApplication.translate(
                "PolicyWords", "Surcharge of {price} yuan/kWh on all energy used"
            ).format(price=_price(per_kwh or 0.0))
        return QCoreApplication.translate("PolicyWords", "A charge of {amount} a year").format(amount=amount)
    one_off = kind in (BenefitKind.CAPEX_SUBSIDY, BenefitKind.CASH_GRANT) or rule.base in (
        "capex",
        "project_investment",
        "retrofit_investment",
        "rd_budget",
    )
    if one_off:
        if rule.rate is not None:
            return QCoreApplication.translate("PolicyWords", "{kind}: {rate} of {base}, paid once").format(
                kind=label(KIND_WORDS, kind), rate=rate, base=base
            )
        return QCoreApplication.translate("PolicyWords", "{kind}: {amount}, paid once").format(
            kind=label(KIND_WORDS, kind), amount=amount
        )
    if kind is BenefitKind.TALENT_SUBSIDY and rule.amount is not None:
        return QCoreApplication.translate(
            "PolicyWords", "{kind}: {amount} a year per person ({base})"
        ).format(kind=label(KIND_WORDS, kind), amount=amount, base=base)
    if kind is BenefitKind.INTEREST_SUBSIDY and rule.rate is not None:
        return QCoreApplication.translate(
            "PolicyWords", "{kind}: {rate} of the loan a year, off its interest"
        ).format(kind=label(KIND_WORDS, kind), rate=rate)
    if rule.rate is not None:
        return QCoreApplication.translate("PolicyWords", "{kind}: {rate} of {base}").format(
            kind=label(KIND_WORDS, kind), rate=rate, base=base
        )
    return QCoreApplication.translate("PolicyWords", "{kind}: {amount} a year").format(
        kind=label(KIND_WORDS, kind), amount=amount
    )


def rule_terms(rule: BenefitRule, language: str, site_names: dict[str, str]) -> list[str]:
    """The rule's limits and timing, each a short phrase."""
    terms: list[str] = []
    if rule.cap_per_year is not None:
        terms.append(
            QCoreApplication.translate("PolicyWords", "at most {amount} a year").format(
                amount=money(rule.cap_per_year, language)
            )
        )
    if rule.cap_total is not None:
        terms.append(
            QCoreApplication.translate("PolicyWords", "at most {amount} in total").format(
                amount=money(rule.cap_total, language)
            )
        )
    start = rule.start_year
    if rule.years is None:
        if start > 1:
            terms.append(QCoreApplication.translate("PolicyWords", "from year {start}").format(start=start))
    elif rule.years == 1:
        terms.append(QCoreApplication.translate("PolicyWords", "in year {start}").format(start=start))
    else:
        terms.append(
            QCoreApplication.translate("PolicyWords", "years {start} to {end}").format(
                start=start, end=start + rule.years - 1
            )
        )
    if rule.payout_lag == 1:
        terms.append(QCoreApplication.translate("PolicyWords", "paid a year later"))
    elif rule.payout_lag > 1:
        terms.append(
            QCoreApplication.translate("PolicyWords", "paid {years} years later").format(
                years=rule.payout_lag
            )
        )
    if rule.realisation < 1.0:
        terms.append(
            QCoreApplication.translate("PolicyWords", "{share} of it expected to be received").format(
                share=format_percent(rule.realisation, 0)
            )
        )
    terms.append(site_words(rule.site, site_names))
    if rule.stacking_group:
        terms.append(
            QCoreApplication.translate(
                "PolicyWords", "does not stack: only the largest benefit of its group counts"
            )
        )
    return [term for term in terms if term]


def site_words(site: str, site_names: dict[str, str]) -> str:
    if site in ("", "destination"):
        return QCoreApplication.translate("PolicyWords", "at the destination")
    if site == "origin":
        return QCoreApplication.translate("PolicyWords", "at the origin (where the firm is now)")
    if site == "any":
        return QCoreApplication.translate("PolicyWords", "at any site")
    names = [site_names.get(part.strip(), part.strip()) for part in site.split("|")]
    return QCoreApplication.translate("PolicyWords", "at: {sites}").format(sites=", ".join(names))
