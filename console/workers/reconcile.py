"""Daily reconciliation: once yesterday's bill is ready (Alipay: the next morning, Beijing time),
run it if no finished run exists for that day. Checked hourly; a failed run is tried again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from console.services import reconciliation
from console.services.context import ServiceContext

if TYPE_CHECKING:
    from console.bootstrap import Runtime
    from console.workers.host import Worker

READY_HOUR = 9  # Beijing time; bills are generated overnight
CHECK_EVERY = 3600.0


def due_bill_date(ctx: ServiceContext) -> dt.date | None:
    """Yesterday's Beijing date if its bill should be ready and is not reconciled yet."""
    now = ctx.clock.now().astimezone(reconciliation.BEIJING)
    if now.hour < READY_HOUR:
        return None
    day = now.date() - dt.timedelta(days=1)
    return None if reconciliation.last_done(ctx.db, day) else day


def reconcile_body(rt: Runtime) -> Callable[[Worker], None]:
    def body(w: Worker) -> None:
        w.running()
        while not w.stopping:
            day = due_bill_date(rt.ctx)
            if day is not None:
                run = reconciliation.run_reconciliation(rt.ctx, day)
                if run.status == "DONE":
                    w.done()
                else:
                    w.fail(f"reconciliation of {day} {run.status}: {run.detail}")
            if w.wait(CHECK_EVERY):
                break

    return body
