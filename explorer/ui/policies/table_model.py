"""The policy table: fixed column numbers over the catalogue frame, shown rows given as positions.

Filtering and sorting happen in ``PolicyCatalogue`` with vectorised masks; this model is
told which row positions to show, in which order, and resets. ``data()`` is a lookup
in text prepared once per language or result change, because it runs for every
visible cell and role on each repaint.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from explorer.domain.evaluation import STATUS_WORDS, PolicyStatus
from explorer.domain.messages import local
from explorer.ui.money import figure_style
from explorer.ui.policies.catalogue import (
    CATEGORIES,
    ELIGIBILITY_ORDER,
    IN_FORCE_STATES,
    LEVELS,
    NO_RESULT,
    Column,
    PolicyCatalogue,
    in_force_codes,
)
from explorer.ui.policies.words import (
    CATEGORY_WORDS,
    IN_FORCE_WORDS,
    LEVEL_WORDS,
    label,
    money,
    standing_words,
)
from explorer.ui.widgets.plain_text import plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value: text key, number, date
POLICY_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_MUTED = QColor("#6b7280")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class PolicyTableModel(QAbstractTableModel):
    use_toggled = Signal(str, bool)  # policy id, wanted in the calculation
    sort_requested = Signal(int, bool)  # column, descending

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._catalogue: PolicyCatalogue | None = None
        self._rows = np.zeros(0, dtype=np.int64)
        self._row_list: list[int] = []
        self._text: list[list[str]] = [[] for _ in Column]
        self._in_force = np.zeros(0, dtype=np.int8)
        self._language = "en"
        self._horizon = 0
        self._muted_font = QFont()
        self._muted_font.setItalic(True)
        self._muted_brush = QBrush(_MUTED)

    # --- public API -------------------------------------------------------------
    def set_catalogue(self, catalogue: PolicyCatalogue, language: str, today: dt.date, horizon: int) -> None:
        self.beginResetModel()
        self._catalogue = catalogue
        self._rows = np.zeros(0, dtype=np.int64)
        self._row_list = []
        self._language, self._horizon = language, horizon
        self._prepare_texts(today)
        self.endResetModel()

    def refresh_texts(self, language: str, today: dt.date, horizon: int) -> None:
        """New language, day, results or horizon: same rows, new words."""
        self._language, self._horizon = language, horizon
        self._prepare_texts(today)
        if self._row_list:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._row_list) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def set_rows(self, rows: np.ndarray) -> bool:
        """Show these catalogue positions in this order; False (and no reset) if nothing changed."""
        if rows.shape == self._rows.shape and np.array_equal(rows, self._rows):
            return False
        self.beginResetModel()
        self._rows = rows
        self._row_list = rows.tolist()
        self.endResetModel()
        return True

    def rows(self) -> np.ndarray:
        return self._rows

    def policy_id(self, row: int) -> str | None:
        if self._catalogue is None or not 0 <= row < len(self._row_list):
            return None
        return self._catalogue.ids[self._row_list[row]]

    def row_of(self, policy_id: str) -> int | None:
        if self._catalogue is None:
            return None
        position = self._catalogue.position(policy_id)
        if position is None:
            return None
        found = np.flatnonzero(self._rows == position)
        return int(found[0]) if found.size else None

    def headers(self) -> list[str]:
        return [self._header(column) for column in Column]

    # --- Qt model API -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._row_list)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        position = self._position(index)
        return None if position is None else self._role_value(position, index.column(), role)

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan) -> None:
        """All the roles a delegate paints with, in one call: one Python call per cell, not eight."""
        position = self._position(index)
        column = index.column()
        for role_data in roleDataSpan:
            value = None if position is None else self._role_value(position, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking "use" asks for the change; the tick follows when AppState confirms it."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.USE:
            return False
        policy_id = self.policy_id(index.row())
        if policy_id is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.use_toggled.emit(policy_id, checked)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == Column.USE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(Column(section))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks; the tab owns the order (it also filters), so it is told."""
        self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)

    # --- private ------------------------------------------------------------------
    def _position(self, index: _Index) -> int | None:
        if not index.isValid() or self._catalogue is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._row_list) and 0 <= column < len(Column)):
            return None
        return self._row_list[row]

    def _role_value(self, position: int, column: int, role: int) -> object:
        catalogue = self._catalogue
        assert catalogue is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[column][position]
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == Column.USE:
                chosen = bool(catalogue.results.chosen[position])
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, position)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.VALUE:
                return _RIGHT
            if column in (Column.EFFECTIVE, Column.EXPIRY, Column.QUANTIFIED):
                return _CENTER
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.VALUE and not catalogue.results.in_calculation[position]:
                return self._muted_brush
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.VALUE and not catalogue.results.in_calculation[position]:
                return self._muted_font
            return None
        if role == SORT_ROLE:
            return self._sort_value(column, position)
        if role == POLICY_ID_ROLE:
            return catalogue.ids[position]
        return None

    def _header(self, column: Column) -> str:
        if column is Column.VALUE:
            return self.tr("Value, %n years", "", self._horizon)
        names = {
            Column.USE: self.tr("Use"),
            Column.TITLE: self.tr("Title"),
            Column.LEVEL: self.tr("Level"),
            Column.CATEGORY: self.tr("Category"),
            Column.ISSUER: self.tr("Issuer"),
            Column.DOC_NUMBER: self.tr("Document no."),
            Column.EFFECTIVE: self.tr("Effective"),
            Column.EXPIRY: self.tr("Expires"),
            Column.IN_FORCE: self.tr("Status"),
            Column.QUANTIFIED: self.tr("Quantified"),
            Column.ELIGIBILITY: self.tr("Eligibility"),
        }
        return names[column]

    def _header_tip(self, column: Column) -> str:
        tips = {
            Column.USE: self.tr("Count this policy in the calculation (Space toggles it)"),
            Column.IN_FORCE: self.tr("In force today, expired, or not yet in force"),
            Column.QUANTIFIED: self.tr("Whether the policy publishes an amount the calculation can use"),
            Column.ELIGIBILITY: self.tr("Whether the current firm qualifies, from its profile"),
            Column.VALUE: self.tr(
                "Estimated effect on the relocation case over the horizon, undiscounted. "
                "Grey italics: not used in the calculation; the value if it were."
            ),
        }
        return tips.get(column, self._header(column))

    def _prepare_texts(self, today: dt.date) -> None:
        catalogue = self._catalogue
        if catalogue is None:
            self._text = [[] for _ in Column]
            return
        frame, results = catalogue.frame, catalogue.results
        levels = [label(LEVEL_WORDS, level) for level in LEVELS]
        categories = [label(CATEGORY_WORDS, category) for category in CATEGORIES]
        states = [label(IN_FORCE_WORDS, state) for state in IN_FORCE_STATES]
        statuses = [label(STATUS_WORDS, status) for status in ELIGIBILITY_ORDER]
        open_ended, not_stated = self.tr("open-ended"), self.tr("not stated")
        yes, no = self.tr("Yes"), self.tr("No")
        size = len(catalogue)
        text: list[list[str]] = [[] for _ in Column]
        text[Column.USE] = [""] * size
        text[Column.TITLE] = frame[local("title_en", "title_zh", self._language)].tolist()
        text[Column.LEVEL] = [levels[code] for code in frame["level"].tolist()]
        text[Column.CATEGORY] = [categories[code] for code in frame["category"].tolist()]
        text[Column.ISSUER] = frame[local("issuer_en", "issuer_zh", self._language)].tolist()
        text[Column.DOC_NUMBER] = frame["doc_number"].tolist()
        text[Column.EFFECTIVE] = _date_texts(frame["effective"].to_numpy(), not_stated)
        text[Column.EXPIRY] = _date_texts(frame["expiry"].to_numpy(), open_ended)
        self._in_force = in_force_codes(frame, today)
        text[Column.IN_FORCE] = [
            standing_words(validity, successor, states[code])
            for code, validity, successor in zip(
                self._in_force.tolist(),
                frame["validity"].tolist(),
                frame["superseded_by"].tolist(),
                strict=True,
            )
        ]
        text[Column.QUANTIFIED] = [yes if q else no for q in frame["quantified"].tolist()]
        text[Column.ELIGIBILITY] = [
            statuses[code] if code != NO_RESULT else "" for code in results.status.tolist()
        ]
        text[Column.VALUE] = [
            self._value_text(int(code), total, potential)
            for code, total, potential in zip(
                results.status.tolist(), results.total.tolist(), results.potential.tolist(), strict=True
            )
        ]
        for position, note in enumerate(results.price_note.tolist()):
            if note is not None:  # the site's own price leaves the policy at 0: say why, not "CNY 0"
                text[Column.VALUE][position] = self._words(note[0])
        self._text = text

    def _value_text(self, code: int, total: float, potential: float) -> str:
        if code == NO_RESULT:
            return ""
        status = ELIGIBILITY_ORDER[code]
        if status is PolicyStatus.NOT_QUANTIFIED:
            return self.tr("not published")
        if status in (PolicyStatus.NOT_APPLICABLE, PolicyStatus.EXPIRED) and abs(total) < 0.5:
            return "—"
        shown = money(total, self._language)
        if status in (PolicyStatus.UNKNOWN, PolicyStatus.NOT_ELIGIBLE) and abs(potential) >= 0.5:
            return self.tr("{value} (up to {potential})").format(
                value=shown, potential=money(potential, self._language)
            )
        return shown

    def _words(self, text: str) -> str:
        """The engine's words (a ``Message``) in the table's language."""
        return figure_style(self._language, short_names=False).text(text)

    def _tooltip(self, column: int, position: int) -> str | None:
        catalogue = self._catalogue
        assert catalogue is not None
        if column in (Column.TITLE, Column.ISSUER, Column.DOC_NUMBER):
            text = self._text[column][position]
            return plain_tooltip(text) if text else None
        if column == Column.VALUE:
            results = catalogue.results
            if results.status[position] == NO_RESULT or math.isnan(results.total[position]):
                return None
            lines = [
                self.tr("Over the horizon: {total}").format(
                    total=money(results.total[position], self._language)
                ),
                self.tr("Present value: {value}").format(
                    value=money(results.present_value[position], self._language)
                ),
            ]
            note = results.price_note[position]
            if note is not None:
                lines.insert(0, self._words(note[1]))
            if not results.in_calculation[position]:
                lines.append(self.tr("Not used in the calculation: the value if it were."))
            return plain_tooltip("\n".join(lines))
        return None

    def _sort_value(self, column: int, position: int) -> object:
        catalogue = self._catalogue
        assert catalogue is not None
        frame, results = catalogue.frame, catalogue.results
        if column == Column.USE:
            return bool(results.chosen[position])
        if column in (Column.EFFECTIVE, Column.EXPIRY):
            day = frame["effective" if column == Column.EFFECTIVE else "expiry"].to_numpy()[position]
            return None if np.isnat(day) else day.astype("datetime64[D]").item()
        if column == Column.IN_FORCE:
            return int(self._in_force[position])
        if column == Column.QUANTIFIED:
            return bool(frame["quantified"].iat[position])
        if column == Column.LEVEL:
            return int(frame["level"].iat[position])
        if column == Column.CATEGORY:
            return int(frame["category"].iat[position])
        if column == Column.ELIGIBILITY:
            return int(results.status[position])
        if column == Column.VALUE:
            total = float(results.total[position])
            return None if math.isnan(total) else total
        return self._text[column][position]


def _date_texts(values: np.ndarray, missing: str) -> list[str]:
    days = values.astype("datetime64[D]")
    # what str() gives each day, made by numpy at once (10,000 rows: 1 ms, not 10)
    texts = np.datetime_as_string(days, unit="D").astype(object)
    texts[np.isnat(days)] = missing
    shown: list[str] = texts.tolist()
    return shown
