"""Seeding for the Stock, Outbox and Workers page tests (and their screenshots): plain inserts.

`seed_stock` builds a consistent world (counters = sum of LOCKED details); `seed_drift` then breaks it
the ways the drift check must find. `seed_outbox` writes messages in every status plus dead letters.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import update

from console import config
from console.services import operators
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.models import (
    DeadLetter,
    MqMessage,
    Order,
    Sku,
    Warehouse,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
    WorkerHeartbeat,
)
from console.services.rows import OperatorIdentity
from console.services.states import MessageStatus
from console.services.uow import Database

T0 = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
ADMIN = OperatorIdentity(1, "admin", "ADMIN")
MERCHANT = OperatorIdentity(2, "merchant", "MERCHANT")
SUPPORT = OperatorIdentity(3, "support", "SUPPORT")
ROLES = {"ADMIN": ADMIN, "MERCHANT": MERCHANT, "SUPPORT": SUPPORT}


def ctx_for(db: Database, clock: FakeClock, settings: config.Settings) -> ServiceContext:
    """These services need neither tokens nor carts."""
    return ServiceContext(db=db, clock=clock, settings=settings, tokens=None, carts=None)  # type: ignore[arg-type]


def seed_operators(ctx: ServiceContext) -> None:
    for name, role in (("admin", "ADMIN"), ("merchant", "MERCHANT"), ("support", "SUPPORT")):
        operators.add_operator(ctx, name, "demo", role)


@dataclass(frozen=True)
class StockWorld:
    skus: dict[str, int]  # code -> id
    wares: dict[str, int]
    orders: dict[str, int]  # order_sn -> task id


def seed_stock(db: Database, *, start: dt.datetime = T0, n_orders: int = 6) -> StockWorld:
    """3 SKUs x 2 warehouses; n_orders orders each locking 2 of TEA in BJ and 1 of CUP in SH.

    Orders cycle PENDING_PAYMENT, PAID (details DEDUCTED, stock taken), CANCELLED (RELEASED)."""
    with db.transaction() as s:
        wares = {"BJ": Warehouse(code="BJ", name="Beijing"), "SH": Warehouse(code="SH", name="Shanghai")}
        skus = {"TEA": Sku(sku_code="TEA-250", name="Green tea 250g", price=Decimal("38.00")),
                "CUP": Sku(sku_code="CUP-01", name="Porcelain cup", price=Decimal("25.00")),
                "POT": Sku(sku_code="POT-9", name="Clay teapot", price=Decimal("199.00"))}
        s.add_all([*wares.values(), *skus.values()])
        s.flush()
        stock = {(k, w): WareSku(sku_id=skus[k].id, ware_id=wares[w].id, stock=100, stock_locked=0)
                 for k in skus for w in wares}
        s.add_all(stock.values())
        s.flush()
        tasks: dict[str, int] = {}
        for i in range(n_orders):
            at = start + dt.timedelta(minutes=i)
            sn = f"ST{i:05d}"
            status = ("PENDING_PAYMENT", "PAID", "CANCELLED")[i % 3]
            lock = {"PENDING_PAYMENT": "LOCKED", "PAID": "DEDUCTED", "CANCELLED": "RELEASED"}[status]
            o = Order(order_sn=sn, member_id=1, status=status, total_amount=Decimal("101.00"),
                      pay_amount=Decimal("101.00"), created_at=at, updated_at=at)
            s.add(o)
            s.flush()
            task = WareOrderTask(order_id=o.id, order_sn=sn, task_status=lock, created_at=at, updated_at=at)
            s.add(task)
            s.flush()
            tasks[sn] = task.id
            for code, ware, n in (("TEA", "BJ", 2), ("CUP", "SH", 1)):
                s.add(WareOrderTaskDetail(task_id=task.id, sku_id=skus[code].id, ware_id=wares[ware].id,
                                          sku_num=n, lock_status=lock, updated_at=at))
                row = stock[(code, ware)]
                if lock == "LOCKED":
                    row.stock_locked += n
                elif lock == "DEDUCTED":
                    row.stock -= n
        return StockWorld({k: v.id for k, v in skus.items()}, {k: v.id for k, v in wares.items()}, tasks)


def seed_drift(db: Database, w: StockWorld, *, now: dt.datetime = T0) -> dict[str, Any]:
    """Break the world three ways: a counter off by 5, a cancelled order still holding locks, and a
    work order whose order never existed (old enough for the repair to release it)."""
    old = now - dt.timedelta(hours=2)
    with db.transaction() as s:
        # 1. POT in BJ claims 5 locked units that no detail holds.
        s.execute(update(WareSku).where(WareSku.sku_id == w.skus["POT"], WareSku.ware_id == w.wares["BJ"])
                  .values(stock_locked=5))
        # 2. A cancelled order whose details stayed LOCKED (counter agrees: only the status is wrong).
        o = Order(order_sn="DRIFT-CANCEL", member_id=1, status="CANCELLED", close_reason="TIMEOUT",
                  total_amount=Decimal("38.00"), pay_amount=Decimal("38.00"), created_at=old, updated_at=old)
        s.add(o)
        s.flush()
        t1 = WareOrderTask(order_id=o.id, order_sn="DRIFT-CANCEL", task_status="LOCKED", created_at=old,
                           updated_at=old)
        # 3. A work order for an order that was never created.
        t2 = WareOrderTask(order_id=None, order_sn="DRIFT-GHOST", task_status="LOCKED", created_at=old,
                           updated_at=old)
        s.add_all([t1, t2])
        s.flush()
        s.add(WareOrderTaskDetail(task_id=t1.id, sku_id=w.skus["TEA"], ware_id=w.wares["SH"], sku_num=3,
                                  lock_status="LOCKED", updated_at=old))
        s.add(WareOrderTaskDetail(task_id=t2.id, sku_id=w.skus["CUP"], ware_id=w.wares["BJ"], sku_num=4,
                                  lock_status="LOCKED", updated_at=old))
        s.execute(update(WareSku).where(WareSku.sku_id == w.skus["TEA"], WareSku.ware_id == w.wares["SH"])
                  .values(stock_locked=WareSku.stock_locked + 3))
        s.execute(update(WareSku).where(WareSku.sku_id == w.skus["CUP"], WareSku.ware_id == w.wares["BJ"])
                  .values(stock_locked=WareSku.stock_locked + 4))
    return {"counter": "POT-9@BJ", "cancelled": "DRIFT-CANCEL", "ghost": "DRIFT-GHOST"}


def seed_outbox(db: Database, *, start: dt.datetime = T0, per_status: int = 3) -> dict[str, list[str]]:
    """per_status messages in each status, one minute apart (oldest NEW first); 2 dead letters."""
    ids: dict[str, list[str]] = {st.name: [] for st in MessageStatus}
    with db.transaction() as s:
        i = 0
        for st in (MessageStatus.NEW, MessageStatus.ERROR, MessageStatus.SENT, MessageStatus.ARRIVED):
            for _ in range(per_status):
                at = start + dt.timedelta(minutes=i)
                mid = f"{i:032x}"
                sn = f"SN{i:06d}"
                body = json.dumps({"message_id": mid, "type": "order.created", "occurred_at": at.isoformat(),
                                   "payload": {"order_sn": sn, "amount": "10.00"}})
                s.add(MqMessage(message_id=mid, content=body, to_exchange="order-event-exchange",
                                routing_key="order.create.order", class_type="order.created",
                                message_status=int(st), attempts=0 if st == MessageStatus.NEW else 2,
                                next_attempt_at=at, order_sn=sn,
                                last_error="NACKED: no route" if st == MessageStatus.ERROR else None,
                                created_at=at, updated_at=at))
                ids[st.name].append(mid)
                i += 1
        for k in range(2):
            s.add(DeadLetter(message_id=f"dead{k:028x}", queue="stock.release.stock.queue",
                             routing_key="stock.release", error="InvalidInput: bad task_id 'x'", attempts=5,
                             body=json.dumps({"message_id": f"dead{k:028x}", "type": "stock.release",
                                              "payload": {"task_id": "x"}}),
                             requeued=False, created_at=start))
    return ids


def seed_heartbeats(db: Database, now: dt.datetime) -> None:
    """A headless `workers` process on another host: one fresh worker, one gone quiet."""
    with db.transaction() as s:
        s.add(WorkerHeartbeat(name="relay", process="box2:4242", state="RUNNING", processed=120, failed=1,
                              last_error="BrokerUnavailable: reset", last_seen=now))
        s.add(WorkerHeartbeat(name="order-close", process="box2:4242", state="RUNNING", processed=7, failed=0,
                              last_seen=now - dt.timedelta(minutes=10)))
