"""The firm facts a policy condition asks about, and answering one into the scenario.

A policy whose condition the firm profile does not answer shows "unknown"; the Policies
tab lets the user answer it where it is asked. This module says which conditions can be
answered, with what kind of answer (yes/no, a share, a sector, an amount with its unit),
and writes an answer into the scenario's firm profile by its path (``firm.high_tech``),
the same path ``editing.FieldPath`` reads. No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from explorer.domain.editing import FieldPath, reset_value
from explorer.domain.errors import InvalidInput
from explorer.domain.fields import FIRM_FIELDS
from explorer.domain.incentives import FIELD_LABELS, FIELD_UNITS, SECTOR_WORDS, ConditionResult
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message
from explorer.domain.scenario import Quantity, Scenario

NOT_A_FACT = QT_TRANSLATE_NOOP("Engine", "is not a firm fact a policy asks about")
WRONG_ANSWER = QT_TRANSLATE_NOOP("Engine", "expected {kind}, got {value!r}")
YES_OR_NO = QT_TRANSLATE_NOOP("Engine", "yes or no")
A_SECTOR = QT_TRANSLATE_NOOP("Engine", "a sector")
A_NUMBER = QT_TRANSLATE_NOOP("Engine", "a number")


class AnswerKind(StrEnum):
    YES_NO = "yes_no"
    SHARE = "share"  # a fraction 0..1 (shown as a percentage)
    CHOICE = "choice"  # one of ``choices`` (the sector)
    AMOUNT = "amount"  # a number in ``unit``, 0 or more


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One answerable firm fact: its attribute of ``FirmProfile``, the kind of answer, its unit."""

    name: str
    kind: AnswerKind
    unit: str = ""
    label: str = ""  # the fact's name: a Message, or the input catalogue's Bilingual; a Style renders it
    choices: tuple[str, ...] = ()

    @property
    def path(self) -> FieldPath:
        return FieldPath("firm", self.name)


def _spec(name: str, kind: AnswerKind, choices: tuple[str, ...] = ()) -> FactSpec:
    label: str | None = FIELD_LABELS.get(name)
    if label is not None:
        unit = FIELD_UNITS.get(name, "")
    else:  # an amount a rule is applied to (project investment, R&D budget): the input catalogue's words
        spec = FIRM_FIELDS[name]
        label, unit = spec.label, spec.unit
    if kind is AnswerKind.SHARE:
        unit = "fraction"
    return FactSpec(name, kind, unit, label, choices)


# Every firm fact a condition (or a rule's base) may leave unknown, by its FirmProfile attribute.
FACTS: dict[str, FactSpec] = {
    spec.name: spec
    for spec in (
        _spec("high_tech", AnswerKind.YES_NO),
        _spec("registered_in_guian", AnswerKind.YES_NO),
        _spec("benchmark_project", AnswerKind.YES_NO),
        _spec("approved_upgrade", AnswerKind.YES_NO),
        _spec("large_enterprise", AnswerKind.YES_NO),
        _spec("domestic_chip_share", AnswerKind.SHARE),
        _spec("encouraged_industry_share", AnswerKind.SHARE),
        _spec("sector", AnswerKind.CHOICE, tuple(SECTOR_WORDS)),
        _spec("project_investment", AnswerKind.AMOUNT),
        _spec("retrofit_investment", AnswerKind.AMOUNT),
        _spec("rd_budget", AnswerKind.AMOUNT),
        _spec("qualifying_staff", AnswerKind.AMOUNT),
    )
}

Answer = bool | float | str | None


def fact_of(condition: ConditionResult) -> FactSpec | None:
    """The firm fact a condition's result is about, if the user can answer it; else None.

    A condition on a firm field names it ("high_tech"); a rule whose base the profile
    leaves unknown names its path ("firm.rd_budget").
    """
    name = condition.field.removeprefix("firm.")
    return FACTS.get(name)


def fact_value(scenario: Scenario, name: str) -> Answer:
    """The answer the scenario holds for fact ``name`` (None: unknown)."""
    spec = _known(name)
    value = getattr(scenario.firm, spec.name)
    if isinstance(value, Quantity):
        return value.value
    if spec.kind is AnswerKind.CHOICE:
        return value or None  # "" is "unknown" for the sector
    return value  # type: ignore[no-any-return]


def answer_fact(scenario: Scenario, name: str, value: Answer) -> Scenario:
    """``scenario`` with the firm's answer to fact ``name`` set to ``value`` (None: unknown again).

    InvalidInput (naming ``firm.<name>``) for an answer of the wrong kind or outside its range.
    """
    spec = _known(name)
    path = str(spec.path)
    if value is None:
        if spec.kind is AnswerKind.CHOICE:
            return _with_firm(scenario, spec.name, "")
        return reset_value(scenario, spec.path)  # the firm section's default: None, unknown
    if spec.kind is AnswerKind.YES_NO:
        if not isinstance(value, bool):
            raise InvalidInput(path, WRONG_ANSWER, kind=Message(YES_OR_NO), value=value)
        return _with_firm(scenario, spec.name, value)
    if spec.kind is AnswerKind.CHOICE:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInput(path, WRONG_ANSWER, kind=Message(A_SECTOR), value=value)
        return _with_firm(scenario, spec.name, value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(path, WRONG_ANSWER, kind=Message(A_NUMBER), value=value)
    if spec.kind is AnswerKind.SHARE:  # FirmProfile checks 0..1 and names the field
        return _with_firm(scenario, spec.name, float(value))
    return scenario.replace_value(path, float(value))  # checked against FIRM_FIELDS' range


def _with_firm(scenario: Scenario, name: str, value: Any) -> Scenario:
    changes: dict[str, Any] = {name: value}
    return replace(scenario, firm=replace(scenario.firm, **changes))


def _known(name: str) -> FactSpec:
    spec = FACTS.get(name.removeprefix("firm."))
    if spec is None:
        raise InvalidInput(f"firm.{name}", NOT_A_FACT)
    return spec
