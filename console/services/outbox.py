"""The transactional outbox (mq_message): side effects leave a use case only as rows here."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, String, Table, and_, any_, bindparam, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from console.services.clock import Clock
from console.services.errors import InvalidInput, NotFound
from console.services.models import MqMessage
from console.services.ports import Broker, BrokerUnavailable, OutgoingMessage, PublishOutcome, PublishResult
from console.services.sql import insert_rows
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


@dataclass(frozen=True)
class NewMessage:
    exchange: str
    routing_key: str
    type: str
    payload: dict[str, Any]
    order_sn: str | None = None


def add_many(session: Session, messages: Sequence[NewMessage], now: dt.datetime) -> list[str]:
    """Write outbox rows in the caller's transaction with one bulk insert (nothing reads them back);
    returns their message_ids."""
    rows = []
    for m in messages:
        message_id = uuid.uuid4().hex
        rows.append({"message_id": message_id,
                     "content": Envelope(message_id, m.type, now.isoformat(), m.payload).to_json(),
                     "to_exchange": m.exchange, "routing_key": m.routing_key, "class_type": m.type,
                     "message_status": int(MessageStatus.NEW), "attempts": 0, "next_attempt_at": now,
                     "order_sn": m.order_sn, "created_at": now, "updated_at": now})
    if rows:
        insert_rows(session, cast(Table, MqMessage.__table__), rows)
    return [str(r["message_id"]) for r in rows]


# --- relay: claim, settle, resend ----------------------------------------------------------------
# A claimed row is SENT with next_attempt_at = now + SENT_LEASE: if the relay dies before the broker
# confirms, the row becomes claimable again after the lease and is published once more (consumers
# are idempotent on message_id, so at-least-once is safe).

SENT_LEASE_SECONDS = 60
MAX_BACKOFF_SECONDS = 300
_CHUNK = 500
_T = TypeVar("_T")
_LOST = PublishResult(PublishOutcome.ERROR, "no confirm before the connection was lost")
_DUE = (int(MessageStatus.NEW), int(MessageStatus.ERROR), int(MessageStatus.SENT))


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
    if db.dialect == "postgresql":
        return _claim_pg(db, now, limit)
    with db.transaction() as s:
        rows = s.execute(
            select(MqMessage.message_id, MqMessage.to_exchange, MqMessage.routing_key, MqMessage.content,
                   MqMessage.class_type, MqMessage.attempts)
            .where(MqMessage.message_status.in_(_DUE), MqMessage.next_attempt_at <= now)
            .order_by(MqMessage.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        lease = now + dt.timedelta(seconds=SENT_LEASE_SECONDS)
        for chunk in _chunks(ids):
            s.execute(update(MqMessage).where(MqMessage.message_id.in_(chunk))
                      .values(message_status=int(MessageStatus.SENT), attempts=MqMessage.attempts + 1,
                              next_attempt_at=lease, updated_at=now)
                      .execution_options(synchronize_session=False))
    return [ClaimedMessage(OutgoingMessage(r[0], r[1], r[2], r[3], r[4]), r[5] + 1) for r in rows]


def _claim_pg(db: Database, now: dt.datetime, limit: int) -> list[ClaimedMessage]:
    """PostgreSQL: lock (SKIP LOCKED), mark SENT and read back in one statement, one round trip.

    The locking CTE runs once; a row another relay claimed meanwhile fails the re-checked WHERE
    under FOR UPDATE and is left out. RETURNING gives the new attempts (already + 1)."""
    picked = (select(MqMessage.message_id, MqMessage.next_attempt_at)
              .where(MqMessage.message_status.in_(_DUE), MqMessage.next_attempt_at <= now)
              .order_by(MqMessage.next_attempt_at)
              .limit(limit)
              .with_for_update(skip_locked=True)
              .cte("picked"))
    lease = now + dt.timedelta(seconds=SENT_LEASE_SECONDS)
    with db.transaction() as s:
        result = s.execute(
            update(MqMessage).where(MqMessage.message_id == picked.c.message_id)
            .values(message_status=int(MessageStatus.SENT), attempts=MqMessage.attempts + 1,
                    next_attempt_at=lease, updated_at=now)
            .returning(MqMessage.message_id, MqMessage.to_exchange, MqMessage.routing_key, MqMessage.content,
                       MqMessage.class_type, MqMessage.attempts, picked.c.next_attempt_at)
            .execution_options(synchronize_session=False)
        )
        # RETURNING has no order: keep the due order of the other dialects.
        rows = sorted(result.all(), key=lambda r: r[6])
    return [ClaimedMessage(OutgoingMessage(r[0], r[1], r[2], r[3], r[4]), r[5]) for r in rows]


def _ids_in(ids: Sequence[str], dialect: str) -> Iterator[ColumnElement[bool]]:
    """WHERE message_id IN ids: on PostgreSQL one array parameter (= ANY) for the whole list,
    which spares rendering and parsing hundreds of placeholders; elsewhere chunks of IN lists."""
    if dialect == "postgresql":
        yield MqMessage.message_id == any_(bindparam("ids", list(ids), type_=ARRAY(String)))
    else:
        for chunk in _chunks(ids):
            yield MqMessage.message_id.in_(chunk)


def settle(db: Database, claimed: Sequence[ClaimedMessage], results: dict[str, PublishResult],
           now: dt.datetime) -> RelayStats:
    """ARRIVED for confirmed messages; ERROR with backoff and the reason for the rest.

    Only rows still SENT move: an admin resend in between wins."""
    arrived = [c.message.message_id for c in claimed
               if results.get(c.message.message_id, _LOST).outcome is PublishOutcome.ACKED]
    failed = [c for c in claimed
              if results.get(c.message.message_id, _LOST).outcome is not PublishOutcome.ACKED]
    with db.transaction() as s:
        if arrived:
            for where in _ids_in(arrived, db.dialect):
                s.execute(update(MqMessage)
                          .where(where, MqMessage.message_status == int(MessageStatus.SENT))
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


def release(db: Database, claimed: Sequence[ClaimedMessage], now: dt.datetime) -> int:
    """Hand back rows claimed but never published (a relay stopping or losing the broker with a
    batch claimed ahead): due again now, the attempt not counted.

    Only rows still SENT with the attempt count of our claim move: a row whose lease ran out and
    that another relay claimed since (attempts + 1) is theirs."""
    by_attempts: dict[int, list[str]] = {}
    for c in claimed:
        by_attempts.setdefault(c.attempts, []).append(c.message.message_id)
    count = 0
    with db.transaction() as s:
        for attempts, ids in by_attempts.items():
            for where in _ids_in(ids, db.dialect):
                result = s.execute(
                    update(MqMessage)
                    .where(where, MqMessage.message_status == int(MessageStatus.SENT),
                           MqMessage.attempts == attempts)
                    .values(message_status=int(MessageStatus.NEW if attempts <= 1 else MessageStatus.ERROR),
                            attempts=attempts - 1, next_attempt_at=now, updated_at=now)
                    .execution_options(synchronize_session=False))
                count += int(getattr(result, "rowcount", 0) or 0)
    return count


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


# A batch claimed ahead is published only while its lease has most of its time left: publishing
# the batch before it may take up to the broker's confirm timeout, and the lease must outlive both.
_AHEAD_MAX_AGE = dt.timedelta(seconds=SENT_LEASE_SECONDS / 4)
_PUMP_EVERY = 1.0  # seconds waiting for the database before the broker connection is serviced


class RelayPipeline:
    """relay_once with the database overlapped: while the caller's thread publishes batch N, one
    helper thread (its own sessions) claims batch N+1 and then settles batch N-1 (claim first: the
    next step waits for it, while a settle may trail).

    The broker is used only from the caller's thread. Guarantees are those of relay_once: claims
    take SKIP LOCKED and a lease, settles move only SENT rows. A batch claimed ahead and not
    published (stop, broker lost, lease getting old) is released, not left to its lease.
    `overlap=False` (SQLite: one writer, and a DB-backed broker writes too) runs relay_once."""

    def __init__(self, db: Database, broker: Broker, clock: Clock, limit: int, *, overlap: bool = True) -> None:
        if limit <= 0:
            raise InvalidInput(f"relay batch size must be positive, got {limit}")
        self.db, self.broker, self.clock, self.limit = db, broker, clock, limit
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="relay-db") if overlap else None
        self._closed = False
        self._ahead: Future[tuple[list[ClaimedMessage], dt.datetime]] | None = None
        self._settling: list[Future[RelayStats]] = []
        self._unsettled: list[tuple[list[ClaimedMessage], dict[str, PublishResult], dt.datetime]] = []

    def step(self) -> RelayStats:
        """Publish one batch. `claimed` counts the batch published now; arrived/failed count the
        batches whose settle finished during this step (settles trail by one step)."""
        if self._closed:
            raise RuntimeError("the relay pipeline is closed")
        if self._pool is None:
            return relay_once(self.db, self.broker, self.clock, self.limit)
        batch = self._next_batch()
        if not batch:
            self._submit_settles()
            done = self._collect(wait=True)
            return RelayStats(0, done.arrived, done.failed)
        self._ahead = self._submit(self._claim)
        self._submit_settles()
        try:
            results = self.broker.publish_batch([c.message for c in batch])
        except BrokerUnavailable as exc:
            self._unsettled.append((batch, exc.results, self.clock.now()))
            self.close()
            raise
        except BaseException:
            # Unknown state of this batch: its rows keep their lease and are retried after it.
            self.close()
            raise
        self._unsettled.append((batch, results, self.clock.now()))
        done = self._collect(wait=False)
        return RelayStats(len(batch), done.arrived, done.failed)

    def close(self) -> RelayStats:
        """Finish pending settles, release a batch claimed ahead, stop the helper thread."""
        self._closed = True
        if self._pool is None:
            return RelayStats()
        try:
            ahead, self._ahead = self._ahead, None
            if ahead is not None:
                batch, _ = self._wait(ahead, pump=False)
                if batch:
                    release(self.db, batch, self.clock.now())
            self._submit_settles()
            return self._collect(wait=True, pump=False)
        finally:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _claim(self) -> tuple[list[ClaimedMessage], dt.datetime]:
        now = self.clock.now()
        return claim_batch(self.db, now, self.limit), now

    def _next_batch(self) -> list[ClaimedMessage]:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            batch, claimed_at = self._wait(ahead)
            if not batch or self.clock.now() - claimed_at <= _AHEAD_MAX_AGE:
                return batch
            self._wait(self._submit(release, self.db, batch, self.clock.now()))
        return self._wait(self._submit(self._claim))[0]

    def _submit_settles(self) -> None:
        for batch, results, now in self._unsettled:
            self._settling.append(self._submit(settle, self.db, batch, results, now))
        self._unsettled.clear()

    def _submit(self, fn: Callable[..., _T], *args: Any) -> Future[_T]:
        if self._pool is None:
            raise RuntimeError("the relay pipeline is closed")
        return self._pool.submit(fn, *args)

    def _collect(self, *, wait: bool, pump: bool = True) -> RelayStats:
        arrived = failed = 0
        error: BaseException | None = None
        while self._settling and (wait or self._settling[0].done()):
            fut = self._settling.pop(0)
            try:
                stats = self._wait(fut, pump=pump)
            except Exception as exc:  # rows stay SENT and are retried after their lease
                error = error or exc
                continue
            arrived += stats.arrived
            failed += stats.failed
        if error is not None:
            raise error
        return RelayStats(0, arrived, failed)

    def _wait(self, fut: Future[_T], *, pump: bool = True) -> _T:
        """The future's result; while the database is slow the broker connection keeps its heartbeats."""
        while True:
            try:
                return fut.result(timeout=_PUMP_EVERY)
            except FutureTimeout:
                if pump:
                    self.broker.idle(0.01)


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
