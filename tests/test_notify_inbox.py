# ruff: noqa: F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Async notifies: the happy path, and ≥50 bad inputs that each leave the database unchanged except
for the one inbox row that records them."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from console.adapters.alipay_sandbox import Sandbox
from console.adapters.alipay_sandbox.keys import ensure_keys, load_private, sign, signing_text
from console.services import notify, payments
from console.services.context import ServiceContext
from console.services.models import (
    MqMessage,
    Order,
    OrderEvent,
    PaymentInfo,
    PaymentNotify,
    WareOrderTask,
    WareOrderTaskDetail,
    WareSku,
)
from tests.payments_fixtures import (  # noqa: F401 - fixtures
    form,
    make_ctx,
    sandbox_keys,
    seed_order,
    snapshot,
)

FORM = "application/x-www-form-urlencoded; charset=utf-8"


@pytest.fixture(scope="module")
def _env(_pg_migrated, sandbox_keys, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One PostgreSQL database and one sandbox for the module, emptied once: each test makes its own
    order and compares before/after snapshots, so earlier tests' rows do not matter."""
    from console.services.clock import FakeClock
    from tests.conftest import _truncate_all

    _truncate_all(_pg_migrated)
    clock = FakeClock()
    sb = Sandbox(sandbox_keys, clock=clock, auto_notify=False, persist=False).start()
    yield make_ctx(_pg_migrated, clock, tmp_path_factory.mktemp("notify"), sb), sb
    sb.stop()


@pytest.fixture
def sandbox(_env) -> Sandbox:  # type: ignore[no-untyped-def]
    sb: Sandbox = _env[1]
    return sb


@pytest.fixture
def ctx(_env) -> ServiceContext:  # type: ignore[no-untyped-def]
    c: ServiceContext = _env[0]
    return c


def _inbox_since(ctx: ServiceContext, after_id: int) -> list[tuple[str, str]]:
    with ctx.db.reading() as s:
        return [(n.outcome, n.detail) for n in s.scalars(
            select(PaymentNotify).where(PaymentNotify.id > after_id).order_by(PaymentNotify.id))]


def _last_inbox_id(ctx: ServiceContext) -> int:
    rows = payments.list_notifies(ctx.db, limit=1)
    return rows[0].id if rows else 0


def _paid_at_sandbox(ctx: ServiceContext, sb: Sandbox, lines: Any = (("W1", 2, "10.00"),)) -> tuple[Any, str]:
    seeded = seed_order(ctx, lines)
    start = payments.start_payment(ctx, seeded.order_sn)
    params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(start.url).query))
    import json

    sb.open_cashier(json.loads(params["biz_content"]), params.get("notify_url", ""), "")
    sb.pay(start.out_trade_no)
    return seeded, start.out_trade_no


def resign(sb: Sandbox, params: dict[str, str]) -> dict[str, str]:
    """What a correctly signed notify with these (odd) contents would look like."""
    p = {k: v for k, v in params.items() if k != "sign"}
    p["sign"] = sign(load_private(sb.keys.platform_private), signing_text(p, ("sign", "sign_type")))
    return p


