"""The refund ledger against the project's Alipay sandbox: success, partial then full, failure,
unknown outcome (a stalled gateway), per-trade spacing, and the cap under concurrent approvals (PG)."""

from __future__ import annotations

import threading
import time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from console.adapters.alipay_sandbox import Sandbox
from console.services import aftersales, refunds
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.errors import Forbidden, InvalidTransition, RefundExceedsPaid
from console.services.models import AfterSale, Order, RefundInfo
from tests.test_aftersales_support import (
    ADMIN,
    BUYER,
    MERCHANT,
    gateway_for,
    make_ctx,
    order_status,
    sale,
    sandbox,  # noqa: F401 - the fixture
    sandbox_trade,
    seed_order,
)


def refund_rows(ctx: ServiceContext, sn: str) -> list[tuple[str, Decimal, str, int]]:
    with ctx.db.reading() as s:
        return [(r.out_request_no, r.refund_amount, r.refund_status, r.attempts)
                for r in s.scalars(select(RefundInfo).where(RefundInfo.order_sn == sn).order_by(RefundInfo.id))]


@pytest.fixture
def ctx(sqlite_db: Any, clock: FakeClock, settings: Any, sandbox: Sandbox) -> ServiceContext:  # noqa: F811
    return make_ctx(sqlite_db, clock, settings, gateway_for(sandbox))


def test_approved_request_is_paid_out_and_closes_the_order(ctx: ServiceContext, clock: FakeClock,
                                                           sandbox: Sandbox) -> None:  # noqa: F811
    out_trade_no, trade_no = sandbox_trade(sandbox, "100.00")
    sn = seed_order(ctx.db, clock.now(), out_trade_no=out_trade_no, trade_no=trade_no)
    sid = aftersales.request_refund(ctx, BUYER, sn, "LOST_IN_TRANSIT")
    aftersales.approve(ctx, MERCHANT, sid)
    assert refunds.run_due(ctx) == refunds.LedgerPass(tried=1, succeeded=1)
    assert sale(ctx.db, sid).status == "REFUNDED"
    assert order_status(ctx.db, sn) == "CLOSED"
    with ctx.db.reading() as s:
        o = s.scalars(select(Order).where(Order.order_sn == sn)).one()
        assert o.close_reason == "REFUNDED"
    assert sandbox.trades[out_trade_no].refunded == Decimal("100.00")
    assert refunds.run_due(ctx) == refunds.LedgerPass()  # nothing left, nothing twice


def test_partial_then_full_refunds(ctx: ServiceContext, clock: FakeClock, sandbox: Sandbox) -> None:  # noqa: F811
    out_trade_no, trade_no = sandbox_trade(sandbox, "100.00")
    sn = seed_order(ctx.db, clock.now(), status="PAID", out_trade_no=out_trade_no, trade_no=trade_no)
    first = aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, amount="30.00")
    assert not first.full
    assert refunds.run_due(ctx).succeeded == 1
    assert sale(ctx.db, first.after_sale_id).status == "REFUNDED"
    assert order_status(ctx.db, sn) == "PAID"
    clock.advance(ctx.settings.refund_retry_interval)
    rest = aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn)
    assert rest.full and rest.amount == Decimal("70.00")
    assert order_status(ctx.db, sn) == "CLOSED"
    assert refunds.run_due(ctx).succeeded == 1
    assert sandbox.trades[out_trade_no].refunded == Decimal("100.00")
    assert [r[2] for r in refund_rows(ctx, sn)] == ["SUCCEEDED", "SUCCEEDED"]
    with pytest.raises(InvalidTransition):
        aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, amount="0.01")


def test_calls_on_one_trade_are_spaced(ctx: ServiceContext, clock: FakeClock, sandbox: Sandbox) -> None:  # noqa: F811
    out_trade_no, trade_no = sandbox_trade(sandbox, "100.00")
    sn = seed_order(ctx.db, clock.now(), status="PAID", out_trade_no=out_trade_no, trade_no=trade_no)
    aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, amount="10.00")
    aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, amount="20.00")
    assert refunds.run_due(ctx) == refunds.LedgerPass(tried=1, succeeded=1, deferred=1)
    clock.advance(ctx.settings.refund_retry_interval - 1)
    assert refunds.run_due(ctx) == refunds.LedgerPass(deferred=1)
    clock.advance(1)
    assert refunds.run_due(ctx) == refunds.LedgerPass(tried=1, succeeded=1)
    assert sandbox.trades[out_trade_no].refunded == Decimal("30.00")


