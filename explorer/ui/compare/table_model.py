"""The Compare view's tables: a model of finished cells, and the view that shows it.

The view builds each table's content as plain ``Cell``s (text, tooltip, roles) and
hands them to a ``CellTableModel`` in one ``set_cells`` (a model reset); Qt draws
them through ``CellTable``, a ``QTableView``. The model answers the standard roles
(display, tooltip, alignment, background, font, icon, accessible text) and any
extra role a cell carries (the delta text, the direction, the scenario id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class Cell:
    """One cell or header, finished: what it says and what it carries."""

    value: str = ""
    tooltip: str = ""
    roles: dict[int, Any] = field(default_factory=dict)
    alignment: Qt.AlignmentFlag | None = None
    fill: QColor | None = None  # the background
    bold: bool = False
    icon: QIcon | None = None

    def __post_init__(self) -> None:
        self.roles = {int(role): value for role, value in self.roles.items()}

    # read like a QTableWidgetItem (the view's copy and the tests use these)
    def text(self) -> str:
        return self.value

    def toolTip(self) -> str:
        return self.tooltip

    def data(self, role: int) -> Any:
        return self.roles.get(int(role))

    def background(self) -> QBrush:
        return QBrush(self.fill) if self.fill is not None else QBrush()

    def role_value(self, role: int) -> Any:
        """What the model answers for ``role``; None when the cell has nothing for it."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment.value) if self.alignment is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.fill) if self.fill is not None else None
        if role == Qt.ItemDataRole.FontRole:
            if not self.bold:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon
        return self.roles.get(int(role))


class CellTableModel(QAbstractTableModel):
    """Rows of finished cells with column (and optionally row) headers; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Cell]] = []
        self._columns: list[Cell] = []
        self._row_headers: list[Cell] = []

    def set_cells(
        self, columns: Sequence[Cell], rows: Sequence[Sequence[Cell]], row_headers: Sequence[Cell] = ()
    ) -> None:
        """Show these cells (every row as long as ``columns``) in place of the old ones."""
        if any(len(row) != len(columns) for row in rows):
            raise ValueError("every row needs one cell per column")
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = [list(row) for row in rows]
        self._row_headers = list(row_headers)
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            return self._rows[row][column]
        return None

    def column_header(self, column: int) -> Cell | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    def row_header(self, row: int) -> Cell | None:
        return self._row_headers[row] if 0 <= row < len(self._row_headers) else None

    # --- QAbstractTableModel ------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        return cell.role_value(role) if cell is not None else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            cell = self.column_header(section)
        else:
            cell = self.row_header(section)
            if cell is None and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
        return cell.role_value(role) if cell is not None else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class CellTable(QTableView):
    """A table view over its own ``CellTableModel``, read like a QTableWidget where handy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = CellTableModel(self)
        self.setModel(self.cells)

    def rowCount(self) -> int:
        return self.cells.rowCount()

    def columnCount(self) -> int:
        return self.cells.columnCount()

    def item(self, row: int, column: int) -> Cell | None:
        return self.cells.cell(row, column)

    def horizontalHeaderItem(self, column: int) -> Cell | None:
        return self.cells.column_header(column)

    def verticalHeaderItem(self, row: int) -> Cell | None:
        return self.cells.row_header(row)
