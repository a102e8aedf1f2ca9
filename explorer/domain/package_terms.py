"""A proposed package's items as a reader sees them: the terms of each, and what each is worth to the firm.

One wording for the investor pack's item table and the presenter's package screen. The terms are
``Message``s (translated where shown); money inside them is formatted by the caller, who knows the
currency and language shown.
"""

from __future__ import annotations

from collections.abc import Callable

from explorer.domain.finance import discount_factors
from explorer.domain.formatting import format_percent
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.package import Assessment, PackageItem
from explorer.domain.package_data import ItemKind

PRICE = QT_TRANSLATE_NOOP("Report", "{price} yuan/kWh for {years} years")
AT_THE_MOVE = QT_TRANSLATE_NOOP("Report", "{amount} at the move")
PER_STAFF = QT_TRANSLATE_NOOP("Report", "{amount} a staff member a year for {years} years")
LOAN_POINTS = QT_TRANSLATE_NOOP("Report", "{points} points on the loan for {years} years")
CAPEX_SHARE = QT_TRANSLATE_NOOP("Report", "{share} of the fixed-asset investment, once")
SHARE_OF = QT_TRANSLATE_NOOP("Report", "{share} of {what} for {years} years")
RACK_RENT = QT_TRANSLATE_NOOP("Report", "the rack rent")
SERVICE_SPEND = QT_TRANSLATE_NOOP("Report", "compute-service spend")
CAPPED = QT_TRANSLATE_NOOP("Report", ", capped at {cap}")


def item_terms(item: PackageItem, money: Callable[[float], str]) -> tuple[Message, ...]:
    """The item's terms ("0.300 yuan/kWh for 3 years"; "20.0% of the rack rent for 3 years", ", capped
    at CNY 5.0 M"): parts to translate and join, ``money`` formatting each amount in yuan."""
    kind = item.kind
    if kind is ItemKind.ELECTRICITY_PRICE:
        return (Message(PRICE, price=f"{item.value:.3f}", years=item.years),)
    if kind is ItemKind.SETTLEMENT_GRANT:
        return (Message(AT_THE_MOVE, amount=money(item.value)),)
    if kind is ItemKind.TALENT_SUBSIDY:
        return (Message(PER_STAFF, amount=money(item.value), years=item.years),)
    if kind is ItemKind.INTEREST_SUBSIDY:
        return (Message(LOAN_POINTS, points=f"{item.value * 100:.2f}", years=item.years),)
    share = format_percent(item.value)
    if kind is ItemKind.CAPEX_SUBSIDY:
        terms, cap = Message(CAPEX_SHARE, share=share), item.cap_total
    else:
        what = Message(RACK_RENT if kind is ItemKind.RENT_SUBSIDY else SERVICE_SPEND)
        terms, cap = Message(SHARE_OF, share=share, what=what, years=item.years), item.cap_per_year
    return (terms,) if cap is None else (terms, Message(CAPPED, cap=money(cap)))


def worth_to_firm(assessment: Assessment) -> dict[ItemKind, float]:
    """What each item pays the firm over the horizon, at the firm's discount rate (present value)."""
    factors = discount_factors(assessment.evaluation.discount_rate, assessment.horizon)
    return {cost.kind: float(cost.amounts @ factors) for cost in assessment.region.items}
