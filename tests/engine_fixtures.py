"""Helpers for the engine tests: a service context on real Redis and a small seeded world."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from console import config
from console.adapters.redis_store import RedisCartStore, RedisTokenStore
from console.services import cart, catalog, orders
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.models import WareSku
from console.services.uow import Database


def make_ctx(db: Database, clock: FakeClock, settings: config.Settings, redis_client: Any,
             redis_ns: str) -> ServiceContext:
    return ServiceContext(db=db, clock=clock, settings=settings,
                          tokens=RedisTokenStore(redis_client, namespace=redis_ns),
                          carts=RedisCartStore(redis_client, namespace=redis_ns))


@dataclass(frozen=True)
class World:
    sku_a: int  # 50.00; 10 in W1, 5 in W2
    sku_b: int  # 120.00; 3 in W1
    w1: int
    w2: int
    alice: catalog.MemberSeed  # 1000 points
    bob: catalog.MemberSeed


def small_world(ctx: ServiceContext) -> World:
    w1 = catalog.create_warehouse(ctx, "W1", "North")
    w2 = catalog.create_warehouse(ctx, "W2", "South")
    a = catalog.create_sku(ctx, "SKU-A", "Alpha", "50.00")
    b = catalog.create_sku(ctx, "SKU-B", "Beta", "120.00")
    catalog.set_stock(ctx, a, w1, 10)
    catalog.set_stock(ctx, a, w2, 5)
    catalog.set_stock(ctx, b, w1, 3)
    alice = catalog.create_member(ctx, "alice", points=1000)
    bob = catalog.create_member(ctx, "bob")
    return World(a, b, w1, w2, alice, bob)


def buy(ctx: ServiceContext, member: catalog.MemberSeed, lines: dict[int, int], *, coupon_id: int | None = None,
        use_points: int = 0, note: str = "") -> orders.SubmitResult:
    """Cart -> confirm -> submit with the amount the confirm page would show."""
    for sku_id, qty in lines.items():
        cart.add_to_cart(ctx, member.member_id, sku_id, qty)
    page = orders.confirm(ctx, member.member_id)
    amount = orders.quote(ctx, member.member_id, coupon_id, use_points).pay_amount
    return orders.submit(ctx, orders.SubmitRequest(
        member_id=member.member_id, token=page.order_token, address_id=member.address_id, pay_type="ALIPAY",
        note=note, expected_pay_amount=str(amount), coupon_id=coupon_id, use_points=use_points))


def stock_of(ctx: ServiceContext, sku_id: int, ware_id: int) -> tuple[int, int]:
    with ctx.db.reading() as s:
        row = s.scalars(select(WareSku).where(WareSku.sku_id == sku_id, WareSku.ware_id == ware_id)).one()
        return row.stock, row.stock_locked


def count(ctx: ServiceContext, model: Any, *where: Any) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def total_locked(ctx: ServiceContext) -> int:
    with ctx.db.reading() as s:
        return int(s.scalar(select(func.coalesce(func.sum(WareSku.stock_locked), 0))) or 0)


ZERO = Decimal("0.00")
