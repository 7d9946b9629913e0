# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Notifies recorded together (notify.handle_notifies, and the intake that batches them for the
receiver): each is judged exactly as it would be alone, in order; a failing batch costs no other
notify its reply; concurrent senders are grouped into fewer transactions than notifies."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, update

from console.adapters.alipay_sandbox import Sandbox
from console.services import invariants, notify
from console.services.context import ServiceContext
from console.services.models import Order, PaymentInfo, PaymentNotify, WareSku
from console.services.uow import Database
from console.workers.notify_intake import NotifyIntake
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys
from tests.test_notify_inbox import BAD, _paid_at_sandbox, resign

FORM = "application/x-www-form-urlencoded; charset=utf-8"


@pytest.fixture
def ctx(any_db: Database, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(any_db, clock, tmp_path, sandbox)


@pytest.fixture
def pg_ctx(pg_db: Database, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(pg_db, clock, tmp_path, sandbox)


def _paid_params(ctx: ServiceContext, sb: Sandbox, lines: Any = (("W1", 2, "10.00"),)) -> tuple[Any, dict[str, str]]:
    seeded, no = _paid_at_sandbox(ctx, sb, lines)
    return seeded, sb.notify_params(sb.trades[no], "TRADE_SUCCESS")


def _inbox(ctx: ServiceContext) -> list[str]:
    with ctx.db.reading() as s:
        return list(s.scalars(select(PaymentNotify.outcome).order_by(PaymentNotify.id)))


def _violations(ctx: ServiceContext) -> list[invariants.Violation]:
    # seed_order writes orders directly, without the order.created outbox row submit would write.
    return [v for v in invariants.check(ctx.db) if v.kind != "ORDER_WITHOUT_OUTBOX"]


def _status(ctx: ServiceContext, order_id: int) -> str:
    with ctx.db.reading() as s:
        order = s.get(Order, order_id)
        assert order is not None
        return order.status


def test_a_mixed_batch_is_judged_notify_by_notify(ctx: ServiceContext, sandbox: Sandbox) -> None:
    one, one_p = _paid_params(ctx, sandbox)
    split, split_p = _paid_params(ctx, sandbox, (("W1", 1, "19.90"), ("W2", 2, "5.05")))
    two, two_p = _paid_params(ctx, sandbox, (("W1", 1, "3.00"), ("W1", 4, "0.25")))
    victim, victim_p = _paid_params(ctx, sandbox)
    closed_after_paid = resign(sandbox, {**split_p, "trade_status": "TRADE_CLOSED"})

    bodies: list[tuple[bytes, str]] = [(form(one_p), FORM)]
    expected = ["PAID"]
    for case in sorted(BAD):  # every bad input of the inbox tests, all bending one victim's notify
        make, outcome = BAD[case]
        bodies.append(make(sandbox, dict(victim_p)))
        expected.append(outcome)
    bodies += [(form(split_p), FORM), *[(form(one_p), FORM)] * 8, (form(two_p), FORM),
               (form(closed_after_paid), FORM)]
    expected += ["PAID"] + ["DUPLICATE"] * 8 + ["PAID", "CLOSED"]

    replies = notify.handle_notifies(ctx, bodies)

    assert _inbox(ctx) == expected
    acked = {"PAID", "DUPLICATE", "CLOSED", "IGNORED_STATUS"}
    assert replies == ["success" if o in acked else "failure" for o in expected]
    assert [_status(ctx, o.order_id) for o in (one, split, two, victim)] == ["PAID", "SPLIT", "PAID",
                                                                             "PENDING_PAYMENT"]
    with ctx.db.reading() as s:
        kids = s.scalars(select(Order).where(Order.parent_id == split.order_id).order_by(Order.id)).all()
        assert len(kids) == 2 and sum((k.pay_amount for k in kids), Decimal(0)) == split.amount
        assert [k.ware_id for k in kids] == list(split.ware_ids)
        # An order that ships from one warehouse learns it with its payment; the split parent does not.
        assert [s.get(Order, o.order_id).ware_id for o in (one, two, split)] == [one.ware_ids[0], two.ware_ids[0],
                                                                                 None]
        assert {k.status for k in kids} == {"PAID"}
        stock = {(w.stock, w.stock_locked) for w in s.scalars(select(WareSku))}
    assert (5, 0) in stock and (7, 2) in stock  # deducted for the paid; the victim's 2 units still locked
    assert _violations(ctx) == []
    # None of the bent copies spoiled the victim's real notify.
    assert notify.handle_notifies(ctx, [(form(victim_p), FORM)]) == ["success"]
    assert _status(ctx, victim.order_id) == "PAID"


def test_a_failing_batch_is_retried_notify_by_notify(ctx: ServiceContext, sandbox: Sandbox) -> None:
    good, good_p = _paid_params(ctx, sandbox)
    drifted, drifted_p = _paid_params(ctx, sandbox, (("W2", 3, "1.00"),))
    with ctx.db.transaction() as s:  # the shelf lost its lock count: deducting this order must fail
        sku = s.scalar(select(WareSku.sku_id).where(WareSku.stock_locked == 3))
        s.execute(update(WareSku).where(WareSku.sku_id == sku).values(stock_locked=0))
    later, later_p = _paid_params(ctx, sandbox, (("W1", 1, "8.00"),))

    replies = notify.handle_notifies(ctx, [(form(good_p), FORM), (form(drifted_p), FORM), (form(later_p), FORM)])

    assert replies == ["success", "failure", "success"]
    assert [_status(ctx, o.order_id) for o in (good, drifted, later)] == ["PAID", "PENDING_PAYMENT", "PAID"]
    outcomes = _inbox(ctx)
    assert sorted(outcomes) == ["ERROR", "PAID", "PAID"]
    with ctx.db.reading() as s:
        attempt = s.scalars(select(PaymentInfo).where(PaymentInfo.order_id == drifted.order_id)).one()
        assert attempt.payment_status == "WAIT_BUYER_PAY"  # rolled back with the rest of its transaction


def test_concurrent_senders_share_transactions_and_each_pays_once(pg_ctx: ServiceContext,
                                                                   sandbox: Sandbox) -> None:
    ctx = pg_ctx
    sent = [_paid_params(ctx, sandbox, (("W1", 1, "2.00"), ("W2", 1, "3.00")) if i % 3 == 0 else
                         (("W1", 2, "4.00"),)) for i in range(36)]
    intake = NotifyIntake(ctx, threads=2, max_batch=10).start()
    gate = threading.Barrier(len(sent) * 2)
    replies: list[str] = []
    lock = threading.Lock()

    def send(params: dict[str, str]) -> None:
        gate.wait()
        reply = intake.submit(form(params), FORM)
        with lock:
            replies.append(reply)

    try:
        threads = [threading.Thread(target=send, args=(p,)) for _, p in sent for _ in range(2)]  # each twice
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        intake.stop()
    assert replies == ["success"] * len(sent) * 2
    assert 2 <= intake.batches < len(sent) * 2 and intake.largest_batch <= 10
    assert sorted(_inbox(ctx)) == sorted(["PAID"] * len(sent) + ["DUPLICATE"] * len(sent))
    assert {_status(ctx, o.order_id) for o, _ in sent} == {"PAID", "SPLIT"}
    assert _violations(ctx) == []


def test_an_intake_that_is_not_running_handles_the_notify_itself(pg_ctx: ServiceContext,
                                                                  sandbox: Sandbox) -> None:
    order, params = _paid_params(pg_ctx, sandbox)
    intake = NotifyIntake(pg_ctx)
    assert intake.submit(form(params), FORM) == "success"
    assert intake.batches == 0 and _status(pg_ctx, order.order_id) == "PAID"
