"""The transactional outbox (mq_message): side effects leave a use case only as rows here."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, select, update
from sqlalchemy.orm import Session

from console.services.clock import Clock
from console.services.errors import InvalidInput, NotFound
from console.services.models import MqMessage
from console.services.ports import Broker, BrokerUnavailable, OutgoingMessage, PublishOutcome, PublishResult
from console.services.states import MessageStatus
from console.services.uow import Database


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


@dataclass(frozen=True)
class Envelope:
    """What travels on the wire: message_id is the idempotency key."""

    message_id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps({"message_id": self.message_id, "type": self.type,
                           "occurred_at": self.occurred_at, "payload": self.payload},
                          default=_default, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | bytes) -> Envelope:
        data = json.loads(raw)
        if not isinstance(data, dict) or not isinstance(data.get("payload"), dict):
            raise ValueError("envelope is not an object with a payload")
        return cls(message_id=str(data["message_id"]), type=str(data["type"]),
                   occurred_at=str(data.get("occurred_at", "")), payload=data["payload"])


def add(session: Session, *, exchange: str, routing_key: str, type: str, payload: dict[str, Any],
        now: dt.datetime, order_sn: str | None = None) -> str:
    """Write one outbox row in the caller's transaction; returns its message_id."""
    message_id = uuid.uuid4().hex
    envelope = Envelope(message_id, type, now.isoformat(), payload)
    session.add(MqMessage(
        message_id=message_id, content=envelope.to_json(), to_exchange=exchange, routing_key=routing_key,
        class_type=type, message_status=int(MessageStatus.NEW), attempts=0, next_attempt_at=now,
        order_sn=order_sn, created_at=now, updated_at=now,
    ))
    return message_id


# --- relay: claim, settle, resend ----------------------------------------------------------------
# A claimed row is SENT with next_attempt_at = now + SENT_LEASE: if the relay dies before the broker
# confirms, the row becomes claimable again after the lease and is published once more (consumers
# are idempotent on message_id, so at-least-once is safe).

SENT_LEASE_SECONDS = 60
MAX_BACKOFF_SECONDS = 300
_CHUNK = 500
_LOST = PublishResult(PublishOutcome.ERROR, "no confirm before the connection was lost")


@dataclass(frozen=True)
class ClaimedMessage:
    message: OutgoingMessage
    attempts: int  # including this one


@dataclass(frozen=True)
class RelayStats:
    claimed: int = 0
    arrived: int = 0
    failed: int = 0


@dataclass(frozen=True)
class OutboxFilter:
    """What an admin picked on the outbox page for a bulk resend; at least one field is required."""

    status: MessageStatus | None = None
    routing_key: str | None = None
    order_sn: str | None = None
    created_from: dt.datetime | None = None
    created_to: dt.datetime | None = None


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def backoff_seconds(attempts: int) -> int:
    """1, 2, 4, ... seconds after the 1st, 2nd, 3rd failed attempt, capped at five minutes."""
    return int(min(2 ** max(attempts - 1, 0), MAX_BACKOFF_SECONDS))


