# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""A payment notify racing the order-close timer: every order ends PAID with its stock deducted, or
CANCELLED with the payment refunded — never paid with its stock released."""

from __future__ import annotations

import json
import threading
import urllib.parse
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from console.adapters.alipay_sandbox import Sandbox
from console.services import notify, orders, payments
from console.services.context import ServiceContext
from console.services.models import Order, RefundInfo, WareOrderTask, WareOrderTaskDetail, WareSku
from console.services.states import CloseReason
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys, seed_order

FORM = "application/x-www-form-urlencoded"


def race(ctx: ServiceContext, sb: Sandbox, rounds: int) -> dict[str, int]:
    prepared: list[tuple[str, str]] = []
    for i in range(rounds):
        seeded = seed_order(ctx, (("W1", 1 + i % 3, "9.99"),))
        start = payments.start_payment(ctx, seeded.order_sn)
        biz = json.loads(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(start.url).query))["biz_content"])
        sb.open_cashier(biz, "", "")
        sb.pay(start.out_trade_no)  # the buyer paid; now the notify and the timer race
        prepared.append((seeded.order_sn, start.out_trade_no))
    errors: list[BaseException] = []
    for sn, no in prepared:
        body = form(sb.notify_params(sb.trades[no], "TRADE_SUCCESS"))
        gate = threading.Barrier(2)

        def pay(body: bytes = body, gate: threading.Barrier = gate) -> None:
            try:
                gate.wait()
                assert notify.handle_notify(ctx, body, FORM) == "success"
            except BaseException as exc:
                errors.append(exc)

        def close(sn: str = sn, gate: threading.Barrier = gate) -> None:
            try:
                gate.wait()
                orders.close_order(ctx, sn, CloseReason.TIMEOUT, "timer")
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=pay), threading.Thread(target=close)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert not errors, errors[:3]
    outcome = {"PAID": 0, "CANCELLED": 0}
    with ctx.db.reading() as s:
        for sn, no in prepared:
            order = s.scalars(select(Order).where(Order.order_sn == sn)).one()
            task = s.scalars(select(WareOrderTask.id).where(WareOrderTask.order_sn == sn)).one()
            locks = {d.lock_status for d in s.scalars(select(WareOrderTaskDetail)
                                                      .where(WareOrderTaskDetail.task_id == task))}
            refunds = s.scalars(select(RefundInfo).where(RefundInfo.out_trade_no == no)).all()
            if order.status == "PAID":
                assert locks == {"DEDUCTED"}, (sn, locks)
                assert not refunds and sb.trades[no].refunded == 0
            else:
                assert order.status == "CANCELLED", (sn, order.status)
                assert locks == {"RELEASED"}, (sn, locks)
                assert order.payment_flag == "PAID_AFTER_CANCEL"
                assert [(r.refund_status, r.refund_amount) for r in refunds] == [("SUCCEEDED", order.pay_amount)]
                assert sb.trades[no].refunded == order.pay_amount
            outcome[order.status] += 1
        assert s.scalar(select(func.sum(WareSku.stock_locked))) == 0
    return outcome


@pytest.fixture
def ctx(pg_db, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(pg_db, clock, tmp_path, sandbox)


def test_notify_races_the_close_timer(ctx: ServiceContext, sandbox: Sandbox) -> None:
    outcome = race(ctx, sandbox, 50)
    print("race outcome", outcome)
    assert sum(outcome.values()) == 50


@pytest.mark.slow
def test_notify_races_the_close_timer_1000_times(ctx: ServiceContext, sandbox: Sandbox) -> None:
    outcome = race(ctx, sandbox, 1000)
    assert sum(outcome.values()) == 1000
    assert outcome["PAID"] and outcome["CANCELLED"]  # both sides won sometimes


@pytest.mark.parametrize("db_name", ["sqlite_db", "maria_db"])
def test_notify_races_the_close_timer_on_other_databases(request: pytest.FixtureRequest, clock, tmp_path,  # type: ignore[no-untyped-def]
                                                        sandbox: Sandbox, db_name: str) -> None:
    ctx = make_ctx(request.getfixturevalue(db_name), clock, tmp_path, sandbox)
    assert sum(race(ctx, sandbox, 15).values()) == 15
