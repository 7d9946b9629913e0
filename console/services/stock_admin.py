"""Read side and admin repair of the Stock page: stock per warehouse, work orders, drift check + repair.

Drift is what the §7 invariants call a stock violation: a `stock_locked` counter that differs from the
sum of its LOCKED details, or LOCKED details whose order is CANCELLED or missing. The repair is ADMIN
only, needs a reason, runs in one transaction and writes one audit row per thing it changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from console.services import audit, errors, stock
from console.services.context import ServiceContext
from console.services.models import Order, Sku, Warehouse, WareOrderTask, WareOrderTaskDetail, WareSku
from console.services.operators import require
from console.services.rows import OperatorIdentity, Page
from console.services.states import LockStatus, OrderStatus
from console.services.uow import Database

MAX_LIMIT = 1000
# A work order without its order is normal while the order is being submitted; the repair leaves
# such locks alone for this long (the delayed stock.locked message frees them in any case).
MISSING_ORDER_GRACE = dt.timedelta(minutes=10)


# --- stock per warehouse ----------------------------------------------------------------------


@dataclass(frozen=True)
class WareStockRow:
    id: int  # ware_sku.id
    sku_id: int
    sku_code: str
    sku_name: str
    ware_id: int
    ware_code: str
    stock: int
    locked: int

    @property
    def available(self) -> int:
        return self.stock - self.locked


@dataclass(frozen=True)
class StockFilter:
    search: str = ""  # part of a SKU code or name
    ware_id: int | None = None


_AVAILABLE = WareSku.stock - WareSku.stock_locked
STOCK_SORTS: dict[str, Any] = {
    "sku_code": Sku.sku_code, "sku_name": Sku.name, "ware": Warehouse.code, "stock": WareSku.stock,
    "locked": WareSku.stock_locked, "available": _AVAILABLE,
}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def list_stock(db: Database, identity: OperatorIdentity, filt: StockFilter, sort: str = "sku_code",
               descending: bool = False, limit: int = 500) -> list[WareStockRow]:
    """ware_sku rows with SKU and warehouse, filtered and sorted in SQL (ties broken by id)."""
    require(identity, "view_stock")
    if sort not in STOCK_SORTS:
        raise errors.InvalidInput(f"cannot sort stock by {sort!r}")
    if not 0 < limit <= MAX_LIMIT:
        raise errors.InvalidInput(f"page size must be 1-{MAX_LIMIT}")
    conds: list[ColumnElement[bool]] = []
    text = filt.search.strip()
    if text:
        pattern = _like(text)
        conds.append(or_(func.lower(Sku.sku_code).like(pattern, escape="\\"),
                         func.lower(Sku.name).like(pattern, escape="\\")))
    if filt.ware_id is not None:
        conds.append(WareSku.ware_id == filt.ware_id)
    col = STOCK_SORTS[sort]
    order = (col.desc(), WareSku.id.desc()) if descending else (col.asc(), WareSku.id.asc())
    q = (select(WareSku.id, WareSku.sku_id, Sku.sku_code, Sku.name, WareSku.ware_id, Warehouse.code,
                WareSku.stock, WareSku.stock_locked)
         .join(Sku, Sku.id == WareSku.sku_id).join(Warehouse, Warehouse.id == WareSku.ware_id)
         .where(*conds).order_by(*order).limit(limit))
    with db.reading() as s:
        return [WareStockRow(int(i), int(k), str(c), str(n), int(w), str(wc), int(st), int(lk))
                for i, k, c, n, w, wc, st, lk in s.execute(q).all()]


# --- stock work orders (keyset paged) ---------------------------------------------------------


@dataclass(frozen=True)
class WorkDetailRow:
    sku_code: str
    ware_code: str
    sku_num: int
    lock_status: str


@dataclass(frozen=True)
class WorkOrderRow:
    id: int
    order_sn: str
    order_status: str | None  # None: no such order (never created)
    task_status: str
    created_at: dt.datetime
    details: tuple[WorkDetailRow, ...]

    @property
    def locked_units(self) -> int:
        return sum(d.sku_num for d in self.details if d.lock_status == LockStatus.LOCKED)


@dataclass(frozen=True)
class WorkOrderFilter:
    order_sn: str = ""
    task_status: str = ""  # LOCKED / RELEASED / DEDUCTED or "" for all


def list_work_orders(db: Database, identity: OperatorIdentity, filt: WorkOrderFilter,
                     after_key: tuple[object, ...] | None = None, limit: int = 100) -> Page[WorkOrderRow]:
    """Newest first by (created_at, id); `after_key` is the previous page's next_key."""
    require(identity, "view_stock")
    if not 0 < limit <= MAX_LIMIT:
        raise errors.InvalidInput(f"page size must be 1-{MAX_LIMIT}")
    if filt.task_status and filt.task_status not in set(LockStatus):
        raise errors.InvalidInput(f"unknown lock status {filt.task_status!r}")
    conds: list[ColumnElement[bool]] = []
    if filt.order_sn.strip():
        conds.append(WareOrderTask.order_sn == filt.order_sn.strip())
    if filt.task_status:
        conds.append(WareOrderTask.task_status == filt.task_status)
    if after_key is not None:
        at, last_id = after_key
        conds.append(or_(WareOrderTask.created_at < at,
                         and_(WareOrderTask.created_at == at, WareOrderTask.id < last_id)))
    with db.reading() as s:
        tasks = s.execute(
            select(WareOrderTask.id, WareOrderTask.order_sn, WareOrderTask.task_status,
                   WareOrderTask.created_at, Order.status)
            .outerjoin(Order, Order.order_sn == WareOrderTask.order_sn)
            .where(*conds).order_by(WareOrderTask.created_at.desc(), WareOrderTask.id.desc())
            .limit(limit + 1)).all()
        more = len(tasks) > limit
        tasks = tasks[:limit]
        details: dict[int, list[WorkDetailRow]] = {int(t.id): [] for t in tasks}
        if details:
            for task_id, code, ware, n, st in s.execute(
                    select(WareOrderTaskDetail.task_id, Sku.sku_code, Warehouse.code, WareOrderTaskDetail.sku_num,
                           WareOrderTaskDetail.lock_status)
                    .join(Sku, Sku.id == WareOrderTaskDetail.sku_id)
                    .join(Warehouse, Warehouse.id == WareOrderTaskDetail.ware_id)
                    .where(WareOrderTaskDetail.task_id.in_(list(details)))
                    .order_by(WareOrderTaskDetail.id)).all():
                details[int(task_id)].append(WorkDetailRow(str(code), str(ware), int(n), str(st)))
    rows = tuple(WorkOrderRow(int(t.id), str(t.order_sn), t.status, str(t.task_status), t.created_at,
                              tuple(details[int(t.id)])) for t in tasks)
    next_key = (tasks[-1].created_at, int(tasks[-1].id)) if more and tasks else None
    return Page(rows=rows, next_key=next_key)


