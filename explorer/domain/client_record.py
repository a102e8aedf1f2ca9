"""What a scenario keeps of the client's own data (issue 19): the file, the day, the facts.

A client value in the scenario is a ``Quantity`` whose ``source`` is ``client_source(record)``
("client data: acme.xlsx, 2026-12-06"), so every place that shows a source (the input
tooltips, the PDF, the workbook's Inputs sheet) shows it with the confidence "client data".
Facts that are no Quantity (high-tech status, shares, the move date, the origin) are named
in ``paths``. The record lives in the scenario, so it is saved in the project file and in a
scenario file, and never in the data pack or the logs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

CLIENT_SOURCE_PREFIX = "client data: "
CLIENT_SOURCE_PREFIX_ZH = "客户数据："
_SOURCE = re.compile(r"client data: (?P<file>.*), (?P<date>\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """The client data applied to a scenario.

    ``facts``: every fact of the file as its canonical text (key -> "52560000", "yes",
    "2027-03-01", a site id); ``paths``: the scenario inputs it set; ``previous_origin``: the
    origin before the import (the origin is not an input with a pack default to return to).
    """

    file_name: str
    imported_on: dt.date
    facts: Mapping[str, str] = field(default_factory=dict)
    paths: tuple[str, ...] = ()
    previous_origin: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", MappingProxyType(dict(self.facts)))
        object.__setattr__(self, "paths", tuple(self.paths))

    @property
    def source(self) -> str:
        return client_source(self.file_name, self.imported_on)


def client_source(file_name: str, imported_on: dt.date) -> str:
    """The source a client value names: "client data: acme.xlsx, 2026-12-06"."""
    return f"{CLIENT_SOURCE_PREFIX}{file_name}, {imported_on.isoformat()}"


def is_client_source(source: str) -> bool:
    return source.startswith(CLIENT_SOURCE_PREFIX)


def client_source_parts(source: str) -> tuple[str, str] | None:
    """(file name, ISO date) of a client source; None for any other source."""
    match = _SOURCE.fullmatch(source)
    return (match.group("file"), match.group("date")) if match else None
