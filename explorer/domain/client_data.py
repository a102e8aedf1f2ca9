"""The client's own numbers into a scenario (issue 19): checks, the diff, applying, removing.

``plan_import`` turns the facts of a client file into the list of scenario inputs that
change (``Change``: before, after, and how a derived figure was worked out, e.g. the price
= bill / kWh); ``apply_plan`` makes them one new scenario; ``remove_client`` puts every
input the client data set back to the pack's default. Pure: the file is read elsewhere
(``explorer.datapack.client_file``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from explorer.domain.client_record import ClientRecord
from explorer.domain.editing import reset_value
from explorer.domain.energy import HOURS_PER_YEAR
from explorer.domain.errors import InvalidInput
from explorer.domain.fields import FIRM_FIELDS, SITE_FIELDS, WORKLOAD_FIELDS, FieldSpec
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.model import build_model
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Quantity, Scenario

FactValue = float | bool | dt.date | str
ORIGIN_PATH = "firm.origin"
# Fact -> the input it sets as it is (no derivation); "{origin}" is the client's current site.
DIRECT: dict[str, str] = {
    "pue": "sites.{origin}.pue",
    "rack_power_kw": "workload.rack_density_kw",
    "rack_rent": "sites.{origin}.rack_rent",
    "bandwidth_mbps": "workload.bandwidth_mbps",
    "bandwidth_price": "sites.{origin}.bandwidth_price",
    "staff": "sites.{origin}.staff",
    "wage": "sites.{origin}.wage",
    "accelerators": "workload.accelerators",
    "accelerator_power_kw": "workload.accelerator_power_kw",
    "taxable_profit": "firm.taxable_profit",
    "planned_investment": "firm.fixed_asset_investment",
}
FIRM_FACTS = {
    "high_tech": "firm.high_tech",
    "encouraged_industry_share": "firm.encouraged_industry_share",
    "domestic_chip_share": "firm.domestic_chip_share",
}
PRICE_TOLERANCE = 0.02  # a bill and a price that disagree by more are refused

BILL_NEEDS_KWH = QT_TRANSLATE_NOOP("ClientData", "a bill needs the annual electricity (kWh) to give a price")
BILL_AND_PRICE = QT_TRANSLATE_NOOP(
    "ClientData",
    "the bill / kWh gives {derived:.4g} yuan/kWh, the price row says {price:g}: give one of them",
)
SAME_AS_DESTINATION = QT_TRANSLATE_NOOP("ClientData", "is the destination of the scenario ({site})")
UNKNOWN_SITE = QT_TRANSLATE_NOOP("ClientData", "is not a site of the data pack (known: {known})")
_KWH_TO_LOAD = QT_TRANSLATE_NOOP(
    "ClientData", "annual electricity ÷ (8,760 h × PUE) = {kwh} ÷ (8,760 × {pue})"
)
_RACKS_TO_LOAD = QT_TRANSLATE_NOOP("ClientData", "racks × power per rack = {racks} × {power}")
_LOAD_TO_DENSITY = QT_TRANSLATE_NOOP("ClientData", "IT load ÷ racks = {load} ÷ {racks}")
_BILL_TO_PRICE = QT_TRANSLATE_NOOP("ClientData", "bill ÷ annual electricity = {bill} ÷ {kwh}")
_OTHER_SPECS: dict[str, FieldSpec] = {
    "firm.high_tech": FieldSpec(
        "", 0, 1, QT_TRANSLATE_NOOP("Fields", "High-tech enterprise"), affects_npv=False
    ),
    "firm.encouraged_industry_share": FieldSpec(
        "fraction",
        0,
        1,
        QT_TRANSLATE_NOOP("Fields", "Income share from encouraged industries"),
        affects_npv=False,
    ),
    "firm.domestic_chip_share": FieldSpec(
        "fraction", 0, 1, QT_TRANSLATE_NOOP("Fields", "Domestic-chip share"), affects_npv=False
    ),
    "finance.move_date": FieldSpec("", 0, 0, QT_TRANSLATE_NOOP("Fields", "Move date"), affects_npv=False),
    ORIGIN_PATH: FieldSpec("", 0, 0, QT_TRANSLATE_NOOP("Fields", "Origin"), affects_npv=False),
}


@dataclass(frozen=True, slots=True)
class Change:
    """One scenario input the client data changes: ``before`` is what the scenario has now."""

    path: str
    label: str  # the input's name: a Template or Message (context "Fields"), rendered by the layer
    unit: str
    before: FactValue | None
    after: FactValue
    derivation: Message | None = None  # how a derived figure was worked out; None: as given


@dataclass(frozen=True, slots=True)
class ClientPlan:
    changes: tuple[Change, ...]
    record: ClientRecord
    unused: tuple[str, ...] = ()  # facts kept with the data that no input takes (revenue)


def resolve_site(text: str, pack: DataPack) -> str | None:
    """The pack site ``text`` names by id, English or Chinese name (any case); None if none."""
    wanted = text.strip().casefold()
    for site in pack.sites.values():
        if wanted in (site.id.casefold(), site.name_en.casefold(), site.name_zh.casefold()):
            return site.id
    return None


def check_facts(facts: dict[str, FactValue], scenario: Scenario, pack: DataPack) -> list[tuple[str, Message]]:
    """Rules between facts, as (fact key, the rule broken); cell rules are the reader's."""
    problems: list[tuple[str, Message]] = []
    site = facts.get("current_site")
    if isinstance(site, str):
        site_id = resolve_site(site, pack)
        if site_id is None:
            problems.append(("current_site", Message(UNKNOWN_SITE, known=", ".join(pack.sites))))
        elif site_id == scenario.destination:
            problems.append(("current_site", Message(SAME_AS_DESTINATION, site=site_id)))
    bill, kwh, price = (
        facts.get("electricity_bill"),
        facts.get("electricity_kwh"),
        facts.get("electricity_price"),
    )
    if isinstance(bill, float) and not kwh:
        problems.append(("electricity_bill", Message(BILL_NEEDS_KWH)))
    elif isinstance(bill, float) and isinstance(kwh, float) and isinstance(price, float):
        derived = bill / kwh
        if abs(derived - price) > PRICE_TOLERANCE * max(price, derived):
            problems.append(("electricity_price", Message(BILL_AND_PRICE, derived=derived, price=price)))
    return problems


