"""The outbox relay worker: claim due outbox rows, publish them with confirms, record the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import outbox

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

IDLE_SECONDS = 0.2  # wait between polls when the outbox is empty (the broker keeps its heartbeats)


def _report(w: Worker, stats: outbox.RelayStats) -> None:
    if stats.arrived:
        w.done(stats.arrived)
    if stats.failed:
        w.fail(f"{stats.failed} message(s) not confirmed; retried with backoff", stats.failed)


def relay_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        if rt.broker_factory is None:
            raise RuntimeError("no broker is configured")
        broker = rt.broker_factory()
        w.interrupt = broker.stop
        pipeline: outbox.RelayPipeline | None = None
        try:
            broker.declare_topology()
            # Overlap the database with the broker, except on SQLite (a single writer: the helper
            # thread's claims would only queue behind a DB-backed broker's writes).
            pipeline = outbox.RelayPipeline(rt.db, broker, rt.clock, rt.settings.relay_batch,
                                            overlap=rt.db.dialect != "sqlite")
            w.running()
            while not w.stopping:
                stats = pipeline.step()
                _report(w, stats)
                if stats.claimed < rt.settings.relay_batch:
                    broker.idle(IDLE_SECONDS)
        finally:
            try:
                if pipeline is not None:
                    _report(w, pipeline.close())  # settles in flight, a batch claimed ahead released
            finally:
                broker.close()

    return body
