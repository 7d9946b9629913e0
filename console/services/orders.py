"""The forward flow: confirm page, submit (token, price check, stock lock, order), and close.

Pricing rules live here too (freight, coupon, points), so the confirm page, the submit check
and `simulate` compute one amount the same way.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console.services import outbox, stock
from console.services.cart import MAX_QUANTITY, CartLine, cart_items
from console.services.context import ServiceContext
from console.services.errors import (
    InvalidInput,
    InvalidTransition,
    NotFound,
    PriceChanged,
    StockInsufficient,
    TokenInvalid,
)
from console.services.models import (
    Coupon,
    Member,
    MemberAddress,
    Order,
    OrderEvent,
    OrderItem,
    PaymentInfo,
    Sku,
    WareOrderTask,
    WareSku,
)
from console.services.outbox import Envelope
from console.services.states import CloseReason, CouponStatus, LockStatus, OrderStatus, PaymentStatus
from console.services.topology import (
    C_ORDER_CLOSE,
    ORDER_EXCHANGE,
    RK_ORDER_CREATE,
    RK_ORDER_RELEASE_OTHER,
)

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
FREE_FREIGHT_FROM = Decimal("99.00")
FREIGHT = Decimal("8.00")
POINTS_PER_YUAN = 100
TOKEN_TTL = 1800
PAY_TYPES = ("ALIPAY",)
MAX_NOTE = 500


# --- rows handed to callers (frozen, never ORM instances) ---------------------------------------


@dataclass(frozen=True)
class AddressRow:
    id: int
    receiver_name: str
    phone: str
    province: str
    city: str
    region: str
    detail: str
    is_default: bool


@dataclass(frozen=True)
class ConfirmItem:
    sku_id: int
    sku_code: str
    name: str
    price: Decimal
    quantity: int
    in_stock: bool

    @property
    def subtotal(self) -> Decimal:
        return self.price * self.quantity


@dataclass(frozen=True)
class CouponRow:
    id: int
    name: str
    amount: Decimal
    min_order_amount: Decimal
    valid_until: dt.datetime


@dataclass(frozen=True)
class Amounts:
    total_amount: Decimal  # goods
    freight_amount: Decimal
    coupon_amount: Decimal
    points_amount: Decimal
    pay_amount: Decimal


@dataclass(frozen=True)
class ConfirmPage:
    member_id: int
    addresses: tuple[AddressRow, ...]
    items: tuple[ConfirmItem, ...]
    freight_amount: Decimal
    coupons: tuple[CouponRow, ...]
    points_available: int
    points_per_yuan: int
    amounts: Amounts  # without coupon and points; see quote() for a choice of them
    order_token: str


@dataclass(frozen=True)
class SubmitRequest:
    member_id: int
    token: str
    address_id: int
    pay_type: str
    note: str
    expected_pay_amount: str | Decimal
    coupon_id: int | None = None
    use_points: int = 0


@dataclass(frozen=True)
class SubmitResult:
    order_sn: str
    pay_amount: Decimal
    pay_deadline: dt.datetime


# --- pricing -----------------------------------------------------------------------------------


def freight_for(total: Decimal) -> Decimal:
    return Decimal("0.00") if total >= FREE_FREIGHT_FROM else FREIGHT


def _price(lines: Sequence[CartLine], coupon: Coupon | None, use_points: int) -> Amounts:
    total = sum((ln.subtotal for ln in lines), Decimal("0.00")).quantize(CENT)
    freight = freight_for(total)
    coupon_amount = min(coupon.amount, total) if coupon is not None else Decimal("0.00")
    points_amount = (Decimal(use_points) / POINTS_PER_YUAN).quantize(CENT, rounding=ROUND_DOWN)
    pay = total + freight - coupon_amount - points_amount
    if pay < CENT:
        raise InvalidInput(f"coupon and points may not bring the amount below 0.01 (it would be {pay})")
    return Amounts(total, freight, coupon_amount.quantize(CENT), points_amount, pay.quantize(CENT))


def _usable_coupon(coupon: Coupon, member_id: int, total: Decimal, now: dt.datetime) -> bool:
    return (coupon.member_id == member_id and coupon.status == CouponStatus.UNUSED
            and coupon.valid_until > now and total >= coupon.min_order_amount)


def _checked_lines(ctx: ServiceContext, member_id: int) -> list[CartLine]:
    lines = [ln for ln in cart_items(ctx, member_id) if ln.checked]
    if not lines:
        raise InvalidInput("nothing is checked in the cart", member_id=member_id)
    for ln in lines:
        if not 0 < ln.quantity <= MAX_QUANTITY:
            raise InvalidInput(f"cart line {ln.sku_code} has a bad quantity {ln.quantity}")
    return lines


def _load_member(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(f"member {member_id} does not exist", member_id=member_id)
    return member


def quote(ctx: ServiceContext, member_id: int, coupon_id: int | None = None, use_points: int = 0) -> Amounts:
    """What the buyer would pay for the checked cart with this coupon and these points."""
    lines = _checked_lines(ctx, member_id)
    with ctx.db.reading() as s:
        member = _load_member(s, member_id)
        coupon = _validate_discounts(s, member, lines, coupon_id, use_points, ctx.clock.now())
        return _price(lines, coupon, use_points)


def _validate_discounts(s: Session, member: Member, lines: Sequence[CartLine], coupon_id: int | None,
                        use_points: int, now: dt.datetime) -> Coupon | None:
    if not isinstance(use_points, int) or isinstance(use_points, bool) or use_points < 0:
        raise InvalidInput(f"points to use must be a whole number of at least 0, got {use_points!r}")
    if use_points > member.points:
        raise InvalidInput(f"member {member.id} has {member.points} points, not {use_points}")
    if coupon_id is None:
        return None
    coupon = s.get(Coupon, coupon_id)
    total = sum((ln.subtotal for ln in lines), Decimal("0.00"))
    if coupon is None or coupon.member_id != member.id:
        raise NotFound(f"coupon {coupon_id} is not one of member {member.id}'s coupons", coupon_id=coupon_id)
    if not _usable_coupon(coupon, member.id, total, now):
        raise InvalidInput(f"coupon {coupon_id} cannot be used on this order", coupon_id=coupon_id)
    return coupon


# --- confirm -----------------------------------------------------------------------------------


def _address_row(a: MemberAddress) -> AddressRow:
    return AddressRow(a.id, a.receiver_name, a.phone, a.province, a.city, a.region, a.detail, a.is_default)


def confirm(ctx: ServiceContext, member_id: int) -> ConfirmPage:
    """The confirm page for the checked cart lines, with a fresh anti-duplicate order token."""
    lines = _checked_lines(ctx, member_id)
    now = ctx.clock.now()
    with ctx.db.reading() as s:
        member = _load_member(s, member_id)
        addresses = tuple(
            _address_row(a)
            for a in s.scalars(select(MemberAddress).where(MemberAddress.member_id == member_id)
                               .order_by(MemberAddress.is_default.desc(), MemberAddress.id)).all())
        avail = dict(s.execute(
            select(WareSku.sku_id, func.sum(WareSku.stock - WareSku.stock_locked))
            .where(WareSku.sku_id.in_([ln.sku_id for ln in lines])).group_by(WareSku.sku_id)).all())
        amounts = _price(lines, None, 0)
        coupons = tuple(
            CouponRow(c.id, c.name, c.amount, c.min_order_amount, c.valid_until)
            for c in s.scalars(select(Coupon).where(Coupon.member_id == member_id,
                                                    Coupon.status == CouponStatus.UNUSED)
                               .order_by(Coupon.amount.desc())).all()
            if _usable_coupon(c, member_id, amounts.total_amount, now))
        points = member.points
    items = tuple(ConfirmItem(ln.sku_id, ln.sku_code, ln.name, ln.price, ln.quantity,
                              int(avail.get(ln.sku_id) or 0) >= ln.quantity) for ln in lines)
    token = uuid.uuid4().hex
    ctx.tokens.put(member_id, token, TOKEN_TTL)
    return ConfirmPage(member_id, addresses, items, amounts.freight_amount, coupons, points,
                       POINTS_PER_YUAN, amounts, token)


# --- submit ------------------------------------------------------------------------------------


def new_order_sn(now: dt.datetime) -> str:
    """Readable and unique enough: the second it was made plus 8 random digits (22 chars)."""
    return now.strftime("%Y%m%d%H%M%S") + f"{secrets.randbelow(10**8):08d}"


def _parse_amount(raw: object) -> Decimal:
    if isinstance(raw, (float, bool)):
        raise InvalidInput(f"expected pay amount must be a decimal string, not {type(raw).__name__}")
    try:
        value = Decimal(str(raw).strip())
    except (InvalidOperation, ValueError):
        raise InvalidInput(f"expected pay amount {raw!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise InvalidInput(f"expected pay amount {raw!r} is not a valid amount")
    return value


def _prorate(lines: Sequence[CartLine], amounts: Amounts) -> list[Decimal]:
    """Each line's share of the pay amount, to the cent, the last line taking the remainder."""
    shares: list[Decimal] = []
    for ln in lines[:-1]:
        shares.append((amounts.pay_amount * ln.subtotal / amounts.total_amount).quantize(CENT, ROUND_DOWN))
    shares.append(amounts.pay_amount - sum(shares, Decimal("0.00")))
    return shares


