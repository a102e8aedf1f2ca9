"""Incentive rules: eligibility with reasons, and each rule's amount per year (section 3).
One module because eligibility and valuation of a rule read the same rule fields and the same sample
arrays; a new benefit kind is added in one place, its reasons beside its amounts.

Valuation is vectorised over samples: every function takes arrays of shape
(n,) or (n, H+1), so the same code values a rule in an evaluation, a tornado
and a Monte Carlo. Eligibility conditions on numbers that are themselves
uncertain (IT load, investment, PUE) are tested per sample.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import numpy as np

from explorer.domain.formatting import format_number
from explorer.domain.messages import QT_TRANSLATE_NOOP, Bilingual, Joined, Message, Template
from explorer.domain.policies import BenefitKind, BenefitRule, Condition, ConditionOp, FirmField

STANDARD_CIT_RATE = 0.25  # Enterprise Income Tax Law, art. 4
HOURS_PER_YEAR = 8760.0


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """One eligibility test and its outcome, in words the user can act on.

    ``text`` is the condition as the pack words it (a ``Bilingual``), or the engine's words
    where the pack gives none; ``reason`` and ``change`` are the engine's ``Message``s. A
    layer shows them through its ``figure_style.Style`` (translator and language).
    """

    field: str
    op: str
    required: str
    actual: str | None  # None: the firm profile does not say
    status: Status
    text: str
    reason: str
    change: str = ""  # what would change the outcome; "" when met


def _word(template: Template) -> Message:
    return Message(template)


# The name of each firm field in the reasons, and its unit where the English names one.
FIELD_LABELS: dict[str, Message] = {
    FirmField.FIXED_ASSET_INVESTMENT: _word(QT_TRANSLATE_NOOP("Eligibility", "fixed-asset investment")),
    FirmField.IT_LOAD_KW: _word(QT_TRANSLATE_NOOP("Eligibility", "IT load")),
    FirmField.SECTOR: _word(QT_TRANSLATE_NOOP("Eligibility", "sector")),
    FirmField.HIGH_TECH: _word(QT_TRANSLATE_NOOP("Eligibility", "High and New Technology Enterprise status")),
    FirmField.DOMESTIC_CHIP_SHARE: _word(QT_TRANSLATE_NOOP("Eligibility", "domestic-chip share")),
    FirmField.REGISTERED_IN_GUIAN: _word(QT_TRANSLATE_NOOP("Eligibility", "registration in Gui'an")),
    FirmField.ORIGIN_REGION: _word(QT_TRANSLATE_NOOP("Eligibility", "origin region")),
    FirmField.ENCOURAGED_INDUSTRY_SHARE: _word(
        QT_TRANSLATE_NOOP("Eligibility", "revenue share from encouraged industries")
    ),
    FirmField.SITE_PUE: _word(QT_TRANSLATE_NOOP("Eligibility", "PUE at the site")),
    FirmField.MOVE_DATE: _word(QT_TRANSLATE_NOOP("Eligibility", "move date")),
    FirmField.BENCHMARK_PROJECT: _word(QT_TRANSLATE_NOOP("Eligibility", "selection as a benchmark project")),
    FirmField.APPROVED_UPGRADE: _word(QT_TRANSLATE_NOOP("Eligibility", "an approved upgrade")),
    FirmField.LARGE_ENTERPRISE: _word(QT_TRANSLATE_NOOP("Eligibility", "large-enterprise status")),
    "qualifying_staff": _word(QT_TRANSLATE_NOOP("Eligibility", "number of qualifying staff")),
}
FIELD_UNITS: dict[str, str] = {
    FirmField.FIXED_ASSET_INVESTMENT: "yuan",
    FirmField.IT_LOAD_KW: "kW",
    "qualifying_staff": "persons",
}

NUMERIC_FIELDS = {
    FirmField.FIXED_ASSET_INVESTMENT,
    FirmField.IT_LOAD_KW,
    FirmField.DOMESTIC_CHIP_SHARE,
    FirmField.ENCOURAGED_INDUSTRY_SHARE,
    FirmField.SITE_PUE,
}
BOOLEAN_FIELDS = {
    FirmField.HIGH_TECH,
    FirmField.REGISTERED_IN_GUIAN,
    FirmField.BENCHMARK_PROJECT,
    FirmField.APPROVED_UPGRADE,
    FirmField.LARGE_ENTERPRISE,
}
# Words for the sector ids a firm profile and a ``sector`` condition use (the pack's SECTORS).
SECTOR_WORDS: dict[str, Message] = {
    "data_centre": _word(QT_TRANSLATE_NOOP("Eligibility", "data-centre operation")),
    "cloud": _word(QT_TRANSLATE_NOOP("Eligibility", "cloud services")),
    "ai": _word(QT_TRANSLATE_NOOP("Eligibility", "AI")),
    "rendering": _word(QT_TRANSLATE_NOOP("Eligibility", "film and animation rendering")),
    "software": _word(QT_TRANSLATE_NOOP("Eligibility", "software and IT services")),
    "ic": _word(QT_TRANSLATE_NOOP("Eligibility", "integrated circuits")),
    "other": _word(QT_TRANSLATE_NOOP("Eligibility", "other business")),
}
YES_NO = {
    True: _word(QT_TRANSLATE_NOOP("Eligibility", "yes")),
    False: _word(QT_TRANSLATE_NOOP("Eligibility", "no")),
}
# Site ids and their (en, zh) names, for the origin condition: a tuple, so a result can be cached.
SiteWords = tuple[tuple[str, str, str], ...]
OP_WORDS = {
    ConditionOp.GE: _word(QT_TRANSLATE_NOOP("Eligibility", "at least")),
    ConditionOp.LE: _word(QT_TRANSLATE_NOOP("Eligibility", "at most")),
    ConditionOp.EQ: _word(QT_TRANSLATE_NOOP("Eligibility", "equal to")),
    ConditionOp.IN: _word(QT_TRANSLATE_NOOP("Eligibility", "one of")),
}

# What a condition asks, by the unit its English names (the Chinese names none): lupdate needs each whole.
NEED_BY_UNIT = {
    "": QT_TRANSLATE_NOOP("Eligibility", "{label} {op} {value}"),
    "yuan": QT_TRANSLATE_NOOP("Eligibility", "{label} {op} {value} yuan"),
    "kW": QT_TRANSLATE_NOOP("Eligibility", "{label} {op} {value} kW"),
    "persons": QT_TRANSLATE_NOOP("Eligibility", "{label} {op} {value} persons"),
}
NEED_TRUE = QT_TRANSLATE_NOOP("Eligibility", "{label} required")
NEED_FALSE = QT_TRANSLATE_NOOP("Eligibility", "{label} must be absent")
MET = QT_TRANSLATE_NOOP("Eligibility", "met: {need} (the firm: {actual})")
NOT_MET = QT_TRANSLATE_NOOP("Eligibility", "not met: {need}; the firm: {actual}")
WOULD_BE_MET = QT_TRANSLATE_NOOP("Eligibility", "would be met with {need}")
UNKNOWN = QT_TRANSLATE_NOOP("Eligibility", "unknown: {why}")
NOT_GIVEN = QT_TRANSLATE_NOOP("Eligibility", "the firm profile does not give its {label}")
NOT_GIVEN_BASE = QT_TRANSLATE_NOOP("Eligibility", "the firm profile does not give the {label}")
UNREADABLE = QT_TRANSLATE_NOOP("Eligibility", "the rule cannot be read ({problem})")
UNRECOGNISED = QT_TRANSLATE_NOOP("Eligibility", "the condition value '{value}' is not recognised")
STATE_IT = QT_TRANSLATE_NOOP("Eligibility", "state the firm's {label} in the scenario")
GIVE_PATH = QT_TRANSLATE_NOOP("Eligibility", "give {path} in the scenario")
NOT_FOR_YES_NO = QT_TRANSLATE_NOOP("Eligibility", "{op} does not apply to a yes/no field")
NOT_FOR_NUMBER = QT_TRANSLATE_NOOP("Eligibility", "'in' does not apply to a number")
NOT_FOR_TEXT = QT_TRANSLATE_NOOP("Eligibility", "{op} does not apply to a text field")
NOT_FOR_FIELD = QT_TRANSLATE_NOOP("Eligibility", "{op} does not apply to this field")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the engine knows about the firm at one site. Arrays are per sample."""

    fixed_asset_investment: np.ndarray
    it_load_kw: np.ndarray
    site_pue: np.ndarray
    sector: str
    high_tech: bool | None
    domestic_chip_share: float | None
    encouraged_industry_share: float | None
    registered_in_guian: bool | None
    origin_region: str
    move_date: dt.date
    benchmark_project: bool | None = None
    approved_upgrade: bool | None = None
    large_enterprise: bool | None = None

    def get(self, field: FirmField) -> object:
        return getattr(self, field.value)


