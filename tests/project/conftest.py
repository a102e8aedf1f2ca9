"""Projects built from the shipped demo firms."""

from __future__ import annotations

import pytest

from explorer.personas import load_personas
from explorer.project import build_project


@pytest.fixture(scope="session")
def personas():
    return load_personas()


@pytest.fixture
def project(shipped_pack, personas):
    items = [(f"id{i}", persona.title(), persona.scenario) for i, persona in enumerate(personas)]
    return build_project(items, "id1", "id0", shipped_pack)
