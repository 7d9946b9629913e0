"""The data model of DESIGN.md §4 as SQLAlchemy 2 typed mappings.

Money is NUMERIC(14, 2) mapped to Decimal; every timestamp is stored as naive UTC and read back
as an aware UTC datetime (SQLite and MariaDB keep no zone). States are short strings (states.py).
Every list the console filters or sorts has an index behind it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC in Python, naive UTC in the database, identical on every backend."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def Money() -> Numeric[Decimal]:  # reads like a type in the mappings
    return Numeric(14, 2, asdecimal=True)


ZERO = Decimal("0.00")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime, Decimal: Numeric(14, 2)}


# --- people ------------------------------------------------------------------------------------


class Member(Base):
    __tablename__ = "member"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    nickname: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    points: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]
    __table_args__ = (CheckConstraint("points >= 0", name="points_nonneg"),)


class MemberAddress(Base):
    __tablename__ = "member_address"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    receiver_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32))
    province: Mapped[str] = mapped_column(String(32), default="")
    city: Mapped[str] = mapped_column(String(32), default="")
    region: Mapped[str] = mapped_column(String(32), default="")
    detail: Mapped[str] = mapped_column(String(255), default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Coupon(Base):
    __tablename__ = "coupon"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    amount: Mapped[Decimal] = mapped_column(Money())
    min_order_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    status: Mapped[str] = mapped_column(String(16), default="UNUSED")
    used_order_sn: Mapped[str | None] = mapped_column(String(32), default=None)
    valid_until: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(Integer, default=0)


class Operator(Base):
    """A person using the console: MERCHANT, SUPPORT or ADMIN."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    operator_id: Mapped[int | None] = mapped_column(Integer, default=None)
    operator_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text, default=None)
    after: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str | None] = mapped_column(String(500), default=None)
    created_at: Mapped[dt.datetime]
    __table_args__ = (
        Index("ix_audit_object", "object_type", "object_id"),
        Index("ix_audit_created", "created_at"),
    )


# --- catalogue and stock ----------------------------------------------------------------------


class Sku(Base):
    __tablename__ = "sku"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku_code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    price: Mapped[Decimal] = mapped_column(Money())
    weight_grams: Mapped[int] = mapped_column(Integer, default=0)
    on_sale: Mapped[bool] = mapped_column(Boolean, default=True)


class Warehouse(Base):
    __tablename__ = "warehouse"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    region: Mapped[str] = mapped_column(String(32), default="")


class WareSku(Base):
    __tablename__ = "ware_sku"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    ware_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    stock_locked: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        UniqueConstraint("sku_id", "ware_id", name="uq_ware_sku_sku_ware"),
        CheckConstraint("stock_locked >= 0 AND stock_locked <= stock", name="locked_within_stock"),
    )


class WareOrderTask(Base):
    """A stock work order: one per order."""

    __tablename__ = "ware_order_task"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    order_sn: Mapped[str] = mapped_column(String(32), unique=True)
    task_status: Mapped[str] = mapped_column(String(16), default="LOCKED")
    created_at: Mapped[dt.datetime] = mapped_column(index=True)
    updated_at: Mapped[dt.datetime]


class WareOrderTaskDetail(Base):
    """One line of a work order: SKU x warehouse x quantity, with its lock status."""

    __tablename__ = "ware_order_task_detail"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("ware_order_task.id"), index=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id"))
    ware_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    sku_num: Mapped[int] = mapped_column(Integer)
    lock_status: Mapped[str] = mapped_column(String(16), default="LOCKED")
    updated_at: Mapped[dt.datetime]
    __table_args__ = (
        CheckConstraint("sku_num > 0", name="num_positive"),
        Index("ix_task_detail_status_sku_ware", "lock_status", "sku_id", "ware_id"),
    )


