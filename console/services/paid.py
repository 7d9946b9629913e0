"""Recording verified payments (DESIGN.md §6): attempt TRADE_SUCCESS, order PAID, stock deducted,
`order.paid` in the outbox, the split by warehouse, the timeline. Notifies, trade queries and
reconciliation all come through `apply_paid_many`, for one payment or for a batch of them.

One batch is one transaction with a constant number of statements however many payments it holds
(read and lock, then one executemany or bulk insert per table), because the cost of a payment here
is Python building statements, not the database. Every move is still a conditional update on the
row's status (and the order's version), taken after the rows are locked in id order, so replays,
duplicates inside a batch and races with the close timer change nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, Update, or_, select, update
from sqlalchemy.orm import Session

from console.services import outbox, split, stock
from console.services.models import Order, OrderEvent, PaymentInfo, RefundInfo
from console.services.sql import insert_rows, one_of, update_rows
from console.services.states import OrderStatus, PaymentStatus, RefundStatus
from console.services.topology import ORDER_EXCHANGE, RK_ORDER_PAID

PAID_STATUSES = (PaymentStatus.TRADE_SUCCESS.value, PaymentStatus.TRADE_FINISHED.value)
# An attempt the gateway reports paid may still be open here, or closed by our timer first.
_PAYABLE = (PaymentStatus.WAIT_BUYER_PAY.value, PaymentStatus.TRADE_CLOSED.value)


@dataclass(frozen=True)
class PaidClaim:
    """The gateway says this attempt is paid (by a verified notify, a query answer or the bill)."""

    attempt_id: int
    trade_no: str | None
    buyer_id: str | None
    paid_at: dt.datetime | None
    source: str  # NOTIFY, REPLAY, QUERY, RECON
    raw: str | None = None


@dataclass(frozen=True)
class Applied:
    outcome: str  # PAID, DUPLICATE, LATE_PAYMENT_REFUND
    detail: str
    refund_id: int | None = None


def update_each(s: Session, rows: list[dict[str, Any]], types: dict[str, Any],
                build: Callable[[Mapping[str, ColumnElement[Any]]], Update], what: str) -> None:
    """sql.update_rows, where every row must hit exactly one row (checked where the driver can tell)."""
    hit = update_rows(s, rows, types, build)
    if hit is not None and hit != len(rows):
        raise RuntimeError(f"{what}: {hit} of {len(rows)} rows moved")


def apply_paid_many(s: Session, claims: Sequence[PaidClaim], now: dt.datetime) -> list[Applied]:
    """Record every claim in the caller's transaction; one Applied per claim, in order."""
    if not claims:
        return []
    attempts = {r.id: r for r in s.execute(
        select(PaymentInfo.id, PaymentInfo.out_trade_no, PaymentInfo.order_id, PaymentInfo.order_sn,
               PaymentInfo.total_amount, PaymentInfo.payment_status)
        .where(one_of(s, PaymentInfo.id, sorted({c.attempt_id for c in claims})))
        .order_by(PaymentInfo.id).with_for_update())}
    results: list[Applied | None] = [None] * len(claims)
    won: list[tuple[int, PaidClaim]] = []
    taken: set[int] = set()
    for i, c in enumerate(claims):
        a = attempts.get(c.attempt_id)
        if a is None or a.payment_status not in _PAYABLE or c.attempt_id in taken:
            what = a.out_trade_no if a is not None else c.attempt_id
            results[i] = Applied("DUPLICATE", f"attempt {what} was already paid")
            continue
        taken.add(c.attempt_id)
        won.append((i, c))
    if not won:
        return _all(results)
    pi = cast(Table, PaymentInfo.__table__)
    # (No IN in an executemany's WHERE: SQLAlchemy expands IN per parameter set.)
    payable = or_(*(pi.c.payment_status == status for status in _PAYABLE))
    update_each(s, [{"b_id": c.attempt_id, "b_trade_no": c.trade_no, "b_buyer": c.buyer_id,
                     "b_paid_at": c.paid_at or now, "b_callback": now if c.source == "NOTIFY" else None,
                     "b_raw": c.raw} for _, c in won],
                {"b_id": pi.c.id.type, "b_trade_no": pi.c.trade_no.type, "b_buyer": pi.c.buyer_id.type,
                 "b_paid_at": pi.c.paid_at.type, "b_callback": pi.c.callback_at.type, "b_raw": pi.c.raw_notify.type},
                lambda v: update(pi).where(pi.c.id == v["b_id"], payable).values(
                    payment_status=PaymentStatus.TRADE_SUCCESS.value, trade_no=v["b_trade_no"], buyer_id=v["b_buyer"],
                    paid_at=v["b_paid_at"], callback_at=v["b_callback"], updated_at=now, raw_notify=v["b_raw"]),
                "paid attempts")

    # The orders, locked in id order; an order that can no longer take the money refunds it.
    orders = {o.id: o for o in s.execute(
        select(Order.__table__).where(one_of(s, Order.id, sorted({attempts[c.attempt_id].order_id for _, c in won})))
        .order_by(Order.id).with_for_update())}
    status_now = {oid: o.status for oid, o in orders.items()}
    paying: list[tuple[int, PaidClaim, Any]] = []
    for i, c in won:
        a = attempts[c.attempt_id]
        order = orders.get(a.order_id)
        if order is None:  # cannot happen through our code; still, money must not vanish
            results[i] = refund_late(s, a, None, None, c.trade_no, now, "order missing")
        elif status_now[order.id] != OrderStatus.PENDING_PAYMENT:
            results[i] = refund_late(s, a, order, status_now[order.id], c.trade_no, now,
                                     f"order is {status_now[order.id]}")
        else:
            status_now[order.id] = OrderStatus.PAID.value  # a second attempt of it in this batch refunds
            paying.append((i, c, order))
    if paying:
        _pay_orders(s, attempts, paying, now, results)
    return _all(results)


