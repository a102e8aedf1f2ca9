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
    label_en: str
    label_zh: str
    affects_npv: bool = True  # False: shown and editable, but no cash flow depends on it


_MONEY = 1e13  # 10 trillion yuan: far above any single case
_PERSONS = 1e6

FIRM_FIELDS: dict[str, FieldSpec] = {
    "fixed_asset_investment": FieldSpec("yuan", 0.0, _MONEY, "Fixed-asset investment", "固定资产投资"),
    "taxable_profit": FieldSpec(
        "yuan/yr", 0.0, _MONEY, "Taxable profit at the destination", "目的地应纳税所得额"
    ),
    "loan": FieldSpec("yuan", 0.0, _MONEY, "Loan", "贷款"),
    "project_investment": FieldSpec(
        "yuan", 0.0, _MONEY, "Investment in a qualifying project", "合格项目投资额"
    ),
    "retrofit_investment": FieldSpec("yuan", 0.0, _MONEY, "Energy-retrofit investment", "节能改造投资额"),
    "rd_budget": FieldSpec("yuan", 0.0, _MONEY, "R&D budget of a talent-led project", "人才项目研发预算"),
    "qualifying_staff": FieldSpec(
        "persons", 0.0, _PERSONS, "Staff qualifying for talent subsidies", "符合人才补贴的员工"
    ),
    "latency_budget_ms": FieldSpec("ms", 0.0, 10_000.0, "Latency budget", "时延预算", affects_npv=False),
}

WORKLOAD_FIELDS: dict[str, FieldSpec] = {
    "accelerators": FieldSpec("count", 0.0, 1e7, "Accelerators", "加速卡数量"),
    "accelerator_power_kw": FieldSpec("kW", 0.0, 100.0, "Power per accelerator", "单卡功耗"),
    "it_load_kw": FieldSpec("kW", 0.0, 1e7, "IT load", "IT负载"),
    "rack_density_kw": FieldSpec("kW/rack", 0.1, 500.0, "Rack density", "单机柜功率"),
    "bandwidth_mbps": FieldSpec("Mbps", 0.0, 1e8, "Bandwidth", "带宽"),
    "bandwidth_mbps_per_100kw": FieldSpec(
        "Mbps/100kW", 0.0, 1e6, "Bandwidth per 100 kW of IT", "每100kW带宽"
    ),
    "staff": FieldSpec("persons", 0.0, _PERSONS, "Operations staff per site", "每个站点运维人员"),
    "utilisation": FieldSpec(
        "fraction", 0.0, 1.0, "Accelerator utilisation", "加速卡利用率", affects_npv=False
    ),
    "service_margin": FieldSpec("fraction", 0.0, 10.0, "Compute-service margin", "算力服务加价率"),
    "facility_life_years": FieldSpec("years", 1.0, 100.0, "Facility life", "设施寿命"),
    "maintenance_rate": FieldSpec("fraction/yr", 0.0, 1.0, "Facility maintenance", "设施维护费率"),
    "origin_remaining_life_years": FieldSpec(
        "years", 0.0, 100.0, "Remaining life of the origin facility", "原址设施剩余寿命"
    ),
    "build_period_years": FieldSpec("years", 1.0, 10.0, "Build period", "建设期"),
    "salvage_share": FieldSpec("fraction", 0.0, 1.0, "Sale of the origin facility", "原址设施出售回收比例"),
}

SITE_FIELDS: dict[str, FieldSpec] = {
    SiteParam.ELECTRICITY_PRICE.value: FieldSpec("yuan/kWh", 0.0, 50.0, "Electricity price", "电价"),
    SiteParam.PUE.value: FieldSpec("ratio", 1.0, 10.0, "PUE", "PUE"),
    SiteParam.RACK_RENT.value: FieldSpec("yuan/rack/month", 0.0, 1e7, "Rack rent", "机柜租金"),
    SiteParam.BANDWIDTH_PRICE.value: FieldSpec("yuan/Mbps/month", 0.0, 1e6, "Bandwidth price", "带宽价格"),
    SiteParam.WAGE.value: FieldSpec("yuan/person/year", 0.0, 1e9, "Wage", "工资"),
    SiteParam.SOCIAL_ONCOST.value: FieldSpec("fraction", 0.0, 1.0, "Social-insurance on-cost", "社保公积金"),
    SiteParam.GRID_EMISSION_FACTOR.value: FieldSpec(
        "tCO2/MWh", 0.0, 10.0, "Grid emission factor", "电网排放因子", affects_npv=False
    ),
    SiteParam.GREEN_SHARE.value: FieldSpec(
        "fraction", 0.0, 1.0, "Green power share", "绿电比例", affects_npv=False
    ),
    SiteParam.BUILD_COST.value: FieldSpec("yuan/kW", 0.0, 1e8, "Build cost", "建设成本"),
    SiteParam.RACK_REFERENCE_KW.value: FieldSpec(
        "kW/rack", 0.1, 500.0, "Reference rack power of the rent", "租金对应的标准机柜功率"
    ),
    "staff": FieldSpec("persons", 0.0, _PERSONS, "Operations staff", "运维人员"),
}

LATENCY_FIELD = FieldSpec("ms", 0.0, 10_000.0, "Latency", "时延", affects_npv=False)

ONE_OFF_FIELDS: dict[str, FieldSpec] = {
    "hardware_move_per_rack": FieldSpec("yuan/rack", 0.0, 1e8, "Hardware move per rack", "每机柜搬迁费"),
    "data_tb": FieldSpec("TB", 0.0, 1e9, "Data to migrate", "迁移数据量"),
    "cost_per_tb": FieldSpec("yuan/TB", 0.0, 1e8, "Migration cost per TB", "每TB迁移费"),
    "downtime_days": FieldSpec("days", 0.0, 365.0, "Downtime", "停机天数"),
    "downtime_cost_per_day": FieldSpec("yuan/day", 0.0, 1e11, "Cost of a day of downtime", "每天停机损失"),
    "hiring_per_person": FieldSpec(
        "yuan/person", 0.0, 1e8, "Hiring and training per person", "每人招聘培训费"
    ),
    "early_exit": FieldSpec("yuan", 0.0, _MONEY, "Early exit from the origin lease", "原址提前解约费"),
    "parallel_months": FieldSpec("months", 0.0, 12.0, "Parallel running", "并行运行月数"),
    "other": FieldSpec("yuan", 0.0, _MONEY, "Other one-off costs", "其他一次性费用"),
}

FINANCE_FIELDS: dict[str, FieldSpec] = {
    "discount_rate": FieldSpec("fraction/yr", 0.0, 1.0, "Discount rate", "折现率"),
    "electricity_escalation": FieldSpec(
        "fraction/yr", 0.0, 1.0, "Electricity price escalation", "电价年涨幅"
    ),
    "wage_escalation": FieldSpec("fraction/yr", 0.0, 1.0, "Wage escalation", "工资年涨幅"),
    "cny_per_usd": FieldSpec("CNY/USD", 0.01, 1000.0, "Exchange rate", "汇率", affects_npv=False),
}

REALISATION_FIELD = FieldSpec("fraction", 0.0, 1.0, "Realisation", "兑现率")
POLICY_PRICE_FIELD = FieldSpec("yuan/kWh", 0.0, 50.0, "Guaranteed electricity price", "保障电价")
EXTRA_INCENTIVE_FIELD = FieldSpec("yuan/yr", -_MONEY, _MONEY, "Additional incentive per year", "额外年度激励")

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