def _number(value: float) -> str:
    return f"{value:,.10g}"


def plan_import(
    scenario: Scenario, pack: DataPack, facts: dict[str, FactValue], file_name: str, imported_on: dt.date
) -> ClientPlan:
    """The inputs ``facts`` change in ``scenario`` (checked facts: ``check_facts`` found nothing)."""
    working = scenario
    changes: list[Change] = []
    site = facts.get("current_site")
    origin = resolve_site(site, pack) if isinstance(site, str) else None
    if origin is not None and origin != scenario.firm.origin:
        changes.append(_change(ORIGIN_PATH, scenario.firm.origin, origin))
        working = replace(scenario, firm=replace(scenario.firm, origin=origin))
    origin = working.firm.origin
    model = build_model(working, pack)

    def now(path: str) -> float | None:
        return model.info(path).value if path in model.index else None

    wanted: list[tuple[str, FactValue, Message | None]] = []
    for key, template in DIRECT.items():
        if isinstance(value := facts.get(key), float):
            wanted.append((template.format(origin=origin), value, None))
    pue = facts.get("pue")
    pue_value = pue if isinstance(pue, float) else now(f"sites.{origin}.pue")
    kwh, racks, power = facts.get("electricity_kwh"), facts.get("racks"), facts.get("rack_power_kw")
    load: float | None = None
    if isinstance(kwh, float) and pue_value:
        load = kwh / (HOURS_PER_YEAR * pue_value)
        how = Message(_KWH_TO_LOAD, kwh=_number(kwh), pue=_number(pue_value))
        wanted.append(("workload.it_load_kw", load, how))
    elif isinstance(racks, float) and isinstance(power, float):
        load = racks * power
        wanted.append(
            ("workload.it_load_kw", load, Message(_RACKS_TO_LOAD, racks=_number(racks), power=_number(power)))
        )
    if isinstance(racks, float) and racks > 0 and load is not None and not isinstance(power, float):
        how = Message(_LOAD_TO_DENSITY, load=_number(load), racks=_number(racks))
        wanted.append(("workload.rack_density_kw", load / racks, how))
    bill, price = facts.get("electricity_bill"), facts.get("electricity_price")
    if isinstance(bill, float) and isinstance(kwh, float) and kwh > 0:
        how = Message(_BILL_TO_PRICE, bill=_number(bill), kwh=_number(kwh))
        wanted.append((f"sites.{origin}.electricity_price", bill / kwh, how))
    elif isinstance(price, float):
        wanted.append((f"sites.{origin}.electricity_price", price, None))
    for path, value, derivation in wanted:
        before = now(path)
        if before != value:
            change = _change(path, before, value, derivation)
            if path in model.index:  # the model's label names the site: "Beijing: Electricity price"
                info = model.info(path)
                change = replace(change, label=info.label)
            changes.append(change)
    for key, path in FIRM_FACTS.items():
        value = facts.get(key)
        if value is not None and getattr(working.firm, path.split(".")[1]) != value:
            changes.append(_change(path, getattr(working.firm, path.split(".")[1]), value))
    move = facts.get("move_start")
    if isinstance(move, dt.date) and move != working.finance.move_date:
        changes.append(_change("finance.move_date", working.finance.move_date, move))
    record = ClientRecord(
        file_name=file_name,
        imported_on=imported_on,
        facts={key: fact_text(value) for key, value in facts.items()},
        paths=tuple(change.path for change in changes),
        previous_origin=scenario.firm.origin,
    )
    unused = tuple(key for key in facts if key == "revenue")
    return ClientPlan(tuple(changes), record, unused)


