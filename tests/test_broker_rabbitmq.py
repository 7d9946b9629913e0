"""RabbitMQ adapter: the topology of DESIGN.md §5, a clear error on a changed TTL, the pinger."""

from __future__ import annotations

import time
from pathlib import Path

import pika
import pytest

from console.adapters import brokers
from console.adapters.rabbitmq import RabbitBroker, ping
from console.services import topology as t
from console.services.ports import OutgoingMessage, PublishOutcome, TopologyConflict
from tests.messaging_fixtures import reset_rabbit, timer_settings


def test_topology_is_declared_with_ttls_and_dead_letter_routes(amqp_url: str, tmp_path: Path) -> None:
    settings = timer_settings(tmp_path, amqp_url)
    reset_rabbit(amqp_url, settings)
    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    ch = conn.channel()
    try:
        for name in (t.ORDER_EXCHANGE, t.STOCK_EXCHANGE, t.DEAD_LETTER_EXCHANGE):
            ch.exchange_declare(name, passive=True)
        # Re-declaring with exactly these arguments succeeds only if they are what the broker holds.
        ch.queue_declare(t.Q_ORDER_DELAY, durable=True, arguments={
            "x-message-ttl": 2000, "x-dead-letter-exchange": t.ORDER_EXCHANGE,
            "x-dead-letter-routing-key": t.RK_ORDER_RELEASE})
        ch.queue_declare(t.Q_STOCK_DELAY, durable=True, arguments={
            "x-message-ttl": 4000, "x-dead-letter-exchange": t.STOCK_EXCHANGE,
            "x-dead-letter-routing-key": t.RK_STOCK_RELEASE})
    finally:
        conn.close()
    b = RabbitBroker(amqp_url, settings)
    try:
        cases = {"a" * 32: (t.STOCK_EXCHANGE, "stock.release.manual"), "b" * 32: (t.ORDER_EXCHANGE, "order.paid"),
                 "c" * 32: (t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE_OTHER), "d" * 32: (t.STOCK_EXCHANGE, "stock.x")}
        results = b.publish_batch([OutgoingMessage(k, ex, rk, "{}") for k, (ex, rk) in cases.items()])
        assert [results[k].outcome for k in cases] == [PublishOutcome.ACKED] * 3 + [PublishOutcome.RETURNED]
        b.idle(0.2)
        conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
        depth = conn.channel().queue_declare(t.Q_STOCK_RELEASE, passive=True).method.message_count
        conn.close()
        assert depth == 2  # stock.release.# and order.release.other both land in the stock release queue
    finally:
        b.close()


def test_changed_pay_timeout_is_a_clear_topology_conflict(amqp_url: str, tmp_path: Path) -> None:
    reset_rabbit(amqp_url, timer_settings(tmp_path, amqp_url))
    changed = timer_settings(tmp_path, amqp_url).__class__(
        **{**timer_settings(tmp_path, amqp_url).__dict__, "pay_timeout": 3})
    b = RabbitBroker(amqp_url, changed)
    try:
        with pytest.raises(TopologyConflict, match=r"order\.delay\.queue .*delete_queue"):
            b.declare_topology()
    finally:
        b.close()


def test_pinger_answers_quickly_and_never_raises(amqp_url: str, tmp_path: Path) -> None:
    assert ping(amqp_url)
    started = time.monotonic()
    assert not ping("amqp://guest:guest@127.0.0.1:1/nowhere")
    assert not ping("amqp://guest:guest@10.255.255.1:5672/%2F")  # unroutable address: must time out
    assert time.monotonic() - started < 7
    settings = timer_settings(tmp_path, amqp_url)
    assert brokers.pinger_for(settings, None)()  # type: ignore[arg-type]
