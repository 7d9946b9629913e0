"""Table models of the Payments page: payment attempts and the notify inbox (both keyset paged, newest
first), plus the raw-body rendering of a notify for the viewer."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.services.payments import NotifyDetail, NotifyRow, PaymentAttemptRow
from console.services.rows import Page
from console.views.labels import ui_text
from console.views.rows_model import Column, PagedRowsModel, code_column

STATUS_COLOURS = {"WAIT_BUYER_PAY": "#9a6700", "TRADE_SUCCESS": "#1a7f37", "TRADE_FINISHED": "#1a7f37",
                  "TRADE_CLOSED": "#57606a"}
# Outcomes that moved or confirmed money are green; anything a person should look at is red.
GOOD_OUTCOMES = {"PAID", "DUPLICATE", "CLOSED", "IGNORED_STATUS"}
WARN_OUTCOMES = {"LATE_PAYMENT_REFUND"}

Lister = Callable[[Any, tuple[object, ...] | None, int], Page[Any]]


def when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


def money(value: Decimal | None) -> str:
    return f"{value:,.2f}" if value is not None else ""


def outcome_colour(outcome: str) -> str:
    if outcome in GOOD_OUTCOMES:
        return "#1a7f37"
    return "#9a6700" if outcome in WARN_OUTCOMES else "#cf222e"


ATTEMPT_COLUMNS: list[Column[PaymentAttemptRow]] = [
    Column("Out trade no.", lambda r: r.out_trade_no),
    Column("Order no.", lambda r: r.order_sn),
    Column("Alipay trade no.", lambda r: r.trade_no or "", tooltip=lambda r: r.trade_no),
    Column("Amount", lambda r: money(r.total_amount), lambda r: r.total_amount, numeric=True),
    code_column("Status", lambda r: r.payment_status, colour=STATUS_COLOURS.get),
    Column("Created (UTC)", lambda r: when(r.created_at), lambda r: r.created_at.isoformat()),
    Column("Paid (UTC)", lambda r: when(r.paid_at), lambda r: r.paid_at.isoformat() if r.paid_at else "",
           tooltip=lambda r: f"buyer {r.buyer_id}" if r.buyer_id else None),
]

ATTEMPT_TRADE_NO_COLUMN = 2

NOTIFY_COLUMNS: list[Column[NotifyRow]] = [
    Column("Received (UTC)", lambda r: when(r.received_at), lambda r: r.received_at.isoformat()),
    Column("Notify id", lambda r: r.notify_id or ""),
    Column("Out trade no.", lambda r: r.out_trade_no or ""),
    code_column("Trade status", lambda r: r.trade_status),
    Column("Signature", lambda r: ui_text("valid" if r.signature_ok else "INVALID"),
           colour=lambda r: None if r.signature_ok else "#cf222e"),
    code_column("Outcome", lambda r: r.outcome, colour=outcome_colour),
    code_column("Source", lambda r: r.source),
    Column("Detail", lambda r: r.detail, tooltip=lambda r: r.detail or None),
]


def attempts_model(lister: Lister, page_size: int = 200) -> PagedRowsModel[PaymentAttemptRow]:
    return PagedRowsModel(ATTEMPT_COLUMNS, key=lambda r: r.id, lister=lister, page_size=page_size)


def notifies_model(lister: Lister, page_size: int = 200) -> PagedRowsModel[NotifyRow]:
    return PagedRowsModel(NOTIFY_COLUMNS, key=lambda r: r.id, lister=lister, page_size=page_size)


def raw_body_text(d: NotifyDetail) -> str:
    """The viewer's text: a header, then the form decoded one `key = value` per line (sorted as
    Alipay signs them), then the body exactly as received."""
    def t(text: str) -> str:  # the viewer's labels in the page's language; field names and values stay as sent
        return QCoreApplication.translate("PaymentsPage", text)

    head = [t("inbox row #{id}   received {at} UTC   source {source}").format(
                id=d.id, at=when(d.received_at), source=d.source),
            t("signature {sig}   outcome {outcome}").format(
                sig=t("valid") if d.signature_ok else t("INVALID"), outcome=d.outcome)]
    if d.detail:
        head.append(t("detail: {detail}").format(detail=d.detail))
    head.append("")
    try:
        pairs = urllib.parse.parse_qsl(d.raw_body, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        pairs = []
    if pairs:
        width = max(len(k) for k, _ in pairs)
        head.append(t("Form fields:"))
        head.extend(f"  {k.ljust(width)} = {v}" for k, v in sorted(pairs))
    else:
        head.append(t("(the body is not a form)"))
    head += ["", t("Raw body:"), d.raw_body]
    return "\n".join(head)
