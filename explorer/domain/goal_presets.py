"""Goal-seek presets: the three questions asked most in front of a client, each made answerable.
One module because the three presets share one context (the case's model, its site, its guaranteed
price) and one way of wording an answer or why there is none.

* **Break-even electricity price** at the case's site. When a chosen policy
  guarantees the site's price (an ``electricity_price`` rule with an amount,
  eligible there), the price the firm pays is the policy's, so the preset
  seeks ``policies.<id>.price`` and says so (cost model 7.4). A guaranteed
  price only ever lowers the market price, so above the market the market is
  raised with it (``goal_seek(raise_with=...)``): the NPV then falls with the
  price all the way and the question has an answer whenever one exists.
* **Incentive needed** (``extra_incentive_per_year``), searched within a few
  times the larger of the two sites' operating costs in year 1, either way.
* **Largest migration cost** (``one_off.other``), searched from 0 to a
  multiple of the case's undiscounted savings over the horizon.

Each range is where an answer lies in any plausible case; when the NPV still
does not reach the target at the end of it, the search widens towards the
target (up to the input's allowed range) before giving up, and then
``PresetAnswer.reason`` says precisely why there is none. Texts are marked
templates (context Engine); numbers in them are formatted by the caller's
``money`` (the window's display currency) or by ``format_money``.
See cost-model-notes.md, "Goal seek".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from explorer.domain.engine import evaluate_model
from explorer.domain.errors import InvalidInput
from explorer.domain.evaluation import Evaluation, PolicyStatus
from explorer.domain.fields import unit_words
from explorer.domain.formatting import format_money
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Template, local
from explorer.domain.model import Model, build_model
from explorer.domain.pack import DataPack
from explorer.domain.policies import BenefitKind, Policy
from explorer.domain.scenario import Scenario
from explorer.domain.uncertainty import GoalSeek, goal_seek

Money = Callable[[float], str]  # yuan -> text ("CNY 48.7 M", "4,869万元")
ValueText = Callable[[float, str], str]  # (value, unit) -> text


class PresetKind(StrEnum):
    PRICE = "price"
    INCENTIVE = "incentive"
    MIGRATION = "migration"


INCENTIVE_PATH = "extra_incentive_per_year"
MIGRATION_PATH = "one_off.other"

PRICE_RANGE_FACTOR = 3.0  # price: 0 .. 3 x the dearest price of the case (origin, site, policy)
INCENTIVE_RANGE_FACTOR = 3.0  # incentive: +/- 3 x the larger year-1 operating cost of the two sites
MIGRATION_RANGE_FACTOR = 2.0  # migration: 0 .. 2 x the case's savings over the horizon
FLOOR_YUAN = 1_000_000.0  # a case with no operating cost or savings at all still gets a range
WIDEN_FACTOR = 4.0  # each widening makes the range four times as wide, towards the target
MAX_WIDENINGS = 16  # enough to reach any input's allowed range from the smallest preset range

# --- texts -------------------------------------------------------------------

PRICE_POLICY_NOTE = QT_TRANSLATE_NOOP(
    "Engine",
    "The electricity price at {site} is set by policy {policy} ({title}) at {price}: the answer is the "
    "policy price at which the NPV reaches the target. Above the market price there ({market}), the "
    "market price is taken to rise with it, since the policy only ever lowers the price.",
)
PRICE_SITE_NOTE = QT_TRANSLATE_NOOP(
    "Engine", "The answer is the electricity price at {site} at which the NPV reaches the target."
)
INCENTIVE_NOTE = QT_TRANSLATE_NOOP(
    "Engine",
    "The additional incentive a year at {site} at which the NPV reaches the target; negative when the "
    "case reaches it without one. The search spans three times the larger of the two sites' operating "
    "costs in year 1 ({amount}) either way, and widens if the answer lies beyond.",
)
MIGRATION_NOTE = QT_TRANSLATE_NOOP(
    "Engine",
    "The largest amount of other one-off costs at which the NPV still reaches the target, with the other "
    "one-off items as entered. The search spans 0 to twice the case's savings over {years} years before "
    "incentives ({amount}), and widens if the answer lies beyond.",
)
MIGRATION_NO_SAVINGS_NOTE = QT_TRANSLATE_NOOP(
    "Engine",
    "The largest amount of other one-off costs at which the NPV still reaches the target, with the other "
    "one-off items as entered. The case saves nothing over {years} years before incentives, so the search "
    "spans 0 to twice the larger of the two sites' operating costs in year 1 ({amount}), and widens if "
    "the answer lies beyond.",
)
A_YEAR = QT_TRANSLATE_NOOP("Engine", "{amount} a year")
VALUE_WITH_UNIT = QT_TRANSLATE_NOOP("Engine", "{value} {unit}")

FLAT = QT_TRANSLATE_NOOP(
    "Engine",
    "The NPV is {npv} at every value searched, from {low} to {high}: this input does not move it in "
    "this case, so no value of it gives the target of {target}.",
)
# why there is no answer: (kind or None for any other input, NPV above the target?) -> text
STAYS: dict[tuple[PresetKind | None, bool], Template] = {
    (PresetKind.PRICE, True): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays above the target of {target} even at a price of {edge} (NPV there: {npv}). "
        "Searched from {low} to {high}.",
    ),
    (PresetKind.PRICE, False): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays below the target of {target} even at a price of {edge} (NPV there: {npv}). "
        "Searched from {low} to {high}.",
    ),
    (PresetKind.INCENTIVE, True): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays above the target of {target} even with an additional incentive of {edge} "
        "(NPV there: {npv}). Searched from {low} to {high}.",
    ),
    (PresetKind.INCENTIVE, False): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays below the target of {target} even with an additional incentive of {edge} "
        "(NPV there: {npv}). Searched from {low} to {high}.",
    ),
    (PresetKind.MIGRATION, True): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays above the target of {target} even with other one-off costs of {edge} "
        "(NPV there: {npv}). Searched from {low} to {high}.",
    ),
    (PresetKind.MIGRATION, False): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays below the target of {target} even with other one-off costs of {edge} "
        "(NPV there: {npv}). Searched from {low} to {high}.",
    ),
    (None, True): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays above the target of {target} even at {edge} (NPV there: {npv}). "
        "Searched from {low} to {high}.",
    ),
    (None, False): QT_TRANSLATE_NOOP(
        "Engine",
        "The NPV stays below the target of {target} even at {edge} (NPV there: {npv}). "
        "Searched from {low} to {high}.",
    ),
}


# --- presets -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalPreset:
    """One common question for one case: what to seek, where to look, and what to tell the user."""

    kind: PresetKind
    path: str  # the input sought
    unit: str
    site_id: str  # the case's site (origin -> site)
    site_name_en: str
    site_name_zh: str
    current: float  # the input's value now
    low: float  # the range searched first
    high: float
    limit_low: float  # how far the search may widen: the input's allowed range
    limit_high: float
    basis: float  # what the range is scaled on: yuan (a year for the incentive), yuan/kWh for the price
    horizon: int
    raise_with: tuple[str, ...] = ()  # the site's market price, raised with a policy price above it
    policy_id: str | None = None  # the price-setting policy whose price is sought
    policy_title_en: str = ""
    policy_title_zh: str = ""
    market_price: float | None = None  # the site's price, yuan/kWh, when a policy sets it
    on_savings: bool = True  # migration: the range is scaled on the savings (False: on operating cost)

    def note(
        self,
        language: str = "en",
        money: Money | None = None,
        value_text: ValueText | None = None,
        site_name: str | None = None,
    ) -> Message:
        """What the answer means and how the range was chosen, in words (a translatable Message).

        ``money`` and ``value_text`` format the amounts (default: ``format_money`` in
        ``language``); ``site_name`` replaces the site's full name (e.g. a short one).
        """
        money, value_text = _formatters(language, money, value_text)
        site = site_name or local(self.site_name_en, self.site_name_zh, language)
        if self.kind is PresetKind.PRICE and self.policy_id is not None:
            return Message(
                PRICE_POLICY_NOTE,
                site=site,
                policy=self.policy_id,
                title=local(self.policy_title_en, self.policy_title_zh, language),
                price=value_text(self.current, self.unit),
                market=value_text(self.market_price or 0.0, self.unit),
            )
        if self.kind is PresetKind.PRICE:
            return Message(PRICE_SITE_NOTE, site=site)
        if self.kind is PresetKind.INCENTIVE:
            return Message(INCENTIVE_NOTE, site=site, amount=value_text(self.high, "yuan/yr"))
        template = MIGRATION_NOTE if self.on_savings else MIGRATION_NO_SAVINGS_NOTE
        return Message(template, years=self.horizon, amount=money(self.high))


@dataclass(frozen=True, slots=True)
class PresetAnswer:
    """A preset and the goal seek that answered it (over the range finally searched)."""

    preset: GoalPreset
    result: GoalSeek

    @property
    def solved(self) -> bool:
        return self.result.solved

    def reason(
        self, language: str = "en", money: Money | None = None, value_text: ValueText | None = None
    ) -> Message | None:
        """Why there is no answer (None when there is one)."""
        return no_answer_reason(self.result, self.preset.kind, language, money, value_text)

    def to_dict(self) -> dict[str, Any]:
        """The goal seek's fields, plus the preset and its texts in English."""
        data = self.result.to_dict()
        reason = self.reason()
        data.update(
            preset=self.preset.kind.value,
            policy_id=self.preset.policy_id,
            note=str(self.preset.note()),
            reason=None if reason is None else str(reason),
        )
        return data