def test_gateway_refusal_is_failed_and_an_admin_can_retry(ctx: ServiceContext, clock: FakeClock,
                                                          sandbox: Sandbox) -> None:  # noqa: F811
    # Our record says 100.00 was paid but the trade at the gateway holds 50.00: the refund is refused.
    out_trade_no, trade_no = sandbox_trade(sandbox, "50.00")
    sn = seed_order(ctx.db, clock.now(), out_trade_no=out_trade_no, trade_no=trade_no)
    sid = aftersales.request_refund(ctx, BUYER, sn, "REFUSED")
    aftersales.approve(ctx, MERCHANT, sid)
    assert refunds.run_due(ctx).failed == 1
    (row,) = refund_rows(ctx, sn)
    assert row[2] == "FAILED"
    with ctx.db.reading() as s:
        r = s.scalars(select(RefundInfo).where(RefundInfo.order_sn == sn)).one()
        assert r.last_error and "REFUND_AMT" in r.last_error
        refund_id = r.id
    assert sale(ctx.db, sid).status == "REFUNDING"  # waits for a person
    assert refunds.run_due(ctx) == refunds.LedgerPass()  # FAILED is not retried by itself
    with pytest.raises(Forbidden):
        refunds.retry_failed(ctx, MERCHANT, refund_id)
    refunds.retry_failed(ctx, ADMIN, refund_id)
    assert refund_rows(ctx, sn)[0][0] == row[0] and refund_rows(ctx, sn)[0][2] == "PENDING"
    with pytest.raises(InvalidTransition):
        refunds.retry_failed(ctx, ADMIN, refund_id)


def test_unknown_outcome_is_asked_again_with_the_same_request_no(sqlite_db: Any, clock: FakeClock, settings: Any,
                                                                 sandbox: Sandbox) -> None:  # noqa: F811
    ctx = make_ctx(sqlite_db, clock, settings, gateway_for(sandbox, timeout=0.3))
    out_trade_no, trade_no = sandbox_trade(sandbox, "80.00")
    sn = seed_order(ctx.db, clock.now(), amount="80.00", out_trade_no=out_trade_no, trade_no=trade_no)
    sid = aftersales.request_refund(ctx, BUYER, sn, "LOST_IN_TRANSIT")
    aftersales.approve(ctx, MERCHANT, sid)
    sandbox.delay = 1.0  # the gateway answers after we stopped waiting: the money may or may not have moved
    assert refunds.run_due(ctx).unknown == 1
    (first,) = refund_rows(ctx, sn)
    assert first[2] == "UNKNOWN" and sale(ctx.db, sid).status == "REFUNDING"
    assert refunds.run_due(ctx) == refunds.LedgerPass()  # not due again yet
    deadline = time.monotonic() + 5
    while not sandbox.trades[out_trade_no].refunds and time.monotonic() < deadline:
        time.sleep(0.05)  # the stalled call lands at the (real) sandbox meanwhile
    sandbox.delay = 0.0
    clock.advance(ctx.settings.refund_retry_interval)
    assert refunds.run_due(ctx).succeeded == 1
    (again,) = refund_rows(ctx, sn)
    assert again[0] == first[0] and again[2] == "SUCCEEDED" and again[3] == 2
    assert sandbox.trades[out_trade_no].refunded == Decimal("80.00")  # paid once, not twice
    assert sale(ctx.db, sid).status == "REFUNDED"


@pytest.mark.parametrize("threads", [6])
def test_concurrent_approvals_never_refund_more_than_paid(pg_db: Any, clock: FakeClock, settings: Any,
                                                          threads: int) -> None:
    ctx = make_ctx(pg_db, clock, settings)
    now = clock.now()
    sn = seed_order(pg_db, now, amount="100.00")
    with pg_db.transaction() as s:
        order_id = s.scalar(select(Order.id).where(Order.order_sn == sn))
        # Several requests on one order (more than one open is possible through history): 40 each.
        sales = [AfterSale(order_id=order_id, order_sn=sn, member_id=BUYER, kind="REFUND_ONLY", status="REQUESTED",
                           reason_code="OTHER", amount=Decimal("40.00"), version=0, created_at=now, updated_at=now)
                 for _ in range(threads)]
        s.add_all(sales)
        s.flush()
        ids = [a.id for a in sales]
    barrier = threading.Barrier(threads)
    outcomes: list[str] = []

    def go(sid: int) -> None:
        barrier.wait()
        try:
            aftersales.approve(ctx, MERCHANT, sid)
            outcomes.append("ok")
        except RefundExceedsPaid:
            outcomes.append("cap")

    workers = [threading.Thread(target=go, args=(i,)) for i in ids]
    for t in workers:
        t.start()
    for t in workers:
        t.join(30)
    assert sorted(outcomes) == ["cap"] * (threads - 2) + ["ok", "ok"]
    with pg_db.reading() as s:
        total = s.scalar(select(func.sum(RefundInfo.refund_amount)).where(RefundInfo.order_sn == sn))
    assert total == Decimal("80.00")