def _text(value: object) -> str:
    if isinstance(value, np.ndarray):
        value = float(value[0])
    if isinstance(value, float):
        return format_number(value, "en", decimals=None if abs(value) >= 1000 else 2).rstrip()
    return str(value)


def value_words(field: str, value: object, sites: SiteWords = ()) -> str:
    """A firm fact or a required value as the reasons show it: yes/no for a yes/no field, a
    sector's words, a site's name (a ``Bilingual``); ids the words do not know stay as they are.
    A required value of several ids ("ic|software") is shown as a list."""
    if field in BOOLEAN_FIELDS and isinstance(value, bool | str):
        if isinstance(value, str):
            value = value.strip().lower() in ("true", "yes", "1")
        return YES_NO[value]
    if field in (FirmField.SECTOR, FirmField.ORIGIN_REGION) and isinstance(value, str):
        known: dict[str, str] = (
            dict(SECTOR_WORDS) if field is FirmField.SECTOR else {i: Bilingual(zh, en) for i, en, zh in sites}
        )
        words = [known.get(part.strip(), part.strip()) for part in value.split("|")]
        return words[0] if len(words) == 1 else Joined(words, ", ")
    text = _text(value)
    if isinstance(value, str) and "|" in value:
        text = value.replace("|", ", ")
    return text


