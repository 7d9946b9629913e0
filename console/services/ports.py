"""The small protocols through which services reach the outside (DESIGN.md §2).

Concrete ends live in console/adapters and are chosen only in console/bootstrap.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class TokenStore(Protocol):
    """Anti-duplicate order tokens, one per member (Redis in every mode)."""

    def put(self, member_id: int, token: str, ttl_seconds: int) -> None: ...

    def compare_and_delete(self, member_id: int, token: str) -> bool:
        """Atomically: if the member's token equals `token`, delete it and return True."""
        ...


class CartStore(Protocol):
    """One hash per member: sku_id -> quantity and checked flag."""

    def set_item(self, member_id: int, sku_id: int, quantity: int, checked: bool = True) -> None: ...

    def items(self, member_id: int) -> dict[int, tuple[int, bool]]: ...

    def remove(self, member_id: int, sku_ids: list[int]) -> None: ...

    def clear(self, member_id: int) -> None: ...


class Pinger(Protocol):
    """Anything whose health the status bar shows."""

    def ping(self) -> bool: ...


# --- messaging (DESIGN.md §5) -------------------------------------------------------------------
# The broker port: RabbitMQ (console/adapters/rabbitmq.py) or the DB-backed local queue
# (console/adapters/local_queue.py). Workers type against these, never against pika.


class PublishOutcome(StrEnum):
    ACKED = "acked"          # broker confirmed: the message is routed and stored
    NACKED = "nacked"        # broker refused it (internal error)
    RETURNED = "returned"    # mandatory and no queue bound to the routing key
    ERROR = "error"          # unknown fate: the connection failed before a confirm arrived


@dataclass(frozen=True)
class OutgoingMessage:
    """One outbox row on its way out. exchange "" means straight to the queue named routing_key."""

    message_id: str
    exchange: str
    routing_key: str
    body: str
    type: str = ""


@dataclass(frozen=True)
class PublishResult:
    outcome: PublishOutcome
    detail: str = ""


@dataclass(frozen=True)
class Delivery:
    """A message handed to a consumer. attempts = earlier deliveries that did not succeed."""

    queue: str
    message_id: str
    routing_key: str
    body: bytes
    attempts: int = 0
    redelivered: bool = False


class Disposition(StrEnum):
    ACK = "ack"      # done (the handler committed): remove it
    RETRY = "retry"  # failed this time: deliver again later
    DEAD = "dead"    # poison: move it to the dead-letter queue


@dataclass(frozen=True)
class Verdict:
    disposition: Disposition
    error: str = ""


ACK = Verdict(Disposition.ACK)


class BrokerUnavailable(Exception):
    """The broker connection failed or was lost. `results` holds what was known before it went."""

    def __init__(self, message: str, results: dict[str, PublishResult] | None = None) -> None:
        super().__init__(message)
        self.results = results or {}


class TopologyConflict(Exception):
    """A queue or exchange already exists with other arguments (e.g. the pay timeout changed)."""


class Broker(Protocol):
    """One connection, used from one thread only. Create one per thread with the broker factory."""

    def declare_topology(self) -> None:
        """Exchanges, queues and bindings of DESIGN.md §5 (idempotent)."""
        ...

    def publish_batch(self, messages: Sequence[OutgoingMessage]) -> dict[str, PublishResult]:
        """Publish persistent, mandatory messages with publisher confirms, many in flight.

        Returns one result per message_id. Raises BrokerUnavailable (with partial results) when the
        connection is lost on the way."""
        ...

    def consume(self, queue: str, handler: Callable[[Delivery], Verdict], prefetch: int) -> None:
        """Deliver messages to `handler` until stop(); settle each by the verdict it returns, after it
        returned. An exception from the handler leaves the message unsettled and ends the loop."""
        ...

    def idle(self, seconds: float) -> None:
        """Wait up to `seconds` while keeping the connection alive (heartbeats)."""
        ...

    def stop(self) -> None:
        """Ask a running consume() to return soon; safe from any thread."""
        ...

    def close(self) -> None: ...