def submit(ctx: ServiceContext, req: SubmitRequest) -> SubmitResult:
    """Turn the checked cart into an order, or raise a typed error with nothing written.

    Two transactions, on purpose (DESIGN.md's "locks taken, then the order transaction fails"):
    1. lock stock + work order + stock.locked outbox row, committed;
    2. the order, its items, coupon and points, order.created outbox row, timeline row.
    If (2) fails, the locks are released at once when we still can (compensation below) and, if
    the process dies first, by the delayed stock.locked message or the sweeper: release_stock frees
    LOCKED details whose order does not exist. The task row is claimed in (2) and locked by the
    release, so a release never robs an order being committed.
    """
    # The token goes first: a double click or a replay stops here, before any read or write.
    if not isinstance(req.token, str) or not req.token:
        raise TokenInvalid("the order token is missing; open the confirm page again")
    if not ctx.tokens.compare_and_delete(req.member_id, req.token):
        raise TokenInvalid("the order token is invalid or was already used; open the confirm page again")

    expected = _parse_amount(req.expected_pay_amount)
    if req.pay_type not in PAY_TYPES:
        raise InvalidInput(f"pay type {req.pay_type!r} is not one of {', '.join(PAY_TYPES)}")
    note = req.note or ""
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters")
    lines = _checked_lines(ctx, req.member_id)
    now = ctx.clock.now()
    with ctx.db.reading() as s:
        member = _load_member(s, req.member_id)
        found = s.get(MemberAddress, req.address_id) if isinstance(req.address_id, int) else None
        if found is None or found.member_id != req.member_id:
            raise NotFound(f"address {req.address_id!r} is not one of member {req.member_id}'s addresses",
                           address_id=req.address_id)
        address = _address_row(found)
        off_sale = s.scalars(select(Sku.sku_code).where(Sku.id.in_([ln.sku_id for ln in lines]),
                                                        Sku.on_sale.is_(False))).all()
        if off_sale:
            raise InvalidInput(f"no longer on sale: {', '.join(off_sale)}", sku_codes=list(off_sale))
        coupon = _validate_discounts(s, member, lines, req.coupon_id, req.use_points, now)
        amounts = _price(lines, coupon, req.use_points)
    if abs(amounts.pay_amount - expected) >= CENT:
        raise PriceChanged(f"the amount is now {amounts.pay_amount}, not {expected}; please confirm again",
                           expected=str(expected), actual=str(amounts.pay_amount))

    order_sn = new_order_sn(now)
    locked = stock.lock_for_order(ctx, order_sn, [stock.StockLine(ln.sku_id, ln.sku_code, ln.quantity)
                                                  for ln in lines])
    try:
        result = stock.with_retry(lambda: _create_order(ctx, req, order_sn, lines, amounts, address, locked))
    except BaseException:
        # Compensate now; if this fails too, the stock delay and the sweeper are the safety net.
        try:
            stock.release_stock(ctx, task_id=locked.task_id)
        except Exception:
            log.exception("could not release the locks of %s at once; the stock delay will", order_sn)
        raise
    # Bought lines leave the cart only once the order exists (a failed submit keeps the cart).
    ctx.carts.remove(req.member_id, [ln.sku_id for ln in lines])
    return result


