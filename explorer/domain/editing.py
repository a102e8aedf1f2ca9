"""Editing a scenario by the path of an input: the path type, the reset, the default case.

Every numeric input of a case has a dotted path (``Evaluation.inputs``, the scenario
files, ``compute --goal-seek``): ``firm.<field>``, ``workload.<field>``,
``one_off.<field>``, ``finance.<field>``, ``sites.<id>.<param>``, ``sites.<id>.staff``,
``sites.<id>.latency.<region>``, ``policies.<id>.realisation``, ``policies.<id>.price``
and ``extra_incentive_per_year``. ``FieldPath`` reads one once, so no widget splits
strings by hand; ``reset_value`` puts one input back to the data pack's value (or the
model's default where the pack has none); ``default_scenario`` is the case a new
scenario starts from.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP
from explorer.domain.pack import DataPack
from explorer.domain.parameters import SiteRole
from explorer.domain.scenario import (
    Finance,
    FirmProfile,
    OneOffCosts,
    PolicyChoice,
    Scenario,
    SiteChoice,
    Workload,
)

SECTIONS = ("firm", "workload", "one_off", "finance")
EXTRA_INCENTIVE = "extra_incentive_per_year"
POLICY_FIELDS = ("realisation", "price")
NOT_A_PATH = QT_TRANSLATE_NOOP("Engine", "is not the path of an input")

# The case a new scenario starts from: a 10 MW inference fleet.
DEFAULT_TEMPLATE = "ai_inference"
DEFAULT_IT_LOAD_KW = 10_000.0


@dataclass(frozen=True, slots=True)
class FieldPath:
    """The path of one input, read once.

    ``section``: firm, workload, one_off, finance, sites, policies or extra_incentive_per_year;
    ``owner``: the site or policy id (sites, policies); ``name``: the field, site parameter,
    "staff", "latency", "realisation" or "price"; ``region``: the user region of a latency.
    """

    section: str
    name: str = ""
    owner: str = ""
    region: str = ""

    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """The path ``text`` names; InvalidInput if it has the wrong shape (not if the field is unknown)."""
        parts = text.split(".")
        head = parts[0]
        if head == EXTRA_INCENTIVE and len(parts) == 1:
            return cls(head)
        if head in SECTIONS and len(parts) == 2 and parts[1]:
            return cls(head, parts[1])
        if head == "sites" and len(parts) == 3 and parts[1] and parts[2] and parts[2] != "latency":
            return cls(head, parts[2], owner=parts[1])
        if head == "sites" and len(parts) == 4 and parts[1] and parts[2] == "latency" and parts[3]:
            return cls(head, "latency", owner=parts[1], region=parts[3])
        if head == "policies" and len(parts) == 3 and parts[1] and parts[2] in POLICY_FIELDS:
            return cls(head, parts[2], owner=parts[1])
        raise InvalidInput(text, NOT_A_PATH)

    @classmethod
    def read(cls, text: str) -> FieldPath | None:
        """The path ``text`` names, or None when it is not the path of an input."""
        try:
            return cls.parse(text)
        except InvalidInput:
            return None

    @classmethod
    def site(cls, site_id: str, name: str) -> FieldPath:
        return cls("sites", name, owner=site_id)

    @classmethod
    def policy(cls, policy_id: str, name: str) -> FieldPath:
        return cls("policies", name, owner=policy_id)

    def __str__(self) -> str:
        if self.section == EXTRA_INCENTIVE:
            return EXTRA_INCENTIVE
        if self.section == "sites" and self.region:
            return f"sites.{self.owner}.latency.{self.region}"
        if self.section in ("sites", "policies"):
            return f"{self.section}.{self.owner}.{self.name}"
        return f"{self.section}.{self.name}"

    @property
    def site_id(self) -> str | None:
        """The site a site input belongs to; None for any other input."""
        return self.owner if self.section == "sites" else None

    @property
    def policy_id(self) -> str | None:
        return self.owner if self.section == "policies" else None

    @property
    def group(self) -> str:
        """Where the input panel shows it: firm, workload, site:<id>, one_off, finance or incentives."""
        if self.section == "sites":
            return f"site:{self.owner}"
        if self.section in ("policies", EXTRA_INCENTIVE):
            return "incentives"
        return self.section


def reset_value(scenario: Scenario, path: str | FieldPath) -> Scenario:
    """``scenario`` with the input at ``path`` back to the data pack's value, or the model's default.

    A site parameter, a site's staff or latency, a workload figure and a policy's realisation
    or price drop the scenario's override, so the pack's value (or the template's, or the
    rule's own) applies again; a firm, one-off or finance figure and the extra incentive go
    back to the default a new case starts with. InvalidInput for a path that is no input.
    """
    where = path if isinstance(path, FieldPath) else FieldPath.parse(path)
    text = str(where)
    if where.section == EXTRA_INCENTIVE:
        return replace(scenario, extra_incentive_per_year=0.0)  # Scenario's default: no extra incentive
    if where.section == "workload":
        defaults = Workload(template=scenario.workload.template, mode=scenario.workload.mode)
        return _reset_section(scenario, where, text, defaults)
    if where.section == "firm":
        return _reset_section(scenario, where, text, FirmProfile(origin=scenario.firm.origin))
    if where.section == "one_off":
        return _reset_section(scenario, where, text, OneOffCosts())
    if where.section == "finance":
        return _reset_section(scenario, where, text, Finance())
    if where.section == "sites":
        return _reset_site(scenario, where, text)
    return _reset_policy(scenario, where, text)


def _reset_section(scenario: Scenario, where: FieldPath, text: str, defaults: object) -> Scenario:
    section = getattr(scenario, where.section)
    if where.name not in {f.name for f in fields(section)} or where.name in ("template", "mode", "origin"):
        raise InvalidInput(text, NOT_A_PATH)
    changed = replace(section, **{where.name: getattr(defaults, where.name)})
    return replace(scenario, **{where.section: changed})


def _reset_site(scenario: Scenario, where: FieldPath, text: str) -> Scenario:
    if where.owner not in scenario.site_ids:
        raise InvalidInput(
            text, QT_TRANSLATE_NOOP("Engine", "site {site} is not in the scenario"), site=where.owner
        )
    site = scenario.site(where.owner)
    if where.region:
        latency = {k: v for k, v in site.latency_ms.items() if k != where.region}
        new_site = replace(site, latency_ms=latency)
    elif where.name == "staff":
        new_site = replace(site, staff=None)
    else:
        new_site = replace(site, params={k: v for k, v in site.params.items() if k != where.name})
    return replace(scenario, sites=tuple(new_site if s.id == site.id else s for s in scenario.sites))


def _reset_policy(scenario: Scenario, where: FieldPath, text: str) -> Scenario:
    choices = list(scenario.policies)
    for index, choice in enumerate(choices):
        if choice.policy_id == where.owner:
            choices[index] = (
                replace(choice, price=None) if where.name == "price" else replace(choice, realisation=None)
            )
            return replace(scenario, policies=tuple(choices))
    raise InvalidInput(
        text,
        QT_TRANSLATE_NOOP("Engine", "policy {policy} is not chosen in this scenario"),
        policy=where.owner,
    )


def default_scenario(pack: DataPack) -> Scenario:
    """A first case to show: a 10 MW inference fleet moving from the first origin.

    The three origin regions and Gui'an are compared; the other hub clusters can be added.
    """
    origin = next(s.id for s in pack.sites.values() if s.role is SiteRole.ORIGIN)
    destination = next(s.id for s in pack.sites.values() if s.role is SiteRole.DESTINATION)
    template = DEFAULT_TEMPLATE if DEFAULT_TEMPLATE in pack.templates else next(iter(pack.templates), "")
    power = pack.templates[template].params.get("accelerator_power_kw") if template else None
    if power is not None and power.value > 0:
        # Size the fleet to about 10 MW so accelerators and IT load agree.
        workload = Workload(template=template, accelerators=round(DEFAULT_IT_LOAD_KW / power.value))
    else:
        workload = Workload(template=template, it_load_kw=DEFAULT_IT_LOAD_KW)
    return Scenario(
        firm=FirmProfile(origin=origin, user_regions=tuple(pack.user_regions)[:1]),
        workload=workload,
        sites=tuple(
            SiteChoice(s.id) for s in pack.sites.values() if s.role in (SiteRole.ORIGIN, SiteRole.DESTINATION)
        ),
        destination=destination,
        policies=tuple(PolicyChoice(policy_id) for policy_id in pack.policies),
    )