def goal_presets(
    scenario: Scenario | Model, pack: DataPack | None = None, site_id: str | None = None
) -> tuple[GoalPreset, ...]:
    """The three presets (price, incentive, migration) for the case origin -> ``site_id``."""
    model = _model(scenario, pack)
    context = _Context(model, site_id)
    return tuple(_PRESETS[kind](context) for kind in PresetKind)


def goal_preset(
    scenario: Scenario | Model,
    pack: DataPack | None = None,
    kind: PresetKind | str = PresetKind.PRICE,
    site_id: str | None = None,
) -> GoalPreset:
    """One preset for the case origin -> ``site_id`` (default: the scenario's destination)."""
    kind = _kind(kind)
    return _PRESETS[kind](_Context(_model(scenario, pack), site_id))


def solve_preset(
    scenario: Scenario | Model,
    pack: DataPack | None = None,
    kind: PresetKind | str = PresetKind.PRICE,
    target_npv: float = 0.0,
    site_id: str | None = None,
) -> PresetAnswer:
    """Answer one preset: goal seek over its range, widened towards the target until it is found.

    The range widens only while the NPV at one end is nearer the target than at
    the other (the answer may lie beyond it) and the input's allowed range is not
    yet reached; a flat NPV, or one moving away from the target, ends the search.
    """
    model = _model(scenario, pack)
    preset = goal_preset(model, kind=kind, site_id=site_id)
    low, high = preset.low, preset.high
    for _ in range(MAX_WIDENINGS + 1):
        result = goal_seek(
            model, path=preset.path, target_npv=target_npv, low=low, high=high,
            site_id=preset.site_id, raise_with=preset.raise_with,
        )  # fmt: skip
        if result.solved:
            break
        wider = _wider(result, preset)
        if wider is None:
            break
        low, high = wider
    return PresetAnswer(preset, result)


