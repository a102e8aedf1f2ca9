"""The facts a client firm knows about itself (issue 19): the rows of the client template.

One table serves the template, the import (kind, unit, allowed range) and the diff. A row's
item and notes are translatable texts (context "ClientData"), rendered by the caller's
translator; its unit words stay in both languages, since the import accepts either. Every
fact is optional. A fact is a number, a yes/no, a date or a site (a pack site's id or name).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.messages import QT_TRANSLATE_NOOP, Template


class FactKind(StrEnum):
    NUMBER = "number"
    YES_NO = "yes_no"
    DATE = "date"
    SITE = "site"


@dataclass(frozen=True, slots=True)
class ClientFact:
    key: str
    kind: FactKind
    label: Template  # the row's item, context "ClientData": a layer's Style renders it
    unit_en: str  # "" when the fact has no unit
    unit_zh: str
    example: str  # language-neutral: a number, yes, a date or a site id
    minimum: float = 0.0
    maximum: float = 1e13
    hint: Template | None = None  # the notes column, context "ClientData"

    @property
    def units(self) -> tuple[str, ...]:
        """The unit texts accepted in the unit column (either language, any case)."""
        return tuple(u.casefold() for u in (self.unit_en, self.unit_zh) if u)


_N = FactKind.NUMBER
CLIENT_FACTS: tuple[ClientFact, ...] = (
    ClientFact(
        "current_site",
        FactKind.SITE,
        QT_TRANSLATE_NOOP("ClientData", "Current site"),
        "",
        "",
        "beijing",
        hint=QT_TRANSLATE_NOOP(
            "ClientData", "a site id or name of the data pack, e.g. beijing, guangdong, sichuan"
        ),
    ),
    ClientFact(
        "electricity_kwh",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Annual electricity"),
        "kWh/yr",
        "千瓦时/年",
        "52560000",
        hint=QT_TRANSLATE_NOOP("ClientData", "the whole facility's meter, a full year"),
    ),
    ClientFact(
        "electricity_bill",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Annual electricity bill"),
        "yuan/yr",
        "元/年",
        "32587200",
        hint=QT_TRANSLATE_NOOP("ClientData", "needs the annual electricity; price = bill / kWh"),
    ),
    ClientFact(
        "electricity_price",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Electricity price paid"),
        "yuan/kWh",
        "元/千瓦时",
        "0.62",
        maximum=50.0,
        hint=QT_TRANSLATE_NOOP("ClientData", "if the bill is not given"),
    ),
    ClientFact(
        "pue",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "PUE"),
        "ratio",
        "比值",
        "1.45",
        minimum=1.0,
        maximum=10.0,
        hint=QT_TRANSLATE_NOOP("ClientData", "if known"),
    ),
    ClientFact("racks", _N, QT_TRANSLATE_NOOP("ClientData", "Racks"), "racks", "个", "400", maximum=1e7),
    ClientFact(
        "rack_power_kw",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Power per rack"),
        "kW/rack",
        "千瓦/柜",
        "10",
        minimum=0.1,
        maximum=500.0,
    ),
    ClientFact(
        "rack_rent",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Rack rent"),
        "yuan/rack/month",
        "元/柜/月",
        "6500",
        maximum=1e7,
    ),
    ClientFact(
        "bandwidth_mbps",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Bandwidth"),
        "Mbps",
        "Mbps",
        "2000",
        maximum=1e8,
    ),
    ClientFact(
        "bandwidth_price",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Bandwidth price"),
        "yuan/Mbps/month",
        "元/Mbps/月",
        "25",
        maximum=1e6,
    ),
    ClientFact(
        "staff", _N, QT_TRANSLATE_NOOP("ClientData", "Operations staff"), "persons", "人", "12", maximum=1e6
    ),
    ClientFact(
        "wage",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Wage per person"),
        "yuan/person/year",
        "元/人/年",
        "300000",
        maximum=1e9,
        hint=QT_TRANSLATE_NOOP("ClientData", "before social insurance"),
    ),
    ClientFact(
        "accelerators",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Accelerators"),
        "count",
        "张",
        "4000",
        maximum=1e7,
    ),
    ClientFact(
        "accelerator_power_kw",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Power per accelerator"),
        "kW",
        "千瓦",
        "0.7",
        maximum=100.0,
    ),
    ClientFact(
        "revenue",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Annual revenue"),
        "yuan/yr",
        "元/年",
        "500000000",
        hint=QT_TRANSLATE_NOOP("ClientData", "kept with the client data; no input of the case uses it"),
    ),
    ClientFact(
        "taxable_profit",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Taxable profit"),
        "yuan/yr",
        "元/年",
        "60000000",
    ),
    ClientFact(
        "high_tech",
        FactKind.YES_NO,
        QT_TRANSLATE_NOOP("ClientData", "High-tech enterprise"),
        "yes/no",
        "是/否",
        "yes",
    ),
    ClientFact(
        "encouraged_industry_share",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Income share from encouraged industries"),
        "fraction",
        "比例",
        "0.75",
        maximum=1.0,
        hint=QT_TRANSLATE_NOOP("ClientData", "0 to 1, e.g. 0.75 for 75%"),
    ),
    ClientFact(
        "domestic_chip_share",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Domestic-chip share"),
        "fraction",
        "比例",
        "0.3",
        maximum=1.0,
        hint=QT_TRANSLATE_NOOP("ClientData", "0 to 1"),
    ),
    ClientFact(
        "planned_investment",
        _N,
        QT_TRANSLATE_NOOP("ClientData", "Planned investment"),
        "yuan",
        "元",
        "200000000",
    ),
    ClientFact(
        "move_start",
        FactKind.DATE,
        QT_TRANSLATE_NOOP("ClientData", "Move could start"),
        "date",
        "日期",
        "2027-03-01",
        hint=QT_TRANSLATE_NOOP("ClientData", "YYYY-MM-DD"),
    ),
)

FACTS_BY_KEY: dict[str, ClientFact] = {fact.key: fact for fact in CLIENT_FACTS}
