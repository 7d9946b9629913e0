"""RowsModel: a table model over frozen rows, described by a list of columns, updated in place.

Used by the Stock, Outbox, Payments, Reconciliation and Workers pages. Rows are matched by a key, so a
refresh that brings the same rows back only emits dataChanged for the ones that differ: selection and
scroll survive. Stored codes are shown through code_column: their label, sorted by the code.
PagedRowsModel adds keyset paging (fetchMore asks the service for the next page off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from console.services.rows import Page
from console.views.async_call import run_service, spawn
from console.views.labels import code_label

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    display: Callable[[R], str]
    sort_value: Callable[[R], Any] | None = None  # for SORT_ROLE; display text when None
    sql_sort: str | None = None  # the service's sort name; None: the column does not sort
    numeric: bool = False  # right-aligned
    colour: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str | None] | None = None


def code_column(header: str, code: Callable[[R], str | None], *,
                colour: Callable[[str], str | None] | None = None, sql_sort: str | None = None) -> Column[R]:
    """A column of a stored code (status, kind, outcome): shows its label in the current language,
    sorts by the code, is coloured by the code and shows the code as its tooltip (what support
    searches for)."""
    def paint(r: R) -> str | None:
        return colour(code(r) or "") if colour is not None else None

    return Column(header, lambda r: code_label(code(r)), lambda r: code(r) or "", sql_sort,
                  colour=paint if colour is not None else None, tooltip=code)


class RowsModel(QAbstractTableModel, Generic[R]):
    # The view asked for a SQL sort: (sort name, descending). The page reloads with it.
    sort_requested = Signal(str, bool)

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], Hashable]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.key = key
        self.rows: list[R] = []

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.tr(self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        r, c = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.display(r)
        if role == SORT_ROLE:
            return c.sort_value(r) if c.sort_value else c.display(r)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole and c.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and c.colour is not None:
            colour = c.colour(r)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and c.tooltip is not None:
            return c.tooltip(r)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sql_sort:
            self.sort_requested.emit(self.columns[column].sql_sort, order == Qt.SortOrder.DescendingOrder)

    # --- updates -------------------------------------------------------------------------
    def set_rows(self, new: Sequence[R]) -> None:
        """Same keys in the same order: changed rows update in place. Otherwise a reset."""
        new = list(new)
        if [self.key(r) for r in new] == [self.key(r) for r in self.rows]:
            for i, r in enumerate(new):
                if r != self.rows[i]:
                    old, self.rows[i] = self.rows[i], r
                    self._repaint(i, old, r)
            return
        self.beginResetModel()
        self.rows = new
        self.endResetModel()

    def append_rows(self, more: Sequence[R]) -> None:
        if more:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def upsert(self, row: R) -> int:
        """Replace the row with the same key in place, or append it; returns its row number."""
        k = self.key(row)
        for i, r in enumerate(self.rows):
            if self.key(r) == k:
                if r != row:
                    self.rows[i] = row
                    self._repaint(i, r, row)
                return i
        self.append_rows([row])
        return len(self.rows) - 1

    def _repaint(self, i: int, old: R, new: R) -> None:
        """dataChanged over the cells that look different (the whole row if none does): a view repaints
        every cell of the range with one data() call per role, each taking the GIL from the workers."""
        shown = [c for c, col in enumerate(self.columns) if col.display(old) != col.display(new)
                 or (col.colour is not None and col.colour(old) != col.colour(new))]
        first, last = (shown[0], shown[-1]) if shown else (0, len(self.columns) - 1)
        self.dataChanged.emit(self.index(i, first), self.index(i, last))

    def row_of(self, key: Hashable) -> int:
        for i, r in enumerate(self.rows):
            if self.key(r) == key:
                return i
        return -1


class PagedRowsModel(RowsModel[R]):
    """Keyset paged: reload() gets the first page, the view's fetchMore the next ones."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, columns: Sequence[Column[R]], key: Callable[[R], Hashable],
                 lister: Callable[[Any, tuple[object, ...] | None, int], Page[R]], page_size: int = 200) -> None:
        super().__init__(columns, key)
        self._list = lister
        self.page_size = page_size
        self.filter: Any = None
        self._next_key: tuple[object, ...] | None = None
        self._fetching = False
        self._generation = 0  # bumps on every reload; pages of an older query are dropped

    @property
    def has_more(self) -> bool:
        return self._next_key is not None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_key is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            spawn(self._fetch_next(self._generation, self._next_key))

    async def reload(self, filt: Any = None, *, keep_loaded: bool = True) -> None:
        """First page for a new filter; for the same filter as many rows as are shown (in place)."""
        same = filt is None
        if not same:
            self.filter = filt
        self._generation += 1
        gen = self._generation
        self._fetching = True
        size = max(self.page_size, min(len(self.rows), 1000)) if same and keep_loaded else self.page_size
        try:
            page = await run_service(self._list, self.filter, None, size)
        except Exception as exc:
            if gen == self._generation:
                self._fetching = False
                self.failed.emit(str(exc))
            raise
        if gen != self._generation:
            return
        self._fetching = False
        self._next_key = page.next_key
        self.set_rows(page.rows)
        self.loaded.emit()

    async def _fetch_next(self, gen: int, key: tuple[object, ...] | None) -> None:
        try:
            page = await run_service(self._list, self.filter, key, self.page_size)
        except Exception as exc:
            if gen == self._generation:
                self._fetching = False
                self.failed.emit(str(exc))
            return
        if gen != self._generation:
            return
        self._fetching = False
        self._next_key = page.next_key
        self.append_rows(page.rows)
