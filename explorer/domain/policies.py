"""Incentive policies as data: the catalogue's records and their machine-readable rules.

The valuation and eligibility logic lives in the engine; this module only
defines what a policy *is*, so the data pack loader and the engine agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.messages import QT_TRANSLATE_NOOP, Template, local
from explorer.domain.parameters import Confidence


class PolicyLevel(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"  # Guizhou province
    MUNICIPAL = "municipal"  # Guiyang city
    DISTRICT = "district"  # Gui'an New Area
    ORIGIN = "origin"  # rules of the region a firm moves from (e.g. Beijing)


class PolicyCategory(StrEnum):
    TAX = "tax"
    ELECTRICITY = "electricity"
    COMPUTE_VOUCHER = "compute_voucher"
    TALENT = "talent"
    FINANCE = "finance"  # loans, interest subsidies, funds
    LAND_AND_SPACE = "land_and_space"
    INVESTMENT = "investment"  # capex rewards, project grants
    LAYOUT = "layout"  # planning documents, hub designations
    REGULATION = "regulation"  # laws, limits, surcharges


class Validity(StrEnum):
    """Where a policy stands on the data pack's date (its ``as_of``), as the pack states it."""

    IN_FORCE = "in_force"  # in force, as far as its sources show (no expiry, repeal or successor found)
    EXPIRED = "expired"  # its period has ended (``expiry`` before the pack's date)
    SUPERSEDED = "superseded"  # replaced by a newer edition or revision (``superseded_by``, if in the pack)
    TARGET_PASSED = "target_passed"  # a plan or report whose target year is past: not repealed, but history
    UNCONFIRMED = "unconfirmed"  # only reported; no document seen, so whether and how it applies is unknown


# A policy's standing in words (the Policies tab, the report); "superseded" names its successor if known.
VALIDITY_WORDS: dict[Validity, Template] = {
    Validity.IN_FORCE: QT_TRANSLATE_NOOP("PolicyWords", "In force"),
    Validity.EXPIRED: QT_TRANSLATE_NOOP("PolicyWords", "Expired"),
    Validity.SUPERSEDED: QT_TRANSLATE_NOOP("PolicyWords", "Superseded"),
    Validity.TARGET_PASSED: QT_TRANSLATE_NOOP("PolicyWords", "Target year passed"),
    Validity.UNCONFIRMED: QT_TRANSLATE_NOOP("PolicyWords", "Reported only, not confirmed"),
}
SUPERSEDED_BY = QT_TRANSLATE_NOOP("PolicyWords", "Superseded by {policy}")


class BenefitKind(StrEnum):
    """The rule kinds of cost-model.md section 3."""

    ELECTRICITY_PRICE = "electricity_price"
    COMPUTE_VOUCHER = "compute_voucher"
    RENT_SUBSIDY = "rent_subsidy"
    CAPEX_SUBSIDY = "capex_subsidy"
    CASH_GRANT = "cash_grant"
    TAX_RATE = "tax_rate"
    TALENT_SUBSIDY = "talent_subsidy"
    INTEREST_SUBSIDY = "interest_subsidy"
    SURCHARGE = "surcharge"


# A rule kind and base in words (templates: each layer shows them in its language)
KIND_WORDS: dict[BenefitKind, Template] = {
    BenefitKind.ELECTRICITY_PRICE: QT_TRANSLATE_NOOP("PolicyWords", "Electricity price"),
    BenefitKind.COMPUTE_VOUCHER: QT_TRANSLATE_NOOP("PolicyWords", "Compute voucher"),
    BenefitKind.RENT_SUBSIDY: QT_TRANSLATE_NOOP("PolicyWords", "Rent subsidy"),
    BenefitKind.CAPEX_SUBSIDY: QT_TRANSLATE_NOOP("PolicyWords", "Investment subsidy"),
    BenefitKind.CASH_GRANT: QT_TRANSLATE_NOOP("PolicyWords", "Cash grant"),
    BenefitKind.TAX_RATE: QT_TRANSLATE_NOOP("PolicyWords", "Tax rate"),
    BenefitKind.TALENT_SUBSIDY: QT_TRANSLATE_NOOP("PolicyWords", "Talent subsidy"),
    BenefitKind.INTEREST_SUBSIDY: QT_TRANSLATE_NOOP("PolicyWords", "Interest subsidy"),
    BenefitKind.SURCHARGE: QT_TRANSLATE_NOOP("PolicyWords", "Surcharge"),
}
BASE_WORDS: dict[str, Template] = {  # a rule's base: what its rate or amount applies to
    "energy": QT_TRANSLATE_NOOP("PolicyWords", "the facility's energy use"),
    "energy_over_pue_limit": QT_TRANSLATE_NOOP("PolicyWords", "energy above the PUE limit"),
    "space": QT_TRANSLATE_NOOP("PolicyWords", "the rent for racks or space"),
    "compute_spend": QT_TRANSLATE_NOOP("PolicyWords", "spending on compute services"),
    "capex": QT_TRANSLATE_NOOP("PolicyWords", "fixed-asset investment"),
    "project_investment": QT_TRANSLATE_NOOP("PolicyWords", "investment in the qualifying project"),
    "retrofit_investment": QT_TRANSLATE_NOOP("PolicyWords", "retrofit investment"),
    "rd_budget": QT_TRANSLATE_NOOP("PolicyWords", "R&D budget of the project"),
    "taxable_profit": QT_TRANSLATE_NOOP("PolicyWords", "taxable profit"),
    "staff": QT_TRANSLATE_NOOP("PolicyWords", "operations staff"),
    "qualifying_staff": QT_TRANSLATE_NOOP("PolicyWords", "qualifying staff"),
    "loan": QT_TRANSLATE_NOOP("PolicyWords", "the loan"),
    "fixed": QT_TRANSLATE_NOOP("PolicyWords", "a fixed amount"),
}


