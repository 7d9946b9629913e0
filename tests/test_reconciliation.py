# ruff: noqa: F401, F811 - pytest fixtures are imported from tests.payments_fixtures and used as parameters
"""Reconciliation finds each kind of seeded discrepancy, and resolutions are audited."""

from __future__ import annotations

import datetime as dt
import io
import urllib.request
import zipfile
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from console.adapters.alipay_sandbox import Sandbox
from console.services import notify, orders, payments, reconciliation
from console.services.context import ServiceContext
from console.services.errors import Forbidden, InvalidInput, InvalidTransition
from console.services.models import AuditLog, Order, PaymentInfo
from console.services.rows import OperatorIdentity
from console.services.states import CloseReason
from tests.payments_fixtures import form, make_ctx, sandbox, sandbox_keys, seed_order

DAY = dt.date(2026, 1, 1)  # the FakeClock starts at 2026-01-01 16:00 Beijing
ADMIN = OperatorIdentity(id=1, username="ada", role="ADMIN")
MERCHANT = OperatorIdentity(id=2, username="mo", role="MERCHANT")
SUPPORT = OperatorIdentity(id=3, username="sue", role="SUPPORT")


@pytest.fixture
def ctx(pg_db, clock, tmp_path, sandbox: Sandbox) -> ServiceContext:  # type: ignore[no-untyped-def]
    return make_ctx(pg_db, clock, tmp_path, sandbox)


def _opened(ctx: ServiceContext, sb: Sandbox, amount: str = "10.00") -> tuple[str, str]:
    seeded = seed_order(ctx, (("W1", 1, amount),))
    start = payments.start_payment(ctx, seeded.order_sn)
    with urllib.request.urlopen(start.url, timeout=5):
        pass
    return seeded.order_sn, start.out_trade_no


def _notify(ctx: ServiceContext, sb: Sandbox, no: str) -> None:
    params = sb.notify_params(sb.trades[no], "TRADE_SUCCESS")
    assert notify.handle_notify(ctx, form(params), "application/x-www-form-urlencoded") == "success"


def _seed_world(ctx: ServiceContext, sb: Sandbox) -> dict[str, str]:
    names: dict[str, str] = {}
    _, ok = _opened(ctx, sb)
    sb.pay(ok)
    _notify(ctx, sb, ok)
    names["matched"] = ok
    # Alipay has a payment we have never heard of.
    sb.open_cashier({"out_trade_no": "STRANGER-1", "total_amount": "5.00", "subject": "?"}, "", "")
    sb.pay("STRANGER-1")
    # Our ledger says paid, Alipay never saw the money.
    _, ghost = _opened(ctx, sb)
    with ctx.db.transaction() as s:
        s.execute(update(PaymentInfo).where(PaymentInfo.out_trade_no == ghost).values(
            payment_status="TRADE_SUCCESS", paid_at=ctx.clock.now(), trade_no="GHOST"))
    names["ghost"] = ghost
    # Amounts disagree.
    _, skew = _opened(ctx, sb, "20.00")
    sb.pay(skew)
    _notify(ctx, sb, skew)
    with ctx.db.transaction() as s:
        s.execute(update(PaymentInfo).where(PaymentInfo.out_trade_no == skew).values(total_amount=Decimal("19.99")))
    names["skew"] = skew
    # Paid at Alipay, the notify never came and nobody queried.
    sn, silent = _opened(ctx, sb, "7.00")
    sb.pay(silent)
    names["silent"], names["silent_sn"] = silent, sn
    # A refund at Alipay that is not ours, and one that is (a payment after cancel).
    assert ctx.payments is not None
    ctx.payments.refund(ok, Decimal("1.00"), "NOT-OURS-1", "manual at the Alipay console")
    sn2, late = _opened(ctx, sb, "3.00")
    sb.pay(late)
    assert orders.close_order(ctx, sn2, CloseReason.BUYER, "buyer")
    _notify(ctx, sb, late)  # refunded automatically
    names["late"] = late
    return names


