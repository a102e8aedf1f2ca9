"""A scenario the user keeps under a name: one type for the window's list and the project file.

The window (``AppState``) keeps the user's scenarios as ``NamedScenario``s, and a project
(``explorer.project``) saves and reads the same type, with the figures each took from the
data pack when it was saved (``pack_values``). It lives in the domain, the lowest layer both
may import. Pure data: no Qt, no files.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from explorer.domain.package import Package
from explorer.domain.scenario import Scenario


@dataclass(frozen=True, slots=True)
class PackValue:
    """A figure a scenario took from the data pack (not one the user set), as it was when saved."""

    path: str
    value: float
    low: float
    high: float
    source: str = ""
    as_of: str = ""


@dataclass(frozen=True, slots=True)
class NamedScenario:
    """A scenario the user keeps under a name; ``id`` never changes, the name may.

    ``pack_values`` is filled when a project is saved or read (``explorer.project``); the
    window's list leaves it empty, since a save takes them afresh from the scenario as it is.
    """

    id: str
    name: str
    scenario: Scenario
    package: Package | None = None  # the incentive package proposed for it (Package tab)
    pack_values: tuple[PackValue, ...] = ()


def new_scenario_id() -> str:
    """A fresh id for a named scenario: 12 hexadecimal digits."""
    return secrets.token_hex(6)
