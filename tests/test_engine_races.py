"""Races on real databases: one token many submits, many buyers few units, many closers one order."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from console.services import cart, catalog, orders, sweeper
from console.services.errors import ServiceError
from console.services.invariants import check
from console.services.models import Order, OrderEvent, WareOrderTaskDetail
from console.services.outbox import Envelope
from console.services.states import CloseReason, LockStatus
from tests.engine_fixtures import World, count, make_ctx, small_world, total_locked


def test_one_token_hundred_submits_one_order(pg_db, clock, settings, redis_client, redis_ns) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(pg_db, clock, settings, redis_client, redis_ns)
    world = small_world(ctx)
    me = world.alice
    cart.add_to_cart(ctx, me.member_id, world.sku_a, 1)
    page = orders.confirm(ctx, me.member_id)
    req = orders.SubmitRequest(me.member_id, page.order_token, me.address_id, "ALIPAY", "",
                               str(page.amounts.pay_amount))
    start = threading.Barrier(100)

    def one(_: int) -> str:
        start.wait()
        try:
            return orders.submit(ctx, req).order_sn
        except ServiceError as exc:
            return exc.code

    with ThreadPoolExecutor(100) as pool:
        outcomes = Counter(o if o == "TOKEN_INVALID" else "ORDER" for o in pool.map(one, range(100)))
    assert outcomes == {"ORDER": 1, "TOKEN_INVALID": 99}
    assert count(ctx, Order) == 1
    assert total_locked(ctx) == 1
    assert check(ctx.db) == []


def _crowd(db, clock, settings, redis_client, redis_ns) -> None:  # type: ignore[no-untyped-def]
    """300 buyers, one unit each, 50 units in two warehouses (30 + 20), 30 at a time."""
    ctx = make_ctx(db, clock, settings, redis_client, redis_ns)
    w1 = catalog.create_warehouse(ctx, "E1", "East")
    w2 = catalog.create_warehouse(ctx, "W1", "West")
    sku = catalog.create_sku(ctx, "HOT-1", "Hot item", "199.00")
    catalog.set_stock(ctx, sku, w1, 30)
    catalog.set_stock(ctx, sku, w2, 20)
    buyers = catalog.create_members(ctx, [f"b{i:03d}" for i in range(300)])

    def one(b: catalog.MemberSeed) -> str:
        try:
            cart.add_to_cart(ctx, b.member_id, sku, 1)
            page = orders.confirm(ctx, b.member_id)
            orders.submit(ctx, orders.SubmitRequest(b.member_id, page.order_token, b.address_id, "ALIPAY", "",
                                                    str(page.amounts.pay_amount)))
            return "ORDER"
        except ServiceError as exc:
            return exc.code

    began = time.monotonic()
    with ThreadPoolExecutor(30) as pool:
        outcomes = Counter(pool.map(one, buyers))
    elapsed = time.monotonic() - began
    assert outcomes == {"ORDER": 50, "STOCK_INSUFFICIENT": 250}, outcomes
    assert count(ctx, Order) == 50
    assert total_locked(ctx) == 50
    assert count(ctx, WareOrderTaskDetail, WareOrderTaskDetail.lock_status == LockStatus.RELEASED) == 0
    assert check(ctx.db) == []
    print(f"300 buyers on {db.dialect}: {elapsed:.1f}s")


# ~10 s on 2 cores: kept in the fast run, so every run proves "no oversell" on one server database.
def test_crowd_for_fifty_units_postgres(pg_db, clock, settings, redis_client, redis_ns) -> None:  # type: ignore[no-untyped-def]
    _crowd(pg_db, clock, settings, redis_client, redis_ns)


@pytest.mark.slow  # ~16 s alone on 2 cores, more under the whole suite
def test_crowd_for_fifty_units_mariadb(maria_db, clock, settings, redis_client, redis_ns) -> None:  # type: ignore[no-untyped-def]
    _crowd(maria_db, clock, settings, redis_client, redis_ns)


@pytest.mark.parametrize("dbname", ["pg_db", "maria_db"])
def test_many_closers_one_winner(request, dbname, clock, settings, redis_client, redis_ns) -> None:  # type: ignore[no-untyped-def]
    """Timer message (twice), sweeper and buyer race to close one order: one close, one release."""
    ctx = make_ctx(request.getfixturevalue(dbname), clock, settings, redis_client, redis_ns)
    world: World = small_world(ctx)
    cart.add_to_cart(ctx, world.alice.member_id, world.sku_a, 12)
    page = orders.confirm(ctx, world.alice.member_id)
    res = orders.submit(ctx, orders.SubmitRequest(world.alice.member_id, page.order_token,
                                                  world.alice.address_id, "ALIPAY", "",
                                                  str(page.amounts.pay_amount)))
    clock.advance(settings.pay_timeout)
    env = Envelope(uuid.uuid4().hex, "order.created", "", {"order_sn": res.order_sn})
    start = threading.Barrier(8)

    def one(i: int) -> object:
        start.wait()
        if i < 3:
            return orders.handle_order_release(ctx, env)
        if i < 5:
            return sweeper.sweep(ctx).closed
        return orders.close_order(ctx, res.order_sn, CloseReason.BUYER, "member:alice")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(one, range(8)))
    assert count(ctx, OrderEvent, OrderEvent.kind == "CANCELLED") == 1
    assert total_locked(ctx) == 0
    assert check(ctx.db) == []