# --- drift check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CounterDrift:
    ware_sku_id: int
    sku_code: str
    ware_code: str
    stock: int
    stock_locked: int
    locked_details: int  # what stock_locked should be: the sum of LOCKED details

    @property
    def label(self) -> str:
        return f"{self.sku_code}@{self.ware_code}"

    @property
    def repairable(self) -> bool:
        return 0 <= self.locked_details <= self.stock


@dataclass(frozen=True)
class OrphanLock:
    task_id: int
    order_sn: str
    order_status: str | None  # CANCELLED, or None when the order does not exist
    units: int
    created_at: dt.datetime


@dataclass(frozen=True)
class DriftReport:
    counters: tuple[CounterDrift, ...]
    orphans: tuple[OrphanLock, ...]

    @property
    def clean(self) -> bool:
        return not self.counters and not self.orphans


def _locked_sums(s: Session) -> dict[tuple[int, int], int]:
    return {(int(k), int(w)): int(n) for k, w, n in s.execute(
        select(WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id, func.sum(WareOrderTaskDetail.sku_num))
        .where(WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
        .group_by(WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id)).all()}


def _find_drift(s: Session) -> DriftReport:
    sums = _locked_sums(s)
    counters = []
    for wid, sku_id, ware_id, code, ware, on_hand, held in s.execute(
            select(WareSku.id, WareSku.sku_id, WareSku.ware_id, Sku.sku_code, Warehouse.code, WareSku.stock,
                   WareSku.stock_locked)
            .join(Sku, Sku.id == WareSku.sku_id).join(Warehouse, Warehouse.id == WareSku.ware_id)
            .order_by(Sku.sku_code, Warehouse.code)).all():
        expected = sums.get((int(sku_id), int(ware_id)), 0)
        if int(held) != expected:
            counters.append(CounterDrift(int(wid), str(code), str(ware), int(on_hand), int(held), expected))
    # LOCKED details of a CANCELLED order, or of an order that does not exist (outer join gives NULL).
    orphans = [OrphanLock(int(t), str(sn), st, int(n), at) for t, sn, st, at, n in s.execute(
        select(WareOrderTask.id, WareOrderTask.order_sn, Order.status, WareOrderTask.created_at,
               func.sum(WareOrderTaskDetail.sku_num))
        .join(WareOrderTaskDetail, WareOrderTaskDetail.task_id == WareOrderTask.id)
        .outerjoin(Order, Order.order_sn == WareOrderTask.order_sn)
        .where(WareOrderTaskDetail.lock_status == LockStatus.LOCKED,
               or_(Order.id.is_(None), Order.status == OrderStatus.CANCELLED))
        .group_by(WareOrderTask.id, WareOrderTask.order_sn, Order.status, WareOrderTask.created_at)
        .order_by(WareOrderTask.id)).all()]
    return DriftReport(tuple(counters), tuple(orphans))


def check_drift(db: Database, identity: OperatorIdentity) -> DriftReport:
    """Read-only: every counter that disagrees with its details, every lock held for a dead order."""
    require(identity, "view_stock")
    with db.reading() as s:
        return _find_drift(s)


@dataclass(frozen=True)
class RepairResult:
    counters_fixed: int
    tasks_released: int
    units_released: int
    # Counters that cannot be set to their details' sum (it exceeds stock): a person must look.
    unrepaired: tuple[str, ...]


def repair_drift(ctx: ServiceContext, identity: OperatorIdentity, reason: str) -> RepairResult:
    """ADMIN: set each drifted stock_locked to the sum of its LOCKED details, then release the locks
    of cancelled or missing orders through the engine's release (which moves the counter back down).

    Counters go first so every release finds the units it subtracts. Each counter update is
    conditional on the value read, so a concurrent lock or release makes it a no-op, not a wrong
    number (the next check shows it again)."""
    require(identity, "repair_stock")
    why = reason.strip()
    if not why:
        raise errors.InvalidInput("a stock repair needs a reason")
    now = ctx.clock.now()

    def attempt() -> RepairResult:
        fixed = released_tasks = released_units = 0
        unrepaired: list[str] = []
        with ctx.db.transaction() as s:
            report = _find_drift(s)
            skipped: set[tuple[str, str]] = set()
            for d in report.counters:
                if not d.repairable:
                    unrepaired.append(f"{d.label}: LOCKED details {d.locked_details} > stock {d.stock}")
                    skipped.add((d.sku_code, d.ware_code))
                    continue
                done = s.execute(update(WareSku).where(WareSku.id == d.ware_sku_id,
                                                       WareSku.stock_locked == d.stock_locked)
                                 .values(stock_locked=d.locked_details)
                                 .execution_options(synchronize_session=False))
                if getattr(done, "rowcount", 0) != 1:
                    unrepaired.append(f"{d.label}: changed while repairing, check again")
                    skipped.add((d.sku_code, d.ware_code))
                    continue
                fixed += 1
                audit.record(s, identity, "repair_stock", "ware_sku", d.label,
                             {"stock_locked": d.stock_locked}, {"stock_locked": d.locked_details}, why, now)
            for o in report.orphans:
                if o.order_status is None and o.created_at > now - MISSING_ORDER_GRACE:
                    unrepaired.append(f"order {o.order_sn}: not created yet, may still be submitting")
                    continue
                if skipped and _touches(s, o.task_id, skipped):
                    unrepaired.append(f"order {o.order_sn}: its locks sit on a counter that needs a person")
                    continue
                units = stock.release_in_session(s, now=now, task_id=o.task_id)
                if units:
                    released_tasks += 1
                    released_units += units
                    audit.record(s, identity, "repair_stock", "ware_order_task", o.order_sn,
                                 {"order_status": o.order_status or "MISSING", "locked_units": o.units},
                                 {"released_units": units}, why, now)
        return RepairResult(fixed, released_tasks, released_units, tuple(unrepaired))

    return stock.with_retry(attempt)


def _touches(s: Session, task_id: int, labels: set[tuple[str, str]]) -> bool:
    rows = s.execute(select(Sku.sku_code, Warehouse.code)
                     .join(WareOrderTaskDetail, WareOrderTaskDetail.sku_id == Sku.id)
                     .join(Warehouse, Warehouse.id == WareOrderTaskDetail.ware_id)
                     .where(WareOrderTaskDetail.task_id == task_id,
                            WareOrderTaskDetail.lock_status == LockStatus.LOCKED)).all()
    return any((str(c), str(w)) in labels for c, w in rows)
