"""The window's named scenarios are the domain's NamedScenario, the type a project saves."""

from __future__ import annotations

from explorer.domain.named_scenario import NamedScenario
from explorer.ui import state as state_module
from explorer.ui.state import AppState


def test_the_state_keeps_the_domain_type(qapp, shipped_pack):
    state = AppState(shipped_pack)
    assert state_module.NamedScenario is NamedScenario  # one type, not a copy
    first = state.named_scenarios()[0]
    assert type(first) is NamedScenario and first.pack_values == ()
    added = state.named(state.add_scenario(name="Second"))
    assert type(added) is NamedScenario and added.name == "Second"
