"""Close an unpaid order, release stock (missing or cancelled orders only), deduct and restock."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, update

from console.services import catalog, orders, stock
from console.services.context import ServiceContext
from console.services.errors import InvalidInput, InvalidTransition, NotFound
from console.services.invariants import check
from console.services.models import (
    ConsumedMessage,
    Coupon,
    Member,
    MqMessage,
    Order,
    OrderEvent,
    PaymentInfo,
    WareOrderTask,
    WareOrderTaskDetail,
)
from console.services.outbox import Envelope
from console.services.states import CloseReason, CouponStatus, LockStatus, OrderStatus, PaymentStatus
from console.services.topology import C_ORDER_CLOSE, C_STOCK_RELEASE, RK_ORDER_RELEASE_OTHER
from tests.engine_fixtures import World, buy, count, make_ctx, small_world, stock_of, total_locked


@pytest.fixture
def ctx(any_db, clock, settings, redis_client, redis_ns) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(any_db, clock, settings, redis_client, redis_ns)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return small_world(ctx)


def _envelope(**payload: object) -> Envelope:
    return Envelope(uuid.uuid4().hex, "test", "", dict(payload))


def _status(ctx: ServiceContext, sn: str) -> str:
    return orders.get_order(ctx, sn).status


def _mark_paid(ctx: ServiceContext, sn: str) -> int:
    """What the payments engineer's "paid" transaction does to the order and its stock."""
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        order = s.scalars(select(Order).where(Order.order_sn == sn)).one()
        s.execute(update(Order).where(Order.id == order.id).values(status=OrderStatus.PAID, paid_at=now))
        s.add(PaymentInfo(out_trade_no="P" + sn, order_id=order.id, order_sn=sn, total_amount=order.pay_amount,
                          payment_status=PaymentStatus.TRADE_SUCCESS, created_at=now, updated_at=now, paid_at=now))
        stock.deduct_for_order(s, order.id, now)
        return order.id


