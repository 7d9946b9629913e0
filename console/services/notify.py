"""The notify inbox: every async notify from Alipay is stored raw, with its signature verdict and
what came of it; only a notify passing every rule of DESIGN.md §6 moves money state.

The reply is "success" only after the transaction holding the effect has committed; Alipay keeps
retrying anything else. Duplicates (same notify_id or an attempt already paid) change nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from console.services import paid, payments
from console.services.context import ServiceContext
from console.services.models import PaymentInfo, PaymentNotify
from console.services.paid import PaidClaim
from console.services.sql import insert_rows, one_of
from console.services.states import PaymentStatus

log = logging.getLogger(__name__)

FORM_TYPE = "application/x-www-form-urlencoded"
MAX_BODY = 32 * 1024  # a real notify is about 2 KB
SUCCESS, FAILURE = "success", "failure"
REQUIRED = ("notify_id", "app_id", "out_trade_no", "trade_status", "total_amount", "sign", "sign_type")
BEIJING = dt.timezone(dt.timedelta(hours=8))

# Outcomes stored in payment_notify.outcome.
BAD_REQUEST = "BAD_REQUEST"
BAD_SIGNATURE = "BAD_SIGNATURE"
WRONG_APP = "WRONG_APP"
WRONG_SELLER = "WRONG_SELLER"
UNKNOWN_TRADE = "UNKNOWN_TRADE"
AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
IGNORED_STATUS = "IGNORED_STATUS"
CLOSED = "CLOSED"
DUPLICATE = "DUPLICATE"
PAID = "PAID"
LATE_PAYMENT_REFUND = "LATE_PAYMENT_REFUND"
ERROR = "ERROR"

# A verified notify whose content is simply not actionable is acknowledged, so Alipay stops sending it;
# anything unverified or inconsistent is answered "failure" and kept for a person to look at.
_ACK = {IGNORED_STATUS, CLOSED, DUPLICATE, PAID, LATE_PAYMENT_REFUND}


@dataclass(frozen=True)
class _Parsed:
    params: dict[str, str]
    raw_text: str


def _parse(raw: bytes, content_type: str) -> tuple[_Parsed | None, str, str]:
    """(parsed, raw text for the inbox, problem); problem is empty when the body is a usable form."""
    # Kept as readable text: undecodable bytes and NULs (PostgreSQL text refuses them) as escapes.
    text = raw[:MAX_BODY].decode("utf-8", "backslashreplace").replace("\x00", "\\x00")
    if len(raw) > MAX_BODY:
        return None, text[:4000], f"body of {len(raw)} bytes is larger than {MAX_BODY}"
    if content_type.split(";")[0].strip().lower() != FORM_TYPE:
        return None, text, f"content type {content_type[:60]!r} is not a form"
    try:
        strict = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, text, "body is not UTF-8"
    try:
        pairs = urllib.parse.parse_qsl(strict, keep_blank_values=True, strict_parsing=True, errors="strict")
    except (ValueError, UnicodeDecodeError):
        return None, text, "body is not a valid form"
    params: dict[str, str] = {}
    for k, v in pairs:
        if k in params:
            return None, text, f"parameter {k} appears twice"
        params[k] = v
    missing = [k for k in REQUIRED if not params.get(k)]
    if missing:
        return None, text, "missing " + ", ".join(missing)
    return _Parsed(params, strict), text, ""


def _inbox(s: Session, *, raw: str, params: dict[str, str], signature_ok: bool, outcome: str, detail: str,
           source: str, now: dt.datetime) -> None:
    # A bulk-style insert: nothing reads the row back, so the ORM's unit of work is not needed.
    item = _Item(0, raw, params, signature_ok=signature_ok, outcome=outcome, detail=detail)
    s.execute(insert(PaymentNotify), [_inbox_row(item, source, now)])


def _gmt(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING).astimezone(dt.UTC)
    except ValueError:
        return None


def handle_notify(ctx: ServiceContext, raw_body: bytes, content_type: str, source: str = "NOTIFY") -> str:
    """Handle one async notify; returns the exact reply for Alipay ("success" or "failure")."""
    return handle_notifies(ctx, [(raw_body, content_type)], source)[0]


@dataclass
class _Item:
    """One notify of a batch, from its raw body to its inbox row."""

    index: int
    raw_text: str
    params: dict[str, str]
    signature_ok: bool = False
    outcome: str = ""
    detail: str = ""
    refund_id: int | None = None


def handle_notifies(ctx: ServiceContext, bodies: Sequence[tuple[bytes, str]], source: str = "NOTIFY") -> list[str]:
    """Handle notifies that arrived together as (raw body, content type); one reply per body, in order.

    They share one transaction, so a batch costs about what one notify costs (the receiver batches
    whatever arrives while the previous batch commits). Each notify is judged exactly as it would be
    alone, one after the other in the given order; if the shared transaction fails, each is tried
    again in a transaction of its own, so one bad notify never costs the others their reply."""
    now = ctx.clock.now()
    items: list[_Item] = []
    for i, (raw_body, content_type) in enumerate(bodies):
        parsed, raw_text, problem = _parse(raw_body, content_type)
        if parsed is None:
            items.append(_Item(i, raw_text, {}, outcome=BAD_REQUEST, detail=problem))
        elif ctx.payments is None:  # kept for a replay once a gateway is configured
            items.append(_Item(i, parsed.raw_text, parsed.params, outcome=ERROR,
                               detail="no payment gateway is configured"))
        else:
            items.append(_Item(i, parsed.raw_text, parsed.params,
                               signature_ok=_verified(payments.gateway(ctx), parsed.params)))
    try:
        with ctx.db.transaction() as s:
            _decide_many(ctx, s, [it for it in items if not it.outcome], now, source)
            insert_rows(s, cast(Table, PaymentNotify.__table__), [_inbox_row(it, source, now) for it in items])
    except Exception as exc:
        if len(bodies) > 1:
            log.warning("a batch of %d notifies failed (%s: %s); each is tried alone", len(bodies),
                        type(exc).__name__, str(exc)[:300])
            return [handle_notifies(ctx, [body], source)[0] for body in bodies]
        it = items[0]
        log.exception("notify %s could not be processed", it.params.get("notify_id"))
        record_rejected(ctx, it.raw_text, ERROR, f"{type(exc).__name__}: {exc}", source=source,
                        params=it.params, signature_ok=it.signature_ok)
        return [FAILURE]
    # Committed. A refund for money that arrived too late is paid out now; the refund worker retries.
    for it in items:
        payments.refund_and_log(ctx, it.refund_id)
    return [SUCCESS if it.outcome in _ACK else FAILURE for it in items]


def _verified(gw: payments.PaymentGateway, params: dict[str, str]) -> bool:
    try:
        return params.get("sign_type") == "RSA2" and gw.verify_notify(dict(params))
    except Exception:  # a malformed signature is just a failed verification
        return False


def _inbox_row(it: _Item, source: str, now: dt.datetime) -> dict[str, object]:
    p = it.params
    return {"notify_id": (p.get("notify_id") or None) and p["notify_id"][:128],
            "out_trade_no": (p.get("out_trade_no") or "")[:64] or None,
            "trade_no": (p.get("trade_no") or "")[:64] or None,
            "trade_status": (p.get("trade_status") or "")[:24] or None,
            "raw_body": it.raw_text, "signature_ok": it.signature_ok, "outcome": it.outcome,
            "detail": it.detail[:500], "source": source, "received_at": now}


def _decide_many(ctx: ServiceContext, s: Session, items: Sequence[_Item], now: dt.datetime, source: str) -> None:
    """Set each item's outcome. The checks of DESIGN.md §6 per item; then every paid claim in one
    paid.apply_paid_many (which settles duplicates inside the batch in order); closes last, as
    a close after a payment of the same attempt changes nothing."""
    gw = payments.gateway(ctx)
    live = []
    for it in items:
        p = it.params
        if not it.signature_ok:
            it.outcome, it.detail = BAD_SIGNATURE, "signature does not verify with the platform key"
        elif p["app_id"] != gw.app_id:
            it.outcome, it.detail = WRONG_APP, f"app_id {p['app_id'][:40]} is not ours"
        elif gw.seller_id and p.get("seller_id") and p["seller_id"] != gw.seller_id:
            it.outcome, it.detail = WRONG_SELLER, f"seller_id {p['seller_id'][:40]} is not ours"
        else:
            live.append(it)
    if not live:
        return
    attempts = {a.out_trade_no: a for a in s.execute(
        select(PaymentInfo.id, PaymentInfo.out_trade_no, PaymentInfo.total_amount, PaymentInfo.payment_status)
        .where(one_of(s, PaymentInfo.out_trade_no, sorted({it.params["out_trade_no"][:64] for it in live}))))}
    claims: list[tuple[_Item, PaidClaim]] = []
    closes: list[tuple[_Item, int]] = []
    for it in live:
        p = it.params
        attempt = attempts.get(p["out_trade_no"][:64])
        if attempt is None:
            it.outcome, it.detail = UNKNOWN_TRADE, f"no payment attempt {p['out_trade_no'][:64]}"
            continue
        try:
            amount = Decimal(p["total_amount"])
        except InvalidOperation:
            it.outcome, it.detail = BAD_REQUEST, "total_amount is not a number"
            continue
        if not amount.is_finite() or amount != attempt.total_amount:
            it.outcome, it.detail = (AMOUNT_MISMATCH,
                                     f"notify says {p['total_amount'][:20]}, attempt is {attempt.total_amount}")
            continue
        status = p["trade_status"]
        if status in payments.PAID_STATUSES:
            if not p.get("trade_no"):
                it.outcome, it.detail = BAD_REQUEST, "a paid notify without trade_no"
            elif attempt.payment_status in payments.PAID_STATUSES:
                it.outcome, it.detail = DUPLICATE, f"attempt already {attempt.payment_status}"
            else:
                claims.append((it, PaidClaim(attempt.id, trade_no=p["trade_no"][:64], buyer_id=p.get("buyer_id"),
                                             paid_at=_gmt(p.get("gmt_payment")), source=source, raw=it.raw_text)))
        elif status == PaymentStatus.TRADE_CLOSED:
            closes.append((it, attempt.id))
        else:
            it.outcome, it.detail = IGNORED_STATUS, f"trade status {status[:24]} does not count"
    applied = paid.apply_paid_many(s, [c for _, c in claims], now)
    for (it, _), a in zip(claims, applied, strict=True):
        it.outcome, it.detail, it.refund_id = a.outcome, a.detail, a.refund_id
    for it, attempt_id in closes:
        if payments.apply_closed_id(s, attempt_id, now):
            it.outcome, it.detail = CLOSED, "unpaid attempt closed at the gateway"
        else:
            status_now = s.scalar(select(PaymentInfo.payment_status).where(PaymentInfo.id == attempt_id))
            it.outcome, it.detail = CLOSED, f"trade closed (refunds or timeout); attempt stays {status_now}"


def record_rejected(ctx: ServiceContext, raw_text: str, outcome: str, detail: str, *, source: str = "NOTIFY",
                    params: dict[str, str] | None = None, signature_ok: bool = False) -> None:
    """Keep a request that could not be processed, as evidence; nothing else is written."""
    try:
        with ctx.db.transaction() as s:
            _inbox(s, raw=raw_text[:MAX_BODY].replace("\x00", "\\x00"), params=params or {},
                   signature_ok=signature_ok, outcome=outcome,
                   detail=detail, source=source, now=ctx.clock.now())
    except Exception:
        log.exception("could not store a rejected notify")


def apply_query_answer(ctx: ServiceContext, attempt_id: int, status: payments.TradeStatus) -> str:
    """Apply an alipay.trade.query answer to one attempt, like a notify would; returns the outcome."""
    now = ctx.clock.now()
    refund_id: int | None = None
    with ctx.db.transaction() as s:
        attempt = s.get(PaymentInfo, attempt_id)
        if attempt is None:
            return UNKNOWN_TRADE
        s.execute(update(PaymentInfo).where(PaymentInfo.id == attempt_id).values(last_query_at=now)
                  .execution_options(synchronize_session=False))
        params = {"out_trade_no": attempt.out_trade_no, "trade_no": status.trade_no or "",
                  "trade_status": status.trade_status or "NOT_EXIST"}
        if not status.exists:
            # The cashier was never opened. Once the longest possible timeout_express (the pay timeout)
            # has passed it never can be, so the attempt is closed here and no longer asked about.
            expired = attempt.created_at + dt.timedelta(seconds=ctx.settings.pay_timeout) < now
            if expired and payments.apply_closed(s, attempt, now):
                outcome, detail = CLOSED, "never opened at the cashier and past the pay timeout"
            else:
                outcome, detail = IGNORED_STATUS, "the gateway has no trade (cashier never opened)"
        elif status.total_amount != attempt.total_amount:
            outcome, detail = AMOUNT_MISMATCH, f"gateway says {status.total_amount}, attempt is {attempt.total_amount}"
        elif status.trade_status in payments.PAID_STATUSES:
            if attempt.payment_status in payments.PAID_STATUSES:
                outcome, detail = DUPLICATE, "already paid"
            else:
                applied = payments.apply_paid(s, attempt, trade_no=status.trade_no, buyer_id=status.buyer_id,
                                              paid_at=status.paid_at, now=now, source="QUERY")
                outcome, detail, refund_id = applied.outcome, applied.detail, applied.refund_id
        elif status.trade_status == PaymentStatus.TRADE_CLOSED:
            payments.apply_closed(s, attempt, now)
            outcome, detail = CLOSED, "closed at the gateway"
        else:
            outcome, detail = IGNORED_STATUS, f"still {status.trade_status}"
        _inbox(s, raw=repr(status.raw)[:MAX_BODY], params=params, signature_ok=True, outcome=outcome,
               detail=detail, source="QUERY", now=now)
    payments.refund_and_log(ctx, refund_id)
    return outcome
