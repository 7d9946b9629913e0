"""Cart: Redis hash per member, validated against the catalogue."""

from __future__ import annotations

from decimal import Decimal

import pytest

from console.services import cart, catalog
from console.services.context import ServiceContext
from console.services.errors import InvalidInput, NotFound
from tests.engine_fixtures import World, make_ctx, small_world


@pytest.fixture
def ctx(any_db, clock, settings, redis_client, redis_ns) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(any_db, clock, settings, redis_client, redis_ns)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return small_world(ctx)


def test_add_merges_quantities_and_prices_from_the_catalogue(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    assert cart.add_to_cart(ctx, me, world.sku_a, 2) == 2
    assert cart.add_to_cart(ctx, me, world.sku_a, 3) == 5
    cart.add_to_cart(ctx, me, world.sku_b, 1)
    lines = cart.cart_items(ctx, me)
    assert [(ln.sku_code, ln.quantity, ln.checked) for ln in lines] == [("SKU-A", 5, True), ("SKU-B", 1, True)]
    assert lines[0].subtotal == Decimal("250.00")
    # Another member's cart is separate.
    assert cart.cart_items(ctx, world.bob.member_id) == []


def test_set_checked_and_remove(ctx: ServiceContext, world: World) -> None:
    me = world.alice.member_id
    cart.add_to_cart(ctx, me, world.sku_a, 1)
    cart.set_checked(ctx, me, world.sku_a, False)
    assert cart.cart_items(ctx, me)[0].checked is False
    cart.set_quantity(ctx, me, world.sku_a, 7)
    assert cart.cart_items(ctx, me)[0].quantity == 7
    assert cart.cart_items(ctx, me)[0].checked is False
    with pytest.raises(NotFound):
        cart.set_checked(ctx, me, world.sku_b, True)
    cart.remove_from_cart(ctx, me, [world.sku_a])
    assert cart.cart_items(ctx, me) == []


@pytest.mark.parametrize("qty", [0, -1, 1000, 2.5, True])
def test_bad_quantities_are_refused_and_nothing_written(sqlite_db, clock, settings, redis_client,  # type: ignore[no-untyped-def]
                                                        redis_ns, qty: object) -> None:
    ctx = make_ctx(sqlite_db, clock, settings, redis_client, redis_ns)
    world = small_world(ctx)
    with pytest.raises(InvalidInput, match="quantity"):
        cart.add_to_cart(ctx, world.alice.member_id, world.sku_a, qty)  # type: ignore[arg-type]
    assert cart.cart_items(ctx, world.alice.member_id) == []


def test_line_total_above_the_limit_is_refused(ctx: ServiceContext, world: World) -> None:
    cart.add_to_cart(ctx, world.alice.member_id, world.sku_a, 900)
    with pytest.raises(InvalidInput, match="at most 999"):
        cart.add_to_cart(ctx, world.alice.member_id, world.sku_a, 100)
    assert cart.cart_items(ctx, world.alice.member_id)[0].quantity == 900


def test_unknown_sku_member_and_off_sale(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(NotFound, match="SKU 999999"):
        cart.add_to_cart(ctx, world.alice.member_id, 999999, 1)
    with pytest.raises(NotFound, match="member 999999"):
        cart.add_to_cart(ctx, 999999, world.sku_a, 1)
    off = catalog.create_sku(ctx, "SKU-OFF", "Gone", "9.90", on_sale=False)
    with pytest.raises(InvalidInput, match="not on sale"):
        cart.add_to_cart(ctx, world.alice.member_id, off, 1)
    assert cart.cart_items(ctx, world.alice.member_id) == []
