"""Splitting a paid order by warehouse: one PAID child per warehouse, amounts prorated to the cent
so that the children add up to the parent exactly (largest-remainder allocation)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from console.services.models import Order, OrderEvent, OrderItem, WareOrderTask, WareOrderTaskDetail
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


def split_after_payment(s: Session, order: Order, now: dt.datetime, *,
                        details: Sequence[tuple[int, int, int, int]] | None = None,
                        events: list[dict[str, Any]] | None = None) -> list[int]:
    """In the payment's transaction: if the order's stock sits in more than one warehouse, the
    parent becomes SPLIT and one PAID child per warehouse is created. Returns the children's ids.

    `details` are the order's stock details as (id, sku, ware, quantity) when the caller already read
    them (the payment just deducted them); `events`, when given, collects the timeline rows for the
    caller to insert with its own, in one statement."""
    if details is None:
        details = s.execute(
            select(WareOrderTaskDetail.id, WareOrderTaskDetail.sku_id, WareOrderTaskDetail.ware_id,
                   WareOrderTaskDetail.sku_num)
            .join(WareOrderTask, WareOrderTask.id == WareOrderTaskDetail.task_id)
            .where(WareOrderTask.order_sn == order.order_sn).order_by(WareOrderTaskDetail.id)).tuples().all()
    rows = [_Detail(*d) for d in sorted(details)]
    wares = sorted({d.ware_id for d in rows})
    if len(wares) <= 1:
        if wares and order.ware_id is None:
            s.execute(update(Order).where(Order.id == order.id).values(ware_id=wares[0])
                      .execution_options(synchronize_session=False))
        return []
    items = s.scalars(select(OrderItem).where(OrderItem.order_id == order.id).order_by(OrderItem.id)).all()

    # Which quantity of each item ships from which warehouse (details are per SKU x warehouse).
    per_sku: dict[int, list[list[int]]] = defaultdict(list)  # sku -> [[ware, qty left], ...]
    for d in rows:
        per_sku[d.sku_id].append([d.ware_id, d.sku_num])
    parts: dict[int, list[tuple[OrderItem, int]]] = defaultdict(list)  # ware -> [(item, qty)]
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
        return []

    # Each item's real_amount is prorated over its parts by quantity; each order amount over the
    # children by their share of the items' real amounts.
    child_items: dict[int, list[tuple[OrderItem, int, Decimal]]] = defaultdict(list)
    for item in items:
        mine = [(w, q) for w in wares for (it, q) in parts[w] if it is item]
        shares = prorate(item.real_amount, [Decimal(q) for _, q in mine])
        for (w, q), amt in zip(mine, shares, strict=True):
            child_items[w].append((item, q, amt))
    weights = [sum((a for _, _, a in child_items[w]), Decimal(0)) for w in wares]
    if sum(weights, Decimal(0)) == 0:
        weights = [sum((it.price * q for it, q, _ in child_items[w]), Decimal(0)) for w in wares]
    amounts = {name: prorate(getattr(order, name), weights) for name in _AMOUNTS}

    moved = s.execute(
        update(Order).where(Order.id == order.id, Order.status == OrderStatus.PAID.value,
                            Order.version == order.version)
        .values(status=OrderStatus.SPLIT.value, version=order.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
    if moved != 1:
        return []
    # All children in one multi-row INSERT .. RETURNING (ids in parameter order), then their items and
    # the timeline rows each as one bulk insert: no per-object unit of work.
    kids = [{"order_sn": f"{order.order_sn}-{idx + 1}"[:32], "member_id": order.member_id,
             "status": OrderStatus.PAID.value, "parent_id": order.id, "ware_id": w,
             "coupon_id": order.coupon_id, "points_used": 0, "pay_type": order.pay_type,
             "receiver_name": order.receiver_name, "receiver_phone": order.receiver_phone,
             "receiver_province": order.receiver_province, "receiver_city": order.receiver_city,
             "receiver_region": order.receiver_region, "receiver_detail": order.receiver_detail,
             "note": order.note, "version": 0, "created_at": now, "updated_at": now,
             "paid_at": order.paid_at or now, **{name: amounts[name][idx] for name in _AMOUNTS}}
            for idx, w in enumerate(wares)]
    ids = list(s.scalars(insert(Order).returning(Order.id, sort_by_parameter_order=True), kids))
    for child, child_id in zip(kids, ids, strict=True):
        child["id"] = child_id
    s.execute(insert(OrderItem), [
        {"order_id": child["id"], "order_sn": child["order_sn"], "sku_id": it.sku_id, "sku_code": it.sku_code,
         "sku_name": it.sku_name, "price": it.price, "quantity": q, "real_amount": amt, "ware_id": w}
        for child, w in zip(kids, wares, strict=True) for it, q, amt in child_items[w]])
    timeline = events if events is not None else []
    timeline += [{"order_id": child["id"], "order_sn": child["order_sn"], "kind": "SPLIT_CHILD",
                  "detail": f"from {order.order_sn}, warehouse {w}, {amounts['pay_amount'][idx]} CNY",
                  "created_at": now}
                 for idx, (child, w) in enumerate(zip(kids, wares, strict=True))]
    timeline.append({"order_id": order.id, "order_sn": order.order_sn, "kind": "SPLIT",
                     "detail": f"split by warehouse into {len(kids)} orders", "created_at": now})
    if events is None:
        s.execute(insert(OrderEvent), timeline)
    return ids
