"""Missing notifies: every sweep interval, ask the gateway about unpaid attempts older than
settings.payment_query_after that never heard back, and apply the answers like notifies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import payments
from console.services.errors import GatewayError

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker


def payment_query_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        w.running()
        older = dt.timedelta(seconds=rt.settings.payment_query_after)
        while not w.stopping:
            try:
                summary = payments.query_stale_attempts(rt.ctx, older)
            except GatewayError as exc:  # not wired or down: nothing is lost, the next pass asks again
                w.fail(str(exc))
                if w.wait(rt.settings.sweep_interval):
                    break
                continue
            if summary.errors:
                w.fail(f"{summary.errors} gateway queries failed; retried next pass", count=summary.errors)
            if summary.checked - summary.errors:
                w.done(summary.checked - summary.errors)
            if w.wait(rt.settings.sweep_interval):
                break

    return body
