"""Payments (DESIGN.md §6): the gateway port, payment attempts, paying out refunds, stale-attempt queries.

Services never import the Alipay SDK: they talk to `PaymentGateway`, whose concrete end is chosen in
bootstrap (console.adapters.alipay_gateway). A gateway call never happens inside an open transaction:
each use case commits first, calls the gateway, then records the answer in a second transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console.services.context import ServiceContext
from console.services.errors import GatewayError, InvalidInput, InvalidTransition, NotFound
from console.services.models import Order, OrderEvent, PaymentInfo, PaymentNotify, RefundInfo
from console.services.paid import PAID_STATUSES as PAID_STATUSES  # re-exported: callers say payments.PAID_STATUSES
from console.services.paid import Applied, PaidClaim, apply_paid_many
from console.services.states import OrderStatus, PaymentStatus, RefundStatus
from console.services.uow import Database

log = logging.getLogger(__name__)



# --- the port ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TradeStatus:
    """The gateway's view of one trade (alipay.trade.query)."""

    out_trade_no: str
    exists: bool
    trade_status: str | None = None
    trade_no: str | None = None
    total_amount: Decimal | None = None
    buyer_id: str | None = None
    paid_at: dt.datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class RefundResult:
    out_trade_no: str
    out_request_no: str
    fund_change: bool  # money moved by this call (False for a repeat of a done request)
    refund_fee: Decimal  # total refunded on the trade so far
    send_back_fee: Decimal | None = None
    trade_no: str | None = None


@dataclass(frozen=True)
class RefundQueryResult:
    out_trade_no: str
    out_request_no: str
    found: bool
    refund_amount: Decimal | None = None
    refund_status: str | None = None


class PaymentGateway(Protocol):
    """What the services need from Alipay (or the sandbox). Errors raise GatewayError with
    details sub_code/sub_msg and `retryable` (True when the outcome is unknown: network, timeout)."""

    app_id: str
    seller_id: str

    def page_pay_url(self, out_trade_no: str, amount: Decimal, subject: str, timeout_express: str,
                     notify_url: str, return_url: str) -> str: ...

    def query(self, out_trade_no: str) -> TradeStatus: ...

    def close_trade(self, out_trade_no: str) -> bool:
        """True when the trade is closed at the gateway now; False when there was nothing to close
        (never opened at the cashier) or it can no longer be closed (already paid)."""
        ...

    def refund(self, out_trade_no: str, amount: Decimal, out_request_no: str, reason: str) -> RefundResult: ...

    def refund_query(self, out_trade_no: str, out_request_no: str) -> RefundQueryResult: ...

    def bill_download_url(self, date: dt.date) -> str: ...

    def download_bill(self, url: str) -> bytes: ...

    def verify_notify(self, params: dict[str, str]) -> bool: ...


def gateway(ctx: ServiceContext) -> PaymentGateway:
    if ctx.payments is None:
        raise GatewayError("no payment gateway is configured")
    gw: PaymentGateway = ctx.payments
    return gw


# --- starting a payment -----------------------------------------------------------------------


@dataclass(frozen=True)
class PayStart:
    out_trade_no: str
    url: str
    amount: Decimal
    pay_deadline: dt.datetime | None


