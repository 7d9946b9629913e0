"""The buyer's cart: one Redis hash per member (ctx.carts), priced from the database when read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from console.services.context import ServiceContext
from console.services.errors import InvalidInput, NotFound
from console.services.models import Member, Sku

# A cart line above this is a typo or a script, not a buyer.
MAX_QUANTITY = 999


@dataclass(frozen=True)
class CartLine:
    sku_id: int
    sku_code: str
    name: str
    price: Decimal
    quantity: int
    checked: bool

    @property
    def subtotal(self) -> Decimal:
        return self.price * self.quantity


def _check_quantity(quantity: object) -> int:
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        raise InvalidInput(f"quantity must be a whole number, got {quantity!r}")
    if quantity <= 0:
        raise InvalidInput(f"quantity must be at least 1, got {quantity}")
    if quantity > MAX_QUANTITY:
        raise InvalidInput(f"quantity must be at most {MAX_QUANTITY}, got {quantity}")
    return quantity


def _check_member_and_sku(ctx: ServiceContext, member_id: int, sku_id: int) -> None:
    with ctx.db.reading() as s:
        if s.get(Member, member_id) is None:
            raise NotFound(f"member {member_id} does not exist", member_id=member_id)
        sku = s.get(Sku, sku_id)
        if sku is None:
            raise NotFound(f"SKU {sku_id} does not exist", sku_id=sku_id)
        if not sku.on_sale:
            raise InvalidInput(f"SKU {sku.sku_code} is not on sale", sku_id=sku_id)


def add_to_cart(ctx: ServiceContext, member_id: int, sku_id: int, quantity: int) -> int:
    """Add `quantity` units (on top of what is already there); returns the line's new quantity."""
    _check_quantity(quantity)
    _check_member_and_sku(ctx, member_id, sku_id)
    current = ctx.carts.items(member_id).get(sku_id, (0, True))[0]
    total = current + quantity
    if total > MAX_QUANTITY:
        raise InvalidInput(f"a cart line holds at most {MAX_QUANTITY} units, this would make {total}")
    ctx.carts.set_item(member_id, sku_id, total, True)
    return total


def set_quantity(ctx: ServiceContext, member_id: int, sku_id: int, quantity: int) -> None:
    _check_quantity(quantity)
    _check_member_and_sku(ctx, member_id, sku_id)
    checked = ctx.carts.items(member_id).get(sku_id, (0, True))[1]
    ctx.carts.set_item(member_id, sku_id, quantity, checked)


def set_checked(ctx: ServiceContext, member_id: int, sku_id: int, checked: bool) -> None:
    """Tick or untick a line for the next order."""
    line = ctx.carts.items(member_id).get(sku_id)
    if line is None:
        raise NotFound(f"SKU {sku_id} is not in member {member_id}'s cart", sku_id=sku_id)
    ctx.carts.set_item(member_id, sku_id, line[0], bool(checked))


def remove_from_cart(ctx: ServiceContext, member_id: int, sku_ids: list[int]) -> None:
    ctx.carts.remove(member_id, sku_ids)


def cart_items(ctx: ServiceContext, member_id: int) -> list[CartLine]:
    """The cart with current prices; lines whose SKU vanished from the catalogue are left out."""
    raw = ctx.carts.items(member_id)
    if not raw:
        return []
    with ctx.db.reading() as s:
        skus = {k.id: k for k in s.scalars(select(Sku).where(Sku.id.in_(list(raw)))).all()}
        # Built inside the session: the read session's rollback expires the instances.
        return [CartLine(sku_id, skus[sku_id].sku_code, skus[sku_id].name, skus[sku_id].price, qty, checked)
                for sku_id, (qty, checked) in sorted(raw.items()) if sku_id in skus]