def _create_order(ctx: ServiceContext, req: SubmitRequest, order_sn: str, lines: Sequence[CartLine],
                  amounts: Amounts, address: AddressRow, locked: stock.LockResult) -> SubmitResult:
    now = ctx.clock.now()
    deadline = now + dt.timedelta(seconds=ctx.settings.pay_timeout)
    with ctx.db.transaction() as s:
        claimed = s.execute(update(WareOrderTask)
                            .where(WareOrderTask.id == locked.task_id,
                                   WareOrderTask.task_status == LockStatus.LOCKED)
                            .values(updated_at=now))
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            raise StockInsufficient("the stock reserved for this order was released; please submit again")
        if req.coupon_id is not None:
            used = s.execute(update(Coupon)
                             .where(Coupon.id == req.coupon_id, Coupon.member_id == req.member_id,
                                    Coupon.status == CouponStatus.UNUSED, Coupon.valid_until > now)
                             .values(status=CouponStatus.USED, used_order_sn=order_sn,
                                     version=Coupon.version + 1))
            if used.rowcount != 1:  # type: ignore[attr-defined]
                raise InvalidInput(f"coupon {req.coupon_id} was used meanwhile", coupon_id=req.coupon_id)
        if req.use_points:
            spent = s.execute(update(Member)
                              .where(Member.id == req.member_id, Member.points >= req.use_points)
                              .values(points=Member.points - req.use_points))
            if spent.rowcount != 1:  # type: ignore[attr-defined]
                raise InvalidInput(f"member {req.member_id} no longer has {req.use_points} points")
        order = Order(
            order_sn=order_sn, member_id=req.member_id, status=OrderStatus.PENDING_PAYMENT,
            total_amount=amounts.total_amount, pay_amount=amounts.pay_amount,
            freight_amount=amounts.freight_amount, coupon_amount=amounts.coupon_amount,
            points_amount=amounts.points_amount, adjust_amount=Decimal("0.00"), coupon_id=req.coupon_id,
            points_used=req.use_points, pay_type=req.pay_type, receiver_name=address.receiver_name,
            receiver_phone=address.phone, receiver_province=address.province, receiver_city=address.city,
            receiver_region=address.region, receiver_detail=address.detail, note=req.note or "",
            pay_deadline=deadline, version=0, created_at=now, updated_at=now)
        s.add(order)
        s.flush()
        for ln, share in zip(lines, _prorate(lines, amounts), strict=True):
            s.add(OrderItem(order_id=order.id, order_sn=order_sn, sku_id=ln.sku_id, sku_code=ln.sku_code,
                            sku_name=ln.name, price=ln.price, quantity=ln.quantity, real_amount=share,
                            ware_id=locked.ware_of(ln.sku_id), refunded_amount=Decimal("0.00")))
        s.execute(update(WareOrderTask).where(WareOrderTask.id == locked.task_id).values(order_id=order.id))
        s.add(OrderEvent(order_id=order.id, order_sn=order_sn, kind="CREATED",
                         actor=f"member:{req.member_id}",
                         detail=f"pay {amounts.pay_amount} by {deadline.isoformat()}", created_at=now))
        outbox.add(s, exchange=ORDER_EXCHANGE, routing_key=RK_ORDER_CREATE, type="order.created",
                   payload={"order_sn": order_sn, "order_id": order.id}, now=now, order_sn=order_sn)
        return SubmitResult(order_sn, amounts.pay_amount, deadline)