def start_payment(ctx: ServiceContext, order_sn: str, return_url: str = "") -> PayStart:
    """A new payment attempt (new out_trade_no) for an unpaid order, and the cashier URL for it."""
    if not order_sn or len(order_sn) > 32:
        raise InvalidInput("order number is missing or too long", order_sn=order_sn)
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        order = s.scalars(select(Order).where(Order.order_sn == order_sn)).one_or_none()
        if order is None:
            raise NotFound(f"order {order_sn} does not exist")
        if order.status != OrderStatus.PENDING_PAYMENT:
            raise InvalidTransition(f"order {order_sn} is {order.status}, it cannot be paid")
        if order.pay_deadline is not None and order.pay_deadline <= now:
            raise InvalidTransition(f"the time to pay order {order_sn} is over")
        tries = s.scalar(select(func.count()).select_from(PaymentInfo).where(PaymentInfo.order_id == order.id))
        out_trade_no = f"{order_sn}_{int(tries or 0) + 1:02d}{uuid.uuid4().hex[:4]}"
        # Alipay's timeout_express is whole minutes, at least 1; never longer than the time left.
        left = (order.pay_deadline - now).total_seconds() if order.pay_deadline else ctx.settings.pay_timeout
        minutes = max(1, int(left // 60))
        attempt = PaymentInfo(out_trade_no=out_trade_no, order_id=order.id, order_sn=order_sn,
                              total_amount=order.pay_amount, subject=f"Order {order_sn}",
                              payment_status=PaymentStatus.WAIT_BUYER_PAY.value, created_at=now, updated_at=now)
        s.add(attempt)
        s.add(OrderEvent(order_id=order.id, order_sn=order_sn, kind="PAYMENT_STARTED",
                         detail=f"attempt {out_trade_no}, {order.pay_amount} CNY", created_at=now))
        amount, deadline, subject = order.pay_amount, order.pay_deadline, attempt.subject
    # Committed: the attempt exists before the buyer can possibly pay it.
    url = gateway(ctx).page_pay_url(out_trade_no, amount, subject, f"{minutes}m",
                                    ctx.settings.effective_notify_url, return_url)
    return PayStart(out_trade_no, url, amount, deadline)


# --- applying a verified payment (notify, query and reconciliation share console.services.paid) ---


def apply_paid(s: Session, attempt: PaymentInfo, *, trade_no: str | None, buyer_id: str | None,
               paid_at: dt.datetime | None, now: dt.datetime, source: str, raw: str | None = None) -> Applied:
    """Record that `attempt` was paid, in the caller's transaction (a batch of one of
    paid.apply_paid_many): idempotent and race-safe."""
    claim = PaidClaim(attempt.id, trade_no=trade_no, buyer_id=buyer_id, paid_at=paid_at, source=source, raw=raw)
    return apply_paid_many(s, [claim], now)[0]


def apply_closed(s: Session, attempt: PaymentInfo, now: dt.datetime) -> bool:
    """Mirror a trade closed at the gateway; only an unpaid attempt moves."""
    return apply_closed_id(s, attempt.id, now)


def apply_closed_id(s: Session, attempt_id: int, now: dt.datetime) -> bool:
    moved: int = s.execute(
        update(PaymentInfo)
        .where(PaymentInfo.id == attempt_id, PaymentInfo.payment_status == PaymentStatus.WAIT_BUYER_PAY.value)
        .values(payment_status=PaymentStatus.TRADE_CLOSED.value, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
    return moved == 1


# --- paying out a refund ----------------------------------------------------------------------


@dataclass(frozen=True)
class RefundOutcome:
    refund_id: int
    status: str
    detail: str


def execute_refund(ctx: ServiceContext, refund_id: int) -> RefundOutcome:
    """Pay out one refund through the gateway, reusing its out_request_no, and record the outcome.

    PENDING/UNKNOWN refunds may be retried any number of times: the gateway is idempotent per
    out_request_no. A business refusal is FAILED; an unknown outcome (timeout) stays UNKNOWN."""
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        r = s.get(RefundInfo, refund_id)
        if r is None:
            raise NotFound(f"refund {refund_id} does not exist")
        if r.refund_status not in (RefundStatus.PENDING, RefundStatus.UNKNOWN):
            return RefundOutcome(refund_id, r.refund_status, "already final")
        r.attempts += 1
        r.next_try_at = now + dt.timedelta(seconds=max(1, ctx.settings.refund_retry_interval) * r.attempts)
        r.updated_at = now
        out_trade_no, out_request_no, amount, reason = r.out_trade_no, r.out_request_no, r.refund_amount, r.reason
    gw = gateway(ctx)
    status, detail = RefundStatus.UNKNOWN.value, ""
    try:
        result = gw.refund(out_trade_no, amount, out_request_no, reason[:200])
        if result.fund_change:
            status, detail = RefundStatus.SUCCEEDED.value, f"refunded {amount}"
        else:  # a repeat: ask whether this very request went through
            q = gw.refund_query(out_trade_no, out_request_no)
            if q.found and q.refund_amount == amount:
                status, detail = RefundStatus.SUCCEEDED.value, f"refunded {amount} (confirmed by query)"
            else:
                detail = "gateway reported no fund change and the refund is not found"
    except GatewayError as exc:
        if exc.details.get("retryable", False):
            detail = f"outcome unknown: {exc.message}"
        else:
            status, detail = RefundStatus.FAILED.value, f"{exc.details.get('sub_code', '')} {exc.message}".strip()
    done_at = ctx.clock.now()
    with ctx.db.transaction() as s:
        values: dict[str, Any] = {"refund_status": status, "updated_at": done_at, "last_error": None}
        if status == RefundStatus.SUCCEEDED:
            values["refunded_at"] = done_at
        else:
            values["last_error"] = detail[:500]
        moved = s.execute(
            update(RefundInfo)
            .where(RefundInfo.id == refund_id,
                   RefundInfo.refund_status.in_([RefundStatus.PENDING.value, RefundStatus.UNKNOWN.value]))
            .values(**values).execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
        if moved and status != RefundStatus.UNKNOWN:
            r = s.get(RefundInfo, refund_id)
            assert r is not None
            s.add(OrderEvent(order_id=r.order_id, order_sn=r.order_sn, kind=f"REFUND_{status}",
                             detail=f"refund {out_request_no}: {detail}"[:1000], created_at=done_at))
    return RefundOutcome(refund_id, status, detail)


def refund_and_log(ctx: ServiceContext, refund_id: int | None) -> None:
    """After a commit: try to pay a refund out now; the refund worker retries whatever is left."""
    if refund_id is None or ctx.payments is None:
        return
    try:
        execute_refund(ctx, refund_id)
    except Exception:  # the refund row is committed; a failure here only delays it
        log.exception("refund %s could not be paid out now; it stays for the refund worker", refund_id)


# --- stale attempts: the notify may never come ------------------------------------------------


@dataclass(frozen=True)
class QuerySummary:
    checked: int = 0
    paid: int = 0
    closed: int = 0
    unchanged: int = 0
    errors: int = 0


def query_stale_attempts(ctx: ServiceContext, older_than: dt.timedelta, limit: int = 100) -> QuerySummary:
    """Ask the gateway about unpaid attempts older than `older_than` that never got a notify,
    and apply each answer through the same path as a notify."""
    from console.services import notify  # notify imports this module

    now = ctx.clock.now()
    cutoff = now - older_than
    with ctx.db.reading() as s:
        rows = s.execute(
            select(PaymentInfo.id, PaymentInfo.out_trade_no)
            .where(PaymentInfo.payment_status == PaymentStatus.WAIT_BUYER_PAY.value,
                   PaymentInfo.created_at < cutoff, PaymentInfo.callback_at.is_(None),
                   (PaymentInfo.last_query_at.is_(None)) | (PaymentInfo.last_query_at < cutoff))
            .order_by(PaymentInfo.created_at).limit(limit)).all()
    if not rows:
        return QuerySummary()
    gw = gateway(ctx)
    counts = {"checked": 0, "paid": 0, "closed": 0, "unchanged": 0, "errors": 0}
    for attempt_id, out_trade_no in rows:
        counts["checked"] += 1
        try:
            status = gw.query(out_trade_no)
        except GatewayError as exc:
            counts["errors"] += 1
            log.warning("query of %s failed: %s", out_trade_no, exc)
            _touch_query(ctx, attempt_id)
            continue
        outcome = notify.apply_query_answer(ctx, attempt_id, status)
        key = {"PAID": "paid", "LATE_PAYMENT_REFUND": "paid", "CLOSED": "closed"}.get(outcome, "unchanged")
        counts[key] += 1
    return QuerySummary(**counts)


def _touch_query(ctx: ServiceContext, attempt_id: int) -> None:
    with ctx.db.transaction() as s:
        s.execute(update(PaymentInfo).where(PaymentInfo.id == attempt_id)
                  .values(last_query_at=ctx.clock.now()).execution_options(synchronize_session=False))


# --- queries for the console pages ------------------------------------------------------------


@dataclass(frozen=True)
class PaymentFilters:
    status: str | None = None
    order_sn: str | None = None
    out_trade_no: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True)
class PaymentAttemptRow:
    id: int
    out_trade_no: str
    order_id: int
    order_sn: str
    trade_no: str | None
    total_amount: Decimal
    payment_status: str
    buyer_id: str | None
    created_at: dt.datetime
    paid_at: dt.datetime | None
    callback_at: dt.datetime | None
    last_query_at: dt.datetime | None


def _attempt_row(p: PaymentInfo) -> PaymentAttemptRow:
    return PaymentAttemptRow(p.id, p.out_trade_no, p.order_id, p.order_sn, p.trade_no, p.total_amount,
                             p.payment_status, p.buyer_id, p.created_at, p.paid_at, p.callback_at, p.last_query_at)


def list_payment_attempts(db: Database, filters: PaymentFilters | None = None, after_key: int | None = None,
                          limit: int = 50) -> list[PaymentAttemptRow]:
    """Newest first; `after_key` is the id of the last row of the previous page."""
    f = filters or PaymentFilters()
    q = select(PaymentInfo)
    if f.status:
        q = q.where(PaymentInfo.payment_status == f.status)
    if f.order_sn:
        q = q.where(PaymentInfo.order_sn == f.order_sn)
    if f.out_trade_no:
        q = q.where(PaymentInfo.out_trade_no == f.out_trade_no)
    if f.since:
        q = q.where(PaymentInfo.created_at >= f.since)
    if f.until:
        q = q.where(PaymentInfo.created_at < f.until)
    if after_key is not None:
        q = q.where(PaymentInfo.id < after_key)
    with db.reading() as s:
        return [_attempt_row(p) for p in s.scalars(q.order_by(PaymentInfo.id.desc()).limit(max(1, min(limit, 500))))]


@dataclass(frozen=True)
class NotifyFilters:
    outcome: str | None = None
    out_trade_no: str | None = None
    signature_ok: bool | None = None
    source: str | None = None


@dataclass(frozen=True)
class NotifyRow:
    id: int
    notify_id: str | None
    out_trade_no: str | None
    trade_no: str | None
    trade_status: str | None
    signature_ok: bool
    outcome: str
    detail: str
    source: str
    received_at: dt.datetime


@dataclass(frozen=True)
class NotifyDetail(NotifyRow):
    raw_body: str = ""


def _notify_row(n: PaymentNotify) -> NotifyRow:
    return NotifyRow(n.id, n.notify_id, n.out_trade_no, n.trade_no, n.trade_status, n.signature_ok, n.outcome,
                     n.detail, n.source, n.received_at)


def list_notifies(db: Database, filters: NotifyFilters | None = None, after_key: int | None = None,
                  limit: int = 50) -> list[NotifyRow]:
    f = filters or NotifyFilters()
    q = select(PaymentNotify)
    if f.outcome:
        q = q.where(PaymentNotify.outcome == f.outcome)
    if f.out_trade_no:
        q = q.where(PaymentNotify.out_trade_no == f.out_trade_no)
    if f.signature_ok is not None:
        q = q.where(PaymentNotify.signature_ok.is_(f.signature_ok))
    if f.source:
        q = q.where(PaymentNotify.source == f.source)
    if after_key is not None:
        q = q.where(PaymentNotify.id < after_key)
    with db.reading() as s:
        return [_notify_row(n) for n in s.scalars(q.order_by(PaymentNotify.id.desc()).limit(max(1, min(limit, 500))))]


def get_notify(db: Database, notify_row_id: int) -> NotifyDetail:
    with db.reading() as s:
        n = s.get(PaymentNotify, notify_row_id)
        if n is None:
            raise NotFound(f"notify {notify_row_id} does not exist")
        row = _notify_row(n)
        return NotifyDetail(**{**row.__dict__, "raw_body": n.raw_body})


def replay_notify(ctx: ServiceContext, notify_row_id: int) -> str:
    """Run a stored notify through handle_notify again (a new inbox row records the replay)."""
    from console.services import notify

    detail = get_notify(ctx.db, notify_row_id)
    return notify.handle_notify(ctx, detail.raw_body.encode("utf-8"), notify.FORM_TYPE, source="REPLAY")

