"""The auto-approve worker: a DB scan approving after-sale requests the merchant left unanswered
past their deadline, in bounded batches (aftersales.auto_approve_due)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import aftersales

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

BATCH = 200
IDLE_SECONDS = 5.0  # between scans once nothing is due; deadlines are days, not seconds


def auto_approve_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        w.running()
        while not w.stopping:
            result = aftersales.auto_approve_due(rt.ctx, BATCH)
            if result.approved:
                w.done(result.approved)
            if result.failed:
                w.fail(f"{result.failed} request(s) could not be auto-approved: refund above what was paid",
                       result.failed)
            # A full batch means more may be due: go again at once.
            if result.approved + result.lost + result.failed < BATCH and w.wait(IDLE_SECONDS):
                break

    return body
