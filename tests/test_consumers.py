"""Consumers: manual ack after commit, redelivery after a crash (effect once), poison -> dead letters."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from console.adapters.local_queue import LocalQueueBroker
from console.adapters.rabbitmq import RabbitBroker
from console.services import dead_letters, outbox
from console.services import topology as t
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.errors import InvalidTransition, NotFound
from console.services.ports import Delivery, OutgoingMessage, Verdict
from console.services.uow import Database
from console.workers.consumer import consumer_body, handle_delivery
from console.workers.host import WorkerHost, WorkerState
from tests.messaging_fixtures import effect_handler, effects, reset_rabbit, runtime, timer_settings, wait_for


class Crash(BaseException):
    """Stands for the process dying between the handler's commit and the ack."""


def _ctx(db: Database, clock: FakeClock, settings: object) -> ServiceContext:
    return ServiceContext(db=db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


def _publish(broker: object, n: int, queue: str = t.Q_ORDER_RELEASE) -> list[str]:
    msgs = []
    for i in range(n):
        env = outbox.Envelope(f"{i:032x}", "test", "", {"n": i})
        msgs.append(OutgoingMessage(env.message_id, "", queue, env.to_json(), "test"))
    results = broker.publish_batch(msgs)  # type: ignore[attr-defined]
    assert all(r.outcome == "acked" for r in results.values())
    return [m.message_id for m in msgs]


def test_local_consumer_killed_before_ack_is_redelivered_and_effect_once(
        sqlite_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    ctx = _ctx(sqlite_db, clock, timer_settings(tmp_path))
    broker = LocalQueueBroker(sqlite_db, clock, ctx.settings)
    ids = _publish(broker, 3)
    handler = effect_handler()
    claimed = broker.claim(t.Q_ORDER_RELEASE, 10)
    handle_delivery(ctx, handler, claimed[0].delivery)  # committed, then the process died: no ack
    assert broker.claim(t.Q_ORDER_RELEASE, 10) == []  # still leased
    clock.advance(broker.lease_seconds)
    other = LocalQueueBroker(sqlite_db, clock, ctx.settings)
    seen: list[Delivery] = []

    def record(d: Delivery) -> Verdict:
        seen.append(d)
        return handle_delivery(ctx, handler, d)

    assert other.consume_once(t.Q_ORDER_RELEASE, record, 10) == 3
    assert {d.message_id for d in seen if d.redelivered} == set(ids)
    assert effects(sqlite_db) == {i: 1 for i in ids}
    assert other.claim(t.Q_ORDER_RELEASE, 10) == []  # all acked


def test_local_poison_message_goes_to_dead_letters_and_can_be_requeued(
        sqlite_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    ctx = _ctx(sqlite_db, clock, timer_settings(tmp_path, max_deliveries=3))
    broker = LocalQueueBroker(sqlite_db, clock, ctx.settings)
    [bad] = _publish(broker, 1)
    broker.publish_batch([OutgoingMessage("b" * 32, "", t.Q_ORDER_RELEASE, "not json", "x")])
    broken = True
    handler = effect_handler(fail=lambda env: broken)

    def run() -> int:
        return broker.consume_once(t.Q_ORDER_RELEASE, lambda d: handle_delivery(ctx, handler, d), 10)

    assert run() == 2  # the undecodable one is dead at once; the other is retried with backoff
    for wait in (1, 2):
        assert run() == 0
        clock.advance(wait)
        assert run() == 1
    letters = {d.message_id: d for d in dead_letters.list_dead_letters(sqlite_db)}
    assert letters[bad].attempts == 3 and "refusing" in letters[bad].error
    assert "undecodable" in letters["b" * 32].error
    assert effects(sqlite_db) == {}

    broken = False
    outbox_id = dead_letters.requeue_dead_letter(sqlite_db, letters[bad].id, clock.now())
    with pytest.raises(InvalidTransition):
        dead_letters.requeue_dead_letter(sqlite_db, letters[bad].id, clock.now())
    with pytest.raises(NotFound):
        dead_letters.requeue_dead_letter(sqlite_db, 999999, clock.now())
    assert outbox.relay_once(sqlite_db, broker, clock, 10).arrived == 1 and outbox_id
    assert run() == 1
    assert effects(sqlite_db) == {bad: 1}


def test_rabbitmq_consumer_killed_before_ack_is_redelivered_and_effect_once(
        pg_db: Database, clock: FakeClock, tmp_path: Path, amqp_url: str) -> None:
    settings = timer_settings(tmp_path, amqp_url)
    reset_rabbit(amqp_url, settings)
    ctx = _ctx(pg_db, clock, settings)
    pub = RabbitBroker(amqp_url, settings)
    ids = _publish(pub, 5)
    pub.close()
    handler = effect_handler()

    def dies_after_commit(d: Delivery) -> Verdict:
        handle_delivery(ctx, handler, d)
        raise Crash

    first = RabbitBroker(amqp_url, settings)
    with pytest.raises(Crash):
        first.consume(t.Q_ORDER_RELEASE, dies_after_commit, prefetch=1)
    first.close()  # the connection goes: the unacked message returns to the queue
    assert len(effects(pg_db)) == 1

    seen: list[Delivery] = []
    second = RabbitBroker(amqp_url, settings)

    def ok(d: Delivery) -> Verdict:
        seen.append(d)
        return handle_delivery(ctx, handler, d)

    th = threading.Thread(target=second.consume, args=(t.Q_ORDER_RELEASE, ok, 5), daemon=True)
    th.start()
    try:
        wait_for(lambda: len(seen) == 5, 10, "five deliveries")
    finally:
        second.stop()
        th.join(5)
        second.close()
    assert sum(d.redelivered for d in seen) == 1
    assert effects(pg_db) == {i: 1 for i in ids}


def test_rabbitmq_poison_message_is_dead_lettered_with_its_error(
        pg_db: Database, clock: FakeClock, tmp_path: Path, amqp_url: str) -> None:
    import pika

    settings = timer_settings(tmp_path, amqp_url, max_deliveries=3)
    reset_rabbit(amqp_url, settings)
    ctx = _ctx(pg_db, clock, settings)
    b = RabbitBroker(amqp_url, settings)
    [bad] = _publish(b, 1)
    calls: list[str] = []
    handler = effect_handler(calls, fail=lambda env: True)
    th = threading.Thread(target=b.consume,
                          args=(t.Q_ORDER_RELEASE, lambda d: handle_delivery(ctx, handler, d), 2), daemon=True)
    th.start()
    try:
        wait_for(lambda: len(dead_letters.list_dead_letters(pg_db)) == 1, 10, "the dead letter")
    finally:
        b.stop()
        th.join(5)
        b.close()
    [letter] = dead_letters.list_dead_letters(pg_db)
    assert (letter.message_id, letter.attempts, letter.queue) == (bad, 3, t.Q_ORDER_RELEASE)
    assert calls == [bad] * 3
    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    method, props, _body = conn.channel().basic_get(t.Q_DEAD_LETTER, auto_ack=True)
    conn.close()
    assert method is not None and props.message_id == bad
    assert props.headers["x-attempts"] == 3 and "refusing" in props.headers["x-last-error"]


def _queue_depth(amqp_url: str, queue: str) -> int:
    import pika

    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    try:
        return int(conn.channel().queue_declare(queue, passive=True).method.message_count)
    finally:
        conn.close()


BACKLOG = 2000


def _counting_slow_handler(calls: list[str], delay: list[float]) -> Callable[[ServiceContext, outbox.Envelope], None]:
    """The effect handler, slowed by delay[0] seconds per message (set to 0 to drain fast)."""
    effect = effect_handler(calls)

    def handle(ctx: ServiceContext, env: outbox.Envelope) -> None:
        if delay[0]:
            time.sleep(delay[0])
        effect(ctx, env)

    return handle


def test_rabbitmq_consumer_worker_stops_promptly_with_a_backlog_and_loses_nothing(
        pg_db: Database, clock: FakeClock, tmp_path: Path, amqp_url: str) -> None:
    settings = timer_settings(tmp_path, amqp_url)
    reset_rabbit(amqp_url, settings)
    ctx = _ctx(pg_db, clock, settings)
    pub = RabbitBroker(amqp_url, settings)
    ids = _publish(pub, BACKLOG)
    pub.close()
    calls: list[str] = []
    delay = [0.005]
    rt = runtime(pg_db, clock, settings, ctx)
    host = WorkerHost("stop-test", clock)
    worker = host.register(t.C_ORDER_CLOSE, consumer_body(rt, t.Q_ORDER_RELEASE, "test",
                                                          _counting_slow_handler(calls, delay)))
    host.start()
    try:
        wait_for(lambda: len(calls) >= 100, 20, "the first hundred deliveries")
        started = time.monotonic()
        stopped = host.stop(3)
        took = time.monotonic() - started
        assert stopped and took < 3, f"stop took {took:.1f} s"
        assert worker.info().state == WorkerState.STOPPED
        handled = len(calls)
        assert handled < BACKLOG // 2  # the backlog was still there when it stopped
        # Everything handled was acked; everything prefetched but not handled went back to the queue.
        assert len(effects(pg_db)) == handled
        wait_for(lambda: _queue_depth(amqp_url, t.Q_ORDER_RELEASE) == BACKLOG - handled, 5,
                 "the unhandled messages back in the queue")

        delay[0] = 0.0
        host.start()
        wait_for(lambda: len(effects(pg_db)) == BACKLOG, 60, "the rest after a restart", every=0.2)
    finally:
        host.stop(10)
    assert effects(pg_db) == {i: 1 for i in ids}
    assert sorted(calls) == sorted(ids)  # each handled exactly once: nothing acked twice or redone
    assert _queue_depth(amqp_url, t.Q_ORDER_RELEASE) == 0


def test_local_queue_consumer_worker_stops_promptly_and_gives_back_what_it_claimed(
        sqlite_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    settings = timer_settings(tmp_path, consumer_prefetch=50)
    ctx = _ctx(sqlite_db, clock, settings)
    ids = _publish(LocalQueueBroker(sqlite_db, clock, settings), BACKLOG)
    calls: list[str] = []
    delay = [0.005]
    rt = runtime(sqlite_db, clock, settings, ctx)
    host = WorkerHost("stop-test", clock)
    worker = host.register(t.C_ORDER_CLOSE, consumer_body(rt, t.Q_ORDER_RELEASE, "test",
                                                          _counting_slow_handler(calls, delay)))
    host.start()
    try:
        wait_for(lambda: len(calls) >= 75, 20, "the first deliveries")  # in the middle of a claim of 50
        started = time.monotonic()
        stopped = host.stop(3)
        took = time.monotonic() - started
        assert stopped and took < 3, f"stop took {took:.1f} s"
        assert worker.info().state == WorkerState.STOPPED
        handled = len(calls)
        assert handled < BACKLOG // 2 and len(effects(sqlite_db)) == handled
        # Nothing is left leased: the clock has not moved, yet every unhandled message is claimable.
        probe = LocalQueueBroker(sqlite_db, clock, settings)
        back = probe.claim(t.Q_ORDER_RELEASE, BACKLOG)
        assert len(back) == BACKLOG - handled
        assert {c.delivery.attempts for c in back} == {0}  # an unhandled claim is no delivery attempt
        probe.release(back)

        delay[0] = 0.0
        host.start()
        wait_for(lambda: len(effects(sqlite_db)) == BACKLOG, 60, "the rest after a restart", every=0.2)
    finally:
        host.stop(10)
    assert effects(sqlite_db) == {i: 1 for i in ids}
    assert sorted(calls) == sorted(ids)
    assert probe.claim(t.Q_ORDER_RELEASE, 10) == []
