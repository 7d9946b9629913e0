"""Choosing the broker (RabbitMQ by AMQP_URL, else the DB-backed local queue) and the topology both share.

The queue/binding table below is DESIGN.md §5 as data: rabbitmq.py declares it, local_queue.py routes
by it, so the embedded mode behaves like the real broker (same keys, same delays, same dead ends).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from console.config import Settings
from console.services import topology as t
from console.services.clock import Clock
from console.services.ports import Broker
from console.services.uow import Database

# Subscribers of other systems listen to order.* events (order.paid, order.cancelled, ...). This queue
# keeps those messages routable for mandatory publishing; capped, nobody here consumes it.
Q_ORDER_EVENTS = "order.events.queue"
ORDER_EVENTS_MAX_LENGTH = 100_000


@dataclass(frozen=True)
class QueueSpec:
    name: str
    ttl_seconds: int | None = None       # per-queue TTL: a delay queue
    dead_letter_exchange: str | None = None
    dead_letter_routing_key: str | None = None
    max_length: int | None = None
    sink: bool = False                   # routable but not consumed here (local queue drops it)


@dataclass(frozen=True)
class Binding:
    exchange: str
    pattern: str
    queue: str


EXCHANGES = (t.ORDER_EXCHANGE, t.STOCK_EXCHANGE, t.DEAD_LETTER_EXCHANGE)


def queues(settings: Settings) -> list[QueueSpec]:
    return [
        QueueSpec(t.Q_ORDER_DELAY, ttl_seconds=settings.pay_timeout,
                  dead_letter_exchange=t.ORDER_EXCHANGE, dead_letter_routing_key=t.RK_ORDER_RELEASE),
        QueueSpec(t.Q_ORDER_RELEASE, dead_letter_exchange=t.DEAD_LETTER_EXCHANGE),
        QueueSpec(t.Q_STOCK_DELAY, ttl_seconds=settings.stock_release_delay,
                  dead_letter_exchange=t.STOCK_EXCHANGE, dead_letter_routing_key=t.RK_STOCK_RELEASE),
        QueueSpec(t.Q_STOCK_RELEASE, dead_letter_exchange=t.DEAD_LETTER_EXCHANGE),
        QueueSpec(t.Q_DEAD_LETTER),
        QueueSpec(Q_ORDER_EVENTS, max_length=ORDER_EVENTS_MAX_LENGTH, sink=True),
    ]


BINDINGS = (
    Binding(t.ORDER_EXCHANGE, t.RK_ORDER_CREATE, t.Q_ORDER_DELAY),
    Binding(t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE, t.Q_ORDER_RELEASE),
    Binding(t.ORDER_EXCHANGE, t.RK_ORDER_RELEASE_OTHER, t.Q_STOCK_RELEASE),
    Binding(t.ORDER_EXCHANGE, "order.*", Q_ORDER_EVENTS),
    Binding(t.STOCK_EXCHANGE, t.RK_STOCK_LOCKED, t.Q_STOCK_DELAY),
    Binding(t.STOCK_EXCHANGE, t.RK_STOCK_RELEASE + ".#", t.Q_STOCK_RELEASE),
    Binding(t.DEAD_LETTER_EXCHANGE, "#", t.Q_DEAD_LETTER),
)


def topic_matches(pattern: str, routing_key: str) -> bool:
    """AMQP topic matching: '*' is exactly one word, '#' zero or more words."""
    return _match(pattern.split("."), routing_key.split("."))


def _match(pat: list[str], words: list[str]) -> bool:
    if not pat:
        return not words
    head, rest = pat[0], pat[1:]
    if head == "#":
        return any(_match(rest, words[i:]) for i in range(len(words) + 1))
    return bool(words) and (head in ("*", words[0])) and _match(rest, words[1:])


def factory_for(settings: Settings, db: Database, clock: Clock) -> Callable[[], Broker]:
    """A function giving a NEW broker connection per call (one per thread, made in that thread)."""
    if settings.embedded_broker:
        from console.adapters.local_queue import LocalQueueBroker

        return lambda: LocalQueueBroker(db, clock, settings)
    from console.adapters.rabbitmq import RabbitBroker

    return lambda: RabbitBroker(settings.amqp_url, settings)


def pinger_for(settings: Settings, db: Database) -> Callable[[], bool]:
    """Is the broker reachable? Returns within about 3 s and never raises."""
    if settings.embedded_broker:
        from console.adapters.local_queue import ping_table

        return lambda: ping_table(db)
    from console.adapters.rabbitmq import ping

    url = settings.amqp_url
    return lambda: ping(url)
