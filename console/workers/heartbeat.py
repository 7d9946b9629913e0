"""The heartbeat worker: writes this process's workers to worker_heartbeat, so every console sees them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import heartbeats

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker, WorkerHost

INTERVAL_SECONDS = 5.0


def beat_now(rt: Runtime, host: WorkerHost) -> None:
    beats = [heartbeats.WorkerBeat(i.name, i.state.value, i.processed, i.failed, i.last_error)
             for i in host.snapshot()]
    heartbeats.beat(rt.db, host.process, beats, rt.clock.now())


def heartbeat_body(rt: Runtime, host: WorkerHost,
                   interval: float = INTERVAL_SECONDS) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        w.running()
        while True:
            beat_now(rt, host)
            w.done()
            if w.wait(interval):
                break

    return body
