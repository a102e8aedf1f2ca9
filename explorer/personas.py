"""The demo firms shipped in ``data/personas/``: complete scenarios a user can open in one click."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from explorer.domain.errors import InvalidInput
from explorer.domain.messages import local
from explorer.domain.scenario import Scenario
from explorer.domain.scenario_codec import parse_scenario
from explorer.paths import shipped_data_dir

log = logging.getLogger("explorer.personas")

MAX_PERSONA_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class Persona:
    id: str  # the file's stem
    scenario: Scenario

    def title(self, language: str = "en") -> str:
        """The menu label; in Chinese, the Chinese half of the firm name ("深圳某… / Shenzhen …")."""
        name = self.scenario.firm.name
        if language.startswith("zh") and name:
            return name.split(" / ")[0]
        return self.scenario.title or name or self.id

    def description(self, language: str) -> str:
        return local(self.scenario.description_en, self.scenario.description_zh, language)


def persona_dir() -> Path:
    return shipped_data_dir() / "personas"


def load_personas(folder: Path | None = None) -> list[Persona]:
    """Every valid persona file, sorted by name; a broken one is logged and left out."""
    folder = folder or persona_dir()
    personas = []
    for path in sorted(folder.glob("*.json")):
        try:
            if path.stat().st_size > MAX_PERSONA_BYTES:
                raise InvalidInput(path.name, f"is larger than {MAX_PERSONA_BYTES:,} bytes")
            personas.append(Persona(path.stem, parse_scenario(path.read_bytes())))
        except (OSError, InvalidInput, ValueError) as error:
            log.warning("Persona %s left out: %s", path.name, error)
    return personas
