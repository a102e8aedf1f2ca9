"""The facts a client firm knows about itself (issue 19): the rows of the client template.

One table serves the template (label, unit and example in English and Chinese), the import
(kind, unit, allowed range) and the diff. Every fact is optional. A fact is a number, a
yes/no, a date or a site (a pack site's id or name).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FactKind(StrEnum):
    NUMBER = "number"
    YES_NO = "yes_no"
    DATE = "date"
    SITE = "site"


@dataclass(frozen=True, slots=True)
class ClientFact:
    key: str
    kind: FactKind
    label_en: str
    label_zh: str
    unit_en: str  # "" when the fact has no unit
    unit_zh: str
    example: str  # language-neutral: a number, yes, a date or a site id
    minimum: float = 0.0
    maximum: float = 1e13
    hint_en: str = ""
    hint_zh: str = ""

    @property
    def units(self) -> tuple[str, ...]:
        """The unit texts accepted in the unit column (either language, any case)."""
        return tuple(u.casefold() for u in (self.unit_en, self.unit_zh) if u)


_N = FactKind.NUMBER
CLIENT_FACTS: tuple[ClientFact, ...] = (
    ClientFact("current_site", FactKind.SITE, "Current site", "现所在地", "", "", "beijing",
               hint_en="a site id or name of the data pack, e.g. beijing, guangdong, sichuan",
               hint_zh="数据包中的站点代码或名称，如 beijing、广东、四川"),
    ClientFact("electricity_kwh", _N, "Annual electricity", "年用电量", "kWh/yr", "千瓦时/年", "52560000",
               hint_en="the whole facility's meter, a full year", hint_zh="整个机房电表读数，全年"),
    ClientFact("electricity_bill", _N, "Annual electricity bill", "年电费", "yuan/yr", "元/年", "32587200",
               hint_en="needs the annual electricity; price = bill / kWh",
               hint_zh="需同时填写年用电量；电价＝电费÷用电量"),
    ClientFact("electricity_price", _N, "Electricity price paid", "实付电价", "yuan/kWh", "元/千瓦时", "0.62",
               maximum=50.0, hint_en="if the bill is not given", hint_zh="未填电费时填写"),
    ClientFact("pue", _N, "PUE", "PUE", "ratio", "比值", "1.45", minimum=1.0, maximum=10.0,
               hint_en="if known", hint_zh="如已知"),
    ClientFact("racks", _N, "Racks", "机柜数", "racks", "个", "400", maximum=1e7),
    ClientFact("rack_power_kw", _N, "Power per rack", "单机柜功率", "kW/rack", "千瓦/柜", "10",
               minimum=0.1, maximum=500.0),
    ClientFact("rack_rent", _N, "Rack rent", "机柜月租", "yuan/rack/month", "元/柜/月", "6500", maximum=1e7),
    ClientFact("bandwidth_mbps", _N, "Bandwidth", "带宽", "Mbps", "Mbps", "2000", maximum=1e8),
    ClientFact("bandwidth_price", _N, "Bandwidth price", "带宽单价", "yuan/Mbps/month", "元/Mbps/月", "25",
               maximum=1e6),
    ClientFact("staff", _N, "Operations staff", "运维人员", "persons", "人", "12", maximum=1e6),
    ClientFact("wage", _N, "Wage per person", "人均工资", "yuan/person/year", "元/人/年", "300000",
               maximum=1e9, hint_en="before social insurance", hint_zh="不含社保公积金"),
    ClientFact("accelerators", _N, "Accelerators", "加速卡数量", "count", "张", "4000", maximum=1e7),
    ClientFact("accelerator_power_kw", _N, "Power per accelerator", "单卡功耗", "kW", "千瓦", "0.7",
               maximum=100.0),
    ClientFact("revenue", _N, "Annual revenue", "年营业收入", "yuan/yr", "元/年", "500000000",
               hint_en="kept with the client data; no input of the case uses it",
               hint_zh="随客户数据保存；测算不直接使用"),
    ClientFact("taxable_profit", _N, "Taxable profit", "应纳税所得额", "yuan/yr", "元/年", "60000000"),
    ClientFact("high_tech", FactKind.YES_NO, "High-tech enterprise", "高新技术企业", "yes/no", "是/否",
               "yes"),
    ClientFact("encouraged_industry_share", _N, "Income share from encouraged industries",
               "鼓励类产业收入占比", "fraction", "比例", "0.75", maximum=1.0,
               hint_en="0 to 1, e.g. 0.75 for 75%", hint_zh="0至1，如75%填0.75"),
    ClientFact("domestic_chip_share", _N, "Domestic-chip share", "国产芯片占比", "fraction", "比例", "0.3",
               maximum=1.0, hint_en="0 to 1", hint_zh="0至1"),
    ClientFact("planned_investment", _N, "Planned investment", "计划投资额", "yuan", "元", "200000000"),
    ClientFact("move_start", FactKind.DATE, "Move could start", "最早迁移日期", "date", "日期", "2027-03-01",
               hint_en="YYYY-MM-DD", hint_zh="年-月-日（YYYY-MM-DD）"),
)  # fmt: skip

FACTS_BY_KEY: dict[str, ClientFact] = {fact.key: fact for fact in CLIENT_FACTS}
