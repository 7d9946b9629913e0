"""What an operator does to one order from the Orders page: ship, note, modify, close by hand.

ONE transition table (ORDER_ACTIONS) says which actions each status offers; the view asks
`available_actions()` for buttons and tooltips, and every use case checks the role (require)
and moves the order with a conditional UPDATE on status + version, so two actors never both win.
Every action writes an audit row in its own transaction.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select, update

from console.services import audit, errors, outbox, topology
from console.services.context import ServiceContext
from console.services.models import Order, OrderEvent, PaymentInfo
from console.services.operators import allowed, require
from console.services.rows import OperatorIdentity
from console.services.states import CloseReason, OrderStatus, PaymentStatus, Role

log = logging.getLogger(__name__)

P = OrderStatus
# status -> actions the order offers in that status (role permission is checked separately).
ORDER_ACTIONS: dict[str, tuple[str, ...]] = {
    P.PENDING_PAYMENT: ("modify_order", "close_order", "admin_close_trade", "internal_note"),
    P.PAID: ("ship", "internal_note"),
    P.SHIPPED: ("internal_note",),
    P.COMPLETED: ("internal_note",),
    P.CANCELLED: ("internal_note",),
    P.CLOSED: ("internal_note",),
    P.SPLIT: ("internal_note",),
}
ALL_ACTIONS = ("ship", "modify_order", "close_order", "admin_close_trade", "internal_note")
ACTION_LABELS = {"ship": "Ship", "modify_order": "Modify", "close_order": "Close",
                 "admin_close_trade": "Close trade", "internal_note": "Note"}
DESTRUCTIVE = frozenset({"close_order", "admin_close_trade"})
RK_ORDER_SHIPPED = "order.shipped"
MAX_NOTE = 1000


@dataclass(frozen=True)
class ActionState:
    action: str
    label: str
    enabled: bool
    why: str  # why it is disabled (tooltip); empty when enabled


def available_actions(identity: OperatorIdentity, status: str) -> list[ActionState]:
    offered = ORDER_ACTIONS.get(status, ())
    out = []
    for action in ALL_ACTIONS:
        why = ""
        if action not in offered:
            why = f"not possible while the order is {status}"
        elif not allowed(identity, action):
            why = f"your role ({identity.role}) may not do this"
        out.append(ActionState(action, ACTION_LABELS[action], not why, why))
    return out


def _load(s: Any, order_sn: str) -> Order:
    o: Order | None = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
    if o is None:
        raise errors.NotFound(f"no order {order_sn}")
    return o


def _move(s: Any, o: Order, expect: str, values: dict[str, Any], *, version: int | None = None) -> None:
    """Conditional UPDATE on status and version; losing the race raises InvalidTransition."""
    v = o.version if version is None else version
    res = s.execute(update(Order).where(Order.id == o.id, Order.status == expect, Order.version == v)
                    .values(version=v + 1, **values).execution_options(synchronize_session=False))
    if res.rowcount != 1:
        raise errors.InvalidTransition(
            f"order {o.order_sn} changed meanwhile (now {o.status}, version {o.version}); refresh and retry")


def ship(ctx: ServiceContext, identity: OperatorIdentity, order_sn: str, carrier: str,
         tracking_no: str) -> None:
    """PAID -> SHIPPED with carrier and tracking number."""
    require(identity, "ship")
    carrier, tracking_no = carrier.strip(), tracking_no.strip()
    if not carrier or len(carrier) > 32:
        raise errors.InvalidInput("carrier is required (at most 32 characters)")
    if not tracking_no or len(tracking_no) > 64 or any(c.isspace() for c in tracking_no):
        raise errors.InvalidInput("tracking number is required (at most 64 characters, no spaces)")
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        o = _load(s, order_sn)
        if o.status != P.PAID:
            raise errors.InvalidTransition(f"order {order_sn} is {o.status}; only PAID orders can be shipped")
        _move(s, o, P.PAID, {"status": P.SHIPPED.value, "carrier": carrier, "tracking_no": tracking_no,
                             "shipped_at": now, "updated_at": now})
        s.add(OrderEvent(order_id=o.id, order_sn=o.order_sn, kind="SHIPPED",
                         detail=f"{carrier} {tracking_no}", actor=identity.username, created_at=now))
        outbox.add(s, exchange=topology.ORDER_EXCHANGE, routing_key=RK_ORDER_SHIPPED, type="order.shipped",
                   payload={"order_sn": o.order_sn, "carrier": carrier, "tracking_no": tracking_no},
                   now=now, order_sn=o.order_sn)
        audit.record(s, identity, "ship", "order", o.order_sn, {"status": P.PAID.value},
                     {"status": P.SHIPPED.value, "carrier": carrier, "tracking_no": tracking_no}, None, now)


def add_note(ctx: ServiceContext, identity: OperatorIdentity, order_sn: str, text: str) -> None:
    """An internal note on the order's timeline (never shown to the buyer)."""
    require(identity, "internal_note")
    text = text.strip()
    if not text:
        raise errors.InvalidInput("the note is empty")
    if len(text) > MAX_NOTE:
        raise errors.InvalidInput(f"the note is longer than {MAX_NOTE} characters")
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        o = _load(s, order_sn)
        s.add(OrderEvent(order_id=o.id, order_sn=o.order_sn, kind="NOTE", detail=text,
                         actor=identity.username, created_at=now))
        audit.record(s, identity, "internal_note", "order", o.order_sn, None, {"note": text}, None, now)


