"""The notify inbox: every async notify from Alipay is stored raw, with its signature verdict and
what came of it; only a notify passing every rule of DESIGN.md §6 moves money state.

The reply is "success" only after the transaction holding the effect has committed; Alipay keeps
retrying anything else. Duplicates (same notify_id or an attempt already paid) change nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import urllib.parse
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from console.services import payments
from console.services.context import ServiceContext
from console.services.models import PaymentInfo, PaymentNotify
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
    s.execute(insert(PaymentNotify), [{
        "notify_id": (params.get("notify_id") or None) and params["notify_id"][:128],
        "out_trade_no": (params.get("out_trade_no") or "")[:64] or None,
        "trade_no": (params.get("trade_no") or "")[:64] or None,
        "trade_status": (params.get("trade_status") or "")[:24] or None,
        "raw_body": raw, "signature_ok": signature_ok, "outcome": outcome, "detail": detail[:500],
        "source": source, "received_at": now}])


def _gmt(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING).astimezone(dt.UTC)
    except ValueError:
        return None


def handle_notify(ctx: ServiceContext, raw_body: bytes, content_type: str, source: str = "NOTIFY") -> str:
    """Handle one async notify; returns the exact reply for Alipay ("success" or "failure")."""
    now = ctx.clock.now()
    parsed, raw_text, problem = _parse(raw_body, content_type)
    if parsed is None:
        record_rejected(ctx, raw_text, BAD_REQUEST, problem, source=source)
        return FAILURE
    p = parsed.params
    if ctx.payments is None:  # kept for a replay once a gateway is configured
        record_rejected(ctx, parsed.raw_text, ERROR, "no payment gateway is configured", source=source, params=p)
        return FAILURE
    gw = payments.gateway(ctx)
    try:
        signature_ok = p.get("sign_type") == "RSA2" and gw.verify_notify(dict(p))
    except Exception:  # a malformed signature is just a failed verification
        signature_ok = False
    refund_id: int | None = None
    try:
        with ctx.db.transaction() as s:
            outcome, detail, refund_id = _decide(ctx, s, p, signature_ok, now, source, parsed.raw_text)
            _inbox(s, raw=parsed.raw_text, params=p, signature_ok=signature_ok, outcome=outcome, detail=detail,
                   source=source, now=now)
    except Exception as exc:
        log.exception("notify %s could not be processed", p.get("notify_id"))
        record_rejected(ctx, parsed.raw_text, ERROR, f"{type(exc).__name__}: {exc}", source=source,
                        params=p, signature_ok=signature_ok)
        return FAILURE
    # Committed. A refund for money that arrived too late is paid out now; the refund worker retries.
    payments.refund_and_log(ctx, refund_id)
    return SUCCESS if outcome in _ACK else FAILURE


def _decide(ctx: ServiceContext, s: Session, p: dict[str, str], signature_ok: bool, now: dt.datetime,
            source: str, raw: str) -> tuple[str, str, int | None]:
    gw = payments.gateway(ctx)
    if not signature_ok:
        return BAD_SIGNATURE, "signature does not verify with the platform key", None
    if p["app_id"] != gw.app_id:
        return WRONG_APP, f"app_id {p['app_id'][:40]} is not ours", None
    if gw.seller_id and p.get("seller_id") and p["seller_id"] != gw.seller_id:
        return WRONG_SELLER, f"seller_id {p['seller_id'][:40]} is not ours", None
    attempt = s.scalars(select(PaymentInfo).where(PaymentInfo.out_trade_no == p["out_trade_no"][:64])).one_or_none()
    if attempt is None:
        return UNKNOWN_TRADE, f"no payment attempt {p['out_trade_no'][:64]}", None
    try:
        amount = Decimal(p["total_amount"])
    except InvalidOperation:
        return BAD_REQUEST, "total_amount is not a number", None
    if not amount.is_finite() or amount != attempt.total_amount:
        return AMOUNT_MISMATCH, f"notify says {p['total_amount'][:20]}, attempt is {attempt.total_amount}", None
    status = p["trade_status"]
    if status in payments.PAID_STATUSES:
        if not p.get("trade_no"):
            return BAD_REQUEST, "a paid notify without trade_no", None
        if attempt.payment_status in payments.PAID_STATUSES:
            return DUPLICATE, f"attempt already {attempt.payment_status}", None
        applied = payments.apply_paid(s, attempt, trade_no=p["trade_no"][:64], buyer_id=p.get("buyer_id"),
                                      paid_at=_gmt(p.get("gmt_payment")), now=now, source=source, raw=raw)
        return applied.outcome, applied.detail, applied.refund_id
    if status == PaymentStatus.TRADE_CLOSED:
        if payments.apply_closed(s, attempt, now):
            return CLOSED, "unpaid attempt closed at the gateway", None
        return CLOSED, f"trade closed (refunds or timeout); attempt stays {attempt.payment_status}", None
    return IGNORED_STATUS, f"trade status {status[:24]} does not count", None


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
