"""Order actions for each role: allowed ones move the order conditionally and write an audit row;
another role's action is refused by the SERVICE (Forbidden) with nothing written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from console.services import audit, errors, order_actions
from console.services.context import ServiceContext
from console.services.models import AuditLog, MqMessage, Order, OrderEvent, PaymentInfo
from console.services.rows import OperatorIdentity
from tests.orders_seed import seed_orders

MERCHANT = OperatorIdentity(1, "merch", "MERCHANT")
SUPPORT = OperatorIdentity(2, "sup", "SUPPORT")
ADMIN = OperatorIdentity(3, "boss", "ADMIN")
# Seed statuses cycle PENDING_PAYMENT, PAID, SHIPPED, COMPLETED, CANCELLED.
UNPAID, PAID, SHIPPED = "SN000000", "SN000001", "SN000002"


class FakeGateway:
    def __init__(self) -> None:
        self.closed: list[str] = []

    def close_trade(self, out_trade_no: str) -> None:
        self.closed.append(out_trade_no)


@pytest.fixture
def ctx(sqlite_db, clock, settings) -> ServiceContext:  # type: ignore[no-untyped-def]
    seed_orders(sqlite_db, 5)
    return ServiceContext(db=sqlite_db, clock=clock, settings=settings, tokens=None, carts=None,  # type: ignore[arg-type]
                          payments=FakeGateway())


def audits(ctx: ServiceContext) -> list[AuditLog]:
    with ctx.db.transaction() as s:  # committed, not rolled back: rows stay loaded
        return list(s.scalars(select(AuditLog).order_by(AuditLog.id)))


def order(ctx: ServiceContext, sn: str) -> Order:
    with ctx.db.transaction() as s:
        return s.scalars(select(Order).where(Order.order_sn == sn)).one()


def test_record_writes_in_the_callers_transaction(ctx: ServiceContext, clock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), ctx.db.transaction() as s:
        audit.record(s, ADMIN, "repair_stock", "ware_sku", "7", {"a": Decimal("1.50")}, {"a": 2}, "why",
                     clock.now())
        raise RuntimeError("rolled back")
    assert audits(ctx) == []
    with ctx.db.transaction() as s:
        audit.record(s, ADMIN, "repair_stock", "ware_sku", "7", {"a": Decimal("1.50")}, {"a": 2}, "why",
                     clock.now())
    (row,) = audits(ctx)
    assert (row.operator_name, row.role, row.action, row.before, row.after, row.reason) == \
        ("boss", "ADMIN", "repair_stock", '{"a": "1.50"}', '{"a": 2}', "why")
    with ctx.db.reading() as s:
        assert [a.action for a in audit.for_object(s, "ware_sku", "7")] == ["repair_stock"]


@pytest.mark.parametrize("who", [MERCHANT, ADMIN])
def test_ship_paid_order(ctx: ServiceContext, who: OperatorIdentity) -> None:
    order_actions.ship(ctx, who, PAID, "SF Express", "SF123")
    o = order(ctx, PAID)
    assert (o.status, o.carrier, o.tracking_no, o.version) == ("SHIPPED", "SF Express", "SF123", 1)
    (a,) = audits(ctx)
    assert (a.action, a.operator_name, a.object_id) == ("ship", who.username, PAID)
    assert '"PAID"' in (a.before or "") and '"SHIPPED"' in (a.after or "")
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(MqMessage).where(MqMessage.order_sn == PAID)) == 1
    with pytest.raises(errors.InvalidTransition):  # a second ship (or a racing one) does nothing
        order_actions.ship(ctx, who, PAID, "SF Express", "SF124")
    assert len(audits(ctx)) == 1


def test_ship_refused_for_support_and_for_unpaid(ctx: ServiceContext) -> None:
    with pytest.raises(errors.Forbidden):
        order_actions.ship(ctx, SUPPORT, PAID, "SF", "1")
    with pytest.raises(errors.InvalidTransition, match="only PAID"):
        order_actions.ship(ctx, MERCHANT, UNPAID, "SF", "1")
    with pytest.raises(errors.InvalidInput, match="tracking"):
        order_actions.ship(ctx, MERCHANT, PAID, "SF", " ")
    assert order(ctx, PAID).status == "PAID" and audits(ctx) == []


@pytest.mark.parametrize("who", [MERCHANT, SUPPORT, ADMIN])
def test_internal_note_for_every_role(ctx: ServiceContext, who: OperatorIdentity) -> None:
    order_actions.add_note(ctx, who, SHIPPED, "buyer called about the box")
    with ctx.db.reading() as s:
        ev = s.execute(select(OrderEvent.actor, OrderEvent.detail).where(OrderEvent.kind == "NOTE")).one()
    assert tuple(ev) == (who.username, "buyer called about the box")
    assert [a.action for a in audits(ctx)] == ["internal_note"]
    with pytest.raises(errors.InvalidInput):
        order_actions.add_note(ctx, who, SHIPPED, "  ")


def test_modify_unpaid_order_price_closes_open_trade(ctx: ServiceContext) -> None:
    before = order(ctx, UNPAID)
    order_actions.modify_order(ctx, MERCHANT, UNPAID, expected_version=before.version, reason="loyal buyer",
                               address={"receiver_detail": "New Road 1"}, adjust_by="-2.50")
    o = order(ctx, UNPAID)
    assert (o.pay_amount, o.adjust_amount, o.receiver_detail, o.version) == \
        (before.pay_amount - Decimal("2.50"), Decimal("-2.50"), "New Road 1", 1)
    (a,) = audits(ctx)
    assert a.action == "modify_order" and a.reason == "loyal buyer" and "New Road 1" in (a.after or "")
    assert ctx.payments.closed == ["OT000000"]
    with ctx.db.reading() as s:
        assert s.scalars(select(PaymentInfo.payment_status).where(
            PaymentInfo.out_trade_no == "OT000000")).one() == "TRADE_CLOSED"
    # A stale version (someone else modified it meanwhile) loses.
    with pytest.raises(errors.InvalidTransition, match="changed meanwhile"):
        order_actions.modify_order(ctx, MERCHANT, UNPAID, expected_version=0, reason="again", note="x")


def test_modify_refusals_write_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(errors.Forbidden):
        order_actions.modify_order(ctx, SUPPORT, UNPAID, expected_version=0, reason="r", note="x")
    with pytest.raises(errors.InvalidTransition, match="only unpaid"):
        order_actions.modify_order(ctx, MERCHANT, PAID, expected_version=0, reason="r", note="x")
    with pytest.raises(errors.InvalidInput, match="reason"):
        order_actions.modify_order(ctx, MERCHANT, UNPAID, expected_version=0, reason=" ", note="x")
    with pytest.raises(errors.InvalidInput, match="above zero"):
        order_actions.modify_order(ctx, MERCHANT, UNPAID, expected_version=0, reason="r", adjust_by="-999")
    with pytest.raises(errors.InvalidInput, match="not an amount"):
        order_actions.modify_order(ctx, MERCHANT, UNPAID, expected_version=0, reason="r", adjust_by="abc")
    assert order(ctx, UNPAID).version == 0 and audits(ctx) == [] and ctx.payments.closed == []


def test_close_by_hand_refused_by_role(ctx: ServiceContext) -> None:
    with pytest.raises(errors.Forbidden):
        order_actions.close_by_hand(ctx, SUPPORT, UNPAID, "fraud")
    with pytest.raises(errors.Forbidden):
        order_actions.close_by_hand(ctx, MERCHANT, UNPAID, "fraud", close_trade=True)
    assert order(ctx, UNPAID).status == "PENDING_PAYMENT" and audits(ctx) == []


@pytest.mark.parametrize(("who", "close_trade", "reason"), [(MERCHANT, False, "MERCHANT"), (ADMIN, True, "ADMIN")])
def test_close_by_hand(ctx: ServiceContext, who: OperatorIdentity, close_trade: bool, reason: str) -> None:
    pytest.importorskip("console.services.orders")
    order_actions.close_by_hand(ctx, who, UNPAID, "buyer asked by phone", close_trade=close_trade)
    o = order(ctx, UNPAID)
    assert (o.status, o.close_reason) == ("CANCELLED", reason)
    (a,) = audits(ctx)
    assert a.action == ("admin_close_trade" if close_trade else "close_order")
    assert a.reason == "buyer asked by phone" and a.operator_name == who.username
    with pytest.raises(errors.InvalidTransition):
        order_actions.close_by_hand(ctx, who, UNPAID, "again", close_trade=close_trade)
    assert len(audits(ctx)) == 1


def test_transition_table_drives_the_buttons() -> None:
    states = {s.action: s for s in order_actions.available_actions(MERCHANT, "PAID")}
    assert states["ship"].enabled and not states["modify_order"].enabled
    assert "PAID" in states["modify_order"].why
    states = {s.action: s for s in order_actions.available_actions(SUPPORT, "PAID")}
    assert not states["ship"].enabled and "SUPPORT" in states["ship"].why
    assert states["internal_note"].enabled
    states = {s.action: s for s in order_actions.available_actions(ADMIN, "PENDING_PAYMENT")}
    assert states["admin_close_trade"].enabled and states["close_order"].enabled