ADDRESS_FIELDS = ("receiver_name", "receiver_phone", "receiver_province", "receiver_city",
                  "receiver_region", "receiver_detail")


def modify_order(ctx: ServiceContext, identity: OperatorIdentity, order_sn: str, *, expected_version: int,
                 reason: str, address: dict[str, str] | None = None, note: str | None = None,
                 adjust_by: Decimal | str | None = None) -> None:
    """Change an unpaid order: receiver address, note, or the price (by an adjustment, with a reason).

    A changed amount closes the open Alipay trade after the commit, so the buyer cannot pay the old
    amount; the next payment attempt is made for the new one.
    """
    require(identity, "modify_order")
    reason = reason.strip()
    if not reason:
        raise errors.InvalidInput("a reason is required to modify an order")
    delta = Decimal("0.00")
    if adjust_by is not None and str(adjust_by).strip() != "":
        try:
            delta = Decimal(str(adjust_by).strip()).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise errors.InvalidInput(f"price adjustment {adjust_by!r} is not an amount") from None
    address = {k: v.strip() for k, v in (address or {}).items()}
    unknown = set(address) - set(ADDRESS_FIELDS)
    if unknown:
        raise errors.InvalidInput(f"unknown address fields: {', '.join(sorted(unknown))}")
    if note is not None and len(note) > 500:
        raise errors.InvalidInput("the order note is longer than 500 characters")
    if not address and note is None and not delta:
        raise errors.InvalidInput("nothing to change")
    now = ctx.clock.now()
    to_close: list[str] = []
    with ctx.db.transaction() as s:
        o = _load(s, order_sn)
        if o.status != P.PENDING_PAYMENT:
            raise errors.InvalidTransition(
                f"order {order_sn} is {o.status}; only unpaid orders can be modified")
        if o.version != expected_version:
            raise errors.InvalidTransition(f"order {order_sn} changed meanwhile; refresh and retry")
        values: dict[str, Any] = {"updated_at": now}
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for k, v in address.items():
            if getattr(o, k) != v:
                before[k], after[k], values[k] = getattr(o, k), v, v
        if note is not None and note != o.note:
            before["note"], after["note"], values["note"] = o.note, note, note
        if delta:
            new_pay = o.pay_amount + delta
            if new_pay <= 0:
                raise errors.InvalidInput(f"the adjustment {delta} would make the amount {new_pay}; "
                                          "it must stay above zero")
            before.update(pay_amount=o.pay_amount, adjust_amount=o.adjust_amount)
            after.update(pay_amount=new_pay, adjust_amount=o.adjust_amount + delta)
            values.update(pay_amount=new_pay, adjust_amount=o.adjust_amount + delta)
            to_close = list(s.scalars(select(PaymentInfo.out_trade_no).where(
                PaymentInfo.order_id == o.id,
                PaymentInfo.payment_status == PaymentStatus.WAIT_BUYER_PAY.value)))
        if not after:
            raise errors.InvalidInput("nothing changes")
        _move(s, o, P.PENDING_PAYMENT, values, version=expected_version)
        s.add(OrderEvent(order_id=o.id, order_sn=o.order_sn, kind="MODIFIED",
                         detail=f"{', '.join(sorted(after))}: {reason}", actor=identity.username,
                         created_at=now))
        audit.record(s, identity, "modify_order", "order", o.order_sn, before, after, reason, now)
    if to_close and ctx.payments is not None:
        _close_attempts(ctx, to_close)


def _close_attempts(ctx: ServiceContext, out_trade_nos: list[str]) -> None:
    for no in out_trade_nos:
        try:
            ctx.payments.close_trade(no)
        except Exception:  # the trade may not exist at Alipay yet (buyer never opened it): fine
            log.warning("could not close trade %s after a price change", no, exc_info=True)
            continue
        now = ctx.clock.now()
        with ctx.db.transaction() as s:
            s.execute(update(PaymentInfo).where(
                PaymentInfo.out_trade_no == no,
                PaymentInfo.payment_status == PaymentStatus.WAIT_BUYER_PAY.value)
                .values(payment_status=PaymentStatus.TRADE_CLOSED.value, updated_at=now))


def close_by_hand(ctx: ServiceContext, identity: OperatorIdentity, order_sn: str, reason: str, *,
                  close_trade: bool = False) -> None:
    """Cancel an unpaid order by hand (merchant), or as admin also close the Alipay trade.

    The transition itself is console.services.orders.close_order (the engine's one close path,
    which returns the stock and coupon and closes the trade); here: permission, reason, audit.
    """
    action = "admin_close_trade" if close_trade else "close_order"
    require(identity, action)
    reason = reason.strip()
    if not reason:
        raise errors.InvalidInput("a reason is required to close an order")
    # The engine's module, written in parallel; imported by name so this file type-checks before it lands.
    orders = importlib.import_module("console.services.orders")

    close_reason = CloseReason.ADMIN if identity.role == Role.ADMIN else CloseReason.MERCHANT
    with ctx.db.reading() as s:
        before = _load(s, order_sn).status
    orders.close_order(ctx, order_sn, close_reason.value, identity.username, strict=True)
    now = ctx.clock.now()
    # close_order owns its transaction; the audit row follows it (see report: one extra commit).
    with ctx.db.transaction() as s:
        audit.record(s, identity, action, "order", order_sn, {"status": before},
                     {"status": P.CANCELLED.value, "close_reason": close_reason.value}, reason, now)
