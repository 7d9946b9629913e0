"""The embedded broker: the local_queue table with deliver_at and a claim lease.

Routing follows the same queue/binding table as RabbitMQ (brokers.py): a message for a delay queue
(order.create.order, stock.locked) becomes a row for the queue its dead-letter exchange would route
to, with deliver_at = now + the queue's TTL. Claim takes a lease (owner + lease_until); ack deletes the
row; a failure releases it with backoff; a poison message is marked dead; a consumer asked to stop
releases what it claimed but did not hand to its handler. The clock is the injected one, so tests move
timers by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, text, update

from console.adapters.brokers import BINDINGS, QueueSpec, queues, topic_matches
from console.config import Settings
from console.services import outbox
from console.services.clock import Clock
from console.services.models import LocalQueueMessage
from console.services.ports import (
    Delivery,
    Disposition,
    OutgoingMessage,
    PublishOutcome,
    PublishResult,
    Verdict,
)
from console.services.uow import Database

LEASE_SECONDS = 60
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Claimed:
    id: int
    delivery: Delivery


def _bound(exchange: str, routing_key: str) -> list[str]:
    return list(dict.fromkeys(b.queue for b in BINDINGS
                              if b.exchange == exchange and topic_matches(b.pattern, routing_key)))


def ping_table(db: Database) -> bool:
    try:
        with db.read_engine.connect() as conn:
            conn.execute(text("SELECT 1 FROM local_queue WHERE 1 = 0"))
        return True
    except Exception:
        return False


class LocalQueueBroker:
    def __init__(self, db: Database, clock: Clock, settings: Settings, *, owner: str | None = None,
                 poll_seconds: float = POLL_SECONDS, lease_seconds: int = LEASE_SECONDS) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.owner = owner or f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.poll_seconds = poll_seconds
        self.lease_seconds = lease_seconds
        self._specs = {q.name: q for q in queues(settings)}
        self._stop = threading.Event()

    # --- routing --------------------------------------------------------------------------------
    def route(self, exchange: str, routing_key: str) -> list[tuple[str, int]] | None:
        """(queue, delay seconds) rows a publish makes; None when unroutable. Sinks route to []."""
        if exchange == "":
            spec = self._specs.get(routing_key)
            return None if spec is None else self._land(spec, 0, depth=0)
        if not _bound(exchange, routing_key):
            return None
        return self.route_from(exchange, routing_key, 0, depth=0)

    def _land(self, spec: QueueSpec, delay: int, depth: int) -> list[tuple[str, int]]:
        if spec.sink:
            return []
        if spec.ttl_seconds is not None and spec.dead_letter_exchange and depth < 3:
            # A delay queue: the message re-enters its dead-letter exchange when the TTL runs out.
            later = self.route_from(spec.dead_letter_exchange, spec.dead_letter_routing_key or "",
                                    delay + spec.ttl_seconds, depth + 1)
            return later or []
        return [(spec.name, delay)]

    def route_from(self, exchange: str, routing_key: str, delay: int, depth: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for name in _bound(exchange, routing_key):  # one copy per queue, as RabbitMQ does
            out.extend(self._land(self._specs[name], delay, depth))
        return out

    # --- Broker protocol ------------------------------------------------------------------------
    def declare_topology(self) -> None:
        """Nothing to declare: the table comes with the schema. Fails loudly if it is missing."""
        with self.db.reading() as s:
            s.execute(select(LocalQueueMessage.id).limit(1))

    def publish_batch(self, messages: Sequence[OutgoingMessage]) -> dict[str, PublishResult]:
        now = self.clock.now()
        results: dict[str, PublishResult] = {}
        rows: list[LocalQueueMessage] = []
        for m in messages:
            routes = self.route(m.exchange, m.routing_key)
            if routes is None:
                results[m.message_id] = PublishResult(PublishOutcome.RETURNED,
                                                      f"NO_ROUTE {m.exchange or '(default)'} {m.routing_key}")
                continue
            for queue, delay in routes:
                rows.append(LocalQueueMessage(
                    queue=queue, message_id=m.message_id, routing_key=m.routing_key, body=m.body,
                    headers=json.dumps({"type": m.type}), deliver_at=now + dt.timedelta(seconds=delay),
                    delivery_count=0, dead=False, created_at=now))
            results[m.message_id] = PublishResult(PublishOutcome.ACKED)
        if rows:
            with self.db.transaction() as s:
                s.add_all(rows)
        return results

    def consume(self, queue: str, handler: Callable[[Delivery], Verdict], prefetch: int) -> None:
        while not self._stop.is_set():
            if self.consume_once(queue, handler, prefetch) == 0:
                self._stop.wait(self.poll_seconds)

    def consume_once(self, queue: str, handler: Callable[[Delivery], Verdict], limit: int) -> int:
        """Claim up to `limit` due messages and hand each to the handler; returns how many."""
        claimed = self.claim(queue, limit)
        for i, c in enumerate(claimed):
            if self._stop.is_set():
                self.release(claimed[i:])  # asked to stop: the rest go back now, not when the lease ends
                break
            verdict = handler(c.delivery)
            self.settle(c, verdict)
        return len(claimed)

    def idle(self, seconds: float) -> None:
        self._stop.wait(seconds)

    def stop(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self._stop.set()

    # --- claim and settle -----------------------------------------------------------------------
    def claim(self, queue: str, limit: int) -> list[Claimed]:
        now = self.clock.now()
        free = or_(LocalQueueMessage.lease_until.is_(None), LocalQueueMessage.lease_until <= now)
        with self.db.transaction() as s:
            rows = s.execute(
                select(LocalQueueMessage.id, LocalQueueMessage.message_id, LocalQueueMessage.routing_key,
                       LocalQueueMessage.body, LocalQueueMessage.delivery_count,
                       LocalQueueMessage.lease_owner)
                .where(LocalQueueMessage.queue == queue, LocalQueueMessage.dead.is_(False),
                       LocalQueueMessage.deliver_at <= now, free)
                .order_by(LocalQueueMessage.deliver_at, LocalQueueMessage.id)
                .limit(max(limit, 1))
                .with_for_update(skip_locked=True)
            ).all()
            if not rows:
                return []
            s.execute(update(LocalQueueMessage)
                      .where(LocalQueueMessage.id.in_([r.id for r in rows]), free)
                      .values(lease_owner=self.owner,
                              lease_until=now + dt.timedelta(seconds=self.lease_seconds),
                              delivery_count=LocalQueueMessage.delivery_count + 1)
                      .execution_options(synchronize_session=False))
        return [Claimed(r.id, Delivery(queue=queue, message_id=r.message_id, routing_key=r.routing_key,
                                       body=r.body.encode("utf-8"), attempts=r.delivery_count,
                                       redelivered=r.lease_owner is not None)) for r in rows]

    def release(self, claimed: Sequence[Claimed]) -> None:
        """Give back claimed messages no handler has seen: free to claim at once, and the claim
        does not count as a delivery attempt."""
        if not claimed:
            return
        with self.db.transaction() as s:
            s.execute(update(LocalQueueMessage)
                      .where(LocalQueueMessage.id.in_([c.id for c in claimed]),
                             LocalQueueMessage.lease_owner == self.owner)
                      .values(lease_owner=None, lease_until=None,
                              delivery_count=LocalQueueMessage.delivery_count - 1)
                      .execution_options(synchronize_session=False))

    def settle(self, claimed: Claimed, verdict: Verdict) -> None:
        mine = (LocalQueueMessage.id == claimed.id, LocalQueueMessage.lease_owner == self.owner)
        with self.db.transaction() as s:
            if verdict.disposition is Disposition.ACK:
                s.execute(delete(LocalQueueMessage).where(*mine).execution_options(synchronize_session=False))
            elif verdict.disposition is Disposition.RETRY:
                wait = outbox.backoff_seconds(claimed.delivery.attempts + 1)
                s.execute(update(LocalQueueMessage).where(*mine)
                          .values(lease_owner=None, lease_until=None, last_error=verdict.error[:500],
                                  deliver_at=self.clock.now() + dt.timedelta(seconds=wait))
                          .execution_options(synchronize_session=False))
            else:
                s.execute(update(LocalQueueMessage).where(*mine)
                          .values(dead=True, lease_owner=None, lease_until=None,
                                  last_error=verdict.error[:500])
                          .execution_options(synchronize_session=False))