def check_condition(
    condition: Condition, facts: Facts, sites: SiteWords = ()
) -> tuple[Status, np.ndarray | bool, ConditionResult]:
    """(status at the first sample, per-sample "met" mask, the explained result).

    ``sites``: (id, English name, Chinese name) of the pack's sites, for an origin condition's words.
    """
    actual = facts.get(condition.field)
    if condition.field is not FirmField.ORIGIN_REGION:
        sites = ()  # the words need them only there; a smaller cache key elsewhere
    if isinstance(actual, np.ndarray):
        if actual.size == 1:  # one sample: the same question as last time has the same answer
            return _check_one(condition, float(actual[0]), sites)
        return _check(condition, actual, sites)
    return _check_one(condition, actual, sites)


@lru_cache(maxsize=4096)
def _check_one(
    condition: Condition, actual: object, sites: SiteWords
) -> tuple[Status, bool, ConditionResult]:
    return _check(condition, actual, sites)


def _as_worded(condition: Condition, need: str) -> str:
    """The condition as the pack words it, in either language; the engine's words where it gives none."""
    if not (condition.text_en or condition.text_zh):
        return need
    return Bilingual(condition.text_zh or need, condition.text_en or need)


def _check(
    condition: Condition, actual: object, sites: SiteWords = ()
) -> tuple[Status, np.ndarray | bool, ConditionResult]:
    field, op = condition.field, condition.op
    label = FIELD_LABELS[field]
    required = condition.value
    met: np.ndarray | bool
    if actual is None or (isinstance(actual, str) and not actual):
        return _unknown(condition, Message(NOT_GIVEN, label=label))
    try:
        met = _evaluate(field, op, required, actual)
    except _NotApplicable as error:
        return _unknown(condition, Message(UNREADABLE, problem=error.problem))
    except ValueError:  # a required value that is no number or date
        return _unknown(condition, Message(UNREADABLE, problem=Message(UNRECOGNISED, value=required)))
    first = bool(np.asarray(met).reshape(-1)[0])
    status = Status.MET if first else Status.NOT_MET
    need: Message
    if op in (ConditionOp.IS_TRUE, ConditionOp.IS_FALSE):
        need = Message(NEED_TRUE if op is ConditionOp.IS_TRUE else NEED_FALSE, label=label)
    else:
        template = NEED_BY_UNIT[FIELD_UNITS.get(field, "")]
        words = value_words(field, required, sites)
        need = Message(template, label=label, op=OP_WORDS.get(op, ""), value=words)
    actual_words = value_words(field, actual, sites)
    if status is Status.MET:
        reason, change = Message(MET, need=need, actual=actual_words), ""
    else:
        reason = Message(NOT_MET, need=need, actual=actual_words)
        change = Message(WOULD_BE_MET, need=need)
    result = ConditionResult(
        field.value, op.value, required, _text(actual), status, _as_worded(condition, need), reason, change
    )
    return status, met, result


