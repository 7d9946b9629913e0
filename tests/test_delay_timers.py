"""The close-order and stock-release timers, end to end: submit -> outbox -> relay -> delay -> consumers."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from console.adapters.local_queue import LocalQueueBroker
from console.adapters.rabbitmq import RabbitBroker
from console.services import orders, outbox, stock
from console.services import topology as t
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.models import ConsumedMessage
from console.services.states import OrderStatus
from console.services.uow import Database
from console.workers.consumer import handle_delivery
from tests.engine_fixtures import buy, count, make_ctx, small_world, stock_of, total_locked
from tests.messaging_fixtures import reset_rabbit, timer_settings, wait_for


def _status(ctx: ServiceContext, order_sn: str) -> str:
    return orders.get_order(ctx, order_sn).status


@pytest.mark.parametrize("db_name", ["sqlite_db", "pg_db"])
def test_unpaid_order_closes_on_the_local_queue(db_name: str, request: pytest.FixtureRequest,
                                                clock: FakeClock, tmp_path: Path, redis_client: Any,
                                                redis_ns: str) -> None:
    db: Database = request.getfixturevalue(db_name)
    ctx = make_ctx(db, clock, timer_settings(tmp_path), redis_client, redis_ns)
    world = small_world(ctx)
    order_sn = buy(ctx, world.alice, {world.sku_a: 3}).order_sn
    assert total_locked(ctx) == 3
    broker = LocalQueueBroker(db, clock, ctx.settings)

    def consume_all() -> int:
        n = broker.consume_once(t.Q_ORDER_RELEASE, lambda d: handle_delivery(ctx, orders.handle_order_release, d),
                                10)
        return n + broker.consume_once(t.Q_STOCK_RELEASE,
                                       lambda d: handle_delivery(ctx, stock.handle_stock_release, d), 10)

    assert outbox.relay_once(db, broker, clock, 100).arrived == 2  # order.create.order + stock.locked
    clock.advance(1.9)
    assert consume_all() == 0  # the pay timeout (2 s) has not run out
    assert _status(ctx, order_sn) == OrderStatus.PENDING_PAYMENT
    clock.advance(0.1)
    assert consume_all() == 1
    assert _status(ctx, order_sn) == OrderStatus.CANCELLED
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 0)
    # The close published order.release.other; the stock consumer takes it (a no-op, already released).
    assert outbox.relay_once(db, broker, clock, 100).arrived == 1
    assert consume_all() == 1
    clock.advance(2)  # the stock.locked safety net (4 s) fires too and changes nothing
    assert consume_all() == 1 and consume_all() == 0
    assert total_locked(ctx) == 0
    assert count(ctx, ConsumedMessage) == 3


def test_unpaid_order_closes_through_rabbitmq_ttl(pg_db: Database, clock: FakeClock, tmp_path: Path,
                                                  amqp_url: str, redis_client: Any, redis_ns: str) -> None:
    settings = timer_settings(tmp_path, amqp_url)
    reset_rabbit(amqp_url, settings)
    ctx = make_ctx(pg_db, clock, settings, redis_client, redis_ns)
    world = small_world(ctx)
    order_sn = buy(ctx, world.alice, {world.sku_a: 2, world.sku_b: 1}).order_sn
    relay = RabbitBroker(amqp_url, settings)
    consumers: list[RabbitBroker] = []
    threads = []
    for queue, fn in ((t.Q_ORDER_RELEASE, orders.handle_order_release),
                      (t.Q_STOCK_RELEASE, stock.handle_stock_release)):
        ready = threading.Event()

        def run(queue: str = queue, fn: Any = fn, ready: threading.Event = ready) -> None:
            b = RabbitBroker(amqp_url, settings)  # made in its own thread: pika is not thread-safe
            consumers.append(b)
            ready.set()
            try:
                b.consume(queue, lambda d: handle_delivery(ctx, fn, d), settings.consumer_prefetch)
            finally:
                b.close()

        th = threading.Thread(target=run, daemon=True)
        th.start()
        ready.wait(5)
        threads.append(th)
    try:
        assert outbox.relay_once(pg_db, relay, clock, 100).arrived == 2
        relay.idle(1.0)
        assert _status(ctx, order_sn) == OrderStatus.PENDING_PAYMENT  # TTL is 2 s
        wait_for(lambda: _status(ctx, order_sn) == OrderStatus.CANCELLED, 10, "the order to close")
        assert total_locked(ctx) == 0
        assert outbox.relay_once(pg_db, relay, clock, 100).arrived == 1  # order.release.other
        # Both stock-release messages (order.release.other now, stock.locked after 4 s) are consumed.
        wait_for(lambda: count(ctx, ConsumedMessage, ConsumedMessage.consumer == t.C_STOCK_RELEASE) == 2,
                 10, "both stock releases")
        assert total_locked(ctx) == 0 and stock_of(ctx, world.sku_b, world.w1) == (3, 0)
    finally:
        for b in consumers:
            b.stop()
        for th in threads:
            th.join(5)
        relay.close()
