"""Stock work orders: lock on submit, release on cancel (or when the order never came), deduct on payment.

Every move of a detail is a conditional UPDATE on its lock_status, and every change of `stock_locked`
is a conditional UPDATE on the ware_sku row, so replays and races never move the same units twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Integer, Table, or_, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from console.services import outbox
from console.services.context import ServiceContext
from console.services.errors import InvalidInput, StockInsufficient
from console.services.models import (
    ConsumedMessage,
    Order,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
)
from console.services.outbox import Envelope
from console.services.sql import one_of, update_rows
from console.services.states import LockStatus, OrderStatus
from console.services.topology import C_STOCK_RELEASE, RK_STOCK_LOCKED, STOCK_EXCHANGE

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class StockLine:
    """One SKU line to reserve: the code is for error messages a person reads."""

    sku_id: int
    sku_code: str
    quantity: int


@dataclass(frozen=True)
class Allocation:
    sku_id: int
    ware_id: int
    quantity: int


@dataclass(frozen=True)
class LockResult:
    task_id: int
    allocations: tuple[Allocation, ...]

    def ware_of(self, sku_id: int) -> int | None:
        """The warehouse holding the whole line, or None if the line was split."""
        wares = {a.ware_id for a in self.allocations if a.sku_id == sku_id}
        return next(iter(wares)) if len(wares) == 1 else None


class AlreadyConsumed(Exception):
    """This (message_id, consumer) already had its effect; the caller's transaction is rolled back."""


# --- idempotent consumers ----------------------------------------------------------------------


def record_consumed(session: Session, message_id: str, consumer: str, now: dt.datetime) -> None:
    """Insert (message_id, consumer) in the caller's transaction; a duplicate PK means a replay.

    The insert runs before the effect, so a concurrent redelivery blocks on the key until the
    first commits and then fails here: the effect happens once.
    """
    session.add(ConsumedMessage(message_id=message_id, consumer=consumer, consumed_at=now))
    try:
        session.flush()
    except IntegrityError:
        raise AlreadyConsumed(f"{consumer} already consumed {message_id}") from None


# --- retry on deadlock -------------------------------------------------------------------------


def _retryable(exc: DBAPIError) -> bool:
    orig: Any = exc.orig
    if getattr(orig, "sqlstate", None) in ("40P01", "40001"):  # PostgreSQL deadlock / serialization
        return True
    args = getattr(orig, "args", ())
    if args and args[0] in (1213, 1205):  # MySQL/MariaDB deadlock / lock wait timeout
        return True
    return "database is locked" in str(orig)


