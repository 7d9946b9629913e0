"""Queue consumers: decode the envelope, call the service handler, settle the message.

The handler commits its own transaction (and records (message_id, consumer) with its effect), so the
broker ack after it returns is safe: a crash in between only redelivers, and the replay does nothing.
A handler failure is retried; after settings.max_deliveries deliveries, or if the body is not an
envelope at all, the message is poison: dead-lettered with its error (DeadLetter row for the console).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.exc import InterfaceError, OperationalError

from console.services import dead_letters
from console.services.context import ServiceContext
from console.services.outbox import Envelope
from console.services.ports import ACK, Delivery, Disposition, Verdict

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

Handler = Callable[[ServiceContext, Envelope], None]


def resolve(target: str) -> Handler:
    """'package.module:function' -> the function; a clear error while it does not exist yet."""
    module_name, _, attr = target.partition(":")
    try:
        fn = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        raise RuntimeError(f"consumer handler {target} is not available") from None
    if not callable(fn):
        raise RuntimeError(f"consumer handler {target} is not callable")
    handler: Handler = fn
    return handler


def handle_delivery(ctx: ServiceContext, handler: Handler, d: Delivery,
                    worker: Worker | None = None) -> Verdict:
    try:
        envelope = Envelope.from_json(d.body)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        return _dead(ctx, d, f"undecodable message: {exc}", worker)
    try:
        handler(ctx, envelope)
    except (OperationalError, InterfaceError):
        raise  # the database is unwell, not the message: stop, reconnect, get it redelivered
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        if d.attempts + 1 >= ctx.settings.max_deliveries:
            return _dead(ctx, d, error, worker)
        if worker is not None:
            worker.fail(error)
        return Verdict(Disposition.RETRY, error)
    if worker is not None:
        worker.done()
    return ACK


def _dead(ctx: ServiceContext, d: Delivery, error: str, worker: Worker | None) -> Verdict:
    dead_letters.record(ctx.db, message_id=d.message_id, queue=d.queue, routing_key=d.routing_key,
                        body=d.body, error=error, attempts=d.attempts + 1, now=ctx.clock.now())
    if worker is not None:
        worker.fail(f"dead-lettered {d.message_id}: {error}")
    return Verdict(Disposition.DEAD, error)


def consumer_body(rt: Runtime, queue: str, consumer: str, target: str | Handler) -> Callable[[Worker], None]:
    """A worker body consuming `queue` with the handler named by `target` (imported when it starts)."""

    def body(w: Worker) -> None:
        handler = resolve(target) if isinstance(target, str) else target
        if rt.broker_factory is None:
            raise RuntimeError("no broker is configured")
        broker = rt.broker_factory()
        w.interrupt = broker.stop
        try:
            # Declaring is idempotent; without it a consumer that starts before the relay finds no queue.
            broker.declare_topology()
            w.running()
            broker.consume(queue, lambda d: handle_delivery(rt.ctx, handler, d, w),
                           rt.settings.consumer_prefetch)
        finally:
            broker.close()

    body.__name__ = f"consume_{consumer}"
    return body