def fact_text(value: FactValue) -> str:
    """A fact as kept in the record: numbers exactly (repr), yes/no, ISO dates, site texts."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _spec(path: str) -> FieldSpec:
    section, _, rest = path.partition(".")
    name = rest.rsplit(".", 1)[-1]
    table = {"firm": FIRM_FIELDS, "workload": WORKLOAD_FIELDS, "sites": SITE_FIELDS}.get(section, {})
    return table.get(name) or _OTHER_SPECS[path]


def _change(path: str, before: FactValue | None, after: FactValue, how: Message | None = None) -> Change:
    spec = _spec(path)
    return Change(path, spec.label, spec.unit, before, after, how)


def apply_plan(scenario: Scenario, plan: ClientPlan) -> Scenario:
    """``scenario`` with every change of ``plan``, and the client record: one new scenario."""
    result = scenario
    source = plan.record.source
    for change in plan.changes:
        after = change.after
        if change.path == ORIGIN_PATH and isinstance(after, str):
            result = replace(result, firm=replace(result.firm, origin=after))
        elif change.path == "firm.high_tech" and isinstance(after, bool):
            result = replace(result, firm=replace(result.firm, high_tech=after))
        elif change.path in FIRM_FACTS.values() and isinstance(after, float):
            shares = {change.path.split(".")[1]: after}
            result = replace(result, firm=replace(result.firm, **shares))  # type: ignore[arg-type]
        elif change.path == "finance.move_date" and isinstance(after, dt.date):
            result = replace(result, finance=replace(result.finance, move_date=after))
        else:
            assert isinstance(change.after, float)
            note = change.derivation or ""
            result = result.replace_quantity(change.path, Quantity(change.after, source=source, note=note))
    return replace(result, client=plan.record)


def remove_client(scenario: Scenario) -> Scenario:
    """``scenario`` without the client data: each input it set back to the pack's default."""
    record = scenario.client
    if record is None:
        return scenario
    result = scenario
    for path in record.paths:
        if path == ORIGIN_PATH:
            previous = record.previous_origin
            if previous and previous != result.destination:
                result = replace(result, firm=replace(result.firm, origin=previous))
            continue
        try:
            result = reset_value(result, path)
        except InvalidInput:  # the input left the scenario since (a site removed): nothing to reset
            continue
    return replace(result, client=None)
