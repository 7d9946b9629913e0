"""Receipt: buyer confirms, or auto-confirmed after settings.auto_confirm_after (FakeClock)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from console.services import aftersales, receipts
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.errors import Forbidden, InvalidTransition, NotFound
from tests.test_aftersales_support import BUYER, make_ctx, order_status, seed_order


@pytest.fixture
def ctx(sqlite_db: Any, clock: FakeClock, settings: Any) -> ServiceContext:
    return make_ctx(sqlite_db, clock, settings)


def test_buyer_confirms_receipt_once(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    with pytest.raises(Forbidden):
        receipts.confirm_receipt(ctx, 99, sn)
    receipts.confirm_receipt(ctx, BUYER, sn)
    assert order_status(ctx.db, sn) == "COMPLETED"
    with pytest.raises(InvalidTransition):
        receipts.confirm_receipt(ctx, BUYER, sn)
    with pytest.raises(NotFound):
        receipts.confirm_receipt(ctx, BUYER, "NOPE")


@pytest.mark.parametrize("status", ["PAID", "PENDING_PAYMENT", "CANCELLED", "CLOSED"])
def test_only_shipped_can_be_received(ctx: ServiceContext, clock: FakeClock, status: str) -> None:
    sn = seed_order(ctx.db, clock.now(), status=status)
    with pytest.raises(InvalidTransition):
        receipts.confirm_receipt(ctx, BUYER, sn)
    assert order_status(ctx.db, sn) == status


def test_auto_confirm_after_the_period(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    held = seed_order(ctx.db, clock.now())
    aftersales.request_refund(ctx, BUYER, held, "OTHER", amount="1.00")
    clock.advance(ctx.settings.auto_confirm_after - 1)
    assert receipts.auto_confirm_due(ctx) == receipts.AutoConfirmPass(0, 0)
    clock.advance(1)
    assert receipts.auto_confirm_due(ctx) == receipts.AutoConfirmPass(1, 0)
    assert order_status(ctx.db, sn) == "COMPLETED"
    assert order_status(ctx.db, held) == "SHIPPED"  # an open request holds it back
    assert receipts.auto_confirm_due(ctx) == receipts.AutoConfirmPass(0, 0)


def test_auto_confirm_batches(ctx: ServiceContext, clock: FakeClock) -> None:
    for _ in range(5):
        seed_order(ctx.db, clock.now())
    clock.advance(dt.timedelta(days=11).total_seconds())
    assert receipts.auto_confirm_due(ctx, batch=2).completed == 2
    assert receipts.auto_confirm_due(ctx, batch=10).completed == 3
