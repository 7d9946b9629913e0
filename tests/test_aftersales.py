"""After-sale requests: every allowed and forbidden transition, roles, bad input, bulk review, refunds
before shipment and buyer cancel (SQLite; the races are in test_aftersales_race.py on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from console.services import aftersales, refunds
from console.services.clock import FakeClock
from console.services.context import ServiceContext
from console.services.errors import (
    Forbidden,
    InvalidInput,
    InvalidTransition,
    NotFound,
    RefundExceedsPaid,
)
from console.services.models import AfterSale, AuditLog, OrderEvent, OrderItem, RefundInfo
from console.services.states import AfterSaleStatus as S
from tests.test_aftersales_support import (
    ADMIN,
    BUYER,
    MERCHANT,
    SUPPORT,
    make_ctx,
    order_status,
    sale,
    seed_order,
    seed_requests,
)

FIVE_DAYS = dt.timedelta(seconds=432000)


@pytest.fixture
def ctx(sqlite_db: Any, clock: FakeClock, settings: Any) -> ServiceContext:
    return make_ctx(sqlite_db, clock, settings)


def counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.db.reading() as s:
        return (int(s.scalar(select(func.count()).select_from(AfterSale)) or 0),
                int(s.scalar(select(func.count()).select_from(RefundInfo)) or 0),
                int(s.scalar(select(func.count()).select_from(AuditLog)) or 0))


# --- the request and its review ---------------------------------------------------------------


def test_request_sets_deadline_and_merchant_approves(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "NOT_AS_DESCRIBED", reason_text="torn",
                                    evidence="photo of the tear", links=["https://img.example/1.jpg"])
    a = sale(ctx.db, sid)
    assert (a.status, a.amount, a.deadline_at) == ("REQUESTED", Decimal("100.00"), clock.now() + FIVE_DAYS)
    assert "https://img.example/1.jpg" in a.evidence
    refund_id = aftersales.approve(ctx, MERCHANT, sid)
    a = sale(ctx.db, sid)
    assert (a.status, a.decided_by) == ("REFUNDING", "mia")
    with ctx.db.reading() as s:
        r = s.get(RefundInfo, refund_id)
        assert r is not None and (r.refund_status, r.refund_amount, r.after_sale_id) == ("PENDING", a.amount, sid)
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "approve_refund")) == 1
        kinds = set(s.scalars(select(OrderEvent.kind).where(OrderEvent.order_sn == sn)))
    assert {"AFTER_SALE_REQUESTED", "AFTER_SALE_APPROVED", "REFUND_CREATED", "AFTER_SALE_REFUNDING"} <= kinds
    # Refund-only leaves the order as it is until the money is back.
    assert order_status(ctx.db, sn) == "SHIPPED"


def test_partial_request_amount(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "OTHER", amount="25.50")
    assert sale(ctx.db, sid).amount == Decimal("25.50")


def test_reject_needs_a_reason_within_the_limit(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "REFUSED")
    before = counts(ctx)
    with pytest.raises(InvalidInput, match="at most 200"):
        aftersales.reject(ctx, MERCHANT, sid, "x" * 201)
    with pytest.raises(InvalidInput, match="required"):
        aftersales.reject(ctx, MERCHANT, sid, "   ")
    assert counts(ctx) == before and sale(ctx.db, sid).status == "REQUESTED"
    aftersales.reject(ctx, MERCHANT, sid, "x" * 200)
    assert (sale(ctx.db, sid).status, sale(ctx.db, sid).reject_reason) == ("REJECTED", "x" * 200)


def test_roles_are_enforced_in_the_services(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "REFUSED")
    with pytest.raises(Forbidden):
        aftersales.approve(ctx, SUPPORT, sid)
    with pytest.raises(Forbidden):
        aftersales.reject(ctx, SUPPORT, sid, "no")
    with pytest.raises(Forbidden):
        aftersales.bulk_preview(ctx, SUPPORT, [sid], "APPROVE")
    aftersales.reject(ctx, ADMIN, sid, "admin may too")
    aftersales.escalate(ctx, BUYER, sid, "I never got it")
    with pytest.raises(Forbidden):
        aftersales.arbitrate(ctx, MERCHANT, sid, "ARBITRATED_REFUND", "mine")
    with pytest.raises(Forbidden):
        aftersales.add_note(ctx, MERCHANT, sid, "merchant note")
    with pytest.raises(Forbidden):
        aftersales.list_disputes(ctx, MERCHANT)
    aftersales.add_note(ctx, SUPPORT, sid, "called the carrier")
    assert aftersales.arbitrate(ctx, SUPPORT, sid, "ARBITRATED_REFUND", "carrier lost it") is not None
    assert sale(ctx.db, sid).status == "REFUNDING"


def test_buyer_owns_the_request(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    with pytest.raises(Forbidden):
        aftersales.request_refund(ctx, 99, sn, "REFUSED")
    sid = aftersales.request_refund(ctx, BUYER, sn, "REFUSED")
    with pytest.raises(Forbidden):
        aftersales.withdraw(ctx, 99, sid)
    aftersales.reject(ctx, MERCHANT, sid, "no")
    with pytest.raises(Forbidden):
        aftersales.escalate(ctx, 99, sid, "not mine")


# --- the whole transition table ---------------------------------------------------------------

ACTIONS: dict[str, tuple[str, Any]] = {
    # action -> (the only status it is allowed from, how to do it)
    "approve": ("REQUESTED", lambda c, i: aftersales.approve(c, MERCHANT, i)),
    "reject": ("REQUESTED", lambda c, i: aftersales.reject(c, MERCHANT, i, "no")),
    "withdraw": ("REQUESTED", lambda c, i: aftersales.withdraw(c, BUYER, i)),
    "escalate": ("REJECTED", lambda c, i: aftersales.escalate(c, BUYER, i, "please look")),
    "arbitrate_refund": ("DISPUTED", lambda c, i: aftersales.arbitrate(c, SUPPORT, i, "ARBITRATED_REFUND", "ok")),
    "arbitrate_reject": ("DISPUTED", lambda c, i: aftersales.arbitrate(c, SUPPORT, i, "ARBITRATED_REJECT", "no")),
}
RESULT = {"approve": "REFUNDING", "reject": "REJECTED", "withdraw": "WITHDRAWN", "escalate": "DISPUTED",
          "arbitrate_refund": "REFUNDING", "arbitrate_reject": "ARBITRATED_REJECT"}


def test_transition_table(ctx: ServiceContext, clock: FakeClock) -> None:
    """Every action from every status: allowed from exactly one, refused (nothing written) elsewhere."""
    now = clock.now()
    for action, (allowed_from, do) in ACTIONS.items():
        for status in [s.value for s in S]:
            (sid,) = seed_requests(ctx.db, now, 1, deadline=now + FIVE_DAYS, status=status)
            if status == allowed_from:
                do(ctx, sid)
                assert sale(ctx.db, sid).status == RESULT[action], (action, status)
                assert sale(ctx.db, sid).version == (2 if RESULT[action] == "REFUNDING" else 1)
            else:
                before = counts(ctx)
                with pytest.raises(InvalidTransition):
                    do(ctx, sid)
                assert sale(ctx.db, sid).status == status and counts(ctx) == before, (action, status)


def test_stale_version_loses(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "REFUSED")
    with pytest.raises(InvalidTransition, match=r"no longer REQUESTED|refresh"):
        aftersales.approve(ctx, MERCHANT, sid, expected_version=7)
    assert sale(ctx.db, sid).status == "REQUESTED"


# --- auto-approve -----------------------------------------------------------------------------


def test_auto_approve_after_the_deadline_only(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "LOST_IN_TRANSIT")
    clock.advance(FIVE_DAYS.total_seconds() - 1)
    assert aftersales.auto_approve_due(ctx).approved == 0
    clock.advance(1)
    assert aftersales.auto_approve_due(ctx) == aftersales.AutoApprovePass(1, 0, 0)
    a = sale(ctx.db, sid)
    assert (a.status, a.decided_by) == ("REFUNDING", "AUTO")
    # The merchant comes back too late: a clear error, nothing written.
    before = counts(ctx)
    with pytest.raises(InvalidTransition, match="already REFUNDING by AUTO"):
        aftersales.approve(ctx, MERCHANT, sid)
    with pytest.raises(InvalidTransition):
        aftersales.reject(ctx, MERCHANT, sid, "too late")
    assert counts(ctx) == before
    assert aftersales.auto_approve_due(ctx).approved == 0  # nothing twice


def test_auto_approve_works_in_bounded_batches(ctx: ServiceContext, clock: FakeClock) -> None:
    now = clock.now()
    seed_requests(ctx.db, now, 7, deadline=now)
    assert aftersales.auto_approve_due(ctx, batch=3).approved == 3
    assert aftersales.auto_approve_due(ctx, batch=3).approved == 3
    assert aftersales.auto_approve_due(ctx, batch=3).approved == 1
    assert aftersales.auto_approve_due(ctx, batch=3).approved == 0


def test_auto_approve_skips_what_no_longer_fits(ctx: ServiceContext, clock: FakeClock) -> None:
    now = clock.now()
    (sid,) = seed_requests(ctx.db, now, 1, deadline=now)
    # Someone refunded the whole order meanwhile: the auto-approve must not pass the cap.
    with ctx.db.transaction() as s:
        a = s.get(AfterSale, sid)
        assert a is not None
        refunds.create_refund(s, a.order_id, a.amount, "by hand", now)
    assert aftersales.auto_approve_due(ctx) == aftersales.AutoApprovePass(0, 0, 1)
    a = sale(ctx.db, sid)
    assert a.status == "REQUESTED" and a.deadline_at is None  # left for a person, not retried forever
    assert aftersales.auto_approve_due(ctx).failed == 0


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs,error", [
    ({"amount": "0"}, InvalidInput),
    ({"amount": "-5"}, InvalidInput),
    ({"amount": "1.234"}, InvalidInput),
    ({"amount": "abc"}, InvalidInput),
    ({"amount": "100.01"}, RefundExceedsPaid),
    ({"reason_code": "BORED"}, InvalidInput),
    ({"reason_text": "x" * 501}, InvalidInput),
    ({"links": ["ftp://x"]}, InvalidInput),
])
def test_bad_requests_write_nothing(ctx: ServiceContext, clock: FakeClock, kwargs: dict[str, Any],
                                    error: type[Exception]) -> None:
    sn = seed_order(ctx.db, clock.now())
    args = {"reason_code": "OTHER", **kwargs}
    before = counts(ctx)
    with pytest.raises(error):
        aftersales.request_refund(ctx, BUYER, sn, **args)
    assert counts(ctx) == before


@pytest.mark.parametrize("status,paid", [("PENDING_PAYMENT", False), ("CANCELLED", False), ("PAID", True),
                                         ("CLOSED", True)])
def test_request_needs_a_shipped_order(ctx: ServiceContext, clock: FakeClock, status: str, paid: bool) -> None:
    sn = seed_order(ctx.db, clock.now(), status=status, paid=paid)
    with pytest.raises(InvalidTransition):
        aftersales.request_refund(ctx, BUYER, sn, "OTHER")
    assert counts(ctx)[0] == 0


def test_one_open_request_per_order_and_unknown_ids(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    aftersales.request_refund(ctx, BUYER, sn, "OTHER", amount="10.00")
    with pytest.raises(InvalidTransition, match="open after-sale"):
        aftersales.request_refund(ctx, BUYER, sn, "OTHER", amount="10.00")
    with pytest.raises(NotFound):
        aftersales.approve(ctx, MERCHANT, 424242)
    with pytest.raises(NotFound):
        aftersales.request_refund(ctx, BUYER, "NOPE", "OTHER")


def test_escalation_and_arbitration_input(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now())
    sid = aftersales.request_refund(ctx, BUYER, sn, "OTHER")
    with pytest.raises(InvalidTransition, match="only a REJECTED"):
        aftersales.escalate(ctx, BUYER, sid, "early")
    aftersales.reject(ctx, MERCHANT, sid, "used item")
    with pytest.raises(InvalidInput):
        aftersales.escalate(ctx, BUYER, sid, "")
    aftersales.escalate(ctx, BUYER, sid, "it was new")
    a = sale(ctx.db, sid)
    assert a.sla_deadline == clock.now() + dt.timedelta(seconds=ctx.settings.dispute_sla)
    with pytest.raises(InvalidInput):
        aftersales.arbitrate(ctx, SUPPORT, sid, "MAYBE", "hmm")
    with pytest.raises(InvalidInput):
        aftersales.arbitrate(ctx, SUPPORT, sid, "ARBITRATED_REJECT", "")
    aftersales.arbitrate(ctx, SUPPORT, sid, "ARBITRATED_REJECT", "the photos show use")
    with pytest.raises(InvalidTransition):  # final
        aftersales.arbitrate(ctx, SUPPORT, sid, "ARBITRATED_REFUND", "changed my mind")
    detail = aftersales.get_detail(ctx, SUPPORT, sid)
    assert detail.dispute_statement == "it was new" and detail.reject_reason == "used item"
    assert any(k == "DISPUTE_DECIDED" for _, k, _, _ in detail.history)


# --- bulk review ------------------------------------------------------------------------------


def test_bulk_dry_run_then_apply(ctx: ServiceContext, clock: FakeClock) -> None:
    now = clock.now()
    ids = seed_requests(ctx.db, now, 4, deadline=now + FIVE_DAYS)
    aftersales.reject(ctx, MERCHANT, ids[0], "no")
    summary = aftersales.bulk_preview(ctx, MERCHANT, [*ids, 999], "REJECT", "template: outside policy")
    assert summary.would_change == tuple(ids[1:]) and summary.not_requested == (ids[0],)
    assert summary.missing == (999,)
    with pytest.raises(InvalidInput):
        aftersales.bulk_preview(ctx, MERCHANT, ids, "REJECT", "")
    aftersales.withdraw(ctx, BUYER, ids[1])  # moves on between the dry run and the click
    result = aftersales.bulk_review(ctx, MERCHANT, ids, "REJECT", "template: outside policy")
    assert result.changed == tuple(ids[2:])
    assert {i for i, _ in result.skipped} == {ids[0], ids[1]}
    assert aftersales.bulk_review(ctx, ADMIN, ids, "APPROVE").changed == ()


# --- refund before shipment -------------------------------------------------------------------


def test_partial_refund_before_shipment_by_items(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now(), status="PAID")
    with ctx.db.reading() as s:
        item_ids = list(s.scalars(select(OrderItem.id).where(OrderItem.order_sn == sn).order_by(OrderItem.id)))
    started = aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, item_ids=[item_ids[1]],
                                                         reason_text="Beta sold out")
    assert (started.amount, started.full) == (Decimal("40.00"), False)
    assert order_status(ctx.db, sn) == "PAID"  # the order carries on
    a = sale(ctx.db, started.after_sale_id)
    assert (a.kind, a.status, a.item_ids) == ("REFUND_BEFORE_SHIPMENT", "REFUNDING", str(item_ids[1]))
    with pytest.raises(RefundExceedsPaid):
        aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, amount="60.01")
    with pytest.raises(InvalidInput):
        aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, item_ids=[999999])
    with pytest.raises(Forbidden):
        aftersales.merchant_refund_before_shipment(ctx, SUPPORT, sn, amount="1.00")


def test_buyer_full_refund_before_shipment_closes(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now(), status="PAID")
    started = aftersales.buyer_refund_before_shipment(ctx, BUYER, sn, reason_text="changed my mind")
    assert started.full and started.amount == Decimal("100.00")
    assert order_status(ctx.db, sn) == "CLOSED"
    with pytest.raises(InvalidTransition):
        aftersales.buyer_refund_before_shipment(ctx, BUYER, sn)


@pytest.mark.parametrize("status", ["SHIPPED", "PENDING_PAYMENT", "CANCELLED", "COMPLETED"])
def test_refund_before_shipment_needs_paid(ctx: ServiceContext, clock: FakeClock, status: str) -> None:
    sn = seed_order(ctx.db, clock.now(), status=status, paid=status not in ("PENDING_PAYMENT", "CANCELLED"))
    before = counts(ctx)
    with pytest.raises(InvalidTransition):
        aftersales.merchant_refund_before_shipment(ctx, MERCHANT, sn, amount="1.00")
    assert counts(ctx) == before


def test_cancel_by_buyer(ctx: ServiceContext, clock: FakeClock) -> None:
    sn = seed_order(ctx.db, clock.now(), status="PENDING_PAYMENT", paid=False)
    with pytest.raises(Forbidden):
        aftersales.cancel_by_buyer(ctx, 99, sn)
    aftersales.cancel_by_buyer(ctx, BUYER, sn)
    assert order_status(ctx.db, sn) == "CANCELLED"
    with pytest.raises(InvalidTransition):
        aftersales.cancel_by_buyer(ctx, BUYER, sn)


def test_list_sorted_by_urgency(ctx: ServiceContext, clock: FakeClock) -> None:
    now = clock.now()
    late = seed_requests(ctx.db, now, 1, deadline=now + dt.timedelta(days=4))
    soon = seed_requests(ctx.db, now, 1, deadline=now + dt.timedelta(hours=1))
    done = seed_requests(ctx.db, now, 1, deadline=now, status="REJECTED")
    rows = aftersales.list_requests(ctx, MERCHANT)
    assert [r.id for r in rows] == [soon[0], late[0], done[0]]
    assert [r.id for r in aftersales.list_requests(ctx, MERCHANT, status="REJECTED")] == done
    with pytest.raises(InvalidInput):
        aftersales.list_requests(ctx, MERCHANT, status="NOPE")
