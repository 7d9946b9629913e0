# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Payment flows end to end against the sandbox: start, cashier, notify over HTTP with retries,
a payment landing on a cancelled order, missing notifies found by query, the gateway down."""

from __future__ import annotations

import datetime as dt
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal

import pytest
from sqlalchemy import select

from console.adapters.alipay_sandbox import Sandbox
from console.services import notify, orders, payments
from console.services.context import ServiceContext
from console.services.errors import InvalidTransition, NotFound
from console.services.models import Order, PaymentInfo, PaymentNotify, RefundInfo, WareOrderTaskDetail
from console.services.states import CloseReason
from console.workers.notify_server import NotifyServer
from tests.payments_fixtures import (
    form,
    gateway_to,
    make_ctx,
    sandbox,
    sandbox_keys,
    seed_order,
    snapshot,
)

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def ctx(sqlite_db, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(sqlite_db, clock, tmp_path, sandbox)


def _open_cashier(sb: Sandbox, url: str) -> None:
    with urllib.request.urlopen(url, timeout=5) as resp:
        assert resp.status == 200


def _wait(cond, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def _order(ctx: ServiceContext, sn: str) -> tuple[str, str | None]:
    with ctx.db.reading() as s:
        o = s.scalars(select(Order).where(Order.order_sn == sn)).one()
        return o.status, o.payment_flag


def test_start_payment_makes_a_new_attempt_each_try(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(ctx, deadline_in=600)
    clock.advance(125)
    first = payments.start_payment(ctx, seeded.order_sn)
    second = payments.start_payment(ctx, seeded.order_sn)
    assert first.out_trade_no != second.out_trade_no and first.amount == seeded.amount
    q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(first.url).query))
    biz = json.loads(q["biz_content"])
    assert biz["timeout_express"] == "7m"  # 475 s left -> whole minutes, never longer than the time left
    assert q["notify_url"] == ctx.settings.effective_notify_url
    rows = payments.list_payment_attempts(ctx.db, payments.PaymentFilters(order_sn=seeded.order_sn))
    assert [r.out_trade_no for r in rows] == [second.out_trade_no, first.out_trade_no]
    assert payments.list_payment_attempts(ctx.db, after_key=rows[0].id)[0].id == rows[1].id


def test_start_payment_refuses_bad_orders(ctx: ServiceContext, clock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        payments.start_payment(ctx, "NOPE")
    seeded = seed_order(ctx, deadline_in=60)
    clock.advance(61)
    before = snapshot(ctx.db)
    with pytest.raises(InvalidTransition, match="over"):
        payments.start_payment(ctx, seeded.order_sn)
    assert snapshot(ctx.db) == before


def test_notify_over_http_with_retries_until_success(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded = seed_order(ctx)
    server = NotifyServer(ctx).start()
    try:
        ctx2 = make_ctx(ctx.db, ctx.clock, ctx.settings.data_path.parent, sandbox,  # type: ignore[arg-type]
                        notify_url=server.url)
        start = payments.start_payment(ctx2, seeded.order_sn)
        _open_cashier(sandbox, start.url)
        # The first delivery fails (our endpoint answers "failure": the gateway is not wired yet)...
        gw, ctx.payments = ctx.payments, None
        server.ctx = ctx
        sandbox.compression = 240 * 20  # 4 min -> 50 ms
        sandbox.auto_notify = True
        sandbox.pay(start.out_trade_no)
        _wait(lambda: len(sandbox.notify_log) >= 1)
        assert sandbox.notify_log[0][2] != "success"
        assert _order(ctx, seeded.order_sn)[0] == "PENDING_PAYMENT"
        # ...and Alipay's retry, once we are back, pays the order exactly once.
        ctx.payments = gw
        _wait(lambda: any(reply == "success" for _, _, reply in sandbox.notify_log))
        assert _order(ctx, seeded.order_sn)[0] == "PAID"
        assert len({nid for nid, _, _ in sandbox.notify_log}) == 1  # retries reuse the notify_id
        assert server.processed >= 1 and server.failed >= 1
    finally:
        server.stop()


def test_notify_server_refuses_get_and_huge_bodies(ctx: ServiceContext) -> None:
    server = NotifyServer(ctx).start()
    try:
        before = snapshot(ctx.db)
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(server.url, timeout=5)
        assert err.value.code == 405
        big = b"a=" + b"x" * (notify.MAX_BODY + 1)
        req = urllib.request.Request(server.url, data=big, method="POST", headers={"Content-Type": FORM})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=5)
        assert err.value.code == 413
        assert snapshot(ctx.db) == before
        with ctx.db.reading() as s:
            outcomes = [n.outcome for n in s.scalars(select(PaymentNotify))]
        assert outcomes == ["BAD_REQUEST", "BAD_REQUEST"]
        assert server.failed == 2
    finally:
        server.stop()


def test_payment_on_a_cancelled_order_is_refunded(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded = seed_order(ctx, (("W1", 1, "30.00"),))
    start = payments.start_payment(ctx, seeded.order_sn)
    _open_cashier(sandbox, start.url)
    sandbox.pay(start.out_trade_no)  # the buyer pays; the notify is slow...
    assert orders.close_order(ctx, seeded.order_sn, CloseReason.TIMEOUT, "timer")  # ...the timer wins
    reply = notify.handle_notify(ctx, form(sandbox.notify_params(sandbox.trades[start.out_trade_no],
                                                                 "TRADE_SUCCESS")), FORM)
    assert reply == "success"
    status, flag = _order(ctx, seeded.order_sn)
    assert (status, flag) == ("CANCELLED", "PAID_AFTER_CANCEL")
    with ctx.db.reading() as s:
        refund = s.scalars(select(RefundInfo)).one()
        assert refund.refund_amount == Decimal("30.00") and refund.refund_status == "SUCCEEDED"
        assert refund.out_request_no == f"{start.out_trade_no}-RL"
        assert {d.lock_status for d in s.scalars(select(WareOrderTaskDetail))} == {"RELEASED"}
    assert sandbox.trades[start.out_trade_no].refunded == Decimal("30.00")


def test_refund_with_gateway_down_stays_unknown_and_is_retried(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded = seed_order(ctx, (("W1", 1, "30.00"),))
    start = payments.start_payment(ctx, seeded.order_sn)
    _open_cashier(sandbox, start.url)
    sandbox.pay(start.out_trade_no)
    assert orders.close_order(ctx, seeded.order_sn, CloseReason.BUYER, "buyer")
    gw = ctx.payments
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    ctx.payments = gateway_to(sandbox, timeout=1, port=dead_port)
    assert notify.handle_notify(ctx, form(sandbox.notify_params(sandbox.trades[start.out_trade_no],
                                                                "TRADE_SUCCESS")), FORM) == "success"
    with ctx.db.reading() as s:
        refund = s.scalars(select(RefundInfo)).one()
        assert refund.refund_status == "UNKNOWN" and refund.attempts == 1
        refund_id = refund.id
    ctx.payments = gw
    assert payments.execute_refund(ctx, refund_id).status == "SUCCEEDED"
    assert payments.execute_refund(ctx, refund_id).detail == "already final"
    assert sandbox.trades[start.out_trade_no].refunded == Decimal("30.00")


def test_missing_notify_is_found_by_query(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    paid = seed_order(ctx)
    waiting = seed_order(ctx)
    never_opened = seed_order(ctx)
    p1 = payments.start_payment(ctx, paid.order_sn)
    p2 = payments.start_payment(ctx, waiting.order_sn)
    payments.start_payment(ctx, never_opened.order_sn)
    _open_cashier(sandbox, p1.url)
    _open_cashier(sandbox, p2.url)
    sandbox.pay(p1.out_trade_no)  # the notify never arrives
    assert payments.query_stale_attempts(ctx, dt.timedelta(minutes=10)).checked == 0  # too young
    clock.advance(11 * 60)
    summary = payments.query_stale_attempts(ctx, dt.timedelta(minutes=10))
    assert (summary.checked, summary.paid, summary.unchanged, summary.errors) == (3, 1, 2, 0)
    assert _order(ctx, paid.order_sn)[0] == "PAID"
    assert _order(ctx, waiting.order_sn)[0] == "PENDING_PAYMENT"
    # Asked once per period: an immediate second pass asks nobody.
    assert payments.query_stale_attempts(ctx, dt.timedelta(minutes=10)).checked == 0
    # The late notify is then a duplicate.
    assert notify.handle_notify(ctx, form(sandbox.notify_params(sandbox.trades[p1.out_trade_no],
                                                                "TRADE_SUCCESS")), FORM) == "success"
    assert payments.list_notifies(ctx.db, limit=1)[0].outcome == "DUPLICATE"
    sources = {r.source for r in payments.list_notifies(ctx.db, payments.NotifyFilters(source="QUERY"))}
    assert sources == {"QUERY"}
    # Past the pay timeout, an attempt never opened at the cashier can never be paid: closed, not asked again.
    clock.advance(ctx.settings.pay_timeout)
    summary = payments.query_stale_attempts(ctx, dt.timedelta(minutes=10))
    # ...and the opened one was closed by the gateway at its timeout_express: mirrored.
    assert (summary.checked, summary.closed) == (2, 2)
    statuses = {r.order_sn: r.payment_status for r in payments.list_payment_attempts(ctx.db)}
    assert statuses[never_opened.order_sn] == statuses[waiting.order_sn] == "TRADE_CLOSED"
    assert payments.query_stale_attempts(ctx, dt.timedelta(minutes=10)).checked == 0


def test_sandbox_down_or_slow_loses_nothing(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(ctx)
    start = payments.start_payment(ctx, seeded.order_sn)
    _open_cashier(sandbox, start.url)
    sandbox.pay(start.out_trade_no)
    clock.advance(11 * 60)
    good = ctx.payments
    sandbox.delay = 1.0
    ctx.payments = gateway_to(sandbox, timeout=0.3)
    summary = payments.query_stale_attempts(ctx, dt.timedelta(minutes=10))
    assert (summary.checked, summary.errors) == (1, 1)
    assert _order(ctx, seeded.order_sn)[0] == "PENDING_PAYMENT"
    sandbox.delay = 0
    ctx.payments = good
    clock.advance(11 * 60)
    assert payments.query_stale_attempts(ctx, dt.timedelta(minutes=10)).paid == 1
    assert _order(ctx, seeded.order_sn)[0] == "PAID"


def test_timeout_close_at_the_gateway_is_mirrored(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_order(ctx, deadline_in=300)
    start = payments.start_payment(ctx, seeded.order_sn)
    _open_cashier(sandbox, start.url)
    clock.advance(6 * 60)
    params = sandbox.notify_params(sandbox.trades[start.out_trade_no], "TRADE_CLOSED")
    assert notify.handle_notify(ctx, form(params), FORM) == "success"
    with ctx.db.reading() as s:
        assert s.scalars(select(PaymentInfo)).one().payment_status == "TRADE_CLOSED"
    assert _order(ctx, seeded.order_sn)[0] == "PENDING_PAYMENT"  # the order's own timer closes it


def test_close_trade_is_called_by_order_close(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded = seed_order(ctx)
    start = payments.start_payment(ctx, seeded.order_sn)
    _open_cashier(sandbox, start.url)
    assert orders.close_order(ctx, seeded.order_sn, CloseReason.BUYER, "buyer")
    assert sandbox.trades[start.out_trade_no].status == "TRADE_CLOSED"
    with pytest.raises(Exception, match="TRADE_CLOSED"):
        sandbox.pay(start.out_trade_no)
