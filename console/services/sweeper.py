"""The safety net behind every order/stock timer: a bounded periodic scan.

If a delayed message is lost (broker down, consumer crashed past its retries), the sweep still
closes overdue unpaid orders and frees stock held by cancelled or never-created orders.
"""

from __future__ import annotations

import datetime as dt
import logging
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


def sweep(ctx: ServiceContext, limit: int = 500) -> SweepResult:
    """Close up to `limit` overdue unpaid orders, then free up to `limit` work orders' stray locks."""
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
        try:
            released += stock.release_stock(ctx, task_id=task_id)
        except Exception:  # reported by the checker; the next sweep tries again
            log.exception("sweep could not release work order %s", task_id)
    if closed or released:
        log.info("sweep closed %d orders and released %d units", closed, released)
    return SweepResult(closed, released)