def test_each_kind_of_discrepancy_is_found(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    names = _seed_world(ctx, sandbox)
    with pytest.raises(InvalidInput, match="not ready"):
        reconciliation.run_reconciliation(ctx, DAY)
    clock.advance(86400)
    run = reconciliation.run_reconciliation(ctx, DAY)
    assert run.status == "DONE", run.detail
    found = {(e.kind, e.out_trade_no, e.out_request_no)
             for e in reconciliation.list_recon_exceptions(ctx.db, run_id=run.id)}
    assert found == {
        ("ONLY_ALIPAY", "STRANGER-1", None),
        ("ONLY_OURS", names["ghost"], None),
        ("AMOUNT_MISMATCH", names["skew"], None),
        ("STATUS_MISMATCH", names["silent"], None),
        ("ONLY_ALIPAY", names["matched"], "NOT-OURS-1"),
    }
    assert run.exceptions == 5 and run.matched >= 3  # matched payment, late payment and its refund
    assert reconciliation.list_recon_runs(ctx.db)[0].id == run.id


def test_resolutions_are_audited_and_final(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    names = _seed_world(ctx, sandbox)
    clock.advance(86400)
    run = reconciliation.run_reconciliation(ctx, DAY)
    by_kind = {(e.kind, e.out_trade_no): e for e in reconciliation.list_recon_exceptions(ctx.db, run_id=run.id)}
    silent = by_kind[("STATUS_MISMATCH", names["silent"])]
    with pytest.raises(Forbidden):
        reconciliation.resolve_exception(ctx, silent.id, "MARK_PAID", SUPPORT, "support may not")
    with pytest.raises(InvalidInput):
        reconciliation.resolve_exception(ctx, silent.id, "MARK_PAID", ADMIN, "   ")
    with pytest.raises(InvalidInput):
        reconciliation.resolve_exception(ctx, silent.id, "DELETE", ADMIN, "no such thing")
    row = reconciliation.resolve_exception(ctx, silent.id, "MARK_PAID", ADMIN, "bill shows it paid")
    assert row.resolution == "MARK_PAID" and row.resolved_by == "ada"
    with ctx.db.reading() as s:
        order = s.scalars(select(Order).where(Order.order_sn == names["silent_sn"])).one()
        assert order.status == "PAID"
        audit = s.scalars(select(AuditLog).where(AuditLog.object_id == str(silent.id))).one()
        assert (audit.operator_name, audit.role, audit.action, audit.reason) == (
            "ada", "ADMIN", "RECON_MARK_PAID", "bill shows it paid")
        assert audit.before and audit.after and "MARK_PAID" in audit.after
    with pytest.raises(InvalidTransition):
        reconciliation.resolve_exception(ctx, silent.id, "ANNOTATE", ADMIN, "again")
    stranger = by_kind[("ONLY_ALIPAY", "STRANGER-1")]
    with pytest.raises(InvalidInput):  # no attempt of ours: nothing to mark paid or refund from here
        reconciliation.resolve_exception(ctx, stranger.id, "REFUND", MERCHANT, "not ours")
    assert reconciliation.resolve_exception(ctx, stranger.id, "ANNOTATE", MERCHANT, "asked Alipay").note == \
        "asked Alipay"
    skew = by_kind[("AMOUNT_MISMATCH", names["skew"])]
    refunded = reconciliation.resolve_exception(ctx, skew.id, "REFUND", ADMIN, "give the money back")
    assert refunded.resolution == "REFUND"
    assert sandbox.trades[names["skew"]].refunded == Decimal("20.00")
    assert len(reconciliation.list_recon_exceptions(ctx.db, run_id=run.id, open_only=True)) == 2


def test_bill_download_failure_is_a_failed_run(ctx: ServiceContext, sandbox: Sandbox, clock) -> None:  # type: ignore[no-untyped-def]
    clock.advance(86400)
    sandbox.stop()
    run = reconciliation.run_reconciliation(ctx, DAY)
    assert run.status == "FAILED" and "reachable" in run.detail


def test_parse_bill_reads_alipay_shapes() -> None:
    from console.adapters.alipay_sandbox.bill import BillLine, build_zip

    now = dt.datetime(2026, 1, 2, 1, 0, tzinfo=dt.UTC)
    data = build_zip("2088", DAY, [
        BillLine("T1", "O1", "交易", "商品", now, now, Decimal("9.99"), Decimal("9.99"), "", "b"),
        BillLine("T1", "O1", "退款", "商品", now, now, Decimal("9.99"), Decimal("-1.00"), "R1", "b"),
    ], now)
    entries = reconciliation.parse_bill(data)
    assert [(e.kind, e.out_trade_no, e.received, e.out_request_no) for e in entries] == [
        ("PAY", "O1", Decimal("9.99"), ""), ("REFUND", "O1", Decimal("-1.00"), "R1")]
    with pytest.raises(reconciliation.BillFormatError):
        reconciliation.parse_bill(b"not a zip")
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("x.csv", "a,b\n1,2\n".encode("gbk"))
    with pytest.raises(reconciliation.BillFormatError):
        reconciliation.parse_bill(empty.getvalue())
