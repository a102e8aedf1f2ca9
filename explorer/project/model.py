"""A project: the named scenarios a user keeps together, and the data pack they were made with.

Pure Python, no Qt, no files (the codec turns a Project into JSON and back;
``explorer.project.files`` reads and writes it).

A project remembers, for every scenario, the figures it took from the data
pack when it was saved (``pack_values``). Opened with another data pack, the
user can keep those figures (they become the scenario's own inputs, with
their source) or refresh them from the current pack.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, message, translated
from explorer.domain.model import build_model
from explorer.domain.named_scenario import NamedScenario, PackValue
from explorer.domain.pack import DataPack
from explorer.domain.scenario import Quantity, Scenario

PROJECT_SUFFIX = ".gcx"
MAX_SCENARIOS = 500
MAX_NAME_CHARS = 200
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
ID_RULE = QT_TRANSLATE_NOOP("Project", "must be 1 to 64 letters, digits, - or _")


class ProjectError(ValueError):
    """A project file or project the app refuses; ``where`` names the place, e.g. ``scenarios[2].name``."""

    def __init__(self, where: str, problem: str, **params: Any) -> None:
        problem = message(problem, **params)  # a marked template (explorer.domain.messages) or plain text
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem

    def translated(self, translate: Translate) -> str:
        """The message in the translator's language."""
        problem = translated(self.problem, translate)
        return f"{self.where}: {problem}" if self.where else problem


@dataclass(frozen=True, slots=True)
class PackStamp:
    """Which data pack a project was saved with."""

    version: str
    as_of: dt.date

    @classmethod
    def of(cls, pack: DataPack) -> PackStamp:
        return cls(pack.manifest.version, pack.manifest.as_of)

    def matches(self, pack: DataPack) -> bool:
        return self == PackStamp.of(pack)


@dataclass(frozen=True, slots=True)
class Project:
    scenarios: tuple[NamedScenario, ...]
    current_id: str
    base_id: str
    pack: PackStamp
    app_version: str = ""
    saved_at: str = ""  # ISO time of the save; informational only
    # What opening it changed, for the user: a Message per scenario, "name: dropped policy ids".
    notes: tuple[str, ...] = field(default=(), compare=False)
    # What reading an older file changed (scenarios of an older schema version brought up to
    # date): a translatable Message each, e.g. "Opened a version-1 scenario: ...". Kept by fit_to_pack.
    migration_notes: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.scenarios:
            raise ProjectError(
                "scenarios", QT_TRANSLATE_NOOP("Project", "a project holds at least one scenario")
            )
        if len(self.scenarios) > MAX_SCENARIOS:
            raise ProjectError(
                "scenarios",
                QT_TRANSLATE_NOOP("Project", "at most {limit} scenarios, got {count}"),
                limit=MAX_SCENARIOS,
                count=len(self.scenarios),
            )
        ids = [item.id for item in self.scenarios]
        for index, item in enumerate(self.scenarios):
            if not ID_PATTERN.fullmatch(item.id):
                raise ProjectError(f"scenarios[{index}].id", ID_RULE)
            check_name(f"scenarios[{index}].name", item.name)
        if len(set(ids)) != len(ids):
            raise ProjectError(
                "scenarios", QT_TRANSLATE_NOOP("Project", "each scenario id may appear only once")
            )
        for name, value in (("current", self.current_id), ("base", self.base_id)):
            if value not in ids:
                raise ProjectError(
                    name,
                    QT_TRANSLATE_NOOP("Project", "names no scenario of the project ({value!r})"),
                    value=value,
                )

    def scenario(self, scenario_id: str) -> NamedScenario:
        for item in self.scenarios:
            if item.id == scenario_id:
                return item
        raise KeyError(scenario_id)

    @property
    def current(self) -> NamedScenario:
        return self.scenario(self.current_id)


def clean_name(name: str, fallback: str = "Scenario") -> str:
    """A name fit for a project file: control characters become spaces, at most 200 characters."""
    text = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in name).strip()
    return text[:MAX_NAME_CHARS].strip() or fallback


