"""Role-checked, audited entry points of the Payments and Reconciliation pages.

The payment and reconciliation use cases (payments.py, reconciliation.py) take no operator, so the
console reaches them through here: every function checks the permission first (Forbidden, nothing
written) and every action leaves an audit row. Lists are keyset paged, newest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from console.services import audit, notify, operators, payments, reconciliation
from console.services.context import ServiceContext
from console.services.errors import InvalidInput
from console.services.models import PaymentInfo, PaymentNotify
from console.services.payments import NotifyDetail, NotifyFilters, NotifyRow, PaymentAttemptRow
from console.services.reconciliation import ReconExceptionRow, ReconRunRow
from console.services.rows import OperatorIdentity, Page
from console.services.states import PaymentStatus

MAX_PAGE = 400  # the underlying lists cap at 500; one more row tells whether a next page exists


def _limit(limit: int) -> int:
    return max(1, min(limit, MAX_PAGE))


def _after_id(after_key: tuple[object, ...] | None) -> int | None:
    if after_key is None:
        return None
    first = after_key[0]
    if not isinstance(first, int):
        raise InvalidInput(f"bad page key {after_key!r}")
    return first


# --- payment attempts -------------------------------------------------------------------------


@dataclass(frozen=True)
class AttemptFilter:
    status: str | None = None
    search: str = ""  # exact out_trade_no, order_sn or Alipay trade_no

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in set(PaymentStatus):
            raise InvalidInput(f"unknown payment status {self.status!r}")


def list_attempts(ctx: ServiceContext, who: OperatorIdentity, filt: AttemptFilter | None,
                  after_key: tuple[object, ...] | None, limit: int) -> Page[PaymentAttemptRow]:
    operators.require(who, "view_payments")
    f = filt or AttemptFilter()
    q = select(PaymentInfo)
    if f.status:
        q = q.where(PaymentInfo.payment_status == f.status)
    term = f.search.strip()[:64]
    if term:
        q = q.where(or_(PaymentInfo.out_trade_no == term, PaymentInfo.order_sn == term, PaymentInfo.trade_no == term))
    after = _after_id(after_key)
    if after is not None:
        q = q.where(PaymentInfo.id < after)
    n = _limit(limit)
    with ctx.db.reading() as s:
        found = list(s.scalars(q.order_by(PaymentInfo.id.desc()).limit(n + 1)))
        rows = tuple(PaymentAttemptRow(p.id, p.out_trade_no, p.order_id, p.order_sn, p.trade_no, p.total_amount,
                                       p.payment_status, p.buyer_id, p.created_at, p.paid_at, p.callback_at,
                                       p.last_query_at) for p in found[:n])
    return Page(rows, (rows[-1].id,) if len(found) > n else None)


# --- notify inbox -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NotifyFilter:
    outcome: str | None = None
    search: str = ""  # exact out_trade_no


def list_notifies(ctx: ServiceContext, who: OperatorIdentity, filt: NotifyFilter | None,
                  after_key: tuple[object, ...] | None, limit: int) -> Page[NotifyRow]:
    operators.require(who, "view_payments")
    f = filt or NotifyFilter()
    n = _limit(limit)
    found = payments.list_notifies(ctx.db, NotifyFilters(outcome=f.outcome or None,
                                                         out_trade_no=f.search.strip()[:64] or None),
                                   after_key=_after_id(after_key), limit=n + 1)
    rows = tuple(found[:n])
    return Page(rows, (rows[-1].id,) if len(found) > n else None)


def notify_detail(ctx: ServiceContext, who: OperatorIdentity, notify_row_id: int) -> NotifyDetail:
    operators.require(who, "view_payments")
    return payments.get_notify(ctx.db, notify_row_id)


def notify_row(ctx: ServiceContext, who: OperatorIdentity, notify_row_id: int) -> NotifyRow:
    """One inbox row in list form (to update a table row in place)."""
    d = notify_detail(ctx, who, notify_row_id)
    return NotifyRow(d.id, d.notify_id, d.out_trade_no, d.trade_no, d.trade_status, d.signature_ok, d.outcome,
                     d.detail, d.source, d.received_at)


@dataclass(frozen=True)
class ReplayResult:
    reply: str  # what Alipay would have been answered: success / failure
    outcome: str  # outcome of the new inbox row the replay wrote
    detail: str
    new_row_id: int | None


def replay(ctx: ServiceContext, who: OperatorIdentity, notify_row_id: int, reason: str = "") -> ReplayResult:
    """Run a stored notify through the inbox again (ADMIN). The replay itself writes a REPLAY row."""
    operators.require(who, "replay_notify")
    original = payments.get_notify(ctx.db, notify_row_id)  # NotFound before anything is written
    with ctx.db.reading() as s:
        last_id = s.scalar(select(func.max(PaymentNotify.id))) or 0
    reply = payments.replay_notify(ctx, notify_row_id)
    # handle_notify commits on its own; the audit row follows in a transaction of its own, naming
    # the inbox row the replay produced (the first REPLAY row after the ones that existed before).
    with ctx.db.transaction() as s:
        q = select(PaymentNotify).where(PaymentNotify.id > last_id, PaymentNotify.source == "REPLAY")
        if original.notify_id:
            q = q.where(PaymentNotify.notify_id == original.notify_id)
        new = s.scalars(q.order_by(PaymentNotify.id).limit(1)).first()
        result = ReplayResult(reply, new.outcome if new else "", new.detail if new else "", new.id if new else None)
        audit.record(s, who, "replay_notify", "payment_notify", str(notify_row_id),
                     {"outcome": original.outcome, "out_trade_no": original.out_trade_no},
                     {"reply": reply, "outcome": result.outcome, "inbox_row": result.new_row_id},
                     reason.strip() or None, ctx.clock.now())
    return result


# --- reconciliation ---------------------------------------------------------------------------


def run(ctx: ServiceContext, who: OperatorIdentity, bill_date: dt.date) -> ReconRunRow:
    """Reconcile one Beijing day's bill by hand. A bill that is not ready is refused, nothing written."""
    operators.require(who, "run_reconciliation")
    row = reconciliation.run_reconciliation(ctx, bill_date)
    with ctx.db.transaction() as s:
        audit.record(s, who, "run_reconciliation", "recon_run", str(row.id), None,
                     {"bill_date": row.bill_date, "status": row.status, "matched": row.matched,
                      "exceptions": row.exceptions}, None, ctx.clock.now())
    return row