# --- orders -----------------------------------------------------------------------------------


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    order_sn: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(24))
    close_reason: Mapped[str | None] = mapped_column(String(16), default=None)
    total_amount: Mapped[Decimal] = mapped_column(Money())
    pay_amount: Mapped[Decimal] = mapped_column(Money())
    freight_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    coupon_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    points_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    adjust_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    coupon_id: Mapped[int | None] = mapped_column(Integer, default=None)
    points_used: Mapped[int] = mapped_column(Integer, default=0)
    pay_type: Mapped[str] = mapped_column(String(16), default="ALIPAY")
    receiver_name: Mapped[str] = mapped_column(String(64), default="")
    receiver_phone: Mapped[str] = mapped_column(String(32), default="")
    receiver_province: Mapped[str] = mapped_column(String(32), default="")
    receiver_city: Mapped[str] = mapped_column(String(32), default="")
    receiver_region: Mapped[str] = mapped_column(String(32), default="")
    receiver_detail: Mapped[str] = mapped_column(String(255), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    pay_deadline: Mapped[dt.datetime | None] = mapped_column(default=None)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), default=None, index=True)
    ware_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    carrier: Mapped[str | None] = mapped_column(String(32), default=None)
    tracking_no: Mapped[str | None] = mapped_column(String(64), default=None)
    # Set when money arrived on an order that could no longer take it (e.g. paid after cancel).
    payment_flag: Mapped[str | None] = mapped_column(String(32), default=None)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    paid_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    shipped_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    __table_args__ = (
        # Keyset paging: (created_at, id) with and without a status filter.
        Index("ix_orders_created_id", "created_at", "id"),
        Index("ix_orders_member_created_id", "member_id", "created_at", "id"),
        Index("ix_orders_status_created_id", "status", "created_at", "id"),
        Index("ix_orders_status_deadline", "status", "pay_deadline"),
        Index("ix_orders_status_shipped", "status", "shipped_at"),
        Index("ix_orders_pay_amount", "pay_amount"),
    )


class OrderItem(Base):
    __tablename__ = "order_item"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    order_sn: Mapped[str] = mapped_column(String(32), index=True)
    sku_id: Mapped[int] = mapped_column(Integer)
    sku_code: Mapped[str] = mapped_column(String(32))
    sku_name: Mapped[str] = mapped_column(String(128))
    price: Mapped[Decimal] = mapped_column(Money())
    quantity: Mapped[int] = mapped_column(Integer)
    # The item's share of the amount paid after coupons, points and adjustments.
    real_amount: Mapped[Decimal] = mapped_column(Money())
    ware_id: Mapped[int | None] = mapped_column(Integer, default=None)
    refunded_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    __table_args__ = (CheckConstraint("quantity > 0", name="qty_positive"),)


class OrderEvent(Base):
    """The order's timeline: one row per thing that happened to it."""

    __tablename__ = "order_event"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    order_id: Mapped[int] = mapped_column(Integer)
    order_sn: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(1000), default="")
    actor: Mapped[str] = mapped_column(String(64), default="system")
    created_at: Mapped[dt.datetime]
    __table_args__ = (Index("ix_order_event_order_created", "order_id", "created_at"),)


# --- payments ---------------------------------------------------------------------------------


class PaymentInfo(Base):
    """One payment attempt per out_trade_no, mirroring the Alipay trade."""

    __tablename__ = "payment_info"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    out_trade_no: Mapped[str] = mapped_column(String(64), unique=True)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    order_sn: Mapped[str] = mapped_column(String(32), index=True)
    trade_no: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    total_amount: Mapped[Decimal] = mapped_column(Money())
    subject: Mapped[str] = mapped_column(String(256), default="")
    payment_status: Mapped[str] = mapped_column(String(24), default="WAIT_BUYER_PAY")
    buyer_id: Mapped[str | None] = mapped_column(String(64), default=None)
    raw_notify: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(index=True)
    updated_at: Mapped[dt.datetime]
    paid_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    callback_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_query_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    __table_args__ = (Index("ix_payment_status_created", "payment_status", "created_at"),)


class PaymentNotify(Base):
    """The notify inbox: every raw notify, its signature verdict and what came of it."""

    __tablename__ = "payment_notify"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    notify_id: Mapped[str | None] = mapped_column(String(128), default=None, index=True)
    out_trade_no: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    trade_no: Mapped[str | None] = mapped_column(String(64), default=None)
    trade_status: Mapped[str | None] = mapped_column(String(24), default=None)
    raw_body: Mapped[str] = mapped_column(Text)
    signature_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str] = mapped_column(String(16), default="NOTIFY")
    received_at: Mapped[dt.datetime] = mapped_column(index=True)


