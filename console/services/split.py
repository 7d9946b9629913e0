"""Splitting a paid order by warehouse: one PAID child per warehouse, amounts prorated to the cent
so that the children add up to the parent exactly (largest-remainder allocation)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from console.services.models import Order, OrderItem
from console.services.sql import insert_rows, one_of, update_rows
from console.services.states import OrderStatus

CENT = Decimal("0.01")
_AMOUNTS = ("total_amount", "pay_amount", "freight_amount", "coupon_amount", "points_amount", "adjust_amount")


def prorate(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split `total` (cents) over `weights`; parts are whole cents and sum to `total` exactly.

    Each part gets the floor of its exact share, and the cents left over go to the largest
    remainders (ties to the earlier part). Zero total weight splits evenly. Negative totals work too."""
    if not weights:
        raise ValueError("nothing to prorate over")
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    cents = int((total / CENT).to_integral_value())
    if total != Decimal(cents) * CENT:
        raise ValueError(f"{total} is not a whole number of cents")
    sign = -1 if cents < 0 else 1
    cents = abs(cents)
    weight_sum = sum(weights, Decimal(0))
    ws = weights if weight_sum > 0 else [Decimal(1)] * len(weights)
    wsum = sum(ws, Decimal(0))
    exact = [Decimal(cents) * w / wsum for w in ws]
    base = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    left = cents - sum(base)
    order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - base[i]), i))
    for i in order[:left]:
        base[i] += 1
    return [Decimal(sign * b) * CENT for b in base]


class _Detail(NamedTuple):
    id: int
    sku_id: int
    ware_id: int
    sku_num: int


@dataclass(frozen=True)
class _Plan:
    parent: Any  # the order row (attributes of `orders`)
    version: int  # the parent's version now (after its PAID update)
    wares: list[int]
    child_items: dict[int, list[tuple[Any, int, Decimal]]]  # ware -> [(item row, quantity, real amount)]
    amounts: dict[str, list[Decimal]]  # order amount name -> one part per ware


def _plan(order: Any, version: int, details: Sequence[tuple[int, int, int, int]],
          items: Sequence[Any]) -> _Plan | None:
    """Which items (and how much of each) ship from which warehouse, and each child's amounts; None
    when everything ships from one warehouse."""
    rows = [_Detail(*d) for d in sorted(details)]
    wares = sorted({d.ware_id for d in rows})
    if len(wares) <= 1:
        return None
    # Which quantity of each item ships from which warehouse (details are per SKU x warehouse).
    per_sku: dict[int, list[list[int]]] = defaultdict(list)  # sku -> [[ware, qty left], ...]
    for d in rows:
        per_sku[d.sku_id].append([d.ware_id, d.sku_num])
    parts: dict[int, list[tuple[Any, int]]] = defaultdict(list)  # ware -> [(item, qty)]
    for item in items:
        need = item.quantity
        for slot in per_sku.get(item.sku_id, []):
            if need == 0:
                break
            take = min(need, slot[1])
            if take:
                parts[slot[0]].append((item, take))
                slot[1] -= take
                need -= take
        if need:  # no detail covers it: keep it with the first warehouse rather than lose it
            parts[item.ware_id if item.ware_id in wares else wares[0]].append((item, need))
    wares = sorted(parts)
    if len(wares) <= 1:
        return None
    # Each item's real_amount is prorated over its parts by quantity; each order amount over the
    # children by their share of the items' real amounts.
    child_items: dict[int, list[tuple[Any, int, Decimal]]] = defaultdict(list)
    for item in items:
        mine = [(w, q) for w in wares for (it, q) in parts[w] if it is item]
        shares = prorate(item.real_amount, [Decimal(q) for _, q in mine])
        for (w, q), amt in zip(mine, shares, strict=True):
            child_items[w].append((item, q, amt))
    weights = [sum((a for _, _, a in child_items[w]), Decimal(0)) for w in wares]
    if sum(weights, Decimal(0)) == 0:
        weights = [sum((it.price * q for it, q, _ in child_items[w]), Decimal(0)) for w in wares]
    amounts = {name: prorate(getattr(order, name), weights) for name in _AMOUNTS}
    return _Plan(order, version, wares, child_items, amounts)


def ware_of(order: Any, details: Sequence[tuple[int, int, int, int]]) -> int | None:
    """The order's warehouse: the one all its stock details are in (None when they span several),
    unless it has one already."""
    wares = {d[2] for d in details}
    return order.ware_id if order.ware_id is not None or len(wares) != 1 else next(iter(wares))


