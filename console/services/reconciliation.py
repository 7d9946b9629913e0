"""Reconciliation: the Alipay trade bill of a day against payment_info, orders and refund_info.

Each discrepancy becomes a ReconException (ONLY_ALIPAY, ONLY_OURS, AMOUNT_MISMATCH, STATUS_MISMATCH)
that a person resolves (MARK_PAID, REFUND, ANNOTATE), audited. Bill days are Beijing days, as Alipay's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from console.services import audit, operators, payments
from console.services.context import ServiceContext
from console.services.errors import GatewayError, InvalidInput, InvalidTransition, NotFound, RefundExceedsPaid
from console.services.models import Order, PaymentInfo, ReconException, ReconRun, RefundInfo
from console.services.rows import OperatorIdentity
from console.services.states import OrderStatus, RefundStatus
from console.services.uow import Database

log = logging.getLogger(__name__)

BEIJING = dt.timezone(dt.timedelta(hours=8))
ONLY_ALIPAY, ONLY_OURS = "ONLY_ALIPAY", "ONLY_OURS"
AMOUNT_MISMATCH, STATUS_MISMATCH = "AMOUNT_MISMATCH", "STATUS_MISMATCH"
RESOLUTIONS = ("MARK_PAID", "REFUND", "ANNOTATE")
_LIVE_REFUNDS = (RefundStatus.PENDING.value, RefundStatus.SUCCEEDED.value, RefundStatus.UNKNOWN.value)


class BillFormatError(ValueError):
    """The bill file is not the zip of GBK CSVs Alipay serves."""


@dataclass(frozen=True)
class BillEntry:
    kind: str  # PAY or REFUND
    trade_no: str
    out_trade_no: str
    order_amount: Decimal
    received: Decimal  # what the merchant got; negative for a refund
    out_request_no: str
    finished: str


def _money(text: str, where: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", "") or "0")
    except InvalidOperation:
        raise BillFormatError(f"{where}: {text!r} is not an amount") from None


def parse_bill(data: bytes) -> list[BillEntry]:
    """The detail CSV of a trade bill zip: the file whose header row starts with 支付宝交易号."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BillFormatError("the bill is not a zip file") from None
    for info in zf.infolist():
        try:
            text = zf.read(info).decode("gbk")
        except UnicodeDecodeError:
            continue
        rows = [r for r in csv.reader(io.StringIO(text)) if r and not r[0].lstrip().startswith("#")]
        if not rows or rows[0][0].strip() != "支付宝交易号" or "业务类型" not in [c.strip() for c in rows[0]]:
            continue
        head = [c.strip() for c in rows[0]]
        try:
            col = {name: head.index(name) for name in ("支付宝交易号", "商户订单号", "业务类型", "完成时间",
                                                        "订单金额（元）", "商家实收（元）", "退款批次号/请求号")}
        except ValueError as exc:
            raise BillFormatError(f"bill header lacks a column: {exc}") from None
        out: list[BillEntry] = []
        for n, row in enumerate(rows[1:], start=2):
            if len(row) < len(head):
                raise BillFormatError(f"bill line {n} has {len(row)} columns, the header {len(head)}")
            kind = {"交易": "PAY", "退款": "REFUND"}.get(row[col["业务类型"]].strip())
            if kind is None:
                continue  # other business types (e.g. fees) are not ours to match
            out.append(BillEntry(kind, row[col["支付宝交易号"]].strip(), row[col["商户订单号"]].strip(),
                                 _money(row[col["订单金额（元）"]], f"line {n}"),
                                 _money(row[col["商家实收（元）"]], f"line {n}"),
                                 row[col["退款批次号/请求号"]].strip(), row[col["完成时间"]].strip()))
        return out
    raise BillFormatError("the bill zip holds no detail CSV (header 支付宝交易号 … 业务类型)")


@dataclass(frozen=True)
class ReconRunRow:
    id: int
    bill_date: str
    status: str
    matched: int
    exceptions: int
    detail: str
    started_at: dt.datetime
    finished_at: dt.datetime | None


