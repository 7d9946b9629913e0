"""The refund ledger: creating refund_info rows under the paid-amount cap, paying them out, retrying.

Creating a refund happens inside the caller's transaction (approve, arbitrate, refund before
shipment) with the order row locked, so concurrent approvals are serialised on that row and the sum
of non-FAILED refunds can never pass what was paid. Paying out is payments.execute_refund (one
out_request_no per refund, reused on every retry); this module adds what follows a payout: the
after-sale moves REFUNDING -> REFUNDED and a fully refunded order becomes CLOSED (REFUNDED).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from console.services import audit, payments
from console.services.context import ServiceContext
from console.services.errors import InvalidInput, InvalidTransition, NotFound, RefundExceedsPaid
from console.services.models import AfterSale, Order, OrderEvent, OrderItem, PaymentInfo, RefundInfo
from console.services.operators import require
from console.services.rows import OperatorIdentity
from console.services.states import AfterSaleStatus, CloseReason, OrderStatus, RefundStatus

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
MAX_REFUND_REASON = 255
# Refunds that count against the cap: everything not known to have failed.
LIVE = (RefundStatus.PENDING.value, RefundStatus.SUCCEEDED.value, RefundStatus.UNKNOWN.value)


def money(raw: object) -> Decimal:
    """A positive amount in whole cents, or InvalidInput."""
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
    except Exception:
        raise InvalidInput(f"{raw!r} is not an amount") from None
    if not value.is_finite() or value != value.quantize(CENT):
        raise InvalidInput(f"{raw} is not an amount in whole cents")
    if value <= 0:
        raise InvalidInput("a refund must be more than zero")
    return value


def lock_order(s: Session, order_id: int) -> Order:
    """The order row, locked for the rest of the transaction (SQLite's BEGIN IMMEDIATE already is)."""
    order = s.scalars(select(Order).where(Order.id == order_id).with_for_update()
                      .execution_options(populate_existing=True)).one_or_none()
    if order is None:
        raise NotFound(f"order {order_id} does not exist")
    return order


def paid_trade(s: Session, order: Order) -> PaymentInfo | None:
    """The paid Alipay trade behind an order (a split child's money sits on its parent's trade)."""
    ids = [order.id] + ([order.parent_id] if order.parent_id is not None else [])
    return s.scalars(
        select(PaymentInfo)
        .where(PaymentInfo.order_id.in_(ids), PaymentInfo.paid_at.is_not(None),
               PaymentInfo.payment_status.in_([*payments.PAID_STATUSES, "TRADE_CLOSED"]))
        .order_by(PaymentInfo.paid_at, PaymentInfo.id)).first()


def refunded_so_far(s: Session, order_id: int) -> Decimal:
    """Sum of the order's refunds that are not FAILED (pending and unknown ones may still succeed)."""
    total = s.scalar(select(func.coalesce(func.sum(RefundInfo.refund_amount), 0))
                     .where(RefundInfo.order_id == order_id, RefundInfo.refund_status.in_(LIVE),
                            RefundInfo.out_request_no.not_like("%-RL")))
    return Decimal(total or 0).quantize(CENT)


def refundable(s: Session, order: Order) -> Decimal:
    return (order.pay_amount - refunded_so_far(s, order.id)).quantize(CENT)


def create_refund(s: Session, order_id: int, amount: Decimal, reason: str, now: dt.datetime, *,
                  after_sale_id: int | None = None) -> RefundInfo:
    """A PENDING refund in the caller's transaction, after checking it fits under what was paid.

    The order row is locked first, so two transactions creating refunds for one order run one after
    the other and the second sees the first's row in the sum."""
    amount = money(amount)
    order = lock_order(s, order_id)
    if order.paid_at is None or order.status in (OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED,
                                                 OrderStatus.SPLIT):
        raise InvalidTransition(f"order {order.order_sn} is {order.status}; nothing paid on it can be refunded")
    trade = paid_trade(s, order)
    if trade is None:
        raise InvalidTransition(f"order {order.order_sn} has no paid Alipay trade to refund to")
    left = refundable(s, order)
    if amount > left:
        raise RefundExceedsPaid(f"a refund of {amount} is more than the {left} left of {order.pay_amount} paid "
                                f"on order {order.order_sn}", amount=str(amount), left=str(left))
    refund = RefundInfo(out_request_no=f"RF{now:%y%m%d}{uuid.uuid4().hex[:16]}", order_id=order.id,
                        order_sn=order.order_sn, out_trade_no=trade.out_trade_no, trade_no=trade.trade_no,
                        after_sale_id=after_sale_id, refund_amount=amount,
                        refund_status=RefundStatus.PENDING.value, reason=reason[:MAX_REFUND_REASON], attempts=0,
                        next_try_at=now, created_at=now, updated_at=now)
    s.add(refund)
    s.add(OrderEvent(order_id=order.id, order_sn=order.order_sn, kind="REFUND_CREATED",
                     detail=f"refund {refund.out_request_no}: {amount} CNY ({reason})"[:1000], created_at=now))
    s.flush()
    return refund


@dataclass(frozen=True)
class RefundWant:
    after_sale_id: int
    order_id: int
    amount: Decimal
    reason: str


def create_refunds_bulk(s: Session, wants: list[RefundWant], now: dt.datetime) -> tuple[list[int], list[int]]:
    """create_refund for a whole batch in a handful of statements: lock the orders (by id, so two
    batches never deadlock), read paid trades and live refund sums once, and insert the refunds that
    fit under what was paid (counting earlier wants of the same batch). Returns (created, blocked)
    after-sale ids."""
    if not wants:
        return [], []
    order_ids = sorted({w.order_id for w in wants})
    orders = {o.id: o for o in s.scalars(select(Order).where(Order.id.in_(order_ids)).order_by(Order.id)
                                         .with_for_update().execution_options(populate_existing=True))}
    trade_owner = {oid: (o.parent_id or oid) for oid, o in orders.items()}
    trades: dict[int, PaymentInfo] = {}
    for p in s.scalars(select(PaymentInfo)
                       .where(PaymentInfo.order_id.in_(set(order_ids) | set(trade_owner.values())),
                              PaymentInfo.paid_at.is_not(None),
                              PaymentInfo.payment_status.in_([*payments.PAID_STATUSES, "TRADE_CLOSED"]))
                       .order_by(PaymentInfo.paid_at.desc(), PaymentInfo.id.desc())):
        trades[p.order_id] = p  # the earliest paid attempt wins (iterated last)
    used = {int(oid): Decimal(total or 0) for oid, total in s.execute(
        select(RefundInfo.order_id, func.sum(RefundInfo.refund_amount))
        .where(RefundInfo.order_id.in_(order_ids), RefundInfo.refund_status.in_(LIVE),
               RefundInfo.out_request_no.not_like("%-RL"))
        .group_by(RefundInfo.order_id)).all()}
    created: list[int] = []
    blocked: list[int] = []
    rows: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    for w in wants:
        o = orders.get(w.order_id)
        trade = trades.get(w.order_id) or trades.get(trade_owner.get(w.order_id, w.order_id))
        already = used.get(w.order_id, Decimal("0"))
        if o is None or o.paid_at is None or trade is None or already + w.amount > o.pay_amount \
                or o.status in (OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED, OrderStatus.SPLIT):
            blocked.append(w.after_sale_id)
            continue
        used[w.order_id] = already + w.amount
        out_request_no = f"RF{now:%y%m%d}{uuid.uuid4().hex[:16]}"
        rows.append({"out_request_no": out_request_no, "order_id": o.id, "order_sn": o.order_sn,
                     "out_trade_no": trade.out_trade_no, "trade_no": trade.trade_no, "after_sale_id": w.after_sale_id,
                     "refund_amount": w.amount, "refund_status": RefundStatus.PENDING.value,
                     "reason": w.reason[:MAX_REFUND_REASON], "attempts": 0, "next_try_at": now, "created_at": now,
                     "updated_at": now})
        events.append({"order_id": o.id, "order_sn": o.order_sn, "kind": "REFUND_CREATED", "actor": "system",
                       "detail": f"refund {out_request_no}: {w.amount} CNY ({w.reason})"[:1000], "created_at": now})
        created.append(w.after_sale_id)
    if rows:
        s.execute(insert(RefundInfo), rows)
        s.execute(insert(OrderEvent), events)
    return created, blocked


# --- paying out -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerPass:
    tried: int = 0
    succeeded: int = 0
    failed: int = 0
    unknown: int = 0
    deferred: int = 0  # due, but its trade had a call less than refund_retry_interval ago


def payout(ctx: ServiceContext, refund_id: int) -> payments.RefundOutcome:
    """Call the gateway for one refund (same out_request_no every time) and settle what follows."""
    outcome = payments.execute_refund(ctx, refund_id)
    if outcome.status == RefundStatus.SUCCEEDED:
        settle(ctx, refund_id)
    return outcome


def settle(ctx: ServiceContext, refund_id: int) -> None:
    """After a refund succeeded: after-sale -> REFUNDED, items marked, order CLOSED when fully refunded.
    Every step is conditional, so settling twice changes nothing."""
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        r = s.get(RefundInfo, refund_id)
        if r is None or r.refund_status != RefundStatus.SUCCEEDED:
            return
        order = lock_order(s, r.order_id)
        if r.after_sale_id is not None:
            sale = s.get(AfterSale, r.after_sale_id)
            moved = s.execute(
                update(AfterSale)
                .where(AfterSale.id == r.after_sale_id, AfterSale.status == AfterSaleStatus.REFUNDING.value)
                .values(status=AfterSaleStatus.REFUNDED.value, version=AfterSale.version + 1, updated_at=now)
                .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
            if moved == 1 and sale is not None and sale.item_ids:
                _mark_items(s, order.id, sale.item_ids)
        succeeded = Decimal(s.scalar(
            select(func.coalesce(func.sum(RefundInfo.refund_amount), 0))
            .where(RefundInfo.order_id == order.id, RefundInfo.refund_status == RefundStatus.SUCCEEDED.value,
                   RefundInfo.out_request_no.not_like("%-RL"))) or 0)
        if succeeded >= order.pay_amount and order.status in (OrderStatus.PAID, OrderStatus.SHIPPED,
                                                                OrderStatus.COMPLETED):
            closed = s.execute(
                update(Order).where(Order.id == order.id, Order.status == order.status,
                                    Order.version == order.version)
                .values(status=OrderStatus.CLOSED.value, close_reason=CloseReason.REFUNDED.value,
                        closed_at=now, updated_at=now, version=order.version + 1)
                .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
            if closed == 1:
                s.add(OrderEvent(order_id=order.id, order_sn=order.order_sn, kind="CLOSED",
                                 detail=f"fully refunded ({succeeded} CNY)", created_at=now))


def _mark_items(s: Session, order_id: int, item_ids: str) -> None:
    ids = [int(x) for x in item_ids.split(",") if x.strip().isdigit()]
    if ids:
        s.execute(update(OrderItem).where(OrderItem.order_id == order_id, OrderItem.id.in_(ids))
                  .values(refunded_amount=OrderItem.real_amount).execution_options(synchronize_session=False))


def run_due(ctx: ServiceContext, limit: int = 50) -> LedgerPass:
    """One pass of the ledger worker: pay out PENDING/UNKNOWN refunds whose next try is due.

    At most one call per trade per pass, and none on a trade that had a call less than
    settings.refund_retry_interval ago (Alipay throttles calls on one trade)."""
    now = ctx.clock.now()
    interval = dt.timedelta(seconds=max(0, ctx.settings.refund_retry_interval))
    with ctx.db.reading() as s:
        due = s.execute(
            select(RefundInfo.id, RefundInfo.out_trade_no)
            .where(RefundInfo.refund_status.in_([RefundStatus.PENDING.value, RefundStatus.UNKNOWN.value]),
                   (RefundInfo.next_try_at.is_(None)) | (RefundInfo.next_try_at <= now))
            .order_by(RefundInfo.next_try_at, RefundInfo.id).limit(limit)).all()
        trades = {t for _, t in due}
        recent: set[str] = set()
        if trades and interval:
            # A call on a trade leaves updated_at = the call's time on the refund it was for.
            recent = set(s.scalars(
                select(RefundInfo.out_trade_no)
                .where(RefundInfo.out_trade_no.in_(trades), RefundInfo.attempts > 0,
                       RefundInfo.updated_at > now - interval)).all())
    counts = {"tried": 0, "succeeded": 0, "failed": 0, "unknown": 0, "deferred": 0}
    seen: set[str] = set()
    for refund_id, trade in due:
        if trade in seen or trade in recent:
            counts["deferred"] += 1
            continue
        seen.add(trade)
        counts["tried"] += 1
        outcome = payout(ctx, refund_id)
        key = {RefundStatus.SUCCEEDED: "succeeded", RefundStatus.FAILED: "failed"}.get(
            RefundStatus(outcome.status), "unknown")
        counts[key] += 1
    return LedgerPass(**counts)


def retry_failed(ctx: ServiceContext, identity: OperatorIdentity, refund_id: int) -> None:
    """FAILED -> PENDING with the same out_request_no, if it still fits under what was paid."""
    require(identity, "retry_refund")
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        r = s.get(RefundInfo, refund_id)
        if r is None:
            raise NotFound(f"refund {refund_id} does not exist")
        order = lock_order(s, r.order_id)
        if r.refund_status != RefundStatus.FAILED:
            raise InvalidTransition(f"refund {r.out_request_no} is {r.refund_status}; only a FAILED one is retried")
        left = refundable(s, order)
        if r.refund_amount > left:
            raise RefundExceedsPaid(f"refund {r.out_request_no} of {r.refund_amount} no longer fits: {left} left")
        moved = s.execute(update(RefundInfo)
                          .where(RefundInfo.id == r.id, RefundInfo.refund_status == RefundStatus.FAILED.value)
                          .values(refund_status=RefundStatus.PENDING.value, next_try_at=now, updated_at=now)
                          .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
        if moved != 1:
            raise InvalidTransition(f"refund {r.out_request_no} changed meanwhile")
        audit.record(s, identity, "retry_refund", "refund", r.out_request_no, {"refund_status": "FAILED"},
                     {"refund_status": "PENDING"}, None, now)
        s.add(OrderEvent(order_id=r.order_id, order_sn=r.order_sn, kind="REFUND_RETRY", actor=identity.username,
                         detail=f"refund {r.out_request_no} queued again", created_at=now))