def no_answer_reason(
    result: GoalSeek,
    kind: PresetKind | None = None,
    language: str = "en",
    money: Money | None = None,
    value_text: ValueText | None = None,
) -> Message | None:
    """Why a goal seek has no answer, with the range in the input's unit; None when it has one.

    ``kind`` words the sentence for a preset (a price, an incentive, one-off costs);
    None words it for any input.
    """
    if result.solved:
        return None
    money, value_text = _formatters(language, money, value_text)
    unit = _unit_of(result, kind)
    f_low, f_high = result.npv_at_low - result.target_npv, result.npv_at_high - result.target_npv
    values = dict(
        target=money(result.target_npv),
        low=value_text(result.low, unit),
        high=value_text(result.high, unit),
    )
    scale = max(abs(result.npv_at_low), abs(result.npv_at_high), abs(result.target_npv), 1.0)
    if abs(f_high - f_low) <= 1e-9 * scale:
        return Message(FLAT, npv=money(result.npv_at_low), **values)
    at_high = abs(f_high) < abs(f_low)
    edge, npv = (result.high, result.npv_at_high) if at_high else (result.low, result.npv_at_low)
    above = (f_high if at_high else f_low) > 0
    return Message(STAYS[(kind, above)], edge=value_text(edge, unit), npv=money(npv), **values)


