"""Read side of the Orders page: filtered, sorted, keyset-paged lists and the order detail.

Everything is filtered and sorted in SQL; paging is by keyset (sort value, id), so page 1000 costs
what page 1 costs. Results are frozen rows (rows.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from console.services import errors
from console.services.models import (
    AuditLog,
    Member,
    MqMessage,
    Order,
    OrderEvent,
    OrderItem,
    PaymentInfo,
    PaymentNotify,
    RefundInfo,
    WareOrderTask,
    WareOrderTaskDetail,
)
from console.services.rows import (
    ItemRow,
    OrderDetail,
    OrderRow,
    Page,
    PaymentRow,
    RefundRow,
    TaskDetailRow,
    TaskRow,
    TimelineEntry,
)
from console.services.uow import Database

# Sort names the view may ask for -> column. Each is NOT NULL, so the keyset comparison is total.
SORTS: dict[str, Any] = {
    "created_at": Order.created_at,
    "order_sn": Order.order_sn,
    "status": Order.status,
    "pay_amount": Order.pay_amount,
    "member_id": Order.member_id,
}
MAX_LIMIT = 1000


@dataclass(frozen=True)
class OrderFilter:
    statuses: tuple[str, ...] = ()
    created_from: dt.datetime | None = None
    created_to: dt.datetime | None = None  # exclusive
    search: str = ""  # order_sn, Alipay trade_no / out_trade_no, member id or username
    ware_id: int | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    top_level_only: bool = False


@dataclass(frozen=True)
class Sort:
    key: str = "created_at"
    descending: bool = True


def _conditions(f: OrderFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.statuses:
        conds.append(Order.status.in_(f.statuses))
    if f.created_from is not None:
        conds.append(Order.created_at >= f.created_from)
    if f.created_to is not None:
        conds.append(Order.created_at < f.created_to)
    if f.ware_id is not None:
        conds.append(Order.ware_id == f.ware_id)
    if f.amount_min is not None:
        conds.append(Order.pay_amount >= f.amount_min)
    if f.amount_max is not None:
        conds.append(Order.pay_amount <= f.amount_max)
    if f.top_level_only:
        conds.append(Order.parent_id.is_(None))
    text = f.search.strip()
    if text:
        # Exact matches only: each alternative is an indexed lookup.
        alts: list[ColumnElement[bool]] = [
            Order.order_sn == text,
            Order.id.in_(select(PaymentInfo.order_id).where(
                or_(PaymentInfo.trade_no == text, PaymentInfo.out_trade_no == text))),
            Order.member_id.in_(select(Member.id).where(Member.username == text)),
        ]
        if text.isdigit() and len(text) < 10:
            alts.append(Order.member_id == int(text))
        conds.append(or_(*alts))
    return conds


def _validate(f: OrderFilter, sort: Sort, limit: int) -> None:
    if sort.key not in SORTS:
        raise errors.InvalidInput(f"cannot sort by {sort.key!r}")
    if not 0 < limit <= MAX_LIMIT:
        raise errors.InvalidInput(f"page size must be 1-{MAX_LIMIT}")
    if f.amount_min is not None and f.amount_max is not None and f.amount_min > f.amount_max:
        raise errors.InvalidInput("the minimum amount is above the maximum")
    if f.created_from and f.created_to and f.created_from >= f.created_to:
        raise errors.InvalidInput("the date range is empty (from is not before to)")


_ROW_COLUMNS = (Order.id, Order.order_sn, Order.member_id, Order.status, Order.close_reason, Order.pay_amount,
                Order.total_amount, Order.ware_id, Order.parent_id, Order.receiver_name, Order.created_at,
                Order.paid_at, Order.version, Order.payment_flag)


def _member_names(s: Session, member_ids: set[int]) -> dict[int, str]:
    if not member_ids:
        return {}
    return {mid: name for mid, name in s.execute(
        select(Member.id, Member.username).where(Member.id.in_(member_ids)))}


def _order_row(o: Order, names: dict[int, str]) -> OrderRow:
    return OrderRow(
        id=o.id, order_sn=o.order_sn, member_id=o.member_id, member_name=names.get(o.member_id, ""),
        status=o.status, close_reason=o.close_reason, pay_amount=o.pay_amount, total_amount=o.total_amount,
        ware_id=o.ware_id, parent_id=o.parent_id, receiver_name=o.receiver_name, created_at=o.created_at,
        paid_at=o.paid_at, version=o.version, payment_flag=o.payment_flag)


def list_orders(db: Database, filt: OrderFilter, sort: Sort | None = None,
                after_key: tuple[object, ...] | None = None, limit: int = 100) -> Page[OrderRow]:
    """One page of orders matching `filt`, ordered by (sort key, id), starting after `after_key`."""
    sort = sort or Sort()
    _validate(filt, sort, limit)
    col = SORTS[sort.key]
    conds = _conditions(filt)
    if after_key is not None:
        value, last_id = after_key
        if sort.descending:
            conds.append(or_(col < value, and_(col == value, Order.id < last_id)))
        else:
            conds.append(or_(col > value, and_(col == value, Order.id > last_id)))
    order_by = (col.desc(), Order.id.desc()) if sort.descending else (col.asc(), Order.id.asc())
    with db.reading() as s:
        # Plain columns, not ORM entities: a page is built several times faster.
        found = list(s.execute(select(*_ROW_COLUMNS).where(*conds).order_by(*order_by).limit(limit + 1)))
        more = len(found) > limit
        found = found[:limit]
        names = _member_names(s, {r.member_id for r in found})
    rows = tuple(OrderRow(member_name=names.get(r.member_id, ""), **r._asdict()) for r in found)
    next_key = (getattr(found[-1], col.key), found[-1].id) if more and found else None
    return Page(rows=rows, next_key=next_key)


def count_orders(db: Database, filt: OrderFilter) -> int:
    from sqlalchemy import func

    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Order).where(*_conditions(filt))) or 0)


def get_order_row(db: Database, order_sn: str) -> OrderRow:
    with db.reading() as s:
        o = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
        if o is None:
            raise errors.NotFound(f"no order {order_sn}")
        return _order_row(o, _member_names(s, {o.member_id}))


def order_detail(db: Database, order_sn: str) -> OrderDetail:
    with db.reading() as s:
        o = s.scalars(select(Order).where(Order.order_sn == order_sn)).first()
        if o is None:
            raise errors.NotFound(f"no order {order_sn}")
        items = tuple(ItemRow(i.sku_code, i.sku_name, i.price, i.quantity, i.real_amount, i.refunded_amount,
                              i.ware_id)
                      for i in s.scalars(select(OrderItem).where(OrderItem.order_id == o.id)
                                         .order_by(OrderItem.id)))
        attempts = list(s.scalars(select(PaymentInfo).where(PaymentInfo.order_id == o.id)
                                  .order_by(PaymentInfo.created_at, PaymentInfo.id)))
        payments = tuple(PaymentRow(p.out_trade_no, p.trade_no, p.total_amount, p.payment_status,
                                    p.created_at, p.paid_at) for p in attempts)
        refunds = tuple(RefundRow(r.out_request_no, r.refund_amount, r.refund_status, r.reason, r.created_at,
                                  r.refunded_at)
                        for r in s.scalars(select(RefundInfo).where(RefundInfo.order_id == o.id)
                                           .order_by(RefundInfo.created_at, RefundInfo.id)))
        kids = list(s.scalars(select(Order).where(Order.parent_id == o.id).order_by(Order.id)))
        names = _member_names(s, {o.member_id} | {k.member_id for k in kids})
        task_row: TaskRow | None = None
        task = s.scalars(select(WareOrderTask).where(WareOrderTask.order_sn == o.order_sn)).first()
        if task is not None:
            details = tuple(TaskDetailRow(d.sku_id, d.ware_id, d.sku_num, d.lock_status)
                            for d in s.scalars(select(WareOrderTaskDetail)
                                               .where(WareOrderTaskDetail.task_id == task.id)
                                               .order_by(WareOrderTaskDetail.id)))
            task_row = TaskRow(task.id, task.task_status, details)
        timeline = _timeline(s, o, [p.out_trade_no for p in attempts])
        address = " ".join(p for p in (o.receiver_province, o.receiver_city, o.receiver_region,
                                       o.receiver_detail) if p)
        return OrderDetail(
            order=_order_row(o, names), freight_amount=o.freight_amount, coupon_amount=o.coupon_amount,
            points_amount=o.points_amount, adjust_amount=o.adjust_amount, receiver_phone=o.receiver_phone,
            address=address, note=o.note, carrier=o.carrier, tracking_no=o.tracking_no,
            pay_deadline=o.pay_deadline, items=items, payments=payments, refunds=refunds,
            children=tuple(_order_row(k, names) for k in kids), task=task_row, timeline=timeline)


def _timeline(s: Session, o: Order, out_trade_nos: list[str]) -> tuple[TimelineEntry, ...]:
    """One timeline: order events, outbox messages, payment notifies and audit rows, by time."""
    entries: list[tuple[dt.datetime, int, TimelineEntry]] = []
    for ev in s.scalars(select(OrderEvent).where(OrderEvent.order_id == o.id)):
        entries.append((ev.created_at, 0,
                        TimelineEntry(ev.created_at, "event", ev.kind, ev.actor, ev.detail)))
    for m in s.scalars(select(MqMessage).where(MqMessage.order_sn == o.order_sn)):
        detail = f"{m.to_exchange} / {m.routing_key} — status {m.message_status}"
        if m.last_error:
            detail += f" — {m.last_error}"
        entries.append((m.created_at, 1,
                        TimelineEntry(m.created_at, "message", m.class_type, "outbox", detail)))
    if out_trade_nos:
        for n in s.scalars(select(PaymentNotify).where(PaymentNotify.out_trade_no.in_(out_trade_nos))):
            sig = "signature ok" if n.signature_ok else "BAD signature"
            entries.append((n.received_at, 2, TimelineEntry(
                n.received_at, "notify", n.trade_status or "?", n.source.lower(),
                f"{n.out_trade_no}: {n.outcome} ({sig}) {n.detail}".strip())))
    for a in s.scalars(select(AuditLog).where(AuditLog.object_type == "order",
                                              AuditLog.object_id == o.order_sn)):
        detail = f"{a.before or ''} → {a.after or ''}" + (f" — {a.reason}" if a.reason else "")
        entries.append((a.created_at, 3, TimelineEntry(a.created_at, "audit", a.action,
                                                       f"{a.operator_name} ({a.role})", detail)))
    entries.sort(key=lambda e: (e[0], e[1]))
    return tuple(e[2] for e in entries)


def list_warehouses(db: Database) -> list[tuple[int, str]]:
    from console.services.models import Warehouse

    with db.reading() as s:
        return [(i, f"{code} {name}") for i, code, name in
                s.execute(select(Warehouse.id, Warehouse.code, Warehouse.name).order_by(Warehouse.code))]


EXPORT_COLUMNS = ("order_sn", "created_at", "status", "close_reason", "member_id", "member_name",
                  "pay_amount", "total_amount", "ware_id", "receiver_name", "paid_at")


def export_orders_csv(db: Database, filt: OrderFilter, sort: Sort, path: str) -> int:
    """Write every order matching the filter to a UTF-8 CSV (with BOM, so Excel reads Chinese)."""
    import csv

    _validate(filt, sort, MAX_LIMIT)
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(EXPORT_COLUMNS)
        for rows in _export_pages(db, filt, sort):
            for r in rows:
                w.writerow([_csv(getattr(r, c)) for c in EXPORT_COLUMNS])
            count += len(rows)
    return count


# Column widths in characters for the .xlsx export, in EXPORT_COLUMNS order.
_XLSX_WIDTHS = (24, 20, 17, 13, 10, 14, 12, 12, 8, 16, 20)


def export_orders_xlsx(db: Database, filt: OrderFilter, sort: Sort, path: str) -> int:
    """The same columns as the CSV in a one-sheet .xlsx, streamed page by page: order numbers as text,
    amounts as exact numeric cells, times as real Excel dates (UTC wall clock, like the CSV)."""
    from console.services import xlsx

    _validate(filt, sort, MAX_LIMIT)
    too_many = errors.InvalidInput(
        f"more orders match than an Excel sheet holds ({xlsx.MAX_ROWS - 1:,}): narrow the filter or export CSV")
    count = 0
    with xlsx.XlsxWriter(path, sheet_name="Orders", header=EXPORT_COLUMNS, widths=_XLSX_WIDTHS) as w:
        if count_orders(db, filt) > xlsx.MAX_ROWS - 1:
            raise too_many
        try:
            for rows in _export_pages(db, filt, sort):
                for r in rows:
                    w.write_row([_xlsx(getattr(r, c)) for c in EXPORT_COLUMNS])
                count += len(rows)
        except xlsx.SheetFull:  # orders arrived after the count
            raise too_many from None
    return count


def _export_pages(db: Database, filt: OrderFilter, sort: Sort) -> Iterator[tuple[OrderRow, ...]]:
    """Every matching order, one keyset page at a time: an export of a million rows holds one page."""
    key: tuple[object, ...] | None = None
    while True:
        page = list_orders(db, filt, sort, key, MAX_LIMIT)
        yield page.rows
        if page.next_key is None:
            return
        key = page.next_key


def _xlsx(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        # The UTC wall clock to the second, as the CSV writes it (Excel would round a .6 s up).
        utc = value.astimezone(dt.UTC) if value.tzinfo is not None else value
        return utc.replace(tzinfo=None, microsecond=0)
    return value


def _csv(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)