@dataclass(frozen=True)
class ReconExceptionRow:
    id: int
    run_id: int
    bill_date: str
    kind: str
    out_trade_no: str | None
    trade_no: str | None
    out_request_no: str | None
    our_amount: Decimal | None
    their_amount: Decimal | None
    detail: str
    resolution: str | None
    resolved_by: str | None
    resolved_at: dt.datetime | None
    note: str | None


def _run_row(r: ReconRun) -> ReconRunRow:
    return ReconRunRow(r.id, r.bill_date, r.status, r.matched, r.exceptions, r.detail, r.started_at, r.finished_at)


def _exc_row(e: ReconException) -> ReconExceptionRow:
    return ReconExceptionRow(e.id, e.run_id, e.bill_date, e.kind, e.out_trade_no, e.trade_no, e.out_request_no,
                             e.our_amount, e.their_amount, e.detail, e.resolution, e.resolved_by, e.resolved_at,
                             e.note)


def day_window(bill_date: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(bill_date, dt.time(), BEIJING).astimezone(dt.UTC)
    return start, start + dt.timedelta(days=1)


def run_reconciliation(ctx: ServiceContext, bill_date: dt.date) -> ReconRunRow:
    """Download and match one day's bill. The run is recorded even when the download fails."""
    now = ctx.clock.now()
    if bill_date >= now.astimezone(BEIJING).date():
        raise InvalidInput(f"the bill of {bill_date} is not ready yet (bills come the next morning, Beijing time)")
    with ctx.db.transaction() as s:
        run = ReconRun(bill_date=bill_date.isoformat(), status="RUNNING", started_at=now)
        s.add(run)
        s.flush()
        run_id = run.id
    try:
        gw = payments.gateway(ctx)
        entries = parse_bill(gw.download_bill(gw.bill_download_url(bill_date)))
    except (GatewayError, BillFormatError) as exc:
        with ctx.db.transaction() as s:
            s.execute(update(ReconRun).where(ReconRun.id == run_id).values(
                status="FAILED", detail=str(exc)[:500], finished_at=ctx.clock.now()))
            r = s.get(ReconRun, run_id)
            assert r is not None
            return _run_row(r)
    with ctx.db.transaction() as s:
        found = _match(s, run_id, bill_date, entries)
        matched = len(entries) - sum(1 for e in found if e.kind != ONLY_OURS)
        for e in found:
            s.add(e)
        r = s.get(ReconRun, run_id)
        assert r is not None
        r.status, r.matched, r.exceptions = "DONE", max(matched, 0), len(found)
        r.detail = f"{len(entries)} bill lines, {len(found)} exceptions"
        r.finished_at = ctx.clock.now()
        s.flush()
        return _run_row(r)


def _match(s: Session, run_id: int, bill_date: dt.date, entries: list[BillEntry]) -> list[ReconException]:
    day = bill_date.isoformat()
    start, end = day_window(bill_date)
    out: list[ReconException] = []

    def exc(kind: str, detail: str, *, out_trade_no: str | None = None, trade_no: str | None = None,
            out_request_no: str | None = None, ours: Decimal | None = None, theirs: Decimal | None = None) -> None:
        out.append(ReconException(run_id=run_id, bill_date=day, kind=kind, out_trade_no=out_trade_no,
                                  trade_no=trade_no, out_request_no=out_request_no, our_amount=ours,
                                  their_amount=theirs, detail=detail[:500]))

    pays = [e for e in entries if e.kind == "PAY"]
    refunds = [e for e in entries if e.kind == "REFUND"]
    attempts = {p.out_trade_no: p for p in s.scalars(
        select(PaymentInfo).where(PaymentInfo.out_trade_no.in_([e.out_trade_no for e in pays] or [""])))}
    for e in pays:
        p = attempts.get(e.out_trade_no)
        if p is None:
            exc(ONLY_ALIPAY, "paid at Alipay, no payment attempt of ours", out_trade_no=e.out_trade_no,
                trade_no=e.trade_no, theirs=e.order_amount)
            continue
        if p.total_amount != e.order_amount:
            exc(AMOUNT_MISMATCH, f"bill {e.order_amount}, attempt {p.total_amount}", out_trade_no=e.out_trade_no,
                trade_no=e.trade_no, ours=p.total_amount, theirs=e.order_amount)
            continue
        if p.payment_status not in payments.PAID_STATUSES:
            exc(STATUS_MISMATCH, f"paid at Alipay, attempt is {p.payment_status}", out_trade_no=e.out_trade_no,
                trade_no=e.trade_no, ours=p.total_amount, theirs=e.order_amount)
            continue
        order = s.get(Order, p.order_id)
        refunded_or_pending = s.scalar(select(func.count()).select_from(RefundInfo).where(
            RefundInfo.out_trade_no == p.out_trade_no, RefundInfo.refund_status.in_(_LIVE_REFUNDS)))
        if order is not None and order.status in (OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED) \
                and not refunded_or_pending:
            exc(STATUS_MISMATCH, f"paid at Alipay, order {order.order_sn} is {order.status} and no refund exists",
                out_trade_no=e.out_trade_no, trade_no=e.trade_no, ours=p.total_amount, theirs=e.order_amount)
    billed = {e.out_trade_no for e in pays}
    for p in s.scalars(select(PaymentInfo).where(PaymentInfo.paid_at >= start, PaymentInfo.paid_at < end,
                                                 PaymentInfo.payment_status.in_(payments.PAID_STATUSES))):
        if p.out_trade_no not in billed:
            exc(ONLY_OURS, "paid in our ledger, not in Alipay's bill", out_trade_no=p.out_trade_no,
                trade_no=p.trade_no, ours=p.total_amount)

    ours_r = {r.out_request_no: r for r in s.scalars(
        select(RefundInfo).where(RefundInfo.out_request_no.in_([e.out_request_no for e in refunds] or [""])))}
    for e in refunds:
        r = ours_r.get(e.out_request_no)
        amount = -e.received
        if r is None:
            exc(ONLY_ALIPAY, "refund at Alipay, none of ours", out_trade_no=e.out_trade_no, trade_no=e.trade_no,
                out_request_no=e.out_request_no, theirs=amount)
        elif r.refund_amount != amount:
            exc(AMOUNT_MISMATCH, f"bill refund {amount}, ours {r.refund_amount}", out_trade_no=e.out_trade_no,
                trade_no=e.trade_no, out_request_no=e.out_request_no, ours=r.refund_amount, theirs=amount)
        elif r.refund_status != RefundStatus.SUCCEEDED:
            exc(STATUS_MISMATCH, f"refunded at Alipay, ours is {r.refund_status}", out_trade_no=e.out_trade_no,
                trade_no=e.trade_no, out_request_no=e.out_request_no, ours=r.refund_amount, theirs=amount)
    billed_r = {e.out_request_no for e in refunds}
    for r in s.scalars(select(RefundInfo).where(RefundInfo.refunded_at >= start, RefundInfo.refunded_at < end,
                                                RefundInfo.refund_status == RefundStatus.SUCCEEDED.value)):
        if r.out_request_no not in billed_r:
            exc(ONLY_OURS, "refund succeeded in our ledger, not in Alipay's bill", out_trade_no=r.out_trade_no,
                out_request_no=r.out_request_no, ours=r.refund_amount)
    return out


def resolve_exception(ctx: ServiceContext, exc_id: int, resolution: str, operator: OperatorIdentity,
                      note: str) -> ReconExceptionRow:
    """Settle one exception by hand, audited. MARK_PAID applies the payment as a notify would;
    REFUND pays the billed amount back (after commit); ANNOTATE only records the note."""
    operators.require(operator, "resolve_recon")
    if resolution not in RESOLUTIONS:
        raise InvalidInput(f"resolution {resolution!r} is not one of {', '.join(RESOLUTIONS)}")
    note = (note or "").strip()
    if not note:
        raise InvalidInput("a note saying why is required")
    if len(note) > 500:
        raise InvalidInput("the note is longer than 500 characters")
    now = ctx.clock.now()
    refund_id: int | None = None
    with ctx.db.transaction() as s:
        e = s.get(ReconException, exc_id)
        if e is None:
            raise NotFound(f"reconciliation exception {exc_id} does not exist")
        if e.resolution is not None:
            raise InvalidTransition(f"exception {exc_id} was already resolved ({e.resolution} by {e.resolved_by})")
        before = {"resolution": None, "kind": e.kind, "out_trade_no": e.out_trade_no}
        attempt = s.scalars(select(PaymentInfo).where(PaymentInfo.out_trade_no == e.out_trade_no)).one_or_none() \
            if e.out_trade_no else None
        action_detail = ""
        if resolution == "MARK_PAID":
            if attempt is None or e.out_request_no or e.kind not in (ONLY_ALIPAY, STATUS_MISMATCH):
                raise InvalidInput("MARK_PAID needs a payment Alipay has and we lack, on a known payment attempt")
            if attempt.payment_status in payments.PAID_STATUSES:
                raise InvalidTransition(f"attempt {attempt.out_trade_no} is already paid; use REFUND or ANNOTATE")
            applied = payments.apply_paid(s, attempt, trade_no=e.trade_no, buyer_id=None, paid_at=None, now=now,
                                          source="RECON")
            refund_id, action_detail = applied.refund_id, applied.detail
        elif resolution == "REFUND":
            if attempt is None or e.their_amount is None or e.out_request_no:
                raise InvalidInput("REFUND needs a payment of a known attempt that Alipay holds")
            taken = s.scalar(select(func.coalesce(func.sum(RefundInfo.refund_amount), 0)).where(
                RefundInfo.out_trade_no == attempt.out_trade_no, RefundInfo.refund_status.in_(_LIVE_REFUNDS)))
            amount = e.their_amount - Decimal(taken or 0)
            if amount <= 0:
                raise RefundExceedsPaid(f"{attempt.out_trade_no} is already refunded in full")
            r = RefundInfo(out_request_no=f"{attempt.out_trade_no}-RC{exc_id}"[:64], order_id=attempt.order_id,
                           order_sn=attempt.order_sn, out_trade_no=attempt.out_trade_no, trade_no=e.trade_no,
                           refund_amount=amount, refund_status=RefundStatus.PENDING.value,
                           reason=f"reconciliation {e.bill_date}: {note}"[:255], attempts=0, next_try_at=now,
                           created_at=now, updated_at=now)
            s.add(r)
            s.flush()
            refund_id, action_detail = r.id, f"refund {r.out_request_no} of {amount}"
        moved = s.execute(update(ReconException).where(ReconException.id == exc_id,
                                                       ReconException.resolution.is_(None))
                          .values(resolution=resolution, resolved_by=operator.username, resolved_at=now,
                                  note=note)).rowcount  # type: ignore[attr-defined]
        if moved != 1:
            raise InvalidTransition(f"exception {exc_id} was resolved by someone else meanwhile")
        audit.record(s, operator, f"RECON_{resolution}", "recon_exception", str(exc_id), before,
                     {"resolution": resolution, "effect": action_detail}, note, now)
        s.flush()
        s.refresh(e)
        row = _exc_row(e)
    payments.refund_and_log(ctx, refund_id)
    return row


def list_recon_runs(db: Database, after_key: int | None = None, limit: int = 50) -> list[ReconRunRow]:
    q = select(ReconRun)
    if after_key is not None:
        q = q.where(ReconRun.id < after_key)
    with db.reading() as s:
        return [_run_row(r) for r in s.scalars(q.order_by(ReconRun.id.desc()).limit(max(1, min(limit, 500))))]


def list_recon_exceptions(db: Database, run_id: int | None = None, open_only: bool = False,
                          kind: str | None = None, after_key: int | None = None,
                          limit: int = 50) -> list[ReconExceptionRow]:
    q = select(ReconException)
    if run_id is not None:
        q = q.where(ReconException.run_id == run_id)
    if open_only:
        q = q.where(ReconException.resolution.is_(None))
    if kind:
        q = q.where(ReconException.kind == kind)
    if after_key is not None:
        q = q.where(ReconException.id < after_key)
    with db.reading() as s:
        return [_exc_row(e) for e in s.scalars(q.order_by(ReconException.id.desc()).limit(max(1, min(limit, 500))))]


def last_done(db: Database, bill_date: dt.date) -> ReconRunRow | None:
    with db.reading() as s:
        r = s.scalars(select(ReconRun).where(ReconRun.bill_date == bill_date.isoformat(), ReconRun.status == "DONE")
                      .order_by(ReconRun.id.desc()).limit(1)).first()
        return _run_row(r) if r else None
