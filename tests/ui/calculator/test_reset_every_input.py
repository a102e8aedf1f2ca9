"""Every ↺ of every input puts the data pack's value back (or the model's default where the pack has none)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtWidgets import QToolButton

from explorer.domain.editing import FieldPath

pytestmark = pytest.mark.gui


def _info(state, path):
    return next((i for i in state.evaluation.inputs if i.path == path), None)


def _another_value(info) -> list[float]:
    """Values to try that differ from the input's, inside what it allows."""
    value = info.value
    candidates = [
        value * 1.5 if value else 1.0,
        value * 0.5,
        (info.minimum + min(info.maximum, value * 4 + 10)) / 2,
    ]
    if FieldPath.parse(info.path).name == "horizon_years":
        candidates = [value + 2, value - 2]
    return [c for c in candidates if info.minimum <= c <= info.maximum and not math.isclose(c, value)]


def test_every_reset_button_brings_the_pack_value_back(session, qtbot):
    state, window = session.state, session.window
    editors = window.calculator_tab.inputs.editors
    paths = [i.path for i in state.evaluation.inputs if i.path in editors]
    sections = {FieldPath.parse(p).section for p in paths}
    assert {"firm", "workload", "one_off", "finance", "sites", "extra_incentive_per_year"} <= sections
    assert any(FieldPath.parse(p).section == "policies" for p in paths)
    checked = []
    for path in paths:
        before = _info(state, path)
        if before is None:
            continue  # an input a reset before this one took away (a policy price, say)
        expected = before.default.value if before.default is not None else before.value
        if not any(state.set_value(path, value) for value in _another_value(before)):
            continue
        assert not math.isclose(_info(state, path).value, before.value), path
        button = window.findChild(QToolButton, "reset_" + path.replace(".", "_"))
        assert button is not None, path
        assert button.accessibleName(), path
        assert button.isEnabled(), path
        button.click()
        after = _info(state, path)
        assert math.isclose(after.value, expected, rel_tol=1e-9, abs_tol=1e-9), (path, after.value, expected)
        checked.append(path)
    assert len(checked) >= len(paths) - 2, sorted(set(paths) - set(checked))
