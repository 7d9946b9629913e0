"""Outbox relay: claim, publish with confirms, ARRIVED / ERROR with backoff, resend."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from console.adapters.local_queue import LocalQueueBroker
from console.adapters.rabbitmq import RabbitBroker
from console.services import outbox
from console.services import topology as t
from console.services.clock import FakeClock
from console.services.errors import InvalidInput, NotFound
from console.services.models import LocalQueueMessage, MqMessage
from console.services.states import MessageStatus
from console.services.uow import Database
from tests.messaging_fixtures import reset_rabbit, timer_settings


def _add(db: Database, clock: FakeClock, exchange: str, rk: str, n: int = 1) -> list[str]:
    with db.transaction() as s:
        return [outbox.add(s, exchange=exchange, routing_key=rk, type="test", payload={"n": i},
                           now=clock.now(), order_sn=f"SN{i}") for i in range(n)]


def _row(db: Database, message_id: str) -> MqMessage:
    with db.transaction() as s:  # expire_on_commit=False: the row stays readable after the session
        row = s.get(MqMessage, message_id)
        assert row is not None
        return row


def test_local_queue_routes_like_the_topology(any_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    settings = timer_settings(tmp_path)
    broker = LocalQueueBroker(any_db, clock, settings)
    create = _add(any_db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_CREATE)[0]
    locked = _add(any_db, clock, t.STOCK_EXCHANGE, t.RK_STOCK_LOCKED)[0]
    other = _add(any_db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE_OTHER)[0]
    paid = _add(any_db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_PAID)[0]
    lost = _add(any_db, clock, t.ORDER_EXCHANGE, "no.such.key")[0]

    stats = outbox.relay_once(any_db, broker, clock, 100)
    assert (stats.claimed, stats.arrived, stats.failed) == (5, 4, 1)
    with any_db.reading() as s:
        rows = {r.message_id: r for r in s.execute(select(LocalQueueMessage.message_id, LocalQueueMessage.queue,
                                                           LocalQueueMessage.deliver_at))}
    now = clock.now()
    assert (rows[create].queue, rows[create].deliver_at) == (t.Q_ORDER_RELEASE, now + dt.timedelta(seconds=2))
    assert (rows[locked].queue, rows[locked].deliver_at) == (t.Q_STOCK_RELEASE, now + dt.timedelta(seconds=4))
    assert (rows[other].queue, rows[other].deliver_at) == (t.Q_STOCK_RELEASE, now)
    assert paid not in rows and lost not in rows  # order.* is for other systems; no.such.key has no route
    assert _row(any_db, paid).message_status == MessageStatus.ARRIVED
    bad = _row(any_db, lost)
    assert bad.message_status == MessageStatus.ERROR and "returned" in (bad.last_error or "")


def test_unroutable_on_rabbitmq_is_error_and_retried_with_backoff(pg_db: Database, clock: FakeClock,
                                                                   amqp_url: str, tmp_path: Path) -> None:
    settings = timer_settings(tmp_path, amqp_url)
    reset_rabbit(amqp_url, settings)
    good = _add(pg_db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE)[0]
    bad = _add(pg_db, clock, t.ORDER_EXCHANGE, "order.nobody.listens")[0]
    broker = RabbitBroker(amqp_url, settings)
    try:
        stats = outbox.relay_once(pg_db, broker, clock, 100)
        assert (stats.arrived, stats.failed) == (1, 1)
        assert _row(pg_db, good).message_status == MessageStatus.ARRIVED
        row = _row(pg_db, bad)
        assert row.message_status == MessageStatus.ERROR
        assert "NO_ROUTE" in (row.last_error or "") and row.attempts == 1
        assert row.next_attempt_at == clock.now() + dt.timedelta(seconds=1)

        assert outbox.relay_once(pg_db, broker, clock, 100).claimed == 0  # not due yet
        clock.advance(1)
        assert outbox.relay_once(pg_db, broker, clock, 100).failed == 1
        row = _row(pg_db, bad)
        assert row.attempts == 2 and row.next_attempt_at == clock.now() + dt.timedelta(seconds=2)
    finally:
        broker.close()


def test_a_sent_row_whose_relay_died_is_claimed_again_after_the_lease(sqlite_db: Database,
                                                                       clock: FakeClock) -> None:
    mid = _add(sqlite_db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE)[0]
    assert [c.message.message_id for c in outbox.claim_batch(sqlite_db, clock.now(), 10)] == [mid]
    assert outbox.claim_batch(sqlite_db, clock.now(), 10) == []  # SENT, confirm pending
    clock.advance(outbox.SENT_LEASE_SECONDS)
    again = outbox.claim_batch(sqlite_db, clock.now(), 10)
    assert [(c.message.message_id, c.attempts) for c in again] == [(mid, 2)]


def test_claim_skips_rows_locked_by_another_relay(pg_db: Database, clock: FakeClock) -> None:
    # PostgreSQL only: MariaDB 10.11 was seen skipping every row while another claim held some.
    db = pg_db
    ids = _add(db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE, 6)
    with db.transaction() as other:  # another relay mid-claim holds three rows
        held = other.scalars(select(MqMessage.message_id).where(MqMessage.message_id.in_(ids[:3]))
                             .with_for_update()).all()
        mine = [c.message.message_id for c in outbox.claim_batch(db, clock.now(), 10)]
    assert len(mine) == 3 and not set(mine) & set(held) and set(mine) | set(held) == set(ids)


def test_resend_and_resend_matching(sqlite_db: Database, clock: FakeClock, tmp_path: Path) -> None:
    broker = LocalQueueBroker(sqlite_db, clock, timer_settings(tmp_path))
    ids = _add(sqlite_db, clock, t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE, 3)
    outbox.relay_once(sqlite_db, broker, clock, 10)
    assert all(_row(sqlite_db, i).message_status == MessageStatus.ARRIVED for i in ids)

    assert outbox.resend(sqlite_db, [ids[0]], clock.now()) == 1
    assert _row(sqlite_db, ids[0]).message_status == MessageStatus.NEW
    assert outbox.relay_once(sqlite_db, broker, clock, 10).arrived == 1
    with pytest.raises(InvalidInput):
        outbox.resend(sqlite_db, [" "], clock.now())
    with pytest.raises(NotFound):
        outbox.resend(sqlite_db, ["f" * 32], clock.now())
    with pytest.raises(InvalidInput):
        outbox.resend_matching(sqlite_db, outbox.OutboxFilter(), clock.now())
    n = outbox.resend_matching(sqlite_db, outbox.OutboxFilter(status=MessageStatus.ARRIVED, order_sn="SN1"),
                               clock.now())
    assert n == 1 and _row(sqlite_db, ids[1]).message_status == MessageStatus.NEW
    assert _row(sqlite_db, ids[2]).message_status == MessageStatus.ARRIVED
