"""Read side and admin actions of the Workers page: the fleet, and start/stop of this process's workers.

The fleet comes from worker_heartbeat (every process, including headless `workers` processes) merged
with the live state of this process's worker host, which is fresher than its last heartbeat. The
host is reached through a small protocol, so services never import console.workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from console.services import audit, errors, heartbeats
from console.services.context import ServiceContext
from console.services.operators import require
from console.services.rows import OperatorIdentity

STALE_AFTER = 60  # seconds without a heartbeat before a remote worker shows as stale


class WorkerInfoLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def last_activity(self) -> dt.datetime | None: ...
    @property
    def processed(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def last_error(self) -> str | None: ...


class WorkerLike(Protocol):
    def start(self) -> None: ...
    def stop(self, timeout: float = ...) -> bool: ...
    def info(self) -> WorkerInfoLike: ...


class HostLike(Protocol):
    """What console.workers.host.WorkerHost offers that this module uses."""

    @property
    def process(self) -> str: ...
    def snapshot(self) -> Sequence[WorkerInfoLike]: ...
    def worker(self, name: str) -> WorkerLike: ...


@dataclass(frozen=True)
class WorkerRow:
    name: str
    process: str
    state: str
    last_activity: dt.datetime | None
    processed: int
    failed: int
    last_error: str | None
    local: bool  # runs in this process: it can be started and stopped from here
    stale: bool  # a remote worker whose process stopped reporting

    @property
    def key(self) -> tuple[str, str]:
        return (self.process, self.name)


def local_row(process: str, info: WorkerInfoLike) -> WorkerRow:
    return WorkerRow(info.name, process, str(info.state), info.last_activity, info.processed, info.failed,
                     info.last_error, True, False)


def fleet(ctx: ServiceContext, identity: OperatorIdentity, host: HostLike | None) -> list[WorkerRow]:
    """Every worker of every process, this process's from the live host (listed first)."""
    require(identity, "view_workers")
    now = ctx.clock.now()
    rows: dict[tuple[str, str], WorkerRow] = {}
    for b in heartbeats.fleet(ctx.db, now, stale_after=STALE_AFTER):
        rows[(b.process, b.name)] = WorkerRow(b.name, b.process, b.state, b.last_seen, b.processed, b.failed,
                                              b.last_error, False, b.stale)
    if host is not None:
        for info in host.snapshot():
            row = local_row(host.process, info)
            rows[row.key] = row
    # This console's workers first, then live processes, then stopped or silent ones.
    def rank(r: WorkerRow) -> tuple[int, str, str]:
        return (0 if r.local else 2 if r.stale or r.state == "STOPPED" else 1, r.process, r.name)

    return sorted(rows.values(), key=rank)


def _set_running(ctx: ServiceContext, identity: OperatorIdentity, host: HostLike | None, name: str,
                 start: bool, reason: str) -> WorkerRow:
    require(identity, "start_stop_workers")
    if host is None:
        raise errors.InvalidTransition("no workers run in this console process (started without them)")
    try:
        worker = host.worker(name)
    except KeyError:
        raise errors.NotFound(f"no worker {name!r} in this process") from None
    before = str(worker.info().state)
    if start and before in ("RUNNING", "STARTING"):
        raise errors.InvalidTransition(f"worker {name} is already {before.lower()}")
    if not start and before == "STOPPED":
        raise errors.InvalidTransition(f"worker {name} is already stopped")
    if start:
        worker.start()
    elif not worker.stop():
        raise errors.InvalidTransition(f"worker {name} did not stop in time; it was asked to and will stop")
    after = worker.info()
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        audit.record(s, identity, "start_stop_workers", "worker", f"{host.process}/{name}",
                     {"state": before}, {"state": str(after.state)}, reason.strip() or None, now)
    return local_row(host.process, after)


def start_worker(ctx: ServiceContext, identity: OperatorIdentity, host: HostLike | None, name: str,
                 reason: str = "") -> WorkerRow:
    """ADMIN: start one of this process's workers (audited before -> after state)."""
    return _set_running(ctx, identity, host, name, True, reason)


def stop_worker(ctx: ServiceContext, identity: OperatorIdentity, host: HostLike | None, name: str,
                reason: str = "") -> WorkerRow:
    """ADMIN: stop one of this process's workers, waiting for its current step to finish."""
    return _set_running(ctx, identity, host, name, False, reason)
