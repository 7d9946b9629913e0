"""The auto-confirm worker: shipped orders past settings.auto_confirm_after become COMPLETED."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import receipts

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

BATCH = 200
IDLE_SECONDS = 10.0


def auto_confirm_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        w.running()
        while not w.stopping:
            result = receipts.auto_confirm_due(rt.ctx, BATCH)
            if result.completed:
                w.done(result.completed)
            if result.completed + result.lost < BATCH and w.wait(IDLE_SECONDS):
                break

    return body
