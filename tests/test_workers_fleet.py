"""Two worker processes side by side on RabbitMQ + PostgreSQL never double an effect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from console.services import topology as t
from console.services.clock import FakeClock
from console.services.models import ConsumedMessage, MqMessage, OrderEvent
from console.services.states import MessageStatus, OrderStatus
from console.services.uow import Database
from console.workers.consumer import consumer_body
from console.workers.host import WorkerHost
from console.workers.relay import relay_body
from tests.engine_fixtures import buy, count, make_ctx, small_world, total_locked
from tests.messaging_fixtures import reset_rabbit, runtime, timer_settings, wait_for

ORDERS = 12


@pytest.mark.slow
def test_two_worker_hosts_share_the_queues_without_doubling(pg_db: Database, clock: FakeClock, tmp_path: Path,
                                                            amqp_url: str, redis_client: Any,
                                                            redis_ns: str) -> None:
    settings = timer_settings(tmp_path, amqp_url, relay_batch=5)
    reset_rabbit(amqp_url, settings)
    ctx = make_ctx(pg_db, clock, settings, redis_client, redis_ns)
    world = small_world(ctx)
    hosts = []
    for name in ("proc-a", "proc-b"):
        rt = runtime(pg_db, clock, settings, ctx)
        host = WorkerHost(name, clock)
        host.register("relay", relay_body(rt))
        host.register(t.C_ORDER_CLOSE, consumer_body(rt, t.Q_ORDER_RELEASE, t.C_ORDER_CLOSE,
                                                     "console.services.orders:handle_order_release"))
        host.register(t.C_STOCK_RELEASE, consumer_body(rt, t.Q_STOCK_RELEASE, t.C_STOCK_RELEASE,
                                                       "console.services.stock:handle_stock_release"))
        hosts.append(host)
    for host in hosts:
        host.start()
    try:
        for _ in range(ORDERS):
            buy(ctx, world.alice, {world.sku_a: 1})
        wait_for(lambda: count(ctx, OrderEvent, OrderEvent.kind == "CANCELLED") == ORDERS, 30, "every close")
        # close -> order.release.other, and stock.locked after 4 s: two stock releases per order.
        wait_for(lambda: count(ctx, ConsumedMessage, ConsumedMessage.consumer == t.C_STOCK_RELEASE)
                 == 2 * ORDERS, 30, "every stock release")
    finally:
        for host in hosts:
            host.stop(10)
    with pg_db.reading() as s:
        statuses = s.execute(select(func.count()).select_from(MqMessage)
                             .where(MqMessage.message_status != int(MessageStatus.ARRIVED))).scalar()
    assert statuses == 0
    assert count(ctx, ConsumedMessage, ConsumedMessage.consumer == t.C_ORDER_CLOSE) == ORDERS
    assert total_locked(ctx) == 0
    from console.services.models import Order

    assert count(ctx, Order, Order.status == OrderStatus.CANCELLED) == ORDERS
    # Both processes did work (competing consumers), and neither doubled an effect.
    assert all(sum(w.info().processed for w in h.workers) > 0 for h in hosts)
