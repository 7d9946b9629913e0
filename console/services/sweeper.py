"""The safety net behind every order/stock timer: a bounded periodic scan.

If a delayed message is lost (broker down, consumer crashed past its retries), the sweep still
closes overdue unpaid orders and frees stock held by cancelled or never-created orders.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select

from console.services import orders, stock
from console.services.context import ServiceContext
from console.services.errors import ServiceError
from console.services.models import Order, WareOrderTask, WareOrderTaskDetail
from console.services.states import CloseReason, LockStatus, OrderStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SweepResult:
    closed: int  # orders closed for timeout
    released: int  # stock units released


def sweep(ctx: ServiceContext, limit: int = 500, stop: Callable[[], bool] | None = None) -> SweepResult:
    """Close up to `limit` overdue unpaid orders, then free up to `limit` work orders' stray locks.

    `stop` is asked before each order and work order: once it says True the pass ends there (each
    close or release is its own transaction, so nothing is half done) and the next pass does the rest.
    """
    stopping = stop or (lambda: False)
    if limit <= 0:
        raise ValueError("limit must be positive")
    now = ctx.clock.now()
    with ctx.db.reading() as s:
        overdue = list(s.scalars(
            select(Order.order_sn)
            .where(Order.status == OrderStatus.PENDING_PAYMENT, Order.pay_deadline <= now)
            .order_by(Order.pay_deadline).limit(limit)).all())
    closed = 0
    for sn in overdue:
        if stopping():
            return _done(closed, 0)
        try:
            if orders.close_order(ctx, sn, CloseReason.TIMEOUT, "sweeper"):
                closed += 1
        except ServiceError as exc:  # one bad order must not stop the sweep
            log.warning("sweep could not close %s: %s", sn, exc)

    # A task with no order is only an orphan once the order transaction surely ended: past the
    # stock release delay, exactly when its own delayed message would have released it.
    cutoff = now - dt.timedelta(seconds=ctx.settings.stock_release_delay)
    has_locked = exists().where(WareOrderTaskDetail.task_id == WareOrderTask.id,
                                WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
    with ctx.db.reading() as s:
        stray = list(s.scalars(
            select(WareOrderTask.id)
            .outerjoin(Order, Order.order_sn == WareOrderTask.order_sn)
            .where(has_locked, or_(Order.status == OrderStatus.CANCELLED,
                                   and_(Order.id.is_(None), WareOrderTask.created_at <= cutoff)))
            .order_by(WareOrderTask.id).limit(limit)).all())
    released = 0
    for task_id in stray:
        if stopping():
            break
        try:
            released += stock.release_stock(ctx, task_id=task_id)
        except Exception:  # reported by the checker; the next sweep tries again
            log.exception("sweep could not release work order %s", task_id)
    return _done(closed, released)


def _done(closed: int, released: int) -> SweepResult:
    if closed or released:
        log.info("sweep closed %d orders and released %d units", closed, released)
    return SweepResult(closed, released)
