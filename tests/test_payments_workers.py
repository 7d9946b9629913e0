# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""The payment workers as the host runs them: notify receiver, stale-attempt query, daily reconciliation."""

from __future__ import annotations

import datetime as dt
import socket
import time
import urllib.request
from types import SimpleNamespace

from sqlalchemy import select

from console.adapters.alipay_sandbox import Sandbox
from console.services import payments
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.models import Order, ReconRun
from console.workers import reconcile
from console.workers.host import Worker, WorkerState
from console.workers.notify_server import notify_server_body
from console.workers.payment_query import payment_query_body
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys, seed_order


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(cond, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def _status(ctx: ServiceContext, sn: str) -> str:
    with ctx.db.reading() as s:
        return str(s.scalars(select(Order.status).where(Order.order_sn == sn)).one())


def test_notify_receiver_worker_pays_an_order(sqlite_db, clock, tmp_path, sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    ctx = make_ctx(sqlite_db, clock, tmp_path, sandbox, notify_port=port)
    seeded = seed_order(ctx)
    start = payments.start_payment(ctx, seeded.order_sn)
    urllib.request.urlopen(start.url, timeout=5).close()
    sandbox.pay(start.out_trade_no)
    worker = Worker("notify-server", notify_server_body(SimpleNamespace(ctx=ctx, settings=ctx.settings)), clock)  # type: ignore[arg-type]
    worker.start()
    try:
        _wait(lambda: worker.state == WorkerState.RUNNING)
        reply = sandbox.post_notify(ctx.settings.effective_notify_url,
                                    sandbox.notify_params(sandbox.trades[start.out_trade_no], "TRADE_SUCCESS"))
        assert reply == "success"
        assert _status(ctx, seeded.order_sn) == "PAID" and worker.processed == 1
    finally:
        assert worker.stop(5)
    assert worker.state == WorkerState.STOPPED


def test_payment_query_worker_applies_missed_payments(sqlite_db, clock: FakeClock, tmp_path,  # type: ignore[no-untyped-def]
                                                      sandbox: Sandbox) -> None:
    ctx = make_ctx(sqlite_db, clock, tmp_path, sandbox, payment_query_after=60, sweep_interval=3600)
    seeded = seed_order(ctx)
    start = payments.start_payment(ctx, seeded.order_sn)
    urllib.request.urlopen(start.url, timeout=5).close()
    sandbox.pay(start.out_trade_no)
    clock.advance(61)
    worker = Worker("payment-query", payment_query_body(SimpleNamespace(ctx=ctx, settings=ctx.settings)), clock)  # type: ignore[arg-type]
    worker.start()
    try:
        _wait(lambda: worker.processed >= 1)
        assert _status(ctx, seeded.order_sn) == "PAID"
    finally:
        assert worker.stop(5)


def test_payment_query_worker_survives_no_gateway(sqlite_db, clock: FakeClock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(sqlite_db, clock, tmp_path, None, payment_query_after=60, sweep_interval=3600)
    seed = seed_order(ctx)
    from console.services.models import PaymentInfo

    with ctx.db.transaction() as s:  # an attempt left from when a gateway was configured
        s.add(PaymentInfo(out_trade_no="X1", order_id=seed.order_id, order_sn=seed.order_sn,
                          total_amount=seed.amount, created_at=clock.now(), updated_at=clock.now()))
    clock.advance(61)
    worker = Worker("payment-query", payment_query_body(SimpleNamespace(ctx=ctx, settings=ctx.settings)), clock)  # type: ignore[arg-type]
    worker.start()
    try:
        _wait(lambda: worker.failed >= 1)
        assert worker.state == WorkerState.RUNNING and "gateway" in (worker.last_error or "")
    finally:
        assert worker.stop(5)


def test_reconcile_runs_once_a_day_after_the_bill_is_ready(sqlite_db, tmp_path, sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    beijing = dt.timezone(dt.timedelta(hours=8))
    clock = FakeClock(dt.datetime(2026, 3, 2, 8, 30, tzinfo=beijing).astimezone(dt.UTC))
    sandbox.clock = clock
    ctx = make_ctx(sqlite_db, clock, tmp_path, sandbox)
    assert reconcile.due_bill_date(ctx) is None  # before 09:00 Beijing
    clock.advance(3600)
    assert reconcile.due_bill_date(ctx) == dt.date(2026, 3, 1)
    worker = Worker("reconcile", reconcile.reconcile_body(SimpleNamespace(ctx=ctx, settings=ctx.settings)), clock)  # type: ignore[arg-type]
    worker.start()
    try:
        _wait(lambda: worker.processed == 1)
    finally:
        assert worker.stop(5)
    assert reconcile.due_bill_date(ctx) is None
    with ctx.db.reading() as s:
        assert [(r.bill_date, r.status) for r in s.scalars(select(ReconRun))] == [("2026-03-01", "DONE")]
