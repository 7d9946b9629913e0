"""Poison messages: kept with their error so the console can show them and an admin can requeue them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update

from console.services.errors import InvalidTransition, NotFound
from console.services.models import DeadLetter, MqMessage
from console.services.states import MessageStatus
from console.services.uow import Database


@dataclass(frozen=True)
class DeadLetterRow:
    id: int
    message_id: str
    queue: str
    routing_key: str
    body: str
    error: str
    attempts: int
    requeued: bool
    created_at: dt.datetime


def record(db: Database, *, message_id: str, queue: str, routing_key: str, body: bytes, error: str,
           attempts: int, now: dt.datetime) -> int:
    """Keep a poison message; returns the dead letter's id."""
    row = DeadLetter(message_id=(message_id or "")[:32], queue=queue[:64], routing_key=routing_key[:64],
                     body=body.decode("utf-8", errors="replace"), error=error[:1000], attempts=attempts,
                     requeued=False, created_at=now)
    with db.transaction() as s:
        s.add(row)
        s.flush()
        return int(row.id)


def list_dead_letters(db: Database, *, include_requeued: bool = False,
                      limit: int = 200) -> list[DeadLetterRow]:
    with db.reading() as s:
        q = select(DeadLetter).order_by(DeadLetter.id.desc()).limit(limit)
        if not include_requeued:
            q = q.where(DeadLetter.requeued.is_(False))
        return [DeadLetterRow(d.id, d.message_id, d.queue, d.routing_key, d.body, d.error, d.attempts,
                              d.requeued, d.created_at) for d in s.scalars(q)]


def requeue_dead_letter(db: Database, dead_letter_id: int, now: dt.datetime) -> str:
    """Send a dead letter back to its queue through the outbox (admin action; the caller audits).

    The body keeps its envelope, so the consumer still deduplicates on the original message_id; the
    outbox row gets a fresh id because the original one already has its own row. Returns that id."""
    with db.transaction() as s:
        dead = s.get(DeadLetter, dead_letter_id)
        if dead is None:
            raise NotFound(f"no dead letter with id {dead_letter_id}")
        moved = s.execute(update(DeadLetter)
                          .where(DeadLetter.id == dead_letter_id, DeadLetter.requeued.is_(False))
                          .values(requeued=True)
                          .execution_options(synchronize_session=False))
        if not getattr(moved, "rowcount", 0):
            raise InvalidTransition(f"dead letter {dead_letter_id} was already requeued")
        try:
            kind = str(json.loads(dead.body).get("type", "requeue"))
        except (ValueError, AttributeError):
            kind = "requeue"
        outbox_id = uuid.uuid4().hex
        # Exchange "" delivers straight to the queue named by the routing key, on both brokers.
        s.add(MqMessage(message_id=outbox_id, content=dead.body, to_exchange="", routing_key=dead.queue,
                        class_type=kind[:64], message_status=int(MessageStatus.NEW), attempts=0,
                        next_attempt_at=now, created_at=now, updated_at=now))
        return outbox_id
