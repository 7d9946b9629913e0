"""Table models of the Outbox page: outbox messages (keyset paged, newest first) and dead letters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from console.services.dead_letters import DeadLetterRow
from console.services.outbox_admin import MessageRow
from console.services.rows import Page
from console.views.labels import ui_text
from console.views.rows_model import Column, PagedRowsModel, RowsModel, code_column

STATUS_COLOURS = {"NEW": "#0969da", "SENT": "#9a6700", "ERROR": "#cf222e", "ARRIVED": "#1a7f37"}


def age_text(seconds: float | None) -> str:
    """A short human age: 45s, 12m, 3h 05m, 2d 4h."""
    if seconds is None:
        return "—"
    s = int(max(seconds, 0))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 86400:
        return f"{s // 3600}h {s % 3600 // 60:02d}m"
    return f"{s // 86400}d {s % 86400 // 3600}h"


def message_columns(now: Callable[[], dt.datetime]) -> list[Column[MessageRow]]:
    def age(r: MessageRow) -> float:
        return (now() - r.created_at).total_seconds()

    return [
        code_column("Status", lambda r: r.status, colour=STATUS_COLOURS.get),
        Column("Age", lambda r: age_text(age(r)), age, numeric=True,
               tooltip=lambda r: f"created {r.created_at:%Y-%m-%d %H:%M:%S} UTC"),
        Column("Type", lambda r: r.class_type),
        Column("Routing key", lambda r: r.routing_key, tooltip=lambda r: f"exchange: {r.exchange or '(default)'}"),
        Column("Order no.", lambda r: r.order_sn or ""),
        Column("Attempts", lambda r: str(r.attempts), lambda r: r.attempts, numeric=True),
        Column("Last error", lambda r: r.last_error or "", tooltip=lambda r: r.last_error),
        Column("Message id", lambda r: r.message_id),
    ]


DEAD_COLUMNS: list[Column[DeadLetterRow]] = [
    Column("#", lambda r: str(r.id), lambda r: r.id, numeric=True),
    Column("Queue", lambda r: r.queue),
    Column("Message id", lambda r: r.message_id),
    Column("Attempts", lambda r: str(r.attempts), lambda r: r.attempts, numeric=True),
    Column("Error", lambda r: r.error, tooltip=lambda r: r.error),
    Column("Dead since (UTC)", lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")),
    Column("Requeued", lambda r: ui_text("yes") if r.requeued else ""),
]


def messages_model(lister: Callable[[Any, tuple[object, ...] | None, int], Page[MessageRow]],
                   now: Callable[[], dt.datetime], page_size: int = 200) -> PagedRowsModel[MessageRow]:
    return PagedRowsModel(message_columns(now), key=lambda r: r.message_id, lister=lister, page_size=page_size)


def dead_letters_model() -> RowsModel[DeadLetterRow]:
    return RowsModel(DEAD_COLUMNS, key=lambda r: r.id)
