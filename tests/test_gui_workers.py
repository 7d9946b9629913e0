"""Workers page (pytest-qt, real databases, a real WorkerHost): fleet, live throttled updates, start/stop."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import types
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from console.app import wire_bridge
from console.services import errors, workers_admin
from console.services.models import AuditLog, WorkerHeartbeat
from console.views.pages.workers import WorkersPage
from console.views.workers_model import workers_model
from console.workers.host import Worker, WorkerHost
from tests.admin_gui import make_api, page_for, qt_loop, run, settle
from tests.admin_seed import T0, seed_heartbeats

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def db(sqlite_db):  # type: ignore[no-untyped-def]
    return sqlite_db


# The services are tested on PostgreSQL too (test_*_admin.py); here one main flow runs on both.
@pytest.fixture(params=["sqlite", "postgresql"])
def both_db(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return request.getfixturevalue({"sqlite": "sqlite_db", "postgresql": "pg_db"}[request.param])


@pytest.fixture
def loop(qapp):  # type: ignore[no-untyped-def]
    with qt_loop(qapp) as lp:
        yield lp


def busy(w: Worker) -> None:
    """A worker that keeps finding work: a counter change every few milliseconds."""
    w.running()
    while not w.wait(0.005):
        w.done()


@pytest.fixture
def host(clock):  # type: ignore[no-untyped-def]
    h = WorkerHost("console-test:1", clock)
    h.register("alpha", busy)
    h.register("beta", busy)
    yield h
    h.stop(timeout=5)


def audits(db) -> list[tuple[str, str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return [(a.object_id, a.role, a.before, a.after, a.reason) for a in s.scalars(
            select(AuditLog).where(AuditLog.action == "start_stop_workers").order_by(AuditLog.id))]


def test_model_passes_qt_model_tester(qtmodeltester, sqlite_db, clock, settings, host) -> None:  # type: ignore[no-untyped-def]
    clock.set(T0)
    seed_heartbeats(sqlite_db, T0)
    api = make_api(sqlite_db, clock, settings, "ADMIN", workers=host)
    m = workers_model(api.now)
    m.set_rows(api.worker_fleet())
    qtmodeltester.check(m)


def test_fleet_merges_heartbeats_with_the_live_host(both_db, clock, settings, host) -> None:  # type: ignore[no-untyped-def]
    db = both_db
    clock.set(T0)
    seed_heartbeats(db, T0)
    # A stale heartbeat of this very process is overridden by the host's live state.
    with db.transaction() as s:
        s.add(WorkerHeartbeat(name="alpha", process="console-test:1", state="RUNNING", processed=99, failed=0,
                              last_seen=T0 - dt.timedelta(hours=1)))
    api = make_api(db, clock, settings, "ADMIN", workers=host)
    rows = {r.key: r for r in api.worker_fleet()}
    assert set(rows) == {("box2:4242", "order-close"), ("box2:4242", "relay"),
                         ("console-test:1", "alpha"), ("console-test:1", "beta")}
    alpha = rows[("console-test:1", "alpha")]
    assert alpha.local and alpha.state == "STOPPED" and alpha.processed == 0
    assert rows[("box2:4242", "order-close")].stale and not rows[("box2:4242", "relay")].stale
    assert rows[("box2:4242", "relay")].last_error == "BrokerUnavailable: reset"
    for role in ("MERCHANT", "SUPPORT"):
        with pytest.raises(errors.Forbidden):
            make_api(db, clock, settings, role, workers=host).worker_fleet()


def test_page_start_stop_audited_and_live_updates_throttled(qtbot, loop, db, clock, settings, host) -> None:  # type: ignore[no-untyped-def]
    clock.set(T0)
    seed_heartbeats(db, T0)
    api = make_api(db, clock, settings, "ADMIN", workers=host)
    bridge = wire_bridge(SimpleNamespace(workers=host))  # the app's own wiring of host -> bridge
    page = page_for(WorkersPage, api, qtbot, bridge)
    bridge.changed.connect(page.on_change)
    run(loop, page._refresh_and_report())
    page.poll.stop()  # heartbeats are not what this test watches
    assert len(page.model.rows) == 4 and "this console" not in page.summary.text()
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))

    # Select a remote worker: it can be neither started nor stopped from here.
    page.select_key(("box2:4242", "relay"))
    assert not page.start_button.isEnabled() and not page.stop_button.isEnabled()
    page.select_key(("console-test:1", "alpha"))
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()

    page.ask = lambda parent, title, text: "backlog is growing"
    page.on_action(True)
    settle(loop, lambda: page.selected() is not None and page.selected().state == "RUNNING")
    assert page.stop_button.isEnabled() and not page.start_button.isEnabled()

    # Live: alpha keeps counting; the page hears it through the bridge, coalesced.
    before = page.repaints
    settle(loop, lambda: page.selected().processed > 20, timeout=10)
    loop.run_until_complete(asyncio.sleep(1.0))
    batches = page.repaints - before
    assert 1 <= batches <= 8  # ~1.x s of changes, at most one batch per 250 ms
    assert resets == [] and page.selected_key() == ("console-test:1", "alpha")  # in place, selection kept

    page.on_action(False)
    settle(loop, lambda: page.selected().state == "STOPPED")
    rows = audits(db)
    assert [(r[0], r[1], r[4]) for r in rows] == [("console-test:1/alpha", "ADMIN", "backlog is growing")] * 2
    states = [(json.loads(r[2] or "")["state"], json.loads(r[3] or "")["state"]) for r in rows]
    assert states[0][0] == "STOPPED" and states[0][1] in ("STARTING", "RUNNING")  # the thread may be quick
    assert states[1] == ("RUNNING", "STOPPED")


def test_a_burst_of_changes_is_one_repaint(qtbot, loop, sqlite_db, clock, settings, host) -> None:  # type: ignore[no-untyped-def]
    clock.set(T0)
    api = make_api(sqlite_db, clock, settings, "ADMIN", workers=host)
    page = page_for(WorkersPage, api, qtbot)
    run(loop, page._refresh_and_report())
    page.poll.stop()
    changed: list[int] = []
    page.model.dataChanged.connect(lambda *a: changed.append(1))
    for _ in range(100):
        page.on_change("worker", "beta")
    settle(loop, lambda: page.repaints == 1)
    loop.run_until_complete(asyncio.sleep(0.4))
    assert page.repaints == 1 and changed == []  # nothing really changed: no repaint of a row either


def test_a_live_batch_repaints_the_changed_rows_not_the_whole_fleet(qtbot, loop, sqlite_db, clock, settings,  # type: ignore[no-untyped-def]
                                                                    host) -> None:
    """Columns sized to contents on every live update re-measured every cell (one GIL-taking data()
    call per cell and role, ~15 per cell) several times a second: the GUI stall with busy workers."""
    clock.set(T0)
    with sqlite_db.transaction() as s:
        for i in range(100):
            s.add(WorkerHeartbeat(name=f"w{i}", process="box3:1", state="RUNNING", processed=i, failed=0,
                                  last_seen=T0))
    api = make_api(sqlite_db, clock, settings, "ADMIN", workers=host)
    page = page_for(WorkersPage, api, qtbot)
    run(loop, page._refresh_and_report())
    page.poll.stop()
    assert len(page.model.rows) == 102
    host.start()
    settle(loop, lambda: all(i.processed > 0 for i in host.snapshot()))
    qtbot.wait(50)
    calls = [0]
    data = page.model.data

    def counting(self: object, index: object, role: int = 0) -> object:
        calls[0] += 1
        return data(index, role)

    page.model.data = types.MethodType(counting, page.model)
    changed: list[int] = []
    page.model.dataChanged.connect(lambda *a: changed.append(1))
    page.on_change("worker", "")
    page.apply_live()
    qtbot.wait(50)
    cells = len(page.model.rows) * page.model.columnCount()
    assert changed and calls[0] > 0  # the live rows did change and were repainted
    assert calls[0] < cells / 2, f"{calls[0]} data() calls for {len(changed)} changed rows of {cells} cells"


@pytest.mark.parametrize("role", ["MERCHANT", "SUPPORT"])
def test_other_roles_are_refused_by_the_service(qtbot, loop, sqlite_db, clock, settings, host, role,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    clock.set(T0)
    api = make_api(sqlite_db, clock, settings, role, workers=host)
    page = page_for(WorkersPage, api, qtbot)
    run(loop, page._refresh_and_report())
    page.poll.stop()
    assert "may not view workers" in page.last_error
    assert not page.start_button.isEnabled() and not page.stop_button.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr("console.views.pages.workers.QMessageBox.warning", lambda p, t, text: warned.append(text))
    assert run(loop, page.set_running("alpha", True)) is False
    assert warned and "may not start stop workers" in warned[0]
    with pytest.raises(errors.Forbidden):
        api.stop_worker("alpha")
    assert host.worker("alpha").info().state == "STOPPED" and audits(sqlite_db) == []


def test_start_stop_bad_input(sqlite_db, clock, settings, host) -> None:  # type: ignore[no-untyped-def]
    api = make_api(sqlite_db, clock, settings, "ADMIN", workers=host)
    with pytest.raises(errors.NotFound):
        api.start_worker("nope")
    with pytest.raises(errors.InvalidTransition):
        api.stop_worker("alpha")  # already stopped
    no_host = make_api(sqlite_db, clock, settings, "ADMIN")
    with pytest.raises(errors.InvalidTransition):
        no_host.start_worker("alpha")
    assert workers_admin.fleet(no_host.ctx, no_host.identity, None) == []
    assert audits(sqlite_db) == []
