"""The checker of DESIGN.md §7 finds each kind of damage (and nothing on a healthy database)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from console.services import stock
from console.services.context import ServiceContext
from console.services.invariants import check
from console.services.models import (
    MqMessage,
    Order,
    PaymentInfo,
    RefundInfo,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
)
from console.services.states import LockStatus, OrderStatus, PaymentStatus, RefundStatus
from tests.engine_fixtures import World, buy, make_ctx, small_world


@pytest.fixture
def ctx(any_db, clock, settings, redis_client, redis_ns) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(any_db, clock, settings, redis_client, redis_ns)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return small_world(ctx)


def _kinds(ctx: ServiceContext) -> list[str]:
    return sorted(v.kind for v in check(ctx.db))


def _pay(ctx: ServiceContext, sn: str, amount: Decimal | None = None) -> int:
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        o = s.scalars(select(Order).where(Order.order_sn == sn)).one()
        o.status = OrderStatus.PAID
        stock.deduct_for_order(s, o.id, now)
        s.add(PaymentInfo(out_trade_no="P" + sn, order_id=o.id, order_sn=sn, total_amount=amount or o.pay_amount,
                          payment_status=PaymentStatus.TRADE_SUCCESS, created_at=now, updated_at=now, paid_at=now))
        return o.id


def _refund(ctx: ServiceContext, sn: str, order_id: int, amount: str, no: str) -> None:
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        s.add(RefundInfo(out_request_no=no, order_id=order_id, order_sn=sn, out_trade_no="P" + sn,
                         refund_amount=Decimal(amount), refund_status=RefundStatus.SUCCEEDED,
                         created_at=now, updated_at=now))


def test_healthy_flow_is_clean(ctx: ServiceContext, world: World) -> None:
    buy(ctx, world.alice, {world.sku_a: 12})
    res = buy(ctx, world.bob, {world.sku_b: 1})
    _pay(ctx, res.order_sn)
    assert check(ctx.db) == []


def test_stock_counter_mismatch(ctx: ServiceContext, world: World) -> None:
    buy(ctx, world.alice, {world.sku_a: 2})
    with ctx.db.transaction() as s:
        s.execute(update(WareSku).where(WareSku.sku_id == world.sku_a, WareSku.ware_id == world.w1)
                  .values(stock_locked=3))
    found = check(ctx.db)
    assert [v.kind for v in found] == ["STOCK_LOCKED_MISMATCH"]
    assert "stock_locked 3" in found[0].detail and "sum to 2" in found[0].detail
    assert str(found[0]).startswith("STOCK_LOCKED_MISMATCH ware_sku")


def test_paid_with_released_stock(ctx: ServiceContext, world: World) -> None:
    res = buy(ctx, world.alice, {world.sku_a: 1})
    _pay(ctx, res.order_sn)
    with ctx.db.transaction() as s:
        s.execute(update(WareOrderTaskDetail).values(lock_status=LockStatus.RELEASED))
    assert _kinds(ctx) == ["PAID_WITH_RELEASED_STOCK"]


def test_money_checks(ctx: ServiceContext, world: World) -> None:
    short = buy(ctx, world.alice, {world.sku_a: 1})
    _pay(ctx, short.order_sn, Decimal("1.00"))
    assert _kinds(ctx) == ["PAID_AMOUNT_MISMATCH"]
    with ctx.db.transaction() as s:
        s.execute(delete(PaymentInfo))
    res = buy(ctx, world.bob, {world.sku_b: 1})
    oid = _pay(ctx, res.order_sn)
    with ctx.db.transaction() as s:
        s.execute(update(Order).where(Order.order_sn == short.order_sn).values(status=OrderStatus.CANCELLED))
        s.execute(update(Order).where(Order.id == oid).values(status=OrderStatus.CLOSED))
    assert _kinds(ctx) == ["CLOSED_NOT_FULLY_REFUNDED"]
    _refund(ctx, res.order_sn, oid, "100.00", "R1")
    assert _kinds(ctx) == ["CLOSED_NOT_FULLY_REFUNDED"]
    _refund(ctx, res.order_sn, oid, "20.00", "R2")
    assert _kinds(ctx) == []
    _refund(ctx, res.order_sn, oid, "0.01", "R3")
    assert _kinds(ctx) == ["CLOSED_NOT_FULLY_REFUNDED", "REFUNDS_EXCEED_PAID"]


def test_order_without_outbox_row(ctx: ServiceContext, world: World) -> None:
    buy(ctx, world.alice, {world.sku_a: 1})
    with ctx.db.transaction() as s:
        s.execute(delete(MqMessage).where(MqMessage.class_type == "order.created"))
    assert _kinds(ctx) == ["ORDER_WITHOUT_OUTBOX"]


def test_cancelled_with_locked(ctx: ServiceContext, world: World) -> None:
    res = buy(ctx, world.alice, {world.sku_a: 1})
    with ctx.db.transaction() as s:
        s.execute(update(Order).values(status=OrderStatus.CANCELLED))
        assert s.scalars(select(WareOrderTask.order_sn)).one() == res.order_sn
    assert _kinds(ctx) == ["CANCELLED_WITH_LOCKED_STOCK"]
