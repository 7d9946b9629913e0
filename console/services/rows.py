"""Frozen rows handed to the views: plain values, never ORM instances (views stay free of SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    # Keyset of the last row, to ask for the next page; None when there is none.
    next_key: tuple[object, ...] | None

    @property
    def has_more(self) -> bool:
        return self.next_key is not None


@dataclass(frozen=True)
class OperatorIdentity:
    id: int
    username: str
    role: str


@dataclass(frozen=True)
class OperatorRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    created_at: dt.datetime


@dataclass(frozen=True)
class OrderRow:
    id: int
    order_sn: str
    member_id: int
    member_name: str
    status: str
    close_reason: str | None
    pay_amount: Decimal
    total_amount: Decimal
    ware_id: int | None
    parent_id: int | None
    receiver_name: str
    created_at: dt.datetime
    paid_at: dt.datetime | None
    version: int
    payment_flag: str | None


@dataclass(frozen=True)
class ItemRow:
    sku_code: str
    sku_name: str
    price: Decimal
    quantity: int
    real_amount: Decimal
    refunded_amount: Decimal
    ware_id: int | None


@dataclass(frozen=True)
class PaymentRow:
    out_trade_no: str
    trade_no: str | None
    total_amount: Decimal
    payment_status: str
    created_at: dt.datetime
    paid_at: dt.datetime | None


@dataclass(frozen=True)
class RefundRow:
    out_request_no: str
    refund_amount: Decimal
    refund_status: str
    reason: str
    created_at: dt.datetime
    refunded_at: dt.datetime | None


@dataclass(frozen=True)
class TaskDetailRow:
    sku_id: int
    ware_id: int
    sku_num: int
    lock_status: str


@dataclass(frozen=True)
class TaskRow:
    id: int
    task_status: str
    details: tuple[TaskDetailRow, ...]


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    source: str  # event | message | notify | audit
    kind: str
    actor: str
    detail: str


@dataclass(frozen=True)
class OrderDetail:
    order: OrderRow
    freight_amount: Decimal
    coupon_amount: Decimal
    points_amount: Decimal
    adjust_amount: Decimal
    receiver_phone: str
    address: str
    note: str
    carrier: str | None
    tracking_no: str | None
    pay_deadline: dt.datetime | None
    items: tuple[ItemRow, ...]
    payments: tuple[PaymentRow, ...]
    refunds: tuple[RefundRow, ...]
    children: tuple[OrderRow, ...]
    task: TaskRow | None
    timeline: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class AuditRow:
    id: int
    operator_name: str
    role: str
    action: str
    object_type: str
    object_id: str
    before: str | None
    after: str | None
    reason: str | None
    created_at: dt.datetime
