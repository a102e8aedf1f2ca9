"""The catalogue of numeric inputs: unit, allowed range and label of every field.

One table serves validation (the message names the field and its range), the
tornado labels, goal-seek brackets and the scenario-format documentation. The
upper bounds are far above any real case; they exist so that no combination of
valid inputs can overflow to infinity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from explorer.domain.parameters import SiteParam


@dataclass(frozen=True, slots=True)
class FieldSpec:
    unit: str
    minimum: float
    maximum: float
    label: Template  # the field's name, context "Fields"; rendered by the layer's Style
    affects_npv: bool = True  # False: shown and editable, but no cash flow depends on it


_MONEY = 1e13  # 10 trillion yuan: far above any single case
_PERSONS = 1e6

FIRM_FIELDS: dict[str, FieldSpec] = {
    "fixed_asset_investment": FieldSpec(
        "yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Fixed-asset investment")
    ),
    "taxable_profit": FieldSpec(
        "yuan/yr", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Taxable profit at the destination")
    ),
    "loan": FieldSpec("yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Loan")),
    "project_investment": FieldSpec(
        "yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Investment in a qualifying project")
    ),
    "retrofit_investment": FieldSpec(
        "yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Energy-retrofit investment")
    ),
    "rd_budget": FieldSpec(
        "yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "R&D budget of a talent-led project")
    ),
    "qualifying_staff": FieldSpec(
        "persons", 0.0, _PERSONS, QT_TRANSLATE_NOOP("Fields", "Staff qualifying for talent subsidies")
    ),
    "latency_budget_ms": FieldSpec(
        "ms", 0.0, 10_000.0, QT_TRANSLATE_NOOP("Fields", "Latency budget"), affects_npv=False
    ),
}

WORKLOAD_FIELDS: dict[str, FieldSpec] = {
    "accelerators": FieldSpec("count", 0.0, 1e7, QT_TRANSLATE_NOOP("Fields", "Accelerators")),
    "accelerator_power_kw": FieldSpec("kW", 0.0, 100.0, QT_TRANSLATE_NOOP("Fields", "Power per accelerator")),
    "it_load_kw": FieldSpec("kW", 0.0, 1e7, QT_TRANSLATE_NOOP("Fields", "IT load")),
    "rack_density_kw": FieldSpec("kW/rack", 0.1, 500.0, QT_TRANSLATE_NOOP("Fields", "Rack density")),
    "bandwidth_mbps": FieldSpec("Mbps", 0.0, 1e8, QT_TRANSLATE_NOOP("Fields", "Bandwidth")),
    "bandwidth_mbps_per_100kw": FieldSpec(
        "Mbps/100kW", 0.0, 1e6, QT_TRANSLATE_NOOP("Fields", "Bandwidth per 100 kW of IT")
    ),
    "staff": FieldSpec("persons", 0.0, _PERSONS, QT_TRANSLATE_NOOP("Fields", "Operations staff per site")),
    "utilisation": FieldSpec(
        "fraction", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Accelerator utilisation"), affects_npv=False
    ),
    "service_margin": FieldSpec("fraction", 0.0, 10.0, QT_TRANSLATE_NOOP("Fields", "Compute-service margin")),
    "facility_life_years": FieldSpec("years", 1.0, 100.0, QT_TRANSLATE_NOOP("Fields", "Facility life")),
    "maintenance_rate": FieldSpec(
        "fraction/yr", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Facility maintenance")
    ),
    "origin_remaining_life_years": FieldSpec(
        "years", 0.0, 100.0, QT_TRANSLATE_NOOP("Fields", "Remaining life of the origin facility")
    ),
    "build_period_years": FieldSpec("years", 1.0, 10.0, QT_TRANSLATE_NOOP("Fields", "Build period")),
    "salvage_share": FieldSpec(
        "fraction", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Sale of the origin facility")
    ),
}

SITE_FIELDS: dict[str, FieldSpec] = {
    SiteParam.ELECTRICITY_PRICE.value: FieldSpec(
        "yuan/kWh", 0.0, 50.0, QT_TRANSLATE_NOOP("Fields", "Electricity price")
    ),
    SiteParam.PUE.value: FieldSpec("ratio", 1.0, 10.0, QT_TRANSLATE_NOOP("Fields", "PUE")),
    SiteParam.RACK_RENT.value: FieldSpec(
        "yuan/rack/month", 0.0, 1e7, QT_TRANSLATE_NOOP("Fields", "Rack rent")
    ),
    SiteParam.BANDWIDTH_PRICE.value: FieldSpec(
        "yuan/Mbps/month", 0.0, 1e6, QT_TRANSLATE_NOOP("Fields", "Bandwidth price")
    ),
    SiteParam.WAGE.value: FieldSpec("yuan/person/year", 0.0, 1e9, QT_TRANSLATE_NOOP("Fields", "Wage")),
    SiteParam.SOCIAL_ONCOST.value: FieldSpec(
        "fraction", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Social-insurance on-cost")
    ),
    SiteParam.GRID_EMISSION_FACTOR.value: FieldSpec(
        "tCO2/MWh", 0.0, 10.0, QT_TRANSLATE_NOOP("Fields", "Grid emission factor"), affects_npv=False
    ),
    SiteParam.GREEN_SHARE.value: FieldSpec(
        "fraction", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Green power share"), affects_npv=False
    ),
    SiteParam.BUILD_COST.value: FieldSpec("yuan/kW", 0.0, 1e8, QT_TRANSLATE_NOOP("Fields", "Build cost")),
    SiteParam.RACK_REFERENCE_KW.value: FieldSpec(
        "kW/rack", 0.1, 500.0, QT_TRANSLATE_NOOP("Fields", "Reference rack power of the rent")
    ),
    "staff": FieldSpec("persons", 0.0, _PERSONS, QT_TRANSLATE_NOOP("Fields", "Operations staff")),
}

LATENCY_FIELD = FieldSpec("ms", 0.0, 10_000.0, QT_TRANSLATE_NOOP("Fields", "Latency"), affects_npv=False)

ONE_OFF_FIELDS: dict[str, FieldSpec] = {
    "hardware_move_per_rack": FieldSpec(
        "yuan/rack", 0.0, 1e8, QT_TRANSLATE_NOOP("Fields", "Hardware move per rack")
    ),
    "data_tb": FieldSpec("TB", 0.0, 1e9, QT_TRANSLATE_NOOP("Fields", "Data to migrate")),
    "cost_per_tb": FieldSpec("yuan/TB", 0.0, 1e8, QT_TRANSLATE_NOOP("Fields", "Migration cost per TB")),
    "downtime_days": FieldSpec("days", 0.0, 365.0, QT_TRANSLATE_NOOP("Fields", "Downtime")),
    "downtime_cost_per_day": FieldSpec(
        "yuan/day", 0.0, 1e11, QT_TRANSLATE_NOOP("Fields", "Cost of a day of downtime")
    ),
    "hiring_per_person": FieldSpec(
        "yuan/person", 0.0, 1e8, QT_TRANSLATE_NOOP("Fields", "Hiring and training per person")
    ),
    "early_exit": FieldSpec(
        "yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Early exit from the origin lease")
    ),
    "parallel_months": FieldSpec("months", 0.0, 12.0, QT_TRANSLATE_NOOP("Fields", "Parallel running")),
    "other": FieldSpec("yuan", 0.0, _MONEY, QT_TRANSLATE_NOOP("Fields", "Other one-off costs")),
}

FINANCE_FIELDS: dict[str, FieldSpec] = {
    "discount_rate": FieldSpec("fraction/yr", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Discount rate")),
    "electricity_escalation": FieldSpec(
        "fraction/yr", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Electricity price escalation")
    ),
    "wage_escalation": FieldSpec("fraction/yr", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Wage escalation")),
    "cny_per_usd": FieldSpec(
        "CNY/USD", 0.01, 1000.0, QT_TRANSLATE_NOOP("Fields", "Exchange rate"), affects_npv=False
    ),
}

REALISATION_FIELD = FieldSpec("fraction", 0.0, 1.0, QT_TRANSLATE_NOOP("Fields", "Realisation"))
POLICY_PRICE_FIELD = FieldSpec(
    "yuan/kWh", 0.0, 50.0, QT_TRANSLATE_NOOP("Fields", "Guaranteed electricity price")
)
EXTRA_INCENTIVE_FIELD = FieldSpec(
    "yuan/yr", -_MONEY, _MONEY, QT_TRANSLATE_NOOP("Fields", "Additional incentive per year")
)

HORIZON_MIN, HORIZON_MAX = 1, 20
# The move dates a case may start on: every date of its years (and a policy's window after
# them) stays far inside the calendar, so no date arithmetic can leave it (year 9999).
MOVE_DATE_MIN, MOVE_DATE_MAX = dt.date(2000, 1, 1), dt.date(2199, 12, 31)
# Sites in one scenario (the pack's and custom ones): work grows with them (5,000 took 26 s to
# export); a comparison of more than a few dozen is not read by anyone.
MAX_SITES = 64

# The units above as words in a message ("must be between 0 and 50 yuan/kWh"), each translatable.
UNIT_WORDS: dict[str, Template] = {
    "yuan": QT_TRANSLATE_NOOP("Engine", "yuan"),
    "yuan/yr": QT_TRANSLATE_NOOP("Engine", "yuan/yr"),
    "yuan/rack": QT_TRANSLATE_NOOP("Engine", "yuan/rack"),
    "yuan/TB": QT_TRANSLATE_NOOP("Engine", "yuan/TB"),
    "yuan/day": QT_TRANSLATE_NOOP("Engine", "yuan/day"),
    "yuan/person": QT_TRANSLATE_NOOP("Engine", "yuan/person"),
    "yuan/kWh": QT_TRANSLATE_NOOP("Engine", "yuan/kWh"),
    "yuan/kW": QT_TRANSLATE_NOOP("Engine", "yuan/kW"),
    "yuan/rack/month": QT_TRANSLATE_NOOP("Engine", "yuan/rack/month"),
    "yuan/Mbps/month": QT_TRANSLATE_NOOP("Engine", "yuan/Mbps/month"),
    "yuan/person/year": QT_TRANSLATE_NOOP("Engine", "yuan/person/year"),
    "yuan/person/yr": QT_TRANSLATE_NOOP("Engine", "yuan/person/yr"),
    "persons": QT_TRANSLATE_NOOP("Engine", "persons"),
    "count": QT_TRANSLATE_NOOP("Engine", "count"),
    "ms": QT_TRANSLATE_NOOP("Engine", "ms"),
    "kW": QT_TRANSLATE_NOOP("Engine", "kW"),
    "kW/rack": QT_TRANSLATE_NOOP("Engine", "kW/rack"),
    "Mbps": QT_TRANSLATE_NOOP("Engine", "Mbps"),
    "Mbps/100kW": QT_TRANSLATE_NOOP("Engine", "Mbps/100kW"),
    "fraction": QT_TRANSLATE_NOOP("Engine", "fraction"),
    "fraction/yr": QT_TRANSLATE_NOOP("Engine", "fraction/yr"),
    "ratio": QT_TRANSLATE_NOOP("Engine", "ratio"),
    "years": QT_TRANSLATE_NOOP("Engine", "years"),
    "months": QT_TRANSLATE_NOOP("Engine", "months"),
    "days": QT_TRANSLATE_NOOP("Engine", "days"),
    "TB": QT_TRANSLATE_NOOP("Engine", "TB"),
    "tCO2/MWh": QT_TRANSLATE_NOOP("Engine", "tCO2/MWh"),
    "CNY/USD": QT_TRANSLATE_NOOP("Engine", "CNY/USD"),
}


def unit_words(unit: str) -> str:
    """``unit`` as a translatable word for a message; a unit the table lacks as it is."""
    template = UNIT_WORDS.get(unit)
    return Message(template) if template is not None else unit