# --- close -------------------------------------------------------------------------------------


def _close_in_session(s: Session, order: Order, reason: CloseReason, actor: str, now: dt.datetime) -> bool:
    """PENDING_PAYMENT -> CANCELLED with everything given back; False if someone else moved it first."""
    moved = s.execute(update(Order)
                      .where(Order.id == order.id, Order.status == OrderStatus.PENDING_PAYMENT,
                             Order.version == order.version)
                      .values(status=OrderStatus.CANCELLED, close_reason=reason, closed_at=now,
                              updated_at=now, version=Order.version + 1))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        return False
    if order.coupon_id is not None:
        s.execute(update(Coupon)
                  .where(Coupon.id == order.coupon_id, Coupon.status == CouponStatus.USED,
                         Coupon.used_order_sn == order.order_sn)
                  .values(status=CouponStatus.UNUSED, used_order_sn=None, version=Coupon.version + 1))
    if order.points_used:
        s.execute(update(Member).where(Member.id == order.member_id)
                  .values(points=Member.points + order.points_used))
    released = 0
    for task_id in s.scalars(select(WareOrderTask.id).where(WareOrderTask.order_sn == order.order_sn)
                             .with_for_update()).all():
        released += stock.release_details(s, task_id, now)
    s.add(OrderEvent(order_id=order.id, order_sn=order.order_sn, kind="CANCELLED", actor=actor,
                     detail=f"reason {reason}; {released} units released", created_at=now))
    outbox.add(s, exchange=ORDER_EXCHANGE, routing_key=RK_ORDER_RELEASE_OTHER, type="order.cancelled",
               payload={"order_sn": order.order_sn, "order_id": order.id}, now=now, order_sn=order.order_sn)
    return True


