"""The words of ``explorer.domain.figures``: every template a case's figures are shown with.

Kept apart so the module that computes the figures reads as arithmetic. Each template is
marked for Qt's translation (context "Figures"); the Chinese is in resources/i18n/zh_CN.json.
"""

from __future__ import annotations

from explorer.domain.messages import QT_TRANSLATE_NOOP

PART = QT_TRANSLATE_NOOP("Figures", "{label} {amount}")
SITE_SUM = QT_TRANSLATE_NOOP("Figures", "{site}: {parts} = {total}")
CF_ITEM = QT_TRANSLATE_NOOP("Figures", "CF{year} = {amount}")
SAVING_DETAIL = QT_TRANSLATE_NOOP("Figures", "year 1, {origin} → {destination}, before incentives")
SAVING_HOW = QT_TRANSLATE_NOOP(
    "Figures", "Saving in year 1 = operating cost at the origin − operating cost in {destination}."
)
ENERGY_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "Energy = IT load × PUE × 8,760 h × electricity price. {origin}: {e_o} a year; {destination}: {e_d} a year.",
)
NPV_DETAIL = QT_TRANSLATE_NOOP("Figures", "{years} years at a {rate} discount rate")
NPV_HOW = QT_TRANSLATE_NOOP("Figures", "NPV = Σ CF_t / (1 + r)^t for t = 0 … {years}, with r = {rate}.")
CF_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "CF_0 = − one-off costs ({one_off}) − the new build (self-build) + incentives paid at the move; "
    "CF_t = saving + investment avoided + incentives + tax relief; CF_1 also carries the parallel running "
    "({parallel}).",
)
IRR_DETAIL = QT_TRANSLATE_NOOP("Figures", "against a {rate} discount rate")
SEVERAL = QT_TRANSLATE_NOOP("Figures", "several")
UNDEFINED = QT_TRANSLATE_NOOP("Figures", "undefined")
IRR_DEFINED = QT_TRANSLATE_NOOP("Figures", "The rate at which NPV = 0.")
IRR_NO_SIGN_CHANGE = QT_TRANSLATE_NOOP(
    "Figures", "Undefined: the cash flows never change sign, so no rate makes NPV = 0."
)
IRR_NO_ROOT = QT_TRANSLATE_NOOP(
    "Figures", "Undefined: the cash flows change sign, yet no rate above −100% makes NPV = 0."
)
IRR_MULTIPLE = QT_TRANSLATE_NOOP("Figures", "Several rates make NPV = 0: {rates}. None of them is the IRR.")
IMMEDIATE = QT_TRANSLATE_NOOP("Figures", "immediate")
NOT_WITHIN = QT_TRANSLATE_NOOP("Figures", "not within {years} years")
PAYBACK_DETAIL = QT_TRANSLATE_NOOP("Figures", "cumulative cash flow back to zero")
PAYBACK_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "Payback = the first time the cumulative (undiscounted) cash flow reaches zero, linear within the year.",
)
CUMULATIVE = QT_TRANSLATE_NOOP("Figures", "Cumulative cash flow by year: {flows}")
INCENTIVES_DETAIL = QT_TRANSLATE_NOOP("Figures", "over {years} years, at the destination less at the origin")
INCENTIVES_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "Incentives = Σ over eligible chosen policies of benefit × realisation, shifted by payout lag, within caps "
    "and stacking groups (year by year), at the destination less the same at the origin.",
)
POLICY_ITEM = QT_TRANSLATE_NOOP("Figures", "• {policy} {title}: {amount}")
EXTRA_ITEM = QT_TRANSLATE_NOOP("Figures", "• Extra incentive (what-if): {amount}")
EXTRA_LABEL = QT_TRANSLATE_NOOP("Figures", "Extra (what-if)")
NO_INCENTIVES = QT_TRANSLATE_NOOP("Figures", "No chosen policy pays anything in this case.")
TAX_APART = QT_TRANSLATE_NOOP(
    "Figures", "Profit-based benefits (tax relief) are counted apart, never as operating cost: {amount}."
)
TAX_DETAIL = QT_TRANSLATE_NOOP("Figures", "over {years} years, at the destination less at the origin")
TAX_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "Tax relief = taxable profit × (25% − the preferential rate), at the destination less the same at the "
    "origin: a rate the firm has at both ends does not favour the move.",
)
ONE_OFF_DETAIL = QT_TRANSLATE_NOOP(
    "Figures", "{one_off} in year 0 and {parallel} of parallel running in year 1"
)
ONE_OFF_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "One-off costs = hardware move per rack × racks + data × cost per TB + downtime + hiring at the new site "
    "+ early exit + other; parallel running = the origin's year-1 operating cost × months / 12; less the sale "
    "of the origin facility (self-build).",
)
ONE_OFF_TERMS = QT_TRANSLATE_NOOP(
    "Figures", "One-off: {one_off}; parallel running: {parallel}; sale of the origin facility: {salvage}."
)
CO2_DETAIL = QT_TRANSLATE_NOOP("Figures", "{origin}: {o}; {destination}: {d}")
CO2_HOW = QT_TRANSLATE_NOOP(
    "Figures", "CO₂ = facility energy (MWh) × grid emission factor × (1 − green share)."
)
NO_ACCELERATORS = QT_TRANSLATE_NOOP("Figures", "no accelerators in this workload")
UNIT_COST_DETAIL = QT_TRANSLATE_NOOP("Figures", "{origin}: {o}; after incentives in {destination}: {net}")
UNIT_COST_DETAIL_SHORT = QT_TRANSLATE_NOOP("Figures", "{origin}: {o}; after incentives {net}")
UNIT_COST_HOW = QT_TRANSLATE_NOOP(
    "Figures",
    "Unit cost = operating cost in year 1 / (accelerators × 8,760 h × utilisation). After incentives: less "
    "the year-1 incentives that lower a cost line (electricity, rent, compute vouchers), never below zero; "
    "tax relief and grants are not in it.",
)
SITE_UNIT_COST = QT_TRANSLATE_NOOP("Figures", "• {site}: {gross}; after incentives {net}")
NET_LABEL = QT_TRANSLATE_NOOP("Figures", "{site} (net)")
LINE_WORDS = {
    "energy": QT_TRANSLATE_NOOP("Figures", "the energy cost"),
    "space": QT_TRANSLATE_NOOP("Figures", "the space cost"),
    "compute": QT_TRANSLATE_NOOP("Figures", "the compute-service spend"),
}
IRR_HIGH = QT_TRANSLATE_NOOP(
    "Figures",
    "Check the assumptions: an IRR above 100%. The one-off costs of the move ({outlay}) are {share} of one "
    "year's saving ({saving}).",
)
PAYBACK_QUICK = QT_TRANSLATE_NOOP(
    "Figures",
    "Check the assumptions: payback within 3 months. The one-off costs of the move ({outlay}) are {share} of "
    "one year's saving ({saving}).",
)
NET_NEGATIVE = QT_TRANSLATE_NOOP(
    "Figures",
    "Check the assumptions: the net cost after the move is below zero ({net} in year 1): the incentives exceed "
    "the whole operating cost.",
)
BENEFIT_OVER_LINE = QT_TRANSLATE_NOOP(
    "Figures",
    "Check the assumptions: policy {policy} pays {benefit} in year {year}, more than {line} it reduces ({cost}).",
)
UNIT_COST_ZERO = QT_TRANSLATE_NOOP(
    "Figures",
    "Check the assumptions: the incentives that lower cost lines cover the whole operating cost, so the unit "
    "cost after incentives is shown as zero.",
)
