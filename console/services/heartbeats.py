"""Worker heartbeats: every process reports its workers here, so any console sees the whole fleet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from console.services.models import WorkerHeartbeat
from console.services.uow import Database


@dataclass(frozen=True)
class WorkerBeat:
    name: str
    state: str
    processed: int
    failed: int
    last_error: str | None


@dataclass(frozen=True)
class FleetRow:
    name: str
    process: str
    state: str
    processed: int
    failed: int
    last_error: str | None
    last_seen: dt.datetime
    stale: bool  # no beat for a while: the process is probably gone


# A process silent this long is gone for good; its rows are dropped so the fleet view stays readable.
FORGET_AFTER = dt.timedelta(days=1)


def beat(db: Database, process: str, beats: Sequence[WorkerBeat], now: dt.datetime) -> None:
    """Upsert one row per (worker, process). One heartbeat thread per process, so no insert race."""
    with db.transaction() as s:
        s.execute(delete(WorkerHeartbeat).where(WorkerHeartbeat.last_seen < now - FORGET_AFTER)
                  .execution_options(synchronize_session=False))
        for b in beats:
            values = {"state": b.state, "processed": b.processed, "failed": b.failed,
                      "last_error": (b.last_error or None) and b.last_error[:500], "last_seen": now}
            done = s.execute(update(WorkerHeartbeat)
                             .where(WorkerHeartbeat.name == b.name, WorkerHeartbeat.process == process)
                             .values(**values).execution_options(synchronize_session=False))
            if not getattr(done, "rowcount", 0):
                s.add(WorkerHeartbeat(name=b.name, process=process[:96], **values))


def fleet(db: Database, now: dt.datetime, *, stale_after: int = 60,
          stopped_visible_for: dt.timedelta = dt.timedelta(hours=1)) -> list[FleetRow]:
    """Every worker of every process, except processes that stopped cleanly over an hour ago."""
    with db.reading() as s:
        rows = list(s.scalars(select(WorkerHeartbeat)
                              .order_by(WorkerHeartbeat.process, WorkerHeartbeat.name)))
        finished = {r.process for r in rows} - {
            r.process for r in rows if r.state != "STOPPED" or now - r.last_seen < stopped_visible_for}
        rows = [r for r in rows if r.process not in finished]
        # A worker that said STOPPED is not "gone quiet": it told us it was going.
        return [FleetRow(r.name, r.process, r.state, r.processed, r.failed, r.last_error, r.last_seen,
                         r.state != "STOPPED" and (now - r.last_seen).total_seconds() > stale_after)
                for r in rows]