def with_retry(fn: Callable[[], T], attempts: int = 4) -> T:
    """Run a whole transaction again when the database chose it as a deadlock victim."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except DBAPIError as exc:
            if attempt == attempts or not _retryable(exc):
                raise
            log.info("transaction retried after %s", type(exc.orig).__name__)
    raise AssertionError("unreachable")


# --- locking -----------------------------------------------------------------------------------


def _try_lock(session: Session, sku_id: int, ware_id: int, n: int) -> bool:
    result = session.execute(
        update(WareSku)
        .where(WareSku.sku_id == sku_id, WareSku.ware_id == ware_id,
               WareSku.stock - WareSku.stock_locked >= n)
        .values(stock_locked=WareSku.stock_locked + n)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def _available(session: Session, sku_id: int) -> list[tuple[int, int]]:
    rows = session.execute(
        select(WareSku.ware_id, WareSku.stock - WareSku.stock_locked)
        .where(WareSku.sku_id == sku_id).order_by(WareSku.ware_id)
    ).all()
    return [(int(w), int(a)) for w, a in rows]


def lock_line(session: Session, line: StockLine) -> list[Allocation]:
    """Reserve one line: the first warehouse holding all of it, else split across warehouses.

    Runs in the caller's transaction; raises StockInsufficient (the caller rolls everything back).
    """
    # Whole line from one warehouse, so the parcel ships from one place.
    for ware_id, avail in _available(session, line.sku_id):
        if avail >= line.quantity and _try_lock(session, line.sku_id, ware_id, line.quantity):
            return [Allocation(line.sku_id, ware_id, line.quantity)]
    # Split: take what each warehouse has; a lost race re-reads that warehouse a few times.
    remaining = line.quantity
    out: list[Allocation] = []
    for ware_id, _ in _available(session, line.sku_id):
        for _try in range(3):
            if remaining == 0:
                break
            fresh = dict(_available(session, line.sku_id)).get(ware_id, 0)
            take = min(fresh, remaining)
            if take <= 0:
                break
            if _try_lock(session, line.sku_id, ware_id, take):
                out.append(Allocation(line.sku_id, ware_id, take))
                remaining -= take
                break
    if remaining:
        raise StockInsufficient(f"not enough stock for SKU {line.sku_code}: {line.quantity} wanted",
                                sku_code=line.sku_code, sku_id=line.sku_id, wanted=line.quantity)
    return out


def lock_for_order(ctx: ServiceContext, order_sn: str, lines: Sequence[StockLine]) -> LockResult:
    """Lock every line and write the work order plus its stock.locked message, in one committed transaction.

    All or nothing: one short line rolls back every lock taken here. The stock.locked message goes
    through the stock delay queue and comes back as a release after STOCK_RELEASE_DELAY, which frees
    these locks if no order ever came of them (release_stock checks).
    """
    if not lines:
        raise InvalidInput("nothing to lock")
    # One lock order (by SKU, then warehouse) for every transaction keeps deadlocks rare.
    ordered = sorted(lines, key=lambda ln: ln.sku_id)

    def attempt() -> LockResult:
        now = ctx.clock.now()
        with ctx.db.transaction() as s:
            task = WareOrderTask(order_id=None, order_sn=order_sn, task_status=LockStatus.LOCKED,
                                 created_at=now, updated_at=now)
            s.add(task)
            s.flush()
            allocations: list[Allocation] = []
            for line in ordered:
                allocations.extend(lock_line(s, line))
            for a in allocations:
                s.add(WareOrderTaskDetail(task_id=task.id, sku_id=a.sku_id, ware_id=a.ware_id,
                                          sku_num=a.quantity, lock_status=LockStatus.LOCKED, updated_at=now))
            outbox.add(s, exchange=STOCK_EXCHANGE, routing_key=RK_STOCK_LOCKED, type="stock.locked",
                       payload={"task_id": task.id, "order_sn": order_sn}, now=now, order_sn=order_sn)
            return LockResult(task.id, tuple(allocations))

    return with_retry(attempt)


# --- release -----------------------------------------------------------------------------------


def release_details(session: Session, task_id: int, now: dt.datetime) -> int:
    """Release every LOCKED detail of a task, in the caller's transaction; returns units released."""
    released = 0
    details = session.execute(
        select(WareOrderTaskDetail.id, WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id,
               WareOrderTaskDetail.sku_num)
        .where(WareOrderTaskDetail.task_id == task_id,
                   WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
        .order_by(WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id)
    ).all()
    for detail_id, sku_id, ware_id, n in details:
        moved = session.execute(
            update(WareOrderTaskDetail)
            .where(WareOrderTaskDetail.id == detail_id,
                       WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
            .values(lock_status=LockStatus.RELEASED, updated_at=now)
        )
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            continue  # someone else released or deducted it first
        freed = session.execute(
            update(WareSku)
            .where(WareSku.sku_id == sku_id, WareSku.ware_id == ware_id, WareSku.stock_locked >= n)
            .values(stock_locked=WareSku.stock_locked - n)
        )
        if freed.rowcount != 1:  # type: ignore[attr-defined]
            # The counter disagrees with the detail: undo this detail's move, the checker will report it.
            raise RuntimeError(f"ware_sku {sku_id}/{ware_id} has fewer than {n} locked units")
        released += int(n)
    _settle_task(session, task_id, now)
    return released


def _settle_task(session: Session, task_id: int, now: dt.datetime) -> None:
    """The task's status summarises its details once none is LOCKED any more."""
    statuses = set(session.scalars(
        select(WareOrderTaskDetail.lock_status).where(WareOrderTaskDetail.task_id == task_id)).all())
    if LockStatus.LOCKED in statuses:
        return
    summary = LockStatus.DEDUCTED if LockStatus.DEDUCTED in statuses else LockStatus.RELEASED
    session.execute(update(WareOrderTask).where(WareOrderTask.id == task_id)
                    .values(task_status=summary, updated_at=now))


def release_in_session(session: Session, *, now: dt.datetime, task_id: int | None = None,
                       order_sn: str | None = None) -> int:
    """Release a work order's LOCKED details if its order is missing or CANCELLED; else nothing."""
    q = select(WareOrderTask)
    if task_id is not None:
        q = q.where(WareOrderTask.id == task_id)
    elif order_sn:
        q = q.where(WareOrderTask.order_sn == order_sn)
    else:
        raise InvalidInput("release_stock needs a task id or an order number")
    # Row lock on the task: the order transaction claims the same row (orders.submit), so a release
    # never reads "no order" while that order is being committed.
    task = session.scalars(q.with_for_update()).first()
    if task is None:
        return 0
    status = session.scalar(select(Order.status).where(Order.order_sn == task.order_sn))
    if status is not None and status != OrderStatus.CANCELLED:
        return 0  # the order lives: its stock stays locked until paid or closed
    return release_details(session, task.id, now)


def release_stock(ctx: ServiceContext, task_id: int | None = None, order_sn: str | None = None) -> int:
    """Release the LOCKED stock of a work order whose order is missing or CANCELLED; returns units."""
    def attempt() -> int:
        with ctx.db.transaction() as s:
            return release_in_session(s, now=ctx.clock.now(), task_id=task_id, order_sn=order_sn)

    return with_retry(attempt)


def _payload_ids(envelope: Envelope) -> tuple[int | None, str | None]:
    raw_task = envelope.payload.get("task_id")
    raw_sn = envelope.payload.get("order_sn")
    task_id: int | None = None
    if raw_task is not None:
        try:
            task_id = int(raw_task)
        except (TypeError, ValueError):
            raise InvalidInput(f"message {envelope.message_id} has a bad task_id {raw_task!r}") from None
    order_sn = str(raw_sn) if raw_sn else None
    if task_id is None and order_sn is None:
        raise InvalidInput(f"message {envelope.message_id} names neither task_id nor order_sn")
    return task_id, order_sn


def handle_stock_release(ctx: ServiceContext, envelope: Envelope) -> None:
    """Consumer of stock.release.stock.queue (delayed stock.locked and order.release.other)."""
    task_id, order_sn = _payload_ids(envelope)

    def attempt() -> None:
        now = ctx.clock.now()
        with ctx.db.transaction() as s:
            record_consumed(s, envelope.message_id, C_STOCK_RELEASE, now)
            n = release_in_session(s, now=now, task_id=task_id, order_sn=order_sn)
            if n:
                log.info("released %d units for %s", n, order_sn or task_id)

    try:
        with_retry(attempt)
    except AlreadyConsumed:
        log.info("stock release %s already handled", envelope.message_id)


# --- payment and refund ------------------------------------------------------------------------


def _task_ids_of_order(session: Session, order_id: int) -> list[int]:
    sn = session.scalar(select(Order.order_sn).where(Order.id == order_id))
    q = select(WareOrderTask.id).where(WareOrderTask.order_id == order_id)
    if sn is not None:
        q = select(WareOrderTask.id).where((WareOrderTask.order_id == order_id)
                                           | (WareOrderTask.order_sn == sn))
    return [int(t) for t in session.scalars(q).all()]


def deduct_for_order(session: Session, order_id: int, now: dt.datetime, *,
                     order_sn: str | None = None) -> list[tuple[int, int, int, int]]:
    """LOCKED -> DEDUCTED for one paid order; see deduct_for_orders."""
    sn = order_sn if order_sn is not None else session.scalar(select(Order.order_sn).where(Order.id == order_id))
    return deduct_for_orders(session, [(order_id, sn)], now)[order_id]


def deduct_for_orders(session: Session, orders: Sequence[tuple[int, str | None]],
                      now: dt.datetime) -> dict[int, list[tuple[int, int, int, int]]]:
    """LOCKED -> DEDUCTED for paid orders, given as (order id, order_sn): the units leave the shelf
    (stock and stock_locked both drop).

    A constant number of round trips however many orders and details: the details are read and locked
    once (in sku, ware order, like every other stock path, so no deadlock), then moved by one UPDATE,
    the shelf rows by one executemany (units of every order summed per row) and the tasks settled by
    one UPDATE per resulting status. Returns, per order id, every detail of its tasks as (detail id,
    sku, ware, quantity), by id, for the split to reuse."""
    by_id = {oid: sn for oid, sn in orders}
    by_sn = {sn: oid for oid, sn in orders if sn is not None}
    rows = session.execute(
        select(WareOrderTaskDetail.id, WareOrderTaskDetail.task_id, WareOrderTaskDetail.sku_id,
               WareOrderTaskDetail.ware_id, WareOrderTaskDetail.sku_num, WareOrderTaskDetail.lock_status,
               WareOrderTask.order_id, WareOrderTask.order_sn)
        .select_from(WareOrderTask).join(WareOrderTaskDetail, WareOrderTask.id == WareOrderTaskDetail.task_id)
        .where(or_(one_of(session, WareOrderTask.order_id, sorted(by_id)),
                   one_of(session, WareOrderTask.order_sn, sorted(by_sn))))
        .order_by(WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id, WareOrderTaskDetail.id)
        # Held to the commit, so the UPDATE below moves exactly these rows; the task row is locked
        # before its details, as release_in_session does, so the two never deadlock.
        .with_for_update()
    ).all()
    out: dict[int, list[tuple[int, int, int, int]]] = {oid: [] for oid in by_id}
    for r in rows:
        owner = r.order_id if r.order_id in by_id else by_sn.get(r.order_sn)
        if owner is not None:
            out[owner].append((int(r.id), int(r.sku_id), int(r.ware_id), int(r.sku_num)))
    locked = [r for r in rows if r.lock_status == LockStatus.LOCKED]
    if locked:
        moved = session.execute(
            update(WareOrderTaskDetail)
            .where(one_of(session, WareOrderTaskDetail.id, [r.id for r in locked]),
                   WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
            .values(lock_status=LockStatus.DEDUCTED, updated_at=now)
            .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
        if moved != len(locked):
            raise RuntimeError(f"orders {sorted(by_id)}: {moved} of {len(locked)} locked details moved")
        units: dict[tuple[int, int], int] = {}
        for r in locked:
            units[(r.sku_id, r.ware_id)] = units.get((r.sku_id, r.ware_id), 0) + int(r.sku_num)
        ws = cast(Table, WareSku.__table__)
        taken = update_rows(
            session, [{"b_sku": s, "b_ware": w, "b_n": k} for (s, w), k in sorted(units.items())],
            {"b_sku": Integer(), "b_ware": Integer(), "b_n": Integer()},
            lambda v: update(ws).where(ws.c.sku_id == v["b_sku"], ws.c.ware_id == v["b_ware"],
                                       ws.c.stock_locked >= v["b_n"], ws.c.stock >= v["b_n"])
            .values(stock=ws.c.stock - v["b_n"], stock_locked=ws.c.stock_locked - v["b_n"]))
        if taken is not None and taken != len(units):
            raise RuntimeError(f"ware_sku rows {sorted(units)} cannot give {sorted(units.values())} locked units")
    # Each task's status summarises its details now that none is LOCKED (as _settle_task does).
    summary: dict[int, str] = {}
    for r in rows:
        if r.lock_status in (LockStatus.LOCKED, LockStatus.DEDUCTED):
            summary[r.task_id] = LockStatus.DEDUCTED.value
        else:
            summary.setdefault(r.task_id, LockStatus.RELEASED.value)
    for status in sorted(set(summary.values())):
        session.execute(update(WareOrderTask)
                        .where(one_of(session, WareOrderTask.id, sorted(t for t, v in summary.items() if v == status)))
                        .values(task_status=status, updated_at=now)
                        .execution_options(synchronize_session=False))
    return {oid: sorted(details) for oid, details in out.items()}


def restock_for_order(session: Session, order_id: int, now: dt.datetime) -> int:
    """A full refund before shipment: DEDUCTED units go back on the shelf. Returns units restocked.

    The details end RELEASED (the order is closed, so the checker's "PAID has no RELEASED" holds).
    """
    restocked = 0
    for task_id in _task_ids_of_order(session, order_id):
        details = session.execute(
            select(WareOrderTaskDetail.id, WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id,
                   WareOrderTaskDetail.sku_num)
            .where(WareOrderTaskDetail.task_id == task_id,
                   WareOrderTaskDetail.lock_status == LockStatus.DEDUCTED)
        ).all()
        for detail_id, sku_id, ware_id, n in details:
            moved = session.execute(
                update(WareOrderTaskDetail)
                .where(WareOrderTaskDetail.id == detail_id,
                       WareOrderTaskDetail.lock_status == LockStatus.DEDUCTED)
                .values(lock_status=LockStatus.RELEASED, updated_at=now))
            if moved.rowcount != 1:  # type: ignore[attr-defined]
                continue
            session.execute(update(WareSku).where(WareSku.sku_id == sku_id, WareSku.ware_id == ware_id)
                            .values(stock=WareSku.stock + n))
            restocked += int(n)
        _settle_task(session, task_id, now)
    return restocked
