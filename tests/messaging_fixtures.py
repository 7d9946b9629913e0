"""Helpers for the messaging tests: RabbitMQ settings and a clean topology, a test consumer with an
idempotent effect, a runtime without the GUI, and waiting on a condition (not sleeping)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pika
from sqlalchemy import func, select

from console import config
from console.adapters import brokers
from console.bootstrap import Runtime
from console.services import stock
from console.services.clock import Clock
from console.services.context import ServiceContext
from console.services.models import OrderEvent
from console.services.outbox import Envelope
from console.services.uow import Database

TEST_CONSUMER = "test-effect"


def timer_settings(tmp_path: Path, amqp_url: str = "", **more: Any) -> config.Settings:
    """pay_timeout=2, stock_release_delay=4: every RabbitMQ test in the session declares the same TTLs."""
    return config.load(environ={}, data_dir=str(tmp_path / "data"), amqp_url=amqp_url, pay_timeout=2,
                       stock_release_delay=4, **more)


def reset_rabbit(amqp_url: str, settings: config.Settings) -> None:
    """Delete this session vhost's queues (earlier tests may have left messages) and declare afresh."""
    from console.adapters.rabbitmq import RabbitBroker

    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    ch = conn.channel()
    for spec in brokers.queues(settings):
        ch.queue_delete(spec.name)
    conn.close()
    b = RabbitBroker(amqp_url, settings)
    b.declare_topology()
    b.close()


def effect_handler(calls: list[str] | None = None,
                   fail: Callable[[Envelope], bool] | None = None) -> Callable[[ServiceContext, Envelope], None]:
    """A consumer whose effect is one OrderEvent row per message, recorded once via consumed_message."""

    def handle(ctx: ServiceContext, env: Envelope) -> None:
        if calls is not None:
            calls.append(env.message_id)
        if fail is not None and fail(env):
            raise ValueError(f"refusing {env.message_id}")
        now = ctx.clock.now()
        try:
            with ctx.db.transaction() as s:
                stock.record_consumed(s, env.message_id, TEST_CONSUMER, now)
                s.add(OrderEvent(order_id=0, order_sn=str(env.payload.get("n", "")), kind="TEST_EFFECT",
                                 detail=env.message_id, created_at=now))
        except stock.AlreadyConsumed:
            pass

    return handle


def effects(db: Database) -> dict[str, int]:
    with db.reading() as s:
        rows = s.execute(select(OrderEvent.detail, func.count()).where(OrderEvent.kind == "TEST_EFFECT")
                         .group_by(OrderEvent.detail)).all()
    return {r[0]: int(r[1]) for r in rows}


def runtime(db: Database, clock: Clock, settings: config.Settings, ctx: ServiceContext) -> Runtime:
    rt = Runtime(settings=settings, db=db, clock=clock, ctx=ctx, redis=None, embedded_redis=None)
    rt.broker_factory = brokers.factory_for(settings, db, clock)
    rt.health["broker"] = brokers.pinger_for(settings, db)
    return rt


def wait_for(cond: Callable[[], bool], timeout: float, what: str, every: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)
