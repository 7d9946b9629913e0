"""Stored codes (statuses, kinds, reasons, outcomes) as a person reads them: the ONE mapping used by the
table cells, the filter combos and the detail panes.

The database, SQL filters and sorts, CSV export and tooltips keep the code (PENDING_PAYMENT); what is
shown is its label, "Pending payment" in English and, through the Qt translator (glossary in
resources/translations/build.py, context "Codes"), "待付款" in Chinese. Labels are looked up when a
cell is painted, so a language switched at run time shows at the next repaint. A code with no label
here is shown as stored rather than guessed at.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Codes"
# Passed to translate() so an English word that means something else elsewhere in the console
# ("Paid" the column of a date, "Locked" the counter) can have its own Chinese as a status.
WHICH = "code"

LABELS: dict[str, str] = {
    # orders (and close reasons, shown as "Cancelled (Timeout)")
    "PENDING_PAYMENT": "Pending payment",
    "PAID": "Paid",
    "SHIPPED": "Shipped",
    "COMPLETED": "Completed",
    "CANCELLED": "Cancelled",
    "CLOSED": "Closed",
    "SPLIT": "Split",
    "TIMEOUT": "Timeout",
    "BUYER": "Buyer",
    "MERCHANT": "Merchant",
    "ADMIN": "Admin",
    # stock work orders
    "LOCKED": "Locked",
    "RELEASED": "Released",
    "DEDUCTED": "Deducted",
    # payment attempts (Alipay's trade_status)
    "WAIT_BUYER_PAY": "Waiting for payment",
    "TRADE_SUCCESS": "Trade success",
    "TRADE_FINISHED": "Trade finished",
    "TRADE_CLOSED": "Trade closed",
    # refunds
    "PENDING": "Pending",
    "SUCCEEDED": "Succeeded",
    "FAILED": "Failed",
    "UNKNOWN": "Unknown",
    # after-sale requests, their kinds, reasons and who decided
    "REQUESTED": "Requested",
    "APPROVED": "Approved",
    "REFUNDING": "Refunding",
    "REFUNDED": "Refunded",
    "REJECTED": "Rejected",
    "DISPUTED": "Disputed",
    "ARBITRATED_REFUND": "Arbitrated refund",
    "ARBITRATED_REJECT": "Arbitrated reject",
    "WITHDRAWN": "Withdrawn",
    "AUTO": "Auto",
    "REFUND_ONLY": "Refund only",
    "REFUND_BEFORE_SHIPMENT": "Before shipment",
    "LOST_IN_TRANSIT": "Lost in transit",
    "REFUSED": "Refused",
    "NOT_AS_DESCRIBED": "Not as described",
    "OTHER": "Other",
    "OUT_OF_STOCK": "Out of stock",
    "BUYER_REQUEST": "Buyer request",
    # outbox messages
    "NEW": "New",
    "SENT": "Sent",
    "ERROR": "Error",
    "ARRIVED": "Arrived",
    # notify inbox: outcomes and sources
    "DUPLICATE": "Duplicate",
    "LATE_PAYMENT_REFUND": "Late payment refunded",
    "IGNORED_STATUS": "Status ignored",
    "BAD_SIGNATURE": "Bad signature",
    "BAD_REQUEST": "Bad request",
    "WRONG_APP": "Wrong app",
    "WRONG_SELLER": "Wrong seller",
    "UNKNOWN_TRADE": "Unknown trade",
    "AMOUNT_MISMATCH": "Amount differs",
    "NOTIFY": "Notify",
    "QUERY": "Query",
    "REPLAY": "Replay",
    "RECON": "Reconciliation",
    # reconciliation: runs, exception kinds, resolutions
    "DONE": "Done",
    "RUNNING": "Running",
    "ONLY_ALIPAY": "Only at Alipay",
    "ONLY_OURS": "Only in our ledger",
    "STATUS_MISMATCH": "Status differs",
    "MARK_PAID": "Marked paid",
    "REFUND": "Refunded",
    "ANNOTATE": "Annotated",
    # workers
    "STARTING": "Starting",
    "STOPPED": "Stopped",
}


def code_label(code: str | None) -> str:
    """The label of a stored code in the current language; "" for none, the code itself if unknown."""
    if not code:
        return ""
    english = LABELS.get(code)
    if english is None:
        return code
    return QCoreApplication.translate(CONTEXT, english, WHICH)


def ui_text(text: str) -> str:
    """A fixed word a table model shows in a cell ("yes", "never"), in the current language."""
    return QCoreApplication.translate(CONTEXT, text)
