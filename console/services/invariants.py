"""The consistency checker of DESIGN.md §7: read-only queries, one list of violations.

Used by the tests after every race and by `main.py check` (exit 1 on any violation).
"Every message_id has at most one effect per consumer" is enforced by consumed_message's primary
key, so it cannot be violated and is not scanned.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from console.services.models import (
    MqMessage,
    Order,
    PaymentInfo,
    RefundInfo,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
)
from console.services.states import LockStatus, OrderStatus, RefundStatus
from console.services.uow import Database

ZERO = Decimal("0.00")
# Orders that took money and still hold it (or held it, for CLOSED).
_PAID_STATES = (OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.SPLIT)


@dataclass(frozen=True)
class Violation:
    kind: str
    object: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.object}: {self.detail}"


def check(db: Database, *, now: dt.datetime | None = None, orphan_after: int | None = None) -> list[Violation]:
    """All violations; with `now` and `orphan_after` (seconds, the stock release delay) also the locks
    of work orders that never got an order and are older than that (the sweep should have freed them)."""
    with db.reading() as s:
        out: list[Violation] = []
        out += _stock_counters(s)
        out += _cancelled_with_locks(s)
        if now is not None and orphan_after is not None:
            out += _orphan_locks(s, now - dt.timedelta(seconds=orphan_after))
        out += _paid_with_released(s)
        out += _money(s)
        out += _orders_without_outbox(s)
        return out


def _stock_counters(s: Session) -> list[Violation]:
    locked = {(int(k), int(w)): int(n) for k, w, n in s.execute(
        select(WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id, func.sum(WareOrderTaskDetail.sku_num))
        .where(WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
        .group_by(WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id)).all()}
    out: list[Violation] = []
    seen: set[tuple[int, int]] = set()
    for sku_id, ware_id, on_hand, held in s.execute(
            select(WareSku.sku_id, WareSku.ware_id, WareSku.stock, WareSku.stock_locked)).all():
        key = (int(sku_id), int(ware_id))
        seen.add(key)
        obj = f"ware_sku sku={sku_id} ware={ware_id}"
        if not 0 <= held <= on_hand:
            out.append(Violation("STOCK_LOCKED_OUT_OF_RANGE", obj,
                                 f"stock_locked {held} not within 0..{on_hand}"))
        if held != locked.get(key, 0):
            out.append(Violation("STOCK_LOCKED_MISMATCH", obj,
                                 f"stock_locked {held} but LOCKED details sum to {locked.get(key, 0)}"))
    for key in locked.keys() - seen:
        out.append(Violation("LOCK_WITHOUT_STOCK_ROW", f"ware_sku sku={key[0]} ware={key[1]}",
                             f"{locked[key]} units LOCKED in details but no ware_sku row"))
    return out


def _details_of_orders_in(s: Session, statuses: tuple[str, ...],
                          lock_status: str) -> list[tuple[str, str, int]]:
    rows = s.execute(
        select(Order.order_sn, Order.status, func.count(WareOrderTaskDetail.id))
        .join(WareOrderTask, WareOrderTask.order_sn == Order.order_sn)
        .join(WareOrderTaskDetail, WareOrderTaskDetail.task_id == WareOrderTask.id)
        .where(Order.status.in_(statuses), WareOrderTaskDetail.lock_status == lock_status)
        .group_by(Order.order_sn, Order.status)).all()
    return [(str(sn), str(st), int(n)) for sn, st, n in rows]


def _cancelled_with_locks(s: Session) -> list[Violation]:
    return [Violation("CANCELLED_WITH_LOCKED_STOCK", f"order {sn}", f"{n} work order details still LOCKED")
            for sn, _, n in _details_of_orders_in(s, (OrderStatus.CANCELLED,), LockStatus.LOCKED)]


def _orphan_locks(s: Session, cutoff: dt.datetime) -> list[Violation]:
    rows = s.execute(
        select(WareOrderTask.order_sn, func.count(WareOrderTaskDetail.id))
        .join(WareOrderTaskDetail, WareOrderTaskDetail.task_id == WareOrderTask.id)
        .outerjoin(Order, Order.order_sn == WareOrderTask.order_sn)
        .where(Order.id.is_(None), WareOrderTask.created_at <= cutoff,
               WareOrderTaskDetail.lock_status == LockStatus.LOCKED)
        .group_by(WareOrderTask.order_sn)).all()
    return [Violation("ORPHAN_LOCKED_STOCK", f"work order {sn}", f"{n} details LOCKED but no order exists")
            for sn, n in rows]


def _paid_with_released(s: Session) -> list[Violation]:
    return [Violation("PAID_WITH_RELEASED_STOCK", f"order {sn}", f"{st} but {n} details RELEASED")
            for sn, st, n in _details_of_orders_in(s, _PAID_STATES, LockStatus.RELEASED)]


def _money(s: Session) -> list[Violation]:
    out: list[Violation] = []
    paid_by_order: dict[int, Decimal] = defaultdict(lambda: ZERO)
    trade_amount: dict[str, Decimal] = {}
    trade_order: dict[str, int] = {}
    for order_id, no, amount, paid_at in s.execute(
            select(PaymentInfo.order_id, PaymentInfo.out_trade_no, PaymentInfo.total_amount,
                   PaymentInfo.paid_at)).all():
        trade_order[str(no)] = int(order_id)
        if paid_at is not None:  # money actually arrived on this attempt
            paid_by_order[int(order_id)] += amount
            trade_amount[str(no)] = amount
    refunded_by_trade: dict[str, Decimal] = defaultdict(lambda: ZERO)
    refunded_by_order: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for no, order_id, amount in s.execute(
            select(RefundInfo.out_trade_no, RefundInfo.order_id, RefundInfo.refund_amount)
            .where(RefundInfo.refund_status == RefundStatus.SUCCEEDED)).all():
        refunded_by_trade[str(no)] += amount
        # A refund may name a child order; count it against the order that was paid.
        refunded_by_order[trade_order.get(str(no), int(order_id))] += amount
    for no, refunded in refunded_by_trade.items():
        paid = trade_amount.get(no, ZERO)
        if refunded > paid:
            out.append(Violation("REFUNDS_EXCEED_PAID", f"trade {no}", f"refunded {refunded} > paid {paid}"))
    for oid, sn, status, pay_amount in s.execute(
            select(Order.id, Order.order_sn, Order.status, Order.pay_amount)
            .where(Order.parent_id.is_(None), Order.status.in_((*_PAID_STATES, OrderStatus.CLOSED)))).all():
        paid = paid_by_order.get(int(oid), ZERO)
        if paid != pay_amount:
            out.append(Violation("PAID_AMOUNT_MISMATCH", f"order {sn}",
                                 f"{status}, pay {pay_amount}, paid {paid}"))
        if status == OrderStatus.CLOSED and refunded_by_order.get(int(oid), ZERO) != paid:
            out.append(Violation("CLOSED_NOT_FULLY_REFUNDED", f"order {sn}",
                                 f"paid {paid}, refunded {refunded_by_order.get(int(oid), ZERO)}"))
    return out


def _orders_without_outbox(s: Session) -> list[Violation]:
    rows = s.execute(
        select(Order.order_sn)
        .outerjoin(MqMessage, and_(MqMessage.order_sn == Order.order_sn,
                                   MqMessage.class_type == "order.created"))
        .where(Order.parent_id.is_(None), MqMessage.message_id.is_(None))).all()
    return [Violation("ORDER_WITHOUT_OUTBOX", f"order {sn}", "no order.created outbox row") for (sn,) in rows]