def value_text(value: float, unit: str, language: str = "en", money: Money | None = None) -> str:
    """An input's value in sensible units: money as money (万/亿, K/M/B), a price to the 0.001 yuan."""
    money = money or (lambda amount: format_money(amount, language))
    if unit == "yuan":
        return money(value)
    if unit == "yuan/yr":
        return Message(A_YEAR, amount=money(value))
    if unit == "yuan/kWh":
        digits = 3
        while digits < 5 and abs(round(value, digits) - value) > 1e-9 * max(1.0, abs(value)):
            digits += 1
        number = f"{value:,.{digits}f}"
    else:
        number = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.6g}"
    if number.startswith("-") and float(number.replace(",", "")) == 0:
        number = number[1:]
    return Message(VALUE_WITH_UNIT, value=number, unit=unit_words(unit))


# --- private -----------------------------------------------------------------


def _formatters(language: str, money: Money | None, text: ValueText | None) -> tuple[Money, ValueText]:
    money = money or (lambda amount: format_money(amount, language))
    return money, text or (lambda value, unit: value_text(value, unit, language, money))


def _unit_of(result: GoalSeek, kind: PresetKind | None) -> str:
    if result.unit:
        return result.unit
    units = {PresetKind.PRICE: "yuan/kWh", PresetKind.INCENTIVE: "yuan/yr", PresetKind.MIGRATION: "yuan"}
    return units.get(kind, "") if kind is not None else ""


def _kind(kind: PresetKind | str) -> PresetKind:
    try:
        return PresetKind(kind)
    except ValueError:
        raise InvalidInput(
            "preset",
            QT_TRANSLATE_NOOP("Engine", "unknown preset {preset!r} (known: {known})"),
            preset=str(kind),
            known=", ".join(k.value for k in PresetKind),
        ) from None


def _model(scenario: Scenario | Model, pack: DataPack | None) -> Model:
    if isinstance(scenario, Model):
        return scenario
    if pack is None:
        raise TypeError("a data pack is needed to evaluate a scenario")
    return build_model(scenario, pack)


class _Context:
    """The case a preset is for, evaluated once: its site, the year-1 costs, the savings."""

    def __init__(self, model: Model, site_id: str | None) -> None:
        self.model = model
        position = model.destination if site_id is None else model.site_position(site_id)
        if position == model.origin:
            raise InvalidInput(
                "site", QT_TRANSLATE_NOOP("Engine", "the origin cannot be the site a case moves to")
            )
        self.position = position
        self.site = model.sites[position]
        self.evaluation: Evaluation = evaluate_model(model)
        self.case = self.evaluation.case(self.site.id)
        self.origin = self.evaluation.site(self.evaluation.origin)
        self.destination = self.evaluation.site(self.site.id)

    def preset(
        self, kind: PresetKind, path: str, low: float, high: float, basis: float, **extra: Any
    ) -> GoalPreset:
        info = self.model.info(path)
        return GoalPreset(
            kind=kind, path=path, unit=info.unit, site_id=self.site.id, site_name_en=self.site.name_en,
            site_name_zh=self.site.name_zh, current=info.value, low=max(low, info.minimum),
            high=min(high, info.maximum), limit_low=info.minimum, limit_high=info.maximum, basis=basis,
            horizon=self.model.horizon, **extra,
        )  # fmt: skip

    def price(self, position: int) -> float:
        return float(self.model.base[self.model.sites[position].columns["electricity_price"]])


