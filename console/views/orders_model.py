"""OrdersModel: the order list as a Qt table model, filled page by page off the GUI thread.

Filtering and sorting happen in SQL (ConsoleApi.list_orders); the view's fetchMore asks for the
next keyset page asynchronously. A row that changes elsewhere is replaced in place (dataChanged),
so the selection survives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from console.services.queries import OrderFilter, Sort
from console.services.rows import OrderRow, Page
from console.views.async_call import run_service, spawn
from console.views.labels import code_label

COL_SN, COL_CREATED, COL_STATUS, COL_MEMBER, COL_AMOUNT, COL_WARE, COL_RECEIVER = range(7)
HEADERS = ("Order no.", "Created (UTC)", "Status", "Member", "Amount (¥)", "Warehouse", "Receiver")
# Column -> SQL sort key (None: not sortable in SQL).
SORT_KEYS: dict[int, str | None] = {COL_SN: "order_sn", COL_CREATED: "created_at", COL_STATUS: "status",
                                    COL_MEMBER: "member_id", COL_AMOUNT: "pay_amount", COL_WARE: None,
                                    COL_RECEIVER: None}
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
STATUS_COLOURS = {"PENDING_PAYMENT": "#9a6700", "PAID": "#0969da", "SHIPPED": "#8250df",
                  "COMPLETED": "#1a7f37", "CANCELLED": "#57606a", "CLOSED": "#cf222e", "SPLIT": "#57606a"}

Index = QModelIndex | QPersistentModelIndex
Lister = Callable[[OrderFilter, Sort, tuple[object, ...] | None, int], Page[OrderRow]]


class OrdersModel(QAbstractTableModel):
    loaded = Signal()  # a reload finished
    failed = Signal(str)

    def __init__(self, lister: Lister, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._list = lister
        self.page_size = page_size
        self.rows: list[OrderRow] = []
        self.filter = OrderFilter()
        self.sort_spec = Sort()
        self._next_key: tuple[object, ...] | None = None
        self._fetching = False
        self._generation = 0  # bumps on every new query; stale pages are dropped

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(r, col)
        if role == SORT_ROLE:
            return _sort_value(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QColor(STATUS_COLOURS.get(r.status, "#24292f"))
        if role == Qt.ItemDataRole.ToolTipRole:
            flag = self.tr("Payment flag: ") + r.payment_flag if r.payment_flag else ""
            if col == COL_STATUS:  # the stored codes, which support searches by
                return "\n".join(x for x in (_status_code(r), flag) if x)
            return flag or None
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_key is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            if spawn(self._fetch_next(self._generation, self._next_key)) is None:
                self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        spec = Sort(key, order == Qt.SortOrder.DescendingOrder)
        if spec != self.sort_spec:
            self.sort_spec = spec
            spawn(self.reload())

    # --- loading -------------------------------------------------------------------------
    async def reload(self, filt: OrderFilter | None = None) -> None:
        """First page for the current (or a new) filter; same rows are updated in place."""
        if filt is not None:
            self.filter = filt
        self._generation += 1
        gen = self._generation
        self._fetching = True
        keep = max(self.page_size, min(len(self.rows), 1000)) if filt is None else self.page_size
        try:
            page = await run_service(self._list, self.filter, self.sort_spec, None, keep)
        except Exception as exc:
            if gen == self._generation:
                self._fetching = False
                self.failed.emit(str(exc))
            raise
        if gen != self._generation or not shiboken6.isValid(self):
            return
        self._fetching = False
        self._next_key = page.next_key
        new = list(page.rows)
        if [r.id for r in new] == [r.id for r in self.rows]:
            for i, r in enumerate(new):
                if r != self.rows[i]:
                    self.rows[i] = r
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
        else:
            self.beginResetModel()
            self.rows = new
            self.endResetModel()
        self.loaded.emit()

    async def _fetch_next(self, gen: int, key: tuple[object, ...] | None) -> None:
        try:
            page = await run_service(self._list, self.filter, self.sort_spec, key, self.page_size)
        except Exception as exc:
            if gen == self._generation:
                self._fetching = False
                self.failed.emit(str(exc))
            return
        if gen != self._generation or not shiboken6.isValid(self):
            return  # a newer query started, or the view is gone
        self._fetching = False
        self._next_key = page.next_key
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()

    def update_row(self, row: OrderRow) -> bool:
        """Replace one row in place (after an action or a worker change)."""
        for i, r in enumerate(self.rows):
            if r.id == row.id:
                if r != row:
                    self.rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
                return True
        return False

    def row_of(self, order_sn: str) -> int:
        for i, r in enumerate(self.rows):
            if r.order_sn == order_sn:
                return i
        return -1

    @property
    def has_more(self) -> bool:
        return self._next_key is not None


def _display(r: OrderRow, col: int) -> str:
    if col == COL_SN:
        return r.order_sn + ("  ↳" if r.parent_id else "")
    if col == COL_CREATED:
        return r.created_at.strftime("%Y-%m-%d %H:%M")
    if col == COL_STATUS:
        reason = f" ({code_label(r.close_reason)})" if r.close_reason else ""
        return code_label(r.status) + reason + (" ⚑" if r.payment_flag else "")
    if col == COL_MEMBER:
        return f"{r.member_name or '#'}{'' if r.member_name else r.member_id}"
    if col == COL_AMOUNT:
        return f"{r.pay_amount:,.2f}"
    if col == COL_WARE:
        return "" if r.ware_id is None else str(r.ware_id)
    if col == COL_RECEIVER:
        return r.receiver_name
    return ""


def _status_code(r: OrderRow) -> str:
    return r.status + (f" ({r.close_reason})" if r.close_reason else "")


def _sort_value(r: OrderRow, col: int) -> Any:
    return {COL_SN: r.order_sn, COL_CREATED: r.created_at.isoformat(), COL_STATUS: r.status,
            COL_MEMBER: r.member_id, COL_AMOUNT: f"{r.pay_amount:016.2f}",  # zero-padded: sorts as text
            COL_WARE: r.ware_id or 0, COL_RECEIVER: r.receiver_name}.get(col)