def test_a_valid_notify_pays_deducts_stock_and_writes_the_outbox(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded, no = _paid_at_sandbox(ctx, sandbox)
    params = sandbox.notify_params(sandbox.trades[no], "TRADE_SUCCESS")
    first = _last_inbox_id(ctx)
    assert notify.handle_notify(ctx, form(params), FORM) == "success"
    with ctx.db.reading() as s:
        order = s.get(Order, seeded.order_id)
        assert order is not None and order.status == "PAID" and order.version == 1
        attempt = s.scalars(select(PaymentInfo).where(PaymentInfo.out_trade_no == no)).one()
        assert attempt.payment_status == "TRADE_SUCCESS" and attempt.trade_no == params["trade_no"]
        assert attempt.raw_notify and "notify_id" in attempt.raw_notify
        task_ids = select(WareOrderTask.id).where(WareOrderTask.order_sn == seeded.order_sn)
        details = s.scalars(select(WareOrderTaskDetail).where(WareOrderTaskDetail.task_id.in_(task_ids))).all()
        assert [d.lock_status for d in details] == ["DEDUCTED"]
        ws = s.scalars(select(WareSku).where(WareSku.sku_id == details[0].sku_id)).one()
        assert (ws.stock, ws.stock_locked) == (5, 0)
        msgs = s.scalars(select(MqMessage).where(MqMessage.routing_key == "order.paid",
                                                 MqMessage.order_sn == seeded.order_sn)).all()
        assert len(msgs) == 1 and seeded.order_sn in msgs[0].content
        assert s.scalars(select(OrderEvent).where(OrderEvent.kind == "PAID",
                                                  OrderEvent.order_id == seeded.order_id)).one()
        inbox = s.scalars(select(PaymentNotify).where(PaymentNotify.id > first)).one()
        assert inbox.signature_ok and inbox.outcome == "PAID" and inbox.raw_body == form(params).decode()


def test_the_same_notify_eight_times_changes_nothing(ctx: ServiceContext, sandbox: Sandbox) -> None:
    _, no = _paid_at_sandbox(ctx, sandbox)
    params = sandbox.notify_params(sandbox.trades[no], "TRADE_SUCCESS")
    first = _last_inbox_id(ctx)
    assert notify.handle_notify(ctx, form(params), FORM) == "success"
    before = snapshot(ctx.db)
    for i in range(8):
        assert notify.handle_notify(ctx, form(params), FORM) == "success"
        assert snapshot(ctx.db) == before
        assert len(_inbox_since(ctx, first)) == 2 + i
    assert [o for o, _ in _inbox_since(ctx, first)] == ["PAID"] + ["DUPLICATE"] * 8


def test_trade_finished_and_refund_notifies_on_a_paid_order_change_nothing(ctx: ServiceContext,
                                                                           sandbox: Sandbox) -> None:
    _, no = _paid_at_sandbox(ctx, sandbox)
    trade = sandbox.trades[no]
    assert notify.handle_notify(ctx, form(sandbox.notify_params(trade, "TRADE_SUCCESS")), FORM) == "success"
    before = snapshot(ctx.db)
    for status in ("TRADE_FINISHED", "TRADE_CLOSED", "WAIT_BUYER_PAY"):
        assert notify.handle_notify(ctx, form(sandbox.notify_params(trade, status)), FORM) == "success"
        assert snapshot(ctx.db) == before


# --- the bad inputs -----------------------------------------------------------------------------

Case = Callable[[Sandbox, dict[str, str]], tuple[bytes, str]]


def _tamper(key: str, value: str) -> Case:
    return lambda sb, p: (form({**p, key: value}), FORM)


def _signed(key: str, value: str) -> Case:
    return lambda sb, p: (form(resign(sb, {**p, key: value})), FORM)


def _without(key: str, signed: bool = True) -> Case:
    def make(sb: Sandbox, p: dict[str, str]) -> tuple[bytes, str]:
        q = {k: v for k, v in p.items() if k != key}
        return form(resign(sb, q) if signed and key != "sign" else q), FORM
    return make


def _other_key(sb: Sandbox, p: dict[str, str]) -> tuple[bytes, str]:
    other = ensure_keys(sb.folder.parent / (sb.folder.name + "-other"))
    q = {k: v for k, v in p.items() if k != "sign"}
    q["sign"] = sign(load_private(other.platform_private), signing_text(q, ("sign", "sign_type")))
    return form(q), FORM


def _raw(body: bytes, ctype: str = FORM) -> Case:
    return lambda sb, p: (body, ctype)


def _cents(delta: str) -> Case:
    return lambda sb, p: (form(resign(sb, {**p, "total_amount": str(Decimal(p["total_amount"]) + Decimal(delta))})),
                          FORM)


BAD: dict[str, tuple[Case, str]] = {
    # signature
    "sign-missing": (_without("sign"), "BAD_REQUEST"),
    "sign-garbage": (_tamper("sign", "bm90IGEgc2lnbmF0dXJl"), "BAD_SIGNATURE"),
    "sign-not-base64": (_tamper("sign", "%%%not base64%%%"), "BAD_SIGNATURE"),
    "sign-empty": (_tamper("sign", ""), "BAD_REQUEST"),
    "sign-other-key": (_other_key, "BAD_SIGNATURE"),
    "sign-type-RSA": (_tamper("sign_type", "RSA"), "BAD_SIGNATURE"),
    "sign-type-lower": (_tamper("sign_type", "rsa2"), "BAD_SIGNATURE"),
    "sign-type-missing": (_without("sign_type", signed=False), "BAD_REQUEST"),
    "tampered-amount": (_tamper("total_amount", "0.01"), "BAD_SIGNATURE"),
    "tampered-amount-cent": (lambda sb, p: _tamper("total_amount", str(Decimal(p["total_amount"]) + Decimal(
        "0.01")))(sb, p), "BAD_SIGNATURE"),
    "tampered-out-trade-no": (_tamper("out_trade_no", "SOMEONE-ELSE"), "BAD_SIGNATURE"),
    "tampered-status": (_tamper("trade_status", "TRADE_FINISHED"), "BAD_SIGNATURE"),
    "tampered-app": (_tamper("app_id", "2021999999999999"), "BAD_SIGNATURE"),
    "tampered-seller": (_tamper("seller_id", "2088999999999999"), "BAD_SIGNATURE"),
    "tampered-buyer": (_tamper("buyer_id", "2088111111111111"), "BAD_SIGNATURE"),
    "tampered-trade-no": (_tamper("trade_no", "2026000000000000"), "BAD_SIGNATURE"),
    "tampered-notify-id": (_tamper("notify_id", "forged"), "BAD_SIGNATURE"),
    "extra-param": (_tamper("hacker", "1"), "BAD_SIGNATURE"),
    # correctly signed, but not ours or not consistent
    "wrong-app": (_signed("app_id", "2021999999999999"), "WRONG_APP"),
    "wrong-seller": (_signed("seller_id", "2088999999999999"), "WRONG_SELLER"),
    "amount-plus-cent": (_cents("0.01"), "AMOUNT_MISMATCH"),
    "amount-minus-cent": (_cents("-0.01"), "AMOUNT_MISMATCH"),
    "amount-double": (lambda sb, p: _signed("total_amount", str(Decimal(p["total_amount"]) * 2))(sb, p),
                      "AMOUNT_MISMATCH"),
    "amount-zero": (_signed("total_amount", "0.00"), "AMOUNT_MISMATCH"),
    "amount-negative": (lambda sb, p: _signed("total_amount", "-" + p["total_amount"])(sb, p), "AMOUNT_MISMATCH"),
    "amount-text": (_signed("total_amount", "twenty"), "BAD_REQUEST"),
    "amount-nan": (_signed("total_amount", "NaN"), "AMOUNT_MISMATCH"),
    "amount-infinity": (_signed("total_amount", "Infinity"), "AMOUNT_MISMATCH"),
    "unknown-out-trade-no": (_signed("out_trade_no", "NO-SUCH-ATTEMPT"), "UNKNOWN_TRADE"),
    "wait-buyer-pay": (_signed("trade_status", "WAIT_BUYER_PAY"), "IGNORED_STATUS"),
    "status-unknown": (_signed("trade_status", "TRADE_PENDING"), "IGNORED_STATUS"),
    "status-lowercase": (_signed("trade_status", "trade_success"), "IGNORED_STATUS"),
    "paid-without-trade-no": (_without("trade_no"), "BAD_REQUEST"),
    # missing fields
    **{f"missing-{k}": (_without(k), "BAD_REQUEST")
       for k in ("notify_id", "app_id", "out_trade_no", "trade_status", "total_amount")},
    "empty-out-trade-no": (_signed("out_trade_no", ""), "BAD_REQUEST"),
    "empty-app-id": (_signed("app_id", ""), "BAD_REQUEST"),
    # the body itself
    "non-utf8-body": (lambda sb, p: (urllib.parse.urlencode({**p, "subject": "订单"}, encoding="gbk").encode(),
                                     FORM), "BAD_REQUEST"),
    "raw-bytes-ff": (_raw(b"\xff\xfe\xfd=\x80"), "BAD_REQUEST"),
    "huge-body": (lambda sb, p: (form({**p, "pad": "x" * (notify.MAX_BODY + 10)}), FORM), "BAD_REQUEST"),
    "empty-body": (_raw(b""), "BAD_REQUEST"),
    "not-a-form": (_raw(b"%%%"), "BAD_REQUEST"),
    "json-body": (lambda sb, p: (__import__("json").dumps(p).encode(), "application/json"), "BAD_REQUEST"),
    "json-as-form": (lambda sb, p: (__import__("json").dumps(p).encode(), FORM), "BAD_REQUEST"),
    "no-content-type": (lambda sb, p: (form(p), ""), "BAD_REQUEST"),
    "text-plain": (lambda sb, p: (form(p), "text/plain"), "BAD_REQUEST"),
    "multipart": (lambda sb, p: (form(p), "multipart/form-data; boundary=x"), "BAD_REQUEST"),
    "duplicate-key": (lambda sb, p: (form(p) + b"&total_amount=0.01", FORM), "BAD_REQUEST"),
    "bad-percent": (lambda sb, p: (form(p) + b"&x=%ZZ%", FORM), "BAD_SIGNATURE"),
    "nul-bytes": (_raw(b"\x00\x00\x00"), "BAD_REQUEST"),
    "only-sign": (lambda sb, p: (form({"sign": p["sign"]}), FORM), "BAD_REQUEST"),
}


def test_there_are_at_least_fifty_bad_cases() -> None:
    assert len(BAD) >= 50


@pytest.fixture(scope="module")
def _victim(_env) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """One order paid at the sandbox whose notify every bad case bends; none of them may pay it."""
    ctx, sb = _env
    _, no = _paid_at_sandbox(ctx, sb)
    return sb.notify_params(sb.trades[no], "TRADE_SUCCESS")


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_notify_changes_nothing_but_the_inbox(ctx: ServiceContext, sandbox: Sandbox, case: str,
                                                  _victim: dict[str, str]) -> None:
    params = dict(_victim)
    make, expected = BAD[case]
    body, ctype = make(sandbox, params)
    before, first = snapshot(ctx.db), _last_inbox_id(ctx)
    reply = notify.handle_notify(ctx, body, ctype)
    assert snapshot(ctx.db) == before
    rows = _inbox_since(ctx, first)
    assert len(rows) == 1
    assert rows[0][0] == expected, rows[0][1]
    assert reply == ("success" if expected == "IGNORED_STATUS" else "failure")


def test_after_every_bad_case_the_real_notify_still_pays(ctx: ServiceContext, _victim: dict[str, str]) -> None:
    # Runs after the parametrized cases (file order): none of them paid or poisoned the order.
    with ctx.db.reading() as s:
        attempt = s.scalars(select(PaymentInfo).where(PaymentInfo.out_trade_no == _victim["out_trade_no"])).one()
        assert attempt.payment_status == "WAIT_BUYER_PAY"
    assert notify.handle_notify(ctx, form(_victim), FORM) == "success"
    assert payments.list_notifies(ctx.db, limit=1)[0].outcome == "PAID"


def test_trade_closed_for_a_paid_order_changes_nothing(ctx: ServiceContext, sandbox: Sandbox) -> None:
    _, no = _paid_at_sandbox(ctx, sandbox)
    trade = sandbox.trades[no]
    notify.handle_notify(ctx, form(sandbox.notify_params(trade, "TRADE_SUCCESS")), FORM)
    before = snapshot(ctx.db)
    closed = resign(sandbox, {**sandbox.notify_params(trade, "TRADE_SUCCESS"), "trade_status": "TRADE_CLOSED"})
    assert notify.handle_notify(ctx, form(closed), FORM) == "success"
    assert snapshot(ctx.db) == before


def test_notify_for_another_orders_attempt_amount_is_checked(ctx: ServiceContext, sandbox: Sandbox) -> None:
    _, no_a = _paid_at_sandbox(ctx, sandbox, (("W1", 1, "5.00"),))
    _, no_b = _paid_at_sandbox(ctx, sandbox, (("W1", 3, "5.00"),))
    crossed = resign(sandbox, {**sandbox.notify_params(sandbox.trades[no_a], "TRADE_SUCCESS"),
                               "out_trade_no": no_b})
    before = snapshot(ctx.db)
    assert notify.handle_notify(ctx, form(crossed), FORM) == "failure"
    assert snapshot(ctx.db) == before


def test_replay_runs_the_stored_body_again(ctx: ServiceContext, sandbox: Sandbox) -> None:
    seeded, no = _paid_at_sandbox(ctx, sandbox)
    params = sandbox.notify_params(sandbox.trades[no], "TRADE_SUCCESS")
    # First arrival fails for a reason of ours (the gateway not wired): "failure", the raw body kept.
    gw, ctx.payments = ctx.payments, None
    assert notify.handle_notify(ctx, form(params), FORM) == "failure"
    ctx.payments = gw
    rows = payments.list_notifies(ctx.db, payments.NotifyFilters(outcome="ERROR", out_trade_no=no), limit=1)
    assert rows and "no payment gateway" in rows[0].detail
    detail = payments.get_notify(ctx.db, rows[0].id)
    assert detail.raw_body == form(params).decode()
    assert payments.replay_notify(ctx, rows[0].id) == "success"
    with ctx.db.reading() as s:
        order = s.get(Order, seeded.order_id)
        assert order is not None and order.status == "PAID"
    latest = payments.list_notifies(ctx.db, limit=1)[0]
    assert latest.source == "REPLAY" and latest.outcome == "PAID"
