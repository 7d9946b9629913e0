"""One enum per state machine of DESIGN.md §4, stored as short strings."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "PENDING_PAYMENT"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    CLOSED = "CLOSED"
    SPLIT = "SPLIT"


class CloseReason(StrEnum):
    TIMEOUT = "TIMEOUT"
    BUYER = "BUYER"
    MERCHANT = "MERCHANT"
    ADMIN = "ADMIN"
    REFUNDED = "REFUNDED"


class LockStatus(StrEnum):
    LOCKED = "LOCKED"
    RELEASED = "RELEASED"
    DEDUCTED = "DEDUCTED"


class PaymentStatus(StrEnum):
    WAIT_BUYER_PAY = "WAIT_BUYER_PAY"
    TRADE_SUCCESS = "TRADE_SUCCESS"
    TRADE_FINISHED = "TRADE_FINISHED"
    TRADE_CLOSED = "TRADE_CLOSED"


class RefundStatus(StrEnum):
    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"


class AfterSaleStatus(StrEnum):
    REQUESTED = "REQUESTED"
    APPROVED = "APPROVED"
    REFUNDING = "REFUNDING"
    REFUNDED = "REFUNDED"
    REJECTED = "REJECTED"
    DISPUTED = "DISPUTED"
    ARBITRATED_REFUND = "ARBITRATED_REFUND"
    ARBITRATED_REJECT = "ARBITRATED_REJECT"
    WITHDRAWN = "WITHDRAWN"


class AfterSaleKind(StrEnum):
    REFUND_BEFORE_SHIPMENT = "REFUND_BEFORE_SHIPMENT"
    REFUND_ONLY = "REFUND_ONLY"


class MessageStatus(IntEnum):
    """mq_message.message_status, numbered as in the original design."""

    NEW = 0
    SENT = 1
    ERROR = 2
    ARRIVED = 3


class CouponStatus(StrEnum):
    UNUSED = "UNUSED"
    USED = "USED"
    EXPIRED = "EXPIRED"


class Role(StrEnum):
    MERCHANT = "MERCHANT"
    SUPPORT = "SUPPORT"
    ADMIN = "ADMIN"
