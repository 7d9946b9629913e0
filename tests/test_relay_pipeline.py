"""The pipelined relay: settle N-1 and claim N+1 overlap the publishing of N, with relay_once's guarantees."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pika
from sqlalchemy import func, select

from console.adapters.local_queue import LocalQueueBroker
from console.adapters.rabbitmq import RabbitBroker
from console.services import outbox
from console.services import topology as t
from console.services.clock import FakeClock
from console.services.models import LocalQueueMessage, MqMessage
from console.services.ports import BrokerUnavailable, OutgoingMessage, PublishResult
from console.services.states import MessageStatus
from console.services.uow import Database
from tests.messaging_fixtures import reset_rabbit, timer_settings


def _add(db: Database, clock: FakeClock, n: int, rk: str = t.Q_ORDER_RELEASE, exchange: str = "") -> list[str]:
    with db.transaction() as s:
        return [outbox.add(s, exchange=exchange, routing_key=rk, type="test", payload={"n": i}, now=clock.now())
                for i in range(n)]


def _rows(db: Database) -> dict[str, tuple[int, int]]:
    with db.reading() as s:
        return {r.message_id: (r.message_status, r.attempts)
                for r in s.execute(select(MqMessage.message_id, MqMessage.message_status, MqMessage.attempts))}


def _queue_depth(amqp_url: str, queue: str) -> int:
    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    try:
        return int(conn.channel().queue_declare(queue, passive=True).method.message_count)
    finally:
        conn.close()


def _run(pipe: outbox.RelayPipeline) -> outbox.RelayStats:
    arrived = failed = 0
    while True:
        stats = pipe.step()
        arrived, failed = arrived + stats.arrived, failed + stats.failed
        if not stats.claimed:
            break
    rest = pipe.close()
    return outbox.RelayStats(0, arrived + rest.arrived, failed + rest.failed)


def test_two_pipelined_relays_publish_every_message_once(pg_db: Database, clock: FakeClock, amqp_url: str,
                                                          tmp_path: Path) -> None:
    settings = timer_settings(tmp_path, amqp_url)
    reset_rabbit(amqp_url, settings)
    ids = _add(pg_db, clock, 1200)
    lost = _add(pg_db, clock, 1, rk="order.nobody.listens", exchange=t.ORDER_EXCHANGE)[0]
    totals: list[outbox.RelayStats] = []
    errors: list[BaseException] = []

    def relay() -> None:
        broker = RabbitBroker(amqp_url, settings)
        try:
            totals.append(_run(outbox.RelayPipeline(pg_db, broker, clock, 100)))
        except BaseException as exc:
            errors.append(exc)
        finally:
            broker.close()

    threads = [threading.Thread(target=relay) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors
    assert sum(s.arrived for s in totals) == 1200 and sum(s.failed for s in totals) == 1
    rows = _rows(pg_db)
    assert all(rows[i] == (MessageStatus.ARRIVED, 1) for i in ids)  # each claimed once, by one relay
    assert rows[lost] == (MessageStatus.ERROR, 1)
    assert _queue_depth(amqp_url, t.Q_ORDER_RELEASE) == 1200  # and published once: no duplicates


def test_close_releases_the_batch_claimed_ahead(pg_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    broker = LocalQueueBroker(pg_db, clock, timer_settings(tmp_path))
    ids = _add(pg_db, clock, 25)
    pipe = outbox.RelayPipeline(pg_db, broker, clock, 10)
    first = pipe.step()
    assert first.claimed == 10
    stats = pipe.close()
    assert stats.arrived == 10  # the settle in flight finished
    statuses = [_rows(pg_db)[i] for i in ids]
    assert statuses.count((MessageStatus.ARRIVED, 1)) == 10
    assert statuses.count((MessageStatus.NEW, 0)) == 15  # the ahead batch is due again, attempt not counted
    assert outbox.relay_once(pg_db, broker, clock, 100).arrived == 15


class _DropsAfter:
    """The port's contract on a lost connection: BrokerUnavailable with the results known so far."""

    def __init__(self, inner: LocalQueueBroker, ok_batches: int) -> None:
        self.inner, self.ok_batches = inner, ok_batches

    def publish_batch(self, messages: Sequence[OutgoingMessage]) -> dict[str, PublishResult]:
        if self.ok_batches == 0:
            half = self.inner.publish_batch(messages[:len(messages) // 2])
            raise BrokerUnavailable("connection lost", half)
        self.ok_batches -= 1
        return self.inner.publish_batch(messages)

    def idle(self, seconds: float) -> None:
        self.inner.idle(seconds)


def test_lost_broker_settles_what_was_confirmed_and_releases_the_rest(pg_db: Database, clock: FakeClock,
                                                                      tmp_path: Path) -> None:
    inner = LocalQueueBroker(pg_db, clock, timer_settings(tmp_path))
    ids = _add(pg_db, clock, 40)
    pipe = outbox.RelayPipeline(pg_db, _DropsAfter(inner, 1), clock, 10)  # type: ignore[arg-type]
    assert pipe.step().claimed == 10
    try:
        pipe.step()
        raise AssertionError("BrokerUnavailable expected")
    except BrokerUnavailable:
        pass
    statuses = [_rows(pg_db)[i] for i in ids]
    assert statuses.count((MessageStatus.ARRIVED, 1)) == 15   # batch 1 and half of batch 2
    assert statuses.count((MessageStatus.ERROR, 1)) == 5      # unconfirmed: retried with backoff
    assert statuses.count((MessageStatus.NEW, 0)) == 20       # claimed ahead, never published: released
    assert outbox.relay_once(pg_db, inner, clock, 100).arrived == 20  # the rest is due now, not after a lease
    with pg_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(LocalQueueMessage)) == 35


def test_a_batch_claimed_ahead_too_long_ago_is_not_published(pg_db: Database, clock: FakeClock,
                                                               tmp_path: Path) -> None:
    broker = LocalQueueBroker(pg_db, clock, timer_settings(tmp_path))
    ids = _add(pg_db, clock, 20)
    pipe = outbox.RelayPipeline(pg_db, broker, clock, 10)
    assert pipe.step().claimed == 10  # publishes 10, claims the other 10 ahead
    # The pipeline stalls (say the previous batch waited out its confirm timeout) past the lease, and
    # another relay rightly takes the ahead batch over; publishing it now would double it.
    clock.advance(outbox.SENT_LEASE_SECONDS)
    with pg_db.reading() as s:
        published = set(s.scalars(select(LocalQueueMessage.message_id)))
    ahead = [i for i in ids if i not in published]
    other = outbox.claim_batch(pg_db, clock.now(), 100)  # the ahead batch (and the unsettled first one)
    assert len(ahead) == 10 and set(ahead) <= {c.message.message_id for c in other}
    assert pipe.step().claimed == 0  # too old: released (nothing of ours left) and nothing new to claim
    pipe.close()
    rows = _rows(pg_db)
    assert all(rows[i] == (MessageStatus.SENT, 2) for i in ahead)  # still the other relay's claim
    with pg_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(LocalQueueMessage)) == 10


def test_sqlite_runs_the_serial_step(sqlite_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    broker = LocalQueueBroker(sqlite_db, clock, timer_settings(tmp_path))
    ids = _add(sqlite_db, clock, 15)
    pipe = outbox.RelayPipeline(sqlite_db, broker, clock, 10, overlap=False)
    first = pipe.step()
    assert (first.claimed, first.arrived) == (10, 10)  # settled in the same step: nothing claimed ahead
    assert sum(1 for i in ids if _rows(sqlite_db)[i] == (MessageStatus.NEW, 0)) == 5
    assert _run(pipe).arrived == 5