def split_paid_orders(s: Session, parents: Sequence[tuple[Any, int]],
                      details: Mapping[int, Sequence[tuple[int, int, int, int]]], now: dt.datetime,
                      events: list[dict[str, Any]]) -> dict[int, list[int]]:
    """In the payment's transaction, for orders that were just paid: an order whose stock sits in more
    than one warehouse becomes SPLIT with one PAID child per warehouse. Returns each split parent's
    children ids. (An order that ships from one warehouse got its ware_id with its PAID update.)

    `parents` are (order row, version after the PAID update), rows locked by the caller; `details` the
    orders' stock details as (id, sku, ware, quantity), which the payment just deducted. The timeline
    rows are appended to `events` for the caller's one insert. Constant statements for any number of
    orders: items read once, parents moved by one UPDATE, children inserted by one bulk insert and
    their ids read back, their items by one bulk insert."""
    multi = [(order, version) for order, version in parents if len({d[2] for d in details.get(order.id, ())}) > 1]
    orders = cast(Table, Order.__table__)
    if not multi:
        return {}
    items: dict[int, list[Any]] = defaultdict(list)
    for it in s.execute(select(OrderItem.__table__)
                        .where(one_of(s, OrderItem.order_id, sorted(o.id for o, _ in multi))).order_by(OrderItem.id)):
        items[it.order_id].append(it)
    plans = [p for o, v in multi if (p := _plan(o, v, details[o.id], items[o.id])) is not None]
    if not plans:
        return {}
    moved = update_rows(
        s, [{"b_id": p.parent.id, "b_version": p.version} for p in plans],
        {"b_id": orders.c.id.type, "b_version": orders.c.version.type},
        lambda v: update(orders).where(orders.c.id == v["b_id"], orders.c.status == OrderStatus.PAID.value,
                                       orders.c.version == v["b_version"])
        .values(status=OrderStatus.SPLIT.value, version=orders.c.version + 1, updated_at=now))
    if moved is not None and moved != len(plans):
        raise RuntimeError(f"{moved} of {len(plans)} paid orders could be marked SPLIT")
    # The children by one bulk insert (sql.insert_rows; a multi-row INSERT .. RETURNING would be a
    # huge new statement text for psycopg to parse each time), their ids read back by their unique
    # order numbers, then their items as one bulk insert; the caller inserts the timeline rows.
    kids: list[dict[str, Any]] = []
    owners: list[tuple[_Plan, int, int]] = []  # (plan, index of the ware, ware) per child
    for p in plans:
        order = p.parent
        for idx, w in enumerate(p.wares):
            owners.append((p, idx, w))
            kids.append({
                "order_sn": f"{order.order_sn}-{idx + 1}"[:32], "member_id": order.member_id,
                "status": OrderStatus.PAID.value, "parent_id": order.id, "ware_id": w,
                "coupon_id": order.coupon_id, "points_used": 0, "pay_type": order.pay_type,
                "receiver_name": order.receiver_name, "receiver_phone": order.receiver_phone,
                "receiver_province": order.receiver_province, "receiver_city": order.receiver_city,
                "receiver_region": order.receiver_region, "receiver_detail": order.receiver_detail,
                "note": order.note, "version": 0, "created_at": now, "updated_at": now,
                "paid_at": order.paid_at or now, **{name: p.amounts[name][idx] for name in _AMOUNTS}})
    insert_rows(s, orders, kids)
    by_sn = {sn: oid for sn, oid in s.execute(select(Order.order_sn, Order.id)
                                              .where(one_of(s, Order.order_sn, [k["order_sn"] for k in kids])))}
    ids = [int(by_sn[k["order_sn"]]) for k in kids]
    insert_rows(s, cast(Table, OrderItem.__table__), [
        {"order_id": child_id, "order_sn": child["order_sn"], "sku_id": it.sku_id, "sku_code": it.sku_code,
         "sku_name": it.sku_name, "price": it.price, "quantity": q, "real_amount": amt, "ware_id": w}
        for child, child_id, (p, _, w) in zip(kids, ids, owners, strict=True) for it, q, amt in p.child_items[w]])
    children: dict[int, list[int]] = defaultdict(list)
    for child, child_id, (p, idx, w) in zip(kids, ids, owners, strict=True):
        children[p.parent.id].append(child_id)
        events.append({"order_id": child_id, "order_sn": child["order_sn"], "kind": "SPLIT_CHILD",
                       "detail": f"from {p.parent.order_sn}, warehouse {w}, {p.amounts['pay_amount'][idx]} CNY",
                       "created_at": now})
    for p in plans:
        events.append({"order_id": p.parent.id, "order_sn": p.parent.order_sn, "kind": "SPLIT",
                       "detail": f"split by warehouse into {len(p.wares)} orders", "created_at": now})
    return dict(children)
