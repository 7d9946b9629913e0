"""Seeding and the sandbox gateway for the after-sales, refund, dispute and receipt tests (no tests here).

Orders are seeded with plain inserts (paid or shipped, with a paid Alipay attempt), so race tests can
make hundreds quickly; `sandbox_trade` opens and pays the same trade in the project's sandbox so
refunds go through the real gateway protocol.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from console.adapters.alipay_gateway import AlipayGateway
from console.adapters.alipay_sandbox import SANDBOX_APP_ID, SANDBOX_SELLER_ID, Sandbox
from console.config import Settings
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.models import AfterSale, Member, Order, OrderItem, PaymentInfo
from console.services.rows import OperatorIdentity
from console.services.uow import Database

MERCHANT = OperatorIdentity(1, "mia", "MERCHANT")
SUPPORT = OperatorIdentity(2, "sam", "SUPPORT")
ADMIN = OperatorIdentity(3, "ada", "ADMIN")
BUYER = 1


class NoTokens:
    """The after-sales use cases never touch tokens or carts."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"unexpected token/cart call {name}")


def make_ctx(db: Database, clock: FakeClock, settings: Settings, gateway: object = None) -> ServiceContext:
    return ServiceContext(db=db, clock=clock, settings=settings, tokens=NoTokens(),  # type: ignore[arg-type]
                          carts=NoTokens(), payments=gateway)  # type: ignore[arg-type]


def ensure_member(db: Database, member_id: int = BUYER, now: dt.datetime | None = None) -> None:
    with db.transaction() as s:
        if s.get(Member, member_id) is None:
            s.add(Member(id=member_id, username=f"buyer{member_id}",
                         created_at=now or dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))


def seed_order(db: Database, now: dt.datetime, *, status: str = "SHIPPED", amount: str = "100.00",
               member_id: int = BUYER, out_trade_no: str | None = None, trade_no: str | None = None,
               paid: bool = True) -> str:
    """An order with two items (60% / 40% of the amount) and, if paid, a paid Alipay attempt."""
    ensure_member(db, member_id, now)
    value = Decimal(amount)
    sn = "AS" + uuid.uuid4().hex[:16]
    with db.transaction() as s:
        o = Order(order_sn=sn, member_id=member_id, status=status, total_amount=value, pay_amount=value,
                  created_at=now, updated_at=now, paid_at=now if paid else None,
                  shipped_at=now if status in ("SHIPPED", "COMPLETED") else None, version=0)
        s.add(o)
        s.flush()
        first = (value * Decimal("0.6")).quantize(Decimal("0.01"))
        for i, part in enumerate((first, value - first)):
            s.add(OrderItem(order_id=o.id, order_sn=sn, sku_id=i + 1, sku_code=f"SKU-{i + 1}",
                            sku_name=f"Item {i + 1}", price=part, quantity=1, real_amount=part))
        if paid:
            s.add(PaymentInfo(out_trade_no=out_trade_no or f"OT{sn}", order_id=o.id, order_sn=sn,
                              trade_no=trade_no or f"TN{sn}", total_amount=value, payment_status="TRADE_SUCCESS",
                              created_at=now, updated_at=now, paid_at=now))
    return sn


def seed_requests(db: Database, now: dt.datetime, n: int, *, deadline: dt.datetime, amount: str = "10.00",
                  status: str = "REQUESTED", step: float = 0.0) -> list[int]:
    """n shipped orders, each with one refund-only request due at `deadline`; bulk inserts, for races."""
    ensure_member(db, BUYER, now)
    ids: list[int] = []
    value = Decimal(amount)
    with db.transaction() as s:
        orders = []
        for _ in range(n):
            sn = "RQ" + uuid.uuid4().hex[:16]
            orders.append(Order(order_sn=sn, member_id=BUYER, status="SHIPPED", total_amount=value,
                                pay_amount=value, created_at=now, updated_at=now, paid_at=now, shipped_at=now))
        s.add_all(orders)
        s.flush()
        s.add_all([PaymentInfo(out_trade_no=f"OT{o.order_sn}", order_id=o.id, order_sn=o.order_sn,
                               trade_no=f"TN{o.order_sn}", total_amount=value, payment_status="TRADE_SUCCESS",
                               created_at=now, updated_at=now, paid_at=now) for o in orders])
        sales = [AfterSale(order_id=o.id, order_sn=o.order_sn, member_id=BUYER, kind="REFUND_ONLY", status=status,
                           reason_code="LOST_IN_TRANSIT", amount=value, version=0, created_at=now,
                           updated_at=now, deadline_at=deadline + dt.timedelta(seconds=i * step),
                           disputed_at=now if status == "DISPUTED" else None,
                           sla_deadline=now + dt.timedelta(days=2) if status == "DISPUTED" else None)
                 for i, o in enumerate(orders)]
        s.add_all(sales)
        s.flush()
        ids = [a.id for a in sales]
    return ids


def order_status(db: Database, sn: str) -> str:
    with db.reading() as s:
        return str(s.scalar(select(Order.status).where(Order.order_sn == sn)))


def sale(db: Database, after_sale_id: int) -> AfterSale:
    with db.reading() as s:
        a = s.get(AfterSale, after_sale_id)
        assert a is not None
        s.expunge(a)  # keep the loaded values after the read session ends
        return a


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Sandbox]:
    sb = Sandbox(tmp_path / "sandbox", auto_notify=False, persist=False).start()
    yield sb
    sb.stop()


def gateway_for(sb: Sandbox, timeout: float = 5.0) -> AlipayGateway:
    return AlipayGateway(app_id=SANDBOX_APP_ID, app_private_key=str(sb.keys.app_private),
                         alipay_public_key=str(sb.keys.platform_public), gateway_url=sb.gateway_url,
                         seller_id=SANDBOX_SELLER_ID, timeout=timeout)


def sandbox_trade(sb: Sandbox, amount: str) -> tuple[str, str]:
    """Open and pay a trade at the sandbox's cashier; returns (out_trade_no, trade_no)."""
    out_trade_no = "OT" + uuid.uuid4().hex[:20]
    sb.open_cashier({"out_trade_no": out_trade_no, "total_amount": amount, "subject": "test",
                     "timeout_express": "30m"}, "", "")
    trade = sb.pay(out_trade_no)
    return out_trade_no, trade.trade_no
