"""The outbox relay worker: claim due outbox rows, publish them with confirms, record the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import outbox

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

IDLE_SECONDS = 0.2  # wait between polls when the outbox is empty (the broker keeps its heartbeats)


def relay_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        if rt.broker_factory is None:
            raise RuntimeError("no broker is configured")
        broker = rt.broker_factory()
        w.interrupt = broker.stop
        try:
            broker.declare_topology()
            w.running()
            while not w.stopping:
                stats = outbox.relay_once(rt.db, broker, rt.clock, rt.settings.relay_batch)
                if stats.arrived:
                    w.done(stats.arrived)
                if stats.failed:
                    w.fail(f"{stats.failed} message(s) not confirmed; retried with backoff", stats.failed)
                if stats.claimed < rt.settings.relay_batch:
                    broker.idle(IDLE_SECONDS)
        finally:
            broker.close()

    return body
