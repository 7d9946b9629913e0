"""The sweep: the safety net behind the close and stock-release timers."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import update

from console.services import orders, stock, sweeper
from console.services.context import ServiceContext
from console.services.invariants import check
from console.services.models import Order
from console.services.states import CloseReason, OrderStatus
from console.workers.host import WorkerHost
from console.workers.sweeper import sweeper_body
from tests.engine_fixtures import World, buy, count, make_ctx, small_world, stock_of, total_locked
from tests.messaging_fixtures import runtime, wait_for


@pytest.fixture
def ctx(any_db, clock, settings, redis_client, redis_ns) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(any_db, clock, settings, redis_client, redis_ns)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return small_world(ctx)


def test_closes_only_overdue_unpaid_orders(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    first = buy(ctx, world.alice, {world.sku_a: 2})
    clock.advance(600)
    second = buy(ctx, world.bob, {world.sku_a: 1})
    assert sweeper.sweep(ctx) == sweeper.SweepResult(0, 0)
    clock.advance(ctx.settings.pay_timeout - 600)  # exactly first's deadline
    assert sweeper.sweep(ctx) == sweeper.SweepResult(1, 0)  # closing released its stock itself
    assert orders.get_order(ctx, first.order_sn).close_reason == CloseReason.TIMEOUT
    assert orders.get_order(ctx, second.order_sn).status == OrderStatus.PENDING_PAYMENT
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 1)
    clock.advance(601)
    assert sweeper.sweep(ctx).closed == 1
    assert total_locked(ctx) == 0
    assert sweeper.sweep(ctx) == sweeper.SweepResult(0, 0)
    assert check(ctx.db) == []


def test_orphan_locks_wait_for_the_stock_release_delay(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    stock.lock_for_order(ctx, "ORPHAN2", [stock.StockLine(world.sku_a, "SKU-A", 3)])
    # An order may still be being created: not robbed before the delay.
    clock.advance(ctx.settings.stock_release_delay - 1)
    assert sweeper.sweep(ctx).released == 0
    clock.advance(1)
    assert sweeper.sweep(ctx).released == 3
    assert total_locked(ctx) == 0


def test_cancelled_order_with_locks_left_is_repaired(ctx: ServiceContext, world: World) -> None:
    """A cancelled order whose release did not happen (e.g. an older version or a hand edit)."""
    res = buy(ctx, world.alice, {world.sku_b: 2})
    with ctx.db.transaction() as s:
        s.execute(update(Order).where(Order.order_sn == res.order_sn).values(status=OrderStatus.CANCELLED))
    assert [v.kind for v in check(ctx.db)] == ["CANCELLED_WITH_LOCKED_STOCK"]
    assert sweeper.sweep(ctx) == sweeper.SweepResult(0, 2)
    assert check(ctx.db) == []


def test_bounded_batches(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        buy(ctx, world.alice, {world.sku_a: 1})
    clock.advance(ctx.settings.pay_timeout)
    assert sweeper.sweep(ctx, limit=2).closed == 2
    assert sweeper.sweep(ctx, limit=2).closed == 1
    with pytest.raises(ValueError):
        sweeper.sweep(ctx, limit=0)


def test_a_stop_request_ends_the_pass_between_orders(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        buy(ctx, world.alice, {world.sku_a: 1})
    clock.advance(ctx.settings.pay_timeout)
    asked: list[int] = []

    def stop_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert sweeper.sweep(ctx, stop=stop_after_two) == sweeper.SweepResult(2, 0)
    assert sweeper.sweep(ctx).closed == 2  # the next pass does the rest
    assert total_locked(ctx) == 0


def test_the_sweeper_worker_stops_in_the_middle_of_a_long_pass(
        sqlite_db, clock, settings, redis_client, redis_ns, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(sqlite_db, clock, settings, redis_client, redis_ns)
    world = small_world(ctx)
    for _ in range(10):
        buy(ctx, world.alice, {world.sku_a: 1})
    clock.advance(ctx.settings.pay_timeout)
    real_close = orders.close_order

    def slow_close(*args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # a busy database: the pass of ten orders takes 3 s
        return real_close(*args, **kwargs)

    monkeypatch.setattr(orders, "close_order", slow_close)
    host = WorkerHost("sweep-test", clock)
    host.register("sweeper", sweeper_body(runtime(sqlite_db, clock, ctx.settings, ctx)))
    host.start()
    try:
        wait_for(lambda: count(ctx, Order, Order.status == OrderStatus.CANCELLED) >= 1, 10, "the first close")
        started = time.monotonic()
        assert host.stop(1.5), "the sweeper finished its whole pass before stopping"
        assert time.monotonic() - started < 1.5
        assert count(ctx, Order, Order.status == OrderStatus.PENDING_PAYMENT) > 0  # the pass was cut short
        monkeypatch.setattr(orders, "close_order", real_close)
        host.start()
        wait_for(lambda: count(ctx, Order, Order.status == OrderStatus.CANCELLED) == 10, 10, "the rest")
    finally:
        host.stop(10)
    assert total_locked(ctx) == 0