def _unknown(condition: Condition, why: Message) -> tuple[Status, bool, ConditionResult]:
    label = FIELD_LABELS[condition.field]
    as_written = Joined([label, condition.op.value, condition.value], " ")  # "IT load in 500|1000"
    result = ConditionResult(
        condition.field.value, condition.op.value, condition.value, None, Status.UNKNOWN,
        _as_worded(condition, as_written), Message(UNKNOWN, why=why), Message(STATE_IT, label=label),
    )  # fmt: skip
    return Status.UNKNOWN, False, result


@lru_cache(maxsize=64)  # a handful of bases; every evaluation asks again
def unknown_basis(path: str, label: str) -> ConditionResult:
    """A rule's base the firm profile leaves unknown (``firm.rd_budget``), as a condition's result."""
    return ConditionResult(
        path, "given", "", None, Status.UNKNOWN, label,
        Message(UNKNOWN, why=Message(NOT_GIVEN_BASE, label=label)), Message(GIVE_PATH, path=path),
    )  # fmt: skip


class _NotApplicable(ValueError):
    """A rule whose operator the field cannot take; ``problem`` says why (a Message)."""

    def __init__(self, problem: Message) -> None:
        super().__init__(problem)
        self.problem = problem


def _evaluate(field: FirmField, op: ConditionOp, required: str, actual: object) -> np.ndarray | bool:
    if field in BOOLEAN_FIELDS:
        if op is ConditionOp.IS_TRUE:
            return bool(actual)
        if op is ConditionOp.IS_FALSE:
            return not bool(actual)
        if op is ConditionOp.EQ:
            return bool(actual) == (required.strip().lower() in ("true", "yes", "1"))
        raise _NotApplicable(Message(NOT_FOR_YES_NO, op=op.value))
    if field is FirmField.MOVE_DATE:
        wanted = dt.date.fromisoformat(required.strip())
        return _compare(op, actual, wanted)
    if field in NUMERIC_FIELDS:
        if op is ConditionOp.IN:
            raise _NotApplicable(Message(NOT_FOR_NUMBER))
        return _compare(op, np.asarray(actual, dtype=np.float64), float(required))
    text = str(actual).strip().lower()
    options = [part.strip().lower() for part in required.split("|")]
    if op is ConditionOp.EQ:
        return text == options[0]
    if op is ConditionOp.IN:
        return text in options
    raise _NotApplicable(Message(NOT_FOR_TEXT, op=op.value))


