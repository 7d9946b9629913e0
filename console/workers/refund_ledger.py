"""The refund ledger worker: pays out PENDING/UNKNOWN refunds (refunds.run_due), at most one call
per trade every settings.refund_retry_interval seconds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import refunds

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

IDLE_SECONDS = 1.0


def refund_ledger_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        if rt.ctx.payments is None:
            raise RuntimeError("no payment gateway is configured")
        w.running()
        while not w.stopping:
            result = refunds.run_due(rt.ctx)
            if result.succeeded:
                w.done(result.succeeded)
            if result.failed or result.unknown:
                w.fail(f"{result.failed} refund(s) failed, {result.unknown} unknown (asked again)",
                       result.failed + result.unknown)
            if w.wait(IDLE_SECONDS):
                break

    return body