def claim_batch(db: Database, now: dt.datetime, limit: int) -> list[ClaimedMessage]:
    """Take up to `limit` due rows (NEW, ERROR, or SENT past its lease) and mark them SENT.

    SKIP LOCKED lets several relays (PostgreSQL, MariaDB) claim disjoint batches; SQLite has one
    writer at a time (BEGIN IMMEDIATE), so its claim is serial anyway."""
    if limit <= 0:
        raise InvalidInput(f"relay batch size must be positive, got {limit}")
    due = [int(MessageStatus.NEW), int(MessageStatus.ERROR), int(MessageStatus.SENT)]
    with db.transaction() as s:
        rows = s.execute(
            select(MqMessage.message_id, MqMessage.to_exchange, MqMessage.routing_key, MqMessage.content,
                   MqMessage.class_type, MqMessage.attempts)
            .where(MqMessage.message_status.in_(due), MqMessage.next_attempt_at <= now)
            .order_by(MqMessage.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        if not rows:
            return []
        ids = [r.message_id for r in rows]
        lease = now + dt.timedelta(seconds=SENT_LEASE_SECONDS)
        for chunk in _chunks(ids):
            s.execute(update(MqMessage).where(MqMessage.message_id.in_(chunk))
                      .values(message_status=int(MessageStatus.SENT), attempts=MqMessage.attempts + 1,
                              next_attempt_at=lease, updated_at=now)
                      .execution_options(synchronize_session=False))
    return [ClaimedMessage(OutgoingMessage(r.message_id, r.to_exchange, r.routing_key, r.content,
                                           r.class_type), r.attempts + 1) for r in rows]


def settle(db: Database, claimed: Sequence[ClaimedMessage], results: dict[str, PublishResult],
           now: dt.datetime) -> RelayStats:
    """ARRIVED for confirmed messages; ERROR with backoff and the reason for the rest.

    Only rows still SENT move: an admin resend in between wins."""
    arrived = [c.message.message_id for c in claimed
               if results.get(c.message.message_id, _LOST).outcome is PublishOutcome.ACKED]
    failed = [c for c in claimed
              if results.get(c.message.message_id, _LOST).outcome is not PublishOutcome.ACKED]
    with db.transaction() as s:
        for chunk in _chunks(arrived):
            s.execute(update(MqMessage)
                      .where(MqMessage.message_id.in_(chunk),
                             MqMessage.message_status == int(MessageStatus.SENT))
                      .values(message_status=int(MessageStatus.ARRIVED), last_error=None, updated_at=now)
                      .execution_options(synchronize_session=False))
        for c in failed:
            result = results.get(c.message.message_id, _LOST)
            reason = f"{result.outcome.value}: {result.detail}" if result.detail else result.outcome.value
            s.execute(update(MqMessage)
                      .where(MqMessage.message_id == c.message.message_id,
                             MqMessage.message_status == int(MessageStatus.SENT))
                      .values(message_status=int(MessageStatus.ERROR), last_error=reason[:500],
                              next_attempt_at=now + dt.timedelta(seconds=backoff_seconds(c.attempts)),
                              updated_at=now)
                      .execution_options(synchronize_session=False))
    return RelayStats(claimed=len(claimed), arrived=len(arrived), failed=len(failed))


def relay_once(db: Database, broker: Broker, clock: Clock, limit: int) -> RelayStats:
    """One relay step: claim a batch, publish it with confirms, record what the broker said.

    On a lost connection the partial results are recorded (unconfirmed rows become ERROR and are
    retried with backoff) and BrokerUnavailable propagates so the caller reconnects."""
    claimed = claim_batch(db, clock.now(), limit)
    if not claimed:
        return RelayStats()
    try:
        results = broker.publish_batch([c.message for c in claimed])
    except BrokerUnavailable as exc:
        settle(db, claimed, exc.results, clock.now())
        raise
    return settle(db, claimed, results, clock.now())


def resend(db: Database, message_ids: Sequence[str], now: dt.datetime) -> int:
    """Put messages back to NEW so the relay publishes them again (admin action; the caller audits)."""
    ids = sorted({m.strip() for m in message_ids if m and m.strip()})
    if not ids:
        raise InvalidInput("choose at least one message to resend")
    count = 0
    with db.transaction() as s:
        for chunk in _chunks(ids):
            count += _reset(s, MqMessage.message_id.in_(chunk), now)
    if count == 0:
        raise NotFound(f"no outbox message with id {', '.join(ids[:3])}{'…' if len(ids) > 3 else ''}")
    return count


def resend_matching(db: Database, flt: OutboxFilter, now: dt.datetime) -> int:
    """Resend every message matching the filter; returns how many were reset to NEW."""
    conds: list[ColumnElement[bool]] = []
    if flt.status is not None:
        conds.append(MqMessage.message_status == int(flt.status))
    if flt.routing_key:
        conds.append(MqMessage.routing_key == flt.routing_key)
    if flt.order_sn:
        conds.append(MqMessage.order_sn == flt.order_sn)
    if flt.created_from is not None:
        conds.append(MqMessage.created_at >= flt.created_from)
    if flt.created_to is not None:
        conds.append(MqMessage.created_at < flt.created_to)
    if not conds:
        raise InvalidInput("a bulk resend needs at least one filter (status, routing key, order or dates)")
    if flt.created_from and flt.created_to and flt.created_from >= flt.created_to:
        raise InvalidInput("the date range is empty: 'from' must be before 'to'")
    with db.transaction() as s:
        return _reset(s, and_(*conds), now)


def _reset(s: Session, where: ColumnElement[bool], now: dt.datetime) -> int:
    result = s.execute(update(MqMessage).where(where)
                       .values(message_status=int(MessageStatus.NEW), next_attempt_at=now, last_error=None,
                               updated_at=now)
                       .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)
