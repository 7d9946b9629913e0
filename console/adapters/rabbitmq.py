"""RabbitMQ through pika's BlockingConnection: topology, confirmed publishing, consuming.

Publishing uses asynchronous publisher confirms: the channel is put in confirm mode with our own
ack/nack callback (pika's blocking confirm mode waits for each confirm, ~100x slower), a whole batch
is written with mandatory=True, and the connection's event loop runs until every delivery tag is
confirmed. A Basic.Return (no queue bound) arrives before the ack of the same message and turns its
result into RETURNED. One broker object = one connection, used from the thread that made it.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import pika  # type: ignore[import-untyped]
import pika.exceptions  # type: ignore[import-untyped]
import pika.frame  # type: ignore[import-untyped]
import pika.spec  # type: ignore[import-untyped]
from pika.adapters.blocking_connection import BlockingChannel  # type: ignore[import-untyped]

from console.adapters.brokers import BINDINGS, EXCHANGES, QueueSpec, queues
from console.config import Settings, redact_url
from console.services import topology as t
from console.services.ports import (
    BrokerUnavailable,
    Delivery,
    Disposition,
    OutgoingMessage,
    PublishOutcome,
    PublishResult,
    TopologyConflict,
    Verdict,
)

CONFIRM_TIMEOUT = 30.0   # seconds to wait for the confirms of one batch
MAX_IN_FLIGHT = 2000     # unconfirmed messages before we stop writing and pump confirms
PUMP_SECONDS = 0.25      # event-loop slice while consuming or idling: keeps stop() and heartbeats prompt


def _parameters(url: str, *, timeout: float = 5.0) -> pika.URLParameters:
    params = pika.URLParameters(url)
    params.connection_attempts = 1
    params.retry_delay = 0
    params.socket_timeout = timeout
    params.stack_timeout = timeout
    params.blocked_connection_timeout = 60
    if "heartbeat" not in url:
        params.heartbeat = 30
    return params


def ping(url: str) -> bool:
    """Can we open (and close) a connection within ~3 s? Never raises."""
    try:
        conn = pika.BlockingConnection(_parameters(url, timeout=2.5))
        conn.close()
        return True
    except Exception:
        return False


def queue_arguments(spec: QueueSpec) -> dict[str, Any]:
    args: dict[str, Any] = {}
    if spec.ttl_seconds is not None:
        args["x-message-ttl"] = int(spec.ttl_seconds) * 1000  # an int: header values are never floats
    if spec.dead_letter_exchange:
        args["x-dead-letter-exchange"] = spec.dead_letter_exchange
    if spec.dead_letter_routing_key:
        args["x-dead-letter-routing-key"] = spec.dead_letter_routing_key
    if spec.max_length is not None:
        args["x-max-length"] = int(spec.max_length)
    return args


class RabbitBroker:
    def __init__(self, url: str, settings: Settings) -> None:
        self.url = url
        self.settings = settings
        self._stopping = threading.Event()
        try:
            self._conn = pika.BlockingConnection(_parameters(url))
        except (pika.exceptions.AMQPError, OSError) as exc:
            raise BrokerUnavailable(f"cannot connect to RabbitMQ at {redact_url(url)}: "
                                    f"{type(exc).__name__} {exc}".strip()) from None
        self._pub: BlockingChannel | None = None
        self._next_tag = 0
        self._pending: collections.OrderedDict[int, str] = collections.OrderedDict()
        self._returned: dict[str, str] = {}
        self._results: dict[str, PublishResult] = {}

    # --- topology -------------------------------------------------------------------------------
    def declare_topology(self) -> None:
        ch = self._conn.channel()
        try:
            for name in EXCHANGES:
                ch.exchange_declare(name, exchange_type="topic", durable=True)
            for spec in queues(self.settings):
                try:
                    ch.queue_declare(spec.name, durable=True, arguments=queue_arguments(spec))
                except pika.exceptions.ChannelClosedByBroker as exc:
                    if exc.reply_code != 406:
                        raise
                    raise TopologyConflict(
                        f"queue {spec.name} already exists on RabbitMQ with other arguments than "
                        f"{queue_arguments(spec)} ({exc.reply_text}). A delay (pay timeout or stock release "
                        f"delay) probably changed: let the queue drain and delete it "
                        f"(rabbitmqctl delete_queue {spec.name}), or restore the previous setting."
                    ) from None
            for b in BINDINGS:
                ch.queue_bind(b.queue, b.exchange, routing_key=b.pattern)
        except pika.exceptions.AMQPConnectionError as exc:
            raise BrokerUnavailable(f"RabbitMQ connection lost while declaring the topology: {exc}") from None
        finally:
            if ch.is_open:
                ch.close()

    # --- publishing -----------------------------------------------------------------------------
    def _publish_channel(self) -> BlockingChannel:
        if self._pub is not None and self._pub.is_open:
            return self._pub
        ch = self._conn.channel()
        selected: list[bool] = []
        # Confirm mode with our own callback: confirms are counted, not awaited one by one.
        ch._impl.confirm_delivery(ack_nack_callback=self._on_confirm,
                                  callback=lambda _frame: selected.append(True))
        ch._impl.add_on_return_callback(self._on_return)
        deadline = time.monotonic() + CONFIRM_TIMEOUT
        while not selected and time.monotonic() < deadline:
            self._conn.process_data_events(time_limit=0.05)
        if not selected:
            raise BrokerUnavailable("RabbitMQ did not enable publisher confirms on the channel")
        self._pub = ch
        self._next_tag = 0
        self._pending.clear()
        return ch

    def _on_confirm(self, frame: pika.frame.Method) -> None:
        method = frame.method
        ok = isinstance(method, pika.spec.Basic.Ack)
        tag = int(method.delivery_tag)
        if method.multiple:
            while self._pending:
                first = next(iter(self._pending))
                if first > tag:
                    break
                self._settle_tag(first, ok)
        elif tag in self._pending:
            self._settle_tag(tag, ok)

    def _settle_tag(self, tag: int, ok: bool) -> None:
        message_id = self._pending.pop(tag)
        returned = self._returned.pop(message_id, None)
        if returned is not None:
            self._results[message_id] = PublishResult(PublishOutcome.RETURNED, returned)
        elif ok:
            self._results[message_id] = PublishResult(PublishOutcome.ACKED)
        else:
            self._results[message_id] = PublishResult(PublishOutcome.NACKED, "broker refused the message")

    def _on_return(self, _ch: Any, method: pika.spec.Basic.Return, props: pika.spec.BasicProperties,
                   _body: bytes) -> None:
        if props.message_id:
            self._returned[props.message_id] = (f"{method.reply_code} {method.reply_text} "
                                                f"{method.exchange or '(default)'} {method.routing_key}")

    def publish_batch(self, messages: Sequence[OutgoingMessage]) -> dict[str, PublishResult]:
        self._results = {}
        self._returned.clear()
        try:
            ch = self._publish_channel()
            for m in messages:
                if len(self._pending) >= MAX_IN_FLIGHT:
                    self._conn._flush_output(lambda: len(self._pending) < MAX_IN_FLIGHT // 2)
                self._next_tag += 1
                self._pending[self._next_tag] = m.message_id
                props = pika.BasicProperties(delivery_mode=pika.DeliveryMode.Persistent,
                                             message_id=m.message_id, type=m.type or None,
                                             content_type="application/json", content_encoding="utf-8")
                ch._impl.basic_publish(exchange=m.exchange, routing_key=m.routing_key,
                                       body=m.body.encode("utf-8"), properties=props, mandatory=True)
            deadline = time.monotonic() + CONFIRM_TIMEOUT
            # process_data_events(time_limit) would sleep out its whole slice (our confirm callbacks
            # are not "events" to it); flushing until a condition returns as soon as the last confirm lands.
            self._conn._flush_output(lambda: not self._pending or time.monotonic() >= deadline)
        except pika.exceptions.ChannelClosedByBroker as exc:
            # E.g. 404 NOT_FOUND (no such exchange): only this channel is gone; reopen next batch.
            self._pub = None
            self._fail_pending(f"channel closed by broker: {exc.reply_code} {exc.reply_text}")
            return dict(self._results)
        except (pika.exceptions.AMQPError, OSError) as exc:
            self._pub = None
            self._fail_pending(f"connection lost: {type(exc).__name__} {exc}".strip())
            raise BrokerUnavailable("RabbitMQ connection lost while publishing",
                                    dict(self._results)) from None
        self._fail_pending(f"no confirm within {CONFIRM_TIMEOUT:.0f} s")
        return dict(self._results)

    def _fail_pending(self, reason: str) -> None:
        for message_id in self._pending.values():
            self._results.setdefault(message_id, PublishResult(PublishOutcome.ERROR, reason))
        self._pending.clear()

    # --- consuming ------------------------------------------------------------------------------
    def consume(self, queue: str, handler: Callable[[Delivery], Verdict], prefetch: int) -> None:
        try:
            ch = self._conn.channel()
            ch.basic_qos(prefetch_count=max(prefetch, 1))

            def on_message(channel: BlockingChannel, method: pika.spec.Basic.Deliver,
                           props: pika.spec.BasicProperties, body: bytes) -> None:
                # pika dispatches every buffered delivery in one process_data_events call, and each
                # ack lets the broker send another: with a backlog that call never returns, so the
                # stop flag is checked here, before each message, not only between calls.
                if self._stopping.is_set():
                    _give_back(channel, method)
                    return
                headers = props.headers or {}
                delivery = Delivery(
                    queue=queue, message_id=props.message_id or "",
                    routing_key=str(headers.get("x-original-routing-key") or method.routing_key),
                    body=body, attempts=_int(headers.get("x-attempts")), redelivered=bool(method.redelivered))
                verdict = handler(delivery)  # an exception leaves the message unacked: redelivered later
                if verdict.disposition is not Disposition.ACK:
                    self._forward(channel, queue, delivery, props, verdict)
                channel.basic_ack(method.delivery_tag)

            ch.basic_consume(queue, on_message, auto_ack=False)
            while not self._stopping.is_set():
                self._conn.process_data_events(time_limit=PUMP_SECONDS)
            if ch.is_open:
                ch.close()  # cancels the consumer: unacked prefetched messages go back to the queue
        except (pika.exceptions.AMQPConnectionError, pika.exceptions.ConnectionClosed,
                pika.exceptions.StreamLostError) as exc:
            raise BrokerUnavailable(f"RabbitMQ connection lost while consuming {queue}: {exc}") from None

    def _forward(self, ch: BlockingChannel, queue: str, d: Delivery, props: pika.spec.BasicProperties,
                 verdict: Verdict) -> None:
        """RETRY: back to the end of the same queue with the attempt counted (classic queues keep no
        count). DEAD: to the dead-letter exchange with the error. Then the original is acked."""
        headers: dict[str, Any] = dict(props.headers or {})
        headers["x-attempts"] = d.attempts + 1
        headers["x-original-routing-key"] = d.routing_key
        headers["x-last-error"] = verdict.error[:900]
        new_props = pika.BasicProperties(delivery_mode=pika.DeliveryMode.Persistent,
                                         message_id=props.message_id, type=props.type,
                                         content_type=props.content_type, headers=headers)
        if verdict.disposition is Disposition.RETRY:
            ch.basic_publish("", queue, d.body, new_props)
        else:
            headers["x-original-queue"] = queue
            ch.basic_publish(t.DEAD_LETTER_EXCHANGE, queue, d.body, new_props)

    def idle(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        try:
            while not self._stopping.is_set() and time.monotonic() < deadline:
                left = max(deadline - time.monotonic(), 0.0)
                self._conn.process_data_events(time_limit=min(PUMP_SECONDS, left))
        except (pika.exceptions.AMQPError, OSError) as exc:
            raise BrokerUnavailable(f"RabbitMQ connection lost: {exc}") from None

    def stop(self) -> None:
        self._stopping.set()

    def close(self) -> None:
        self._stopping.set()
        try:
            if self._conn.is_open:
                self._conn.close()
        except Exception:  # closing a dead connection must not hide why it died
            pass


def _give_back(channel: BlockingChannel, method: pika.spec.Basic.Deliver) -> None:
    """Asked to stop: cancel the consumer (pika rejects, with requeue, every delivery it still holds
    for it and any that arrive before the broker confirms), then requeue this one. The broker stops
    sending, the dispatch loop runs dry at once, and the messages are consumed again, by another
    consumer now or by this one after a restart."""
    if method.consumer_tag in channel.consumer_tags:
        channel.basic_cancel(method.consumer_tag)
    channel.basic_nack(method.delivery_tag, requeue=True)


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
