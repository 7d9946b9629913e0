"""Confirm and submit: token, validation, price check, stock lock, order, outbox."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from console.services import cart, catalog, orders
from console.services.context import ServiceContext
from console.services.errors import InvalidInput, NotFound, PriceChanged, StockInsufficient, TokenInvalid
from console.services.invariants import check
from console.services.models import (
    Coupon,
    Member,
    MqMessage,
    Order,
    OrderEvent,
    OrderItem,
    Sku,
    WareOrderTask,
    WareOrderTaskDetail,
)
from console.services.states import CouponStatus, LockStatus, OrderStatus
from console.services.topology import ORDER_EXCHANGE, RK_ORDER_CREATE, RK_STOCK_LOCKED, STOCK_EXCHANGE
from tests.engine_fixtures import World, buy, count, make_ctx, small_world, stock_of, total_locked


@pytest.fixture
def ctx(any_db, clock, settings, redis_client, redis_ns) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(any_db, clock, settings, redis_client, redis_ns)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return small_world(ctx)


# The many bad-input cases are pure validation: SQLite is enough (each server DB truncation costs ~1 s);
# the token, address and coupon cases below still run on all three databases.
@pytest.fixture
def lite(sqlite_db, clock, settings, redis_client, redis_ns) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(sqlite_db, clock, settings, redis_client, redis_ns)


def _nothing_written(ctx: ServiceContext) -> None:
    assert count(ctx, Order) == 0
    assert count(ctx, WareOrderTask) == 0
    assert count(ctx, MqMessage) == 0
    assert total_locked(ctx) == 0


def test_confirm_page(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_a, 1)
    cart.add_to_cart(ctx, me, world.sku_b, 4)  # only 3 of B exist
    coupon = catalog.create_coupon(ctx, me, "10.00", min_order_amount="100.00")
    catalog.create_coupon(ctx, me, "50.00", min_order_amount="10000.00")  # threshold not met: not offered
    page = orders.confirm(ctx, me)
    assert [a.id for a in page.addresses] == [world.alice.address_id]
    assert [(i.sku_code, i.in_stock) for i in page.items] == [("SKU-A", True), ("SKU-B", False)]
    assert page.amounts.total_amount == Decimal("530.00")
    assert page.freight_amount == Decimal("0.00")
    assert [c.id for c in page.coupons] == [coupon]
    assert page.points_available == 1000
    assert len(page.order_token) == 32
    cart.set_checked(ctx, me, world.sku_b, False)
    small = orders.confirm(ctx, me)
    assert small.amounts.pay_amount == Decimal("58.00")  # 50 + 8 freight under 99


def test_submit_creates_order_items_work_order_and_outbox(ctx: ServiceContext, world: World,
                                                          clock) -> None:  # type: ignore[no-untyped-def]
    res = buy(ctx, world.alice, {world.sku_a: 2, world.sku_b: 1}, note="ring twice")
    assert res.pay_amount == Decimal("220.00")
    assert res.pay_deadline == clock.now() + dt.timedelta(seconds=ctx.settings.pay_timeout)
    assert len(res.order_sn) == 22 and res.order_sn.isdigit()
    with ctx.db.reading() as s:
        order = s.scalars(select(Order)).one()
        assert (order.status, order.pay_amount, order.note) == (OrderStatus.PENDING_PAYMENT, Decimal("220.00"),
                                                                "ring twice")
        assert order.receiver_name == "alice"
        items = s.scalars(select(OrderItem).order_by(OrderItem.sku_id)).all()
        assert sum(i.real_amount for i in items) == order.pay_amount
        assert [(i.sku_code, i.quantity, i.ware_id) for i in items] == [("SKU-A", 2, world.w1),
                                                                        ("SKU-B", 1, world.w1)]
        task = s.scalars(select(WareOrderTask)).one()
        assert task.order_id == order.id and task.order_sn == order.order_sn
        details = s.scalars(select(WareOrderTaskDetail)).all()
        assert {(d.sku_id, d.ware_id, d.sku_num, d.lock_status) for d in details} == {
            (world.sku_a, world.w1, 2, LockStatus.LOCKED), (world.sku_b, world.w1, 1, LockStatus.LOCKED)}
        msgs = {(m.to_exchange, m.routing_key, m.class_type) for m in s.scalars(select(MqMessage)).all()}
        assert msgs == {(ORDER_EXCHANGE, RK_ORDER_CREATE, "order.created"),
                        (STOCK_EXCHANGE, RK_STOCK_LOCKED, "stock.locked")}
        assert [e.kind for e in s.scalars(select(OrderEvent)).all()] == ["CREATED"]
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 2)
    assert cart.cart_items(ctx, world.alice.member_id) == []
    assert check(ctx.db) == []


def test_unchecked_lines_stay_in_the_cart(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_b, 1)
    cart.set_checked(ctx, me, world.sku_b, False)
    buy(ctx, world.alice, {world.sku_a: 1})
    assert [(ln.sku_id, ln.checked) for ln in cart.cart_items(ctx, me)] == [(world.sku_b, False)]


def test_line_split_across_warehouses_when_none_holds_it_all(ctx: ServiceContext, world: World) -> None:
    buy(ctx, world.alice, {world.sku_a: 12})
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 10)
    assert stock_of(ctx, world.sku_a, world.w2) == (5, 2)
    with ctx.db.reading() as s:
        assert s.scalars(select(OrderItem.ware_id)).one() is None  # split: no single warehouse
    assert check(ctx.db) == []


def test_coupon_and_points_are_consumed_and_prorated(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    coupon = catalog.create_coupon(ctx, me, "15.00", min_order_amount="100.00")
    res = buy(ctx, world.alice, {world.sku_a: 1, world.sku_b: 1}, coupon_id=coupon, use_points=333)
    # 170 goods, free freight, -15 coupon, -3.33 points
    assert res.pay_amount == Decimal("151.67")
    with ctx.db.reading() as s:
        assert s.get(Coupon, coupon).status == CouponStatus.USED  # type: ignore[union-attr]
        assert s.get(Member, me).points == 667  # type: ignore[union-attr]
        items = s.scalars(select(OrderItem)).all()
        assert sum(i.real_amount for i in items) == Decimal("151.67")
        assert all(i.real_amount > 0 for i in items)


def test_stock_insufficient_names_the_sku_and_leaves_nothing(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(StockInsufficient, match="SKU-B"):
        buy(ctx, world.alice, {world.sku_a: 1, world.sku_b: 4})
    _nothing_written(ctx)
    # The failed submit keeps the cart so the buyer can fix it.
    assert len(cart.cart_items(ctx, world.alice.member_id)) == 2


def test_price_change_between_confirm_and_submit(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_b, 1)
    page = orders.confirm(ctx, me)
    catalog.set_price(ctx, world.sku_b, "125.00")
    with pytest.raises(PriceChanged) as err:
        orders.submit(ctx, orders.SubmitRequest(me, page.order_token, world.alice.address_id, "ALIPAY", "",
                                                str(page.amounts.pay_amount)))
    assert err.value.details == {"expected": "120.00", "actual": "125.00"}
    _nothing_written(ctx)


def test_a_diff_below_one_cent_is_accepted(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_b, 1)
    page = orders.confirm(ctx, me)
    res = orders.submit(ctx, orders.SubmitRequest(me, page.order_token, world.alice.address_id, "ALIPAY", "",
                                                  "120.004"))
    assert res.pay_amount == Decimal("120.00")


# --- bad input: typed error, nothing written, nothing locked --------------------------------------


def _request(ctx: ServiceContext, world: World, **change: object) -> orders.SubmitRequest:
    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_a, 1)
    page = orders.confirm(ctx, me)
    fields: dict[str, object] = dict(member_id=me, token=page.order_token, address_id=world.alice.address_id,
                                     pay_type="ALIPAY", note="", expected_pay_amount=str(page.amounts.pay_amount))
    fields.update(change)
    return orders.SubmitRequest(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("change", "error", "match"), [
    ({"token": ""}, TokenInvalid, "missing"),
    ({"token": "0" * 32}, TokenInvalid, "invalid"),
    ({"address_id": 999999}, NotFound, "address"),
    ({"address_id": "1"}, NotFound, "address"),
    ({"expected_pay_amount": "fifty"}, InvalidInput, "not a number"),
    ({"expected_pay_amount": "NaN"}, InvalidInput, "not a valid amount"),
    ({"expected_pay_amount": 58.0}, InvalidInput, "decimal string"),
    ({"pay_type": "CASH"}, InvalidInput, "pay type"),
    ({"note": "x" * 501}, InvalidInput, "note"),
    ({"use_points": -5}, InvalidInput, "points"),
    ({"use_points": 5000}, InvalidInput, "points"),
    ({"coupon_id": 999999}, NotFound, "coupon"),
])
def test_bad_input(lite: ServiceContext, change: dict[str, object], error: type[Exception],
                   match: str) -> None:
    world = small_world(lite)
    req = _request(lite, world, **change)
    with pytest.raises(error, match=match):
        orders.submit(lite, req)
    _nothing_written(lite)


def test_other_members_address_and_coupon(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(NotFound, match="address"):
        orders.submit(ctx, _request(ctx, world, address_id=world.bob.address_id))
    bobs = catalog.create_coupon(ctx, world.bob.member_id, "5.00")
    with pytest.raises(NotFound, match="coupon"):
        orders.submit(ctx, _request(ctx, world, coupon_id=bobs))
    _nothing_written(ctx)


def test_reused_token_and_other_members_token(ctx: ServiceContext, world: World) -> None:
    req = _request(ctx, world)
    orders.submit(ctx, req)
    with pytest.raises(TokenInvalid):
        orders.submit(ctx, req)  # the same submit again (double click, replay)
    assert count(ctx, Order) == 1
    # Bob's token is not Alice's.
    cart.add_to_cart(ctx, world.bob.member_id, world.sku_a, 1)
    bobs_page = orders.confirm(ctx, world.bob.member_id)
    alice_req = _request(ctx, world, token=bobs_page.order_token)
    with pytest.raises(TokenInvalid):
        orders.submit(ctx, alice_req)
    assert count(ctx, Order) == 1


def test_empty_cart_and_unknown_member(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(InvalidInput, match="nothing is checked"):
        orders.confirm(ctx, world.bob.member_id)
    ctx.carts.set_item(424242, world.sku_a, 1)
    with pytest.raises(NotFound, match="member 424242"):
        orders.confirm(ctx, 424242)


def test_tampered_cart_and_off_sale_sku(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    req = _request(ctx, world)
    ctx.carts.set_item(me, world.sku_a, 5000)  # written around add_to_cart
    with pytest.raises(InvalidInput, match="bad quantity"):
        orders.submit(ctx, req)
    with pytest.raises(InvalidInput, match="bad quantity"):
        orders.confirm(ctx, me)
    ctx.carts.clear(me)
    req = _request(ctx, world)
    with ctx.db.transaction() as s:
        s.execute(update(Sku).values(on_sale=False))
    with pytest.raises(InvalidInput, match="no longer on sale: SKU-A"):
        orders.submit(ctx, req)
    _nothing_written(ctx)


def test_used_coupon_cannot_be_used_twice(ctx: ServiceContext, world: World) -> None:
    coupon = catalog.create_coupon(ctx, world.alice.member_id, "5.00")
    buy(ctx, world.alice, {world.sku_a: 1}, coupon_id=coupon)
    with pytest.raises(InvalidInput, match="cannot be used"):
        buy(ctx, world.alice, {world.sku_a: 1}, coupon_id=coupon)
    assert count(ctx, Order) == 1
    assert stock_of(ctx, world.sku_a, world.w1) == (10, 1)