def _price_preset(context: _Context) -> GoalPreset:
    model, site = context.model, context.site
    market_path = f"sites.{site.id}.electricity_price"
    market = context.price(context.position)
    setter = _price_setter(context)
    prices = [context.price(model.origin), market]
    extra: dict[str, Any] = {}
    path = market_path
    if setter is not None:
        policy, path = setter
        prices.append(model.info(path).value)
        extra = dict(
            raise_with=(market_path,), policy_id=policy.id, policy_title_en=policy.title_en,
            policy_title_zh=policy.title_zh, market_price=market,
        )  # fmt: skip
    dearest = max(prices)
    high = math.ceil(PRICE_RANGE_FACTOR * dearest * 10.0) / 10.0 if dearest > 0 else 1.0
    return context.preset(PresetKind.PRICE, path, 0.0, high, dearest, **extra)


def _price_setter(context: _Context) -> tuple[Policy, str] | None:
    """The chosen policy that sets the site's price: an eligible guaranteed-price rule there.

    With several, the one whose price is lowest (the price the firm pays).
    Returns (policy, its price input path) or None.
    """
    model, evaluation = context.model, context.evaluation
    results = {policy.policy_id: policy for policy in evaluation.policies}
    excluded = {
        PolicyStatus.NOT_ELIGIBLE,
        PolicyStatus.UNKNOWN,
        PolicyStatus.EXPIRED,
        PolicyStatus.NOT_APPLICABLE,
    }
    found = []
    for spec in model.rules:
        rule, policy = spec.rule, spec.policy
        path = f"policies.{policy.id}.price"
        if spec.site != context.position or rule.kind is not BenefitKind.ELECTRICITY_PRICE:
            continue
        if rule.amount is None or path not in model.index:
            continue
        result = results.get(policy.id)
        if result is None or result.status in excluded:
            continue
        here = [r for r in result.rules if r.rule_id == rule.id and r.site_id == context.site.id]
        if not here or str(here[0].status) != "met":
            continue
        found.append((model.info(path).value, policy.id, policy, path))
    if not found:
        return None
    _, _, policy, path = min(found, key=lambda item: (item[0], item[1]))
    return policy, path


def _incentive_preset(context: _Context) -> GoalPreset:
    opex = max(float(context.origin.table.opex[1]), float(context.destination.table.opex[1]), 0.0)
    basis = opex if opex > 0 else FLOOR_YUAN
    span = INCENTIVE_RANGE_FACTOR * basis
    return context.preset(PresetKind.INCENTIVE, INCENTIVE_PATH, -span, span, basis)


def _migration_preset(context: _Context) -> GoalPreset:
    savings = float(context.case.savings[1:].sum())
    opex = max(float(context.origin.table.opex[1]), float(context.destination.table.opex[1]), 0.0)
    basis = savings if savings > 0 else max(opex, FLOOR_YUAN)
    high = MIGRATION_RANGE_FACTOR * basis
    return context.preset(PresetKind.MIGRATION, MIGRATION_PATH, 0.0, high, basis, on_savings=savings > 0)


_PRESETS: dict[PresetKind, Callable[[_Context], GoalPreset]] = {
    PresetKind.PRICE: _price_preset,
    PresetKind.INCENTIVE: _incentive_preset,
    PresetKind.MIGRATION: _migration_preset,
}


def _wider(result: GoalSeek, preset: GoalPreset) -> tuple[float, float] | None:
    """The next range to search, towards the end whose NPV is nearer the target; None: stop."""
    low, high = result.low, result.high
    f_low, f_high = abs(result.npv_at_low - result.target_npv), abs(result.npv_at_high - result.target_npv)
    grow = (WIDEN_FACTOR - 1.0) * (high - low)
    if f_high < f_low and high < preset.limit_high:
        return low, min(preset.limit_high, high + grow)
    if f_low < f_high and low > preset.limit_low:
        return max(preset.limit_low, low - grow), high
    return None