class ConditionOp(StrEnum):
    GE = ">="
    LE = "<="
    EQ = "=="
    IN = "in"  # value is a "|"-separated list
    IS_TRUE = "is_true"
    IS_FALSE = "is_false"


class FirmField(StrEnum):
    """Firm-profile facts a policy's eligibility can depend on."""

    FIXED_ASSET_INVESTMENT = "fixed_asset_investment"  # yuan
    IT_LOAD_KW = "it_load_kw"
    SECTOR = "sector"
    HIGH_TECH = "high_tech"  # certified High and New Technology Enterprise
    DOMESTIC_CHIP_SHARE = "domestic_chip_share"  # fraction 0..1
    REGISTERED_IN_GUIAN = "registered_in_guian"
    ORIGIN_REGION = "origin_region"  # a site id
    ENCOURAGED_INDUSTRY_SHARE = "encouraged_industry_share"  # revenue share on the western catalogue
    SITE_PUE = "site_pue"  # PUE of the facility at the site the rule applies to
    MOVE_DATE = "move_date"  # ISO date
    BENCHMARK_PROJECT = "benchmark_project"  # selected as a benchmark computing-application project
    APPROVED_UPGRADE = "approved_upgrade"  # completed an upgrade recognised by the issuing city
    LARGE_ENTERPRISE = "large_enterprise"  # a large enterprise by the national size classification


@dataclass(frozen=True, slots=True)
class Condition:
    """One eligibility test on the firm profile, e.g. ``high_tech is_true``."""

    field: FirmField
    op: ConditionOp
    value: str = ""  # parsed by the engine according to ``field``
    text_zh: str = ""
    text_en: str = ""


@dataclass(frozen=True, slots=True)
class BenefitRule:
    """A quantified benefit. ``None`` amounts mean "not published", never zero.

    ``site`` names where the rule applies: "destination" (Gui'an), "origin", or a
    site id. ``start_year`` counts from the move (year 1 is the first operating year).
    """

    id: str
    policy_id: str
    kind: BenefitKind
    base: str  # which cost line or quantity: "energy", "space", "compute_spend", "capex", ...
    rate: float | None = None
    amount: float | None = None
    cap_per_year: float | None = None
    cap_total: float | None = None
    start_year: int = 1
    years: int | None = None  # None: for the whole horizon
    payout_lag: int = 0
    realisation: float = 1.0
    stacking_group: str = ""
    site: str = "destination"
    published: bool = True  # False: the policy exists but its amount was never published
    note_zh: str = ""
    note_en: str = ""
    # Added for the engine (defaults keep older packs valid):
    threshold: float | None = None  # surcharge on "energy_over_pue_limit": the PUE limit
    conditions: tuple[Condition, ...] = ()  # conditions of this rule only, e.g. one tier of a surcharge


@dataclass(frozen=True, slots=True)
class SourceRef:
    title: str  # English (or the only text a pack made before title_zh gives)
    url: str = ""  # only addresses fit to show a client (issuing body, official outlet, reputable press)
    title_zh: str = ""  # the source in Chinese; empty: ``title`` is shown in Chinese too

    def title_in(self, language: str) -> str:
        """The source's title in ``language`` ("zh..." or "en"), falling back to the English text."""
        return local(self.title, self.title_zh or self.title, language)


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    title_zh: str
    title_en: str
    issuer_zh: str
    issuer_en: str
    level: PolicyLevel
    category: PolicyCategory
    summary_zh: str
    summary_en: str
    confidence: Confidence
    last_verified: dt.date | None  # None: not re-checked against its sources
    doc_number: str = ""
    issued: dt.date | None = None
    effective: dt.date | None = None
    expiry: dt.date | None = None  # None: open-ended
    target_origins: tuple[str, ...] = ()  # site ids the policy is aimed at; () = any
    sources: tuple[SourceRef, ...] = ()
    conditions: tuple[Condition, ...] = ()
    rules: tuple[BenefitRule, ...] = ()
    issued_label: str = ""  # the issue date as precise as the source gives it: "2020-04", "2016"
    validity: Validity = Validity.IN_FORCE  # where it stands on the pack's date
    superseded_by: str = ""  # the successor's policy id, when superseded and the pack holds it
    verified_against: str = ""  # what the row was checked against on ``last_verified``

    @property
    def quantified(self) -> bool:
        return any(rule.published for rule in self.rules)

    def title(self, language: str) -> str:
        return local(self.title_en, self.title_zh, language)

    def summary(self, language: str) -> str:
        return local(self.summary_en, self.summary_zh, language)

    def is_in_force(self, on: dt.date) -> bool:
        started = self.effective is None or self.effective <= on
        return started and (self.expiry is None or on <= self.expiry)