def _compare(op: ConditionOp, actual, wanted):
    if op is ConditionOp.GE:
        return actual >= wanted
    if op is ConditionOp.LE:
        return actual <= wanted
    if op is ConditionOp.EQ:
        return actual == wanted
    raise _NotApplicable(Message(NOT_FOR_FIELD, op=op.value))


# --- valuation -------------------------------------------------------------

# Bases that are a stock of money: a rule on them pays once (in its start year), whatever its kind.
STOCK_BASES = {
    "capex": "fixed_asset_investment",
    "project_investment": "project_investment",
    "retrofit_investment": "retrofit_investment",
    "rd_budget": "rd_budget",
}
# Bases that are a firm fact the profile may leave unknown: their words and field path.
OPTIONAL_BASES: dict[str, tuple[Message, str]] = {
    "project_investment": (
        _word(QT_TRANSLATE_NOOP("Eligibility", "investment in the qualifying project")),
        "firm.project_investment",
    ),
    "retrofit_investment": (
        _word(QT_TRANSLATE_NOOP("Eligibility", "retrofit investment")),
        "firm.retrofit_investment",
    ),
    "rd_budget": (_word(QT_TRANSLATE_NOOP("Eligibility", "R&D budget of the project")), "firm.rd_budget"),
    "qualifying_staff": (FIELD_LABELS["qualifying_staff"], "firm.qualifying_staff"),
}
ONE_OFF_KINDS = (BenefitKind.CAPEX_SUBSIDY, BenefitKind.CASH_GRANT)


def is_one_off(rule: BenefitRule) -> bool:
    """Paid once, in the rule's start year (plus lag), rather than every year of its term."""
    return rule.kind in ONE_OFF_KINDS or rule.base in STOCK_BASES


@dataclass(frozen=True, slots=True)
class SiteBasis:
    """The quantities rules are applied to at one site: (n,) per sample, (T, n) per year and sample.

    Years come first (T = H+1): see cashflow.simulate for why.
    """

    energy_cost: np.ndarray  # (T, n) yuan, zero in year 0
    space_year: np.ndarray  # (n,) rack rent or self-build facility cost a year
    compute_spend: np.ndarray | None  # (T, n) compute-service spend; None unless compute_service
    energy_kwh: np.ndarray  # (n,)
    price: np.ndarray  # (n,)
    pue: np.ndarray  # (n,)
    staff: np.ndarray  # (n,) operations staff at the site
    electricity_growth: np.ndarray  # (T, 1) or (T, n): (1 + e_p)^(t-1), zero in year 0
    operating: np.ndarray  # (T,) 1 for t >= 1
    it_load_kw: np.ndarray  # (n,)
    racks: np.ndarray  # (n,)
    compute_service: bool
    rents_racks: bool  # colocation: the firm pays rack rent (not in self-build or compute service)
    stocks: dict[str, np.ndarray | None]  # firm quantities by name; None: unknown
    # fixed_asset_investment, project_investment, retrofit_investment, rd_budget,
    # taxable_profit, loan, qualifying_staff

    @property
    def space(self) -> np.ndarray:
        """(T, n) the space line, made only for the few rules that need it."""
        return self.operating[:, None] * self.space_year

    def stock(self, name: str) -> np.ndarray:
        value = self.stocks.get(name)
        return value if value is not None else np.zeros_like(self.it_load_kw)


def missing_basis(rule: BenefitRule, stocks: dict[str, np.ndarray | None]) -> tuple[Message, str] | None:
    """(words, field path) of a firm quantity the rule needs and the profile does not give."""
    words = OPTIONAL_BASES.get(rule.base)
    if words is None:
        return None
    name = STOCK_BASES.get(rule.base, rule.base)
    return words if stocks.get(name) is None else None