class RefundInfo(Base):
    """One refund per out_request_no; retries reuse it."""

    __tablename__ = "refund_info"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    out_request_no: Mapped[str] = mapped_column(String(64), unique=True)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    order_sn: Mapped[str] = mapped_column(String(32))
    out_trade_no: Mapped[str] = mapped_column(String(64), index=True)
    trade_no: Mapped[str | None] = mapped_column(String(64), default=None)
    after_sale_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    refund_amount: Mapped[Decimal] = mapped_column(Money())
    refund_status: Mapped[str] = mapped_column(String(16), default="PENDING")
    reason: Mapped[str] = mapped_column(String(255), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    next_try_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    refunded_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    __table_args__ = (
        CheckConstraint("refund_amount > 0", name="amount_positive"),
        Index("ix_refund_status_next", "refund_status", "next_try_at"),
    )


# --- after-sales and disputes -----------------------------------------------------------------


class AfterSale(Base):
    __tablename__ = "after_sale"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    order_sn: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(24))
    reason_code: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(String(500), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(Money())
    item_ids: Mapped[str] = mapped_column(String(255), default="")
    deadline_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decided_by: Mapped[str | None] = mapped_column(String(64), default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reject_reason: Mapped[str | None] = mapped_column(String(500), default=None)
    dispute_statement: Mapped[str | None] = mapped_column(String(2000), default=None)
    disputed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    sla_deadline: Mapped[dt.datetime | None] = mapped_column(default=None)
    arbitrated_by: Mapped[str | None] = mapped_column(String(64), default=None)
    arbitration_note: Mapped[str | None] = mapped_column(String(2000), default=None)
    arbitrated_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_after_sale_status_deadline", "status", "deadline_at"),
        Index("ix_after_sale_status_sla", "status", "sla_deadline"),
    )


class DisputeNote(Base):
    __tablename__ = "dispute_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    after_sale_id: Mapped[int] = mapped_column(ForeignKey("after_sale.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(2000))
    created_at: Mapped[dt.datetime]


# --- messaging --------------------------------------------------------------------------------


class MqMessage(Base):
    """The transactional outbox."""

    __tablename__ = "mq_message"
    message_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    to_exchange: Mapped[str] = mapped_column(String(64))
    routing_key: Mapped[str] = mapped_column(String(64))
    class_type: Mapped[str] = mapped_column(String(64))
    message_status: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    order_sn: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    __table_args__ = (
        Index("ix_mq_status_next", "message_status", "next_attempt_at"),
        Index("ix_mq_status_created", "message_status", "created_at"),
    )


class LocalQueueMessage(Base):
    """The embedded broker: a DB-backed queue with deliver_at and a claim lease."""

    __tablename__ = "local_queue"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    queue: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[str] = mapped_column(String(32))
    routing_key: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    headers: Mapped[str] = mapped_column(Text, default="{}")
    deliver_at: Mapped[dt.datetime]
    lease_until: Mapped[dt.datetime | None] = mapped_column(default=None)
    lease_owner: Mapped[str | None] = mapped_column(String(64), default=None)
    delivery_count: Mapped[int] = mapped_column(Integer, default=0)
    dead: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    created_at: Mapped[dt.datetime]
    __table_args__ = (Index("ix_local_queue_ready", "queue", "dead", "deliver_at"),)


class ConsumedMessage(Base):
    """(message_id, consumer) written in the same transaction as the effect: replays do nothing."""

    __tablename__ = "consumed_message"
    message_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    consumer: Mapped[str] = mapped_column(String(64), primary_key=True)
    consumed_at: Mapped[dt.datetime]


class DeadLetter(Base):
    """Poison messages a consumer gave up on, with the error kept, for requeue by an admin."""

    __tablename__ = "dead_letter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(32), index=True)
    queue: Mapped[str] = mapped_column(String(64))
    routing_key: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    error: Mapped[str] = mapped_column(String(1000), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    requeued: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime]


class WorkerHeartbeat(Base):
    """Each worker of every process reports here, so any console sees the whole fleet."""

    __tablename__ = "worker_heartbeat"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    process: Mapped[str] = mapped_column(String(96))
    state: Mapped[str] = mapped_column(String(16))
    processed: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    failed: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    last_seen: Mapped[dt.datetime]
    __table_args__ = (UniqueConstraint("name", "process", name="uq_worker_heartbeat_name_process"),)


# --- reconciliation ---------------------------------------------------------------------------


class ReconRun(Base):
    __tablename__ = "recon_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_date: Mapped[str] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(16))
    matched: Mapped[int] = mapped_column(Integer, default=0)
    exceptions: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(String(500), default="")
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class ReconException(Base):
    __tablename__ = "recon_exception"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("recon_run.id"), index=True)
    bill_date: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(24))
    out_trade_no: Mapped[str | None] = mapped_column(String(64), default=None)
    trade_no: Mapped[str | None] = mapped_column(String(64), default=None)
    out_request_no: Mapped[str | None] = mapped_column(String(64), default=None)
    our_amount: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    their_amount: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    detail: Mapped[str] = mapped_column(String(500), default="")
    resolution: Mapped[str | None] = mapped_column(String(24), default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    note: Mapped[str | None] = mapped_column(String(500), default=None)
    __table_args__ = (Index("ix_recon_exception_open", "resolution", "bill_date"),)


def table_names() -> list[str]:
    return sorted(Base.metadata.tables)


def as_dict(row: Any) -> dict[str, Any]:
    """Column values of a mapped instance (for audit before/after snapshots)."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}
