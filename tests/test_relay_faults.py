"""Faults: the broker connection is killed while 5,000 messages are relayed and consumed."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.services import outbox
from console.services import topology as t
from console.services.clock import SystemClock
from console.services.context import ServiceContext
from console.services.models import MqMessage
from console.services.states import MessageStatus
from console.services.uow import Database
from console.workers.consumer import consumer_body
from console.workers.host import WorkerHost
from console.workers.relay import relay_body
from tests.messaging_fixtures import effect_handler, effects, reset_rabbit, runtime, timer_settings, wait_for

N = 5000


def close_vhost_connections(amqp_url: str) -> int:
    """Close every connection of this test session's vhost (and only those)."""
    vhost = amqp_url.rsplit("/", 1)[1]
    out = subprocess.run(["rabbitmqctl", "-q", "list_connections", "vhost", "pid"], check=True,
                         capture_output=True, text=True).stdout
    pids = [line.split("\t")[1] for line in out.splitlines() if line.split("\t")[0] == vhost]
    for pid in pids:
        subprocess.run(["rabbitmqctl", "-q", "close_connection", pid, "test: broker connection lost"],
                       capture_output=True)
    return len(pids)


def _arrived(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(MqMessage)
                            .where(MqMessage.message_status == int(MessageStatus.ARRIVED))) or 0)


@pytest.mark.slow
def test_connection_killed_while_relaying_5000(pg_db: Database, tmp_path: Path, amqp_url: str) -> None:
    settings = timer_settings(tmp_path, amqp_url, relay_batch=250)
    reset_rabbit(amqp_url, settings)
    clock = SystemClock()
    ctx = ServiceContext(db=pg_db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]
    rt = runtime(pg_db, clock, settings, ctx)
    with pg_db.transaction() as s:
        for i in range(N):
            outbox.add(s, exchange="", routing_key=t.Q_ORDER_RELEASE, type="test", payload={"n": i},
                       now=clock.now())
    host = WorkerHost("fault-test", clock)
    host.register("relay", relay_body(rt))
    host.register("consumer", consumer_body(rt, t.Q_ORDER_RELEASE, "test", effect_handler()))
    host.start()
    killed = threading.Event()
    try:
        wait_for(lambda: _arrived(pg_db) >= 1000, 60, "a fifth of the messages")
        assert close_vhost_connections(amqp_url) >= 2
        killed.set()
        wait_for(lambda: _arrived(pg_db) == N, 120, "every message confirmed", every=0.5)
        wait_for(lambda: len(effects(pg_db)) == N, 120, "every effect", every=0.5)
    finally:
        host.stop(10)
    assert killed.is_set() and host.worker("relay").info().failed >= 1  # it did lose the connection
    assert set(effects(pg_db).values()) == {1}
