"""Helpers for the payment tests: the sandbox on a FakeClock, a context wired to it through the real
SDK adapter, and orders seeded directly (order + items + stock work order with LOCKED details)."""

from __future__ import annotations

import datetime as dt
import urllib.parse
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from console import config
from console.adapters.alipay_gateway import AlipayGateway
from console.adapters.alipay_sandbox import Sandbox, ensure_keys
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.models import (
    Base,
    Order,
    OrderItem,
    Sku,
    Warehouse,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
)
from console.services.states import OrderStatus
from console.services.uow import Database


class _NoStore:
    """Payments use neither tokens nor carts."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"payments must not touch {name}")


@pytest.fixture(scope="session")
def sandbox_keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sandbox-keys")
    ensure_keys(folder)
    return folder


@pytest.fixture
def sandbox(sandbox_keys: Path, clock: FakeClock) -> Iterator[Sandbox]:
    sb = Sandbox(sandbox_keys, clock=clock, auto_notify=False, persist=False).start()
    yield sb
    sb.stop()


def gateway_to(sb: Sandbox, timeout: float = 5.0, port: int | None = None) -> AlipayGateway:
    url = f"http://127.0.0.1:{port}/gateway.do" if port else sb.gateway_url
    return AlipayGateway(app_id=sb.app_id, app_private_key=str(sb.keys.app_private),
                         alipay_public_key=str(sb.keys.platform_public), gateway_url=url,
                         seller_id=sb.seller_id, timeout=timeout)


def make_ctx(db: Database, clock: FakeClock, tmp_path: Path, sb: Sandbox | None, **overrides: Any) -> ServiceContext:
    settings = config.load(environ={}, data_dir=str(tmp_path / "data"), **overrides)
    return ServiceContext(db=db, clock=clock, settings=settings, tokens=_NoStore(), carts=_NoStore(),
                          payments=gateway_to(sb) if sb is not None else None)


@dataclass(frozen=True)
class Seeded:
    order_id: int
    order_sn: str
    amount: Decimal
    ware_ids: tuple[int, ...]


def seed_order(ctx: ServiceContext, lines: Sequence[tuple[str, int, Decimal | str]] = (("W1", 2, "10.00"),),
               *, pay_amount: Decimal | str | None = None, freight: str = "0.00",
               deadline_in: int = 1800) -> Seeded:
    """One PENDING_PAYMENT order; each line is (warehouse code, quantity, unit price), each its own SKU,
    with the stock locked in that warehouse."""
    now = ctx.clock.now()
    sn = "T" + uuid.uuid4().hex[:18]
    with ctx.db.transaction() as s:
        wares: list[int] = []
        items: list[tuple[int, str, int, Decimal, int]] = []
        for code, qty, price in lines:
            ware = s.scalars(select(Warehouse).where(Warehouse.code == code)).first()
            if ware is None:
                ware = Warehouse(code=code, name=code)
                s.add(ware)
                s.flush()
            sku = Sku(sku_code="S" + uuid.uuid4().hex[:12], name="thing", price=Decimal(price))
            s.add(sku)
            s.flush()
            s.add(WareSku(sku_id=sku.id, ware_id=ware.id, stock=qty + 5, stock_locked=qty))
            wares.append(ware.id)
            items.append((sku.id, sku.sku_code, qty, Decimal(price), ware.id))
        total = sum((q * p for _, _, q, p, _ in items), Decimal("0.00"))
        pay = Decimal(pay_amount) if pay_amount is not None else total + Decimal(freight)
        order = Order(order_sn=sn, member_id=1, status=OrderStatus.PENDING_PAYMENT.value, total_amount=total,
                      pay_amount=pay, freight_amount=Decimal(freight), version=0, created_at=now, updated_at=now,
                      pay_deadline=now + dt.timedelta(seconds=deadline_in))
        s.add(order)
        s.flush()
        task = WareOrderTask(order_id=order.id, order_sn=sn, task_status="LOCKED", created_at=now, updated_at=now)
        s.add(task)
        s.flush()
        goods = pay - Decimal(freight)
        from console.services.split import prorate

        shares = prorate(goods, [q * p for _, _, q, p, _ in items])
        for (sku_id, code, qty, price, ware_id), share in zip(items, shares, strict=True):
            s.add(OrderItem(order_id=order.id, order_sn=sn, sku_id=sku_id, sku_code=code, sku_name="thing",
                            price=price, quantity=qty, real_amount=share, ware_id=ware_id))
            s.add(WareOrderTaskDetail(task_id=task.id, sku_id=sku_id, ware_id=ware_id, sku_num=qty,
                                      lock_status="LOCKED", updated_at=now))
        return Seeded(order.id, sn, pay, tuple(sorted(set(wares))))


def snapshot(db: Database, skip: Sequence[str] = ("payment_notify",)) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but the skipped ones), to prove that nothing changed."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    tables = [t for t in Base.metadata.sorted_tables if t.name not in skip]
    if db.dialect == "postgresql":  # one round trip instead of one per table
        from sqlalchemy import text

        cols = ", ".join(f"(SELECT coalesce(json_agg(x ORDER BY x::text), '[]') FROM {t.name} x)" for t in tables)
        with db.reading() as s:
            row = s.execute(text(f"SELECT {cols}")).one()
        return {t.name: [tuple(sorted(r.items())) for r in v] for t, v in zip(tables, row, strict=True)}
    with db.reading() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            out[table.name] = sorted((tuple(r) for r in s.execute(select(table)).all()), key=repr)
    return out


def count_rows(db: Database, model: Any, *where: Any) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def form(params: dict[str, str]) -> bytes:
    return urllib.parse.urlencode(params).encode()
