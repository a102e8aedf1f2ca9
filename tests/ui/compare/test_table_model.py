"""The Compare tables' model: finished cells, every role, checked by Qt's model tester; no widget needed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from explorer.ui.compare.table_model import RIGHT, Cell, CellTableModel

EXTRA_ROLE = Qt.ItemDataRole.UserRole + 1


def _model() -> CellTableModel:
    model = CellTableModel()
    model.set_cells(
        [Cell("★ Base"), Cell("Other", "the other scenario")],
        [
            [
                Cell("1.0 M", "exact", {EXTRA_ROLE: ""}, alignment=RIGHT),
                Cell("2.0 M", roles={EXTRA_ROLE: "+1.0 M"}),
            ],
            [Cell("a"), Cell("b", fill=QColor("yellow"), bold=True)],
        ],
        [Cell("NPV", "net present value"), Cell("Payback")],
    )
    return model


def test_the_model_passes_qts_model_tester(qtmodeltester):
    qtmodeltester.check(_model())


def test_cells_answer_every_role():
    model = _model()
    first, second = model.index(0, 0), model.index(0, 1)
    assert first.data() == "1.0 M" and first.data(Qt.ItemDataRole.ToolTipRole) == "exact"
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert second.data(EXTRA_ROLE) == "+1.0 M"
    highlighted = model.index(1, 1)
    assert highlighted.data(Qt.ItemDataRole.BackgroundRole).color() == QColor("yellow")
    assert highlighted.data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Other"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "the other scenario"
    assert model.headerData(0, Qt.Orientation.Vertical) == "NPV"
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable


def test_a_row_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError):
        CellTableModel().set_cells([Cell("one")], [[Cell("a"), Cell("b")]])