def list_runs(ctx: ServiceContext, who: OperatorIdentity, limit: int = 100) -> list[ReconRunRow]:
    operators.require(who, "view_reconciliation")
    return reconciliation.list_recon_runs(ctx.db, limit=_limit(limit))


@dataclass(frozen=True)
class ExceptionFilter:
    open_only: bool = True
    run_id: int | None = None


def list_exceptions(ctx: ServiceContext, who: OperatorIdentity, filt: ExceptionFilter | None,
                    after_key: tuple[object, ...] | None, limit: int) -> Page[ReconExceptionRow]:
    operators.require(who, "view_reconciliation")
    f = filt or ExceptionFilter()
    n = _limit(limit)
    found = reconciliation.list_recon_exceptions(ctx.db, run_id=f.run_id, open_only=f.open_only,
                                                 after_key=_after_id(after_key), limit=n + 1)
    rows = tuple(found[:n])
    return Page(rows, (rows[-1].id,) if len(found) > n else None)


def resolve(ctx: ServiceContext, who: OperatorIdentity, exc_id: int, resolution: str,
            note: str) -> ReconExceptionRow:
    """MARK_PAID / REFUND / ANNOTATE; the reconciliation service checks `resolve_recon` and audits."""
    operators.require(who, "resolve_recon")
    return reconciliation.resolve_exception(ctx, exc_id, resolution, who, note)


NOTIFY_OUTCOMES = (notify.PAID, notify.DUPLICATE, notify.LATE_PAYMENT_REFUND, notify.CLOSED, notify.IGNORED_STATUS,
                   notify.BAD_SIGNATURE, notify.BAD_REQUEST, notify.WRONG_APP, notify.WRONG_SELLER,
                   notify.UNKNOWN_TRADE, notify.AMOUNT_MISMATCH, notify.ERROR)