def test_full_refund_before_shipment_puts_stock_back(sqlite_db: Any, clock: FakeClock, settings: Any,
                                                     sandbox: Sandbox, redis_client: Any,  # noqa: F811
                                                     redis_ns: str) -> None:
    """The whole engine path: buy, pay at the sandbox, merchant's out-of-stock refund -> CLOSED, restocked,
    money back at the gateway."""
    from console.services import payments
    from console.services.models import PaymentInfo
    from tests.engine_fixtures import buy, small_world, stock_of
    from tests.engine_fixtures import make_ctx as engine_ctx

    ctx = engine_ctx(sqlite_db, clock, settings, redis_client, redis_ns)
    ctx.payments = gateway_for(sandbox)
    world = small_world(ctx)
    placed = buy(ctx, world.alice, {world.sku_b: 2})
    start = payments.start_payment(ctx, placed.order_sn)
    sandbox.open_cashier({"out_trade_no": start.out_trade_no, "total_amount": f"{start.amount:.2f}",
                          "subject": "t", "timeout_express": "30m"}, "", "")
    trade = sandbox.pay(start.out_trade_no)
    with ctx.db.transaction() as s:
        attempt = s.scalars(select(PaymentInfo).where(PaymentInfo.out_trade_no == start.out_trade_no)).one()
        assert payments.apply_paid(s, attempt, trade_no=trade.trade_no, buyer_id="b", paid_at=clock.now(),
                                   now=clock.now(), source="QUERY").outcome == "PAID"
    assert stock_of(ctx, world.sku_b, world.w1) == (1, 0)  # 3 on the shelf, 2 deducted
    started = aftersales.merchant_refund_before_shipment(ctx, MERCHANT, placed.order_sn,
                                                         reason_text="Beta is damaged in the warehouse")
    assert started.full and order_status(ctx.db, placed.order_sn) == "CLOSED"
    assert stock_of(ctx, world.sku_b, world.w1) == (3, 0)  # back on the shelf
    assert refunds.run_due(ctx).succeeded == 1
    assert sandbox.trades[start.out_trade_no].refunded == start.amount
    assert sale(ctx.db, started.after_sale_id).status == "REFUNDED"


def test_workers_carry_a_due_request_to_refunded(ctx: ServiceContext, clock: FakeClock,
                                                 sandbox: Sandbox) -> None:  # noqa: F811
    """The auto-approve and refund-ledger worker bodies, on real threads, drive a due request to REFUNDED."""
    from types import SimpleNamespace

    from console.workers.auto_approve import auto_approve_body
    from console.workers.host import Worker
    from console.workers.refund_ledger import refund_ledger_body

    out_trade_no, trade_no = sandbox_trade(sandbox, "100.00")
    sn = seed_order(ctx.db, clock.now(), out_trade_no=out_trade_no, trade_no=trade_no)
    sid = aftersales.request_refund(ctx, BUYER, sn, "LOST_IN_TRANSIT")
    clock.advance(ctx.settings.auto_approve_after)
    rt = SimpleNamespace(ctx=ctx, settings=ctx.settings)
    workers = [Worker("auto-approve", auto_approve_body(rt), clock),  # type: ignore[arg-type]
               Worker("refund-ledger", refund_ledger_body(rt), clock)]  # type: ignore[arg-type]
    for w in workers:
        w.start()
    try:
        deadline = time.monotonic() + 20
        while sale(ctx.db, sid).status != "REFUNDED" and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        for w in workers:
            w.stop()
    assert sale(ctx.db, sid).status == "REFUNDED" and sale(ctx.db, sid).decided_by == "AUTO"
    assert [w.info().processed for w in workers] == [1, 1] and order_status(ctx.db, sn) == "CLOSED"