def _all(results: list[Applied | None]) -> list[Applied]:
    done = [r for r in results if r is not None]
    assert len(done) == len(results), "every claim has an outcome"
    return done


def _pay_orders(s: Session, attempts: dict[int, Any], paying: list[tuple[int, PaidClaim, Any]],
                now: dt.datetime, results: list[Applied | None]) -> None:
    # The orders are locked already, so deducting first keeps the lock order (order, then its stock)
    # and lets the PAID update also record the warehouse of an order that ships from one.
    details = stock.deduct_for_orders(s, [(o.id, o.order_sn) for _, _, o in paying], now)
    ot = cast(Table, Order.__table__)
    update_each(s, [{"b_id": o.id, "b_version": o.version, "b_ware": split.ware_of(o, details[o.id])}
                    for _, _, o in paying],
                {"b_id": ot.c.id.type, "b_version": ot.c.version.type, "b_ware": ot.c.ware_id.type},
                lambda v: update(ot).where(ot.c.id == v["b_id"], ot.c.status == OrderStatus.PENDING_PAYMENT.value,
                                           ot.c.version == v["b_version"])
                .values(status=OrderStatus.PAID.value, version=ot.c.version + 1, paid_at=now, updated_at=now,
                        ware_id=v["b_ware"]),
                "paid orders")
    messages: list[outbox.NewMessage] = []
    # Each order's PAID row goes to the timeline before its split's rows, all in one insert.
    events: list[dict[str, Any]] = []
    for _, c, o in paying:
        a = attempts[c.attempt_id]
        messages.append(outbox.NewMessage(
            exchange=ORDER_EXCHANGE, routing_key=RK_ORDER_PAID, type="order.paid", order_sn=o.order_sn,
            payload={"order_id": o.id, "order_sn": o.order_sn, "out_trade_no": a.out_trade_no,
                     "trade_no": c.trade_no, "amount": str(a.total_amount)}))
        events.append({"order_id": o.id, "order_sn": o.order_sn, "kind": "PAID", "created_at": now,
                       "detail": f"paid {a.total_amount} CNY via {c.source}, trade {c.trade_no}"})
    outbox.add_many(s, messages, now)
    children = split.split_paid_orders(s, [(o, o.version + 1) for _, _, o in paying], details, now, events)
    insert_rows(s, cast(Table, OrderEvent.__table__), events)
    for i, _, o in paying:
        kids = children.get(o.id)
        results[i] = Applied("PAID", f"order {o.order_sn} paid" + (f", split into {len(kids)}" if kids else ""))


def refund_late(s: Session, attempt: Any, order: Any | None, order_status: str | None, trade_no: str | None,
                now: dt.datetime, why: str) -> Applied:
    """Money landed on an order that can no longer take it: refund it in full, and flag the order.
    `attempt` and `order` are rows (or objects) with the payment_info / orders attributes."""
    amount: Decimal = attempt.total_amount
    refund = RefundInfo(out_request_no=f"{attempt.out_trade_no}-RL", order_id=attempt.order_id,
                        order_sn=attempt.order_sn, out_trade_no=attempt.out_trade_no, trade_no=trade_no,
                        refund_amount=amount, refund_status=RefundStatus.PENDING.value,
                        reason=f"payment arrived after the order could take it ({why})", attempts=0,
                        next_try_at=now, created_at=now, updated_at=now)
    s.add(refund)
    if order is not None:
        flag = "PAID_AFTER_CANCEL" if order_status == OrderStatus.CANCELLED else "DUPLICATE_PAYMENT"
        s.execute(update(Order).where(Order.id == order.id).values(payment_flag=flag, updated_at=now)
                  .execution_options(synchronize_session=False))
        s.add(OrderEvent(order_id=order.id, order_sn=order.order_sn, kind="LATE_PAYMENT_REFUND",
                         detail=f"{amount} CNY on {attempt.out_trade_no} ({why}): refund "
                                f"{refund.out_request_no} started", created_at=now))
    s.flush()
    return Applied("LATE_PAYMENT_REFUND", f"{why}; refund {refund.out_request_no}", refund.id)