# A rule's gross benefit as two factors: per sample (n,) and per year (T,), (T, 1) or
# (T, n); gross = per_year * per_sample. Most rules are such an outer product, so a
# million samples cost one pass, not five.
Gross = tuple[np.ndarray, np.ndarray]


def _per_year(values: np.ndarray, basis: SiteBasis) -> Gross:
    return values, basis.operating


def _once(values: np.ndarray, basis: SiteBasis) -> Gross:
    """An amount earned once: the rule's window picks the year."""
    return values, np.ones_like(basis.operating)


def _fixed(amount: float, basis: SiteBasis) -> np.ndarray:
    return np.full_like(basis.it_load_kw, amount)


def _electricity_price(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    if rule.amount is not None:
        return _price_gap(np.full_like(b.price, rule.amount), b)
    if rule.rate is not None:  # a share of the energy bill
        return _fixed(rule.rate, b), b.energy_cost
    return None


def _price_gap(policy_price: np.ndarray, b: SiteBasis) -> Gross:
    """A guaranteed price (yuan/kWh, per sample): the site's escalating price less the nominal
    policy price, never below zero, times the energy (7.4: a policy price does not escalate)."""
    market = b.electricity_growth * b.price  # (T, n): zero in year 0
    gap = np.maximum(market - policy_price * b.operating[:, None], 0.0)
    return b.energy_kwh, gap


def _compute_voucher(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    if rule.rate is None and rule.amount is None:
        return None
    if b.compute_spend is None:  # no compute services bought: nothing to discount
        return _fixed(0.0, b), b.operating
    if rule.rate is not None:
        return _fixed(rule.rate, b), b.compute_spend
    # a voucher of fixed size a year, never above the spend
    return _fixed(1.0, b), np.minimum(rule.amount * b.operating[:, None], b.compute_spend)


def _rent_subsidy(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    if rule.rate is None and rule.amount is None:
        return None
    if not b.rents_racks:  # the provider rents the racks, or the firm owns its building
        return _fixed(0.0, b), b.operating
    if rule.rate is not None:
        return rule.rate * b.space_year, b.operating
    return np.minimum(rule.amount, b.space_year), b.operating  # yuan a year, never above the rent


def _one_off_grant(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    """capex_subsidy and cash_grant: rate * a stock (investment, budget) or a fixed amount, once."""
    if rule.rate is not None and rule.base in STOCK_BASES:
        return _once(rule.rate * b.stock(STOCK_BASES[rule.base]), b)
    if rule.amount is not None:
        return _once(_fixed(rule.amount, b), b)
    return None


def _tax_rate(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    if rule.rate is None:
        return None
    return _per_year(b.stock("taxable_profit") * max(0.0, STANDARD_CIT_RATE - rule.rate), b)


def _talent_subsidy(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    if rule.base in STOCK_BASES:  # e.g. a share of a talent project's R&D budget, once
        return _one_off_grant(rule, b)
    if rule.amount is None:
        return None
    people = b.staff if rule.base == "staff" else b.stock("qualifying_staff")
    return _per_year(people * rule.amount, b)


def _interest_subsidy(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    if rule.rate is not None:  # percentage points on the loan, as a fraction
        return _per_year(b.stock("loan") * rule.rate, b)
    if rule.amount is not None:
        return _per_year(_fixed(rule.amount, b), b)
    return None


def _surcharge(rule: BenefitRule, b: SiteBasis) -> Gross | None:
    """Size of a charge, made negative by the caller. ``amount`` is yuan/kWh on an energy base."""
    per_kwh = rule.amount if rule.amount is not None else rule.rate
    if per_kwh is None:
        return None
    if rule.base == "energy_over_pue_limit":
        if rule.threshold is None:
            return None
        over_kwh = b.it_load_kw * HOURS_PER_YEAR * np.maximum(b.pue - rule.threshold, 0.0)
        return _per_year(over_kwh * per_kwh, b)
    if rule.base == "energy":
        return _per_year(b.energy_kwh * per_kwh, b)
    if rule.amount is not None:  # a fixed charge a year
        return _per_year(_fixed(rule.amount, b), b)
    return None


GROSS: dict[BenefitKind, Callable[[BenefitRule, SiteBasis], Gross | None]] = {
    BenefitKind.ELECTRICITY_PRICE: _electricity_price,
    BenefitKind.COMPUTE_VOUCHER: _compute_voucher,
    BenefitKind.RENT_SUBSIDY: _rent_subsidy,
    BenefitKind.CAPEX_SUBSIDY: _one_off_grant,
    BenefitKind.CASH_GRANT: _one_off_grant,
    BenefitKind.TAX_RATE: _tax_rate,
    BenefitKind.TALENT_SUBSIDY: _talent_subsidy,
    BenefitKind.INTEREST_SUBSIDY: _interest_subsidy,
    BenefitKind.SURCHARGE: _surcharge,
}


def _delay(values: np.ndarray, lag: int) -> np.ndarray:
    """Shift along the years (axis 0): paid ``lag`` years after it is earned; past the horizon, lost."""
    if lag <= 0:
        return values
    shifted = np.zeros_like(values)
    if lag < values.shape[0]:
        shifted[lag:] = values[:-lag]
    return shifted


def rule_amounts(
    rule: BenefitRule,
    basis: SiteBasis,
    window: np.ndarray,
    realisation: np.ndarray | float,
    mask: np.ndarray | None = None,
    price: np.ndarray | None = None,
) -> np.ndarray | None:
    """Signed amount received, (T, n): per year and sample, before stacking. None: not quantified.

    Order: gross benefit in the years the rule earns -> cap per year -> cap in
    total (in earning order) -> times realisation -> shifted by the payout lag
    (anything paid after the horizon is not counted). ``mask``: the samples in
    which the firm is eligible (None: all). ``price``: a guaranteed electricity
    price per sample that replaces the rule's own amount (the scenario's input).
    """
    if price is not None and rule.kind is BenefitKind.ELECTRICITY_PRICE and rule.amount is not None:
        factors = _price_gap(price, basis)
    else:
        factors = GROSS[rule.kind](rule, basis)
    if factors is None:
        return None
    per_sample, per_year = factors
    per_year = per_year[:, None] if per_year.ndim == 1 else per_year  # (T, 1) or (T, n)
    share = np.asarray(realisation, dtype=np.float64)
    scale = (-1.0 if rule.kind is BenefitKind.SURCHARGE else 1.0) * share  # () or (n,)
    if mask is not None:
        scale = scale * mask
    if rule.cap_per_year is None and rule.cap_total is None:
        # no cap: everything per sample folds into one factor, everything per year into the other
        return _delay(per_year * window[:, None], rule.payout_lag) * (per_sample * scale)
    earned = (per_year * window[:, None]) * per_sample
    if rule.cap_per_year is not None:
        earned = np.minimum(earned, rule.cap_per_year)
    if rule.cap_total is not None:
        capped = np.minimum(np.cumsum(earned, axis=0), rule.cap_total)
        earned = np.diff(capped, axis=0, prepend=0.0)
    return _delay(earned * scale, rule.payout_lag)


def pick_largest(amounts: list[np.ndarray]) -> list[np.ndarray]:
    """Stacking (7.4): within a group, in each year and sample, only the largest amount (in size) pays.

    Decided year by year, so two rules of one policy for different years never exclude each
    other. ``amounts`` are (T, n); a tie goes to the rule listed first.
    """
    if len(amounts) == 1:
        return amounts
    sizes = np.abs(np.stack(amounts))  # (m, T, n)
    winner = sizes.argmax(axis=0)  # (T, n)
    return [a * (winner == i) for i, a in enumerate(amounts)]