def _open_trades(s: Session, order_id: int) -> list[str]:
    return list(s.scalars(select(PaymentInfo.out_trade_no)
                          .where(PaymentInfo.order_id == order_id,
                                 PaymentInfo.payment_status == PaymentStatus.WAIT_BUYER_PAY)).all())


def _close_trades(ctx: ServiceContext, out_trade_nos: list[str]) -> None:
    """After commit: ask the gateway to close open trades, so the buyer cannot pay a dead order."""
    if ctx.payments is None:
        return
    for no in out_trade_nos:
        try:
            ctx.payments.close_trade(no)
        except Exception:  # the sandbox/Alipay may have closed it on its own timeout already
            log.warning("could not close trade %s; it may already be closed", no, exc_info=True)


def close_order(ctx: ServiceContext, order_sn: str, reason: CloseReason, actor: str,
                strict: bool = False) -> bool:
    """Cancel an unpaid order. False if it was no longer unpaid; with strict=True that is an error."""
    try:
        reason = CloseReason(reason)
    except ValueError:
        names = [r.value for r in CloseReason]
        raise InvalidInput(f"close reason {reason!r} is not one of {names}") from None

    def attempt() -> tuple[bool, list[str]]:
        now = ctx.clock.now()
        with ctx.db.transaction() as s:
            order = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
            if order is None:
                raise NotFound(f"order {order_sn} does not exist", order_sn=order_sn)
            unpaid = order.status == OrderStatus.PENDING_PAYMENT
            if not unpaid or not _close_in_session(s, order, reason, actor, now):
                if strict:
                    current = s.scalar(select(Order.status).where(Order.id == order.id))
                    raise InvalidTransition(
                        f"order {order_sn} is {current}; only an unpaid order can be closed",
                        order_sn=order_sn, status=current)
                return False, []
            return True, _open_trades(s, order.id)

    closed, trades = stock.with_retry(attempt)
    _close_trades(ctx, trades)
    return closed


def handle_order_release(ctx: ServiceContext, envelope: Envelope) -> None:
    """Consumer of order.release.order.queue: the pay timer expired, close the order if still unpaid.

    The broker's TTL is the timer, so the deadline is not re-checked against the clock (a fake or
    skewed clock must not keep an order open forever); a paid order is left alone.
    """
    order_sn = envelope.payload.get("order_sn")
    if not order_sn:
        raise InvalidInput(f"message {envelope.message_id} has no order_sn")

    def attempt() -> list[str]:
        now = ctx.clock.now()
        with ctx.db.transaction() as s:
            stock.record_consumed(s, envelope.message_id, C_ORDER_CLOSE, now)
            order = s.scalars(select(Order).where(Order.order_sn == str(order_sn))).first()
            if order is None or order.status != OrderStatus.PENDING_PAYMENT:
                return []
            if order.pay_deadline is not None and order.pay_deadline > now:
                log.info("closing %s on its timer before its deadline by this clock", order_sn)
            if not _close_in_session(s, order, CloseReason.TIMEOUT, "timer", now):
                return []
            return _open_trades(s, order.id)

    try:
        trades = stock.with_retry(attempt)
    except stock.AlreadyConsumed:
        log.info("order release %s already handled", envelope.message_id)
        return
    _close_trades(ctx, trades)


# --- reads for callers -------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderSummary:
    id: int
    order_sn: str
    member_id: int
    status: str
    close_reason: str | None
    pay_amount: Decimal
    coupon_id: int | None
    points_used: int
    pay_deadline: dt.datetime | None


def get_order(ctx: ServiceContext, order_sn: str) -> OrderSummary:
    with ctx.db.reading() as s:
        o = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
        if o is None:
            raise NotFound(f"order {order_sn} does not exist", order_sn=order_sn)
        return OrderSummary(o.id, o.order_sn, o.member_id, o.status, o.close_reason, o.pay_amount,
                            o.coupon_id, o.points_used, o.pay_deadline)

