# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Split after payment: one PAID child per warehouse, amounts prorated so children add up exactly."""

from __future__ import annotations

import urllib.request
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from console.adapters.alipay_sandbox import Sandbox
from console.services import notify, payments
from console.services.context import ServiceContext
from console.services.models import Order, OrderEvent, OrderItem
from console.services.split import prorate
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys, seed_order

cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: Decimal(c) / 100)
weights = st.lists(st.integers(min_value=0, max_value=1_000_000).map(lambda c: Decimal(c) / 100),
                   min_size=1, max_size=12)


@given(total=cents, ws=weights)
@settings(max_examples=300, deadline=None)
def test_prorate_adds_up_to_the_cent(total: Decimal, ws: list[Decimal]) -> None:
    parts = prorate(total, ws)
    assert sum(parts, Decimal(0)) == total
    assert all(p == p.quantize(Decimal("0.01")) and p >= 0 for p in parts)
    wsum = sum(ws, Decimal(0))
    for p, w in zip(parts, ws, strict=True):
        exact = total * w / wsum if wsum else total / len(ws)
        assert abs(p - exact) < Decimal("0.01")  # never more than a cent from the exact share


@given(total=cents, ws=weights)
@settings(max_examples=100, deadline=None)
def test_prorate_of_a_negative_total_mirrors_the_positive(total: Decimal, ws: list[Decimal]) -> None:
    assert prorate(-total, ws) == [-p for p in prorate(total, ws)]


def test_prorate_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        prorate(Decimal("1.001"), [Decimal(1)])
    with pytest.raises(ValueError):
        prorate(Decimal("1.00"), [])
    with pytest.raises(ValueError):
        prorate(Decimal("1.00"), [Decimal(-1)])
    assert prorate(Decimal("0.01"), [Decimal(1)] * 3) == [Decimal("0.01"), Decimal("0.00"), Decimal("0.00")]


@pytest.fixture
def ctx(pg_db, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(pg_db, clock, tmp_path, sandbox)


def _pay(ctx: ServiceContext, sb: Sandbox, sn: str) -> None:
    start = payments.start_payment(ctx, sn)
    with urllib.request.urlopen(start.url, timeout=5):
        pass
    sb.pay(start.out_trade_no)
    params = sb.notify_params(sb.trades[start.out_trade_no], "TRADE_SUCCESS")
    assert notify.handle_notify(ctx, form(params), "application/x-www-form-urlencoded") == "success"


@pytest.mark.parametrize("pay_amount", ["33.33", "100.01", "0.02"])
def test_paid_order_over_three_warehouses_splits_exactly(ctx: ServiceContext, sandbox: Sandbox,
                                                          pay_amount: str) -> None:
    seeded = seed_order(ctx, (("W1", 1, "10.00"), ("W2", 2, "10.00"), ("W3", 3, "3.33"), ("W1", 1, "0.01")),
                        pay_amount=pay_amount)
    _pay(ctx, sandbox, seeded.order_sn)
    with ctx.db.reading() as s:
        parent = s.get(Order, seeded.order_id)
        assert parent is not None and parent.status == "SPLIT" and parent.version == 2
        children = s.scalars(select(Order).where(Order.parent_id == parent.id).order_by(Order.ware_id)).all()
        assert [c.status for c in children] == ["PAID"] * 3
        assert sorted(c.ware_id for c in children) == sorted(seeded.ware_ids)
        for name in ("pay_amount", "total_amount", "freight_amount"):
            assert sum((getattr(c, name) for c in children), Decimal(0)) == getattr(parent, name)
        parent_items = s.scalars(select(OrderItem).where(OrderItem.order_id == parent.id)).all()
        child_items = s.scalars(select(OrderItem).where(OrderItem.order_id.in_([c.id for c in children]))).all()
        assert sum(i.quantity for i in child_items) == sum(i.quantity for i in parent_items)
        assert sum((i.real_amount for i in child_items), Decimal(0)) == Decimal(pay_amount)
        for c in children:  # a child's items are all from its warehouse and pay for its amount
            mine = [i for i in child_items if i.order_id == c.id]
            assert {i.ware_id for i in mine} == {c.ware_id}
            assert sum((i.real_amount for i in mine), Decimal(0)) == c.pay_amount
        kinds = [e.kind for e in s.scalars(select(OrderEvent).where(OrderEvent.order_id == parent.id))]
        assert "PAID" in kinds and "SPLIT" in kinds


def test_single_warehouse_order_stays_whole(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded = seed_order(ctx, (("W1", 1, "10.00"), ("W1", 2, "5.00")))
    _pay(ctx, sandbox, seeded.order_sn)
    with ctx.db.reading() as s:
        parent = s.get(Order, seeded.order_id)
        assert parent is not None and parent.status == "PAID" and parent.ware_id == seeded.ware_ids[0]
        assert not s.scalars(select(Order).where(Order.parent_id == parent.id)).all()