def check_name(where: str, name: object) -> str:
    if not isinstance(name, str):
        raise ProjectError(where, QT_TRANSLATE_NOOP("Project", "must be text"))
    if not name.strip():
        raise ProjectError(where, QT_TRANSLATE_NOOP("Project", "must not be empty"))
    if len(name) > MAX_NAME_CHARS:
        raise ProjectError(
            where, QT_TRANSLATE_NOOP("Project", "is longer than {limit} characters"), limit=MAX_NAME_CHARS
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ProjectError(where, QT_TRANSLATE_NOOP("Project", "must not contain control characters"))
    return name


# --- the data pack a project was made with ------------------------------------


def snapshot_pack_values(scenario: Scenario, pack: DataPack) -> tuple[PackValue, ...]:
    """The figures ``scenario`` takes from ``pack`` (inputs it does not set itself), in model order."""
    model = build_model(scenario, pack)
    values = []
    for info in model.inputs:
        if info.overridden or info.default is None:
            continue
        provenance = info.provenance
        values.append(
            PackValue(
                info.path, info.value, info.low, info.high,
                provenance.source if provenance else "", provenance.as_of if provenance else "",
            )
        )  # fmt: skip
    return tuple(values)


def pin_pack_values(
    scenario: Scenario,
    values: tuple[PackValue, ...],
    stamp: PackStamp,
    refused: list[tuple[str, str]] | None = None,
) -> Scenario:
    """``scenario`` with each saved pack figure set as its own input (value, range and source kept).

    A figure whose input no longer exists in the scenario, or that the input refuses, is
    skipped (the current pack's figure stays) and, with ``refused``, listed there as
    (path, reason). Its note ("data pack 2025.1 of 2025-01-01") is a Message: translatable
    until the project is saved, English text after.
    """
    for item in values:
        source = f"{item.source} ({item.as_of})" if item.as_of else item.source
        note = Message(
            QT_TRANSLATE_NOOP("Project", "data pack {version} of {as_of}"),
            version=stamp.version,
            as_of=stamp.as_of.isoformat(),
        )
        quantity = Quantity(item.value, item.low, item.high, source=source, note=note)
        try:
            scenario = scenario.replace_quantity(item.path, quantity)
        except InvalidInput as error:
            if refused is not None:
                refused.append((item.path, error.problem))
            continue
    return scenario


def drop_unknown_policies(scenario: Scenario, pack: DataPack) -> tuple[Scenario, tuple[str, ...]]:
    """``scenario`` without the chosen policies ``pack`` does not have; and the ids dropped."""
    kept = tuple(choice for choice in scenario.policies if choice.policy_id in pack.policies)
    dropped = tuple(choice.policy_id for choice in scenario.policies if choice.policy_id not in pack.policies)
    return (replace(scenario, policies=kept) if dropped else scenario), dropped


def fit_to_pack(project: Project, pack: DataPack, keep_values: bool) -> Project:
    """The project made to run on ``pack``.

    ``keep_values``: the figures saved from the project's own data pack become
    the scenarios' inputs; otherwise the current pack's figures are used.
    Policies the pack does not have are dropped (listed in ``notes``). Raises
    ProjectError, naming the scenario and the field, when a scenario still
    does not fit (e.g. a site the pack does not know).
    """
    notes: list[str] = []
    replaced: list[str] = []  # said, never silent: a kept figure the current pack's input refuses
    fitted = []
    for index, item in enumerate(project.scenarios):
        scenario, dropped = drop_unknown_policies(item.scenario, pack)
        if dropped:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP("Project", "{scenario}: {policies}"),
                    scenario=item.name,
                    policies=", ".join(dropped),
                )
            )
        if keep_values and not project.pack.matches(pack):
            refused: list[tuple[str, str]] = []
            scenario = pin_pack_values(scenario, item.pack_values, project.pack, refused)
            replaced += [
                Message(
                    QT_TRANSLATE_NOOP(
                        "Project",
                        "{scenario}: the project's figure for {path} does not fit this data pack "
                        "({reason}); the current pack's figure is used",
                    ),
                    scenario=item.name,
                    path=path,
                    reason=reason,
                )
                for path, reason in refused
            ]
        try:
            values = snapshot_pack_values(scenario, pack)
        except InvalidInput as error:
            raise ProjectError(f"scenarios[{index}] ({item.name}): {error.field}", error.problem) from None
        fitted.append(replace(item, scenario=scenario, pack_values=values))
    return replace(
        project,
        scenarios=tuple(fitted),
        pack=PackStamp.of(pack),
        notes=tuple(notes),
        migration_notes=(*project.migration_notes, *replaced),  # shown as notes by export and the window
    )