def test_close_gives_back_coupon_points_and_stock(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    coupon = catalog.create_coupon(ctx, me, "10.00")
    res = buy(ctx, world.alice, {world.sku_a: 12, world.sku_b: 1}, coupon_id=coupon, use_points=500)
    assert total_locked(ctx) == 13
    assert orders.close_order(ctx, res.order_sn, CloseReason.BUYER, "member:alice") is True
    o = orders.get_order(ctx, res.order_sn)
    assert (o.status, o.close_reason) == (OrderStatus.CANCELLED, CloseReason.BUYER)
    with ctx.db.reading() as s:
        c = s.get(Coupon, coupon)
        assert c is not None and (c.status, c.used_order_sn) == (CouponStatus.UNUSED, None)
        assert s.get(Member, me).points == 1000  # type: ignore[union-attr]
        assert set(s.scalars(select(WareOrderTaskDetail.lock_status)).all()) == {LockStatus.RELEASED}
        assert s.scalars(select(WareOrderTask.task_status)).one() == LockStatus.RELEASED
        assert s.scalars(select(MqMessage.routing_key)
                         .where(MqMessage.class_type == "order.cancelled")).one() == RK_ORDER_RELEASE_OTHER
        assert [e.kind for e in s.scalars(select(OrderEvent).order_by(OrderEvent.id)).all()] == [
            "CREATED", "CANCELLED"]
    assert total_locked(ctx) == 0
    # A second close is a no-op, and the coupon can be used again.
    assert orders.close_order(ctx, res.order_sn, CloseReason.TIMEOUT, "sweeper") is False
    again = buy(ctx, world.alice, {world.sku_a: 1}, coupon_id=coupon)
    assert orders.get_order(ctx, again.order_sn).coupon_id == coupon
    assert check(ctx.db) == []


def test_closing_a_paid_order(ctx: ServiceContext, world: World) -> None:
    res = buy(ctx, world.alice, {world.sku_a: 2})
    _mark_paid(ctx, res.order_sn)
    assert stock_of(ctx, world.sku_a, world.w1) == (8, 0)
    assert orders.close_order(ctx, res.order_sn, CloseReason.TIMEOUT, "timer") is False
    with pytest.raises(InvalidTransition, match="PAID"):
        orders.close_order(ctx, res.order_sn, CloseReason.MERCHANT, "merchant:m1", strict=True)
    with pytest.raises(NotFound):
        orders.close_order(ctx, "nope", CloseReason.ADMIN, "admin")
    with pytest.raises(InvalidInput, match="close reason"):
        orders.close_order(ctx, res.order_sn, "BORED", "admin")  # type: ignore[arg-type]
    assert _status(ctx, res.order_sn) == OrderStatus.PAID
    assert check(ctx.db) == []


class RecordingPayments:
    """The payment port as the payments engineer defines it (close_trade); this one only records."""

    def __init__(self, fail: bool = False) -> None:
        self.closed: list[str] = []
        self.fail = fail

    def close_trade(self, out_trade_no: str) -> None:
        self.closed.append(out_trade_no)
        if self.fail:
            raise RuntimeError("gateway down")


@pytest.mark.parametrize("fail", [False, True])
def test_close_closes_the_open_trade_after_commit(ctx: ServiceContext, world: World, fail: bool) -> None:
    res = buy(ctx, world.alice, {world.sku_a: 1})
    now = ctx.clock.now()
    with ctx.db.transaction() as s:
        order_id = s.scalars(select(Order.id).where(Order.order_sn == res.order_sn)).one()
        s.add(PaymentInfo(out_trade_no="T" + res.order_sn, order_id=order_id, order_sn=res.order_sn,
                          total_amount=res.pay_amount, payment_status=PaymentStatus.WAIT_BUYER_PAY,
                          created_at=now, updated_at=now))
    ctx.payments = RecordingPayments(fail=fail)
    assert orders.close_order(ctx, res.order_sn, CloseReason.MERCHANT, "merchant:m1") is True
    assert ctx.payments.closed == ["T" + res.order_sn]
    assert _status(ctx, res.order_sn) == OrderStatus.CANCELLED


def test_order_release_message_closes_once(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    res = buy(ctx, world.alice, {world.sku_a: 3})
    env = _envelope(order_sn=res.order_sn)
    # The broker's TTL fired; the fake clock has not moved: still closes.
    orders.handle_order_release(ctx, env)
    assert orders.get_order(ctx, res.order_sn).close_reason == CloseReason.TIMEOUT
    assert total_locked(ctx) == 0
    orders.handle_order_release(ctx, env)  # redelivery
    assert count(ctx, OrderEvent, OrderEvent.kind == "CANCELLED") == 1
    assert count(ctx, ConsumedMessage, ConsumedMessage.consumer == C_ORDER_CLOSE) == 1
    with pytest.raises(InvalidInput):
        orders.handle_order_release(ctx, _envelope(other=1))


def test_order_release_leaves_a_paid_order_alone(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    res = buy(ctx, world.alice, {world.sku_a: 1})
    _mark_paid(ctx, res.order_sn)
    clock.advance(ctx.settings.pay_timeout + 1)
    orders.handle_order_release(ctx, _envelope(order_sn=res.order_sn))
    assert _status(ctx, res.order_sn) == OrderStatus.PAID
    assert stock_of(ctx, world.sku_a, world.w1) == (9, 0)


def test_late_close_message_after_the_stock_release(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    """The 50-min stock release arrives first and finds the order unpaid: nothing. The close comes later
    and its own path releases the stock."""
    res = buy(ctx, world.alice, {world.sku_a: 4})
    with ctx.db.reading() as s:
        task_id = s.scalars(select(WareOrderTask.id)).one()
    clock.advance(ctx.settings.stock_release_delay + 1)
    stock.handle_stock_release(ctx, _envelope(task_id=task_id, order_sn=res.order_sn))
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 4)  # order still unpaid: stock stays locked
    assert _status(ctx, res.order_sn) == OrderStatus.PENDING_PAYMENT
    orders.handle_order_release(ctx, _envelope(order_sn=res.order_sn))  # the late close
    assert _status(ctx, res.order_sn) == OrderStatus.CANCELLED
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 0)
    # And the order.release.other message that the close wrote finds nothing left to do.
    stock.handle_stock_release(ctx, _envelope(order_sn=res.order_sn, order_id=1))
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 0)
    assert check(ctx.db) == []


def test_locks_without_an_order_are_released(ctx: ServiceContext, world: World) -> None:
    """Locks taken, then the order transaction never happened: the delayed stock message frees them."""
    locked = stock.lock_for_order(ctx, "ORPHAN1", [stock.StockLine(world.sku_a, "SKU-A", 12),
                                                   stock.StockLine(world.sku_b, "SKU-B", 2)])
    assert {(a.ware_id, a.quantity) for a in locked.allocations if a.sku_id == world.sku_a} == {
        (world.w1, 10), (world.w2, 2)}
    assert total_locked(ctx) == 14
    assert count(ctx, MqMessage, MqMessage.class_type == "stock.locked") == 1
    env = _envelope(task_id=locked.task_id, order_sn="ORPHAN1")
    stock.handle_stock_release(ctx, env)
    assert total_locked(ctx) == 0
    stock.handle_stock_release(ctx, env)  # replay
    assert count(ctx, ConsumedMessage, ConsumedMessage.consumer == C_STOCK_RELEASE) == 1
    assert stock.release_stock(ctx, task_id=locked.task_id) == 0
    assert check(ctx.db) == []


def test_all_or_nothing_lock(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(Exception, match="SKU-B"):
        stock.lock_for_order(ctx, "X1", [stock.StockLine(world.sku_a, "SKU-A", 5),
                                         stock.StockLine(world.sku_b, "SKU-B", 9)])
    assert total_locked(ctx) == 0
    assert count(ctx, WareOrderTask) == 0


def test_order_transaction_failure_releases_the_locks(ctx: ServiceContext, world: World) -> None:
    """The coupon is spent between the check and the order transaction: the submit fails, and the
    compensation frees the locks at once (the delayed message would later too)."""
    me = world.alice.member_id
    coupon = catalog.create_coupon(ctx, me, "5.00")
    from console.services import cart

    cart.add_to_cart(ctx, me, world.sku_a, 2)
    page = orders.confirm(ctx, me)
    amount = orders.quote(ctx, me, coupon).pay_amount
    real_lock = stock.lock_for_order

    def lock_then_spend(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = real_lock(*args, **kwargs)
        with ctx.db.transaction() as s:
            s.execute(update(Coupon).where(Coupon.id == coupon).values(status=CouponStatus.USED))
        return out

    stock.lock_for_order = lock_then_spend  # type: ignore[assignment]
    try:
        with pytest.raises(InvalidInput, match="used meanwhile"):
            orders.submit(ctx, orders.SubmitRequest(me, page.order_token, world.alice.address_id, "ALIPAY", "",
                                                    str(amount), coupon_id=coupon))
    finally:
        stock.lock_for_order = real_lock  # type: ignore[assignment]
    assert count(ctx, Order) == 0
    assert total_locked(ctx) == 0
    assert count(ctx, WareOrderTaskDetail, WareOrderTaskDetail.lock_status == LockStatus.RELEASED) == 1
    assert check(ctx.db) == []


def test_when_even_the_compensation_fails_the_sweep_frees_the_locks(ctx: ServiceContext, world: World,
                                                                    clock) -> None:  # type: ignore[no-untyped-def]
    """The documented choice: locks committed first survive a failed order transaction (and a failed
    compensation); after the stock release delay, the sweep (or the delayed message) frees them."""
    from console.services import cart, sweeper

    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_a, 3)
    page = orders.confirm(ctx, me)
    real_create, real_release = orders._create_order, stock.release_stock

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ConnectionError("database went away")

    orders._create_order = broken  # type: ignore[assignment]
    stock.release_stock = broken  # type: ignore[assignment]
    try:
        with pytest.raises(ConnectionError):
            orders.submit(ctx, orders.SubmitRequest(me, page.order_token, world.alice.address_id, "ALIPAY", "",
                                                    str(page.amounts.pay_amount)))
    finally:
        orders._create_order, stock.release_stock = real_create, real_release  # type: ignore[assignment]
    assert count(ctx, Order) == 0
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 3)
    assert check(ctx.db, now=clock.now(), orphan_after=ctx.settings.stock_release_delay) == []
    assert sweeper.sweep(ctx).released == 0  # too young: an order could still be on its way
    clock.advance(ctx.settings.stock_release_delay)
    assert [v.kind for v in check(ctx.db, now=clock.now(), orphan_after=ctx.settings.stock_release_delay)] == [
        "ORPHAN_LOCKED_STOCK"]
    assert sweeper.sweep(ctx).released == 3
    assert total_locked(ctx) == 0
    assert check(ctx.db, now=clock.now(), orphan_after=ctx.settings.stock_release_delay) == []
    assert cart.cart_items(ctx, me)[0].quantity == 3  # the cart survived the failed submit


def test_release_never_touches_a_live_order(ctx: ServiceContext, world: World) -> None:
    res = buy(ctx, world.alice, {world.sku_a: 1})
    assert stock.release_stock(ctx, order_sn=res.order_sn) == 0
    _mark_paid(ctx, res.order_sn)
    assert stock.release_stock(ctx, order_sn=res.order_sn) == 0
    assert stock_of(ctx, world.sku_a, world.w1) == (9, 0)
    with pytest.raises(InvalidInput):
        stock.release_stock(ctx)
    with pytest.raises(InvalidInput, match="neither"):
        stock.handle_stock_release(ctx, _envelope())


def test_deduct_then_restock(ctx: ServiceContext, world: World, clock) -> None:  # type: ignore[no-untyped-def]
    res = buy(ctx, world.alice, {world.sku_a: 12})
    order_id = _mark_paid(ctx, res.order_sn)
    assert stock_of(ctx, world.sku_a, world.w1) == (0, 0)
    assert stock_of(ctx, world.sku_a, world.w2) == (3, 0)
    now = clock.now() + dt.timedelta(minutes=5)
    with ctx.db.transaction() as s:
        stock.deduct_for_order(s, order_id, now)  # replay: nothing twice
    assert stock_of(ctx, world.sku_a, world.w2) == (3, 0)
    with ctx.db.transaction() as s:
        assert stock.restock_for_order(s, order_id, now) == 12
        s.execute(update(Order).where(Order.id == order_id).values(status=OrderStatus.CLOSED))
    with ctx.db.transaction() as s:
        assert stock.restock_for_order(s, order_id, now) == 0
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 0)
    assert stock_of(ctx, world.sku_a, world.w2) == (5, 0)
