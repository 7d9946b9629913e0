"""AfterSalesModel: after-sale requests (or disputes) as a table, with a live countdown column.

The countdown is computed at paint time from the injected clock (through the api facade), so the
page's ONE 1 Hz timer only has to call `tick(first, last)`: a dataChanged on the countdown column
of the visible rows, nothing else repaints and no row owns a timer. The rows arrive sorted by
urgency from SQL; this model does not re-sort them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from console.services.aftersales import AfterSaleRow
from console.views.labels import code_label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 2  # seconds left (None when no countdown runs)

AMBER_BELOW = 24 * 3600
RED_BELOW = 2 * 3600
AMBER = ("#7d4e00", "#fff4d6")  # (text, background)
RED = ("#a40e26", "#ffe1e1")

# The countdown sits next to the status, so it stays in view however narrow the window is.
COL_ID, COL_ORDER, COL_STATUS, COL_COUNTDOWN, COL_AMOUNT, COL_KIND, COL_REASON, COL_CREATED = range(8)
HEADERS = ("ID", "Order no.", "Status", "Auto-approve in", "Amount (¥)", "Kind", "Reason", "Requested (UTC)")
DISPUTE_HEADERS = ("ID", "Order no.", "Status", "SLA left", "Amount (¥)", "Kind", "Reason", "Requested (UTC)")


def format_left(seconds: float) -> str:
    """4d 03:02:01, 03:02:01, or 'due' once the deadline has passed."""
    if seconds <= 0:
        return "due"
    total = int(seconds)
    days, rest = divmod(total, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    clock = f"{h:02d}:{m:02d}:{s:02d}"
    return f"{days}d {clock}" if days else clock


class AfterSalesModel(QAbstractTableModel):
    def __init__(self, now: Callable[[], dt.datetime], *, disputes: bool = False) -> None:
        super().__init__()
        self._now = now
        self.disputes = disputes
        self.rows: list[AfterSaleRow] = []

    # --- data in --------------------------------------------------------------------------
    def set_rows(self, rows: list[AfterSaleRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AfterSaleRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def tick(self, first: int, last: int) -> None:
        """Repaint only the countdown cells of rows first..last (the visible ones)."""
        if not self.rows:
            return
        first, last = max(0, first), min(last, len(self.rows) - 1)
        if first > last:
            return
        self.dataChanged.emit(self.index(first, COL_COUNTDOWN), self.index(last, COL_COUNTDOWN),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                               Qt.ItemDataRole.BackgroundRole])

    def seconds_left(self, r: AfterSaleRow) -> float | None:
        if self.disputes:
            deadline = r.sla_deadline if r.status == "DISPUTED" else None
        else:
            deadline = r.deadline_at if r.status == "REQUESTED" else None
        if deadline is None:
            return None
        return (deadline - self._now()).total_seconds()

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        heads = DISPUTE_HEADERS if self.disputes else HEADERS
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(heads):
            return self.tr(heads[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.parent().isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return r
        if col == COL_COUNTDOWN:
            return self._countdown(r, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _codes(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_AMOUNT, COL_ID):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _countdown(self, r: AfterSaleRow, role: int) -> Any:
        left = self.seconds_left(r)
        if role == SECONDS_ROLE:
            return left
        if role == Qt.ItemDataRole.DisplayRole:
            if left is None:
                return "—"
            return self.tr("due") if left <= 0 else format_left(left)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if left is None:
            return None
        colours = RED if left < RED_BELOW else AMBER if left < AMBER_BELOW else None
        if colours is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours[0]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Auto-approves soon") if not self.disputes else self.tr("SLA nearly breached")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def _display(r: AfterSaleRow, col: int) -> str:
    if col == COL_ID:
        return str(r.id)
    if col == COL_ORDER:
        return r.order_sn
    if col == COL_KIND:
        return code_label(r.kind)
    if col == COL_STATUS:
        return code_label(r.status) + (f" ({code_label(r.decided_by)})" if r.decided_by == "AUTO" else "")
    if col == COL_AMOUNT:
        return _money(r.amount)
    if col == COL_REASON:
        return code_label(r.reason_code)
    if col == COL_CREATED:
        return f"{r.created_at:%Y-%m-%d %H:%M}"
    return ""


def _codes(r: AfterSaleRow, col: int) -> str | None:
    """The stored codes behind a label (the tooltip support searches by)."""
    if col == COL_STATUS:
        return r.status + (f" ({r.decided_by})" if r.decided_by == "AUTO" else "")
    return {COL_KIND: r.kind, COL_REASON: r.reason_code}.get(col)
