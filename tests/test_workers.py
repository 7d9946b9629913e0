"""The worker host: every worker runs, reports, heartbeats and stops; a failing worker restarts."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

from console.commands import workers as workers_command
from console.services import heartbeats, orders
from console.services.clock import FakeClock
from console.services.models import MqMessage
from console.services.states import MessageStatus, OrderStatus
from console.services.uow import Database
from console.workers.host import Worker, WorkerHost, WorkerInfo, WorkerState, build_host
from tests.engine_fixtures import buy, count, make_ctx, small_world, total_locked
from tests.messaging_fixtures import runtime, timer_settings, wait_for

MINE = {"relay", "order-close", "stock-release", "sweeper", "heartbeat"}  # others add more workers


def _running(host: WorkerHost) -> bool:
    return all(i.state == WorkerState.RUNNING for i in host.snapshot() if i.name in MINE)


def test_host_runs_the_timers_end_to_end_on_the_local_queue(sqlite_db: Database, clock: FakeClock,
                                                              tmp_path: Path, redis_client: Any,
                                                              redis_ns: str) -> None:
    settings = timer_settings(tmp_path)
    ctx = make_ctx(sqlite_db, clock, settings, redis_client, redis_ns)
    rt = runtime(sqlite_db, clock, settings, ctx)
    world = small_world(ctx)
    order_sn = buy(ctx, world.alice, {world.sku_a: 2}).order_sn
    host = build_host(rt)
    changes: list[WorkerInfo] = []
    host.on_change(changes.append)
    host.start()
    try:
        wait_for(lambda: _running(host), 10, "every worker")
        wait_for(lambda: count(ctx, MqMessage, MqMessage.message_status == int(MessageStatus.ARRIVED)) == 2,
                 10, "the relay")
        clock.advance(settings.pay_timeout)
        wait_for(lambda: orders.get_order(ctx, order_sn).status == OrderStatus.CANCELLED, 10, "the close")
        assert total_locked(ctx) == 0
        wait_for(lambda: host.worker("order-close").info().processed == 1, 5, "the counter")
        wait_for(lambda: len(heartbeats.fleet(sqlite_db, clock.now())) == len(host.workers), 10,
                 "heartbeats")
    finally:
        assert host.stop(10)
    assert {i.state for i in host.snapshot()} == {WorkerState.STOPPED}
    assert {c.name for c in changes if c.state == WorkerState.RUNNING} >= MINE


def test_a_failing_worker_shows_failed_and_is_restarted(clock: FakeClock) -> None:
    host = WorkerHost("test:1", clock)
    runs: list[int] = []

    def body(w: Worker) -> None:
        runs.append(1)
        w.running()
        raise ConnectionError("broker went away")

    host.register("flaky", body)
    host.start()
    wait_for(lambda: len(runs) >= 2, 5, "a restart")  # first retry after 1 s
    info = host.worker("flaky").info()
    assert info.failed >= 1 and "broker went away" in (info.last_error or "")
    assert host.stop(5)
    assert host.worker("flaky").info().state == WorkerState.STOPPED


def test_workers_command_runs_until_asked_to_stop(sqlite_db: Database, clock: FakeClock, tmp_path: Path,
                                                  redis_client: Any, redis_ns: str) -> None:
    settings = timer_settings(tmp_path)
    rt = runtime(sqlite_db, clock, settings, make_ctx(sqlite_db, clock, settings, redis_client, redis_ns))
    stop = threading.Event()
    result: list[int] = []
    th = threading.Thread(target=lambda: result.append(workers_command.run(argparse.Namespace(), rt, stop=stop)))
    th.start()
    wait_for(lambda: rt.workers is not None and _running(rt.workers), 10, "the workers")
    stop.set()
    th.join(20)
    assert result == [0]
    assert {r.state for r in heartbeats.fleet(sqlite_db, clock.now())} == {"STOPPED"}


def test_fleet_forgets_finished_and_long_silent_processes(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from console.services import heartbeats

    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    heartbeats.beat(sqlite_db, "old:1", [heartbeats.WorkerBeat("relay", "RUNNING", 1, 0, None)], t0)
    heartbeats.beat(sqlite_db, "done:2", [heartbeats.WorkerBeat("relay", "STOPPED", 5, 0, None)], t0)
    names = {r.process for r in heartbeats.fleet(sqlite_db, t0 + dt.timedelta(minutes=30))}
    assert names == {"old:1", "done:2"}
    # An hour on, the cleanly stopped process is hidden; the silent one still shows (as stale).
    rows = heartbeats.fleet(sqlite_db, t0 + dt.timedelta(hours=2))
    assert [(r.process, r.stale) for r in rows] == [("old:1", True)]
    # A day on, the next beat of any process forgets both.
    later = t0 + dt.timedelta(days=2)
    heartbeats.beat(sqlite_db, "new:3", [heartbeats.WorkerBeat("relay", "RUNNING", 0, 0, None)], later)
    assert {r.process for r in heartbeats.fleet(sqlite_db, later)} == {"new:3"}
