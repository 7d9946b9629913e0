"""Seeding for the Orders page tests and screenshots: plain inserts, no engine code needed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from console.services import operators
from console.services.context import ServiceContext
from console.services.models import (
    Member,
    Order,
    OrderEvent,
    OrderItem,
    PaymentInfo,
    Sku,
    Warehouse,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
)
from console.services.uow import Database

STATUSES = ("PENDING_PAYMENT", "PAID", "SHIPPED", "COMPLETED", "CANCELLED")
T0 = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)


def seed_orders(db: Database, n: int = 50, *, start: dt.datetime = T0) -> list[str]:
    """n orders, one minute apart, statuses cycling, amounts 10.00 + i, two members, two warehouses."""
    sns: list[str] = []
    with db.transaction() as s:
        s.add_all([Member(id=1, username="alice", created_at=start),
                   Member(id=2, username="bob", created_at=start)])
        s.add_all([Warehouse(id=1, code="BJ", name="Beijing"), Warehouse(id=2, code="SH", name="Shanghai")])
        s.add(Sku(id=1, sku_code="SKU-1", name="Tea 250g", price=Decimal("10.00")))
        s.flush()
        locked = {1: 0, 2: 0}
        for i in range(n):
            at = start + dt.timedelta(minutes=i)
            status = STATUSES[i % len(STATUSES)]
            sn = f"SN{i:06d}"
            amount = Decimal("10.00") + i
            o = Order(order_sn=sn, member_id=1 + i % 2, status=status, total_amount=amount, pay_amount=amount,
                      ware_id=1 + i % 2, receiver_name=f"Receiver {i}", receiver_phone="13800000000",
                      receiver_province="Beijing", receiver_city="Beijing", receiver_detail=f"Road {i}",
                      pay_deadline=at + dt.timedelta(minutes=30), created_at=at, updated_at=at,
                      paid_at=None if status in ("PENDING_PAYMENT", "CANCELLED") else at,
                      close_reason="TIMEOUT" if status == "CANCELLED" else None)
            s.add(o)
            s.flush()
            s.add(OrderItem(order_id=o.id, order_sn=sn, sku_id=1, sku_code="SKU-1", sku_name="Tea 250g",
                            price=amount, quantity=1, real_amount=amount, ware_id=o.ware_id))
            s.add(PaymentInfo(out_trade_no=f"OT{i:06d}", order_id=o.id, order_sn=sn, total_amount=amount,
                              trade_no=None if o.paid_at is None else f"2026TN{i:06d}",
                              payment_status="WAIT_BUYER_PAY" if o.paid_at is None else "TRADE_SUCCESS",
                              created_at=at, updated_at=at, paid_at=o.paid_at))
            s.add(OrderEvent(order_id=o.id, order_sn=sn, kind="CREATED", detail="", actor="buyer",
                             created_at=at))
            task = WareOrderTask(order_id=o.id, order_sn=sn, task_status="LOCKED", created_at=at,
                                 updated_at=at)
            s.add(task)
            s.flush()
            lock = {"PENDING_PAYMENT": "LOCKED", "CANCELLED": "RELEASED"}.get(status, "DEDUCTED")
            locked[o.ware_id or 1] += lock == "LOCKED"
            s.add(WareOrderTaskDetail(task_id=task.id, sku_id=1, ware_id=o.ware_id or 1, sku_num=1,
                                      lock_status=lock, updated_at=at))
            sns.append(sn)
        # Stock counters agree with the LOCKED details (the invariant of DESIGN.md §7).
        s.add_all([WareSku(sku_id=1, ware_id=w, stock=1000, stock_locked=n) for w, n in locked.items()])
    return sns


def seed_operators(ctx: ServiceContext) -> None:
    for name, role in (("merchant", "MERCHANT"), ("support", "SUPPORT"), ("admin", "ADMIN")):
        operators.add_operator(ctx, name, "demo", role)
