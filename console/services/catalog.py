"""Seed helpers: SKUs, warehouses, stock, members with addresses, coupons and points.

Used by the tests, `simulate` and the demo. Each helper is one transaction; `seed_catalog` is
idempotent (get-or-create by code/username), so running it twice on one database is harmless.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update

from console.services.context import ServiceContext
from console.services.errors import InvalidInput, NotFound
from console.services.models import Coupon, Member, MemberAddress, Sku, Warehouse, WareSku
from console.services.states import CouponStatus


@dataclass(frozen=True)
class MemberSeed:
    member_id: int
    address_id: int
    username: str


@dataclass(frozen=True)
class CatalogSeed:
    sku_ids: tuple[int, ...]
    ware_ids: tuple[int, ...]
    members: tuple[MemberSeed, ...]


def create_sku(ctx: ServiceContext, code: str, name: str, price: Decimal | str,
               weight_grams: int = 0, on_sale: bool = True) -> int:
    amount = Decimal(price)
    if amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise InvalidInput(f"price of {code} must be positive with at most 2 decimals, got {price}")
    with ctx.db.transaction() as s:
        sku = Sku(sku_code=code, name=name, price=amount, weight_grams=weight_grams, on_sale=on_sale)
        s.add(sku)
        s.flush()
        return sku.id


def set_price(ctx: ServiceContext, sku_id: int, price: Decimal | str) -> None:
    with ctx.db.transaction() as s:
        if s.execute(update(Sku).where(Sku.id == sku_id).values(price=Decimal(price))).rowcount != 1:  # type: ignore[attr-defined]
            raise NotFound(f"SKU {sku_id} does not exist")


def create_warehouse(ctx: ServiceContext, code: str, name: str, region: str = "") -> int:
    with ctx.db.transaction() as s:
        ware = Warehouse(code=code, name=name, region=region)
        s.add(ware)
        s.flush()
        return ware.id


def set_stock(ctx: ServiceContext, sku_id: int, ware_id: int, stock: int) -> None:
    """Put `stock` units of a SKU in a warehouse (creating the row; never below what is locked)."""
    if stock < 0:
        raise InvalidInput(f"stock must not be negative, got {stock}")
    with ctx.db.transaction() as s:
        row = s.scalars(select(WareSku).where(WareSku.sku_id == sku_id, WareSku.ware_id == ware_id)
                        .with_for_update()).first()
        if row is None:
            s.add(WareSku(sku_id=sku_id, ware_id=ware_id, stock=stock, stock_locked=0))
        elif stock < row.stock_locked:
            raise InvalidInput(f"stock {stock} is below the {row.stock_locked} units already locked")
        else:
            row.stock = stock


def create_member(ctx: ServiceContext, username: str, points: int = 0, *,
                  city: str = "Beijing") -> MemberSeed:
    return create_members(ctx, [username], points=points, city=city)[0]


def create_members(ctx: ServiceContext, usernames: list[str], points: int = 0,
                   *, city: str = "Beijing") -> list[MemberSeed]:
    """Members, each with one default address, in one transaction (fast for race tests)."""
    now = ctx.clock.now()
    out: list[MemberSeed] = []
    with ctx.db.transaction() as s:
        members = [Member(username=u, nickname=u, phone="13800000000", points=points, created_at=now)
                   for u in usernames]
        s.add_all(members)
        s.flush()
        addresses = [MemberAddress(member_id=m.id, receiver_name=m.username, phone="13800000000",
                                   province=city, city=city, region="Chaoyang",
                                   detail=f"No. {m.id} Jianguo Road", is_default=True) for m in members]
        s.add_all(addresses)
        s.flush()
        out = [MemberSeed(m.id, a.id, m.username) for m, a in zip(members, addresses, strict=True)]
    return out


def add_address(ctx: ServiceContext, member_id: int, receiver_name: str, detail: str) -> int:
    with ctx.db.transaction() as s:
        if s.get(Member, member_id) is None:
            raise NotFound(f"member {member_id} does not exist")
        addr = MemberAddress(member_id=member_id, receiver_name=receiver_name, phone="13900000000",
                             province="Shanghai", city="Shanghai", region="Pudong", detail=detail)
        s.add(addr)
        s.flush()
        return addr.id


def create_coupon(ctx: ServiceContext, member_id: int, amount: Decimal | str, *,
                  min_order_amount: Decimal | str = "0.00", name: str = "",
                  valid_for: dt.timedelta = dt.timedelta(days=30)) -> int:
    value = Decimal(amount)
    if value <= 0:
        raise InvalidInput(f"coupon amount must be positive, got {amount}")
    with ctx.db.transaction() as s:
        coupon = Coupon(member_id=member_id, name=name or f"{value} off", amount=value,
                        min_order_amount=Decimal(min_order_amount), status=CouponStatus.UNUSED,
                        valid_until=ctx.clock.now() + valid_for, version=0)
        s.add(coupon)
        s.flush()
        return coupon.id


def add_points(ctx: ServiceContext, member_id: int, points: int) -> None:
    with ctx.db.transaction() as s:
        res = s.execute(update(Member).where(Member.id == member_id, Member.points + points >= 0)
                        .values(points=Member.points + points))
        if res.rowcount != 1:  # type: ignore[attr-defined]
            raise NotFound(f"member {member_id} does not exist or would go below zero points")


_WAREHOUSES = [("BJ1", "Beijing Daxing", "North"), ("SH1", "Shanghai Jiading", "East"),
               ("GZ1", "Guangzhou Huangpu", "South")]
_SKUS = [
    ("PH-1001", "Phone X 128G Black", "3999.00", 420), ("PH-1002", "Phone X 256G Silver", "4599.00", 420),
    ("EB-2001", "Wireless Earbuds Pro", "899.00", 120), ("CH-3001", "65W GaN Charger", "149.00", 150),
    ("CB-3002", "USB-C Cable 1m", "29.90", 50), ("PB-3003", "Power Bank 10000mAh", "129.00", 260),
    ("TV-4001", "55in 4K Television", "2799.00", 15000), ("KB-5001", "Mechanical Keyboard", "399.00", 900),
    ("MS-5002", "Wireless Mouse", "99.00", 110), ("RC-6001", "Rice Cooker 4L", "359.00", 3200),
    ("TW-7001", "Bath Towel Set", "59.90", 600), ("MK-8001", "Whole Milk 250ml x 24", "69.90", 6500),
]


def seed_catalog(ctx: ServiceContext, *, members: int = 5, stock_per_ware: int = 50) -> CatalogSeed:
    """A small realistic catalogue: a dozen SKUs in 3 warehouses and a few members with addresses."""
    with ctx.db.reading() as s:
        wares = {w.code: w.id for w in s.scalars(select(Warehouse)).all()}
        skus = {k.sku_code: k.id for k in s.scalars(select(Sku)).all()}
        existing = {m.username for m in s.scalars(select(Member).where(Member.username.like("buyer%"))).all()}
    for code, name, region in _WAREHOUSES:
        if code not in wares:
            wares[code] = create_warehouse(ctx, code, name, region)
    for i, (code, name, price, grams) in enumerate(_SKUS):
        if code in skus:
            continue
        skus[code] = create_sku(ctx, code, name, price, grams)
        # Not every SKU is in every warehouse, so the split path gets exercised.
        for j, (wcode, _, _) in enumerate(_WAREHOUSES):
            if (i + j) % 3 != 2:
                set_stock(ctx, skus[code], wares[wcode], stock_per_ware)
    wanted = [f"buyer{i:03d}" for i in range(1, members + 1) if f"buyer{i:03d}" not in existing]
    if wanted:
        for seed in create_members(ctx, wanted, points=2000):
            create_coupon(ctx, seed.member_id, "20.00", min_order_amount="199.00", name="20 off 199")
    with ctx.db.reading() as s:
        rows = s.execute(
            select(Member.id, Member.username, MemberAddress.id)
            .join(MemberAddress, MemberAddress.member_id == Member.id)
            .where(Member.username.like("buyer%"), MemberAddress.is_default.is_(True))
            .order_by(Member.id)).all()
    seeds = tuple(MemberSeed(int(m), int(a), str(u)) for m, u, a in rows)
    return CatalogSeed(tuple(skus[c] for c, *_ in _SKUS), tuple(wares[c] for c, *_ in _WAREHOUSES), seeds)
